import { Button } from "@/components/ui/button";
import { FormOutcome } from "@/components/ui/error-summary";

/**
 * A form's last line: its submit button (disabled and relabelled while the action runs), whatever
 * stands beside it (a confirmation panel), and the action's answer (with `errors`, the list of fields to fix).
 */
export function SubmitRow({
  pending,
  label,
  notice,
  errors = {},
  pendingLabel = "保存中…",
  className = "",
  children,
}: {
  pending: boolean;
  label: string;
  notice: { ok: boolean; text: string } | null;
  errors?: Record<string, string[] | undefined>;
  pendingLabel?: string;
  className?: string;
  children?: React.ReactNode;
}) {
  return (
    <div className={`flex flex-wrap items-center gap-3 ${className}`}>
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
      {children}
      <FormOutcome notice={notice} errors={errors} />
    </div>
  );
}

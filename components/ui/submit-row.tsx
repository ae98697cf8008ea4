import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

/**
 * A form's last line: its submit button (disabled and relabelled while the action runs), whatever
 * stands beside it (a confirmation panel), and the action's notice.
 */
export function SubmitRow({
  pending,
  label,
  notice,
  pendingLabel = "保存中…",
  className = "",
  children,
}: {
  pending: boolean;
  label: string;
  notice: { ok: boolean; text: string } | null;
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
      <FormMessage message={notice} />
    </div>
  );
}

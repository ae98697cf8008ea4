"use client";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { ActionResult } from "@/server/action";

type Props<T> = {
  /** The server action call, e.g. `() => confirmPunishment({ caseId })`. */
  action: () => Promise<ActionResult<T>>;
  label: string;
  /** The notice after success, or built from the action's result. */
  success: string | ((data: T) => string);
  /** Asked in the page (never a browser dialog) before the call; `yes` names the confirming button. */
  confirm?: { prompt: string; yes: string };
  variant?: ButtonVariant;
  size?: ButtonSize;
  "aria-label"?: string;
};

/**
 * One server action behind one button: optional confirmation in the page, the pending state, and the
 * success or refusal notice (a refusal is always shown, never swallowed). The page's data refreshes after success.
 */
export function ActionButton<T>({
  action,
  label,
  success,
  confirm,
  variant = "secondary",
  size = "sm",
  ...aria
}: Props<T>) {
  const { pending, notice, run } = useServerAction();
  const { ask, asking, panel } = useConfirm();
  const call = () => run(action, success);

  return (
    <div className="inline-flex flex-wrap items-center gap-2">
      <Button
        variant={variant}
        size={size}
        disabled={pending || asking}
        aria-label={aria["aria-label"]}
        onClick={() => (confirm ? ask(confirm.prompt, call, confirm.yes) : call())}
      >
        {pending ? "正在提交…" : label}
      </Button>
      {panel}
      <FormMessage message={notice} />
    </div>
  );
}

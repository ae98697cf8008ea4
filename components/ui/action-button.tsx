"use client";
import { useState } from "react";
import { useServerAction } from "@/components/use-server-action";
import { Button, type ButtonSize, type ButtonVariant } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
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
export function ActionButton<T>({ action, label, success, confirm, variant = "secondary", size = "sm", ...aria }: Props<T>) {
  const { pending, notice, run } = useServerAction();
  const [asking, setAsking] = useState(false);
  const call = () => run(action, success, () => setAsking(false));

  return (
    <div className="inline-flex flex-wrap items-center gap-2">
      {!asking && (
        <Button variant={variant} size={size} disabled={pending} aria-label={aria["aria-label"]}
          onClick={() => (confirm ? setAsking(true) : call())}>
          {pending ? "正在提交…" : label}
        </Button>
      )}
      {asking && confirm && (
        <span role="group" aria-label={confirm.prompt} className="inline-flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-slate-50 px-2 py-1">
          <span className="text-sm">{confirm.prompt}</span>
          <Button variant={variant === "secondary" ? "primary" : variant} size="sm" disabled={pending} onClick={call}>
            {pending ? "正在提交…" : confirm.yes}
          </Button>
          <Button variant="secondary" size="sm" disabled={pending} onClick={() => setAsking(false)}>取消</Button>
        </span>
      )}
      <FormMessage message={notice} />
    </div>
  );
}

"use client";
import { type RefObject, useEffect } from "react";

import { FormMessage } from "@/components/ui/field";

type Errors = Record<string, string[] | undefined>;

/** Every field error of the last submission, once each, in the order the server listed them. */
export function errorMessages(errors: Errors): string[] {
  return [...new Set(Object.values(errors).flatMap((m) => m ?? []))];
}

/**
 * After a refused submission: focus the first field marked invalid (in page order) and scroll it to the
 * middle of the screen, so on a phone the person lands where the first thing to fix is.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, errors: Errors) {
  useEffect(() => {
    if (errorMessages(errors).length === 0 || !form.current) return;
    const first = form.current.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
    const target = first?.matches("input, select, textarea")
      ? first
      : (first?.querySelector<HTMLElement>("input, select, textarea") ?? first);
    if (!target) return;
    target.scrollIntoView?.({ block: "center", behavior: "smooth" });
    target.focus({ preventScroll: true });
  }, [form, errors]);
}

/** The list of what to fix, beside the submit button (each is also shown at its field). */
export function ErrorSummary({ errors }: { errors: Errors }) {
  const messages = errorMessages(errors);
  if (messages.length === 0) return null;
  return (
    <div role="alert" data-testid="error-summary" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">
      <p className="font-medium">请修改以下{messages.length}处后再提交：</p>
      <ul className="mt-1 list-disc pl-5">
        {messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A submission's answer beside its button: the list of what to fix when fields were refused (each also at its
 * field), else the notice — saved, or refused as a whole (e.g. a stale write: 该记录已被他人修改).
 */
export function FormOutcome({ notice, errors }: { notice: { ok: boolean; text: string } | null; errors: Errors }) {
  return errorMessages(errors).length > 0 ? <ErrorSummary errors={errors} /> : <FormMessage message={notice} />;
}

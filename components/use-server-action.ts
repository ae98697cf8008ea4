"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { ActionResult } from "@/server/action";

type Notice = { ok: boolean; text: string } | null;
type Outcome = string | { ok: boolean; text: string };

/**
 * The one way to call a server action (forms, and buttons through ActionButton): pending state, the Chinese success or refusal notice, field
 * errors, and a refresh of the page's server data after success.
 */
export function useServerAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});

  /**
   * `success` is the notice after success, or built from the action's result (it may finish follow-up
   * work first, e.g. uploading attachments, and return a refusal notice of its own).
   */
  function run<T>(
    call: () => Promise<ActionResult<T>>,
    success: string | ((data: T) => Outcome | Promise<Outcome>),
    onOk?: (data: T) => void,
    /** After success, open this address instead of refreshing the page (e.g. 下一件 after a review decision). */
    thenOpen?: string,
  ) {
    startTransition(async () => {
      const res = await call();
      setFieldErrors(res.ok ? {} : (res.fieldErrors ?? {}));
      if (!res.ok) return setNotice({ ok: false, text: res.message });
      const done = typeof success === "string" ? success : await success(res.data);
      setNotice(typeof done === "string" ? { ok: true, text: done } : done);
      onOk?.(res.data);
      if (thenOpen) router.push(thenOpen);
      else router.refresh();
    });
  }

  /** A form's onSubmit: the action is called with the submitted form's fields (read them with `text`). */
  function submit<T>(
    call: (form: FormData) => Promise<ActionResult<T>>,
    success: string | ((data: T) => Outcome | Promise<Outcome>),
    onOk?: (data: T) => void,
  ) {
    return (e: React.FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const form = new FormData(e.currentTarget);
      run(() => call(form), success, onOk);
    };
  }

  return { pending, notice, fieldErrors, run, submit };
}

/** A form field's value as text ("" when absent or a file). */
export function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

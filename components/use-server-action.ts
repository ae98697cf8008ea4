"use client";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";

import { useConfirm } from "@/components/ui/confirm";
import { useFocusFirstError } from "@/components/ui/error-summary";
import type { ActionResult } from "@/server/action";
import { type ErrorCode, httpStatus } from "@/server/errors";

type Notice = { ok: boolean; text: string } | null;
/** The notice after success: a text, a notice of its own (e.g. a refusal of follow-up work), or none. */
type Outcome = string | { ok: boolean; text: string } | null;

type SubmitOptions<T> = {
  /** After success, with the submitted form (e.g. to empty it). */
  onOk?: (data: T, form: HTMLFormElement) => void;
  /**
   * Asked in the page (never a browser dialog) before the call: the question for the form's values, or null to
   * call at once. `yes` names the confirming button.
   */
  confirm?: (form: FormData) => string | { prompt: string; yes: string } | null;
};

/**
 * Opens another page after a write: a client-side navigation, as every link. Next's router can drop one started right
 * after a server action that revalidated (vercel/next.js#86151), leaving the user on the old page under "正在打开…";
 * if the address has not changed a few seconds later, it is opened as a document, which always arrives.
 */
function openAfterWrite(router: ReturnType<typeof useRouter>, href: string) {
  const from = window.location.href;
  router.push(href);
  setTimeout(() => {
    if (window.location.href === from) window.location.assign(href);
  }, DROPPED_NAVIGATION_MS);
}
const DROPPED_NAVIGATION_MS = 4000;

/**
 * The one way to call a server action (forms, and buttons through ActionButton): pending state, the Chinese success or
 * refusal notice (a stale write's too), field errors (a submitted form then focuses its first invalid field), the
 * in-page confirmation, and a refresh of the page's server data after success.
 */
export function useServerAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const submitted = useRef<HTMLFormElement | null>(null);
  useFocusFirstError(submitted, fieldErrors);
  const { ask, asking, panel } = useConfirm();

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
      if (thenOpen) openAfterWrite(router, thenOpen);
      else router.refresh();
    });
  }

  /**
   * A form's onSubmit: the action is called with the submitted form's fields (read them with `text`), after the
   * confirmation when `confirm` asks one.
   */
  function submit<T>(
    call: (form: FormData) => Promise<ActionResult<T>>,
    /** As `run`'s, given the submitted fields too (e.g. the files to upload once the record exists). */
    success: string | ((data: T, form: FormData) => Outcome | Promise<Outcome>),
    options: SubmitOptions<T> = {},
  ) {
    return (e: React.FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      const el = e.currentTarget;
      submitted.current = el;
      // The fields are read when the call is made (after a confirmation, as they are then).
      const go = () => {
        const form = new FormData(el);
        run(
          () => call(form),
          typeof success === "string" ? success : (data) => success(data, form),
          options.onOk && ((data) => options.onOk!(data, el)),
        );
      };
      const question = options.confirm?.(new FormData(el));
      if (!question) return go();
      if (typeof question === "string") ask(question, go);
      else ask(question.prompt, go, question.yes);
    };
  }

  return { pending, notice, fieldErrors, run, submit, asking, confirmPanel: panel };
}

/** A form field's value as text ("" when absent or a file). */
export function text(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

/** A form's chosen files (an empty file input sends one empty file: not counted). */
export function files(form: FormData, name: string): File[] {
  return form.getAll(name).filter((f): f is File => f instanceof File && f.size > 0);
}

/** A refusal found before calling (e.g. a field left empty), shown as the server's are: at the field and in the list. */
export function refusal(field: string, message: string): ActionResult<never> {
  return { ok: false, code: "INVALID", message, fieldErrors: { [field]: [message] } };
}

/**
 * A call to one of the portal's JSON route handlers, answered as a server action is: the body on success; its
 * `{ message, fieldErrors }` on refusal; a network failure is a refusal too.
 */
export async function fetchResult<T>(url: string, init?: RequestInit): Promise<ActionResult<T>> {
  try {
    const res = await fetch(url, init);
    const body = await res.json().catch(() => null);
    if (res.ok && body?.ok !== false) return { ok: true, data: body as T };
    return {
      ok: false,
      code: (Object.keys(httpStatus) as ErrorCode[]).find((c) => httpStatus[c] === res.status) ?? "INTERNAL",
      message: body?.message ?? "提交失败，请稍后重试",
      ...(body?.fieldErrors && { fieldErrors: body.fieldErrors }),
    };
  } catch {
    return { ok: false, code: "INTERNAL", message: "网络异常，请稍后重试" };
  }
}

"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/action";

type Notice = { ok: boolean; text: string } | null;

/**
 * The one way to call a server action (forms, and buttons through ActionButton): pending state, the Chinese success or refusal notice, field
 * errors, and a refresh of the page's server data after success.
 */
export function useServerAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});

  /** `success` is the notice after success, or built from the action's result. */
  function run<T>(call: () => Promise<ActionResult<T>>, success: string | ((data: T) => string), onOk?: (data: T) => void) {
    startTransition(async () => {
      const res = await call();
      setFieldErrors(res.ok ? {} : (res.fieldErrors ?? {}));
      setNotice(res.ok ? { ok: true, text: typeof success === "string" ? success : success(res.data) } : { ok: false, text: res.message });
      if (!res.ok) return;
      onOk?.(res.data);
      router.refresh();
    });
  }

  return { pending, notice, fieldErrors, run };
}

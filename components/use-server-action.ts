"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/action";

export type Notice = { ok: boolean; text: string } | null;

/**
 * Calls a server action from a form: pending state, the Chinese success or refusal notice, field
 * errors, and a refresh of the page's server data after success.
 */
export function useServerAction() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});

  function run<T>(call: () => Promise<ActionResult<T>>, success: string, onOk?: (data: T) => void) {
    startTransition(async () => {
      const res = await call();
      setFieldErrors(res.ok ? {} : (res.fieldErrors ?? {}));
      setNotice(res.ok ? { ok: true, text: success } : { ok: false, text: res.message });
      if (!res.ok) return;
      onOk?.(res.data);
      router.refresh();
    });
  }

  return { pending, notice, fieldErrors, run };
}

"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/action";

/** Runs a server action from a form: shows its refusal (and field errors) or `done`, and refreshes the page on success. */
export function useActionForm(done: string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const run = (call: () => Promise<ActionResult<unknown>>, onOk?: () => void) =>
    startTransition(async () => {
      const res = await call();
      setErrors(res.ok ? {} : res.fieldErrors ?? {});
      setMessage(res.ok ? { ok: true, text: done } : { ok: false, text: res.message });
      if (res.ok) {
        onOk?.();
        router.refresh();
      }
    });
  return { pending, message, errors, run };
}

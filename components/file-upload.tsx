"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import { Button } from "@/components/ui/button";
import { ALLOWED_TYPES, UPLOAD_ACCEPT } from "@/lib/uploads/rules";

export const ACCEPT = UPLOAD_ACCEPT;

/** Sends files one by one to an upload route (field `file`); returns the Chinese refusals, if any. */
export async function uploadFiles(url: string, files: File[]): Promise<string[]> {
  const errors: string[] = [];
  for (const file of files) {
    const body = new FormData();
    body.set("file", file);
    const res = await fetch(url, { method: "POST", body });
    if (!res.ok)
      errors.push(`${file.name}：${(await res.json().catch(() => null))?.message ?? "上传失败，请稍后重试"}`);
  }
  return errors;
}

/** A small form that uploads the chosen files to `url` and refreshes the page. */
export function FileUpload({ url, label, done }: { url: string; label: string; done: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const files = new FormData(formEl).getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
    if (files.length === 0) return setMessage({ ok: false, text: "请选择要上传的文件" });
    startTransition(async () => {
      const errors = await uploadFiles(url, files);
      setMessage(errors.length ? { ok: false, text: errors.join("；") } : { ok: true, text: done });
      formEl.reset();
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-2 flex flex-wrap items-center gap-2 text-sm">
      <label>
        {label}（{Object.values(ALLOWED_TYPES).join("、")}）
        <input type="file" name="file" multiple accept={ACCEPT} className="ml-1" />
      </label>
      <Button type="submit" disabled={pending} variant="secondary" size="sm">
        {pending ? "上传中…" : "上传"}
      </Button>
      {message && (
        <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-700" : "text-red-700"}>
          {message.text}
        </p>
      )}
    </form>
  );
}

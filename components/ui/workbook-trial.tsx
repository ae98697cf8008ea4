"use client";
import { type ReactNode, type RefObject, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";

type Notice = { ok: boolean; text: string } | null;

/**
 * 从 Excel 导入's trial read (the quota grid, the city's target grid): the chosen .xlsx is posted to `url`, which reads
 * it and saves nothing; the caller shows the result and fills its grid from it (填入上表) when the file is clean.
 */
export function useWorkbookTrial<T>(url: string) {
  const [preview, setPreview] = useState<T | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [reading, setReading] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  async function read() {
    const chosen = file.current?.files?.[0];
    if (!chosen) return setNotice({ ok: false, text: "请选择要导入的 .xlsx 文件" });
    setReading(true);
    setPreview(null);
    setNotice(null);
    try {
      const form = new FormData();
      form.set("file", chosen);
      const res = await fetch(url, { method: "POST", body: form });
      const body = await res.json().catch(() => null);
      if (!res.ok || !body?.ok) return setNotice({ ok: false, text: body?.message ?? "文件读取失败" });
      setPreview(body.result as T);
    } catch {
      setNotice({ ok: false, text: "网络错误，文件未读取" });
    } finally {
      setReading(false);
    }
  }

  /** After the grid took the file's values: the preview goes, the notice says what to do next. */
  function applied(text: string) {
    setPreview(null);
    setNotice({ ok: true, text });
  }

  return { preview, notice, reading, file, read, applied };
}

/** The file picker, 试读文件, the notice, the caller's preview (`children`) and 填入上表 or the refusal. */
export function WorkbookTrialControls({
  file,
  reading,
  notice,
  read,
  fileLabel,
  clean,
  onApply,
  children,
}: {
  file: RefObject<HTMLInputElement | null>;
  reading: boolean;
  notice: Notice;
  read: () => void;
  fileLabel: string;
  clean: boolean;
  onApply: () => void;
  /** The trial's result, when there is one (null: none yet). */
  children: ReactNode;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-2">
        <label className="text-sm">
          <span className="sr-only">{fileLabel}</span>
          <input
            ref={file}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={fileLabel}
            className="text-sm"
          />
        </label>
        <Button variant="secondary" size="sm" onClick={read} disabled={reading}>
          {reading ? "正在读取…" : "试读文件"}
        </Button>
      </div>
      <FormMessage message={notice} />
      {children}
      {children &&
        (clean ? (
          <Button variant="outline" size="sm" onClick={onApply}>
            填入上表
          </Button>
        ) : (
          <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">
            文件有错误，请改正后重新试读；未作任何修改。
          </p>
        ))}
    </>
  );
}

"use client";
import { type ReactNode, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Table, Td, Th, THead } from "@/components/ui/table";

type Notice = { ok: boolean; text: string } | null;

/** A trial's result: problems with the file as a whole, and each row read with its own. */
type TrialRow = { row: number; errors: string[] };
export type TrialResult<R extends TrialRow> = { fileErrors: string[]; rows: R[] };

/** Whether the file may fill the grid: no problem with the file nor with any row. */
export const trialClean = (p: TrialResult<TrialRow> | null) =>
  p !== null && p.fileErrors.length === 0 && p.rows.every((r) => r.errors.length === 0);

/**
 * 从 Excel 导入's trial read (the quota grid, the city's target grid): the chosen .xlsx is posted to `url`, which reads
 * it and saves nothing; the caller shows the result, and 填入上表 hands a clean one to `onApply`, which fills its grid.
 */
export function useWorkbookTrial<T extends TrialResult<TrialRow>>(url: string, onApply: (preview: T) => void) {
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

  const clean = trialClean(preview);
  /** What <WorkbookTrialSection trial={…}> shows and does. */
  const section = { file, reading, notice, read, clean, onApply: () => preview && onApply(preview) };
  return { preview, applied, section };
}

type TrialSection = ReturnType<typeof useWorkbookTrial>["section"];

/**
 * 从 Excel 导入: the explanation, the file picker, 试读文件, the notice, the caller's preview (`children`) and 填入上表
 * or the refusal.
 */
export function WorkbookTrialSection({
  id,
  description,
  trial: { file, reading, notice, read, clean, onApply },
  fileLabel,
  children,
}: {
  id: string;
  description: ReactNode;
  /** `useWorkbookTrial(…).section`. */
  trial: TrialSection;
  fileLabel: string;
  /** The trial's result, when there is one (null: none yet). */
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2 border-t border-slate-200 pt-4">
      <h3 id={id} className="font-medium">
        从 Excel 导入
      </h3>
      <p className="text-sm text-slate-600">{description}</p>
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
    </section>
  );
}

/**
 * 试读结果: the file's problems, what the file leaves out (kept as it is), and every row read with its values and its
 * check (正确, or what is wrong), a wrong row marked red.
 */
export function TrialPreview<R extends TrialRow>({
  preview,
  missing,
  nameLabel,
  name,
  columns,
  testId,
}: {
  preview: TrialResult<R>;
  /** e.g. 文件中没有以下单位，其目标保持不变：…; null when the file has them all. */
  missing: string | null;
  nameLabel: string;
  name: (r: R) => string;
  columns: { label: string; text: (r: R) => string }[];
  testId: string;
}) {
  return (
    <div className="space-y-2 text-sm">
      {preview.fileErrors.map((e) => (
        <p key={e} className="text-red-700">
          {e}
        </p>
      ))}
      {missing && <p className="text-amber-800">{missing}</p>}
      {preview.rows.length > 0 && (
        <Table bare dense caption="试读结果" data-testid={testId}>
          <THead className="bg-slate-50">
            <Th>行号</Th>
            <Th>{nameLabel}</Th>
            {columns.map((c) => (
              <Th key={c.label}>{c.label}</Th>
            ))}
            <Th>检查结果</Th>
          </THead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row} className={r.errors.length ? "bg-red-50" : undefined}>
                <Td label="行号">{r.row}</Td>
                <Td label={nameLabel}>{name(r) || "（空）"}</Td>
                {columns.map((c) => (
                  <Td key={c.label} label={c.label}>
                    {c.text(r)}
                  </Td>
                ))}
                <Td label="检查结果">
                  {r.errors.length ? <span className="text-red-700">{r.errors.join("；")}</span> : "正确"}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

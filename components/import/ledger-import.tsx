"use client";
import { useState } from "react";

import { Link } from "@/components/ui/app-link";
import { Button, buttonClass } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { FormMessage, inputClass } from "@/components/ui/field";
import { linkClass } from "@/components/ui/link";
import { Table, Td, Th, THead } from "@/components/ui/table";

/** Rows listed at once: beyond this the officer fixes these first (the count of the rest is shown). */
const SHOWN_ERROR_ROWS = 300;

type RowErrors = { row: number; name: string; errors: string[] };
type Summary = {
  rows: number;
  cases: { ELIMINATION: number; RECTIFICATION: number };
  enterprisesCreated: number;
  enterprisesReused: number;
  /** Items of equipment (淘汰设备清单) the cases list; absent in answers of an older server. */
  equipment?: number;
  units: { name: string; cases: number }[];
};
type Answer =
  | { ok: true; total: number; errors: RowErrors[]; summary: Summary }
  | { ok: true; fileKey: string; summary: Summary }
  | { ok: false; message: string; total?: number; errors?: RowErrors[] };

async function send(url: string, file: File): Promise<Answer> {
  const form = new FormData();
  form.set("file", file);
  const res = await fetch(url, { method: "POST", body: form }).catch(() => null);
  if (!res) return { ok: false, message: "网络连接失败，请稍后重试" };
  return res.json().catch(() => ({ ok: false, message: `服务器错误（${res.status}），请稍后重试` }));
}

function SummaryText({ s }: { s: Summary }) {
  return (
    <>
      淘汰落后产能 {s.cases.ELIMINATION} 件、“低散乱”整治提升 {s.cases.RECTIFICATION} 件；新建企业{" "}
      {s.enterprisesCreated} 家， 沿用台账中已有企业 {s.enterprisesReused} 家
      {s.equipment ? <>；淘汰设备 {s.equipment} 项</> : null}
      {s.units.length > 0 && <>（{s.units.map((u) => `${u.name} ${u.cases} 件`).join("，")}）</>}
    </>
  );
}

/** 台账导入: download the template, check the file (dry run), then import every row or none. */
export function LedgerImport({ scopeNote }: { scopeNote: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [checked, setChecked] = useState<{ total: number; errors: RowErrors[]; summary?: Summary } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [report, setReport] = useState<Summary | null>(null);
  const { ask, asking, panel } = useConfirm();

  async function check() {
    if (!file) return setMessage({ ok: false, text: "请先选择要导入的 Excel 文件" });
    setBusy("check");
    setMessage(null);
    setReport(null);
    const answer = await send("/api/import/check", file);
    setBusy(null);
    if (!answer.ok) {
      setChecked(null);
      return setMessage({ ok: false, text: answer.message });
    }
    if ("total" in answer) {
      setChecked({ total: answer.total, errors: answer.errors, summary: answer.summary });
      setMessage(
        answer.errors.length
          ? {
              ok: false,
              text: `共 ${answer.total} 行，其中 ${answer.errors.length} 行有错误。请在 Excel 中修改后重新选择文件检查；全部无误才能导入。`,
            }
          : { ok: true, text: `共 ${answer.total} 行，全部无误，可以导入。` },
      );
    }
  }

  async function runImport() {
    if (!file) return;
    setBusy("import");
    setMessage(null);
    const answer = await send("/api/import", file);
    setBusy(null);
    if (!answer.ok) {
      setChecked(answer.errors ? { total: answer.total ?? 0, errors: answer.errors } : null);
      return setMessage({ ok: false, text: answer.message });
    }
    setChecked(null);
    setFile(null);
    setReport(answer.summary);
  }

  const canImport = !!checked && checked.errors.length === 0 && !!checked.summary && !busy;
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-slate-700">
        <li>
          下载
          <a className={linkClass({ inline: true })} href="/api/import/template">
            台账导入模板（.xlsx）
          </a>
          ，按列名填写，每行一个整治对象。{scopeNote}
        </li>
        <li>选择填好的文件，点“检查文件”：逐行检查，不写入任何数据，列出每一行的错误。</li>
        <li>全部无误后点“导入”：所有行在一次操作中全部导入；任何一行有误则全部不导入。</li>
      </ol>

      <div className="flex flex-wrap items-end gap-3">
        <label className="block text-sm">
          <span className="font-medium">Excel 文件</span>
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setChecked(null);
              setMessage(null);
              setReport(null);
            }}
          />
        </label>
        <Button variant="secondary" onClick={check} disabled={!file || busy !== null || asking}>
          {busy === "check" ? "正在检查…" : "检查文件"}
        </Button>
        <Button
          onClick={() => ask(`确定导入这 ${checked?.total ?? 0} 行吗？将登记为本年度整治对象。`, runImport, "导入")}
          disabled={!canImport || asking}
        >
          {busy === "import" ? "正在导入…" : "导入"}
        </Button>
        {panel}
      </div>

      <FormMessage message={message} />
      {checked?.summary && checked.errors.length === 0 && (
        <p className="text-sm text-slate-700">
          将导入：
          <SummaryText s={checked.summary} />。
        </p>
      )}

      {checked && checked.errors.length > 0 && (
        <div className="max-h-[32rem] overflow-auto rounded border border-slate-200">
          <Table bare scroll={false} caption="各行错误">
            <THead className="sticky top-0 bg-slate-100">
              <Th>行号</Th>
              <Th>企业名称</Th>
              <Th>错误</Th>
            </THead>
            <tbody>
              {checked.errors.slice(0, SHOWN_ERROR_ROWS).map((r) => (
                <tr key={r.row} className="align-top">
                  <Td label="行号" numeric>
                    第 {r.row} 行
                  </Td>
                  <Td label="企业名称">{r.name || "—"}</Td>
                  <Td label="错误">
                    <ul className="list-disc pl-4 text-red-700">
                      {r.errors.map((e) => (
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {checked.errors.length > SHOWN_ERROR_ROWS && (
            <p className="border-t border-slate-200 px-3 py-2 text-sm text-slate-600">
              仅列出前 {SHOWN_ERROR_ROWS} 行，另有 {checked.errors.length - SHOWN_ERROR_ROWS}{" "}
              行有错误；请先改正以上各行后重新检查。
            </p>
          )}
        </div>
      )}

      {report && (
        <div role="status" className="space-y-2 rounded bg-green-50 px-3 py-3 text-sm text-green-900">
          <p className="font-medium">导入完成：共 {report.rows} 行。</p>
          <p>
            <SummaryText s={report} />
            。办理状态为“已登记”，可在整治台账中继续补充材料。
          </p>
          <Link href="/cases" className={buttonClass({ variant: "secondary", size: "sm" })}>
            查看整治台账
          </Link>
        </div>
      )}
    </div>
  );
}

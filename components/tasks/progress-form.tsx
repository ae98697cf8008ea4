"use client";
import { useState } from "react";

import { ACCEPT, uploadAttachments } from "@/components/tasks/attachment-upload";
import { EnterprisePicker, type NewEnterprise, type PickedEnterprise } from "@/components/tasks/enterprise-picker";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { MeasureUnit } from "@/lib/generated/prisma/enums";
import { correctTaskProgress } from "@/server/tasks/actions/correct-progress";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";

type Initial = {
  date: string;
  value: string;
  note: string;
  caseNotes: string[];
  enterprises: PickedEnterprise[];
  done: boolean;
};
type Mode =
  | { kind: "record"; taskLineId: number }
  | { kind: "correct"; progressId: string; version: number; itemEntry: boolean; initial: Initial };

/** `defaultDate`: the day a new entry starts with (the year's last day once the year is over; else today). */
type Props = {
  measure: MeasureUnit;
  unitLabel: string;
  today: string;
  defaultDate?: string;
  units: { id: number; name: string }[];
  mode: Mode;
};

const field = "mt-1 block w-full rounded border border-slate-300 px-3 py-2";

/** Records a new entry on a line, or lets its author correct one. */
export function ProgressForm({ measure, unitLabel, today, defaultDate, units, mode }: Props) {
  const init = mode.kind === "correct" ? mode.initial : null;
  const itemEntry = mode.kind === "correct" && mode.itemEntry;
  const { pending, notice, run } = useServerAction();
  const [picked, setPicked] = useState<PickedEnterprise[]>(init?.enterprises ?? []);
  const [added, setAdded] = useState<NewEnterprise[]>([]);
  const [cases, setCases] = useState((init?.caseNotes ?? []).join("\n"));
  const caseNotes = cases
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const fields = {
      date: String(form.get("date") ?? ""),
      value: String(form.get("value") ?? ""),
      note: String(form.get("note") ?? ""),
      caseNotes,
      enterpriseIds: picked.map((p) => p.id),
      newEnterprises: added,
    };
    run<{ id: string } | { version: number }>(
      () =>
        mode.kind === "record"
          ? recordTaskProgress({ taskLineId: mode.taskLineId, ...fields })
          : correctTaskProgress({
              progressId: mode.progressId,
              version: mode.version,
              ...fields,
              done: itemEntry ? form.get("done") === "1" : undefined,
            }),
      async (data) => {
        const files = form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
        const errors = "id" in data ? await uploadAttachments(data.id, files) : [];
        if (mode.kind === "record") {
          formEl.reset();
          setPicked([]);
          setAdded([]);
          setCases("");
        }
        return errors.length
          ? { ok: false, text: `进展已登记，但以下附件未上传：${errors.join("；")}` }
          : mode.kind === "record"
            ? "进展已登记"
            : "已更正";
      },
    );
  }

  const idp = mode.kind === "record" ? "new" : mode.progressId;
  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label={mode.kind === "record" ? "登记进展" : "更正进展"}>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm">
          日期
          <input
            type="date"
            name="date"
            required
            max={today}
            defaultValue={init?.date ?? defaultDate ?? today}
            className={field}
          />
        </label>
        {itemEntry ? (
          <label className="block text-sm">
            完成情况
            <select name="done" defaultValue={init?.done ? "1" : "0"} className={field}>
              <option value="1">已完成</option>
              <option value="0">未完成</option>
            </select>
          </label>
        ) : (
          measure !== "CASE" && (
            <label className="block text-sm">
              本次完成数量（{unitLabel}）
              <input
                name="value"
                required
                inputMode={measure === "MU" ? "decimal" : "numeric"}
                defaultValue={init?.value ?? ""}
                autoComplete="off"
                className={field}
                aria-describedby={`${idp}-value-hint`}
              />
              <span id={`${idp}-value-hint`} className="text-xs text-slate-500">
                {measure === "MU" ? "不小于0，最多两位小数" : "不小于0的整数"}；累计数由各次登记相加
              </span>
            </label>
          )
        )}
      </div>
      {measure === "CASE" && !itemEntry && (
        <label className="block text-sm">
          办理情况（每件一行，共 {caseNotes.length} 件）
          <textarea
            value={cases}
            onChange={(e) => setCases(e.target.value)}
            rows={4}
            required
            className={field}
            placeholder={"例：某某厂未批先建，责令改正\n例：某作坊违法建筑，已拆除"}
          />
        </label>
      )}
      {measure === "ENTERPRISE" && !itemEntry && (
        <EnterprisePicker units={units} picked={picked} onPick={setPicked} added={added} onAdd={setAdded} />
      )}
      <label className="block text-sm">
        说明
        <textarea name="note" rows={2} maxLength={1000} defaultValue={init?.note ?? ""} className={field} />
      </label>
      {mode.kind === "record" && (
        <label className="block text-sm">
          附件（可选，可多选；图片或 PDF）
          <input type="file" name="file" multiple accept={ACCEPT} className="mt-1 block" />
        </label>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "保存中…" : mode.kind === "record" ? "登记进展" : "保存更正"}
        </Button>
        <FormMessage message={notice} />
      </div>
    </form>
  );
}

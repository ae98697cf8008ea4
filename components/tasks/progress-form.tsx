"use client";
import { useState } from "react";

import { ACCEPT, uploadAttachments } from "@/components/tasks/attachment-upload";
import { EnterprisePicker, type NewEnterprise, type PickedEnterprise } from "@/components/tasks/enterprise-picker";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { files, text, useServerAction } from "@/components/use-server-action";
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

/** Records a new entry on a line, or lets its author correct one. */
export function ProgressForm({ measure, unitLabel, today, defaultDate, units, mode }: Props) {
  const init = mode.kind === "correct" ? mode.initial : null;
  const itemEntry = mode.kind === "correct" && mode.itemEntry;
  const { pending, notice, fieldErrors: errors, submit } = useServerAction();
  const [picked, setPicked] = useState<PickedEnterprise[]>(init?.enterprises ?? []);
  const [added, setAdded] = useState<NewEnterprise[]>([]);
  const [cases, setCases] = useState((init?.caseNotes ?? []).join("\n"));
  const caseNotes = cases
    .split("\n")
    .map((s) => s.trim())
    .filter(Boolean);

  const onSubmit = submit<{ id: string } | { version: number }>(
    (form) => {
      const fields = {
        date: text(form, "date"),
        value: text(form, "value"),
        note: text(form, "note"),
        caseNotes,
        enterpriseIds: picked.map((p) => p.id),
        newEnterprises: added,
      };
      return mode.kind === "record"
        ? recordTaskProgress({ taskLineId: mode.taskLineId, ...fields })
        : correctTaskProgress({
            progressId: mode.progressId,
            version: mode.version,
            ...fields,
            done: itemEntry ? text(form, "done") === "1" : undefined,
          });
    },
    async (data, form) => {
      const failed = "id" in data ? await uploadAttachments(data.id, files(form, "file")) : [];
      return failed.length
        ? { ok: false, text: `进展已登记，但以下附件未上传：${failed.join("；")}` }
        : mode.kind === "record"
          ? "进展已登记"
          : "已更正";
    },
    {
      onOk: (_, form) => {
        if (mode.kind !== "record") return;
        form.reset();
        setPicked([]);
        setAdded([]);
        setCases("");
      },
    },
  );

  return (
    <form
      onSubmit={onSubmit}
      className="space-y-3"
      noValidate
      aria-label={mode.kind === "record" ? "登记进展" : "更正进展"}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="日期" error={errors.date?.[0]}>
          <input
            type="date"
            name="date"
            required
            max={today}
            defaultValue={init?.date ?? defaultDate ?? today}
            className={inputClass}
          />
        </Field>
        {itemEntry ? (
          <Field label="完成情况" error={errors.done?.[0]}>
            <select name="done" defaultValue={init?.done ? "1" : "0"} className={inputClass}>
              <option value="1">已完成</option>
              <option value="0">未完成</option>
            </select>
          </Field>
        ) : (
          measure !== "CASE" && (
            <Field
              label={`本次完成数量（${unitLabel}）`}
              error={errors.value?.[0]}
              hint={`${measure === "MU" ? "不小于0，最多两位小数" : "不小于0的整数"}；累计数由各次登记相加`}
            >
              <input
                name="value"
                required
                inputMode={measure === "MU" ? "decimal" : "numeric"}
                defaultValue={init?.value ?? ""}
                autoComplete="off"
                className={inputClass}
              />
            </Field>
          )
        )}
      </div>
      {measure === "CASE" && !itemEntry && (
        <Field label={`办理情况（每件一行，共 ${caseNotes.length} 件）`} error={errors.caseNotes?.[0]}>
          <textarea
            value={cases}
            onChange={(e) => setCases(e.target.value)}
            rows={4}
            required
            className={inputClass}
            placeholder={"例：某某厂未批先建，责令改正\n例：某作坊违法建筑，已拆除"}
          />
        </Field>
      )}
      {measure === "ENTERPRISE" && !itemEntry && (
        <EnterprisePicker units={units} picked={picked} onPick={setPicked} added={added} onAdd={setAdded} />
      )}
      <Field label="说明" error={errors.note?.[0]}>
        <textarea name="note" rows={2} maxLength={1000} defaultValue={init?.note ?? ""} className={inputClass} />
      </Field>
      {mode.kind === "record" && (
        <Field label="附件（可选，可多选；图片或 PDF）">
          <input type="file" name="file" multiple accept={ACCEPT} className="mt-1 block text-sm" />
        </Field>
      )}
      <SubmitRow
        pending={pending}
        label={mode.kind === "record" ? "登记进展" : "保存更正"}
        notice={notice}
        errors={errors}
      />
    </form>
  );
}

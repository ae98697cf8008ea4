"use client";
import { useState } from "react";

import { ACCEPT, uploadFiles } from "@/components/file-upload";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass, NamedOptions } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { MEASURE_KINDS, needsDeadline } from "@/lib/cases/measures";
import { beijingIsoDay } from "@/lib/dates";
import type { Dimension, MeasureKind } from "@/lib/generated/prisma/enums";
import { dimensionLabel, measureKindLabel } from "@/lib/labels";
import { recordMeasure } from "@/server/cases/actions/record-measure";

type Option = { id: number; name: string };

/**
 * 记录执法措施: kind, dimension, ordering department, date, 文号, deadline (限期整改 only), note and the
 * document. The measure is saved first, then its document goes through the upload route.
 */
export function MeasureForm({
  caseId,
  dimensions,
  departments,
  ownDepartment,
}: {
  caseId: string;
  dimensions: Dimension[];
  departments: Option[];
  ownDepartment: Option | null;
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const [kind, setKind] = useState<MeasureKind>("ORDER_CORRECTION");

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    const text = (k: string) => String(form.get(k) ?? "");
    const file = form.get("file");
    run(
      () =>
        recordMeasure({
          caseId,
          kind,
          dimension: text("dimension") as Dimension,
          departmentId: ownDepartment ? ownDepartment.id : text("departmentId") ? Number(text("departmentId")) : null,
          date: text("date"),
          reference: text("reference"),
          deadline: needsDeadline(kind) ? text("deadline") : "",
          note: text("note"),
        }),
      async (data) => {
        if (!(file instanceof File && file.size > 0)) return "措施已记录";
        const failed = await uploadFiles(`/api/measures/${data.id}/documents`, [file]);
        return failed.length
          ? { ok: false, text: `措施已记录，但文书未上传：${failed.join("；")}。可在时间线中重新上传。` }
          : "措施和文书已记录";
      },
      () => {
        formEl.reset();
        setKind("ORDER_CORRECTION");
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label="记录执法措施">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="措施" error={errors.kind?.[0]}>
          <select
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as MeasureKind)}
            className={inputClass}
          >
            {MEASURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {measureKindLabel[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="所属方面" error={errors.dimension?.[0]}>
          <select name="dimension" required defaultValue={dimensions[0] ?? ""} className={inputClass}>
            {dimensions.map((d) => (
              <option key={d} value={d}>
                {dimensionLabel[d]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="下达部门" error={errors.departmentId?.[0]}>
          {ownDepartment ? (
            <input value={ownDepartment.name} readOnly className={inputClass} />
          ) : (
            <select name="departmentId" required defaultValue="" className={inputClass}>
              <option value="">请选择</option>
              <NamedOptions items={departments} />
            </select>
          )}
        </Field>
        <Field label="措施日期" error={errors.date?.[0]}>
          <input type="date" name="date" required defaultValue={beijingIsoDay(new Date())} className={inputClass} />
        </Field>
        <Field label="文号（选填）" error={errors.reference?.[0]}>
          <input name="reference" maxLength={100} placeholder="如 海发改〔2020〕12号" className={inputClass} />
        </Field>
        {needsDeadline(kind) && (
          <Field label="整改期限" error={errors.deadline?.[0]}>
            <input type="date" name="deadline" required className={inputClass} />
          </Field>
        )}
      </div>
      <Field label="说明（选填）" error={errors.note?.[0]}>
        <textarea name="note" rows={2} maxLength={1000} className={inputClass} />
      </Field>
      <Field label="文书（选填，决定书、整改通知书等）">
        <input type="file" name="file" accept={ACCEPT} className="mt-1 block text-sm" />
      </Field>
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending}>
        {pending ? "保存中…" : "记录措施"}
      </Button>
    </form>
  );
}

"use client";
import { useState } from "react";

import { ACCEPT, uploadFiles } from "@/components/file-upload";
import { Field, inputClass, NamedOptions } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { files, text, useServerAction } from "@/components/use-server-action";
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
  const { pending, notice, fieldErrors: errors, submit } = useServerAction();
  const [kind, setKind] = useState<MeasureKind>("ORDER_CORRECTION");
  const onSubmit = submit(
    (form) =>
      recordMeasure({
        caseId,
        kind,
        dimension: text(form, "dimension") as Dimension,
        departmentId: ownDepartment?.id ?? (Number(text(form, "departmentId")) || null),
        date: text(form, "date"),
        reference: text(form, "reference"),
        deadline: needsDeadline(kind) ? text(form, "deadline") : "",
        note: text(form, "note"),
      }),
    // The document goes up once the measure exists.
    async (data, form) => {
      const documents = files(form, "file");
      if (documents.length === 0) return "措施已记录";
      const failed = await uploadFiles(`/api/measures/${data.id}/documents`, documents);
      return failed.length
        ? { ok: false, text: `措施已记录，但文书未上传：${failed.join("；")}。可在时间线中重新上传。` }
        : "措施和文书已记录";
    },
    {
      onOk: (_, form) => {
        form.reset();
        setKind("ORDER_CORRECTION");
      },
    },
  );

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
      <SubmitRow pending={pending} label="记录措施" notice={notice} errors={errors} />
    </form>
  );
}

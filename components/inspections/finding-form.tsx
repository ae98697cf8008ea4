"use client";
import { useState } from "react";

import { ACCEPT, uploadFiles } from "@/components/file-upload";
import { Button } from "@/components/ui/button";
import { useFormSubmit } from "@/components/ui/confirm";
import { checkClass, Field, FormMessage, inputClass, NamedOptions } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { caseStatusLabel } from "@/lib/labels";
import { recordFinding } from "@/server/inspections/actions/record-finding";

type CaseOption = { id: string; unitId: number; status: CaseStatus; name: string; sampled: boolean };

const text = (form: FormData, k: string) => String(form.get(k) ?? "");

/** 记录问题: on a unit of the round, or on one of its cases (the sampled ones first); photos are uploaded after the finding is saved. */
export function FindingForm({
  roundId,
  units,
  cases,
  canReopen,
  minDue,
}: {
  roundId: string;
  units: { id: number; name: string }[];
  cases: CaseOption[];
  canReopen: boolean;
  minDue: string;
}) {
  const { pending, notice, fieldErrors: errors, run } = useServerAction();
  const [unitId, setUnitId] = useState("");
  const [caseId, setCaseId] = useState("");
  const unitCases = cases
    .filter((c) => String(c.unitId) === unitId)
    .sort((a, b) => Number(b.sampled) - Number(a.sampled));
  const accepted = cases.find((c) => c.id === caseId)?.status === "ACCEPTED";

  const { onSubmit, panel } = useFormSubmit(
    (form, el) => {
      const files = form.getAll("file").filter((f): f is File => f instanceof File && f.size > 0);
      run(
        () =>
          recordFinding({
            roundId,
            unitId: Number(unitId) || 0,
            caseId: caseId || null,
            problem: text(form, "problem"),
            requirement: text(form, "requirement"),
            dueDate: text(form, "dueDate"),
            reopenCase: canReopen && accepted && form.get("reopenCase") === "1",
          }),
        async (d) => {
          const failed = await uploadFiles(`/api/inspections/findings/${d.id}/files`, files);
          el.reset();
          setUnitId("");
          setCaseId("");
          return failed.length
            ? { ok: false, text: `问题已记录，但以下文件未上传：${failed.join("；")}` }
            : "问题已记录，已通知被检查单位";
        },
      );
    },
    (form) =>
      form.get("reopenCase") === "1" && accepted
        ? "确定记录该问题并撤销该整治对象的验收吗？整治对象将回到推进中，不再计入已验收。"
        : null,
  );

  return (
    <form onSubmit={onSubmit} className="space-y-3" aria-label="记录问题" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="被检查单位" error={errors.unitId?.[0]}>
          <select
            value={unitId}
            onChange={(e) => {
              setUnitId(e.target.value);
              setCaseId("");
            }}
            className={inputClass}
          >
            <option value="">请选择</option>
            <NamedOptions items={units} />
          </select>
        </Field>
        <Field
          label="涉及整治对象（可选）"
          error={errors.caseId?.[0]}
          hint={unitId && unitCases.length === 0 ? "该单位本年度没有整治对象" : "不选即为针对单位的问题"}
        >
          <select value={caseId} onChange={(e) => setCaseId(e.target.value)} className={inputClass} disabled={!unitId}>
            <option value="">（针对单位）</option>
            {unitCases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.sampled ? "【抽查】" : ""}
                {c.name}（{caseStatusLabel[c.status]}）
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="发现的问题" error={errors.problem?.[0]}>
        <textarea name="problem" rows={3} maxLength={2000} className={inputClass} />
      </Field>
      <Field label="整改要求" error={errors.requirement?.[0]}>
        <textarea name="requirement" rows={2} maxLength={2000} className={inputClass} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="整改期限" error={errors.dueDate?.[0]}>
          <input type="date" name="dueDate" min={minDue} className={inputClass} />
        </Field>
        <Field label="现场照片、材料（可选，可多选）">
          <input type="file" name="file" multiple accept={ACCEPT} className="mt-1 block text-sm" />
        </Field>
      </div>
      {canReopen && accepted && (
        <label className="flex items-center gap-2 text-sm max-sm:min-h-11">
          <input type="checkbox" className={checkClass} name="reopenCase" value="1" />
          据此撤销验收（已验收的整治对象回到推进中，不再计入已验收）
        </label>
      )}
      <FormMessage message={notice} />
      <Button type="submit" disabled={pending}>
        {pending ? "保存中…" : "记录问题"}
      </Button>
      {panel}
    </form>
  );
}

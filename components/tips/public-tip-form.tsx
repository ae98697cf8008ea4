"use client";
import { useState } from "react";

import { ACCEPT } from "@/components/file-upload";
import { cardClass } from "@/components/ui/card";
import { checkClass, checkLabelClass, Field, inputClass, NamedOptions } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { fetchResult, files, refusal, useServerAction } from "@/components/use-server-action";
import { tipKindLabel } from "@/lib/labels";

/** The public intake form; posts to the public route handler and shows the reference number. */
export function PublicTipForm({
  units,
  maxPhotos,
  district,
}: {
  units: { id: number; name: string }[];
  maxPhotos: number;
  /** The district whose page this is (its code is sent with the tip). */
  district: string;
}) {
  const { pending, notice: message, fieldErrors: errors, submit } = useServerAction();
  const [reference, setReference] = useState<string | null>(null);
  const onSubmit = submit(
    (form) =>
      files(form, "photo").length > maxPhotos
        ? Promise.resolve(refusal("photo", `最多上传${maxPhotos}张照片`))
        : fetchResult<{ reference: string }>("/api/tips/public", { method: "POST", body: form }),
    // The reference number is the answer (the form gives way to it).
    () => null,
    { onOk: (data) => setReference(data.reference) },
  );

  if (reference) {
    return (
      <section
        role="status"
        aria-live="polite"
        className="space-y-2 rounded-lg border border-green-200 bg-green-50 p-4"
      >
        <h2 className="font-semibold text-green-800">举报已受理，感谢您的监督</h2>
        <p>
          您的受理编号：
          <strong data-testid="tip-reference" className="font-mono text-lg">
            {reference}
          </strong>
        </p>
        <p className="text-sm text-slate-700">请记下此编号，可在下方凭编号查询办理进度。</p>
      </section>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className={cardClass({ className: "space-y-4" })}>
      <h2 className="font-semibold">举报内容</h2>
      <fieldset className="text-sm" data-invalid={errors.kind ? true : undefined}>
        <legend className="font-medium">举报类型</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(Object.keys(tipKindLabel) as (keyof typeof tipKindLabel)[]).map((k) => (
            <label key={k} className={checkLabelClass}>
              <input type="radio" className={checkClass} name="kind" value={k} defaultChecked={k === "LOW_SCATTERED"} />
              {tipKindLabel[k]}
            </label>
          ))}
        </div>
        <span className="mt-1 block text-xs text-slate-500">
          落后产能：使用国家明令淘汰的工艺装备生产；产能违规置换：用不合规的产能指标置换新建或扩建。
        </span>
        {errors.kind?.[0] && <span className="mt-1 block text-xs text-red-700">{errors.kind[0]}</span>}
      </fieldset>
      <p className="text-sm text-slate-600">
        企业（作坊）名称和地址（位置）至少填写一项，不知道名称的写清位置即可；“看到的情况”必填。
      </p>
      <Field label="企业（作坊）名称（如知道）" error={errors.enterpriseName?.[0]}>
        <input name="enterpriseName" maxLength={100} className={inputClass} />
      </Field>
      <Field label="地址（位置）" error={errors.address?.[0]} hint="门牌号，或附近的路名、村名、桥、厂房等能找到的位置">
        <input name="address" maxLength={200} className={inputClass} />
      </Field>
      <input type="hidden" name="district" value={district} />
      <Field label="所在镇（乡）、街道（如知道）">
        <select name="reportedUnitId" defaultValue="" className={inputClass}>
          <option value="">不清楚</option>
          <NamedOptions items={units} />
        </select>
      </Field>
      <Field
        label="看到的情况（必填）"
        error={errors.description?.[0]}
        hint="如：夜间生产、冒黑烟、已封存设备又在运转等"
      >
        <textarea name="description" required maxLength={2000} rows={4} className={inputClass} />
      </Field>
      <Field
        label={`照片（选填，最多${maxPhotos}张）`}
        error={errors.photo?.[0]}
        hint="JPEG、PNG、WebP 图片或 PDF，单个不超过 20 MB"
      >
        <input type="file" name="photo" multiple accept={ACCEPT} className="mt-1 block text-sm" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="您的姓名（选填）" error={errors.reporterName?.[0]}>
          <input name="reporterName" maxLength={20} autoComplete="name" className={inputClass} />
        </Field>
        <Field label="联系电话（选填）" error={errors.reporterPhone?.[0]}>
          <input name="reporterPhone" type="tel" maxLength={20} autoComplete="tel" className={inputClass} />
        </Field>
      </div>
      <SubmitRow pending={pending} label="提交举报" pendingLabel="提交中…" notice={message} errors={errors} />
    </form>
  );
}

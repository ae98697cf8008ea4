"use client";
// What the district's 发布通报 and the city's 市级通报 forms share: the draft's four fields and the preview before
// publishing, with the warning when the text contradicts its data date.
import { DocumentPreview } from "@/components/documents/document-preview";
import { Field, inputClass } from "@/components/ui/field";
import { dataDateConflictMessage } from "@/lib/documents/data-date";
import type { DocumentModel } from "@/lib/documents/model";

type Draft = { title: string; referenceNo: string; recipients: string; body: string };

/** 通报标题, 发文字号 (empty: numbered on publishing), 主送 and 通报内容, each editable. */
export function CircularDraftFields({
  draft,
  set,
  errors,
  referencePlaceholder,
}: {
  draft: Draft;
  set: (k: keyof Draft) => (e: { target: { value: string } }) => void;
  errors: Record<string, string[] | undefined>;
  /** e.g. 海工强办〔2020〕1号: the issuer's 发文机关代字 and the 通报's year. */
  referencePlaceholder: string;
}) {
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
        <Field label="通报标题" error={errors.title?.[0]}>
          <input name="title" maxLength={100} value={draft.title} onChange={set("title")} className={inputClass} />
        </Field>
        <Field label="发文字号" error={errors.referenceNo?.[0]} hint="留空则按通报日期的年份自动编号">
          <input
            name="referenceNo"
            maxLength={40}
            value={draft.referenceNo}
            onChange={set("referenceNo")}
            placeholder={referencePlaceholder}
            className={inputClass}
          />
        </Field>
      </div>
      <Field label="主送" error={errors.recipients?.[0]}>
        <input
          name="recipients"
          maxLength={200}
          value={draft.recipients}
          onChange={set("recipients")}
          className={inputClass}
        />
      </Field>
      <Field label="通报内容" error={errors.body?.[0]}>
        <textarea
          name="body"
          rows={12}
          maxLength={5000}
          value={draft.body}
          onChange={set("body")}
          className={inputClass}
        />
      </Field>
    </>
  );
}

/** The text's contradictions of its data date, as a warning above the preview. */
export function ConflictWarning({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {dataDateConflictMessage(problems)}
    </p>
  );
}

/** 发布前预览: the document as it will be published, with the warning first. */
export function CircularPreview({ id, model, conflicts }: { id: string; model: DocumentModel; conflicts: string[] }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="font-semibold">
        发布前预览（正文和附件，与下载的 Word 文件内容一致）
      </h3>
      <ConflictWarning problems={conflicts} />
      <DocumentPreview model={model} label="通报预览" />
    </section>
  );
}

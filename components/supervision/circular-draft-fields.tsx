"use client";
// What the district's 发布通报 and the city's 市级通报 forms share: the draft and its four fields, the chosen units or
// districts, and the preview before publishing, with the warning when the text contradicts its data date.
import { type ReactNode, useState } from "react";

import { DocumentPreview } from "@/components/documents/document-preview";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { checkClass, Field, inputClass } from "@/components/ui/field";
import { dataDateConflictMessage } from "@/lib/documents/data-date";
import type { DocumentModel } from "@/lib/documents/model";

type Draft = { title: string; referenceNo: string; recipients: string; body: string };

const EMPTY: Draft = { title: "", referenceNo: "", recipients: "", body: "" };

/**
 * The 通报稿 the office edits: 生成通报稿 puts a generated draft in place (`offer`), asking first when the title or the
 * text of the last one was changed; `clear` after publishing. Render `regeneratePanel` beside the button.
 */
export function useCircularDraft() {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [generated, setGenerated] = useState<Draft | null>(null);
  const regenerate = useConfirm();
  function offer(next: Draft) {
    const edited = generated !== null && (draft.body !== generated.body || draft.title !== generated.title);
    const apply = () => {
      setDraft(next);
      setGenerated(next);
    };
    if (edited) regenerate.ask("重新生成会覆盖已修改的标题和正文，确定吗？", apply, "重新生成");
    else apply();
  }
  function clear() {
    setDraft(EMPTY);
    setGenerated(null);
  }
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  return { draft, set, offer, clear, generated: generated !== null, regeneratePanel: regenerate.panel };
}

/** The units (or districts) a 通报 names: ticked or not, starting from `initial` (the slow ones). */
export function useChosen(initial: () => Iterable<number>) {
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(initial()));
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return { chosen, toggle };
}

/**
 * The tick list of units (or districts) the 通报 may name, each with why it is counted slow; `empty` stands in when
 * there is none to list.
 */
export function ChosenList({
  name,
  legend,
  items,
  chosen,
  toggle,
  error,
  empty,
}: {
  name: string;
  legend: ReactNode;
  items: { id: number; name: string; lagReason?: string | null }[];
  chosen: Set<number>;
  toggle: (id: number, on: boolean) => void;
  error?: string;
  empty?: string;
}) {
  return (
    <fieldset className="text-sm" data-invalid={error ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      {items.length === 0 && empty ? (
        <p className="mt-1 text-slate-600">{empty}</p>
      ) : (
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {items.map((item) => (
            <label key={item.id} className="inline-flex items-start gap-1 max-sm:min-h-11">
              <input
                type="checkbox"
                name={name}
                value={item.id}
                checked={chosen.has(item.id)}
                onChange={(e) => toggle(item.id, e.target.checked)}
                className={`mt-1 ${checkClass}`}
              />
              <span>
                {item.name}
                {item.lagReason && <span className="block text-xs text-amber-800">{item.lagReason}</span>}
              </span>
            </label>
          ))}
        </div>
      )}
      {error && <span className="mt-1 block text-xs text-red-700">{error}</span>}
    </fieldset>
  );
}

/** 生成通报稿 (or 重新生成通报稿), the question before overwriting edits, and what is missing to generate. */
export function GenerateDraftRow({
  generated,
  onGenerate,
  disabled,
  regeneratePanel,
  problem,
}: {
  generated: boolean;
  onGenerate: () => void;
  disabled?: boolean;
  regeneratePanel: ReactNode;
  problem: string | null;
}) {
  return (
    <>
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="outline" onClick={onGenerate} disabled={disabled}>
          {generated ? "重新生成通报稿" : "生成通报稿"}
        </Button>
        {regeneratePanel}
      </div>
      {problem && (
        <p role="alert" className="text-sm text-red-700">
          {problem}
        </p>
      )}
    </>
  );
}

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

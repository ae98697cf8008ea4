"use client";
import { useState } from "react";

import { DocumentPreview } from "@/components/documents/document-preview";
import {
  ChosenList,
  CircularDraftFields,
  CircularPreview,
  ConflictWarning,
  GenerateDraftRow,
  useChosen,
  useCircularDraft,
} from "@/components/supervision/circular-draft-fields";
import { useDocumentFigures } from "@/components/supervision/document-figures";
import { Button } from "@/components/ui/button";
import { useConfirm } from "@/components/ui/confirm";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { text, useServerAction } from "@/components/use-server-action";
import { parseDay } from "@/lib/dates";
import { arabicDate } from "@/lib/documents/chinese";
import { circularDocument, draftCircular } from "@/lib/documents/circular";
import { dataDateConflicts, type DocumentFigures } from "@/lib/documents/data-date";
import { draftInterviewIssues, interviewDocument } from "@/lib/documents/interview";
import type { DocumentIssuer } from "@/lib/documents/office";
import { nextReferenceNo } from "@/lib/documents/reference-no";
import { formatPercent } from "@/lib/format";
import { issueCircular } from "@/server/supervision/actions/issue-circular";
import { issueInterview } from "@/server/supervision/actions/issue-interview";

/** The page's figures as of today (the default data date), and what the drafts name. */
type Context = {
  figures: DocumentFigures;
  today: string;
  year: number;
  campaignTitle: string;
  /** The district's office the documents come from. */
  issuer: DocumentIssuer;
};

/** 数据截至 as the forms say it: the day, and where it comes from. */
function dataDateHint(dataDate: string, documentDate: string, kind: string) {
  const day = parseDay(dataDate);
  if (!day) return `留空则为${kind}日期`;
  return dataDate === documentDate
    ? `留空则为${kind}日期；文中和附件中的数据均截至${arabicDate(day)}`
    : `文中和附件中的数据均截至${arabicDate(day)}`;
}

/**
 * 发布通报 in steps: choose the units (the slow ones are pre-selected with the dashboard's reason), the 通报日期 and —
 * when it differs — the 数据截至日期; 生成通报稿 writes title, 发文字号 (the next free one), 主送 and the text with each
 * unit's figures as of that day (the dashboard's at 统计截至 that day); the office edits any of it, sees the document
 * (text and annex) in the page, and publishes after confirming. Publishing freezes the figures and the .docx.
 */
export function IssueCircularForm({
  figures: initial,
  today,
  year,
  campaignTitle,
  issuer,
  usedReferenceNos,
}: Context & { usedReferenceNos: string[] }) {
  const { pending, notice: message, fieldErrors: errors, submit, confirmPanel } = useServerAction();
  const { draft, set, offer, clear, generated, regeneratePanel } = useCircularDraft();
  const [local, setLocal] = useState<string | null>(null);
  const [date, setDate] = useState(today);
  const [dataDateTyped, setDataDateTyped] = useState("");
  const dataDate = dataDateTyped || date;
  const { figures, ready, error: figuresError } = useDocumentFigures(initial, dataDate);
  const { chosen, toggle } = useChosen(() => initial.units.filter((u) => u.lagReason).map((u) => u.unitId));
  const dataDay = parseDay(dataDate);
  const onSubmit = submit(
    () =>
      issueCircular({
        unitIds: [...chosen],
        title: draft.title,
        body: draft.body,
        date,
        dataDate: dataDateTyped,
        referenceNo: draft.referenceNo,
        recipients: draft.recipients,
      }),
    (data) => `通报已发布（${data.referenceNo}），数据截至${dataDay ? arabicDate(dataDay) : dataDate}，文件已定稿存档`,
    {
      onOk: clear,
      confirm: () =>
        `确定发布通报吗？数据截至${dataDay ? arabicDate(dataDay) : dataDate}。发布后被通报单位会收到通知，文件即定稿，正文、附件和发文字号不能再修改。`,
    },
  );

  function generate() {
    const day = parseDay(date);
    if (chosen.size === 0 || !day || !dataDay) {
      setLocal(chosen.size === 0 ? "请先选择被通报单位" : !day ? "请先填写通报日期" : "数据截至日期无效");
      return;
    }
    if (!ready) {
      setLocal(figuresError ?? "正在读取数据截至日的数据，请稍候");
      return;
    }
    setLocal(null);
    const next = draftCircular({
      units: figures.units.filter((u) => chosen.has(u.unitId)),
      elapsed: figures.elapsed,
      dataDate: dataDay,
      year,
      campaignTitle,
      issuer,
      referenceNo: draft.referenceNo || nextReferenceNo(usedReferenceNos, issuer.docPrefix, day.getUTCFullYear()),
    });
    offer(next);
  }

  const documentDay = parseDay(date);
  const preview =
    (draft.body.trim() || draft.title.trim()) && documentDay && dataDay && ready
      ? circularDocument({
          issuer,
          title: draft.title || "（通报标题）",
          referenceNo: draft.referenceNo || null,
          recipients: draft.recipients || null,
          body: draft.body,
          date: documentDay,
          dataDate: dataDay,
          figures: { ...figures, units: figures.units.filter((u) => chosen.has(u.unitId)) },
        })
      : null;
  const conflicts = preview && dataDay ? dataDateConflicts(draft.body, dataDay, figures.elapsed) : [];

  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <div className="flex flex-wrap items-end gap-3">
        <Field label="通报日期" error={errors.date?.[0]}>
          <input
            type="date"
            name="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            className={inputClass}
          />
        </Field>
        <Field
          label="数据截至日期"
          error={errors.dataDate?.[0] ?? (figuresError && parseDay(dataDate) ? figuresError : undefined)}
          hint={dataDateHint(dataDate, date, "通报")}
        >
          <input
            type="date"
            name="dataDate"
            value={dataDateTyped}
            max={today}
            onChange={(e) => setDataDateTyped(e.target.value)}
            className={inputClass}
          />
        </Field>
      </div>
      <ChosenList
        name="unitIds"
        legend={
          <>
            被通报单位（已勾选进展较慢的单位；进度为{dataDay ? arabicDate(dataDay) : "数据截至日"}的数据
            {ready ? `，序时进度${formatPercent(figures.elapsed)}` : "，正在读取…"}）
          </>
        }
        items={figures.units.map((u) => ({ id: u.unitId, name: u.name, lagReason: u.lagReason }))}
        chosen={chosen}
        toggle={toggle}
        error={errors.unitIds?.[0]}
      />
      <GenerateDraftRow
        generated={generated}
        onGenerate={generate}
        disabled={!ready}
        regeneratePanel={regeneratePanel}
        problem={local}
      />
      <p className="text-xs text-slate-500">
        通报稿中的每个数字都按数据截至日的进度生成（与进度总览“统计截至”该日的数字一致），发布前可修改标题、发文字号、主送和正文；以“一、”“（一）”开头的行在公文中排为标题。
      </p>
      <CircularDraftFields
        draft={draft}
        set={set}
        errors={errors}
        referencePlaceholder={`${issuer.docPrefix}〔${date.slice(0, 4) || today.slice(0, 4)}〕1号`}
      />
      {preview && <CircularPreview id="circular-preview" model={preview} conflicts={conflicts} />}
      <SubmitRow pending={pending} label="发布通报" pendingLabel="正在发布…" notice={message} errors={errors}>
        {confirmPanel}
      </SubmitRow>
    </form>
  );
}

/**
 * 记录约谈 with one unit: 生成约谈稿 fills the issues raised from the unit's figures as of the data date (the 约谈日期
 * unless another 数据截至 is typed); everything stays editable; the 约谈记录 shows in the page before it is saved,
 * which asks for confirmation and freezes the .docx.
 */
export function IssueInterviewForm({ figures: initial, today, issuer }: Context) {
  const { pending, notice: message, fieldErrors: errors, submit, confirmPanel } = useServerAction();
  const [issues, setIssues] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const [values, setValues] = useState<Record<string, string>>({ date: today });
  const date = values.date ?? "";
  const dataDate = values.dataDate || date;
  const dataDay = parseDay(dataDate);
  const { figures, ready, error: figuresError } = useDocumentFigures(initial, dataDate);
  const overwrite = useConfirm();
  const onSubmit = submit(
    (form) =>
      issueInterview({
        unitId: Number(text(form, "unitId")),
        date: text(form, "date"),
        dataDate: text(form, "dataDate"),
        startTime: text(form, "startTime"),
        place: text(form, "place"),
        participants: text(form, "participants"),
        body: issues,
        commitments: text(form, "commitments"),
        followUpDate: text(form, "followUpDate"),
        referenceNo: text(form, "referenceNo"),
      }),
    "约谈记录已保存，文件已定稿存档",
    {
      onOk: (_, form) => {
        form.reset();
        setIssues("");
        setValues({ date: today });
      },
      confirm: () =>
        `确定保存约谈记录吗？数据截至${dataDay ? arabicDate(dataDay) : dataDate}。保存后被约谈单位会收到通知，约谈记录即定稿，不能再修改。`,
    },
  );

  function generate() {
    const unit = figures.units.find((u) => u.unitId === Number(values.unitId));
    if (!unit || !parseDay(date) || !dataDay) {
      setLocal(!unit ? "请先选择约谈单位" : !parseDay(date) ? "请先填写约谈日期" : "数据截至日期无效");
      return;
    }
    if (!ready) {
      setLocal(figuresError ?? "正在读取数据截至日的数据，请稍候");
      return;
    }
    setLocal(null);
    const apply = () => setIssues(draftInterviewIssues(unit, figures.elapsed, dataDay));
    if (issues.trim()) overwrite.ask("生成会覆盖已填写的问题，确定吗？", apply, "覆盖");
    else apply();
  }

  const unitName = initial.units.find((u) => u.unitId === Number(values.unitId))?.name ?? "";
  const documentDay = parseDay(date);
  const followUp = parseDay(values.followUpDate ?? "");
  const preview =
    issues.trim() && documentDay && dataDay && ready
      ? interviewDocument({
          title: unitName ? `约谈${unitName}` : "约谈",
          referenceNo: values.referenceNo?.trim() || null,
          unitName,
          date: documentDay,
          startTime: values.startTime || null,
          place: values.place?.trim() || null,
          participants: values.participants?.trim() || null,
          body: issues,
          commitments: values.commitments?.trim() || null,
          followUpDate: followUp,
          dataDate: dataDay,
          issuer,
        })
      : null;
  const conflicts = preview && dataDay ? dataDateConflicts(issues, dataDay, figures.elapsed) : [];

  return (
    <form
      className="space-y-3"
      onSubmit={onSubmit}
      onChange={(e) => {
        const data = new FormData(e.currentTarget);
        setValues(Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)])));
      }}
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="约谈单位" error={errors.unitId?.[0]}>
          <select name="unitId" defaultValue="" className={inputClass}>
            <option value="" disabled>
              请选择
            </option>
            {initial.units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="约谈日期" error={errors.date?.[0]}>
          <input type="date" name="date" defaultValue={today} className={inputClass} />
        </Field>
        <Field
          label="数据截至日期"
          error={errors.dataDate?.[0] ?? (figuresError && dataDay ? figuresError : undefined)}
          hint={dataDateHint(dataDate, date, "约谈")}
        >
          <input type="date" name="dataDate" max={today} className={inputClass} />
        </Field>
        <Field label="约谈时间" error={errors.startTime?.[0]}>
          <input type="time" name="startTime" className={inputClass} />
        </Field>
        <Field label="约谈地点" error={errors.place?.[0]}>
          <input name="place" maxLength={100} className={inputClass} />
        </Field>
        <Field label="跟踪复查日期" error={errors.followUpDate?.[0]}>
          <input type="date" name="followUpDate" className={inputClass} />
        </Field>
        <Field label="发文字号（选填）" error={errors.referenceNo?.[0]}>
          <input name="referenceNo" maxLength={40} className={inputClass} />
        </Field>
      </div>
      <Field label="参加人员" error={errors.participants?.[0]}>
        <input name="participants" maxLength={500} className={inputClass} />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="outline" size="sm" onClick={generate} disabled={!ready}>
          生成约谈稿
        </Button>
        {overwrite.panel}
        {local && (
          <span role="alert" className="text-sm text-red-700">
            {local}
          </span>
        )}
      </div>
      <Field label="约谈指出的问题" error={errors.body?.[0]}>
        <textarea
          name="body"
          rows={5}
          maxLength={5000}
          value={issues}
          onChange={(e) => setIssues(e.target.value)}
          className={inputClass}
        />
      </Field>
      <Field label="整改承诺" error={errors.commitments?.[0]}>
        <textarea name="commitments" rows={3} maxLength={5000} className={inputClass} />
      </Field>
      {preview && (
        <section aria-labelledby="interview-preview" className="space-y-2">
          <h3 id="interview-preview" className="font-semibold">
            保存前预览（与下载的约谈记录 Word 文件内容一致）
          </h3>
          <ConflictWarning problems={conflicts} />
          <DocumentPreview model={preview} label="约谈记录预览" />
        </section>
      )}
      <SubmitRow pending={pending} label="保存约谈记录" notice={message} errors={errors}>
        {confirmPanel}
      </SubmitRow>
    </form>
  );
}

"use client";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { useConfirm, useFormSubmit } from "@/components/ui/confirm";
import { checkClass, Field, FormMessage, inputClass } from "@/components/ui/field";
import { useServerAction } from "@/components/use-server-action";
import { parseDay } from "@/lib/dates";
import { type CircularDraft, draftCircular } from "@/lib/documents/circular";
import { draftInterviewIssues } from "@/lib/documents/interview";
import { REFERENCE_PREFIX } from "@/lib/documents/office";
import { nextReferenceNo } from "@/lib/documents/reference-no";
import type { FrozenUnitFigures } from "@/lib/supervision/rules";
import { issueCircular } from "@/server/supervision/actions/issue-circular";
import { issueInterview } from "@/server/supervision/actions/issue-interview";

/** Every unit with its figures as they stand now (what a 通报 freezes), for the drafts. */
type Context = { units: FrozenUnitFigures[]; today: string; elapsed: number; year: number; campaignTitle: string };

const text = (form: FormData, k: string) => String(form.get(k) ?? "");
const EMPTY: CircularDraft = { title: "", referenceNo: "", recipients: "", body: "" };

/**
 * 发布通报 in two steps: choose the units (the slow ones are pre-selected with the dashboard's reason) and 生成通报稿
 * — title, 发文字号 (the next free one), 主送 and the text with each unit's figures — then edit any of it and issue.
 * Issuing freezes the units' figures; the record downloads as the .docx.
 */
export function IssueCircularForm({
  units,
  today,
  elapsed,
  year,
  campaignTitle,
  usedReferenceNos,
}: Context & { usedReferenceNos: string[] }) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();
  const [draft, setDraft] = useState<CircularDraft>(EMPTY);
  const [generated, setGenerated] = useState<CircularDraft | null>(null);
  const [local, setLocal] = useState<string | null>(null);
  const regenerate = useConfirm();
  const { onSubmit, panel } = useFormSubmit(
    (form, el) =>
      run(
        () =>
          issueCircular({
            unitIds: form.getAll("unitIds").map(Number),
            title: draft.title,
            body: draft.body,
            date: text(form, "date"),
            referenceNo: draft.referenceNo,
            recipients: draft.recipients,
          }),
        (data) => `通报已发布（${data.referenceNo}），被通报单位的当前进度已存档`,
        () => {
          el.reset();
          setDraft(EMPTY);
          setGenerated(null);
        },
      ),
    "确定发布通报吗？发布后被通报单位会收到通知，正文和发文字号不能再修改。",
  );

  function generate(form: HTMLFormElement) {
    const data = new FormData(form);
    const chosen = new Set(data.getAll("unitIds").map(Number));
    const date = parseDay(text(data, "date"));
    if (chosen.size === 0 || !date) {
      setLocal(chosen.size === 0 ? "请先选择被通报单位" : "请先填写通报日期");
      return;
    }
    setLocal(null);
    const next = draftCircular({
      units: units.filter((u) => chosen.has(u.unitId)),
      elapsed,
      date,
      year,
      campaignTitle,
      referenceNo: draft.referenceNo || nextReferenceNo(usedReferenceNos, REFERENCE_PREFIX, date.getUTCFullYear()),
    });
    const edited = generated !== null && (draft.body !== generated.body || draft.title !== generated.title);
    const apply = () => {
      setDraft(next);
      setGenerated(next);
    };
    if (edited) regenerate.ask("重新生成会覆盖已修改的标题和正文，确定吗？", apply, "重新生成");
    else apply();
  }
  const set = (k: keyof CircularDraft) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [k]: e.target.value });

  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <fieldset className="text-sm">
        <legend className="font-medium">被通报单位（已勾选进展较慢的单位）</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {units.map((u) => (
            <label key={u.unitId} className="inline-flex items-start gap-1 max-sm:min-h-11">
              <input
                type="checkbox"
                name="unitIds"
                value={u.unitId}
                defaultChecked={!!u.lagReason}
                className={`mt-1 ${checkClass}`}
              />
              <span>
                {u.name}
                {u.lagReason && <span className="block text-xs text-amber-800">{u.lagReason}</span>}
              </span>
            </label>
          ))}
        </div>
        {errors.unitIds?.[0] && <span className="mt-1 block text-xs text-red-700">{errors.unitIds[0]}</span>}
      </fieldset>
      <div className="flex flex-wrap items-end gap-3">
        <Field label="通报日期" error={errors.date?.[0]}>
          <input type="date" name="date" defaultValue={today} className={inputClass} />
        </Field>
        <Button variant="outline" onClick={(e) => generate(e.currentTarget.form!)}>
          {generated ? "重新生成通报稿" : "生成通报稿"}
        </Button>
        {regenerate.panel}
      </div>
      {local && (
        <p role="alert" className="text-sm text-red-700">
          {local}
        </p>
      )}
      <p className="text-xs text-slate-500">
        通报稿按所选单位当前的完成情况生成，发布前可修改标题、发文字号、主送和正文；以“一、”“（一）”开头的行在公文中排为标题。
      </p>
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
            placeholder={`${REFERENCE_PREFIX}〔${today.slice(0, 4)}〕1号`}
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
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        发布通报
      </Button>
      {panel}
    </form>
  );
}

/** 记录约谈 with one unit: 生成约谈稿 fills the issues raised from the unit's figures; everything stays editable. */
export function IssueInterviewForm({ units, today, elapsed }: Context) {
  const { pending, notice: message, fieldErrors: errors, run } = useServerAction();
  const [issues, setIssues] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const overwrite = useConfirm();
  const { onSubmit } = useFormSubmit((form, el) =>
    run(
      () =>
        issueInterview({
          unitId: Number(text(form, "unitId")),
          date: text(form, "date"),
          startTime: text(form, "startTime"),
          place: text(form, "place"),
          participants: text(form, "participants"),
          body: issues,
          commitments: text(form, "commitments"),
          followUpDate: text(form, "followUpDate"),
          referenceNo: text(form, "referenceNo"),
        }),
      "约谈记录已保存",
      () => {
        el.reset();
        setIssues("");
      },
    ),
  );

  function generate(form: HTMLFormElement) {
    const data = new FormData(form);
    const unit = units.find((u) => u.unitId === Number(text(data, "unitId")));
    const date = parseDay(text(data, "date"));
    if (!unit || !date) {
      setLocal(!unit ? "请先选择约谈单位" : "请先填写约谈日期");
      return;
    }
    setLocal(null);
    const apply = () => setIssues(draftInterviewIssues(unit, elapsed, date));
    if (issues.trim()) overwrite.ask("生成会覆盖已填写的问题，确定吗？", apply, "覆盖");
    else apply();
  }

  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="约谈单位" error={errors.unitId?.[0]}>
          <select name="unitId" defaultValue="" className={inputClass}>
            <option value="" disabled>
              请选择
            </option>
            {units.map((u) => (
              <option key={u.unitId} value={u.unitId}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="约谈日期" error={errors.date?.[0]}>
          <input type="date" name="date" defaultValue={today} className={inputClass} />
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
        <Button variant="outline" size="sm" onClick={(e) => generate(e.currentTarget.form!)}>
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
      <FormMessage message={message} />
      <Button type="submit" disabled={pending}>
        保存约谈记录
      </Button>
    </form>
  );
}

"use client";
import { useState } from "react";

import {
  ChosenList,
  CircularDraftFields,
  CircularPreview,
  GenerateDraftRow,
  useChosen,
  useCircularDraft,
} from "@/components/supervision/circular-draft-fields";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { useServerAction } from "@/components/use-server-action";
import { parseDay } from "@/lib/dates";
import { arabicDate } from "@/lib/documents/chinese";
import {
  cityCircularConflicts,
  cityCircularDocument,
  type CityFrozenFigures,
  draftCityCircular,
  laggingDistricts,
} from "@/lib/documents/city-circular";
import type { DocumentIssuer } from "@/lib/documents/office";
import { nextReferenceNo } from "@/lib/documents/reference-no";
import { issueCityCircular } from "@/server/city/actions/issue-city-circular";

/**
 * 发布市级通报 (docs/domain.md §市级): the districts lagging by the district's own rule are pre-selected with their
 * reason; 生成通报稿 writes title, 发文字号 (the city's next free one), 主送 and the text with each district's figures as
 * of the page's 数据截至; the city office edits any of it, sees the document, and issues after confirming.
 */
export function CityCircularForm({
  figures,
  dataDate,
  today,
  year,
  issuer,
  usedReferenceNos,
}: {
  figures: CityFrozenFigures;
  /** 数据截至 of `figures`, "YYYY-MM-DD" (chosen above the form; the page reloads with that day's figures). */
  dataDate: string;
  today: string;
  year: number;
  issuer: DocumentIssuer;
  usedReferenceNos: string[];
}) {
  const { pending, notice: message, fieldErrors: errors, submit, confirmPanel } = useServerAction();
  const { draft, set, offer, clear, generated, regeneratePanel } = useCircularDraft();
  const [local, setLocal] = useState<string | null>(null);
  const [date, setDate] = useState(dataDate > today ? dataDate : today);
  const { chosen, toggle } = useChosen(() => laggingDistricts(figures.districts));
  const dataDay = parseDay(dataDate)!;
  const named = figures.districts.filter((d) => chosen.has(d.districtId));
  const onSubmit = submit(
    () =>
      issueCityCircular({
        year,
        districtIds: [...chosen],
        title: draft.title,
        body: draft.body,
        date,
        dataDate,
        referenceNo: draft.referenceNo,
        recipients: draft.recipients,
      }),
    (data) => `市级通报已发布（${data.referenceNo}），数据截至${arabicDate(dataDay)}，文件已定稿存档`,
    {
      onOk: clear,
      confirm: () =>
        `确定发布通报吗？数据截至${arabicDate(dataDay)}。发布后被通报区县（市）的区工强办会收到通知，文件即定稿，正文、附件和发文字号不能再修改。`,
    },
  );

  function generate() {
    const day = parseDay(date);
    if (chosen.size === 0 || !day) {
      setLocal(chosen.size === 0 ? "请先选择被通报区县（市）" : "请先填写通报日期");
      return;
    }
    setLocal(null);
    const next = draftCityCircular({
      districts: named,
      dataDate: dataDay,
      year,
      issuer,
      referenceNo: draft.referenceNo || nextReferenceNo(usedReferenceNos, issuer.docPrefix, day.getUTCFullYear()),
    });
    offer(next);
  }

  const documentDay = parseDay(date);
  const preview =
    (draft.body.trim() || draft.title.trim()) && documentDay
      ? cityCircularDocument({
          issuer,
          title: draft.title || "（通报标题）",
          referenceNo: draft.referenceNo,
          recipients: draft.recipients,
          body: draft.body,
          date: documentDay,
          dataDate: dataDay,
          figures: { ...figures, districts: named },
        })
      : null;
  const conflicts = preview ? cityCircularConflicts(draft.body, dataDay, named) : [];

  return (
    <form className="space-y-3" onSubmit={onSubmit}>
      <Field label="通报日期" error={errors.date?.[0] ?? errors.dataDate?.[0]}>
        <input
          type="date"
          name="date"
          value={date}
          min={dataDate}
          onChange={(e) => setDate(e.target.value)}
          className={inputClass}
        />
      </Field>
      <ChosenList
        name="districtIds"
        legend={`被通报区县（市）（已勾选进展较慢的区县（市）；进度为${arabicDate(dataDay)}的数据）`}
        items={figures.districts.map((d) => ({ id: d.districtId, name: d.name, lagReason: d.lagReason }))}
        chosen={chosen}
        toggle={toggle}
        error={errors.districtIds?.[0]}
        empty="本年度尚无区县（市）建立工作年度。"
      />
      <GenerateDraftRow generated={generated} onGenerate={generate} regeneratePanel={regeneratePanel} problem={local} />
      <p className="text-xs text-slate-500">
        通报稿中的每个数字都按数据截至日各区县（市）全区总览的数字生成（完成率按市下达目标计算，未下达的按本区县分解数计算），发布前可修改标题、发文字号、主送和正文。
      </p>
      <CircularDraftFields
        draft={draft}
        set={set}
        errors={errors}
        referencePlaceholder={`${issuer.docPrefix}〔${date.slice(0, 4) || today.slice(0, 4)}〕1号`}
      />
      {preview && <CircularPreview id="city-circular-preview" model={preview} conflicts={conflicts} />}
      <SubmitRow pending={pending} label="发布通报" pendingLabel="正在发布…" notice={message} errors={errors}>
        {confirmPanel}
      </SubmitRow>
    </form>
  );
}

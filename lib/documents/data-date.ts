// 数据截至: the one day a document's figures are computed as of. A 通报, 约谈 or 简报 states it once and keeps to it —
// the text, the annex and the 落款 all say that day, and every figure is the dashboard's 统计截至 that day.
import { beijingDayNumber, dayNumber } from "@/lib/dates";
import { formatPercent } from "@/lib/format";
import type { FrozenFigures } from "@/lib/supervision/rules";

import { arabicDate } from "./chinese";

/** Every unit's figures as a document with this data date states them (the dashboard's at 统计截至 that day). */
export type DocumentFigures = FrozenFigures & {
  /** 数据截至, "YYYY-MM-DD". */
  dataDate: string;
};

/** The day a document's figures stand at: the 数据截至日期 chosen, else the document's own date. */
export function dataDateOf(date: Date, dataDate: Date | null | undefined): Date {
  return dataDate ?? date;
}

/**
 * Why a 数据截至日期 cannot be used, or null: it may not come after the document's date (a 通报 cannot state figures
 * of a day after it was signed) nor after today (those figures do not exist yet).
 */
export function dataDateRefusal(dataDate: Date, documentDate: Date, now: Date, kind = "通报"): string | null {
  if (dayNumber(dataDate) > dayNumber(documentDate)) return `数据截至日期不能晚于${kind}日期`;
  if (dayNumber(dataDate) > beijingDayNumber(now))
    return `数据截至日期不能晚于今天（${kind}日期在今天之后时，请填写已有数据的数据截至日期）`;
  return null;
}

const STATED_DAY = /截至\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
/** 序时进度 (the plan's word); 时间进度 as older drafts wrote it. */
const STATED_PACE = /((?:序时|时间)进度)(?:为|已达|达到)?\s*(\d{1,3}(?:\.\d+)?)\s*%/g;

/**
 * Where a text contradicts its data date: each “截至某年某月某日” naming another day, each “序时进度N%” other than
 * the share elapsed on the data date (as the documents round it). Empty when the text keeps to it.
 */
export function dataDateConflicts(text: string, dataDate: Date, elapsed: number): string[] {
  const problems: string[] = [];
  const day = arabicDate(dataDate);
  for (const m of text.matchAll(STATED_DAY)) {
    const stated = `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
    if (stated !== day) problems.push(`写的是“截至${stated}”，数据截至${day}`);
  }
  const pace = formatPercent(elapsed);
  for (const m of text.matchAll(STATED_PACE)) {
    const stated = `${Math.round(Number(m[2]))}%`;
    if (stated !== pace) problems.push(`写的是“${m[1]}${m[2]}%”，${day}的序时进度为${pace}`);
  }
  return [...new Set(problems)];
}

/** The conflicts as one message at the field: the office regenerates the draft or corrects the text. */
export function dataDateConflictMessage(problems: readonly string[]): string {
  return `正文与数据截至日期不一致：${problems.join("；")}。请重新生成或修改正文`;
}

// T10 钢铁行业监管巡查 (区发改局): one inspection per enterprise visit with the three red lines as explicit
// checks, a follow-up when a red line is found, and T10's progress counted from the inspections — pure
// rules shared by the server actions, the pages, the dashboard and the seed.
import { addDays, beijingDay, hasDayCome } from "@/lib/dates";
import type { SteelCheckResult } from "@/lib/generated/prisma/enums";

/** The task line whose progress is the number of steel inspections recorded (the plan's line code, kept when a year is copied). */
export const STEEL_LINE_CODE = "T10";

export const isSteelLine = (line: { code: string }) => line.code === STEEL_LINE_CODE;

/** 三条红线, in the plan's order: the check's field and the field of its note. */
export const RED_LINES = [
  { key: "newCapacity", note: "newCapacityNote", label: "违规新增钢铁产能" },
  { key: "revivedCapacity", note: "revivedCapacityNote", label: "已退出产能死灰复燃" },
  { key: "substandardSteel", note: "substandardSteelNote", label: "生产销售地条钢" },
] as const;

export type RedLineKey = (typeof RED_LINES)[number]["key"];

type Checks = Record<RedLineKey, SteelCheckResult>;
type Notes = Record<(typeof RED_LINES)[number]["note"], string | null>;

/** The red lines an inspection found, by label. */
export function redLinesFound(i: Checks): string[] {
  return RED_LINES.filter((r) => i[r.key] === "FOUND").map((r) => r.label);
}

export type SteelInspectionDraft = Checks &
  Notes & {
    inspectedOn: Date;
    rectification: string | null;
    followUpDue: Date | null;
  };

export type Check = { ok: true } | { ok: false; message: string };
const refuse = (message: string): Check => ({ ok: false, message });

/**
 * An inspection as recorded: dated within the campaign and not in the future; every red line found
 * described; a red line found needs 整改要求 and a follow-up due date (on or after the visit); a
 * follow-up date without a requirement (or the reverse) is incomplete.
 */
export function checkSteelInspection(d: SteelInspectionDraft, campaignStart: Date, now: Date): Check {
  if (d.inspectedOn < campaignStart) return refuse("巡查日期不能早于本年度工作开始日期");
  if (d.inspectedOn > beijingDay(now)) return refuse("巡查日期不能晚于今天");
  for (const r of RED_LINES) {
    if (d[r.key] === "FOUND" && !d[r.note]) return refuse(`“${r.label}”发现问题，请写明具体情况`);
  }
  const found = redLinesFound(d).length > 0;
  if (found && !d.rectification) return refuse("发现红线问题的，须填写整改要求");
  if (found && !d.followUpDue) return refuse("发现红线问题的，须填写整改复查期限");
  if (d.rectification && !d.followUpDue) return refuse("填写整改要求的，请同时填写复查期限");
  if (d.followUpDue && !d.rectification) return refuse("填写复查期限的，请同时填写整改要求");
  if (d.followUpDue && d.followUpDue < d.inspectedOn) return refuse("复查期限不能早于巡查日期");
  return { ok: true };
}

export type FollowUpRow = {
  inspectedOn: Date;
  rectification: string | null;
  followUpDue: Date | null;
  followUpDoneOn: Date | null;
};

export type FollowUpState = "NONE" | "OPEN" | "OVERDUE" | "DONE";

/** Where an inspection's follow-up stands on a (Beijing) day: overdue once the day after its due date has come. */
export function followUpState(i: FollowUpRow, now: Date): FollowUpState {
  if (!i.rectification) return "NONE";
  if (i.followUpDoneOn) return "DONE";
  if (i.followUpDue && hasDayCome(addDays(i.followUpDue, 1), now)) return "OVERDUE";
  return "OPEN";
}

/** Closing a follow-up: only an open one, with a note of what the re-check found, dated from the visit to today. */
export function checkFollowUpClose(i: FollowUpRow, doneOn: Date, note: string | null, now: Date): Check {
  if (!i.rectification) return refuse("该次巡查没有整改要求，无需复查");
  if (i.followUpDoneOn) return refuse("该次巡查的整改复查已登记，请刷新页面");
  if (!note) return refuse("请写明复查情况");
  if (doneOn < i.inspectedOn) return refuse("复查日期不能早于巡查日期");
  if (doneOn > beijingDay(now)) return refuse("复查日期不能晚于今天");
  return { ok: true };
}

export type SteelSummary = {
  inspections: number;
  redLineFindings: number;
  inspectionsWithFindings: number;
  openFollowUps: number;
};

/** The figures shown on T10, the task list and the dashboard: red-line findings count each red line found once per inspection. */
export function summariseSteel(rows: (Checks & FollowUpRow)[], now: Date): SteelSummary {
  let redLineFindings = 0;
  let inspectionsWithFindings = 0;
  let openFollowUps = 0;
  for (const r of rows) {
    const n = redLinesFound(r).length;
    redLineFindings += n;
    if (n > 0) inspectionsWithFindings++;
    const s = followUpState(r, now);
    if (s === "OPEN" || s === "OVERDUE") openFollowUps++;
  }
  return { inspections: rows.length, redLineFindings, inspectionsWithFindings, openFollowUps };
}

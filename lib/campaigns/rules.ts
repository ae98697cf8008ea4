// Campaign years: the rules for opening next year's campaign by copying one, its status, and closing it
// (a closed campaign is frozen; every case not accepted must first be carried over or closed as not completed).
import { beijingDay, beijingDayNumber, beijingIsoDay, dayNumber, isoDay } from "@/lib/dates";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export const CLOSED_MESSAGE = "该年度工作已关闭，数据不能修改";

export type CampaignDates = { year: number; title: string; startDate: Date; deadline: Date };
export type CampaignStatus = "NOT_STARTED" | "RUNNING" | "ENDED" | "CLOSED";

/** 已关闭 once the office closed it; otherwise by the Beijing calendar day against its start and deadline. */
export function campaignStatus(
  c: { startDate: Date; deadline: Date; closedAt: Date | null },
  now: Date,
): CampaignStatus {
  if (c.closedAt) return "CLOSED";
  const today = beijingDayNumber(now);
  if (today < dayNumber(c.startDate)) return "NOT_STARTED";
  return today > dayNumber(c.deadline) ? "ENDED" : "RUNNING";
}

const shiftYears = (d: Date, years: number) => {
  const next = new Date(d);
  next.setUTCFullYear(d.getUTCFullYear() + years);
  // 29 Feb into a common year: 28 Feb, not 1 Mar.
  if (next.getUTCMonth() !== d.getUTCMonth()) next.setUTCDate(0);
  return next;
};

/** The form's defaults for a new year copied from `from`: the same calendar dates moved to `year`, the title with the year replaced. */
export function nextCampaignDefaults(from: CampaignDates, year: number): CampaignDates {
  const gap = year - from.year;
  const title = from.title.includes(String(from.year))
    ? from.title.replaceAll(String(from.year), String(year))
    : `${year}年度${from.title}`;
  return { year, title, startDate: shiftYears(from.startDate, gap), deadline: shiftYears(from.deadline, gap) };
}

/**
 * A district's first year as the 年度管理 form proposes it (docs/domain.md §市级): this year in Beijing, the whole
 * calendar year, titled as the plan titles 海曙区's (北仑区2021年淘汰落后产能及“低散乱”整治提升).
 */
export function firstCampaignDefaults(districtName: string, now: Date) {
  const year = Number(beijingIsoDay(now).slice(0, 4));
  return {
    fromCampaignId: null,
    year,
    title: `${districtName}${year}年淘汰落后产能及“低散乱”整治提升`,
    startDate: `${year}-01-01`,
    deadline: `${year}-12-31`,
  };
}

/** Whether work registered now falls after the campaign's deadline (a warning, not a refusal: late cases are still recorded). */
export function campaignEnded(c: { deadline: Date }, now: Date): boolean {
  return beijingDayNumber(now) > dayNumber(c.deadline);
}

/** The warning beside a 整改期限 later than the campaign's deadline ("" = none; a day that is not a date gives none). */
export function deadlineAfterCampaignWarning(deadline: string, campaign: { year: number; deadline: string }): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline) || deadline <= campaign.deadline) return "";
  return `注意：整改期限晚于${campaign.year}年度完成时限（${campaign.deadline}），请确认`;
}

/** The day a progress entry defaults to: today, or the campaign's last day once it is over (entries made afterwards are about the year). */
export function progressDateDefault(c: { deadline: Date }, now: Date): string {
  return isoDay(campaignEnded(c, now) ? c.deadline : beijingDay(now));
}

/** Why a new campaign cannot be opened as entered (empty = it can). */
export function newCampaignErrors(
  input: { year: number; startDate: Date; deadline: Date },
  existingYears: readonly number[],
): string[] {
  const errors: string[] = [];
  if (existingYears.includes(input.year)) errors.push(`${input.year} 年度已存在`);
  errors.push(...datesErrors(input));
  return errors;
}

/** The start and deadline of a campaign: in its own year's order (start before deadline, start within the year). */
export function datesErrors(c: { year: number; startDate: Date; deadline: Date }): string[] {
  const errors: string[] = [];
  if (c.deadline <= c.startDate) errors.push("完成时限须晚于开始日期");
  if (c.startDate.getUTCFullYear() !== c.year) errors.push(`开始日期须在 ${c.year} 年内`);
  return errors;
}

/** What the office decided for a case not accepted when its campaign closes. */
export type CaseClosing = "ACCEPTED" | "CARRIED" | "CLOSED_INCOMPLETE" | "UNDECIDED";

export function caseClosing(c: {
  status: CaseStatus;
  closedIncompleteAt: Date | null;
  carriedTo: unknown | null;
}): CaseClosing {
  if (c.carriedTo) return "CARRIED";
  if (c.closedIncompleteAt) return "CLOSED_INCOMPLETE";
  return c.status === "ACCEPTED" ? "ACCEPTED" : "UNDECIDED";
}

/** Why a campaign cannot be closed now (empty = it can): already closed, still the current one, cases undecided. */
export function closeBlockers(c: { closedAt: Date | null; isCurrent: boolean | null }, undecided: number): string[] {
  if (c.closedAt) return ["该年度已关闭"];
  const blockers: string[] = [];
  if (c.isCurrent) blockers.push("当前年度不能关闭：请先将新的年度设为当前年度");
  if (undecided > 0) blockers.push(`还有 ${undecided} 件未验收整治对象未作决定（结转或按未完成关闭）`);
  return blockers;
}

/** Why a case cannot be carried from campaign `from` into `to` (null = it can). */
export function carryError(
  from: { id: number; year: number },
  to: { id: number; year: number; closedAt: Date | null } | null,
): string | null {
  if (!to) return "请选择结转到的年度";
  if (to.id === from.id || to.year <= from.year) return "只能结转到以后的年度";
  if (to.closedAt) return "目标年度已关闭";
  return null;
}

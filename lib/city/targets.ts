// 区县目标 (docs/domain.md §市级): the city office's yearly target for a district and category against the
// district's own 目标任务分解表 — the units' quotas of that year must cover it. Pure: the city's grid
// (/city/targets) and the district office's quota page ask the same rule.
import { CATEGORIES, type QuotaCell, sumQuota } from "@/lib/campaigns/annex";
import type { Category } from "@/lib/generated/prisma/enums";

/**
 * A district target as set by the city: a number, null for "/" (the district carries no target of
 * that category), undefined when the city has not set it (未下达).
 */
export type TargetCell = number | null | undefined;

/**
 * One category of one district and year:
 * - NOT_SET 未下达: the city has set no target;
 * - NOT_APPLICABLE 不适用: the target is "/";
 * - NOT_STARTED 未开展: a target, but the district has no campaign of that year;
 * - SHORT 未分解: the units' quotas sum to less than the target (`gap` is what is missing);
 * - COVERED 已分解: the units' quotas reach the target.
 */
export type SplitStatus = "NOT_SET" | "NOT_APPLICABLE" | "NOT_STARTED" | "SHORT" | "COVERED";

export type CategorySplit = {
  status: SplitStatus;
  target: TargetCell;
  /** The units' quotas summed ("/" cells count nothing); null without a campaign of the year. */
  split: number | null;
  /** How many the units' quotas fall short of the target; 0 unless SHORT. */
  gap: number;
};

/**
 * The split of one category: `quotas` are the district's unit cells of the year's campaign (null =
 * "/"), or null when the district has no campaign of that year.
 */
export function categorySplit(target: TargetCell, quotas: readonly QuotaCell[] | null): CategorySplit {
  const split = quotas === null ? null : (sumQuota([...quotas]) ?? 0);
  if (target === undefined) return { status: "NOT_SET", target, split, gap: 0 };
  if (target === null) return { status: "NOT_APPLICABLE", target, split, gap: 0 };
  if (split === null) return { status: "NOT_STARTED", target, split, gap: 0 };
  const gap = Math.max(0, target - split);
  return { status: gap > 0 ? "SHORT" : "COVERED", target, split, gap };
}

/** A district's status for the year, as the city's grid shows it beside the district. */
export type DistrictSplitStatus = "NOT_SET" | "NOT_STARTED" | "SHORT" | "COVERED";

/**
 * Both categories together: 未下达 while the city has set neither; 未开展 when a target waits on a
 * district without a campaign of the year; 未分解 when any category is short (a surplus in one never
 * covers the other); 已分解 otherwise ("/" targets need nothing).
 */
export function districtSplitStatus(splits: Record<Category, CategorySplit>): DistrictSplitStatus {
  const all = CATEGORIES.map((c) => splits[c]);
  if (all.every((s) => s.status === "NOT_SET")) return "NOT_SET";
  if (all.some((s) => s.status === "NOT_STARTED")) return "NOT_STARTED";
  if (all.some((s) => s.status === "SHORT")) return "SHORT";
  return "COVERED";
}

export const districtSplitLabel: Record<DistrictSplitStatus, string> = {
  NOT_SET: "未下达",
  NOT_STARTED: "未开展",
  SHORT: "未分解",
  COVERED: "已分解",
};

/**
 * The district office's notice on its quota page while a category is short:
 * 「市下达目标 21 家，已分解 18 家，尚差 3 家」; null when covered, "/" or not set.
 */
export function gapNotice(s: CategorySplit): string | null {
  if (s.status !== "SHORT" || typeof s.target !== "number") return null;
  return `市下达目标 ${s.target} 家，已分解 ${s.split ?? 0} 家，尚差 ${s.gap} 家`;
}

/** The years the city's grid offers: the years with targets or campaigns, the given year, and the next one to set. */
export function targetYears(known: readonly number[], current: number): number[] {
  const years = new Set([...known, current]);
  years.add(Math.max(...years) + 1);
  return [...years].sort((a, b) => b - a);
}

/** The ?year= of the city's target pages and routes: a year from 2000 to 2100, else `fallback`. */
export function targetYearParam(raw: string | string[] | null | undefined, fallback: number): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (!text || !/^\d{4}$/.test(text)) return fallback;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : fallback;
}

// The review desk's rules on one case (docs/domain.md §案件流程): what the integrity flags add up to,
// what an acceptance despite flags needs, and when a returned case may be submitted again.
import type { Flag } from "@/lib/cases/integrity";
import type { CaseStatus } from "@/lib/generated/prisma/enums";

export const FLAG_TYPES = [
  "DUPLICATE",
  "BEFORE_AFTER_ORDER",
  "NO_CAPTURE_TIME",
  "FAR_FROM_SITE",
  "NO_POSITION",
] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

export type FlagSummary = {
  /** Every flag of the case (one file may carry several). */
  total: number;
  /** How many flags of each type, in the fixed order of FLAG_TYPES, types without any left out. */
  byType: { type: FlagType; count: number }[];
};

/** The flags of one case added up by type, for the queue's column and the summary above 验收通过. */
export function flagSummary(flags: readonly Flag[]): FlagSummary {
  const byType = FLAG_TYPES.map((type) => ({ type, count: flags.filter((f) => f.type === type).length })).filter(
    (t) => t.count > 0,
  );
  return { total: flags.length, byType };
}

export const VERIFIED_NOTE_MAX = 200;

export type AcceptanceInput = { verified?: boolean; verifiedNote?: string | null };
export type AcceptanceCheck =
  | { ok: true; verified: boolean; verifiedNote: string | null }
  | { ok: false; field: "verified" | "verifiedNote"; reason: string };

/**
 * 验收通过 of a case with integrity flags: the reviewer ticks 已核实 and says in a short note how the
 * flags were checked (both recorded in the review). Without flags there is nothing to confirm, and
 * nothing is recorded as verified.
 */
export function checkAcceptance(flagCount: number, input: AcceptanceInput): AcceptanceCheck {
  if (flagCount === 0) return { ok: true, verified: false, verifiedNote: null };
  const note = input.verifiedNote?.trim() ?? "";
  if (!input.verified) {
    return {
      ok: false,
      field: "verified",
      reason: `该整治对象有 ${flagCount} 条材料核查提示，请逐条核实后勾选“已核实”并填写核实说明`,
    };
  }
  if (!note) return { ok: false, field: "verifiedNote", reason: "请填写核实说明（如何核实了上述提示）" };
  if (note.length > VERIFIED_NOTE_MAX) {
    return { ok: false, field: "verifiedNote", reason: `核实说明不能超过 ${VERIFIED_NOTE_MAX} 字` };
  }
  return { ok: true, verified: true, verifiedNote: note };
}

/** The latest 退回 of a case: the version the case had once it was returned (null on returns recorded before it was kept). */
export type ReturnMark = { caseVersion: number | null };

/**
 * Whether a returned case changed since its return, so that it may be submitted again. Every change the
 * unit can make to a case — evidence added or removed, its details edited, anything else written with
 * the case's version check — moves the case's version on; the return recorded the version it left the
 * case at. A case that is not returned, or whose return predates the record, is not held back.
 */
export function changedSinceReturn(c: { status: CaseStatus; version: number }, lastReturn: ReturnMark | null): boolean {
  if (c.status !== "RETURNED" || !lastReturn || lastReturn.caseVersion === null) return true;
  return c.version > lastReturn.caseVersion;
}

export const UNCHANGED_SINCE_RETURN = "退回后整治对象尚未修改：请按退回理由补充或更换材料、修改整治信息后再上报";

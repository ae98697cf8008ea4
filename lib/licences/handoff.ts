// 注销生产许可证 (work plan, 质量方面 2): the production licence of an enterprise closed by law is
// cancelled (docs/domain.md §升级处置). An item is due when the enterprise as a whole exits — the case
// records 整体关停退出 (or a 关停 outcome of a 低散乱 workshop) and is accepted, or an escalation ends in
// 关停 — not for every accepted 淘汰 case of an enterprise that keeps producing. The 注销生产许可证 measure
// (or the cancellation 区市场监管局 records, which writes that measure) completes it. Pure, so the work
// list and its tests read the same rule.
import type { CaseStatus, Category, MeasureKind } from "@/lib/generated/prisma/enums";

/** A rectification outcome that ends production (关停淘汰, 关闭, 依法关停, 取缔, 吊销…): the enterprise no longer needs its licence. */
export function isClosureOutcome(name: string | null | undefined): boolean {
  return name != null && /关停|关闭|取缔|吊销/.test(name);
}

type Measure = { kind: MeasureKind; escalation: boolean };

export type ExitCase = {
  status: CaseStatus;
  category: Category;
  /** 整体关停退出 recorded on the case. */
  wholeExit: boolean;
  outcome: { name: string } | null;
  measures: readonly Measure[];
};

/** An escalation (升级处置) that ended in closure: 依法关停退出 / 予以关闭. */
export function escalatedToClosure(measures: readonly Measure[]): boolean {
  return measures.some((m) => m.escalation && m.kind === "CLOSURE");
}

/**
 * Why the enterprise as a whole exits, or null when it keeps producing: an escalation to closure (from
 * the day it is ordered), or — once the case is accepted — 整体关停退出 recorded on the case, or a
 * 低散乱 workshop's 关停 outcome.
 */
export function wholeExitReason(c: ExitCase): string | null {
  if (escalatedToClosure(c.measures)) return "升级处置为关停";
  if (c.status !== "ACCEPTED") return null;
  if (c.wholeExit) return "整体关停退出，已验收";
  if (c.category === "RECTIFICATION" && isClosureOutcome(c.outcome?.name)) return `${c.outcome!.name}，已验收`;
  return null;
}

/** Whether the case closes the enterprise as a whole (see wholeExitReason). */
export function closesEnterprise(c: ExitCase): boolean {
  return wholeExitReason(c) !== null;
}

export type HandoffCase = ExitCase & {
  enterprise: {
    productionLicence: string | null;
    licenceCancellations: readonly { licenceNumber: string }[];
    /** The measures recorded on any of the enterprise's cases (注销生产许可证 on one completes them all). */
    measures: readonly { kind: MeasureKind }[];
  };
};

/** The item is complete: a 注销生产许可证 measure is recorded for the enterprise, or its licence is recorded as cancelled. */
export function licenceCancelled(e: HandoffCase["enterprise"]): boolean {
  const licence = e.productionLicence?.trim();
  return (
    e.measures.some((m) => m.kind === "CANCEL_PRODUCTION_PERMIT") ||
    (!!licence && e.licenceCancellations.some((x) => x.licenceNumber === licence))
  );
}

/** On 区市场监管局's list: the enterprise exits as a whole, holds a licence, and it is not yet cancelled. */
export function awaitsLicenceCancellation(c: HandoffCase): boolean {
  if (!c.enterprise.productionLicence?.trim() || !closesEnterprise(c)) return false;
  return !licenceCancelled(c.enterprise);
}

/** The work list: one item per enterprise (its first case due, in the given order). */
export function licenceWorklist<T extends HandoffCase & { enterpriseId: string }>(cases: readonly T[]): T[] {
  const seen = new Set<string>();
  return cases.filter((c) => {
    if (!awaitsLicenceCancellation(c) || seen.has(c.enterpriseId)) return false;
    seen.add(c.enterpriseId);
    return true;
  });
}

/** A licence number as typed: trimmed, full-width letters and digits made half-width, upper case. */
export function normaliseLicence(raw: string): string {
  return raw
    .trim()
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

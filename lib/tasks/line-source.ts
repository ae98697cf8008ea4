// Which record computes which task line's figure (docs/domain.md §任务线): where a record type describes the
// work, the line counts those records and nobody types the figure; only the lines no record describes are
// filled in by their departments (部门填报). Pure: the pages, the overview, the export and the data checks ask here.
import { MEASURE_KINDS } from "@/lib/cases/measures";
import { beijingDay } from "@/lib/dates";
import type { CaseStatus, Category, Dimension, MeasureKind, PolicyIssuer } from "@/lib/generated/prisma/enums";
import { STEEL_LINE_CODE } from "@/lib/steel/rules";

export type LineSource =
  /** Typed by the lead department and confirmed unit contributions (T1–T4, T7, T8, T11, T12). */
  | { kind: "TYPED" }
  /** T10: the steel inspections recorded (lib/steel/rules.ts). */
  | { kind: "STEEL" }
  /** T9: accepted 淘汰 cases whose basis is an 产业政策 item, each on its department's part. */
  | { kind: "POLICY_CASES" }
  /** T6b: the production licences cancelled. */
  | { kind: "LICENCE_CANCELLATIONS" }
  /** T5 T6 T11a T13 T14: cases with a measure of these kinds, ordered by a lead department in the line's dimension. */
  | { kind: "MEASURES"; kinds: readonly MeasureKind[] };

/** Every measure but the licence cancellation (T6b counts that from its own record). */
const ENFORCEMENT: readonly MeasureKind[] = MEASURE_KINDS.filter((k) => k !== "CANCEL_PRODUCTION_PERMIT");

/** T6 in the plan's words: 责令改正、公告、复查、责令停业与限期整顿、吊销营业执照. */
const QUALITY_MEASURES: readonly MeasureKind[] = [
  "ORDER_CORRECTION",
  "PUBLIC_NOTICE",
  "RECHECK",
  "SUSPEND_BUSINESS",
  "REVOKE_LICENSE",
];

const SOURCES: Record<string, LineSource> = {
  T5: { kind: "MEASURES", kinds: ENFORCEMENT },
  T6: { kind: "MEASURES", kinds: QUALITY_MEASURES },
  T6b: { kind: "LICENCE_CANCELLATIONS" },
  T9: { kind: "POLICY_CASES" },
  [STEEL_LINE_CODE]: { kind: "STEEL" },
  T11a: { kind: "MEASURES", kinds: ENFORCEMENT },
  T13: { kind: "MEASURES", kinds: ENFORCEMENT },
  T14: { kind: "MEASURES", kinds: ENFORCEMENT },
};

/** What a line's figure is computed from (by the plan's line code, kept when a year is copied). */
export function lineSource(code: string): LineSource {
  return SOURCES[code] ?? { kind: "TYPED" };
}

/** A line whose figure comes from records: typed entries are refused there, and earlier ones are history only. */
export const isComputedLine = (code: string) => lineSource(code).kind !== "TYPED";

/** Typed progress counts on a line: on a typed line, and on T10 (as before its inspections were recorded). */
export const countsTypedEntries = (code: string) => ["TYPED", "STEEL"].includes(lineSource(code).kind);

/** 系统统计 (computed from records) or 部门填报 (typed), as every line shows it. */
export type FigureOrigin = "SYSTEM" | "TYPED";
export const figureOrigin = (code: string): FigureOrigin => (isComputedLine(code) ? "SYSTEM" : "TYPED");

/** Why a typed entry is refused on a computed line, in the user's words. */
export function typedEntryRefusal(code: string): string | null {
  const s = lineSource(code);
  switch (s.kind) {
    case "TYPED":
      return null;
    case "STEEL":
      return "该重点工作任务的进展按“钢铁行业监管巡查”中登记的巡查记录自动统计，请在该页登记巡查";
    case "POLICY_CASES":
      return "该重点工作任务的进展按验收通过、政策依据为产业政策条目的淘汰落后产能企业自动统计，无需填报";
    case "LICENCE_CANCELLATIONS":
      return "该重点工作任务的进展按登记的注销生产许可证记录自动统计，请在“注销生产许可证”清单中登记";
    case "MEASURES":
      return "该重点工作任务的进展按各整治对象登记的执法措施自动统计，请在整治对象页面记录执法措施";
  }
}

// ——— the records ———

export type LineRef = { code: string; dimension: Dimension; leadDepartmentIds: readonly number[] };

export type MeasureRecord = {
  id: string;
  caseId: string;
  unitId: number;
  kind: MeasureKind;
  dimension: Dimension;
  departmentId: number;
  date: Date;
  createdAt: Date;
};
export type PolicyCaseRecord = {
  id: string;
  unitId: number;
  category: Category;
  status: CaseStatus;
  acceptedAt: Date | null;
  issuer: PolicyIssuer | null;
  policyDepartmentId: number | null;
};
export type CancellationRecord = { id: string; unitId: number; cancelledOn: Date; createdAt: Date };

/** What a campaign's computed lines count, loaded once (server/tasks/line-records.ts). */
export type LineRecords = {
  measures: MeasureRecord[];
  policyCases: PolicyCaseRecord[];
  cancellations: CancellationRecord[];
};

/** Whether a measure counts on a line: its kind, the line's dimension, ordered by one of the line's lead departments. */
export function measureCountsOnLine(m: Pick<MeasureRecord, "kind" | "dimension" | "departmentId">, line: LineRef) {
  const s = lineSource(line.code);
  return (
    s.kind === "MEASURES" &&
    s.kinds.includes(m.kind) &&
    m.dimension === line.dimension &&
    line.leadDepartmentIds.includes(m.departmentId)
  );
}

/** Whether a case counts on T9: an accepted 淘汰 case whose basis is an 产业政策 item (one with an issuer). */
export function policyCaseCounts(c: Pick<PolicyCaseRecord, "category" | "status" | "issuer">): boolean {
  return c.category === "ELIMINATION" && c.status === "ACCEPTED" && c.issuer !== null;
}

/** One counted record of a computed line, as a confirmed entry of its unit (1 件), dated when it was done. */
export type RecordEntry = {
  /** The record (a case, or a licence cancellation). */
  recordId: string;
  value: number;
  date: Date;
  createdAt: Date;
  itemId: null;
  unitId: number;
  status: "CONFIRMED";
  /** T9: the department on whose part the case counts (null: none assigned). */
  departmentId: number | null;
};

const entry = (recordId: string, unitId: number, date: Date, createdAt: Date, departmentId: number | null = null) =>
  ({
    recordId,
    value: 1,
    date: beijingDay(date),
    createdAt,
    itemId: null,
    unitId,
    status: "CONFIRMED",
    departmentId,
  }) satisfies RecordEntry;

/**
 * The records a computed line counts, one entry per case (MEASURES: dated on its first counting measure;
 * T9: on its acceptance) or per cancellation; [] for typed lines and T10 (lib/tasks/progress.ts counts those).
 */
export function recordEntries(line: LineRef, records: LineRecords): RecordEntry[] {
  const s = lineSource(line.code);
  switch (s.kind) {
    case "TYPED":
    case "STEEL":
      return [];
    case "POLICY_CASES":
      return records.policyCases
        .filter(policyCaseCounts)
        .map((c) => entry(c.id, c.unitId, c.acceptedAt!, c.acceptedAt!, c.policyDepartmentId));
    case "LICENCE_CANCELLATIONS":
      return records.cancellations.map((c) => entry(c.id, c.unitId, c.cancelledOn, c.createdAt));
    case "MEASURES": {
      const first = new Map<string, MeasureRecord>();
      for (const m of records.measures) {
        if (!measureCountsOnLine(m, line)) continue;
        const prev = first.get(m.caseId);
        if (!prev || m.date < prev.date || (+m.date === +prev.date && m.createdAt < prev.createdAt))
          first.set(m.caseId, m);
      }
      return [...first.values()].map((m) => entry(m.caseId, m.unitId, m.date, m.createdAt));
    }
  }
}

/**
 * The entries a figure counts up to a day — a line's records, or its typed entries (the department's own and
 * confirmed unit contributions, lib/tasks/progress.ts countsTowardsLine) — optionally of one unit (its
 * confirmed part) or one T9 department: the drill-down lists exactly these, so its total is the figure.
 */
export function countedEntries<
  E extends { date: Date; unitId?: number | null; status?: string | null; departmentId?: number | null },
>(entries: E[], asOf: Date, filter: { unitId?: number; departmentId?: number } = {}): E[] {
  const day = beijingDay(asOf).getTime();
  return entries.filter(
    (e) =>
      (e.unitId == null || e.status === "CONFIRMED") &&
      e.date.getTime() <= day &&
      (filter.unitId === undefined || e.unitId === filter.unitId) &&
      (filter.departmentId === undefined || e.departmentId === filter.departmentId),
  );
}

/** T9 by lead department: how many counted cases stand on each one's part (in the leads' order). */
export function countsByDepartment(
  entries: RecordEntry[],
  leadDepartmentIds: readonly number[],
  asOf: Date,
): { departmentId: number; count: number }[] {
  const counted = countedEntries(entries, asOf);
  return leadDepartmentIds.map((departmentId) => ({
    departmentId,
    count: counted.filter((e) => e.departmentId === departmentId).length,
  }));
}

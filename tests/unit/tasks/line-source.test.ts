import { describe, expect, it } from "vitest";

import type { MeasureKind } from "@/lib/generated/prisma/enums";
import {
  countedEntries,
  countsByDepartment,
  figureOrigin,
  isComputedLine,
  type LineRecords,
  lineSource,
  measureCountsOnLine,
  type MeasureRecord,
  policyCaseCounts,
  recordEntries,
  typedEntryRefusal,
} from "@/lib/tasks/line-source";
import { lineEntries, progressOfLine } from "@/lib/tasks/progress";
import { TASK_LINES } from "@/prisma/seed-data";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const FGJ = 2;
const JXJ = 3;
const STHJ = 4;
const SCJG = 5;
const ZRZY = 7;
const ZJJ = 8;
const ZHZF = 9;
const none: LineRecords = { measures: [], policyCases: [], cancellations: [] };

let n = 0;
const measure = (over: Partial<MeasureRecord>): MeasureRecord => ({
  id: `m${++n}`,
  caseId: "c1",
  unitId: 1,
  kind: "ORDER_CORRECTION",
  dimension: "ENVIRONMENT",
  departmentId: STHJ,
  date: day("2020-05-01"),
  createdAt: new Date("2020-05-01T03:00:00Z"),
  ...over,
});

describe("which source computes which line's figure", () => {
  // The table, line by line: every line of the plan is named here.
  const expected: Record<string, string> = {
    T1: "TYPED",
    T2: "TYPED",
    T3: "TYPED",
    T4: "TYPED",
    T5: "MEASURES",
    T6: "MEASURES",
    T6b: "LICENCE_CANCELLATIONS",
    T7: "TYPED",
    T8: "TYPED",
    T9: "POLICY_CASES",
    T10: "STEEL",
    T11a: "MEASURES",
    T11: "TYPED",
    T12: "TYPED",
    T13: "MEASURES",
    T14: "MEASURES",
  };

  it("names every line of the plan", () => {
    expect(TASK_LINES.map((l) => l.code).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))("%s is %s", (code, kind) => {
    expect(lineSource(code).kind).toBe(kind);
    expect(isComputedLine(code)).toBe(kind !== "TYPED");
    expect(figureOrigin(code)).toBe(kind === "TYPED" ? "TYPED" : "SYSTEM");
    expect(typedEntryRefusal(code) === null).toBe(kind === "TYPED");
  });

  it("an unknown code (a line added later) is typed", () => {
    expect(lineSource("TX").kind).toBe("TYPED");
  });

  it("T6 counts the plan's quality measures only; T5 every enforcement measure but the licence cancellation", () => {
    const t6 = lineSource("T6");
    const t5 = lineSource("T5");
    expect(t6.kind === "MEASURES" && [...t6.kinds].sort()).toEqual(
      ["ORDER_CORRECTION", "PUBLIC_NOTICE", "RECHECK", "REVOKE_LICENSE", "SUSPEND_BUSINESS"].sort(),
    );
    expect(t5.kind === "MEASURES" && t5.kinds.includes("CANCEL_PRODUCTION_PERMIT")).toBe(false);
    expect(t5.kind === "MEASURES" && t5.kinds.includes("CLOSURE")).toBe(true);
  });

  it("tells where to record instead of typing", () => {
    expect(typedEntryRefusal("T10")).toMatch(/钢铁行业监管巡查/);
    expect(typedEntryRefusal("T6b")).toMatch(/注销生产许可证/);
    expect(typedEntryRefusal("T13")).toMatch(/执法措施/);
    expect(typedEntryRefusal("T9")).toMatch(/产业政策条目/);
  });
});

describe("which measure counts on which line", () => {
  const line = (code: string, dimension: MeasureRecord["dimension"], leads: number[]) => ({
    code,
    dimension,
    leadDepartmentIds: leads,
  });
  const t11a = line("T11a", "PREMISES", [ZRZY]);
  const t13 = line("T13", "PREMISES", [ZJJ]);
  const t14 = line("T14", "PREMISES", [ZHZF]);

  it("T11a, T13 and T14 share 经营场所 and are told apart by the ordering department", () => {
    const m = { kind: "ORDER_CORRECTION" as MeasureKind, dimension: "PREMISES" as const };
    expect([t11a, t13, t14].map((l) => measureCountsOnLine({ ...m, departmentId: ZJJ }, l))).toEqual([
      false,
      true,
      false,
    ]);
    expect(measureCountsOnLine({ ...m, departmentId: ZHZF }, t14)).toBe(true);
  });

  it("a measure in another dimension, by another department, or of another kind does not count", () => {
    const t6 = line("T6", "QUALITY", [SCJG]);
    expect(measureCountsOnLine({ kind: "PUBLIC_NOTICE", dimension: "QUALITY", departmentId: SCJG }, t6)).toBe(true);
    expect(measureCountsOnLine({ kind: "PUBLIC_NOTICE", dimension: "SAFETY", departmentId: SCJG }, t6)).toBe(false);
    expect(measureCountsOnLine({ kind: "PUBLIC_NOTICE", dimension: "QUALITY", departmentId: STHJ }, t6)).toBe(false);
    expect(measureCountsOnLine({ kind: "SUSPEND_PRODUCTION", dimension: "QUALITY", departmentId: SCJG }, t6)).toBe(
      false,
    );
    // A typed line never counts measures, even of its own department.
    expect(
      measureCountsOnLine(
        { kind: "ORDER_CORRECTION", dimension: "PREMISES", departmentId: ZRZY },
        line("T11", "PREMISES", [ZRZY]),
      ),
    ).toBe(false);
  });

  it("counts each case once, on its first counting measure, for the case's unit", () => {
    const records: LineRecords = {
      ...none,
      measures: [
        measure({ caseId: "a", unitId: 1, date: day("2020-06-01") }),
        measure({ caseId: "a", unitId: 1, date: day("2020-04-02"), kind: "RECHECK" }),
        measure({ caseId: "b", unitId: 2, date: day("2020-05-05") }),
        measure({ caseId: "c", unitId: 2, date: day("2020-05-05"), departmentId: SCJG }),
      ],
    };
    const entries = recordEntries(line("T5", "ENVIRONMENT", [STHJ]), records);
    expect(entries.map((e) => [e.recordId, e.unitId, e.date.toISOString().slice(0, 10), e.status, e.value])).toEqual([
      ["a", 1, "2020-04-02", "CONFIRMED", 1],
      ["b", 2, "2020-05-05", "CONFIRMED", 1],
    ]);
  });
});

describe("T9: accepted 淘汰 cases on an 产业政策 basis, each on its department's part", () => {
  const base = {
    unitId: 1,
    category: "ELIMINATION" as const,
    status: "ACCEPTED" as const,
    acceptedAt: new Date("2020-05-10T18:00:00Z"), // 11 May in Beijing
    issuer: "NDRC_CATALOGUE" as const,
    policyDepartmentId: FGJ,
  };
  it("counts only accepted eliminations whose basis has an issuer", () => {
    expect(policyCaseCounts(base)).toBe(true);
    expect(policyCaseCounts({ ...base, status: "SUBMITTED" })).toBe(false);
    expect(policyCaseCounts({ ...base, category: "RECTIFICATION" })).toBe(false);
    expect(policyCaseCounts({ ...base, issuer: null })).toBe(false);
  });
  it("dates each case on its acceptance (Beijing day) and splits by department", () => {
    const records: LineRecords = {
      ...none,
      policyCases: [
        { ...base, id: "a" },
        { ...base, id: "b", issuer: "MIIT", policyDepartmentId: JXJ },
        { ...base, id: "c", policyDepartmentId: JXJ }, // corrected by the office
        { ...base, id: "d", issuer: null, policyDepartmentId: null },
      ],
    };
    const entries = recordEntries(
      { code: "T9", dimension: "INDUSTRIAL_POLICY", leadDepartmentIds: [FGJ, JXJ] },
      records,
    );
    expect(entries.map((e) => [e.recordId, e.departmentId])).toEqual([
      ["a", FGJ],
      ["b", JXJ],
      ["c", JXJ],
    ]);
    expect(entries[0].date).toEqual(day("2020-05-11"));
    expect(countsByDepartment(entries, [FGJ, JXJ], day("2020-06-01"))).toEqual([
      { departmentId: FGJ, count: 1 },
      { departmentId: JXJ, count: 2 },
    ]);
    expect(countsByDepartment(entries, [FGJ, JXJ], day("2020-05-10"))).toEqual([
      { departmentId: FGJ, count: 0 },
      { departmentId: JXJ, count: 0 },
    ]);
  });
});

describe("T6b: one per licence cancellation", () => {
  it("counts each cancellation for its case's unit on the day it was cancelled", () => {
    const records: LineRecords = {
      ...none,
      cancellations: [{ id: "x", unitId: 3, cancelledOn: day("2020-07-01"), createdAt: new Date("2020-07-02") }],
    };
    const entries = recordEntries({ code: "T6b", dimension: "QUALITY", leadDepartmentIds: [SCJG] }, records);
    expect(entries.map((e) => [e.recordId, e.unitId, e.date])).toEqual([["x", 3, day("2020-07-01")]]);
    expect(recordEntries({ code: "T1", dimension: "ENERGY", leadDepartmentIds: [FGJ] }, records)).toEqual([]);
  });
});

describe("what the figure counts, and its drill-down", () => {
  const campaign = { startDate: day("2020-01-01"), deadline: day("2020-12-31"), lagThresholdPoints: 20 };
  const typed = {
    value: 5,
    date: day("2020-05-01"),
    createdAt: day("2020-05-01"),
    itemId: null,
    unitId: null,
    status: null,
  };

  it("a computed line counts its records and never the typed entries kept from before", () => {
    const records = recordEntries(
      { code: "T5", dimension: "ENVIRONMENT", leadDepartmentIds: [STHJ] },
      { ...none, measures: [measure({ caseId: "a" }), measure({ caseId: "b" })] },
    );
    const line = { code: "T5", target: null, deadline: null, items: [], progress: [typed], records };
    expect(lineEntries(line)).toEqual(records);
    expect(progressOfLine(line, campaign, day("2020-06-01")).achieved).toBe(2);
    expect(progressOfLine({ ...line, records: undefined }, campaign, day("2020-06-01")).achieved).toBe(0);
  });

  it("a typed line counts its typed entries", () => {
    const line = { code: "T1", target: "13", deadline: null, items: [], progress: [typed], records: [] };
    expect(progressOfLine(line, campaign, day("2020-06-01")).achieved).toBe(5);
  });

  it("the drill-down takes the entries that count up to the day, of a unit's confirmed part or a department", () => {
    const rows = [
      { date: day("2020-05-01"), unitId: null, status: null },
      { date: day("2020-05-01"), unitId: 1, status: "CONFIRMED" },
      { date: day("2020-05-01"), unitId: 1, status: "PENDING" },
      { date: day("2020-05-01"), unitId: 2, status: "RETURNED" },
      { date: day("2020-08-01"), unitId: 1, status: "CONFIRMED" },
      { date: day("2020-05-01"), unitId: 2, status: "CONFIRMED", departmentId: JXJ },
    ];
    expect(countedEntries(rows, day("2020-06-01"))).toEqual([rows[0], rows[1], rows[5]]);
    expect(countedEntries(rows, day("2020-06-01"), { unitId: 1 })).toEqual([rows[1]]);
    expect(countedEntries(rows, day("2020-09-01"), { unitId: 1 })).toEqual([rows[1], rows[4]]);
    expect(countedEntries(rows, day("2020-06-01"), { departmentId: JXJ })).toEqual([rows[5]]);
  });
});

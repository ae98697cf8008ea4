import { describe, expect, it } from "vitest";

import { cancellationsWithoutClosure, type CheckLine, countedUnseen, typedBelowRecords } from "@/lib/tasks/data-checks";

const FGJ = 2;
const STHJ = 4;
const YJGL = 6;
const line = (over: Partial<CheckLine> & Pick<CheckLine, "code">): CheckLine => ({
  id: 1,
  dimension: "ENVIRONMENT",
  measure: "CASE",
  leadDepartmentIds: [STHJ],
  typedTotal: 0,
  recordCount: 0,
  ...over,
});

describe("typed figures below their records", () => {
  it("flags a computed line whose typed history differs from its records, either way", () => {
    const findings = typedBelowRecords(
      [
        line({ code: "T5", typedTotal: 2, recordCount: 5 }),
        line({ code: "T13", dimension: "PREMISES", typedTotal: 4, recordCount: 1 }),
        line({ code: "T14", dimension: "PREMISES", typedTotal: 3, recordCount: 3 }),
        line({ code: "T6", dimension: "QUALITY", typedTotal: 0, recordCount: 3 }),
      ],
      [],
    );
    expect(findings.map((f) => [f.lineCode, f.kind])).toEqual([
      ["T5", "TYPED_BELOW_RECORDS"],
      ["T13", "TYPED_BELOW_RECORDS"],
    ]);
    expect(findings[0].message).toMatch(/填报合计 2，系统按记录统计 5，填报数少于记录数/);
    expect(findings[1].message).toMatch(/填报数多于记录数/);
  });

  it("flags typed 家 lines of a dimension counting fewer enterprises than their departments' measures reached", () => {
    const lines = [
      line({ code: "T1", id: 11, dimension: "ENERGY", measure: "ENTERPRISE", leadDepartmentIds: [FGJ], typedTotal: 1 }),
      line({ code: "T2", id: 12, dimension: "ENERGY", measure: "ENTERPRISE", leadDepartmentIds: [FGJ], typedTotal: 1 }),
      line({
        code: "T7",
        id: 17,
        dimension: "SAFETY",
        measure: "ENTERPRISE",
        leadDepartmentIds: [YJGL],
        typedTotal: 5,
      }),
    ];
    const measured = [
      { dimension: "ENERGY" as const, departmentId: FGJ, enterpriseIds: ["a", "b", "c"] },
      { dimension: "SAFETY" as const, departmentId: YJGL, enterpriseIds: ["a", "b"] },
      // Another department's measures in 能耗 are not FGJ's lines' to include.
      { dimension: "ENERGY" as const, departmentId: STHJ, enterpriseIds: ["d", "e", "f", "g"] },
    ];
    const findings = typedBelowRecords(lines, measured);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ lineCode: "T1", href: "/tasks/11" });
    expect(findings[0].message).toBe("T1、T2 填报合计 2 家，少于牵头部门在本方面已作出执法措施的 3 家企业");
  });

  it("leaves a dimension whose measures a computed line counts (环保: T5) to that line", () => {
    const lines = [
      line({ code: "T3", measure: "ENTERPRISE", typedTotal: 0 }),
      line({ code: "T5", typedTotal: 0, recordCount: 4 }),
    ];
    expect(
      typedBelowRecords(lines, [{ dimension: "ENVIRONMENT", departmentId: STHJ, enterpriseIds: ["a", "b"] }]),
    ).toEqual([]);
  });
});

describe("licence cancellations without a closed enterprise", () => {
  it("flags only those whose enterprise no accepted case closes", () => {
    const findings = cancellationsWithoutClosure([
      { id: "1", enterpriseName: "甲厂", licenceNumber: "XK-1", caseId: "c1", closed: true },
      { id: "2", enterpriseName: "乙厂", licenceNumber: "XK-2", caseId: "c2", closed: false },
    ]);
    expect(findings).toEqual([
      {
        kind: "CANCELLATION_WITHOUT_CLOSURE",
        lineCode: "T6b",
        subject: "乙厂（许可证 XK-2）",
        message: "已登记注销生产许可证，但该企业没有已验收的关停类整治对象（可能已撤销验收）",
        href: "/cases/c2",
      },
    ]);
  });
});

describe("cases counted on a line whose department never saw them", () => {
  it("flags a case no user of the counting department reviewed or recorded a measure on", () => {
    const base = { enterpriseName: "丙厂", lineCode: "T9", departmentName: "区经信局" };
    const findings = countedUnseen([
      { ...base, caseId: "a", departmentIds: [3], seenByDepartmentIds: [3] },
      { ...base, caseId: "b", departmentIds: [3], seenByDepartmentIds: [2] },
      { ...base, caseId: "c", departmentIds: [3], seenByDepartmentIds: [] },
    ]);
    expect(findings.map((f) => f.href)).toEqual(["/cases/b", "/cases/c"]);
    expect(findings[0].message).toBe(
      "计入区经信局的重点工作任务，但区经信局没有验收该整治对象，也没有为该整治对象记录过执法措施",
    );
  });
});

// 数据核对 (docs/domain.md §任务线): every disagreement the portal can detect between figures that should agree —
// pure, so the office's page and its tests read the same rules. Each finding names the record and where to fix it.
import type { Dimension, MeasureUnit } from "@/lib/generated/prisma/enums";
import { lineSource } from "@/lib/tasks/line-source";

export type CheckKind =
  /** A typed figure falls short of the records it should include, or a computed line's typed history differs from its records. */
  | "TYPED_BELOW_RECORDS"
  /** A licence cancellation whose enterprise is not closed by an accepted case. */
  | "CANCELLATION_WITHOUT_CLOSURE"
  /** A case counted on a department's line that the department never reviewed nor recorded a measure on. */
  | "COUNTED_UNSEEN";

export type Finding = { kind: CheckKind; lineCode: string | null; subject: string; message: string; href: string };

export type CheckLine = {
  id: number;
  code: string;
  dimension: Dimension;
  measure: MeasureUnit;
  leadDepartmentIds: number[];
  /** Typed entries that count (or, on a computed line, would have counted): their sum. */
  typedTotal: number;
  /** Records the line counts (computed lines). */
  recordCount: number;
};

/** Distinct enterprises on which a department ordered a measure in a dimension (typed lines should include them). */
export type MeasuredEnterprises = { dimension: Dimension; departmentId: number; enterpriseIds: string[] };

/**
 * Typed figures below their records: (1) a computed line whose earlier typed figure differs from what its
 * records count now; (2) the typed 家 lines of a dimension (T1+T2 节能监察, T7+T8 安全整治) counting fewer
 * enterprises than those their lead departments ordered measures on in that dimension, where no computed
 * line counts those measures.
 */
export function typedBelowRecords(lines: CheckLine[], measured: MeasuredEnterprises[]): Finding[] {
  const out: Finding[] = [];
  for (const l of lines) {
    if (lineSource(l.code).kind === "TYPED" || lineSource(l.code).kind === "STEEL") continue;
    if (l.typedTotal > 0 && l.typedTotal !== l.recordCount)
      out.push({
        kind: "TYPED_BELOW_RECORDS",
        lineCode: l.code,
        subject: `${l.code} 填报的历史进展`,
        message: `改为系统统计前填报合计 ${l.typedTotal}，系统按记录统计 ${l.recordCount}，${l.typedTotal < l.recordCount ? "填报数少于记录数" : "填报数多于记录数，请核实填报依据"}`,
        href: `/tasks/${l.id}`,
      });
  }
  const dimensions = [...new Set(lines.map((l) => l.dimension))];
  for (const d of dimensions) {
    const typed = lines.filter(
      (l) => l.dimension === d && l.measure === "ENTERPRISE" && lineSource(l.code).kind === "TYPED",
    );
    if (typed.length === 0) continue;
    const departments = new Set(typed.flatMap((l) => l.leadDepartmentIds));
    // Measures a computed line of the same departments counts are that line's, not the typed lines'.
    const counted = lines.some(
      (l) =>
        l.dimension === d &&
        lineSource(l.code).kind === "MEASURES" &&
        l.leadDepartmentIds.some((id) => departments.has(id)),
    );
    if (counted) continue;
    const enterprises = new Set(
      measured.filter((m) => m.dimension === d && departments.has(m.departmentId)).flatMap((m) => m.enterpriseIds),
    );
    const sum = typed.reduce((s, l) => s + l.typedTotal, 0);
    if (sum < enterprises.size) {
      const codes = typed.map((l) => l.code).join("、");
      out.push({
        kind: "TYPED_BELOW_RECORDS",
        lineCode: typed[0].code,
        subject: `${codes} 填报的企业数`,
        message: `${codes} 填报合计 ${sum} 家，少于牵头部门在本方面已作出执法措施的 ${enterprises.size} 家企业`,
        href: `/tasks/${typed[0].id}`,
      });
    }
  }
  return out;
}

export type CancellationFact = {
  id: string;
  enterpriseName: string;
  licenceNumber: string;
  caseId: string;
  /** Whether the enterprise is closed by an accepted case (lib/licences/handoff.ts closesEnterprise) of any campaign. */
  closed: boolean;
};

/** Licence cancellations (T6b) whose enterprise is not (or no longer) closed by an accepted case. */
export function cancellationsWithoutClosure(rows: CancellationFact[]): Finding[] {
  return rows
    .filter((r) => !r.closed)
    .map((r) => ({
      kind: "CANCELLATION_WITHOUT_CLOSURE" as const,
      lineCode: "T6b",
      subject: `${r.enterpriseName}（许可证 ${r.licenceNumber}）`,
      message: "已登记注销生产许可证，但该企业没有已验收的关停类整治对象（可能已撤销验收）",
      href: `/cases/${r.caseId}`,
    }));
}

export type CountedCaseFact = {
  caseId: string;
  enterpriseName: string;
  lineCode: string;
  /** The department on whose line (or T9 part) the case counts. */
  departmentIds: number[];
  departmentName: string;
  /** Departments whose users reviewed the case or recorded a measure on it. */
  seenByDepartmentIds: number[];
};

/** Cases counted on a department's line that no user of that department ever reviewed or recorded a measure on. */
export function countedUnseen(rows: CountedCaseFact[]): Finding[] {
  return rows
    .filter((r) => !r.departmentIds.some((d) => r.seenByDepartmentIds.includes(d)))
    .map((r) => ({
      kind: "COUNTED_UNSEEN" as const,
      lineCode: r.lineCode,
      subject: `${r.enterpriseName}（${r.lineCode}）`,
      message: `计入${r.departmentName}的重点工作任务，但${r.departmentName}没有验收该整治对象，也没有为该整治对象记录过执法措施`,
      href: `/cases/${r.caseId}`,
    }));
}

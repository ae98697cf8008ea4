import { describe, expect, it } from "vitest";

import {
  decideIssuerChange,
  decidePolicyDepartmentCorrection,
  ISSUER_DEPARTMENT_CODE,
  issuerChangeNotice,
  nextPolicyDepartment,
  policyDepartmentCode,
  reviewsPolicySide,
} from "@/lib/cases/policy-department";
import { type Actor, availableActions, type CaseState, isReviewer } from "@/lib/cases/workflow";
import { DEPARTMENTS } from "@/prisma/seed-data";

const FGJ = 2;
const JXJ = 3;
const STHJ = 4;
const fgj: Actor = {
  role: "DEPARTMENT",
  unitId: null,
  departmentId: FGJ,
  leadDimensions: ["ENERGY", "INDUSTRIAL_POLICY"],
};
const jxj: Actor = { role: "DEPARTMENT", unitId: null, departmentId: JXJ, leadDimensions: ["INDUSTRIAL_POLICY"] };
const sthj: Actor = { role: "DEPARTMENT", unitId: null, departmentId: STHJ, leadDimensions: ["ENVIRONMENT"] };
const office: Actor = { role: "OFFICE", unitId: null, leadDimensions: [] };
const policyCase = (policyDepartmentId: number | null, dimensions: CaseState["dimensions"] = ["INDUSTRIAL_POLICY"]) =>
  ({ status: "SUBMITTED", unitId: 1, dimensions, policyDepartmentId }) satisfies CaseState;

describe("the policy basis's issuer decides the department", () => {
  it("发改委目录 → 区发改局, 工信部 → 区经信局, no issuer → none", () => {
    expect(policyDepartmentCode("NDRC_CATALOGUE")).toBe("FGJ");
    expect(policyDepartmentCode("MIIT")).toBe("JXJ");
    expect(policyDepartmentCode(null)).toBeNull();
    expect(policyDepartmentCode(undefined)).toBeNull();
  });
  it("names departments that exist in the seed", () => {
    const codes = DEPARTMENTS.map(([code, name]) => [code, name]);
    expect(codes).toContainEqual([ISSUER_DEPARTMENT_CODE.NDRC_CATALOGUE, "区发改局"]);
    expect(codes).toContainEqual([ISSUER_DEPARTMENT_CODE.MIIT, "区经信局"]);
  });
  it("a new basis moves the case, unless the office corrected it", () => {
    expect(nextPolicyDepartment({ policyDepartmentId: FGJ, policyDepartmentCorrectedAt: null }, JXJ)).toBe(JXJ);
    expect(nextPolicyDepartment({ policyDepartmentId: FGJ, policyDepartmentCorrectedAt: null }, null)).toBeNull();
    expect(nextPolicyDepartment({ policyDepartmentId: JXJ, policyDepartmentCorrectedAt: new Date() }, FGJ)).toBe(JXJ);
  });
  it("an edit keeping the basis keeps the recorded department, even after the basis's issuer changed", () => {
    expect(nextPolicyDepartment({ policyDepartmentId: FGJ, policyDepartmentCorrectedAt: null }, JXJ, false)).toBe(FGJ);
    expect(
      nextPolicyDepartment({ policyDepartmentId: null, policyDepartmentCorrectedAt: null }, JXJ, false),
    ).toBeNull();
  });
});

describe("the office changes a basis's issuer (工作设置)", () => {
  const departments = { NDRC_CATALOGUE: "区发改局", MIIT: "区经信局" } as const;
  it("only the office, and only a change", () => {
    expect(decideIssuerChange({ role: "OFFICE" }, "NDRC_CATALOGUE", "MIIT")).toEqual({ ok: true });
    expect(decideIssuerChange({ role: "OFFICE" }, null, "MIIT")).toEqual({ ok: true });
    expect(decideIssuerChange({ role: "OFFICE" }, "MIIT", null)).toEqual({ ok: true });
    expect(decideIssuerChange({ role: "OFFICE" }, "MIIT", "MIIT")).toEqual({ ok: false, reason: "发布机关未改变" });
    expect(decideIssuerChange({ role: "DEPARTMENT" }, "MIIT", "NDRC_CATALOGUE").ok).toBe(false);
  });
  it("the confirmation names the department of future cases and says the recorded ones keep theirs", () => {
    const text = issuerChangeNotice("电镀 含氰电镀工艺", "MIIT", departments, 3);
    expect(text).toContain("今后登记或改选“电镀 含氰电镀工艺”的淘汰落后产能企业，其产业政策方面由区经信局审核");
    expect(text).toContain("计入区经信局的T9分项");
    expect(text).toContain("已登记的 3 个整治对象仍由原记录的部门负责");
    expect(issuerChangeNotice("X", null, departments, 0)).toBe(
      "今后登记或改选“X”的淘汰落后产能企业不再作为产业政策条目，不计入T9，产业政策方面不指定审核部门。目前没有使用该依据的整治对象。",
    );
  });
});

describe("who reviews a 产业政策 case", () => {
  it("only the assigned department of the two T9 leads (no longer both)", () => {
    expect([isReviewer(fgj, policyCase(FGJ)), isReviewer(jxj, policyCase(FGJ))]).toEqual([true, false]);
    expect([isReviewer(fgj, policyCase(JXJ)), isReviewer(jxj, policyCase(JXJ))]).toEqual([false, true]);
    expect(availableActions(jxj, policyCase(FGJ))).toEqual([]);
    expect(availableActions(jxj, policyCase(JXJ))).toEqual(["ACCEPT", "RETURN"]);
  });
  it("both, as before, while no department is assigned (a basis without an issuer)", () => {
    expect([isReviewer(fgj, policyCase(null)), isReviewer(jxj, policyCase(null))]).toEqual([true, true]);
    expect(isReviewer(jxj, { status: "SUBMITTED", unitId: 1, dimensions: ["INDUSTRIAL_POLICY"] })).toBe(true);
  });
  it("the assignment concerns the 产业政策 side only: other dimensions keep their leads", () => {
    const both = policyCase(JXJ, ["INDUSTRIAL_POLICY", "ENERGY", "ENVIRONMENT"]);
    expect(isReviewer(fgj, both)).toBe(true); // as the 能耗 lead
    expect(isReviewer(sthj, both)).toBe(true);
    expect(reviewsPolicySide(fgj, both)).toBe(false);
    expect(reviewsPolicySide(jxj, both)).toBe(true);
  });
  it("a case without the 产业政策 dimension is no T9 lead's to review on that ground", () => {
    expect(isReviewer(jxj, policyCase(JXJ, ["ENVIRONMENT"]))).toBe(false);
    expect(reviewsPolicySide(jxj, policyCase(JXJ, ["ENVIRONMENT"]))).toBe(false);
  });
  it("the office reviews any, and never its own unit's", () => {
    expect(isReviewer(office, policyCase(FGJ))).toBe(true);
    expect(isReviewer({ ...fgj, unitId: 1 }, policyCase(FGJ))).toBe(false);
  });
});

describe("the office's correction of the assignment", () => {
  const c = { category: "ELIMINATION", policyDepartmentId: FGJ };
  const leads = [FGJ, JXJ];
  it("moves an elimination to the other T9 lead, with a reason", () => {
    expect(decidePolicyDepartmentCorrection({ role: "OFFICE" }, c, JXJ, leads, "工信部目录条目")).toEqual({ ok: true });
    expect(
      decidePolicyDepartmentCorrection({ role: "OFFICE" }, { ...c, policyDepartmentId: null }, FGJ, leads, "补充"),
    ).toEqual({ ok: true });
  });
  it.each([
    [{ role: "DEPARTMENT" as const }, c, JXJ, "理由", "只有区工强办可以调整产业政策牵头部门"],
    [
      { role: "OFFICE" as const },
      { ...c, category: "RECTIFICATION" },
      JXJ,
      "理由",
      "只有淘汰落后产能企业计入产业政策重点工作任务（T9）",
    ],
    [{ role: "OFFICE" as const }, c, STHJ, "理由", "请选择T9的牵头部门（区发改局或区经信局）"],
    [{ role: "OFFICE" as const }, c, FGJ, "理由", "该整治对象已由所选部门负责，无需调整"],
    [{ role: "OFFICE" as const }, c, JXJ, "  ", "请填写调整理由"],
  ])("refuses %#", (actor, row, to, reason, message) => {
    expect(decidePolicyDepartmentCorrection(actor, row, to, leads, reason)).toEqual({ ok: false, reason: message });
  });
});

// Task-line figures come from the records (docs/domain.md §任务线): T9 from accepted 产业政策 cases on their
// department's part, T5…T14 from enforcement measures, T6b from licence cancellations; typed entries refused
// there; the office corrects a case's T9 department; the 数据核对 finds what disagrees.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

import { countsByDepartment } from "@/lib/tasks/line-source";
import { progressOfLine, unitBreakdown } from "@/lib/tasks/progress";
import { acceptCase } from "@/server/cases/actions/accept-case";
import { assignPolicyDepartment } from "@/server/cases/actions/assign-policy-department";
import { updateCase } from "@/server/cases/actions/update-case";
import { prisma } from "@/server/db";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";
import { runDataChecks } from "@/server/tasks/data-checks";
import { getTaskLine } from "@/server/tasks/get-task-line";
import { listLineRecords } from "@/server/tasks/list-line-records";

import { registerTestCase } from "../helpers/fixtures";
import { actAs } from "../helpers/session";

const NOW = new Date();
const line = (code: string) => prisma.taskLine.findFirstOrThrow({ where: { code, campaign: { isCurrent: true } } });
const department = (code: string) => prisma.department.findFirstOrThrow({ where: { code } });
const basis = (issuer: "NDRC_CATALOGUE" | "MIIT") => prisma.policyBasis.findFirstOrThrow({ where: { issuer } });
const figure = async (who: string, code: string) => {
  const user = (await actAs(who))!;
  const l = (await getTaskLine(user, (await line(code)).id))!;
  return { l, p: progressOfLine(l, l.campaign, NOW), user };
};
const submit = (caseId: string) =>
  prisma.case.update({ where: { id: caseId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
const version = async (caseId: string) => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).version;

let fgj: number, jxj: number, ndrcCase: string, miitCase: string;

beforeAll(async () => {
  fgj = (await department("FGJ")).id;
  jxj = (await department("JXJ")).id;
  // The demo's cases and entries stand beside ours: every figure below is compared with its value before.
  await actAs("gulin");
  ndrcCase = await registerTestCase({
    dimensions: ["INDUSTRIAL_POLICY"],
    policyBasisId: (await basis("NDRC_CATALOGUE")).id,
    policyBasisOther: null,
  });
  miitCase = await registerTestCase({
    dimensions: ["INDUSTRIAL_POLICY"],
    policyBasisId: (await basis("MIIT")).id,
    policyBasisOther: null,
  });
});

beforeEach(() => actAs(null));

describe("T9: the policy basis decides the department that reviews and counts a 产业政策 case", () => {
  it("a 发改委目录 basis goes to 区发改局, a 工信部 basis to 区经信局", async () => {
    const rows = await prisma.case.findMany({ where: { id: { in: [ndrcCase, miitCase] } } });
    expect(Object.fromEntries(rows.map((c) => [c.id, c.policyDepartmentId]))).toEqual({
      [ndrcCase]: fgj,
      [miitCase]: jxj,
    });
  });

  it("only the assigned department may accept it; the accepted case counts on its part of T9", async () => {
    const before = await figure("office", "T9");
    const beforeParts = countsByDepartment(before.l.records, [fgj, jxj], NOW);
    await submit(ndrcCase);
    await submit(miitCase);

    await actAs("jxj");
    expect(await acceptCase({ caseId: ndrcCase, version: await version(ndrcCase) })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await actAs("fgj");
    expect(await acceptCase({ caseId: miitCase, version: await version(miitCase) })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await acceptCase({ caseId: ndrcCase, version: await version(ndrcCase) })).toMatchObject({ ok: true });
    await actAs("jxj");
    expect(await acceptCase({ caseId: miitCase, version: await version(miitCase) })).toMatchObject({ ok: true });

    const after = await figure("office", "T9");
    expect(after.p.achieved).toBe(before.p.achieved + 2);
    expect(countsByDepartment(after.l.records, [fgj, jxj], NOW)).toEqual([
      { departmentId: fgj, count: beforeParts[0].count + 1 },
      { departmentId: jxj, count: beforeParts[1].count + 1 },
    ]);
    // The drill-down lists exactly what the figure counts, whole and per department.
    const all = await listLineRecords(after.user, after.l, {}, NOW);
    expect(all.total).toBe(after.p.achieved);
    expect(all.kind === "CASES" && all.cases.length).toBe(after.p.achieved);
    const ofJxj = await listLineRecords(after.user, after.l, { departmentId: jxj }, NOW);
    expect(ofJxj.kind === "CASES" && ofJxj.cases.map((c) => c.id)).toContain(miitCase);
    expect(ofJxj.total).toBe(beforeParts[1].count + 1);
  });

  it("the office corrects the department with a reason: versioned, audited, and the case moves on T9", async () => {
    const before = countsByDepartment((await figure("office", "T9")).l.records, [fgj, jxj], NOW);
    await actAs("fgj");
    expect(
      await assignPolicyDepartment({
        caseId: ndrcCase,
        version: await version(ndrcCase),
        departmentId: jxj,
        reason: "x理由",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("office");
    const stale = (await version(ndrcCase)) - 1;
    expect(
      await assignPolicyDepartment({ caseId: ndrcCase, version: stale, departmentId: jxj, reason: "属工信部目录" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await assignPolicyDepartment({
        caseId: ndrcCase,
        version: await version(ndrcCase),
        departmentId: (await department("STHJ")).id,
        reason: "属工信部目录",
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "请选择T9的牵头部门（区发改局或区经信局）" });
    const res = await assignPolicyDepartment({
      caseId: ndrcCase,
      version: await version(ndrcCase),
      departmentId: jxj,
      reason: "该设备属工信部淘汰目录",
    });
    expect(res).toMatchObject({ ok: true });

    const row = await prisma.case.findUniqueOrThrow({ where: { id: ndrcCase } });
    expect([row.policyDepartmentId, row.policyDepartmentNote, row.policyDepartmentCorrectedAt !== null]).toEqual([
      jxj,
      "该设备属工信部淘汰目录",
      true,
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "case.policyDepartment", entityId: ndrcCase },
    });
    expect(audit).toBeTruthy();
    expect(countsByDepartment((await figure("office", "T9")).l.records, [fgj, jxj], NOW)).toEqual([
      { departmentId: fgj, count: before[0].count - 1 },
      { departmentId: jxj, count: before[1].count + 1 },
    ]);
  });

  it("a corrected case keeps its department when the unit changes its basis", async () => {
    await actAs("gulin");
    const id = await registerTestCase({
      dimensions: ["INDUSTRIAL_POLICY"],
      policyBasisId: (await basis("NDRC_CATALOGUE")).id,
      policyBasisOther: null,
    });
    await actAs("office");
    expect(
      await assignPolicyDepartment({ caseId: id, version: await version(id), departmentId: jxj, reason: "更正" }),
    ).toMatchObject({
      ok: true,
    });
    await actAs("gulin");
    const c = await prisma.case.findUniqueOrThrow({ where: { id } });
    const res = await updateCase({
      caseId: id,
      version: c.version,
      disposalPath: "DISMANTLED",
      outcomeId: null,
      dimensions: ["INDUSTRIAL_POLICY", "ENERGY"],
      deadline: null,
      commitmentText: null,
      commitmentPublishedIn: null,
      commitmentDate: null,
      policyBasisId: (
        await prisma.policyBasis.findFirstOrThrow({
          where: { issuer: "NDRC_CATALOGUE", id: { not: c.policyBasisId! } },
        })
      ).id,
      policyBasisOther: null,
    });
    expect(res).toMatchObject({ ok: true });
    expect((await prisma.case.findUniqueOrThrow({ where: { id } })).policyDepartmentId).toBe(jxj);
  });
});

describe("T5, T6b: counted from measures and cancellations; typed figures refused", () => {
  it("sthj cannot type a T5 figure; an earlier typed entry is history and not counted; a measure counts once per case", async () => {
    const t5 = await line("T5");
    const before = await figure("office", "T5");
    await actAs("sthj");
    expect(
      await recordTaskProgress({ taskLineId: t5.id, date: "2020-06-01", caseNotes: ["某厂超标排放立案"] }),
    ).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "该重点工作任务的进展按各整治对象登记的执法措施自动统计，请在整治对象页面记录执法措施",
    });
    const sthj = await prisma.user.findUniqueOrThrow({ where: { username: "sthj" } });
    // A row typed before the line was computed: kept, not counted.
    await prisma.taskProgress.create({
      data: { taskLineId: t5.id, authorId: sthj.id, date: new Date("2020-03-01"), value: 7, caseNotes: ["旧填报"] },
    });
    expect((await figure("office", "T5")).p.achieved).toBe(before.p.achieved);

    await actAs("gulin");
    const caseId = await registerTestCase({
      category: "RECTIFICATION",
      dimensions: ["ENVIRONMENT"],
      policyBasisOther: null,
    });
    const unitId = (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).unitId;
    for (const date of ["2020-04-01", "2020-04-20"])
      await prisma.caseMeasure.create({
        data: {
          caseId,
          kind: "ORDER_CORRECTION",
          dimension: "ENVIRONMENT",
          departmentId: (await department("STHJ")).id,
          date: new Date(date),
          recordedById: sthj.id,
        },
      });
    const after = await figure("office", "T5");
    expect(after.p.achieved).toBe(before.p.achieved + 1);
    // The township's own part counts its case too, and its drill-down shows the same total.
    const gulin = await figure("gulin", "T5");
    const own = unitBreakdown([unitId], [], gulin.l.records, {
      start: gulin.l.campaign.startDate,
      deadline: gulin.l.campaign.deadline,
      asOf: NOW,
      lagPoints: 20,
    })[0];
    const list = await listLineRecords(gulin.user, gulin.l, { unitId }, NOW);
    expect(list.total).toBe(own.confirmed);
    expect(list.kind === "CASES" && list.cases.map((c) => c.id)).toContain(caseId);
  });

  it("T6b counts a cancellation; the 数据核对 flags it while its enterprise is not closed", async () => {
    const before = await figure("office", "T6b");
    await actAs("gulin");
    const caseId = await registerTestCase({
      category: "RECTIFICATION",
      dimensions: ["QUALITY"],
      policyBasisOther: null,
    });
    const c = await prisma.case.update({
      where: { id: caseId },
      data: { status: "ACCEPTED", acceptedAt: new Date() },
      include: { enterprise: true },
    });
    const scjg = await prisma.user.findUniqueOrThrow({ where: { username: "scjg" } });
    await prisma.licenceCancellation.create({
      data: {
        enterpriseId: c.enterpriseId,
        caseId,
        licenceNumber: "XK16-001-00001",
        cancelledOn: new Date("2020-05-01"),
        documentNumber: "甬海市监许注〔2020〕1号",
        recordedById: scjg.id,
      },
    });
    expect((await figure("office", "T6b")).p.achieved).toBe(before.p.achieved + 1);

    // Its case is a rectification kept in business (no closure outcome): nothing closed the enterprise.
    const findings = await runDataChecks((await line("T6b")).campaignId, NOW);
    expect(findings.filter((f) => f.kind === "CANCELLATION_WITHOUT_CLOSURE").map((f) => f.href)).toContain(
      `/cases/${caseId}`,
    );
    // The typed T5 history (7) differs from its records.
    expect(findings.some((f) => f.kind === "TYPED_BELOW_RECORDS" && f.lineCode === "T5")).toBe(true);
  });
});

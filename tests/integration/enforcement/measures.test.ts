// Enforcement measures on cases (scope, deadlines, documents), the overdue flag and its one-time notice,
// and escalation to closure — through the real actions, as each role.
import { beforeAll, describe, expect, it } from "vitest";

import { POST as uploadDocument } from "@/app/api/measures/[id]/documents/route";
import { GET as getDocument } from "@/app/api/measures/documents/[id]/route";
import { CLOSURE_OUTCOME_NAME } from "@/lib/cases/escalation";
import { parseCaseListFilters } from "@/lib/cases/list-filters";
import { escalateCase } from "@/server/cases/actions/escalate-case";
import { recordMeasure } from "@/server/cases/actions/record-measure";
import { countOverdue } from "@/server/cases/count-overdue";
import { listCases } from "@/server/cases/list-cases";
import { notifyOverdueCases } from "@/server/cases/notify-overdue";
import { prisma } from "@/server/db";

import { HAISHU, jpeg, multipartRequest, registerTestCase } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
let campaignId: number;
let fgjId: number;
let sthjId: number;

beforeAll(async () => {
  campaignId = (await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } })).id;
  fgjId = (await prisma.department.findFirstOrThrow({ where: { code: "FGJ" } })).id;
  sthjId = (await prisma.department.findFirstOrThrow({ where: { users: { some: { username: "sthj" } } } })).id;
});

async function gulinCase(overrides: Record<string, unknown> = {}) {
  await actAs("gulin");
  return registerTestCase({ dimensions: ["ENERGY", "ENVIRONMENT"], ...overrides });
}

const measure = (caseId: string, over: Record<string, unknown> = {}) =>
  recordMeasure({
    caseId,
    kind: "ORDER_CORRECTION",
    dimension: "ENERGY",
    departmentId: fgjId,
    date: "2020-05-01",
    ...over,
  } as never);

describe("recording measures", () => {
  it("a township only on its own cases; a department only in the dimensions it leads; refusals change nothing", async () => {
    const caseId = await gulinCase();
    await actAs("jishigang");
    expect(await measure(caseId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs("yjgl"); // 安全 only: reads the case (信息共享) but it is outside its remit
    expect(await measure(caseId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("sthj"); // 环保: sees the case, but cannot record an 能耗 measure
    expect(await measure(caseId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("leader");
    expect(await measure(caseId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.caseMeasure.count({ where: { caseId } })).toBe(0);

    await actAs("sthj");
    const own = await measure(caseId, {
      kind: "SUSPEND_PRODUCTION",
      dimension: "ENVIRONMENT",
      departmentId: fgjId,
      reference: "甬环罚〔2020〕3号",
    });
    expect(own).toMatchObject({ ok: true });
    // A department's measure is always ordered by itself, whatever the form says.
    expect(await prisma.caseMeasure.findFirstOrThrow({ where: { caseId } })).toMatchObject({
      departmentId: sthjId,
      kind: "SUSPEND_PRODUCTION",
      reference: "甬环罚〔2020〕3号",
    });
    await actAs("gulin");
    expect(await measure(caseId, { departmentId: null })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "请选择下达措施的部门",
    });
    expect(await measure(caseId)).toMatchObject({ ok: true });
    expect(
      await prisma.auditLog.count({ where: { action: "case.measure.record", entity: "CaseMeasure" } }),
    ).toBeGreaterThanOrEqual(2);
    // The township is told of the department's measure.
    expect(
      await prisma.notification.count({
        where: { recipient: { username: "gulin" }, href: `/cases/${caseId}`, text: { contains: "停产整治" } },
      }),
    ).toBe(1);
  });

  it("限期整改 needs a deadline not before its date; the latest one becomes the case's deadline", async () => {
    const caseId = await gulinCase();
    expect(await measure(caseId, { kind: "RECTIFY_BY_DEADLINE" })).toMatchObject({
      ok: false,
      message: "限期整改须填写整改期限",
    });
    expect(await measure(caseId, { kind: "RECTIFY_BY_DEADLINE", deadline: "2020-04-01" })).toMatchObject({ ok: false });
    expect(await measure(caseId, { kind: "RECHECK", deadline: "2020-06-01" })).toMatchObject({
      ok: false,
      message: "只有限期整改填写整改期限",
    });
    expect(await measure(caseId, { kind: "RECTIFY_BY_DEADLINE", deadline: "2020-06-30" })).toMatchObject({ ok: true });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).measureDeadline).toEqual(
      new Date("2020-06-30T00:00:00Z"),
    );
    expect(
      await measure(caseId, { kind: "RECTIFY_BY_DEADLINE", date: "2020-07-01", deadline: "2099-08-31" }),
    ).toMatchObject({ ok: true });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).measureDeadline).toEqual(
      new Date("2099-08-31T00:00:00Z"),
    );
  });

  it("the measure's document goes through the upload pipeline and is read in the case's scope", async () => {
    const caseId = await gulinCase();
    const res = await measure(caseId);
    const measureId = res.ok ? res.data.id : "";
    const send = async () =>
      uploadDocument(
        await multipartRequest(`http://localhost/api/measures/${measureId}/documents`, {}, [
          { field: "file", name: "决定书.jpg", bytes: await jpeg() },
        ]),
        params(measureId),
      );
    await actAs("jishigang");
    expect((await send()).status).toBe(404);
    await actAs("gulin");
    const up = await send();
    expect(up.status).toBe(201);
    const { id } = await up.json();
    expect((await getDocument(new Request("http://localhost/x"), params(id))).status).toBe(200);
    await actAs("jishigang");
    expect((await getDocument(new Request("http://localhost/x"), params(id))).status).toBe(404);
    await actAs("fgj");
    expect((await getDocument(new Request("http://localhost/x"), params(id))).status).toBe(200);
  });
});

describe("overdue", () => {
  it("a 限期整改 with a past deadline flags the case in the list filter and the counts; submission would clear it", async () => {
    const caseId = await gulinCase();
    const other = await gulinCase({ deadline: "2099-12-31" });
    const gulin = (await actAs("gulin"))!;
    const before = await countOverdue(gulin, campaignId, new Date());
    expect(await measure(caseId, { kind: "RECTIFY_BY_DEADLINE", deadline: "2020-06-30" })).toMatchObject({ ok: true });
    const { rows } = await listCases(gulin, campaignId, parseCaseListFilters({ overdue: "1" }));
    expect(rows.map((r) => r.id)).toContain(caseId);
    expect(rows.map((r) => r.id)).not.toContain(other);
    expect(rows.every((r) => r.overdue)).toBe(true);
    expect((await countOverdue(gulin, campaignId, new Date())).count).toBe(before.count + 1);
    // Another unit's officer does not count it.
    const jishigang = (await actAs("jishigang"))!;
    expect(
      (await listCases(jishigang, campaignId, parseCaseListFilters({ overdue: "1" }))).rows.map((r) => r.id),
    ).not.toContain(caseId);
    await prisma.case.update({ where: { id: caseId }, data: { status: "SUBMITTED" } });
    expect(
      (await listCases(gulin, campaignId, parseCaseListFilters({ overdue: "1" }))).rows.map((r) => r.id),
    ).not.toContain(caseId);
  });

  it("notifyOverdueCases tells the unit and the office once; a new 限期整改 re-arms it", async () => {
    const caseId = await gulinCase();
    expect(await measure(caseId, { kind: "RECTIFY_BY_DEADLINE", deadline: "2020-06-30" })).toMatchObject({ ok: true });
    const notices = (username: string) =>
      prisma.notification.count({
        where: { recipient: { username }, href: `/cases/${caseId}`, text: { contains: "逾期" } },
      });
    const now = new Date("2020-07-02T02:00:00Z");
    await notifyOverdueCases(now);
    await Promise.all([notifyOverdueCases(now), notifyOverdueCases(new Date("2020-07-03T02:00:00Z"))]);
    expect(await notices("gulin")).toBe(1);
    expect(await notices("office")).toBe(1);
    expect(await notices("jishigang")).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "case.overdue.notify", entityId: caseId } })).toBe(1);

    // A new deadline: not overdue until it passes, then announced once more.
    await actAs("gulin");
    expect(
      await measure(caseId, { kind: "RECTIFY_BY_DEADLINE", date: "2020-07-05", deadline: "2020-07-31" }),
    ).toMatchObject({ ok: true });
    await notifyOverdueCases(new Date("2020-07-20T02:00:00Z"));
    expect(await notices("gulin")).toBe(1);
    await notifyOverdueCases(new Date("2020-08-01T02:00:00Z"));
    await notifyOverdueCases(new Date("2020-08-02T02:00:00Z"));
    expect(await notices("gulin")).toBe(2);
    expect(await notices("office")).toBe(2);
  });
});

describe("escalation", () => {
  it("能耗: refused to the wrong department and before the 限期整改 runs out; the office escalates with a reason", async () => {
    const caseId = await gulinCase({ category: "RECTIFICATION", disposalPath: null, outcomeId: null });
    const version = async () => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).version;
    await actAs("office");
    expect(
      await escalateCase({ caseId, version: await version(), dimension: "ENERGY", reason: "逾期未整改，依法关停退出" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN", message: "能耗方面须先记录限期整改" });
    await actAs("gulin");
    expect(await measure(caseId, { kind: "RECTIFY_BY_DEADLINE", deadline: "2020-06-30" })).toMatchObject({ ok: true });

    await actAs("sthj"); // reads the case (环保) but does not lead 能耗
    expect(
      await escalateCase({ caseId, version: await version(), dimension: "ENERGY", reason: "逾期未整改，依法关停退出" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN", message: "只有区工强办或该方面的牵头部门可以升级处置" });
    await actAs("yjgl");
    expect(
      await escalateCase({ caseId, version: await version(), dimension: "ENERGY", reason: "逾期未整改，依法关停退出" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs("gulin");
    expect(
      await escalateCase({ caseId, version: await version(), dimension: "ENERGY", reason: "逾期未整改，依法关停退出" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("office");
    expect(await escalateCase({ caseId, version: await version(), dimension: "ENERGY", reason: "短" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await prisma.caseMeasure.count({ where: { caseId, escalation: true } })).toBe(0);

    const ok = await escalateCase({
      caseId,
      version: await version(),
      dimension: "ENERGY",
      reason: "限期整改期满复查，能耗仍超限额，依法关停退出",
    });
    expect(ok).toMatchObject({ ok: true });
    const c = await prisma.case.findUniqueOrThrow({
      where: { id: caseId },
      include: { outcome: true, measures: { where: { escalation: true } } },
    });
    expect(c.outcome?.name).toBe(CLOSURE_OUTCOME_NAME);
    expect(c.measures).toHaveLength(1);
    expect(c.measures[0]).toMatchObject({
      kind: "CLOSURE",
      dimension: "ENERGY",
      note: "限期整改期满复查，能耗仍超限额，依法关停退出",
    });
    expect(await prisma.auditLog.count({ where: { action: "case.escalate", entityId: caseId } })).toBe(1);
    expect(
      await prisma.notification.count({
        where: { recipient: { username: "gulin" }, href: `/cases/${caseId}`, text: { contains: "升级处置" } },
      }),
    ).toBe(1);
    // Once only.
    expect(
      await escalateCase({ caseId, version: await version(), dimension: "ENERGY", reason: "再次升级处置的理由" }),
    ).toMatchObject({ ok: false, message: "该整治对象已升级处置" });
  });

  it("环保: the lead department escalates after 停产整治", async () => {
    const caseId = await gulinCase();
    const version = async () => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).version;
    await actAs("sthj");
    expect(
      await escalateCase({
        caseId,
        version: await version(),
        dimension: "ENVIRONMENT",
        reason: "经停产整治仍不具备条件",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await measure(caseId, { kind: "SUSPEND_PRODUCTION", dimension: "ENVIRONMENT" })).toMatchObject({ ok: true });
    expect(
      await escalateCase({
        caseId,
        version: await version(),
        dimension: "ENVIRONMENT",
        reason: "经停产整治仍不具备条件",
      }),
    ).toMatchObject({ ok: true });
    // An ELIMINATION case keeps its disposal path (the equipment still goes).
    expect(await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
      disposalPath: "DISMANTLED",
      outcomeId: null,
    });
  });
});

describe("policy basis of an ELIMINATION case", () => {
  it("is required before submission; an item from the office's list (in use) or other text", async () => {
    const { submitCase } = await import("@/server/cases/actions/submit-case");
    const { updateCase } = await import("@/server/cases/actions/update-case");
    const caseId = await gulinCase({ policyBasisOther: null });
    const version = async () => (await prisma.case.findUniqueOrThrow({ where: { id: caseId } })).version;
    expect(await submitCase({ caseId, version: await version() })).toMatchObject({
      ok: false,
      message: expect.stringContaining("政策依据（淘汰类条目）"),
    });
    const [inUse, retired] = await Promise.all([
      prisma.policyBasis.findFirstOrThrow({ where: { active: true } }),
      prisma.policyBasis.create({ data: { name: "已停用的依据", displayOrder: 99, active: false, ...HAISHU } }),
    ]);
    const details = { dimensions: ["ENERGY" as const], disposalPath: "DISMANTLED" as const };
    expect(await updateCase({ caseId, version: await version(), ...details, policyBasisId: retired.id })).toMatchObject(
      { ok: false, code: "INVALID" },
    );
    expect(await updateCase({ caseId, version: await version(), ...details, policyBasisId: inUse.id })).toMatchObject({
      ok: true,
    });
    expect(await submitCase({ caseId, version: await version() })).toMatchObject({
      ok: false,
      message: expect.not.stringContaining("政策依据"),
    });
  });
});

// 联合惩戒 judged by the deadline snapshot (provisional before it), and the tip kinds and 无法核查.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import PunishmentPage from "@/app/(portal)/punishment/page";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";
import { confirmPunishment } from "@/server/punishment/actions/confirm-punishment";
import { listPunishmentCandidates } from "@/server/punishment/list-punishment-candidates";
import { snapshotCampaignDeadline } from "@/server/punishment/snapshot-campaign-deadline";
import { closeTip } from "@/server/tips/actions/close-tip";
import { closeTipUnverifiable } from "@/server/tips/actions/close-tip-unverifiable";
import { listTips } from "@/server/tips/list-tips";
import { submitPublicTip } from "@/server/tips/submit-public-tip";

import { fixClock } from "../../helpers/clock";
import { actAs } from "../../helpers/session";

// "Before the deadline" is counted from today: a fixed one.
fixClock();

const campaign = () => prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });

async function addCase(name: string, status: CaseStatus) {
  const [c, unit, office] = await Promise.all([
    campaign(),
    prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } }),
    prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
  ]);
  const enterprise = await prisma.enterprise.create({ data: { name, unitId: unit.id, industry: "FOUNDRY" } });
  return prisma.case.create({
    data: {
      campaignId: c.id,
      enterpriseId: enterprise.id,
      unitId: unit.id,
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      status,
      createdById: office.id,
      submittedAt: status === "SUBMITTED" || status === "ACCEPTED" ? new Date("2020-12-20T02:00:00Z") : null,
    },
  });
}

describe("联合惩戒 and the deadline snapshot", () => {
  it("before the deadline: the current state, labelled provisional, nothing confirmable, no snapshot", async () => {
    const c = await campaign();
    const tomorrow = new Date(Date.now() + 86_400_000);
    const deadline = new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate()));
    await prisma.campaign.update({ where: { id: c.id }, data: { deadline } });
    try {
      const open = await addCase("古林未到期铸造厂", "RETURNED");
      const submitted = await addCase("古林已上报铸造厂", "SUBMITTED");
      expect(await snapshotCampaignDeadline(new Date())).toEqual({ campaigns: 0, cases: 0 });
      const office = (await actAs("office"))!;
      const list = await listPunishmentCandidates(office, await campaign(), 1);
      expect(list.provisional).toBe(true);
      // Not accepted yet: returned and submitted alike.
      expect(list.rows.map((r) => r.id)).toEqual(expect.arrayContaining([open.id, submitted.id]));
      expect(await confirmPunishment({ caseId: open.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const html = renderToStaticMarkup(await PunishmentPage({ searchParams: Promise.resolve({}) }));
      expect(html).toContain("临时名单");
      expect(html).toContain("古林未到期铸造厂");
      expect(html).toContain("古林已上报铸造厂");
      expect(html).toContain("待截止日后确认");
      expect(await prisma.jointPunishmentEntry.count()).toBe(0);
    } finally {
      await prisma.campaign.update({ where: { id: c.id }, data: { deadline: c.deadline } });
    }
  });

  it("once past the deadline the snapshot is taken once; candidates and 逾期完成 come from it", async () => {
    const late = await addCase("古林逾期完成铸造厂", "IN_PROGRESS");
    const onTime = await addCase("古林按时上报铸造厂", "SUBMITTED");
    const returned = await addCase("古林退回铸造厂", "RETURNED");
    const accepted = await addCase("古林已验收铸造厂", "ACCEPTED");
    const c = await campaign();

    const first = await snapshotCampaignDeadline(new Date());
    expect(first.campaigns).toBe(1);
    const again = await Promise.all([snapshotCampaignDeadline(new Date()), snapshotCampaignDeadline(new Date())]);
    expect(again).toEqual([
      { campaigns: 0, cases: 0 },
      { campaigns: 0, cases: 0 },
    ]);
    expect(await prisma.deadlineSnapshotRun.count({ where: { campaignId: c.id } })).toBe(1);
    expect(await prisma.deadlineSnapshot.count({ where: { campaignId: c.id } })).toBe(first.cases);
    expect(
      await prisma.deadlineSnapshot.findUniqueOrThrow({
        where: { campaignId_caseId: { campaignId: c.id, caseId: onTime.id } },
      }),
    ).toMatchObject({ status: "SUBMITTED", submittedAt: new Date("2020-12-20T02:00:00Z") });

    // After the deadline: the late case is finished, the reviewer returns the on-time one, a new case is registered.
    await prisma.case.update({ where: { id: late.id }, data: { status: "ACCEPTED", acceptedAt: new Date() } });
    await prisma.case.update({ where: { id: onTime.id }, data: { status: "RETURNED" } });
    const newcomer = await addCase("古林截止后登记作坊", "REGISTERED");

    const office = (await actAs("office"))!;
    const list = await listPunishmentCandidates(office, c, 1);
    expect(list.provisional).toBe(false);
    const ids = list.rows.map((r) => r.id);
    // Not accepted on the deadline day — submitted (awaiting review), returned or open — is listed with that state.
    expect(ids).toEqual(expect.arrayContaining([late.id, returned.id, onTime.id]));
    for (const id of [accepted.id, newcomer.id]) expect(ids).not.toContain(id);
    expect(list.rows.find((r) => r.id === onTime.id)).toMatchObject({
      statusAtDeadline: "SUBMITTED",
      status: "RETURNED",
    });
    const lateRow = list.rows.find((r) => r.id === late.id)!;
    expect(lateRow).toMatchObject({ statusAtDeadline: "IN_PROGRESS", status: "ACCEPTED", standing: "FINISHED_LATE" });
    expect(lateRow.reason).toBe("淘汰落后产能截止日未完成验收（截止时状态：推进中）；已逾期完成");
    expect(list.rows.find((r) => r.id === returned.id)).toMatchObject({ standing: "UNFINISHED" });

    expect(await confirmPunishment({ caseId: late.id })).toMatchObject({ ok: true });
    expect((await prisma.jointPunishmentEntry.findUniqueOrThrow({ where: { caseId: late.id } })).reason).toContain(
      "已逾期完成",
    );
    expect(await confirmPunishment({ caseId: onTime.id })).toMatchObject({ ok: true });
    expect((await prisma.jointPunishmentEntry.findUniqueOrThrow({ where: { caseId: onTime.id } })).reason).toBe(
      "淘汰落后产能截止日未完成验收（截止时状态：已上报）",
    );
    expect(await confirmPunishment({ caseId: accepted.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "该整治对象在截止日前已验收，不列入联合惩戒",
    });
    expect(await confirmPunishment({ caseId: newcomer.id })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("tips: kinds and 无法核查", () => {
  const fields = {
    enterpriseName: "某置换钢厂",
    address: "古林镇某工业区",
    description: "用已淘汰产能指标违规置换新建电炉",
  };

  it("the reporter's kind is stored (低散乱 when none is sent) and the office filters by it", async () => {
    const swap = await submitPublicTip({ ...fields, kind: "CAPACITY_SWAP" }, []);
    const plain = await submitPublicTip({ ...fields, enterpriseName: "无名作坊" }, []);
    expect(await submitPublicTip({ ...fields, kind: "NOT_A_KIND" }, [])).toMatchObject({ ok: false, status: 400 });
    const ref = (r: typeof swap) => (r.ok ? r.reference : "");
    expect(await prisma.tip.findUniqueOrThrow({ where: { reference: ref(swap) } })).toMatchObject({
      kind: "CAPACITY_SWAP",
    });
    expect(await prisma.tip.findUniqueOrThrow({ where: { reference: ref(plain) } })).toMatchObject({
      kind: "LOW_SCATTERED",
    });
    const office = (await actAs("office"))!;
    const swaps = (await listTips(office, undefined, 1, "CAPACITY_SWAP")).rows.map((r) => r.reference);
    expect(swaps).toContain(ref(swap));
    expect(swaps).not.toContain(ref(plain));
    expect((await listTips(office, undefined, 1, "LOW_SCATTERED")).rows.map((r) => r.reference)).toContain(ref(plain));
  });

  it("an anonymous tip closes unverified only as 无法核查, with a reason; a named one never", async () => {
    const anon = await submitPublicTip({ ...fields, kind: "BACKWARD_CAPACITY" }, []);
    const named = await submitPublicTip({ ...fields, reporterName: "王五" }, []);
    const tip = await prisma.tip.findUniqueOrThrow({ where: { reference: anon.ok ? anon.reference : "" } });
    const namedTip = await prisma.tip.findUniqueOrThrow({ where: { reference: named.ok ? named.reference : "" } });
    await actAs("office");
    expect(await closeTip({ tipId: tip.id, version: tip.version, closingNote: "无法核实" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await closeTipUnverifiable({ tipId: tip.id, version: tip.version, reason: "" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await closeTipUnverifiable({ tipId: tip.id, version: tip.version, reason: "    " })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(
      await closeTipUnverifiable({ tipId: namedTip.id, version: namedTip.version, reason: "线索不足无法核查" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("gulin");
    expect(
      await closeTipUnverifiable({ tipId: tip.id, version: tip.version, reason: "线索不足无法核查" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({
      status: "RECEIVED",
      outcome: null,
    });

    await actAs("office");
    expect(
      await closeTipUnverifiable({ tipId: tip.id, version: tip.version, reason: "地址不详，走访周边未发现该作坊" }),
    ).toMatchObject({ ok: true });
    expect(await prisma.tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({
      status: "CLOSED",
      outcome: "UNVERIFIABLE",
      closingNote: "地址不详，走访周边未发现该作坊",
    });
    expect(await prisma.auditLog.count({ where: { action: "tip.closeUnverifiable", entityId: tip.id } })).toBe(1);
  });
});

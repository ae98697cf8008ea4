import { beforeAll, describe, expect, it } from "vitest";

import { type FrozenFigures, isFollowUpDue } from "@/lib/supervision/rules";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { sendDueReminders } from "@/server/notifications/send-due-reminders";
import { acknowledgeNotice } from "@/server/supervision/actions/acknowledge-notice";
import { completeFollowUp } from "@/server/supervision/actions/complete-follow-up";
import { issueCircular } from "@/server/supervision/actions/issue-circular";
import { issueInterview } from "@/server/supervision/actions/issue-interview";
import { listNotices } from "@/server/supervision/list-notices";

import { actAs } from "../../helpers/session";

let gulin: number;
let jishigang: number;
let circularId: string;
let interviewId: string;

async function snapshot() {
  return {
    notices: await prisma.supervisionNotice.findMany({ orderBy: { id: "asc" } }),
    units: await prisma.supervisionNoticeUnit.findMany({ orderBy: [{ noticeId: "asc" }, { unitId: "asc" }] }),
    audit: await prisma.auditLog.count(),
  };
}

beforeAll(async () => {
  gulin = (await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } })).id;
  jishigang = (await prisma.unit.findFirstOrThrow({ where: { name: "集士港镇" } })).id;
  await actAs("office");
  const c = await issueCircular({
    unitIds: [gulin, jishigang],
    title: "关于进展较慢单位的通报",
    body: "古林镇、集士港镇淘汰进度滞后，请加快推进。",
    date: "2020-09-01",
  });
  const i = await issueInterview({
    unitId: gulin,
    date: "2020-09-05",
    participants: "区工强办主任、古林镇分管副镇长",
    body: "淘汰进度严重滞后",
    commitments: "9月底前完成2家",
    followUpDate: "2020-09-30",
  });
  if (!c.ok || !i.ok) throw new Error("setup failed");
  circularId = c.data.id;
  interviewId = i.data.id;
});

describe("通报 and 约谈", () => {
  it("only the office issues them; the figures at that moment stay frozen in the 通报", async () => {
    await actAs("gulin");
    expect(
      await issueCircular({ unitIds: [gulin], title: "自我通报", body: "内容内容内容", date: "2020-09-01" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const office = (await actAs("office"))!;
    const notice = await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: circularId } });
    const frozen = notice.figures as FrozenFigures;
    expect(frozen.units.map((u) => u.name)).toEqual(["集士港镇", "古林镇"]);
    const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
    const now = (await getDashboard(office, campaign, new Date(), gulin))!.rows[0].figures.ELIMINATION;
    expect(frozen.units[1].figures.ELIMINATION).toEqual({
      target: now.target,
      accepted: now.accepted,
      submitted: now.submitted,
      completion: now.completion,
    });

    // A case accepted afterwards moves the dashboard, not the record.
    const creator = await prisma.user.findUniqueOrThrow({ where: { username: "gulin" } });
    const enterprise = await prisma.enterprise.create({
      data: { name: "通报后验收企业", unitId: gulin, industry: "OTHER" },
    });
    await prisma.case.create({
      data: {
        campaignId: campaign.id,
        enterpriseId: enterprise.id,
        unitId: gulin,
        category: "ELIMINATION",
        disposalPath: "DISMANTLED",
        status: "ACCEPTED",
        acceptedAt: new Date(),
        createdById: creator.id,
      },
    });
    expect((await getDashboard(office, campaign, new Date(), gulin))!.rows[0].figures.ELIMINATION.accepted).toBe(
      now.accepted + 1,
    );
    expect((await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: circularId } })).figures).toEqual(
      notice.figures,
    );
  });

  it("a unit sees only the notices naming it, and only its own acknowledgement row; others are refused with nothing changed", async () => {
    const j = (await actAs("jishigang"))!;
    const seen = await listNotices(j);
    expect(seen.map((n) => n.id)).toEqual([circularId]);
    expect(seen[0].units.map((u) => u.unitId)).toEqual([jishigang]);
    expect((seen[0].figures as FrozenFigures).units.map((u) => u.name)).toEqual(["集士港镇"]);

    const before = await snapshot();
    expect(await acknowledgeNotice({ noticeId: interviewId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await completeFollowUp({ noticeId: interviewId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const sthj = (await actAs("sthj"))!;
    expect(await listNotices(sthj)).toEqual([]);
    expect(await acknowledgeNotice({ noticeId: circularId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);

    const g = (await actAs("gulin"))!;
    expect((await listNotices(g)).map((n) => n.id).sort()).toEqual([circularId, interviewId].sort());
    const told = await prisma.notification.findMany({
      where: { recipient: { username: "gulin" }, href: "/supervision", text: { startsWith: "区工强办" } },
    });
    expect(told.map((n) => n.text).sort()).toEqual(
      [
        "区工强办约谈记录（2020/09/05），跟踪复查 2020/09/30，请确认已阅",
        "区工强办通报：关于进展较慢单位的通报，请确认已阅",
      ].sort(),
    );
  });

  it("units acknowledge once; the office sees who has not, and which follow-ups are due", async () => {
    await actAs("gulin");
    expect(await acknowledgeNotice({ noticeId: circularId })).toMatchObject({ ok: true });
    expect(await acknowledgeNotice({ noticeId: circularId })).toMatchObject({ ok: false, code: "CONFLICT" });
    const office = (await actAs("office"))!;
    const circular = (await listNotices(office)).find((n) => n.id === circularId)!;
    expect(circular.units.map((u) => [u.unit.name, !!u.acknowledgedAt, u.acknowledgedBy?.displayName ?? null])).toEqual(
      [
        ["集士港镇", false, null],
        ["古林镇", true, expect.any(String)],
      ],
    );

    const interview = await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: interviewId } });
    await sendDueReminders(new Date("2020-10-01T00:00:00Z"));
    await sendDueReminders(new Date("2020-10-02T00:00:00Z"));
    const due = await prisma.notification.findMany({
      where: { text: { contains: "跟踪复查已到期" } },
      select: { recipient: { select: { username: true } } },
    });
    expect(due.map((n) => n.recipient.username).sort()).toEqual(["gulin", "office"]);
    expect(isFollowUpDue(interview, new Date("2020-10-01T00:00:00Z"))).toBe(true);
    expect(await completeFollowUp({ noticeId: interviewId })).toMatchObject({ ok: true });
    expect(
      isFollowUpDue(
        await prisma.supervisionNotice.findUniqueOrThrow({ where: { id: interviewId } }),
        new Date("2020-10-01T00:00:00Z"),
      ),
    ).toBe(false);
    expect(await completeFollowUp({ noticeId: interviewId })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a follow-up date before the interview", async () => {
    await actAs("office");
    expect(
      await issueInterview({
        unitId: gulin,
        date: "2020-09-05",
        participants: "某某",
        body: "问题问题问题",
        commitments: "承诺",
        followUpDate: "2020-09-01",
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "跟踪复查日期不能早于约谈日期" });
  });
});

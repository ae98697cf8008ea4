// 评价考核: who sees which scores (in the data layer and the export), the office's adjustments with a
// reason, that published scores stay frozen when the data moves on, and that an indicator that does not
// apply is left out (never full marks) — a unit or department with none applicable is 不参与排名.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportAssessment } from "@/app/api/exports/assessment/route";
import { adjustAssessmentScore } from "@/server/assessment/actions/adjust-score";
import { publishAssessment } from "@/server/assessment/actions/publish-scores";
import { saveAssessmentScheme } from "@/server/assessment/actions/save-scheme";
import { withdrawAssessment } from "@/server/assessment/actions/withdraw-publication";
import { getAssessment } from "@/server/assessment/get-assessment";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/session";

import { creditCode, HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { actAs, asUser } from "../../helpers/session";

const campaign = () => prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
const unitByName = (name: string) => prisma.unit.findFirstOrThrow({ where: { name } });
let gulinId: number;
let jishigangId: number;
let fgjId: number;
let yuehuId: number;
const CENTRAL = ["月湖街道", "西门街道", "江厦街道", "南门街道", "鼓楼街道", "白云街道"]; // "/" in both categories

async function acceptedCase(unitName: string, acceptedAt: string) {
  const [c, unit, office] = await Promise.all([
    campaign(),
    unitByName(unitName),
    prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
  ]);
  const enterprise = await prisma.enterprise.create({
    data: { name: `考核企业${creditCode()}`, creditCode: creditCode(), unitId: unit.id, industry: "FOUNDRY" },
  });
  return prisma.case.create({
    data: {
      campaignId: c.id,
      enterpriseId: enterprise.id,
      unitId: unit.id,
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      dimensions: ["ENERGY"],
      status: "ACCEPTED",
      createdById: office.id,
      createdAt: new Date("2020-04-01T02:00:00Z"),
      submittedAt: new Date(acceptedAt),
      acceptedAt: new Date(acceptedAt),
      reviews: { create: { decision: "ACCEPT", reviewerId: office.id, createdAt: new Date(acceptedAt) } },
    },
  });
}

const as = async (username: string) => (await actAs(username))!;
const gulinRow = async (user: SessionUser) =>
  (await getAssessment(user, await campaign(), "UNIT", null))!.draft.find((r) => r.subjectId === gulinId)!;

beforeAll(async () => {
  gulinId = (await unitByName("古林镇")).id;
  jishigangId = (await unitByName("集士港镇")).id;
  fgjId = (await prisma.department.findFirstOrThrow({ where: { code: "FGJ" } })).id;
  yuehuId = (await unitByName("月湖街道")).id;
  await acceptedCase("古林镇", "2020-06-10T02:00:00Z");
  await acceptedCase("集士港镇", "2020-06-10T02:00:00Z");
  await acceptedCase("集士港镇", "2020-07-10T02:00:00Z");
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  const c = await campaign();
  await prisma.supervisionNotice.create({
    data: {
      kind: "CIRCULAR",
      campaignId: c.id,
      title: "进度滞后通报",
      body: "古林镇进度滞后",
      date: new Date("2020-07-01"),
      issuedById: office.id,
      units: { create: [{ unitId: gulinId }] },
    },
  });
  // 集士港镇 also has a share of a task line (half confirmed) and a tip verified in time: every unit indicator applies to it.
  const t1 = await prisma.taskLine.findFirstOrThrow({ where: { campaignId: c.id, code: "T1" } });
  await prisma.taskLineShare.create({ data: { taskLineId: t1.id, unitId: jishigangId, target: 2 } });
  await prisma.taskProgress.create({
    data: {
      taskLineId: t1.id,
      unitId: jishigangId,
      value: 1,
      date: new Date("2020-06-01"),
      status: "CONFIRMED",
      createdAt: new Date("2020-06-01T02:00:00Z"),
      confirmedAt: new Date("2020-06-02T02:00:00Z"),
      authorId: office.id,
    },
  });
  await prisma.tip.create({
    data: {
      districtId: HAISHU_DISTRICT_ID,
      reference: "JB-考核-1",
      enterpriseName: "某作坊",
      address: "集士港镇",
      description: "无证生产",
      status: "VERIFIED",
      unitId: jishigangId,
      deadline: new Date("2020-06-30"),
      assignedAt: new Date("2020-06-10T02:00:00Z"),
      verifiedAt: new Date("2020-06-20T02:00:00Z"),
    },
  });
});

describe("who sees which scores", () => {
  it("the office and the leader see every unit, ranked, and every department", async () => {
    for (const who of ["office", "leader"]) {
      const user = await as(who);
      const units = (await getAssessment(user, await campaign(), "UNIT", null))!;
      expect(units.draft).toHaveLength(18);
      const ranks = units.draft.slice(0, 12).map((r) => r.rank!);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // The six central 街道 ("/" in both categories) are listed last, not ranked.
      expect(units.draft.slice(12).map((r) => [r.name, r.rank, r.total])).toEqual(CENTRAL.map((n) => [n, null, null]));
      expect(units.ranked).toBe(12);
      expect((await getAssessment(user, await campaign(), "DEPARTMENT", null))!.draft.map((r) => r.name)).toContain(
        "区发改局",
      );
    }
  });

  it("a township officer sees only its own unit's score and breakdown, never the departments'", async () => {
    const gulin = await as("gulin");
    const a = (await getAssessment(gulin, await campaign(), "UNIT", null))!;
    expect(a.draft.map((r) => r.name)).toEqual(["古林镇"]);
    expect(a.draft[0].breakdown.find((c) => c.rule === "notices")).toMatchObject({
      points: 3,
      detail: "通报 1 次、约谈 0 次，扣 2 分",
    });
    expect(await getAssessment(gulin, await campaign(), "DEPARTMENT", null)).toBeNull();
  });

  it("a department sees only its own department's score, never the units'", async () => {
    const fgj = await as("fgj");
    expect((await getAssessment(fgj, await campaign(), "DEPARTMENT", null))!.draft.map((r) => r.subjectId)).toEqual([
      fgjId,
    ]);
    expect(await getAssessment(fgj, await campaign(), "UNIT", null)).toBeNull();
  });

  it("an expert sees nothing", async () => {
    const expert = { ...(await as("office")), role: "EXPERT" as const, departmentId: null, unitId: null };
    expect(await getAssessment(expert, await campaign(), "UNIT", null)).toBeNull();
    expect(await getAssessment(expert, await campaign(), "DEPARTMENT", null)).toBeNull();
  });

  it("the export carries only the caller's own row for a township; another target is not found", async () => {
    const rowsOf = async (res: Response) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const ws = wb.getWorksheet("得分排名")!;
      return ws.getRows(3, ws.rowCount - 2)?.map((r) => String(r.getCell(2).value)) ?? [];
    };
    const req = (q: string) => new Request(`http://localhost/api/exports/assessment${q}`);
    const own = await asUser("gulin", () => exportAssessment(req("")));
    expect(own.status).toBe(200);
    expect(await rowsOf(own)).toEqual(["古林镇"]);
    expect((await asUser("gulin", () => exportAssessment(req("?target=DEPARTMENT")))).status).toBe(404);
    expect(await rowsOf(await asUser("leader", () => exportAssessment(req("?target=UNIT"))))).toHaveLength(18);
  });
});

describe("indicators that do not apply: left out, never full marks", () => {
  it('月湖街道 ("/" and "/") is 不参与排名: every indicator 不适用, no total, no rank — in the draft, its own view and the export', async () => {
    const office = await as("office");
    const yuehu = (await getAssessment(office, await campaign(), "UNIT", null))!.draft.find(
      (r) => r.subjectId === yuehuId,
    )!;
    expect([yuehu.total, yuehu.rank]).toEqual([null, null]);
    expect(yuehu.breakdown.map((c) => c.points)).toEqual(yuehu.breakdown.map(() => null));
    expect(yuehu.breakdown.find((c) => c.rule === "completion.ELIMINATION")!.detail).toBe("无此项任务（/），不适用");

    const own = (await getAssessment(await as("yuehu"), await campaign(), "UNIT", null))!;
    expect(own.draft.map((r) => [r.name, r.rank])).toEqual([["月湖街道", null]]);

    const res = await asUser("yuehu", () => exportAssessment(new Request("http://localhost/api/exports/assessment")));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const row = wb.getWorksheet("得分排名")!.getRow(3);
    expect([
      row.getCell(1).value,
      row.getCell(2).value,
      row.getCell(3).value,
      row.getCell(4).value,
      row.getCell(12).value,
    ]).toEqual(["—", "月湖街道", "—", "—", "不参与排名"]);
  });

  it("集士港镇 (3 and 28) is ranked with all indicators counted, ahead of the central 街道; no total reaches 100 for work not done", async () => {
    const rows = (await getAssessment(await as("office"), await campaign(), "UNIT", null))!.draft;
    const jsg = rows.find((r) => r.subjectId === jishigangId)!;
    expect(jsg.breakdown.filter((c) => c.points === null)).toEqual([]);
    expect(jsg.rank).toBe(1);
    expect(jsg.breakdown.find((c) => c.rule === "contributions")).toMatchObject({
      points: 5,
      detail: "1 项重点工作任务，平均落实 50%",
    });
    expect(jsg.breakdown.find((c) => c.rule === "tips")).toMatchObject({ points: 5, detail: "按期核查 1/1" });
    // Nobody has done all the work yet: before the fix the six central 街道 shared first place with 100.
    expect(Math.max(...rows.map((r) => r.total ?? 0))).toBeLessThan(100);
  });

  it("a count-only department (区经信局 leads only T9, no numeric target): 重点工作任务进度 left out; with nothing else to judge, 不参与排名; given a review to judge, ranked on the rest", async () => {
    const office = await as("office");
    const jxjId = (await prisma.department.findFirstOrThrow({ where: { code: "JXJ" } })).id;
    const jxj = async () =>
      (await getAssessment(office, await campaign(), "DEPARTMENT", null))!.draft.find((r) => r.subjectId === jxjId)!;
    const idle = await jxj();
    expect(idle.breakdown.find((c) => c.rule === "lineProgress")).toMatchObject({
      points: null,
      detail: "无有数量目标的重点工作任务，不适用",
    });
    expect([idle.total, idle.rank]).toEqual([null, null]);
    const fgj = (await getAssessment(office, await campaign(), "DEPARTMENT", null))!.draft.find(
      (r) => r.subjectId === fgjId,
    )!;
    expect(fgj.breakdown.find((c) => c.rule === "lineProgress")!.points).not.toBeNull();
    expect(fgj.rank).not.toBeNull();

    // A case in its remit (产业政策) submitted and accepted within the 7 days: judged on that alone, rescaled to 100.
    const [c, unit, officeUser] = await Promise.all([
      campaign(),
      unitByName("古林镇"),
      prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
    ]);
    const enterprise = await prisma.enterprise.create({
      data: { name: "装备拆除企业", creditCode: creditCode(), unitId: unit.id, industry: "FOUNDRY" },
    });
    const submittedAt = new Date("2020-06-02T02:00:00Z"); // after the day the turnaround test below looks at
    await prisma.case.create({
      data: {
        campaignId: c.id,
        enterpriseId: enterprise.id,
        unitId: unit.id,
        category: "RECTIFICATION",
        disposalPath: "DISMANTLED",
        dimensions: ["INDUSTRIAL_POLICY"],
        status: "ACCEPTED",
        createdById: officeUser.id,
        createdAt: new Date("2020-06-01T02:00:00Z"),
        submittedAt,
        acceptedAt: new Date("2020-06-04T02:00:00Z"),
        reviews: {
          create: { decision: "ACCEPT", reviewerId: officeUser.id, createdAt: new Date("2020-06-04T02:00:00Z") },
        },
      },
    });
    const judged = await jxj();
    expect(judged.breakdown.find((c) => c.rule === "reviewTurnaround")).toMatchObject({
      points: 20,
      detail: "7 天内处理 1/1",
    });
    expect(judged.breakdown.find((c) => c.rule === "lineProgress")!.points).toBeNull();
    expect(judged.total).toBe(100);
    expect(judged.rank).toBe(1);
  });

  it("the office may not adjust an indicator that does not apply (it is not counted)", async () => {
    const c = await campaign();
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({
      where: { campaignId: c.id, target: "UNIT", rule: "completion.ELIMINATION" },
    });
    await actAs("office");
    expect(
      await adjustAssessmentScore({
        target: "UNIT",
        indicatorId: indicator.id,
        subjectId: yuehuId,
        points: 5,
        reason: "补充材料",
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "“淘汰落后产能完成率”对该单位不适用（不计分），不能调整" });
  });
});

describe("adjusting and publishing", () => {
  it("the office adjusts an indicator with a reason (audited); a township may not, and a reason is required", async () => {
    const c = await campaign();
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({
      where: { campaignId: c.id, target: "UNIT", rule: "notices" },
    });
    const payload = {
      target: "UNIT" as const,
      indicatorId: indicator.id,
      subjectId: gulinId,
      points: 2,
      reason: "通报后已按期整改到位",
    };

    await actAs("gulin");
    expect(await adjustAssessmentScore(payload)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("office");
    expect(await adjustAssessmentScore({ ...payload, reason: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await adjustAssessmentScore(payload)).toMatchObject({ ok: true });

    const row = await gulinRow(await as("office"));
    expect(row.breakdown.find((x) => x.rule === "notices")).toMatchObject({
      computed: 3,
      adjustment: 2,
      points: 5,
      reason: "通报后已按期整改到位",
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "assessment.adjust" },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toMatchObject({ reason: "通报后已按期整改到位", points: 2 });
  });

  it("published scores are frozen: later data changes move the draft, not the publication; the scheme and adjustments are then refused", async () => {
    await actAs("office");
    expect(await publishAssessment({ target: "UNIT", asOf: "2020-10-31" })).toMatchObject({ ok: true });
    const office = await as("office");
    const before = (await getAssessment(office, await campaign(), "UNIT", null))!;
    const frozen = before.publication!.rows.find((r) => r.subjectId === gulinId)!;
    expect(before.publication!.rows).toHaveLength(18);
    // Frozen with the same rule: the central 街道 last, not ranked; the ranked count excludes them.
    expect(before.publication!.rows.slice(12).map((r) => [r.name, r.rank, r.total])).toEqual(
      CENTRAL.map((n) => [n, null, null]),
    );
    expect(before.publication!.ranked).toBe(12);

    // 古林镇 gets two more acceptances and another 通报; the draft moves, the publication does not.
    await acceptedCase("古林镇", "2020-08-01T02:00:00Z");
    await acceptedCase("古林镇", "2020-09-01T02:00:00Z");
    const c = await campaign();
    await prisma.supervisionNotice.create({
      data: {
        kind: "INTERVIEW",
        campaignId: c.id,
        title: "约谈",
        body: "进度",
        date: new Date("2020-09-01"),
        issuedById: office.id,
        units: { create: [{ unitId: gulinId }] },
      },
    });
    const after = (await getAssessment(office, c, "UNIT", null))!;
    expect(after.draft.find((r) => r.subjectId === gulinId)!.total).not.toBe(frozen.total);
    expect(after.publication!.rows.find((r) => r.subjectId === gulinId)).toEqual(frozen);

    // The township sees its own frozen row only.
    const gulin = (await getAssessment(await as("gulin"), c, "UNIT", null))!;
    expect(gulin.publication!.rows).toEqual([frozen]);

    await actAs("office");
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({
      where: { campaignId: c.id, target: "UNIT", rule: "notices" },
    });
    expect(
      await adjustAssessmentScore({
        target: "UNIT",
        indicatorId: indicator.id,
        subjectId: jishigangId,
        points: 1,
        reason: "补充",
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await saveAssessmentScheme({
        target: "UNIT",
        indicators: [{ rule: "overdue", label: "逾期", maxPoints: 100, params: {} }],
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await publishAssessment({ target: "UNIT", asOf: "2020-12-31" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("the office withdraws a publication with a reason: the draft is editable again, the withdrawn rows stay in the audit log", async () => {
    const c = await campaign();
    const published = (await getAssessment(await as("office"), c, "UNIT", null))!.publication!;
    await actAs("gulin");
    expect(await withdrawAssessment({ target: "UNIT", reason: "有误" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await actAs("office");
    expect(await withdrawAssessment({ target: "UNIT", reason: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await withdrawAssessment({ target: "DEPARTMENT", reason: "不存在的发布" })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "考核结果尚未发布，无需撤回",
    });
    expect((await getAssessment(await as("office"), c, "UNIT", null))!.publication).not.toBeNull();

    expect(await withdrawAssessment({ target: "UNIT", reason: "古林镇的加分理由有误" })).toMatchObject({ ok: true });
    const after = (await getAssessment(await as("office"), c, "UNIT", null))!;
    expect([after.publication, after.editable]).toEqual([null, true]);
    expect(await prisma.assessmentScore.count({ where: { publication: { campaignId: c.id, target: "UNIT" } } })).toBe(
      0,
    );
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "assessment.withdraw" },
      orderBy: { id: "desc" },
    });
    expect(audit.after).toEqual({ withdrawn: true, reason: "古林镇的加分理由有误" });
    const kept = audit.before as { scores: { subjectId: number; total: number; rank: number }[] };
    expect(kept.scores).toHaveLength(18);
    const frozenGulin = published.rows.find((r) => r.subjectId === gulinId)!;
    expect(kept.scores.find((r) => r.subjectId === gulinId)).toMatchObject({
      total: frozenGulin.total,
      rank: frozenGulin.rank,
    });
    expect(await withdrawAssessment({ target: "UNIT", reason: "再次撤回" })).toMatchObject({
      ok: false,
      code: "INVALID",
    });

    // The units and the leaders were told of the publication and of its withdrawal, with the reason; the departments were not.
    const told = async (username: string) =>
      (
        await prisma.notification.findMany({
          where: { recipient: { username }, href: "/assessment?target=UNIT" },
          orderBy: { createdAt: "asc" },
          select: { text: true },
        })
      ).map((n) => n.text);
    const expected = [
      `${c.year}年度考核结果已发布（镇（乡）、街道、园区，统计截至2020/10/31）`,
      `${c.year}年度考核结果已撤回（镇（乡）、街道、园区），原因：古林镇的加分理由有误`,
    ];
    expect(await told("gulin")).toEqual(expected);
    expect(await told("leader")).toEqual(expected);
    expect(await told("fgj")).toEqual([]);

    // Corrected and published again.
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({
      where: { campaignId: c.id, target: "UNIT", rule: "notices" },
    });
    expect(
      await adjustAssessmentScore({
        target: "UNIT",
        indicatorId: indicator.id,
        subjectId: gulinId,
        points: 0,
        reason: "取消有误的加分",
      }),
    ).toMatchObject({ ok: true });
    expect(await publishAssessment({ target: "UNIT", asOf: "2020-10-31" })).toMatchObject({ ok: true });
    expect(
      (await getAssessment(await as("office"), c, "UNIT", null))!
        .publication!.rows.find((r) => r.subjectId === gulinId)!
        .breakdown.find((b) => b.rule === "notices"),
    ).toMatchObject({ adjustment: 0 });
  });

  it("the departments' scheme can still be edited while only the units' is published; a scheme not worth 100 points is refused", async () => {
    await actAs("office");
    expect(
      await saveAssessmentScheme({
        target: "DEPARTMENT",
        indicators: [{ rule: "lineProgress", label: "重点工作任务进度", maxPoints: 90, params: {} }],
      }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "各项分值合计须为 100 分（现为 90 分）" });
    expect(
      await saveAssessmentScheme({
        target: "DEPARTMENT",
        indicators: [
          { rule: "lineProgress", label: "重点工作任务进度", maxPoints: 70, params: {} },
          { rule: "reviewTurnaround", label: "验收及时", maxPoints: 30, params: { days: 5 } },
        ],
      }),
    ).toMatchObject({ ok: true });
    const a = (await getAssessment(await as("fgj"), await campaign(), "DEPARTMENT", null))!;
    expect(a.draft[0].breakdown.map((b) => [b.label, b.maxPoints])).toEqual([
      ["重点工作任务进度", 70],
      ["验收及时", 30],
    ]);
  });
});

describe("the facts as of a day", () => {
  it("a draft as of an earlier day counts only what had happened by then (the dashboard's statusAt)", async () => {
    const office = await as("office");
    const c = await campaign();
    const completion = async (day: string | null) =>
      (await getAssessment(office, c, "UNIT", day ? new Date(day) : null))!.draft
        .find((r) => r.subjectId === jishigangId)!
        .breakdown.find((b) => b.rule === "completion.ELIMINATION")!.detail;
    expect(await completion("2020-06-01")).toMatch(/^完成 0\//);
    expect(await completion("2020-06-30")).toMatch(/^完成 1\//);
    expect(await completion(null)).toMatch(/^完成 2\//);
  });

  it("a department's review turnaround counts the cases of its dimensions waiting beyond the days", async () => {
    const [c, unit, office] = await Promise.all([
      campaign(),
      unitByName("集士港镇"),
      prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
    ]);
    const enterprise = await prisma.enterprise.create({
      data: { name: "待验收企业", creditCode: creditCode(), unitId: unit.id, industry: "FOUNDRY" },
    });
    await prisma.case.create({
      data: {
        campaignId: c.id,
        enterpriseId: enterprise.id,
        unitId: unit.id,
        category: "ELIMINATION",
        disposalPath: "DISMANTLED",
        dimensions: ["ENERGY"],
        status: "SUBMITTED",
        createdById: office.id,
        createdAt: new Date("2020-05-01T02:00:00Z"),
        submittedAt: new Date("2020-05-02T02:00:00Z"),
      },
    });
    const fgj = (await getAssessment(await as("fgj"), c, "DEPARTMENT", new Date("2020-05-20")))!.draft[0];
    expect(fgj.breakdown.find((b) => b.rule === "reviewTurnaround")).toMatchObject({
      points: 0,
      detail: "5 天内处理 0/1",
    });
  });
});

describe("a closed campaign", () => {
  it("may still be scored and published: the assessment is about that year", async () => {
    const c = await campaign();
    await prisma.campaign.update({ where: { id: c.id }, data: { closedAt: new Date() } });
    await actAs("office");
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({
      where: { campaignId: c.id, target: "DEPARTMENT", rule: "lineProgress" },
    });
    expect(
      await adjustAssessmentScore({
        target: "DEPARTMENT",
        indicatorId: indicator.id,
        subjectId: fgjId,
        points: 1,
        reason: "年终补充材料",
      }),
    ).toMatchObject({ ok: true });
    expect(await publishAssessment({ target: "DEPARTMENT", asOf: "2020-12-31" })).toMatchObject({ ok: true });
    expect(
      await prisma.notification.count({
        where: {
          recipient: { username: "fgj" },
          href: "/assessment?target=DEPARTMENT",
          text: { contains: "考核结果已发布（牵头部门" },
        },
      }),
    ).toBe(1);
    expect(
      await prisma.notification.count({
        where: { recipient: { username: "gulin" }, href: "/assessment?target=DEPARTMENT" },
      }),
    ).toBe(0);
    const published = (await getAssessment(await as("fgj"), c, "DEPARTMENT", null))!.publication!;
    expect(published.rows.map((r) => r.subjectId)).toEqual([fgjId]);
    expect(published.rows[0].breakdown.find((b) => b.rule === "lineProgress")).toMatchObject({
      adjustment: 1,
      reason: "年终补充材料",
    });
  });
});

// 评价考核: who sees which scores (in the data layer and the export), the office's adjustments with a
// reason, and that published scores stay frozen when the data moves on.
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
import { creditCode } from "../../helpers/fixtures";
import { actAs, asUser } from "../../helpers/session";

const campaign = () => prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
const unitByName = (name: string) => prisma.unit.findUniqueOrThrow({ where: { name } });
let gulinId: number;
let jishigangId: number;
let fgjId: number;

async function acceptedCase(unitName: string, acceptedAt: string) {
  const [c, unit, office] = await Promise.all([campaign(), unitByName(unitName), prisma.user.findUniqueOrThrow({ where: { username: "office" } })]);
  const enterprise = await prisma.enterprise.create({ data: { name: `考核企业${creditCode()}`, creditCode: creditCode(), unitId: unit.id, industry: "FOUNDRY" } });
  return prisma.case.create({
    data: {
      campaignId: c.id, enterpriseId: enterprise.id, unitId: unit.id, category: "ELIMINATION", disposalPath: "DISMANTLED", dimensions: ["ENERGY"],
      status: "ACCEPTED", createdById: office.id, createdAt: new Date("2020-04-01T02:00:00Z"), submittedAt: new Date(acceptedAt), acceptedAt: new Date(acceptedAt),
      reviews: { create: { decision: "ACCEPT", reviewerId: office.id, createdAt: new Date(acceptedAt) } },
    },
  });
}

const as = async (username: string) => (await actAs(username))!;
const gulinRow = async (user: SessionUser) => (await getAssessment(user, await campaign(), "UNIT", null))!.draft.find((r) => r.subjectId === gulinId)!;

beforeAll(async () => {
  gulinId = (await unitByName("古林镇")).id;
  jishigangId = (await unitByName("集士港镇")).id;
  fgjId = (await prisma.department.findUniqueOrThrow({ where: { code: "FGJ" } })).id;
  await acceptedCase("古林镇", "2020-06-10T02:00:00Z");
  await acceptedCase("集士港镇", "2020-06-10T02:00:00Z");
  await acceptedCase("集士港镇", "2020-07-10T02:00:00Z");
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  const c = await campaign();
  await prisma.supervisionNotice.create({
    data: { kind: "CIRCULAR", campaignId: c.id, title: "进度滞后通报", body: "古林镇进度滞后", date: new Date("2020-07-01"), issuedById: office.id, units: { create: [{ unitId: gulinId }] } },
  });
});

describe("who sees which scores", () => {
  it("the office and the leader see every unit, ranked, and every department", async () => {
    for (const who of ["office", "leader"]) {
      const user = await as(who);
      const units = (await getAssessment(user, await campaign(), "UNIT", null))!;
      expect(units.draft).toHaveLength(18);
      expect(units.draft.map((r) => r.rank)).toEqual([...units.draft.map((r) => r.rank)].sort((a, b) => a - b));
      expect((await getAssessment(user, await campaign(), "DEPARTMENT", null))!.draft.map((r) => r.name)).toContain("区发改局");
    }
  });

  it("a township officer sees only its own unit's score and breakdown, never the departments'", async () => {
    const gulin = await as("gulin");
    const a = (await getAssessment(gulin, await campaign(), "UNIT", null))!;
    expect(a.draft.map((r) => r.name)).toEqual(["古林镇"]);
    expect(a.draft[0].breakdown.find((c) => c.rule === "notices")).toMatchObject({ points: 3, detail: "通报 1 次、约谈 0 次，扣 2 分" });
    expect(await getAssessment(gulin, await campaign(), "DEPARTMENT", null)).toBeNull();
  });

  it("a department sees only its own department's score, never the units'", async () => {
    const fgj = await as("fgj");
    expect((await getAssessment(fgj, await campaign(), "DEPARTMENT", null))!.draft.map((r) => r.subjectId)).toEqual([fgjId]);
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

describe("adjusting and publishing", () => {
  it("the office adjusts an indicator with a reason (audited); a township may not, and a reason is required", async () => {
    const c = await campaign();
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({ where: { campaignId: c.id, target: "UNIT", rule: "notices" } });
    const payload = { target: "UNIT" as const, indicatorId: indicator.id, subjectId: gulinId, points: 2, reason: "通报后已按期整改到位" };

    await actAs("gulin");
    expect(await adjustAssessmentScore(payload)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("office");
    expect(await adjustAssessmentScore({ ...payload, reason: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await adjustAssessmentScore(payload)).toMatchObject({ ok: true });

    const row = await gulinRow(await as("office"));
    expect(row.breakdown.find((x) => x.rule === "notices")).toMatchObject({ computed: 3, adjustment: 2, points: 5, reason: "通报后已按期整改到位" });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "assessment.adjust" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ reason: "通报后已按期整改到位", points: 2 });
  });

  it("published scores are frozen: later data changes move the draft, not the publication; the scheme and adjustments are then refused", async () => {
    await actAs("office");
    expect(await publishAssessment({ target: "UNIT", asOf: "2020-10-31" })).toMatchObject({ ok: true });
    const office = await as("office");
    const before = (await getAssessment(office, await campaign(), "UNIT", null))!;
    const frozen = before.publication!.rows.find((r) => r.subjectId === gulinId)!;
    expect(before.publication!.rows).toHaveLength(18);

    // 古林镇 gets two more acceptances and another 通报; the draft moves, the publication does not.
    await acceptedCase("古林镇", "2020-08-01T02:00:00Z");
    await acceptedCase("古林镇", "2020-09-01T02:00:00Z");
    const c = await campaign();
    await prisma.supervisionNotice.create({
      data: { kind: "INTERVIEW", campaignId: c.id, title: "约谈", body: "进度", date: new Date("2020-09-01"), issuedById: office.id, units: { create: [{ unitId: gulinId }] } },
    });
    const after = (await getAssessment(office, c, "UNIT", null))!;
    expect(after.draft.find((r) => r.subjectId === gulinId)!.total).not.toBe(frozen.total);
    expect(after.publication!.rows.find((r) => r.subjectId === gulinId)).toEqual(frozen);

    // The township sees its own frozen row only.
    const gulin = (await getAssessment(await as("gulin"), c, "UNIT", null))!;
    expect(gulin.publication!.rows).toEqual([frozen]);

    await actAs("office");
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({ where: { campaignId: c.id, target: "UNIT", rule: "notices" } });
    expect(await adjustAssessmentScore({ target: "UNIT", indicatorId: indicator.id, subjectId: jishigangId, points: 1, reason: "补充" }))
      .toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveAssessmentScheme({ target: "UNIT", indicators: [{ rule: "overdue", label: "逾期", maxPoints: 100, params: {} }] }))
      .toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await publishAssessment({ target: "UNIT", asOf: "2020-12-31" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("the office withdraws a publication with a reason: the draft is editable again, the withdrawn rows stay in the audit log", async () => {
    const c = await campaign();
    const published = (await getAssessment(await as("office"), c, "UNIT", null))!.publication!;
    await actAs("gulin");
    expect(await withdrawAssessment({ target: "UNIT", reason: "有误" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("office");
    expect(await withdrawAssessment({ target: "UNIT", reason: "" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await withdrawAssessment({ target: "DEPARTMENT", reason: "不存在的发布" })).toMatchObject({ ok: false, code: "INVALID", message: "考核结果尚未发布，无需撤回" });
    expect((await getAssessment(await as("office"), c, "UNIT", null))!.publication).not.toBeNull();

    expect(await withdrawAssessment({ target: "UNIT", reason: "古林镇的加分理由有误" })).toMatchObject({ ok: true });
    const after = (await getAssessment(await as("office"), c, "UNIT", null))!;
    expect([after.publication, after.editable]).toEqual([null, true]);
    expect(await prisma.assessmentScore.count({ where: { publication: { campaignId: c.id, target: "UNIT" } } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "assessment.withdraw" }, orderBy: { id: "desc" } });
    expect(audit.after).toEqual({ withdrawn: true, reason: "古林镇的加分理由有误" });
    const kept = audit.before as { scores: { subjectId: number; total: number; rank: number }[] };
    expect(kept.scores).toHaveLength(18);
    const frozenGulin = published.rows.find((r) => r.subjectId === gulinId)!;
    expect(kept.scores.find((r) => r.subjectId === gulinId)).toMatchObject({ total: frozenGulin.total, rank: frozenGulin.rank });
    expect(await withdrawAssessment({ target: "UNIT", reason: "再次撤回" })).toMatchObject({ ok: false, code: "INVALID" });

    // The units and the leaders were told of the publication and of its withdrawal, with the reason; the departments were not.
    const told = async (username: string) => (await prisma.notification.findMany({
      where: { recipient: { username }, href: "/assessment?target=UNIT" }, orderBy: { createdAt: "asc" }, select: { text: true },
    })).map((n) => n.text);
    const expected = [`${c.year}年度考核结果已发布（镇（乡）、街道、园区，统计截至2020/10/31）`, `${c.year}年度考核结果已撤回（镇（乡）、街道、园区），原因：古林镇的加分理由有误`];
    expect(await told("gulin")).toEqual(expected);
    expect(await told("leader")).toEqual(expected);
    expect(await told("fgj")).toEqual([]);

    // Corrected and published again.
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({ where: { campaignId: c.id, target: "UNIT", rule: "notices" } });
    expect(await adjustAssessmentScore({ target: "UNIT", indicatorId: indicator.id, subjectId: gulinId, points: 0, reason: "取消有误的加分" })).toMatchObject({ ok: true });
    expect(await publishAssessment({ target: "UNIT", asOf: "2020-10-31" })).toMatchObject({ ok: true });
    expect((await getAssessment(await as("office"), c, "UNIT", null))!.publication!.rows.find((r) => r.subjectId === gulinId)!.breakdown
      .find((b) => b.rule === "notices")).toMatchObject({ adjustment: 0 });
  });

  it("the departments' scheme can still be edited while only the units' is published; a scheme not worth 100 points is refused", async () => {
    await actAs("office");
    expect(await saveAssessmentScheme({ target: "DEPARTMENT", indicators: [{ rule: "lineProgress", label: "任务线进度", maxPoints: 90, params: {} }] }))
      .toMatchObject({ ok: false, code: "INVALID", message: "各项分值合计须为 100 分（现为 90 分）" });
    expect(await saveAssessmentScheme({ target: "DEPARTMENT", indicators: [
      { rule: "lineProgress", label: "任务线进度", maxPoints: 70, params: {} },
      { rule: "reviewTurnaround", label: "验收及时", maxPoints: 30, params: { days: 5 } },
    ] })).toMatchObject({ ok: true });
    const a = (await getAssessment(await as("fgj"), await campaign(), "DEPARTMENT", null))!;
    expect(a.draft[0].breakdown.map((b) => [b.label, b.maxPoints])).toEqual([["任务线进度", 70], ["验收及时", 30]]);
  });
});

describe("the facts as of a day", () => {
  it("a draft as of an earlier day counts only what had happened by then (the dashboard's statusAt)", async () => {
    const office = await as("office");
    const c = await campaign();
    const completion = async (day: string | null) => (await getAssessment(office, c, "UNIT", day ? new Date(day) : null))!
      .draft.find((r) => r.subjectId === jishigangId)!.breakdown.find((b) => b.rule === "completion.ELIMINATION")!.detail;
    expect(await completion("2020-06-01")).toMatch(/^完成 0\//);
    expect(await completion("2020-06-30")).toMatch(/^完成 1\//);
    expect(await completion(null)).toMatch(/^完成 2\//);
  });

  it("a department's review turnaround counts the cases of its dimensions waiting beyond the days", async () => {
    const [c, unit, office] = await Promise.all([campaign(), unitByName("集士港镇"), prisma.user.findUniqueOrThrow({ where: { username: "office" } })]);
    const enterprise = await prisma.enterprise.create({ data: { name: "待验收企业", creditCode: creditCode(), unitId: unit.id, industry: "FOUNDRY" } });
    await prisma.case.create({
      data: {
        campaignId: c.id, enterpriseId: enterprise.id, unitId: unit.id, category: "ELIMINATION", disposalPath: "DISMANTLED", dimensions: ["ENERGY"],
        status: "SUBMITTED", createdById: office.id, createdAt: new Date("2020-05-01T02:00:00Z"), submittedAt: new Date("2020-05-02T02:00:00Z"),
      },
    });
    const fgj = (await getAssessment(await as("fgj"), c, "DEPARTMENT", new Date("2020-05-20")))!.draft[0];
    expect(fgj.breakdown.find((b) => b.rule === "reviewTurnaround")).toMatchObject({ points: 0, detail: "5 天内处理 0/1" });
  });
});

describe("a closed campaign", () => {
  it("may still be scored and published: the assessment is about that year", async () => {
    const c = await campaign();
    await prisma.campaign.update({ where: { id: c.id }, data: { closedAt: new Date() } });
    await actAs("office");
    const indicator = await prisma.assessmentIndicator.findFirstOrThrow({ where: { campaignId: c.id, target: "DEPARTMENT", rule: "lineProgress" } });
    expect(await adjustAssessmentScore({ target: "DEPARTMENT", indicatorId: indicator.id, subjectId: fgjId, points: 1, reason: "年终补充材料" })).toMatchObject({ ok: true });
    expect(await publishAssessment({ target: "DEPARTMENT", asOf: "2020-12-31" })).toMatchObject({ ok: true });
    expect(await prisma.notification.count({ where: { recipient: { username: "fgj" }, href: "/assessment?target=DEPARTMENT", text: { contains: "考核结果已发布（牵头部门" } } })).toBe(1);
    expect(await prisma.notification.count({ where: { recipient: { username: "gulin" }, href: "/assessment?target=DEPARTMENT" } })).toBe(0);
    const published = (await getAssessment(await as("fgj"), c, "DEPARTMENT", null))!.publication!;
    expect(published.rows.map((r) => r.subjectId)).toEqual([fgjId]);
    expect(published.rows[0].breakdown.find((b) => b.rule === "lineProgress")).toMatchObject({ adjustment: 1, reason: "年终补充材料" });
  });
});

import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import InspectionsPage from "@/app/(portal)/inspections/page";
import { GET as exportFindings } from "@/app/api/exports/inspections/route";
import { GET as downloadFile } from "@/app/api/inspections/files/[id]/route";
import { POST as uploadFile } from "@/app/api/inspections/findings/[id]/files/route";
import { CLOSED_MESSAGE } from "@/lib/campaigns/rules";
import { addDays, beijingDay, isoDay } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { prisma } from "@/server/db";
import { answerFinding } from "@/server/inspections/actions/answer-finding";
import { planRound } from "@/server/inspections/actions/plan-round";
import { recordFinding } from "@/server/inspections/actions/record-finding";
import { removeFindingFile } from "@/server/inspections/actions/remove-finding-file";
import { reopenFindingCase } from "@/server/inspections/actions/reopen-finding-case";
import { reviewFinding } from "@/server/inspections/actions/review-finding";
import { updateRound } from "@/server/inspections/actions/update-round";
import { getFinding } from "@/server/inspections/get-finding";
import { getRound } from "@/server/inspections/get-round";
import { countOpenFindings, listFindings, listOpenFindings } from "@/server/inspections/list-findings";
import { listRounds } from "@/server/inspections/list-rounds";
import { sendDueReminders } from "@/server/notifications/send-due-reminders";

import { fixClock } from "../../helpers/clock";
import { multipartRequest, params, photo } from "../../helpers/matrix-fixtures";
import { actAs, asUser } from "../../helpers/session";

// Due dates, overdue findings and reminders are counted from today: a fixed one.
fixClock();

const today = beijingDay(new Date());
const dueIn = (days: number) => isoDay(addDays(today, days));
const unitId = async (name: string) => (await prisma.unit.findFirstOrThrow({ where: { name } })).id;
const departmentId = async (code: string) => (await prisma.department.findFirstOrThrow({ where: { code } })).id;
const campaign = () => prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });

let serial = 0;
async function caseOf(unitName: string, status: "ACCEPTED" | "IN_PROGRESS") {
  const [c, u, office] = await Promise.all([
    campaign(),
    unitId(unitName),
    prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
  ]);
  const enterprise = await prisma.enterprise.create({
    data: { name: `${unitName}检查企业${serial++}`, unitId: u, industry: "FOUNDRY" },
  });
  return prisma.case.create({
    data: {
      campaignId: c.id,
      enterpriseId: enterprise.id,
      unitId: u,
      category: "ELIMINATION",
      disposalPath: "DISMANTLED",
      dimensions: ["SAFETY"],
      status,
      submittedAt: status === "ACCEPTED" ? new Date("2020-06-01T02:00:00Z") : null,
      acceptedAt: status === "ACCEPTED" ? new Date("2020-06-10T02:00:00Z") : null,
      createdById: office.id,
    },
  });
}

/** A round planned by the office through the action (started on 2020-07-01 unless `startDate`). */
async function plan(
  units: string[],
  departments: string[],
  extra: Partial<{ startDate: string; endDate: string; sampleSize: number }> = {},
) {
  const res = await asUser("office", async () =>
    planRound({
      title: `检查${serial++}`,
      startDate: "2020-07-01",
      endDate: "2020-07-31",
      checklist: "核实拆除和去向",
      sampleSize: 2,
      unitIds: await Promise.all(units.map(unitId)),
      departmentIds: await Promise.all(departments.map(departmentId)),
      ...extra,
    }),
  );
  if (!res.ok) throw new Error(JSON.stringify(res));
  return prisma.inspectionRound.findUniqueOrThrow({ where: { id: res.data.id } });
}

const finding = (
  roundId: string,
  unit: number,
  extra: Partial<{ caseId: string | null; reopenCase: boolean; dueDate: string }> = {},
) => ({
  roundId,
  unitId: unit,
  problem: "现场发现主体设备未拆除",
  requirement: "拆除主体设备并提供去向证明",
  dueDate: dueIn(30),
  ...extra,
});

async function record(username: string, input: ReturnType<typeof finding>) {
  const res = await asUser(username, () => recordFinding(input));
  if (!res.ok) throw new Error(JSON.stringify(res));
  return prisma.inspectionFinding.findUniqueOrThrow({ where: { id: res.data.id } });
}

const upload = async (username: string, findingId: string) =>
  asUser(username, async () =>
    uploadFile(
      await multipartRequest(`/api/inspections/findings/${findingId}/files`, { file: await photo() }),
      params(findingId),
    ),
  );

let gulin: number;
let jishigang: number;
beforeAll(async () => {
  [gulin, jishigang] = await Promise.all([unitId("古林镇"), unitId("集士港镇")]);
});

describe("planning a round", () => {
  it("covers the chosen units, draws the sample from each unit's accepted cases, and tells the departments taking part", async () => {
    const accepted = await Promise.all([1, 2, 3].map(() => caseOf("古林镇", "ACCEPTED")));
    const inProgress = await caseOf("古林镇", "IN_PROGRESS");
    const all = (await prisma.unit.findMany({ select: { name: true } })).map((u) => u.name);
    const round = await plan(all, ["YJGL"]);
    const units = await prisma.inspectionRoundUnit.count({ where: { roundId: round.id } });
    expect(units).toBe(18);
    const samples = await prisma.inspectionSample.findMany({ where: { roundId: round.id, unitId: gulin } });
    expect(samples).toHaveLength(2);
    expect(samples.every((s) => accepted.some((c) => c.id === s.caseId))).toBe(true);
    expect(samples.some((s) => s.caseId === inProgress.id)).toBe(false);
    const told = await prisma.notification.findMany({
      where: { href: `/inspections/${round.id}` },
      select: { recipient: { select: { username: true } } },
    });
    expect(told.map((n) => n.recipient.username)).toEqual(["yjgl"]);
  });

  it("refuses an end before the start, and anyone but the office", async () => {
    const input = {
      title: "检查",
      startDate: "2020-07-10",
      endDate: "2020-07-01",
      checklist: "核实",
      sampleSize: 0,
      unitIds: [gulin],
      departmentIds: [],
    };
    expect(await asUser("office", () => planRound(input))).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "结束日期不能早于开始日期",
    });
    for (const who of ["leader", "yjgl", "gulin"]) {
      expect(await asUser(who, () => planRound({ ...input, endDate: "2020-07-20" }))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
  });

  it("is edited by the office before it starts, a stale form refused; not once started", async () => {
    const future = await plan(["古林镇"], ["YJGL"], { startDate: dueIn(10), endDate: dueIn(20) });
    const edit = {
      roundId: future.id,
      version: future.version,
      title: "改期后的检查",
      startDate: dueIn(12),
      endDate: dueIn(22),
      checklist: "核实封存",
      sampleSize: 1,
      unitIds: [gulin, jishigang],
      departmentIds: [await departmentId("SCJG")],
    };
    expect(await asUser("office", () => updateRound(edit))).toMatchObject({ ok: true });
    expect(await asUser("office", () => updateRound({ ...edit, title: "晚到的修改" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const saved = await prisma.inspectionRound.findUniqueOrThrow({
      where: { id: future.id },
      include: { units: true, departments: true },
    });
    expect([saved.title, saved.units.length, saved.departments.map((d) => d.departmentId)]).toEqual([
      "改期后的检查",
      2,
      [await departmentId("SCJG")],
    ]);

    const started = await plan(["古林镇"], ["YJGL"]);
    expect(
      await asUser("office", () => updateRound({ ...edit, roundId: started.id, version: started.version })),
    ).toMatchObject({ ok: false, code: "FORBIDDEN", message: "检查已开始，计划不能再修改" });
  });
});

describe("recording findings", () => {
  it("departments record findings only in rounds they take part in, once started, on the round's units; the unit is told", async () => {
    const round = await plan(["古林镇"], ["YJGL"]);
    const f = await record("yjgl", finding(round.id, gulin));
    expect(f.departmentId).toBe(await departmentId("YJGL"));
    const told = await prisma.notification.findMany({
      where: { href: `/inspections/findings/${f.id}` },
      select: { recipient: { select: { username: true } } },
    });
    expect(told.map((n) => n.recipient.username)).toEqual(["gulin"]);

    const before = await prisma.inspectionFinding.count();
    expect(await asUser("scjg", () => recordFinding(finding(round.id, gulin)))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await asUser("gulin", () => recordFinding(finding(round.id, gulin)))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await asUser("leader", () => recordFinding(finding(round.id, gulin)))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await asUser("yjgl", () => recordFinding(finding(round.id, jishigang)))).toMatchObject({
      ok: false,
      message: "该单位不在本次检查范围内",
    });
    expect(
      await asUser("yjgl", () => recordFinding(finding(round.id, gulin, { dueDate: isoDay(today) }))),
    ).toMatchObject({ ok: false, code: "INVALID", message: "整改期限应晚于今天" });
    const otherUnitCase = await caseOf("集士港镇", "ACCEPTED");
    expect(
      await asUser("yjgl", () => recordFinding(finding(round.id, gulin, { caseId: otherUnitCase.id }))),
    ).toMatchObject({ ok: false, code: "INVALID" });
    const future = await plan(["古林镇"], ["YJGL"], { startDate: dueIn(5), endDate: dueIn(6) });
    expect(await asUser("yjgl", () => recordFinding(finding(future.id, gulin)))).toMatchObject({
      ok: false,
      message: "检查尚未开始，不能记录问题",
    });
    expect(await prisma.inspectionFinding.count()).toBe(before);
  });

  it("scjg, not in the round, does not even see it; its photos cannot be added by another department", async () => {
    const round = await plan(["古林镇"], ["YJGL"]);
    const f = await record("yjgl", finding(round.id, gulin));
    const scjg = (await actAs("scjg"))!;
    expect(await getRound(scjg, round.id)).toBeNull();
    expect(await getFinding(scjg, f.id)).toBeNull();
    expect((await listRounds(scjg, round.campaignId, 1)).rows.map((r) => r.id)).not.toContain(round.id);
    expect((await upload("scjg", f.id)).status).toBe(404);
    expect((await upload("yjgl", f.id)).status).toBe(201);
    expect((await upload("office", f.id)).status).toBe(201);
    expect(await prisma.inspectionFindingFile.findMany({ where: { findingId: f.id }, select: { role: true } })).toEqual(
      [{ role: "FINDING" }, { role: "FINDING" }],
    );
  });
});

describe("a unit sees only its own findings", () => {
  it("gulin reads its findings and the rounds covering it; never 集士港镇's, nor their files", async () => {
    const round = await plan(["古林镇", "集士港镇"], ["YJGL"]);
    const own = await record("yjgl", finding(round.id, gulin));
    const other = await record("office", finding(round.id, jishigang));
    expect((await upload("office", other.id)).status).toBe(201);
    const otherFile = await prisma.inspectionFindingFile.findFirstOrThrow({ where: { findingId: other.id } });

    const user = (await actAs("gulin"))!;
    const seen = await getRound(user, round.id);
    expect(seen!.findings.map((f) => f.id)).toEqual([own.id]);
    expect(await getFinding(user, other.id)).toBeNull();
    expect((await getFinding(user, own.id))!.id).toBe(own.id);
    const listed = (await listFindings(user, round.campaignId, "all", 1)).rows.map((f) => f.id);
    expect(listed).toContain(own.id);
    expect(listed).not.toContain(other.id);
    expect((await listOpenFindings(user, round.campaignId, jishigang)).rows.map((f) => f.id)).toEqual([]);
    expect(
      (
        await asUser("gulin", () =>
          downloadFile(new Request(`http://localhost/api/inspections/files/${otherFile.id}`), params(otherFile.id)),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await asUser("jishigang", () =>
          downloadFile(new Request(`http://localhost/api/inspections/files/${otherFile.id}`), params(otherFile.id)),
        )
      ).status,
    ).toBe(200);
    expect(
      await asUser("gulin", () => answerFinding({ findingId: other.id, version: other.version, answer: "已整改完毕" })),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await upload("gulin", other.id)).status).toBe(404);

    // A round not covering 古林镇 is not found by gulin at all.
    const elsewhere = await plan(["集士港镇"], ["YJGL"]);
    expect(await getRound(user, elsewhere.id)).toBeNull();
    // The office and the leader read everything.
    for (const who of ["office", "leader"])
      expect((await getRound((await actAs(who))!, round.id))!.findings).toHaveLength(2);
  });
});

describe("the Excel export", () => {
  const problems = async (who: string, query: string) => {
    const res = await asUser(who, () =>
      exportFindings(new Request(`http://localhost/api/exports/inspections${query}`)),
    );
    if (res.status !== 200) return res.status;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    return {
      title: String(ws.getCell(1, 1).value),
      rows:
        ws.getRows(3, ws.rowCount - 2)?.map((r) => [r.getCell(3).value, r.getCell(6).value, r.getCell(10).value]) ?? [],
    };
  };

  it("carries the findings of the list the user may read, in the chosen state; a township only its own unit's, an expert nothing", async () => {
    const round = await plan(["古林镇", "集士港镇"], ["YJGL"]);
    const problem = `导出核对问题${serial++}`;
    await record("yjgl", { ...finding(round.id, gulin), problem });
    await record("office", { ...finding(round.id, jishigang), problem });
    const mine = (rows: unknown[][]) => rows.filter((r) => r[1] === problem);

    const office = await problems("office", "?status=all");
    if (typeof office === "number") throw new Error(String(office));
    expect(
      mine(office.rows)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["古林镇", "集士港镇"]);
    const gulinOpen = await problems("gulin", "");
    if (typeof gulinOpen === "number") throw new Error(String(gulinOpen));
    expect(gulinOpen.title).toContain("古林镇，待整改");
    expect(mine(gulinOpen.rows)).toEqual([["古林镇", problem, "待整改"]]);
    expect(gulinOpen.rows.every((r) => r[0] === "古林镇")).toBe(true);
    const closed = await problems("gulin", "?status=closed");
    expect(typeof closed !== "number" && mine(closed.rows)).toEqual([]);
    // An unknown state (even an Object.prototype name) is the default list, not an error.
    const odd = await problems("gulin", "?status=toString");
    expect(typeof odd !== "number" && odd.title).toContain("待整改");
    // 区市场监管局 takes no part in the round; the expert has no 监督检查 at all.
    const scjg = await problems("scjg", "?status=all");
    expect(typeof scjg !== "number" && mine(scjg.rows)).toEqual([]);
    expect(await problems("expert", "?status=all")).toBe(404);
  });
  it("?asOf= carries the findings as they stood at the end of that day: their state then, no later answer or closing", async () => {
    const round = await plan(["古林镇"], ["YJGL"]);
    const closedLater = `截至核对问题${serial++}`;
    const answeredLater = `截至核对问题${serial++}`;
    await record("yjgl", { ...finding(round.id, gulin), problem: closedLater });
    await record("yjgl", { ...finding(round.id, gulin), problem: answeredLater });
    const bj = (d: string) => new Date(`${d}T10:00:00+08:00`);
    // Answered 20 June, closed 10 July; the other answered only 5 July.
    await prisma.inspectionFinding.updateMany({
      where: { problem: closedLater },
      data: {
        status: "CLOSED",
        recordedAt: bj("2020-06-01"),
        answer: "六月已整改",
        answeredAt: bj("2020-06-20"),
        closedAt: bj("2020-07-10"),
        officeNote: "七月销号",
      },
    });
    await prisma.inspectionFinding.updateMany({
      where: { problem: answeredLater },
      data: {
        status: "ANSWERED",
        recordedAt: bj("2020-06-01"),
        dueDate: new Date("2020-06-25"),
        answer: "七月答复",
        answeredAt: bj("2020-07-05"),
      },
    });
    const full = async (query: string) => {
      const res = await asUser("office", () =>
        exportFindings(new Request(`http://localhost/api/exports/inspections${query}`)),
      );
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const ws = wb.worksheets[0];
      const rows = (ws.getRows(3, ws.rowCount - 2) ?? []).map((r) => (r.values as unknown[]).slice(1));
      return { title: String(ws.getCell(1, 1).value), rows, file: res.headers.get("content-disposition") ?? "" };
    };
    const june = await full("?status=all&asOf=2020-06-30");
    expect(june.title).toBe("2020年度监督检查发现的问题（全部，统计截至2020/06/30）");
    expect(decodeURIComponent(june.file)).toContain("统计截至2020-06-30");
    const row = (rows: unknown[][], problem: string) =>
      [9, 10, 11, 12, 13].map((i) => rows.find((r) => r[5] === problem)?.[i] ?? "");
    // 序号 … 状态 (10), 答复日期 (11), 整改情况答复 (12), 销号日期 (13), 区工强办意见 (14).
    expect(row(june.rows, closedLater)).toEqual(["已答复", "2020/06/20", "六月已整改", "", ""]);
    expect(row(june.rows, answeredLater)).toEqual(["待整改（逾期）", "", "", "", ""]);
    expect((await full("?status=closed&asOf=2020-06-30")).rows.some((r) => r[5] === closedLater)).toBe(false);
    expect((await full("?status=all&asOf=2020-05-31")).rows.some((r) => r[5] === closedLater)).toBe(false);
    // Today: closed, with its note.
    const today = await full("?status=all");
    expect(today.title).toMatch(/^2020年度监督检查发现的问题（全部，统计截至\d{4}\/\d{2}\/\d{2}）$/);
    expect(row(today.rows, closedLater)).toEqual(["已销号", "2020/06/20", "六月已整改", "2020/07/10", "七月销号"]);
  });
});

describe("an expert", () => {
  it("sees no round, finding or file here (referred findings reach experts through 专家咨询 only)", async () => {
    const round = await plan(["古林镇"], ["YJGL"]);
    const f = await record("office", finding(round.id, gulin));
    expect((await upload("office", f.id)).status).toBe(201);
    const file = await prisma.inspectionFindingFile.findFirstOrThrow({ where: { findingId: f.id } });
    await prisma.user.create({
      data: { username: "inspection-expert", displayName: "专家", passwordHash: "x", role: "EXPERT", districtId: 1 },
    });
    const expert = (await actAs("inspection-expert"))!;
    expect(await getRound(expert, round.id)).toBeNull();
    expect(await getFinding(expert, f.id)).toBeNull();
    expect((await listRounds(expert, round.campaignId, 1)).total).toBe(0);
    expect((await listFindings(expert, round.campaignId, "all", 1)).total).toBe(0);
    expect(
      (
        await asUser("inspection-expert", () =>
          downloadFile(new Request(`http://localhost/api/inspections/files/${file.id}`), params(file.id)),
        )
      ).status,
    ).toBe(404);
  });
});

describe("answering and closing", () => {
  it("gulin answers with evidence, the office sends it back with a note, gulin answers again, the office closes it", async () => {
    const round = await plan(["古林镇"], ["YJGL"]);
    let f = await record("yjgl", finding(round.id, gulin));
    const counts = async () => countOpenFindings((await actAs("office"))!, round.campaignId, today);
    const openBefore = await counts();

    await actAs("gulin");
    expect(await answerFinding({ findingId: f.id, version: f.version, answer: "已拆除主体设备" })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "请先上传整改证据（照片或材料）",
    });
    expect((await upload("gulin", f.id)).status).toBe(201);
    expect(await answerFinding({ findingId: f.id, version: f.version, answer: "已拆除主体设备" })).toMatchObject({
      ok: true,
    });
    expect(await answerFinding({ findingId: f.id, version: f.version, answer: "重复提交" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    f = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: f.id } });
    expect([f.status, f.answer]).toEqual(["ANSWERED", "已拆除主体设备"]);
    expect((await upload("gulin", f.id)).status).toBe(403); // answered: no more evidence until sent back
    const officeTold = await prisma.notification.count({
      where: { recipient: { username: "office" }, href: `/inspections/findings/${f.id}` },
    });
    expect(officeTold).toBe(1);
    const after = await counts();
    expect([after.open, after.answered]).toEqual([openBefore.open - 1, openBefore.answered + 1]);

    expect(
      await asUser("yjgl", () => reviewFinding({ findingId: f.id, version: f.version, decision: "CLOSE", note: null })),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("office");
    expect(await reviewFinding({ findingId: f.id, version: f.version, decision: "SEND_BACK", note: "" })).toMatchObject(
      { ok: false, code: "INVALID", message: "退回时请写明理由" },
    );
    expect(
      await reviewFinding({
        findingId: f.id,
        version: f.version,
        decision: "SEND_BACK",
        note: "去向证明缺少接收方盖章",
      }),
    ).toMatchObject({ ok: true });
    f = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: f.id } });
    expect([f.status, f.officeNote]).toEqual(["OPEN", "去向证明缺少接收方盖章"]);

    expect((await upload("gulin", f.id)).status).toBe(201);
    expect(
      await asUser("gulin", () => answerFinding({ findingId: f.id, version: f.version, answer: "已补盖章" })),
    ).toMatchObject({ ok: true });
    f = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: f.id } });
    expect(
      await reviewFinding({ findingId: f.id, version: f.version, decision: "CLOSE", note: "整改到位" }),
    ).toMatchObject({ ok: true });
    f = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: f.id } });
    expect([f.status, f.officeNote, f.closedAt instanceof Date]).toEqual(["CLOSED", "整改到位", true]);
    expect(await prisma.inspectionFindingFile.count({ where: { findingId: f.id, role: "ANSWER" } })).toBe(2);
    expect(
      await prisma.notification.count({
        where: {
          recipient: { username: "gulin" },
          text: { startsWith: "监督检查问题已销号" },
          href: `/inspections/findings/${f.id}`,
        },
      }),
    ).toBe(1);
  });
});

describe("removing a file uploaded by mistake", () => {
  it("each side removes its own files before the answer: hidden from the page and the download, kept in the database; the answer needs evidence again", async () => {
    const round = await plan(["古林镇"], ["YJGL"]);
    let f = await record("yjgl", finding(round.id, gulin));
    expect((await upload("yjgl", f.id)).status).toBe(201);
    expect((await upload("gulin", f.id)).status).toBe(201);
    const photo = await prisma.inspectionFindingFile.findFirstOrThrow({ where: { findingId: f.id, role: "FINDING" } });
    const evidence = await prisma.inspectionFindingFile.findFirstOrThrow({
      where: { findingId: f.id, role: "ANSWER" },
    });
    const download = (who: string, id: string) =>
      asUser(who, () => downloadFile(new Request(`http://localhost/api/inspections/files/${id}`), params(id)));

    expect(await asUser("gulin", () => removeFindingFile({ fileId: photo.id, version: f.version }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "只有记录问题的一方可以删除检查照片、材料",
    });
    expect(await asUser("office", () => removeFindingFile({ fileId: evidence.id, version: f.version }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "只有被检查单位可以删除整改证据",
    });
    expect(
      await asUser("jishigang", () => removeFindingFile({ fileId: evidence.id, version: f.version })),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await asUser("gulin", () => removeFindingFile({ fileId: evidence.id, version: f.version + 1 })),
    ).toMatchObject({ ok: false, code: "CONFLICT" });

    expect(await asUser("gulin", () => removeFindingFile({ fileId: evidence.id, version: f.version }))).toMatchObject({
      ok: true,
    });
    expect((await getFinding((await actAs("gulin"))!, f.id))!.files.map((x) => x.id)).toEqual([photo.id]);
    expect((await download("gulin", evidence.id)).status).toBe(404);
    expect((await download("office", evidence.id)).status).toBe(404);
    expect(
      (await prisma.inspectionFindingFile.findUniqueOrThrow({ where: { id: evidence.id } })).deletedAt,
    ).toBeInstanceOf(Date);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "inspection.removeFile", entityId: evidence.id },
    });
    expect(audit.before).toMatchObject({ deletedAt: null });
    // The finding's version moved on: a form built before is stale; the answer needs evidence again.
    expect(
      await asUser("gulin", () => answerFinding({ findingId: f.id, version: f.version, answer: "已拆除" })),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    f = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: f.id } });
    expect(
      await asUser("gulin", () => answerFinding({ findingId: f.id, version: f.version, answer: "已拆除" })),
    ).toMatchObject({ ok: false, code: "INVALID", message: "请先上传整改证据（照片或材料）" });
    expect(await asUser("gulin", () => removeFindingFile({ fileId: evidence.id, version: f.version }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });

    // The recording department removes its own photo.
    expect(await asUser("yjgl", () => removeFindingFile({ fileId: photo.id, version: f.version }))).toMatchObject({
      ok: true,
    });
    f = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: f.id } });
    expect((await getFinding((await actAs("office"))!, f.id))!.files).toEqual([]);

    // Answered: nothing is removed; sent back: what the answer was judged on stays, a new file may go.
    expect((await upload("gulin", f.id)).status).toBe(201);
    const answered = await prisma.inspectionFindingFile.findFirstOrThrow({
      where: { findingId: f.id, role: "ANSWER", deletedAt: null },
    });
    expect(
      await asUser("gulin", () => answerFinding({ findingId: f.id, version: f.version, answer: "已拆除" })),
    ).toMatchObject({ ok: true });
    f = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: f.id } });
    expect(await asUser("gulin", () => removeFindingFile({ fileId: answered.id, version: f.version }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "该问题已答复或已销号，文件不能再删除",
    });
    expect(
      await asUser("office", () =>
        reviewFinding({ findingId: f.id, version: f.version, decision: "SEND_BACK", note: "照片看不清" }),
      ),
    ).toMatchObject({ ok: true });
    f = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: f.id } });
    expect(await asUser("gulin", () => removeFindingFile({ fileId: answered.id, version: f.version }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "该文件已随答复提交，不能删除",
    });
    expect((await upload("gulin", f.id)).status).toBe(201);
    const added = await prisma.inspectionFindingFile.findFirstOrThrow({
      where: { findingId: f.id, role: "ANSWER", id: { not: answered.id }, deletedAt: null },
    });
    expect(await asUser("gulin", () => removeFindingFile({ fileId: added.id, version: f.version }))).toMatchObject({
      ok: true,
    });
  });
});

describe("due reminders", () => {
  it("remind the unit once when an open finding falls due; an answered one waits for the office instead", async () => {
    const round = await plan(["古林镇"], ["YJGL"]);
    const open = await record("yjgl", finding(round.id, gulin, { dueDate: dueIn(10) }));
    let answered = await record("yjgl", finding(round.id, gulin, { dueDate: dueIn(10) }));
    expect((await upload("gulin", answered.id)).status).toBe(201);
    expect(
      await asUser("gulin", () =>
        answerFinding({ findingId: answered.id, version: answered.version, answer: "已整改" }),
      ),
    ).toMatchObject({ ok: true });
    answered = await prisma.inspectionFinding.findUniqueOrThrow({ where: { id: answered.id } });
    const reminders = (id: string) =>
      prisma.notification.findMany({
        where: { href: `/inspections/findings/${id}`, text: { startsWith: "监督检查问题整改已到期" } },
        include: { recipient: true },
      });
    // 16:00 UTC is midnight in Beijing: the day before the due date, nothing yet.
    const at = (days: number, hourUtc: number) => new Date(addDays(today, days).getTime() + hourUtc * 3_600_000);
    await sendDueReminders(at(9, 15));
    expect(await reminders(open.id)).toEqual([]);
    await Promise.all([sendDueReminders(at(9, 17)), sendDueReminders(at(9, 17))]);
    await sendDueReminders(at(12, 2));
    const sent = await reminders(open.id);
    expect(sent.map((n) => [n.recipient.username, n.text])).toEqual([
      ["gulin", `监督检查问题整改已到期（${formatDate(addDays(today, 10))}），请尽快整改并答复：${round.title}`],
    ]);
    expect(await reminders(answered.id)).toEqual([]);

    // Sent back after its due date: open again, so the unit is reminded then (once).
    expect(
      await asUser("office", () =>
        reviewFinding({ findingId: answered.id, version: answered.version, decision: "SEND_BACK", note: "照片看不清" }),
      ),
    ).toMatchObject({ ok: true });
    await sendDueReminders(at(12, 2));
    await sendDueReminders(at(13, 2));
    expect((await reminders(answered.id)).map((n) => n.recipient.username)).toEqual(["gulin"]);
    expect(await reminders(open.id)).toHaveLength(1);
  });
});

describe("reopening an accepted case through a finding", () => {
  it("the office reopens it when recording (the case's REOPEN rule: 整治中, no longer accepted, a review, the unit told)", async () => {
    const c = await caseOf("古林镇", "ACCEPTED");
    const round = await plan(["古林镇"], ["YJGL"]);
    expect(
      await asUser("yjgl", () => recordFinding(finding(round.id, gulin, { caseId: c.id, reopenCase: true }))),
    ).toMatchObject({ ok: false, code: "FORBIDDEN", message: "只有区工强办可以据此撤销验收" });
    const f = await record("office", finding(round.id, gulin, { caseId: c.id, reopenCase: true }));
    expect(f.reopenedCaseAt).toBeInstanceOf(Date);
    const reopened = await prisma.case.findUniqueOrThrow({ where: { id: c.id }, include: { reviews: true } });
    expect([reopened.status, reopened.acceptedAt, reopened.version]).toEqual(["IN_PROGRESS", null, c.version + 1]);
    expect(reopened.reviews.map((r) => [r.decision, r.reason])).toEqual([
      ["REOPEN", "监督检查发现问题：现场发现主体设备未拆除"],
    ]);
    expect(
      await prisma.notification.count({ where: { recipient: { username: "gulin" }, href: `/cases/${c.id}` } }),
    ).toBe(1);
  });

  it("or later on a department's finding, once; never a case not accepted", async () => {
    const c = await caseOf("古林镇", "ACCEPTED");
    const round = await plan(["古林镇"], ["YJGL"]);
    const f = await record("yjgl", finding(round.id, gulin, { caseId: c.id }));
    expect((await prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("ACCEPTED");
    expect(await asUser("yjgl", () => reopenFindingCase({ findingId: f.id, version: f.version }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await asUser("office", () => reopenFindingCase({ findingId: f.id, version: f.version }))).toMatchObject({
      ok: true,
    });
    expect((await prisma.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("IN_PROGRESS");
    expect(await asUser("office", () => reopenFindingCase({ findingId: f.id, version: f.version + 1 }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "已据此问题撤销过该整治对象的验收",
    });

    const open = await caseOf("古林镇", "IN_PROGRESS");
    const g = await record("yjgl", finding(round.id, gulin, { caseId: open.id }));
    expect(await asUser("office", () => reopenFindingCase({ findingId: g.id, version: g.version }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "只有已验收的整治对象才能撤销验收",
    });
  });
});

describe("a closed year is frozen", () => {
  it("no finding is recorded, answered or closed in a round of a closed campaign", async () => {
    const round = await plan(["古林镇"], ["YJGL"]);
    const f = await record("yjgl", finding(round.id, gulin));
    expect((await upload("gulin", f.id)).status).toBe(201);
    await prisma.campaign.update({ where: { id: round.campaignId }, data: { closedAt: new Date() } });
    try {
      expect(await asUser("yjgl", () => recordFinding(finding(round.id, gulin)))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
        message: CLOSED_MESSAGE,
      });
      expect(
        await asUser("gulin", () => answerFinding({ findingId: f.id, version: f.version, answer: "已整改" })),
      ).toMatchObject({ ok: false, message: CLOSED_MESSAGE });
      expect((await upload("gulin", f.id)).status).toBe(403);
    } finally {
      await prisma.campaign.update({ where: { id: round.campaignId }, data: { closedAt: null } });
    }
  });
});

describe("the list page", () => {
  it("shows a page for any hand-edited ?page=, ?fpage= and ?status=", async () => {
    await actAs("office");
    const texts = (node: unknown): string => {
      if (typeof node === "string" || typeof node === "number") return String(node);
      if (Array.isArray(node)) return node.map(texts).join("");
      if (node && typeof node === "object" && "props" in node)
        return texts((node.props as { children?: unknown }).children);
      return "";
    };
    for (const page of ["99999999999999999999", "1e400", "2147483647", "abc", "-1"]) {
      const tree = await InspectionsPage({ searchParams: Promise.resolve({ page, fpage: page, status: page }) });
      expect(texts(tree)).toContain("监督检查");
    }
  });
});

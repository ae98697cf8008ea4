// Every unit carries out every line: townships record their own contributions, the lead department
// (or the office) confirms or returns them, and only confirmed ones count towards the line.
import { beforeEach, describe, expect, it } from "vitest";

import { POST as uploadAttachment } from "@/app/api/tasks/progress/[id]/attachments/route";
import { progressOfLine } from "@/lib/tasks/progress";
import { prisma } from "@/server/db";
import { correctTaskProgress } from "@/server/tasks/actions/correct-progress";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";
import { reviewContribution } from "@/server/tasks/actions/review-contribution";
import { setTaskLineShares } from "@/server/tasks/actions/set-shares";
import { getTaskLine } from "@/server/tasks/get-task-line";
import { listPendingContributions } from "@/server/tasks/list-pending-contributions";

import { creditCode, filesIn, jpeg } from "../helpers/fixtures";
import { actAs } from "../helpers/session";

const line = (code: string) => prisma.taskLine.findFirstOrThrow({ where: { code } });
const unit = (name: string) => prisma.unit.findFirstOrThrow({ where: { name } });
const snapshot = async () => ({
  progress: await prisma.taskProgress.findMany({ orderBy: { id: "asc" } }),
  shares: await prisma.taskLineShare.findMany({ orderBy: [{ taskLineId: "asc" }, { unitId: "asc" }] }),
  links: await prisma.taskProgressEnterprise.count(),
  enterprises: await prisma.enterprise.count(),
  notifications: await prisma.notification.count(),
  audit: await prisma.auditLog.count(),
  files: filesIn().length,
});

async function enterpriseOf(unitName: string) {
  const u = await unit(unitName);
  return prisma.enterprise.create({
    data: {
      name: `${unitName}有限空间企业${creditCode().slice(-6)}`,
      creditCode: creditCode(),
      unitId: u.id,
      industry: "OTHER",
    },
  });
}

/** gulin records two confined-space enterprises on T7. */
async function gulinRecordsTwo() {
  const t7 = await line("T7");
  const [a, b] = [await enterpriseOf("古林镇"), await enterpriseOf("古林镇")];
  await actAs("gulin");
  const first = await recordTaskProgress({
    taskLineId: t7.id,
    date: "2020-06-01",
    value: "1",
    note: "甲",
    enterpriseIds: [a.id],
  });
  const second = await recordTaskProgress({
    taskLineId: t7.id,
    date: "2020-06-02",
    value: "1",
    note: "乙",
    enterpriseIds: [b.id],
  });
  if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
  return { t7, ids: [first.data.id, second.data.id] };
}

async function t7Progress() {
  const office = (await actAs("office"))!;
  const l = (await getTaskLine(office, (await line("T7")).id))!;
  return progressOfLine(l, l.campaign, new Date("2020-07-01T04:00:00Z"));
}

async function upload(progressId: string) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(await jpeg())], "现场.jpg"));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return uploadAttachment(
    new Request(`http://localhost/api/tasks/progress/${progressId}/attachments`, {
      method: "POST",
      body,
      headers: {
        "content-type": encoded.headers.get("content-type")!,
        "content-length": String(body.length),
        origin: "http://localhost",
      },
    }),
    { params: Promise.resolve({ id: progressId }) },
  );
}

beforeEach(() => actAs(null));

describe("a township records its own contributions", () => {
  it("gulin's entries on T7 are its unit's, pending, linked to its enterprises, and yjgl is told", async () => {
    const { ids } = await gulinRecordsTwo();
    const gulin = await unit("古林镇");
    const rows = await prisma.taskProgress.findMany({ where: { id: { in: ids } }, include: { enterprises: true } });
    expect(rows.map((r) => [r.unitId, r.status, r.enterprises.length])).toEqual([
      [gulin.id, "PENDING", 1],
      [gulin.id, "PENDING", 1],
    ]);
    const yjgl = await prisma.user.findUniqueOrThrow({ where: { username: "yjgl" } });
    expect(
      await prisma.notification.count({ where: { recipientId: yjgl.id, text: { contains: "古林镇登记了T7的进展" } } }),
    ).toBe(2);
    // Pending contributions do not count yet.
    expect((await t7Progress()).achieved).toBe(0);
    // And its own attachment goes through the same upload checks.
    await actAs("gulin");
    expect((await upload(ids[0])).status).toBe(201);
  });

  it("sees only its own unit's entries of a line; another township's id is not found, and nothing changes", async () => {
    const { t7, ids } = await gulinRecordsTwo();
    const jishigang = (await actAs("jishigang"))!;
    expect((await getTaskLine(jishigang, t7.id))!.progress.map((p) => p.id)).not.toContain(ids[0]);
    const before = await snapshot();
    expect(
      await correctTaskProgress({ progressId: ids[0], version: 0, date: "2020-06-01", value: "1", note: "改" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await upload(ids[0])).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it("may not name another unit's enterprise, by id or by credit code", async () => {
    const t7 = await line("T7");
    const other = await enterpriseOf("集士港镇");
    await actAs("gulin");
    const before = await snapshot();
    expect(
      await recordTaskProgress({ taskLineId: t7.id, date: "2020-06-01", value: "1", enterpriseIds: [other.id] }),
    ).toMatchObject({ ok: false, code: "INVALID", message: "所选企业不在本单位企业台账中，请重新选择" });
    const gulin = await unit("古林镇");
    expect(
      await recordTaskProgress({
        taskLineId: t7.id,
        date: "2020-06-01",
        value: "1",
        newEnterprises: [{ name: "借用代码", creditCode: other.creditCode!, unitId: gulin.id, industry: "OTHER" }],
      }),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(await snapshot()).toEqual(before);
  });

  it("a new enterprise a township names is its own unit's, whatever unit the form sent", async () => {
    const t7 = await line("T7");
    const jishigang = await unit("集士港镇");
    await actAs("gulin");
    const code = creditCode();
    const res = await recordTaskProgress({
      taskLineId: t7.id,
      date: "2020-06-01",
      value: "1",
      newEnterprises: [{ name: "古林新企业", creditCode: code, unitId: jishigang.id, industry: "OTHER" }],
    });
    expect(res).toMatchObject({ ok: true });
    const e = await prisma.enterprise.findUniqueOrThrow({ where: { creditCode: code }, include: { unit: true } });
    expect([e.unit.name, e.proposedByDepartmentId]).toEqual(["古林镇", null]);
  });

  it("a line counted from records (T14: the measures on cases) takes no typed contribution", async () => {
    const t14 = await line("T14");
    await actAs("gulin");
    const res = await recordTaskProgress({
      taskLineId: t14.id,
      date: "2020-06-01",
      caseNotes: ["某作坊违法建筑已拆除", "某厂违建已整改"],
    });
    expect(res).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "该重点工作任务的进展按各整治对象登记的执法措施自动统计，请在整治对象页面记录执法措施",
    });
    expect(await prisma.taskProgress.count({ where: { taskLineId: t14.id } })).toBe(0);
  });
});

describe("the lead department confirms or returns", () => {
  it("yjgl confirms one and returns one with a reason: the line counts only the confirmed one; gulin is told", async () => {
    const { ids } = await gulinRecordsTwo();
    await actAs("yjgl");
    expect(await reviewContribution({ progressId: ids[0], version: 0, decision: "CONFIRM" })).toEqual({
      ok: true,
      data: { version: 1 },
    });
    expect(await reviewContribution({ progressId: ids[1], version: 0, decision: "RETURN" })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "退回须填写理由",
    });
    expect(
      await reviewContribution({ progressId: ids[1], version: 0, decision: "RETURN", reason: "缺少整改前后照片" }),
    ).toMatchObject({ ok: true });
    const [a, b] = await Promise.all(ids.map((id) => prisma.taskProgress.findUniqueOrThrow({ where: { id } })));
    expect([a.status, a.confirmedById !== null, b.status, b.returnReason]).toEqual([
      "CONFIRMED",
      true,
      "RETURNED",
      "缺少整改前后照片",
    ]);
    expect(await prisma.auditLog.count({ where: { action: "task.reviewContribution", entityId: { in: ids } } })).toBe(
      2,
    );
    const gulinUser = await prisma.user.findUniqueOrThrow({ where: { username: "gulin" } });
    expect(
      await prisma.notification.findFirst({
        where: { recipientId: gulinUser.id, text: { contains: "被退回：缺少整改前后照片" } },
      }),
    ).not.toBeNull();
    const p = await t7Progress();
    expect([p.achieved, p.goal]).toEqual([1, 61]); // this file's first confirmation
    // Deciding again on a stale page is refused.
    await actAs("yjgl");
    expect(await reviewContribution({ progressId: ids[0], version: 1, decision: "RETURN", reason: "x" })).toMatchObject(
      { ok: false, code: "CONFLICT" },
    );
  });

  it("gulin corrects the returned one and it waits for confirmation again; a confirmed one it can no longer change", async () => {
    const { ids } = await gulinRecordsTwo();
    await actAs("yjgl");
    await reviewContribution({ progressId: ids[0], version: 0, decision: "CONFIRM" });
    await reviewContribution({ progressId: ids[1], version: 0, decision: "RETURN", reason: "缺少照片" });
    await actAs("gulin");
    const enterprise = (await prisma.taskProgressEnterprise.findFirstOrThrow({ where: { progressId: ids[1] } }))
      .enterpriseId;
    expect(
      await correctTaskProgress({
        progressId: ids[1],
        version: 1,
        date: "2020-06-02",
        value: "1",
        note: "已补充照片",
        enterpriseIds: [enterprise],
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.taskProgress.findUniqueOrThrow({ where: { id: ids[1] } })).toMatchObject({
      status: "PENDING",
      returnReason: null,
      note: "已补充照片",
    });
    expect(await correctTaskProgress({ progressId: ids[0], version: 1, date: "2020-06-01", value: "5" })).toMatchObject(
      { ok: false, code: "NOT_FOUND" },
    );
    expect((await upload(ids[0])).status).toBe(404);
  });

  it("a department confirms only on lines it leads; a township never; the office may", async () => {
    const { ids } = await gulinRecordsTwo();
    const before = await snapshot();
    await actAs("fgj");
    expect(await reviewContribution({ progressId: ids[0], version: 0, decision: "CONFIRM" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await listPendingContributions((await actAs("fgj"))!, (await prisma.campaign.findFirstOrThrow()).id),
    ).toHaveLength(0);
    await actAs("gulin");
    expect(await reviewContribution({ progressId: ids[0], version: 0, decision: "CONFIRM" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    expect(await snapshot()).toEqual(before);
    const yjgl = (await actAs("yjgl"))!;
    expect(
      (await listPendingContributions(yjgl, (await prisma.campaign.findFirstOrThrow()).id)).map((p) => p.id),
    ).toEqual(expect.arrayContaining(ids));
    await actAs("office");
    expect(await reviewContribution({ progressId: ids[0], version: 0, decision: "CONFIRM" })).toMatchObject({
      ok: true,
    });
  });

  it("a department's own entry is not a contribution to confirm", async () => {
    const t7 = await line("T7");
    const achieved = (await t7Progress()).achieved;
    await actAs("yjgl");
    const own = await recordTaskProgress({ taskLineId: t7.id, date: "2020-06-01", value: "2" });
    const id = own.ok ? own.data.id : "";
    expect(await prisma.taskProgress.findUniqueOrThrow({ where: { id } })).toMatchObject({
      unitId: null,
      status: null,
    });
    expect(await reviewContribution({ progressId: id, version: 0, decision: "CONFIRM" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // It counts at once, with no confirmation.
    expect((await t7Progress()).achieved).toBe(achieved + 2);
  });
});

describe("unit shares", () => {
  it("yjgl splits T7 among units; the sum falling short is a warning, not a refusal; audited", async () => {
    const t7 = await line("T7");
    const [gulin, jishigang] = [await unit("古林镇"), await unit("集士港镇")];
    await actAs("yjgl");
    const res = await setTaskLineShares({
      taskLineId: t7.id,
      shares: [
        { unitId: gulin.id, target: "5" },
        { unitId: jishigang.id, target: "4" },
      ],
    });
    expect(res).toEqual({ ok: true, data: { warning: "各单位分解数合计9家，少于任务目标61家，尚有52家未分解" } });
    expect(
      (await prisma.taskLineShare.findMany({ where: { taskLineId: t7.id }, orderBy: { unitId: "asc" } }))
        .map((s) => Number(s.target))
        .sort(),
    ).toEqual([4, 5]);
    // Clearing one unit's share leaves the other.
    expect(
      await setTaskLineShares({ taskLineId: t7.id, shares: [{ unitId: jishigang.id, target: "" }] }),
    ).toMatchObject({ ok: true });
    expect(await prisma.taskLineShare.findMany({ where: { taskLineId: t7.id } })).toMatchObject([{ unitId: gulin.id }]);
    expect(await prisma.auditLog.count({ where: { action: "task.setShares" } })).toBe(2);
    expect(await setTaskLineShares({ taskLineId: t7.id, shares: [{ unitId: gulin.id, target: "2.5" }] })).toMatchObject(
      { ok: false, code: "INVALID" },
    );
  });

  it("only the lead department or the office; never on a line without a number", async () => {
    const [t7, t14] = [await line("T7"), await line("T14")];
    const gulin = await unit("古林镇");
    const shares = [{ unitId: gulin.id, target: "3" }];
    const before = await snapshot();
    await actAs("fgj");
    expect(await setTaskLineShares({ taskLineId: t7.id, shares })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs("gulin");
    expect(await setTaskLineShares({ taskLineId: t7.id, shares })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("zhzf");
    expect(await setTaskLineShares({ taskLineId: t14.id, shares })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "该重点工作任务没有数量目标，无需分解",
    });
    expect(await snapshot()).toEqual(before);
    await actAs("office");
    expect(await setTaskLineShares({ taskLineId: t7.id, shares })).toMatchObject({ ok: true });
  });
});

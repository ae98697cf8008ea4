import { beforeAll, describe, expect, it } from "vitest";

import { POST as uploadPhoto } from "@/app/api/return-visits/[id]/photos/route";
import { GET as downloadPhoto } from "@/app/api/return-visits/photos/[id]/route";
import { sampleBucket } from "@/lib/return-visits/rules";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { sendDueReminders } from "@/server/notifications/send-due-reminders";
import { returnVisitPolicy } from "@/server/policies";
import { recordReturnVisit } from "@/server/return-visits/actions/record-return-visit";
import { scheduleReturnVisits } from "@/server/return-visits/actions/schedule-return-visits";
import { getReturnVisit } from "@/server/return-visits/get-return-visit";
import { listRelapses } from "@/server/return-visits/list-relapses";
import { listReturnVisits } from "@/server/return-visits/list-return-visits";

import { filesIn, HAISHU, HAISHU_DISTRICT_ID, jpeg } from "../../helpers/fixtures";
import { actAs, asUser } from "../../helpers/session";

const params = (id: string) => ({ params: Promise.resolve({ id }) });

async function photoRequest(id: string) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(await jpeg())], "回访.jpg"));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  return new Request(`http://localhost/api/return-visits/${id}/photos`, {
    method: "POST",
    body,
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(body.length),
      origin: "http://localhost",
    },
  });
}

async function acceptedCase(
  unitName: string,
  name: string,
  category: "ELIMINATION" | "RECTIFICATION",
  disposalPath: "SEALED" | null,
  more: { id?: string; outcome?: string; dimensions?: ("ENVIRONMENT" | "SAFETY")[] } = {},
) {
  const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
  const unit = await prisma.unit.findFirstOrThrow({ where: { name: unitName } });
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  const enterprise = await prisma.enterprise.create({ data: { name, unitId: unit.id, industry: "FOUNDRY" } });
  const outcome = more.outcome
    ? await prisma.rectificationOutcome.upsert({
        where: { districtId_name: { ...HAISHU, name: more.outcome } },
        create: { name: more.outcome, displayOrder: 90, ...HAISHU },
        update: {},
      })
    : null;
  return prisma.case.create({
    data: {
      id: more.id,
      outcomeId: outcome?.id,
      dimensions: more.dimensions ?? [],
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId: unit.id,
      category,
      disposalPath,
      status: "ACCEPTED",
      acceptedAt: new Date("2020-06-15T02:00:00Z"),
      submittedAt: new Date("2020-06-01T02:00:00Z"),
      createdById: office.id,
    },
  });
}

async function snapshot() {
  return {
    tasks: await prisma.returnVisit.findMany({ orderBy: { id: "asc" } }),
    photos: await prisma.returnVisitPhoto.count(),
    cases: await prisma.case.findMany({ orderBy: { id: "asc" } }),
    audit: await prisma.auditLog.count(),
    stored: filesIn().length,
  };
}

/** A case id inside (or outside) the closed-workshop sample at the default 20 % (lib/return-visits/rules.ts sampleBucket). */
function caseIdWhere(inSample: boolean, salt: string) {
  for (let i = 0; ; i++) {
    const id = `c${salt}${String(i).padStart(24 - salt.length, "0")}`;
    if (sampleBucket(id) < returnVisitPolicy.closedWorkshopSamplePercent === inSample) return id;
  }
}

let sealedId: string;
let rectificationId: string;
let gaoqiaoSealedId: string;
let closedWorkshopId: string;
let unsampledWorkshopId: string;
let keptWorkshopId: string;
beforeAll(async () => {
  sealedId = (await acceptedCase("古林镇", "古林封存铸造厂", "ELIMINATION", "SEALED")).id;
  rectificationId = (await acceptedCase("古林镇", "古林整治作坊", "RECTIFICATION", null)).id;
  // 低散乱 workshops: closed (关停取缔) in and out of their sample, and one kept producing (规范提升).
  const workshop = (name: string, outcome: string, id: string) =>
    acceptedCase("古林镇", name, "RECTIFICATION", null, { id, outcome, dimensions: ["ENVIRONMENT"] });
  closedWorkshopId = (await workshop("古林关停取缔作坊", "关停取缔", caseIdWhere(true, "ws"))).id;
  unsampledWorkshopId = (await workshop("古林关停未抽中作坊", "关停取缔", caseIdWhere(false, "wo"))).id;
  keptWorkshopId = (await workshop("古林规范提升作坊", "规范提升", caseIdWhere(true, "wk"))).id;
  // The reminder test's own unit, so a visit recorded by another test cannot change what is due there.
  gaoqiaoSealedId = (await acceptedCase("高桥镇", "高桥封存铸造厂", "ELIMINATION", "SEALED")).id;
});

/** The case's 回访 task, scheduled by the office if no test has done so yet (scheduling only adds what is missing). */
async function taskOf(caseId: string) {
  expect(await asUser("office", () => scheduleReturnVisits({}))).toMatchObject({ ok: true });
  return prisma.returnVisit.findFirstOrThrow({ where: { caseId } });
}

describe("回访", () => {
  it("the office schedules sealed eliminations and sampled closed workshops once, due 30 days after acceptance; the unit is told", async () => {
    await actAs("gulin");
    expect(await scheduleReturnVisits({})).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("office");
    const first = await scheduleReturnVisits({});
    expect(first.ok).toBe(true);
    const mine = [sealedId, rectificationId, closedWorkshopId, unsampledWorkshopId, keptWorkshopId];
    const tasks = await prisma.returnVisit.findMany({ where: { caseId: { in: mine } } });
    expect(new Map(tasks.map((t) => [t.caseId, t.dueDate.toISOString()]))).toEqual(
      new Map([
        [sealedId, "2020-07-15T00:00:00.000Z"],
        [closedWorkshopId, "2020-07-15T00:00:00.000Z"],
      ]),
    );
    expect(await scheduleReturnVisits({})).toEqual({ ok: true, data: { created: 0 } });
    const told = await prisma.notification.findMany({
      where: { recipient: { username: "gulin" }, text: { startsWith: "新增回访任务" } },
    });
    expect(told.map((n) => [n.text, n.href])).toEqual([
      ["新增回访任务 2 件（由牵头部门或区工强办回访，可陪同），最早 2020/07/15 到期", "/return-visits"],
    ]);
  });

  it("reminds the unit once when the visit falls due", async () => {
    await taskOf(gaoqiaoSealedId);
    const reminders = () =>
      prisma.notification.findMany({
        where: { recipient: { username: "gaoqiao" }, text: { startsWith: "回访任务已到期" } },
      });
    await sendDueReminders(new Date("2020-07-14T15:00:00Z")); // 14 July in Beijing: not yet
    expect(await reminders()).toEqual([]);
    await Promise.all([
      sendDueReminders(new Date("2020-07-15T01:00:00Z")),
      sendDueReminders(new Date("2020-07-15T01:00:00Z")),
    ]);
    await sendDueReminders(new Date());
    expect((await reminders()).map((n) => n.text)).toEqual(["回访任务已到期 1 件，请配合牵头部门或区工强办回访"]);
  });

  it("neither the owning township (it may accompany), another unit nor a department outside its remit records the visit; nothing changes", async () => {
    const task = await taskOf(sealedId);
    const before = await snapshot();
    const visit = {
      id: task.id,
      version: task.version,
      visitedOn: "2020-07-20",
      result: "RESUMED" as const,
      note: "恢复生产",
    };
    const jishigang = (await actAs("jishigang"))!;
    expect(await getReturnVisit(jishigang, task.id)).toBeNull();
    expect((await listReturnVisits(jishigang, "pending", 1)).rows.map((r) => r.id)).not.toContain(task.id);
    expect((await uploadPhoto(await photoRequest(task.id), params(task.id))).status).toBe(404);
    expect(await recordReturnVisit(visit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // The owning township sees its task but does not record it.
    const gulin = (await actAs("gulin"))!;
    expect(await getReturnVisit(gulin, task.id)).not.toBeNull();
    expect(await recordReturnVisit(visit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await uploadPhoto(await photoRequest(task.id), params(task.id))).status).toBe(403);
    // 区生态环境分局 leads 环保: this sealed case is in no dimension of its.
    const sthj = (await actAs("sthj"))!;
    expect(await getReturnVisit(sthj, task.id)).toBeNull();
    expect(await recordReturnVisit(visit)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs("leader");
    expect(await recordReturnVisit(visit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshot()).toEqual(before);
  });

  it("区发改局 records it with a photo first, naming who of the township accompanied; production resumed reopens the case and tells the office and the township", async () => {
    const task = await taskOf(sealedId);
    const office = (await actAs("office"))!;
    const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
    const gulinUnit = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
    const acceptedBefore = (await getDashboard(office, campaign, new Date(), gulinUnit.id))!.rows[0].figures.ELIMINATION
      .accepted;

    await actAs("fgj");
    const visit = {
      id: task.id,
      version: task.version,
      visitedOn: "2020-07-20",
      result: "RESUMED" as const,
      note: "封存设备已拆封，正在生产",
      accompaniedBy: "古林镇 张三",
    };
    expect(await recordReturnVisit(visit)).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "请先上传回访现场照片",
    });
    const up = await uploadPhoto(await photoRequest(task.id), params(task.id));
    expect(up.status).toBe(201);
    expect(await recordReturnVisit(visit)).toMatchObject({ ok: true });
    const fgj = await prisma.user.findUniqueOrThrow({ where: { username: "fgj" } });
    expect(await prisma.returnVisit.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      result: "RESUMED",
      accompaniedBy: "古林镇 张三",
      recordedById: fgj.id,
    });
    expect(
      (
        await prisma.notification.findMany({ where: { recipient: { username: "gulin" }, href: `/cases/${sealedId}` } })
      ).map((n) => n.text),
    ).toEqual(["整治对象验收被撤销：古林封存铸造厂"]);

    const c = await prisma.case.findUniqueOrThrow({ where: { id: sealedId }, include: { reviews: true } });
    expect(c).toMatchObject({ status: "IN_PROGRESS", acceptedAt: null });
    expect(c.reviews.map((r) => [r.decision, r.reason])).toEqual([
      ["REOPEN", "回访发现死灰复燃：封存设备已拆封，正在生产"],
    ]);
    expect(
      await prisma.notification.count({ where: { recipient: { username: "office" }, href: `/cases/${sealedId}` } }),
    ).toBe(1);
    expect((await listRelapses(office, campaign.id)).map((r) => r.case.id)).toContain(sealedId);
    expect((await getDashboard(office, campaign, new Date(), gulinUnit.id))!.rows[0].figures.ELIMINATION.accepted).toBe(
      acceptedBefore - 1,
    );

    // Recorded once; the office reads the photo, jishigang does not; no new task while the case is open.
    expect(await recordReturnVisit({ ...visit, version: visit.version + 1 })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    const photo = await prisma.returnVisitPhoto.findFirstOrThrow({ where: { returnVisitId: task.id } });
    await actAs("gulin");
    expect((await downloadPhoto(new Request("http://localhost/x"), params(photo.id))).status).toBe(200);
    await actAs("office");
    expect((await downloadPhoto(new Request("http://localhost/x"), params(photo.id))).status).toBe(200);
    expect(await scheduleReturnVisits({})).toEqual({ ok: true, data: { created: 0 } });
    await actAs("jishigang");
    expect((await downloadPhoto(new Request("http://localhost/x"), params(photo.id))).status).toBe(404);
  });

  it("in a closed year a relapse is recorded and reported, but the frozen case is not reopened", async () => {
    const closed = await prisma.campaign.create({
      data: {
        districtId: HAISHU_DISTRICT_ID,
        year: 2019,
        title: "2019 已关闭",
        startDate: new Date("2019-01-01"),
        deadline: new Date("2019-12-31"),
        closedAt: new Date("2020-01-05T00:00:00Z"),
      },
    });
    const accepted = await acceptedCase("古林镇", "古林旧年封存厂", "ELIMINATION", "SEALED");
    await prisma.case.update({ where: { id: accepted.id }, data: { campaignId: closed.id } });
    const task = await prisma.returnVisit.create({
      data: {
        caseId: accepted.id,
        unitId: accepted.unitId,
        acceptedAt: accepted.acceptedAt!,
        dueDate: new Date("2020-07-15"),
      },
    });
    await actAs("fgj");
    expect((await uploadPhoto(await photoRequest(task.id), params(task.id))).status).toBe(201);
    expect(
      await recordReturnVisit({
        id: task.id,
        version: task.version,
        visitedOn: "2020-07-20",
        result: "RESUMED",
        note: "设备拆封恢复生产",
      }),
    ).toMatchObject({ ok: true });

    expect(await prisma.case.findUniqueOrThrow({ where: { id: accepted.id } })).toMatchObject({
      status: "ACCEPTED",
      campaignId: closed.id,
    });
    expect(await prisma.returnVisit.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ result: "RESUMED" });
    const told = await prisma.notification.findFirstOrThrow({
      where: { recipient: { username: "office" }, href: `/cases/${accepted.id}` },
    });
    expect(told.text).toContain("所属年度已关闭");
  });

  it("区发改局 and 区经信局 read every elimination's return visit (淘汰类 is theirs); another department those of cases in its dimensions, and records them", async () => {
    const environmental = await acceptedCase("高桥镇", "高桥环保封存厂", "ELIMINATION", "SEALED");
    await prisma.case.update({ where: { id: environmental.id }, data: { dimensions: ["ENVIRONMENT"] } });
    const plain = await taskOf(sealedId); // a case in no department's dimensions
    const env = await taskOf(environmental.id);
    const seen = async (username: string) => {
      const u = (await actAs(username))!;
      const listed = (await listReturnVisits(u, "pending", 1)).rows
        .map((r) => r.id)
        .concat((await listReturnVisits(u, "done", 1)).rows.map((r) => r.id));
      const opened = [(await getReturnVisit(u, plain.id))?.id, (await getReturnVisit(u, env.id))?.id].filter(Boolean);
      return { plain: listed.includes(plain.id), env: listed.includes(env.id), opened: opened.length };
    };
    expect(await seen("fgj")).toEqual({ plain: true, env: true, opened: 2 });
    expect(await seen("jxj")).toEqual({ plain: true, env: true, opened: 2 });
    expect(await seen("sthj")).toEqual({ plain: false, env: true, opened: 1 }); // leads 环保, the case's dimension
    expect(await seen("yjgl")).toEqual({ plain: false, env: false, opened: 0 });

    // The department in whose remit the case lies records it; one outside it does not.
    await actAs("yjgl");
    const visit = {
      id: env.id,
      version: env.version,
      visitedOn: "2020-07-20",
      result: "COMPLIANT" as const,
      note: "未复产",
    };
    expect(await recordReturnVisit(visit)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs("sthj");
    expect((await uploadPhoto(await photoRequest(env.id), params(env.id))).status).toBe(201);
    expect(await recordReturnVisit(visit)).toMatchObject({ ok: true });
    expect(await prisma.returnVisit.findUniqueOrThrow({ where: { id: env.id } })).toMatchObject({
      result: "COMPLIANT",
      accompaniedBy: null,
    });
  });

  it("a closed 低散乱 workshop's visit is recorded by the department of its dimension", async () => {
    const task = await taskOf(closedWorkshopId);
    await actAs("gulin");
    const visit = {
      id: task.id,
      version: task.version,
      visitedOn: "2020-07-21",
      result: "COMPLIANT" as const,
      note: "场地已清空",
    };
    expect(await recordReturnVisit(visit)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs("sthj");
    expect((await uploadPhoto(await photoRequest(task.id), params(task.id))).status).toBe(201);
    expect(await recordReturnVisit({ ...visit, accompaniedBy: "古林镇 李四" })).toMatchObject({ ok: true });
    expect(await prisma.returnVisit.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      result: "COMPLIANT",
      accompaniedBy: "古林镇 李四",
    });
  });
});

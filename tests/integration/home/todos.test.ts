import { beforeAll, describe, expect, it } from "vitest";

import { missingItems } from "@/lib/cases/requirements";
import { urgencyOf } from "@/lib/home/todo";
import { prisma } from "@/server/db";
import { getTodos } from "@/server/home/get-todos";
import type { SessionUser } from "@/server/session";

import { fixClock } from "../../helpers/clock";
import { HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";

// 15 July 2020, 10:00 in Beijing: inside the demo campaign, after the demo finding on 古林镇 fell due (10 July).
const NOW = new Date("2020-07-15T02:00:00Z");
fixClock(NOW);

const unit = async (name: string) => (await prisma.unit.findFirstOrThrow({ where: { name } })).id;
const campaign = () => prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
const user = async (username: string) => (await actAs(username))!;
const todos = async (u: SessionUser) => (await getTodos(u, await campaign(), new Date()))!;

let serial = 0;
async function makeCase(
  unitName: string,
  data: { status: "REGISTERED" | "IN_PROGRESS" | "RETURNED" | "SUBMITTED"; name?: string; deadline?: Date } & Partial<{
    dimensions: ("SAFETY" | "ENVIRONMENT" | "INDUSTRIAL_POLICY")[];
    submittedAt: Date;
  }>,
) {
  const [c, u, office] = await Promise.all([
    campaign(),
    unit(unitName),
    prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
  ]);
  const enterprise = await prisma.enterprise.create({
    data: { name: data.name ?? `${unitName}待办企业${serial++}`, unitId: u, industry: "OTHER" },
  });
  return prisma.case.create({
    data: {
      campaignId: c.id,
      enterpriseId: enterprise.id,
      unitId: u,
      category: "RECTIFICATION",
      dimensions: data.dimensions ?? ["SAFETY"],
      status: data.status,
      deadline: data.deadline ?? null,
      submittedAt: data.submittedAt ?? null,
      createdById: office.id,
    },
    include: { enterprise: true },
  });
}

let gulinReturned: Awaited<ReturnType<typeof makeCase>>;
let dongqiaoReturned: Awaited<ReturnType<typeof makeCase>>;
let gulinBare: Awaited<ReturnType<typeof makeCase>>;
let gulinLate: Awaited<ReturnType<typeof makeCase>>;
let safetySubmitted: Awaited<ReturnType<typeof makeCase>>;

beforeAll(async () => {
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  gulinReturned = await makeCase("古林镇", { status: "RETURNED", name: "古林待办退回厂" });
  dongqiaoReturned = await makeCase("洞桥镇", { status: "RETURNED", name: "洞桥待办退回厂" });
  for (const c of [gulinReturned, dongqiaoReturned])
    await prisma.review.create({
      data: { caseId: c.id, decision: "RETURN", reason: "整治后照片不清晰，请补拍", reviewerId: office.id },
    });
  // A 监督检查 round in June with 区应急管理局: one finding on 古林镇 due 10 July, one on 洞桥镇.
  const c = await campaign();
  const yjglDept = await prisma.department.findFirstOrThrow({ where: { code: "YJGL" } });
  const yjglUser = await prisma.user.findUniqueOrThrow({ where: { username: "yjgl" } });
  const [gulin, dongqiao] = [await unit("古林镇"), await unit("洞桥镇")];
  const round = await prisma.inspectionRound.create({
    data: {
      campaignId: c.id,
      title: "2020年6月监督检查",
      startDate: new Date("2020-06-15"),
      endDate: new Date("2020-06-24"),
      checklist: "查看整治提升现场",
      createdById: office.id,
      units: { create: [{ unitId: gulin }, { unitId: dongqiao }] },
      departments: { create: [{ departmentId: yjglDept.id }] },
    },
  });
  for (const [unitId, problem] of [
    [gulin, "车间消防通道堆放原料"],
    [dongqiao, "洞桥有限空间作业无审批记录"],
  ] as const)
    await prisma.inspectionFinding.create({
      data: {
        roundId: round.id,
        unitId,
        departmentId: yjglDept.id,
        problem,
        requirement: "清理消防通道",
        dueDate: new Date("2020-07-10"),
        recordedById: yjglUser.id,
        recordedAt: new Date("2020-06-16T07:00:00Z"),
      },
    });
  // A 通报 naming 古林镇 and 洞桥镇 (洞桥镇 has acknowledged it), a 约谈 with 古林镇 alone.
  await prisma.supervisionNotice.create({
    data: {
      kind: "CIRCULAR",
      campaignId: c.id,
      title: "关于整治进展较慢单位的通报",
      body: "……",
      date: new Date("2020-06-10"),
      issuedById: office.id,
      units: { create: [{ unitId: gulin }, { unitId: dongqiao, acknowledgedAt: new Date("2020-06-11T01:00:00Z") }] },
    },
  });
  await prisma.supervisionNotice.create({
    data: {
      kind: "INTERVIEW",
      campaignId: c.id,
      title: "约谈古林镇整治工作分管负责人",
      body: "……",
      date: new Date("2020-06-20"),
      followUpDate: new Date("2020-07-10"),
      issuedById: office.id,
      units: { create: [{ unitId: gulin }] },
    },
  });
  gulinBare = await makeCase("古林镇", { status: "IN_PROGRESS", name: "古林待办缺材料作坊" });
  gulinLate = await makeCase("古林镇", {
    status: "IN_PROGRESS",
    name: "古林待办逾期作坊",
    deadline: new Date("2020-07-01"),
  });
  safetySubmitted = await makeCase("洞桥镇", {
    status: "SUBMITTED",
    name: "洞桥待办上报厂",
    dimensions: ["SAFETY"],
    submittedAt: new Date("2019-01-01T02:00:00Z"),
  });
});

describe("a township officer's to-do list", () => {
  it("lists its returned case with the reviewer's reason, its missing evidence by item and its case past 整改期限", async () => {
    const list = await todos(await user("gulin"));
    const returned = list.find((i) => i.key === `case:${gulinReturned.id}`)!;
    expect(returned).toMatchObject({ kind: "CASE_RETURNED", href: `/cases/${gulinReturned.id}`, action: "去整改" });
    expect(returned.details[0]).toBe("退回原因：整治后照片不清晰，请补拍");

    const bare = list.find((i) => i.key === `case:${gulinBare.id}`)!;
    const missing = missingItems({ ...gulinBare, evidenceKinds: [], equipment: [] });
    expect(missing.length).toBeGreaterThan(0);
    expect(bare).toMatchObject({ kind: "CASE_MISSING", details: [`缺少：${missing.join("、")}`] });

    const late = list.find((i) => i.key === `case:${gulinLate.id}`)!;
    expect(late).toMatchObject({ kind: "CASE_OVERDUE", due: new Date("2020-07-01") });
    expect(urgencyOf(late, NOW)).toBe("OVERDUE");
  });

  it("lists its overdue 监督检查 finding and its unread 通报 and 约谈, each with its one action", async () => {
    const list = await todos(await user("gulin"));
    const finding = list.find((i) => i.kind === "FINDING")!;
    expect(finding.title).toContain("消防通道");
    expect(finding).toMatchObject({ action: "答复整改", href: expect.stringMatching(/^\/inspections\/findings\//) });
    expect(urgencyOf(finding, NOW)).toBe("OVERDUE");
    const notices = list.filter((i) => i.kind === "NOTICE");
    expect(notices.map((n) => n.title).sort()).toEqual(
      ["关于整治进展较慢单位的通报", "约谈古林镇整治工作分管负责人"].sort(),
    );
    expect(notices.every((n) => /^\/supervision#notice-/.test(n.href))).toBe(true);
  });

  it("orders the overdue first: the list starts with what is past due, oldest first", async () => {
    const list = await todos(await user("gulin"));
    const levels = list.map((i) => urgencyOf(i, NOW));
    const firstNotOverdue = levels.indexOf(levels.find((l) => l !== "OVERDUE")!);
    expect(levels.slice(firstNotOverdue)).not.toContain("OVERDUE");
    const overdueDays = list.slice(0, firstNotOverdue).map((i) => i.due!.getTime());
    expect(overdueDays).toEqual([...overdueDays].sort((a, b) => a - b));
    expect(levels.indexOf("SENT_BACK")).toBeGreaterThan(-1);
  });

  it("never shows another unit's records", async () => {
    const gulin = await unit("古林镇");
    const list = await todos(await user("gulin"));
    expect(list.find((i) => i.title === "洞桥待办退回厂")).toBeUndefined();
    const caseIds = list.filter((i) => i.href.startsWith("/cases/")).map((i) => i.href.slice("/cases/".length));
    const findingIds = list.filter((i) => i.kind === "FINDING").map((i) => i.href.split("/").at(-1)!);
    const noticeIds = list.filter((i) => i.kind === "NOTICE").map((i) => i.href.split("#notice-")[1]);
    const visitIds = list.filter((i) => i.kind === "RETURN_VISIT").map((i) => i.href.split("/").at(-1)!);
    expect(caseIds.length).toBeGreaterThan(2);
    for (const c of await prisma.case.findMany({ where: { id: { in: caseIds } } })) expect(c.unitId).toBe(gulin);
    for (const f of await prisma.inspectionFinding.findMany({ where: { id: { in: findingIds } } }))
      expect(f.unitId).toBe(gulin);
    for (const v of await prisma.returnVisit.findMany({ where: { id: { in: visitIds } } }))
      expect(v.unitId).toBe(gulin);
    const named = await prisma.supervisionNoticeUnit.findMany({
      where: { noticeId: { in: noticeIds }, unitId: gulin },
    });
    expect(named).toHaveLength(noticeIds.length);
    // The other unit sees its own returned case, not gulin's.
    const dongqiao = await todos(await user("dongqiao"));
    expect(dongqiao.map((i) => i.title)).toContain("洞桥待办退回厂");
    expect(dongqiao.map((i) => i.title)).not.toContain("古林待办退回厂");
    expect(dongqiao.map((i) => i.title)).toContain("洞桥有限空间作业无审批记录");
    expect(list.map((i) => i.title)).not.toContain("洞桥有限空间作业无审批记录");
    // 洞桥镇 acknowledged the 通报: it is not on its list, though still on 古林镇's.
    expect(dongqiao.filter((i) => i.kind === "NOTICE")).toEqual([]);
  });

  it("drops a case once it is submitted and a notice once acknowledged", async () => {
    const gulin = await unit("古林镇");
    const c = await makeCase("古林镇", { status: "SUBMITTED", name: "古林待办已上报厂" });
    const notice = await prisma.supervisionNotice.create({
      data: {
        kind: "CIRCULAR",
        campaignId: (await campaign()).id,
        title: "已确认的通报",
        body: "……",
        date: new Date("2020-07-01"),
        issuedById: (await prisma.user.findUniqueOrThrow({ where: { username: "office" } })).id,
        units: { create: [{ unitId: gulin, acknowledgedAt: new Date("2020-07-02T02:00:00Z") }] },
      },
    });
    const keys = (await todos(await user("gulin"))).map((i) => i.key);
    expect(keys).not.toContain(`case:${c.id}`);
    expect(keys).not.toContain(`notice:${notice.id}`);
  });

  it("asks for this month's progress on a line where the unit has a share still to reach, until it is entered", async () => {
    const gulin = await unit("古林镇");
    const line = await prisma.taskLine.findFirstOrThrow({
      where: { campaignId: (await campaign()).id, target: { not: null } },
      orderBy: { displayOrder: "asc" },
    });
    await prisma.taskLineShare.upsert({
      where: { taskLineId_unitId: { taskLineId: line.id, unitId: gulin } },
      create: { taskLineId: line.id, unitId: gulin, target: 1000 },
      update: { target: 1000 },
    });
    const officer = await user("gulin");
    const month = (await todos(officer)).find((i) => i.key === `month:${line.id}`)!;
    expect(month).toMatchObject({ kind: "CONTRIBUTION_MONTH", href: `/tasks/${line.id}`, due: new Date("2020-07-31") });
    await prisma.taskProgress.create({
      data: {
        taskLineId: line.id,
        value: 1,
        date: new Date("2020-07-14"),
        authorId: officer.id,
        unitId: gulin,
        status: "PENDING",
      },
    });
    expect((await todos(officer)).find((i) => i.key === `month:${line.id}`)).toBeUndefined();
  });
});

describe("a department's to-do list", () => {
  it("lists the submitted cases in its remit to review, not those outside it", async () => {
    const yjgl = await user("yjgl");
    expect(yjgl.leadDimensions).toContain("SAFETY");
    const list = await todos(yjgl);
    expect(list.find((i) => i.key === `review:${safetySubmitted.id}`)).toMatchObject({
      kind: "REVIEW",
      action: "去验收",
      href: `/cases/${safetySubmitted.id}`,
    });
    expect(list.some((i) => i.kind.startsWith("CASE_") || i.kind === "NOTICE")).toBe(false);
    const outside = await prisma.user.findMany({
      where: { role: "DEPARTMENT", active: true },
      select: { username: true },
    });
    for (const { username } of outside) {
      const other = await user(username);
      if (other.leadDimensions.includes("SAFETY")) continue;
      expect(
        (await todos(other)).find((i) => i.key === `review:${safetySubmitted.id}`),
        username,
      ).toBeUndefined();
    }
  });

  it("lists its own findings past due (yjgl recorded those of the June round), not another department's", async () => {
    expect(
      (await todos(await user("yjgl"))).some((i) => i.kind === "FINDING_OVERDUE" && i.title.includes("消防通道")),
    ).toBe(true);
    expect((await todos(await user("fgj"))).some((i) => i.kind === "FINDING_OVERDUE")).toBe(false);
  });

  it("lists unit contributions on the lines it leads waiting for its confirmation", async () => {
    const gulin = await unit("古林镇");
    const officer = await user("gulin");
    const line = await prisma.taskLine.findFirstOrThrow({
      where: { campaignId: (await campaign()).id, leads: { some: { department: { code: "YJGL" } } } },
    });
    const p = await prisma.taskProgress.create({
      data: {
        taskLineId: line.id,
        value: 1,
        date: new Date("2020-07-10"),
        authorId: officer.id,
        unitId: gulin,
        status: "PENDING",
      },
    });
    const list = await todos(await user("yjgl"));
    const all = list.filter((i) => i.kind === "CONTRIBUTION_CONFIRM");
    expect(all.find((i) => i.key === `confirm:${p.id}`) ?? all.find((i) => i.key.startsWith("more:"))).toBeDefined();
    expect((await todos(await user("fgj"))).find((i) => i.key === `confirm:${p.id}`)).toBeUndefined();
  });
});

describe("the office's to-do list", () => {
  it("lists what waits on it: 待验收, tips to assign, findings past due, 约谈 follow-ups due, cases past 整改期限", async () => {
    const tip = await prisma.tip.create({
      data: {
        districtId: HAISHU_DISTRICT_ID,
        reference: "JB20200715-TODOTEST01",
        enterpriseName: "待分派举报作坊",
        address: "古林镇工业路1号",
        description: "夜间生产",
      },
    });
    const list = await todos(await user("office"));
    expect(list.find((i) => i.key === `review:${safetySubmitted.id}`)).toBeDefined();
    expect(list.find((i) => i.key === `tip-assign:${tip.id}`)).toMatchObject({
      action: "去分派",
      href: `/tips/${tip.id}`,
    });
    expect(list.filter((i) => i.kind === "FINDING_OVERDUE").map((i) => i.title)).toEqual(
      expect.arrayContaining(["车间消防通道堆放原料", "洞桥有限空间作业无审批记录"]),
    );
    expect(list.find((i) => i.kind === "INTERVIEW_FOLLOW_UP")).toMatchObject({ title: "约谈古林镇整治工作分管负责人" });
    const overdue = list.find((i) => i.kind === "CASES_OVERDUE")!;
    expect(overdue.count).toBeGreaterThanOrEqual(1);
    expect(overdue.href).toBe("/cases?overdue=1");
    // More than a few waiting of a kind: the first ones, then one card to the full list.
    const reviews = list.filter((i) => i.kind === "REVIEW");
    const submitted = await prisma.case.count({ where: { campaignId: (await campaign()).id, status: "SUBMITTED" } });
    if (submitted > 8)
      expect(reviews.at(-1)).toMatchObject({ key: "more:REVIEW", href: "/review", count: submitted - 8 });
  });

  it("has none for the leader and the experts, who land elsewhere", async () => {
    expect(await getTodos((await user("leader"))!, await campaign(), new Date())).toBeNull();
  });
});

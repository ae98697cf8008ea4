import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";

import { GET as downloadAttachment } from "@/app/api/tasks/attachments/[id]/route";
import { GET as searchEnterprisesRoute } from "@/app/api/tasks/enterprises/route";
import { GET as exportOverview } from "@/app/api/tasks/export/route";
import { POST as uploadAttachment } from "@/app/api/tasks/progress/[id]/attachments/route";
import { prisma } from "@/server/db";
import { adjustTaskLine } from "@/server/tasks/actions/adjust-task-line";
import { correctTaskProgress } from "@/server/tasks/actions/correct-progress";
import { markTaskItem } from "@/server/tasks/actions/mark-task-item";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";
import { getTaskLine } from "@/server/tasks/get-task-line";

import { creditCode, filesIn, jpeg, pdf } from "../helpers/fixtures";
import { actAs } from "../helpers/session";

const line = (code: string) =>
  prisma.taskLine.findFirstOrThrow({ where: { code }, include: { items: { orderBy: { displayOrder: "asc" } } } });
/** Everything a refused request must leave untouched. */
const snapshot = async () => ({
  lines: await prisma.taskLine.findMany({ orderBy: { id: "asc" } }),
  items: await prisma.taskLineItem.findMany({ orderBy: { id: "asc" } }),
  progress: await prisma.taskProgress.findMany({ orderBy: { id: "asc" } }),
  links: await prisma.taskProgressEnterprise.count(),
  attachments: await prisma.taskAttachment.count(),
  enterprises: await prisma.enterprise.count(),
  audit: await prisma.auditLog.count(),
  files: filesIn().length,
});
const record = (taskLineId: number, fields: Record<string, unknown>) =>
  recordTaskProgress({ taskLineId, date: "2020-06-01", note: "", ...fields });

async function upload(progressId: string, file: { name: string; bytes: Buffer }) {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(file.bytes)], file.name));
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const req = new Request(`http://localhost/api/tasks/progress/${progressId}/attachments`, {
    method: "POST",
    body,
    headers: {
      "content-type": encoded.headers.get("content-type")!,
      "content-length": String(body.length),
      origin: "http://localhost",
    },
  });
  return uploadAttachment(req, { params: Promise.resolve({ id: progressId }) });
}
const attachmentParams = (id: string) => ({ params: Promise.resolve({ id }) });

async function exportedCodes(): Promise<string[]> {
  const res = await exportOverview(new Request("http://localhost/api/tasks/export"));
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const codes: string[] = [];
  wb.worksheets[0].eachRow((row, i) => {
    if (i > 1) codes.push(String(row.getCell(1).value));
  });
  return codes;
}

describe("recording progress on a department's own lines", () => {
  beforeEach(() => actAs(null));

  it("fgj records 5 enterprises on T1, naming a new enterprise; the entry, the link and the audit are stored", async () => {
    const t1 = await line("T1");
    const actor = await actAs("fgj");
    const unit = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
    const code = creditCode();
    const res = await record(t1.id, {
      value: "5",
      note: "首批节能监察",
      newEnterprises: [{ name: "宁波某铸造厂", creditCode: code.toLowerCase(), unitId: unit.id, industry: "FOUNDRY" }],
    });
    expect(res.ok).toBe(true);
    const id = res.ok ? res.data.id : "";
    const entry = await prisma.taskProgress.findUniqueOrThrow({
      where: { id },
      include: { enterprises: { include: { enterprise: true } } },
    });
    expect(Number(entry.value)).toBe(5);
    expect(entry.authorId).toBe(actor!.id);
    expect(entry.enterprises.map((e) => [e.enterprise.name, e.enterprise.creditCode])).toEqual([
      ["宁波某铸造厂", code],
    ]);
    const named = entry.enterprises[0].enterprise;
    const logs = await prisma.auditLog.findMany({
      where: {
        action: "task.recordProgress",
        actorId: actor!.id,
        OR: [
          { entity: "TaskProgress", entityId: id },
          { entity: "Enterprise", entityId: named.id },
        ],
      },
    });
    expect(logs.map((l) => l.entity).sort()).toEqual(["Enterprise", "TaskProgress"]);

    // The ledger enterprise can now be found and named again by any department.
    await actAs("yjgl");
    const found = await (
      await searchEnterprisesRoute(new Request("http://localhost/api/tasks/enterprises?q=某铸造"))
    ).json();
    expect(found.enterprises.map((e: { creditCode: string }) => e.creditCode)).toContain(code);
  });

  it("neither lead department of T9 may type a figure on it: T9 counts its accepted cases", async () => {
    const t9 = await line("T9");
    const before = await snapshot();
    for (const who of ["fgj", "jxj"]) {
      await actAs(who);
      const res = await record(t9.id, { caseNotes: [`${who}：某厂淘汰类设备已拆除`] });
      expect(res).toMatchObject({
        ok: false,
        code: "INVALID",
        message: "该重点工作任务的进展按验收通过、政策依据为产业政策条目的淘汰落后产能企业自动统计，无需填报",
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("sthj marks a T4 item done, and the item and the history say so", async () => {
    const t4 = await line("T4");
    await actAs("sthj");
    const res = await markTaskItem({ itemId: t4.items[0].id, done: true, date: "2020-05-20", note: "低氮改造完成" });
    expect(res.ok).toBe(true);
    expect((await prisma.taskLineItem.findUniqueOrThrow({ where: { id: t4.items[0].id } })).doneAt).toEqual(
      new Date("2020-05-20T00:00:00Z"),
    );
    const again = await markTaskItem({ itemId: t4.items[0].id, done: true, date: "2020-05-21" });
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "该事项已标记为完成，请刷新页面" });
  });
});

describe("a department cannot reach another department's lines", () => {
  beforeEach(() => actAs(null));

  it("yjgl reads T1 (信息共享) but cannot record on it or mark T4's items; nothing changes", async () => {
    const [t1, t4] = [await line("T1"), await line("T4")];
    const user = await actAs("yjgl");
    const before = await snapshot();
    expect((await getTaskLine(user!, t1.id))?.code).toBe("T1");
    expect(await record(t1.id, { value: "1" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: "记录不存在或无权访问",
    });
    expect(await markTaskItem({ itemId: t4.items[1].id, done: true, date: "2020-05-20" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("cannot correct, or attach files to, an entry of another department — nor another person's entry", async () => {
    const t1 = await line("T1");
    const author = await actAs("fgj");
    const res = await record(t1.id, { value: "1" });
    expect(res).toMatchObject({ ok: true });
    const id = res.ok ? res.data.id : "";
    expect(await prisma.taskProgress.findUniqueOrThrow({ where: { id } })).toMatchObject({
      taskLineId: t1.id,
      authorId: author!.id,
      version: 0,
    });
    const before = await snapshot();
    // Another department (even a co-lead of other lines) is told the entry does not exist; the office may not record at all.
    for (const [who, code] of [
      ["yjgl", "NOT_FOUND"],
      ["jxj", "NOT_FOUND"],
      ["office", "FORBIDDEN"],
    ]) {
      await actAs(who);
      const r = await correctTaskProgress({ progressId: id, version: 0, date: "2020-06-01", value: "9" });
      expect(r, who).toMatchObject({ ok: false, code });
      expect((await upload(id, { name: "照片.jpg", bytes: await jpeg() })).status, who).toBe(404);
    }
    expect(await snapshot()).toEqual(before);
    // The same correction from the author goes through: the refusals were about who asked.
    await actAs("fgj");
    expect(await correctTaskProgress({ progressId: id, version: 0, date: "2020-06-01", value: "9" })).toEqual({
      ok: true,
      data: { version: 1 },
    });
  });

  it("the Excel export route gives departments and the office every line (信息共享), never a township", async () => {
    await actAs("yjgl");
    expect(await exportedCodes()).toHaveLength(16);
    await actAs("office");
    expect(await exportedCodes()).toHaveLength(16);
    await actAs("gulin");
    expect((await exportOverview(new Request("http://localhost/api/tasks/export"))).status).toBe(404);
    await actAs(null);
    expect((await exportOverview(new Request("http://localhost/api/tasks/export"))).status).toBe(401);
  });

  it("attachments download only for those who may read the line", async () => {
    const t1 = await line("T1");
    await actAs("fgj");
    const res = await record(t1.id, { value: "1" });
    const id = res.ok ? res.data.id : "";
    const up = await upload(id, { name: "监察记录.pdf", bytes: pdf() });
    expect(up.status).toBe(201);
    const attachmentId = (await up.json()).id;
    const get = await downloadAttachment(
      new Request(`http://localhost/api/tasks/attachments/${attachmentId}`),
      attachmentParams(attachmentId),
    );
    expect(get.status).toBe(200);
    expect(get.headers.get("x-content-type-options")).toBe("nosniff");
    expect(get.headers.get("content-disposition")).toContain(encodeURIComponent("监察记录.pdf"));
    await actAs("leader");
    expect((await downloadAttachment(new Request("http://localhost/x"), attachmentParams(attachmentId))).status).toBe(
      200,
    );
    // Another department reads every line now; a township only its own unit's entries.
    await actAs("yjgl");
    expect((await downloadAttachment(new Request("http://localhost/x"), attachmentParams(attachmentId))).status).toBe(
      200,
    );
    await actAs("gulin");
    expect((await downloadAttachment(new Request("http://localhost/x"), attachmentParams(attachmentId))).status).toBe(
      404,
    );
  });

  it("attachments pass the evidence safety rules: a disguised file is refused and nothing is stored", async () => {
    const t2 = await line("T2");
    await actAs("fgj");
    const res = await record(t2.id, { value: "1" });
    const id = res.ok ? res.data.id : "";
    const before = await snapshot();
    const fake = await upload(id, { name: "照片.jpg", bytes: Buffer.from("<html><script>alert(1)</script></html>") });
    expect(fake.status).toBe(415);
    expect((await fake.json()).message).toContain("不支持的文件类型");
    expect((await upload(id, { name: "../../etc/passwd.pdf", bytes: pdf() })).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });
});

describe("values are validated per unit of measure", () => {
  beforeEach(() => actAs(null));

  it.each([
    ["T1", "fgj", "-1", "完成数量不能为负数"],
    ["T1", "fgj", "2.5", "企业数应为整数"],
    ["T11", "zrzy", "12.345", "面积应为数字（亩），最多保留两位小数"],
    // steel: T10 counts the steel inspections recorded; nothing is typed on it.
    ["T10", "fgj", "1", "该重点工作任务的进展按“钢铁行业监管巡查”中登记的巡查记录自动统计，请在该页登记巡查"],
  ])("%s refuses %s's value %s", async (code, who, value, message) => {
    const l = await line(code);
    await actAs(who);
    const before = await snapshot();
    expect(await record(l.id, { value })).toEqual({ ok: false, code: "INVALID", message });
    expect(await snapshot()).toEqual(before);
  });

  it("takes 亩 with two decimals and sums them exactly", async () => {
    const t12 = await line("T12");
    await actAs("zrzy");
    expect((await record(t12.id, { value: "100.25" })).ok).toBe(true);
    expect((await record(t12.id, { value: "0.75" })).ok).toBe(true);
    const entries = await prisma.taskProgress.findMany({ where: { taskLineId: t12.id } });
    expect(entries.map((e) => e.value.toString()).sort()).toEqual(["0.75", "100.25"]);
  });

  it("a case line counts the cases described; an enterprise line refuses more names than its count, or a bad credit code", async () => {
    // Every case line of the plan counts its records now (lib/tasks/line-source.ts): a typed case line of another year.
    const t3 = await line("T3");
    const sthj = await prisma.department.findFirstOrThrow({ where: { code: "STHJ" } });
    const t5 = await prisma.taskLine.create({
      data: {
        campaignId: t3.campaignId,
        code: "TX",
        dimension: "ENVIRONMENT",
        title: "其他专项执法（按件填报）",
        measure: "CASE",
        displayOrder: 99,
        leads: { create: { departmentId: sthj.id } },
      },
    });
    await actAs("sthj");
    const ok = await record(t5.id, { caseNotes: ["绿剑·卫蓝：某厂超标排放立案", " ", "绿剑·护水：某厂偷排立案"] });
    expect(ok.ok).toBe(true);
    expect(
      Number((await prisma.taskProgress.findUniqueOrThrow({ where: { id: ok.ok ? ok.data.id : "" } })).value),
    ).toBe(2);
    expect(await record(t5.id, { caseNotes: [] })).toMatchObject({
      ok: false,
      message: "请逐件填写办理情况（每件一行）",
    });

    const unit = await prisma.unit.findFirstOrThrow();
    const before = await snapshot();
    const two = [creditCode(), creditCode()].map((c, i) => ({
      name: `VOCs企业${i}`,
      creditCode: c,
      unitId: unit.id,
      industry: "OTHER",
    }));
    expect(await record(t3.id, { value: "1", newEnterprises: two })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "列出的企业（2家）多于本次完成数（1家），请核对",
    });
    const good = creditCode();
    const bad = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const r = await record(t3.id, { value: "1", newEnterprises: [{ ...two[0], creditCode: bad }] });
    expect(r).toMatchObject({ ok: false, code: "INVALID", message: `校验位错误：第18位应为“${good[17]}”，请核对代码` });
    expect(await record(t5.id, { caseNotes: ["x"], enterpriseIds: ["cabc0000000000000000000000"] })).toMatchObject({
      ok: false,
      message: "该重点工作任务不按企业统计，无需列出企业",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a date in the future", async () => {
    const t1 = await line("T1");
    await actAs("fgj");
    expect(await record(t1.id, { value: "1", date: "2099-01-01" })).toMatchObject({
      ok: false,
      message: "日期不能晚于今天",
    });
  });
});

describe("corrections and adjustments", () => {
  beforeEach(() => actAs(null));

  it("the author corrects an entry (audited before/after); a stale correction is refused clearly", async () => {
    const t2 = await line("T2");
    const actor = await actAs("fgj");
    const res = await record(t2.id, { value: "1", note: "初录" });
    const id = res.ok ? res.data.id : "";
    const fixed = await correctTaskProgress({
      progressId: id,
      version: 0,
      date: "2020-06-02",
      value: "0",
      note: "更正：尚未完成",
    });
    expect(fixed).toEqual({ ok: true, data: { version: 1 } });
    const log = await prisma.auditLog.findFirstOrThrow({ where: { action: "task.correctProgress", entityId: id } });
    expect(log).toMatchObject({
      actorId: actor!.id,
      before: { value: "1", note: "初录", version: 0 },
      after: { value: "0", note: "更正：尚未完成", version: 1 },
    });

    const before = await snapshot();
    const stale = await correctTaskProgress({ progressId: id, version: 0, date: "2020-06-03", value: "1" });
    expect(stale).toEqual({ ok: false, code: "CONFLICT", message: "该记录已被他人修改，请刷新页面后重新填写" });
    expect(await snapshot()).toEqual(before);
  });

  it("correcting a T4 entry to 'not done' reopens the item", async () => {
    const t4 = await line("T4");
    await actAs("sthj");
    const item = t4.items[2];
    const res = await markTaskItem({ itemId: item.id, done: true, date: "2020-07-01" });
    const id = res.ok ? res.data.id : "";
    expect((await correctTaskProgress({ progressId: id, version: 0, date: "2020-07-01", done: false })).ok).toBe(true);
    expect((await prisma.taskLineItem.findUniqueOrThrow({ where: { id: item.id } })).doneAt).toBeNull();
  });

  it("the office adjusts a target and deadline with a reason; departments and the leader may not; stale refused", async () => {
    const t7 = await line("T7");
    for (const who of ["yjgl", "leader"]) {
      await actAs(who);
      expect(
        await adjustTaskLine({
          taskLineId: t7.id,
          version: t7.version,
          target: "70",
          deadline: "",
          reason: "试图调整",
        }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await line("T7")).toEqual(t7);
    await actAs("office");
    expect(
      await adjustTaskLine({ taskLineId: t7.id, version: t7.version, target: "60.5", deadline: "", reason: "核减" }),
    ).toMatchObject({ ok: false, message: "目标有误：企业数应为整数" });
    const ok = await adjustTaskLine({
      taskLineId: t7.id,
      version: t7.version,
      target: "65",
      deadline: "2020-10-31",
      reason: "新增排查企业",
    });
    expect(ok.ok).toBe(true);
    const after = await line("T7");
    expect([Number(after.target), after.deadline]).toEqual([65, new Date("2020-10-31T00:00:00Z")]);
    const log = await prisma.auditLog.findFirstOrThrow({
      where: { action: "task.adjustLine", entityId: String(t7.id) },
    });
    expect(log).toMatchObject({
      before: { target: "61", deadline: null },
      after: { target: "65", reason: "新增排查企业" },
    });
    expect(
      await adjustTaskLine({ taskLineId: t7.id, version: t7.version, target: "66", deadline: "", reason: "再调" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

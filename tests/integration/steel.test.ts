import { beforeAll, describe, expect, it } from "vitest";

import { POST as uploadFile } from "@/app/api/steel/[id]/files/route";
import { GET as downloadFile } from "@/app/api/steel/files/[id]/route";
import { progressOfLine } from "@/lib/tasks/progress";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { closeSteelFollowUp } from "@/server/steel/actions/close-steel-follow-up";
import { recordSteelInspection } from "@/server/steel/actions/record-steel-inspection";
import { getSteelLine, listSteelInspections } from "@/server/steel/list-steel-inspections";
import { recordTaskProgress } from "@/server/tasks/actions/record-progress";
import { getTaskLine } from "@/server/tasks/get-task-line";

import { snapshot } from "../helpers/db-snapshot";
import { creditCode, jpeg } from "../helpers/fixtures";
import { actAs } from "../helpers/session";

const campaign = () => prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
const t10 = async () => prisma.taskLine.findFirstOrThrow({ where: { campaignId: (await campaign()).id, code: "T10" } });

let gulinSteel: string;
let jishigangSteel: string;
beforeAll(async () => {
  const [gulin, jishigang] = await Promise.all(
    ["古林镇", "集士港镇"].map((name) => prisma.unit.findFirstOrThrow({ where: { name } })),
  );
  gulinSteel = (
    await prisma.enterprise.create({
      data: { name: "古林示例钢铁厂", creditCode: creditCode(), unitId: gulin.id, industry: "OTHER" },
    })
  ).id;
  jishigangSteel = (
    await prisma.enterprise.create({
      data: { name: "集士港示例轧钢厂", creditCode: creditCode(), unitId: jishigang.id, industry: "OTHER" },
    })
  ).id;
});

const clean = {
  inspectors: "区发改局 张三、李四",
  newCapacity: "CLEAR",
  revivedCapacity: "CLEAR",
  substandardSteel: "CLEAR",
  finding: "未发现红线问题",
} as const;
const redLine = {
  ...clean,
  revivedCapacity: "FOUND",
  revivedCapacityNote: "已拆除的轧钢线重新接电生产",
  finding: "已退出产能死灰复燃",
  rectification: "立即停产，拆除动力装置",
  followUpDue: "2020-07-15",
} as const;

async function t10Achieved(username: string) {
  const user = (await actAs(username))!;
  const line = (await getTaskLine(user, (await t10()).id))!;
  return progressOfLine(line, await campaign(), new Date()).achieved;
}

describe("T10 钢铁行业监管巡查", () => {
  it("区发改局 records an inspection with a red line found and a follow-up; it counts on T10 once and shows on the dashboard", async () => {
    const before = await t10Achieved("office");
    const office = (await actAs("office"))!;
    const findingsBefore = (await getDashboard(office, await campaign(), new Date()))!.taskLines.find(
      (l) => l.code === "T10",
    )!.steel!.redLineFindings;

    await actAs("fgj");
    const res = await recordSteelInspection({ enterpriseId: gulinSteel, inspectedOn: "2020-06-15", ...redLine });
    expect(res).toMatchObject({ ok: true });
    const row = await prisma.steelInspection.findUniqueOrThrow({
      where: { id: (res as { data: { id: string } }).data.id },
    });
    expect(row).toMatchObject({
      revivedCapacity: "FOUND",
      newCapacity: "CLEAR",
      rectification: "立即停产，拆除动力装置",
      followUpDoneOn: null,
    });
    expect(
      await prisma.auditLog.count({
        where: { entity: "SteelInspection", entityId: row.id, action: "steel.recordInspection" },
      }),
    ).toBe(1);

    expect(await t10Achieved("office")).toBe(before + 1);
    expect(await t10Achieved("leader")).toBe(before + 1);
    const dash = (await getDashboard(office, await campaign(), new Date()))!.taskLines.find((l) => l.code === "T10")!;
    expect(dash.steel!.redLineFindings).toBe(findingsBefore + 1);
    expect(dash.progress).toBe(before + 1);
  });

  it("refuses a red line found without its description or follow-up, and a typed entry on T10; nothing is written", async () => {
    await actAs("fgj");
    const before = await snapshot();
    expect(
      await recordSteelInspection({
        enterpriseId: gulinSteel,
        inspectedOn: "2020-06-16",
        ...redLine,
        revivedCapacityNote: "",
      }),
    ).toEqual({ ok: false, code: "INVALID", message: "“已退出产能死灰复燃”发现问题，请写明具体情况" });
    expect(
      await recordSteelInspection({
        enterpriseId: gulinSteel,
        inspectedOn: "2020-06-16",
        ...redLine,
        rectification: "",
        followUpDue: "",
      }),
    ).toEqual({ ok: false, code: "INVALID", message: "发现红线问题的，须填写整改要求" });
    expect(await recordSteelInspection({ inspectedOn: "2020-06-16", ...clean })).toEqual({
      ok: false,
      code: "INVALID",
      message: "请选择一家企业，或新增一家企业",
    });
    expect(
      await recordTaskProgress({ taskLineId: (await t10()).id, date: "2020-06-16", value: "1", note: "" }),
    ).toMatchObject({ ok: false, code: "INVALID" });
    expect(await snapshot()).toEqual(before);
  });

  it("only 区发改局 and the office record: 区经信局, another department, the leader and townships are refused", async () => {
    const before = await snapshot();
    for (const who of ["jxj", "sthj"]) {
      await actAs(who);
      expect(
        await recordSteelInspection({ enterpriseId: gulinSteel, inspectedOn: "2020-06-16", ...clean }),
      ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    for (const who of ["leader", "gulin"]) {
      await actAs(who);
      expect(
        await recordSteelInspection({ enterpriseId: gulinSteel, inspectedOn: "2020-06-16", ...clean }),
      ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await snapshot()).toEqual(before);
    await actAs("office");
    expect(
      await recordSteelInspection({ enterpriseId: jishigangSteel, inspectedOn: "2020-06-17", ...clean }),
    ).toMatchObject({ ok: true });
    expect((await getSteelLine((await actAs("office"))!, (await campaign()).id))!.writable).toBe(true);
    expect((await getSteelLine((await actAs("jxj"))!, (await campaign()).id))!.writable).toBe(false);
  });

  it("a township reads only its own unit's inspections, on the steel page and in its part of T10", async () => {
    await actAs("fgj");
    expect(
      await recordSteelInspection({ enterpriseId: jishigangSteel, inspectedOn: "2020-06-18", ...clean }),
    ).toMatchObject({ ok: true });
    expect(
      await recordSteelInspection({ enterpriseId: gulinSteel, inspectedOn: "2020-06-18", ...clean }),
    ).toMatchObject({ ok: true });
    const line = await t10();
    const seenBy = async (who: string) => {
      const user = (await actAs(who))!;
      const { rows } = await listSteelInspections(user, line.id, 1);
      const onLine = (await getTaskLine(user, line.id))!.steelInspections;
      return {
        enterprises: [...new Set(rows.map((r) => r.enterprise.name))].sort(),
        units: [...new Set(onLine.map((r) => r.unitId))],
      };
    };
    const gulin = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
    const jishigang = await prisma.unit.findFirstOrThrow({ where: { name: "集士港镇" } });
    expect(await seenBy("gulin")).toEqual({ enterprises: ["古林示例钢铁厂"], units: [gulin.id] });
    expect(await seenBy("jishigang")).toEqual({ enterprises: ["集士港示例轧钢厂"], units: [jishigang.id] });
    expect((await seenBy("jxj")).enterprises).toEqual(["古林示例钢铁厂", "集士港示例轧钢厂"]);
  });

  it("区发改局 names a new enterprise by credit code (proposed to the township); the follow-up closes once, with a note", async () => {
    const gulin = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
    const fgj = (await actAs("fgj"))!;
    const code = creditCode();
    const res = await recordSteelInspection({
      newEnterprise: { name: "古林新发现钢铁作坊", creditCode: code, unitId: gulin.id, industry: "OTHER" },
      inspectedOn: "2020-06-20",
      ...redLine,
      substandardSteel: "FOUND",
      substandardSteelNote: "仓库存有地条钢约5吨",
    });
    expect(res).toMatchObject({ ok: true });
    const created = await prisma.enterprise.findUniqueOrThrow({ where: { creditCode: code } });
    expect(created).toMatchObject({ unitId: gulin.id, proposedByDepartmentId: fgj.departmentId });
    const row = await prisma.steelInspection.findUniqueOrThrow({
      where: { id: (res as { data: { id: string } }).data.id },
    });
    expect(row.unitId).toBe(gulin.id);

    expect(
      await closeSteelFollowUp({ id: row.id, version: row.version, followUpDoneOn: "2020-06-25", followUpNote: "" }),
    ).toEqual({ ok: false, code: "INVALID", message: "请写明复查情况" });
    await actAs("jxj");
    expect(
      await closeSteelFollowUp({
        id: row.id,
        version: row.version,
        followUpDoneOn: "2020-06-25",
        followUpNote: "已停产",
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs("fgj");
    expect(
      await closeSteelFollowUp({
        id: row.id,
        version: row.version,
        followUpDoneOn: "2020-06-25",
        followUpNote: "已停产，地条钢已没收",
      }),
    ).toMatchObject({ ok: true });
    expect(await prisma.steelInspection.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      followUpNote: "已停产，地条钢已没收",
      version: 1,
    });
    expect(
      await closeSteelFollowUp({ id: row.id, version: 1, followUpDoneOn: "2020-06-26", followUpNote: "再次复查" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("区发改局 attaches a photo through the upload pipeline; the unit's township reads it, another township and 区经信局's upload are refused", async () => {
    await actAs("fgj");
    const res = await recordSteelInspection({ enterpriseId: gulinSteel, inspectedOn: "2020-06-21", ...clean });
    const id = (res as { data: { id: string } }).data.id;
    const request = async () => {
      const form = new FormData();
      form.set("file", new File([new Uint8Array(await jpeg())], "巡查.jpg"));
      const encoded = new Response(form);
      const body = new Uint8Array(await encoded.arrayBuffer());
      return new Request(`http://localhost/api/steel/${id}/files`, {
        method: "POST",
        body,
        headers: {
          "content-type": encoded.headers.get("content-type")!,
          "content-length": String(body.length),
          origin: "http://localhost",
        },
      });
    };
    const params = (x: string) => ({ params: Promise.resolve({ id: x }) });
    await actAs("jxj");
    expect((await uploadFile(await request(), params(id))).status).toBe(404);
    await actAs("fgj");
    expect((await uploadFile(await request(), params(id))).status).toBe(201);
    const file = await prisma.steelInspectionFile.findFirstOrThrow({ where: { inspectionId: id } });
    await actAs("gulin");
    expect((await downloadFile(new Request("http://localhost/x"), params(file.id))).status).toBe(200);
    await actAs("jishigang");
    expect((await downloadFile(new Request("http://localhost/x"), params(file.id))).status).toBe(404);
  });
});

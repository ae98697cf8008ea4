// 淘汰设备清单 (docs/domain.md §淘汰设备清单): the case's own unit lists an elimination's equipment while the
// case is open (versioned, audited); the list opens as an .xlsx with one row per item and the year's
// totals, cut to the reader's scope; the evidence ZIP carries it with each proof's path.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as caseArchive } from "@/app/api/archive/cases/[id]/route";
import { POST as uploadEvidence } from "@/app/api/cases/[id]/evidence/route";
import { GET as equipmentExport } from "@/app/api/exports/equipment/route";
import { TOTALS_HEADING } from "@/lib/exports/equipment-workbook";
import type { Dimension, EquipmentDisposition } from "@/lib/generated/prisma/enums";
import { prisma } from "@/server/db";
import { addEquipment } from "@/server/equipment/actions/add-equipment";
import { removeEquipment } from "@/server/equipment/actions/remove-equipment";
import { updateEquipment } from "@/server/equipment/actions/update-equipment";

import { jpeg, pdf, registerTestCase, uploadRequest } from "../../helpers/fixtures";
import { actAs } from "../../helpers/session";
import { unzip } from "../../helpers/unzip";

const params = (id: string) => ({ params: Promise.resolve({ id }) });
const current = (id: string) => prisma.case.findUniqueOrThrow({ where: { id } });

const furnace = {
  name: "中频感应电炉",
  model: "GW-1.0T",
  quantity: "2",
  capacity: "750",
  capacityUnit: "千瓦",
  disposition: "SCRAPPED" as "" | EquipmentDisposition,
  destination: "",
  evidenceId: "",
};

async function upload(caseId: string, kind: string, name: string) {
  const bytes = name.endsWith(".pdf") ? pdf() : await jpeg({ color: "#456" });
  const res = await uploadEvidence(
    await uploadRequest(caseId, kind, { name, bytes, type: name.endsWith(".pdf") ? "application/pdf" : "image/jpeg" }),
    params(caseId),
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe("editing the equipment of an elimination", () => {
  it("adds an item for the case's own unit: normalised, the case starts and its version moves, audited", async () => {
    await actAs("jishigang");
    const id = await registerTestCase();
    const before = await current(id);
    expect(before.status).toBe("REGISTERED");
    const res = await addEquipment({ caseId: id, caseVersion: before.version, ...furnace });
    expect(res).toMatchObject({ ok: true });
    const item = await prisma.caseEquipment.findFirstOrThrow({ where: { caseId: id } });
    expect(item).toMatchObject({ quantity: 2, capacity: 750, capacityUnit: "kW", disposition: "SCRAPPED" });
    const after = await current(id);
    expect([after.status, after.version]).toEqual(["IN_PROGRESS", before.version + 1]);
    expect(
      await prisma.auditLog.findFirst({
        where: { action: "equipment.add", entity: "CaseEquipment", entityId: item.id },
      }),
    ).not.toBeNull();
  });

  it("reports each wrong field at its field", async () => {
    await actAs("jishigang");
    const id = await registerTestCase();
    const c = await current(id);
    const res = await addEquipment({
      caseId: id,
      caseVersion: c.version,
      ...furnace,
      quantity: "0",
      capacity: "",
      disposition: "TRANSFERRED",
      destination: " ",
    });
    expect(res).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        quantity: ["数量应为 1—10000 的整数（台/套）"],
        capacity: ["请填写单台（套）产能或功率"],
        destination: ["转移至外地的设备请填写去向地（省市县及接收单位）"],
      },
    });
    expect(await prisma.caseEquipment.count({ where: { caseId: id } })).toBe(0);
  });

  it("takes as proof only a current file of the same case", async () => {
    await actAs("jishigang");
    const a = await registerTestCase();
    const b = await registerTestCase();
    const other = await upload(b, "EQUIPMENT_DESTINATION", "去向.pdf");
    const own = await upload(a, "EQUIPMENT_DESTINATION", "去向.pdf");
    let c = await current(a);
    expect(await addEquipment({ caseId: a, caseVersion: c.version, ...furnace, evidenceId: other })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "证明材料须是本整治对象已上传的佐证材料，请重新选择",
    });
    c = await current(a);
    expect(await addEquipment({ caseId: a, caseVersion: c.version, ...furnace, evidenceId: own })).toMatchObject({
      ok: true,
    });
  });

  it("is refused on a rectification, to other units (not found), to reviewers, and once submitted", async () => {
    await actAs("jishigang");
    const rect = await registerTestCase({ category: "RECTIFICATION", disposalPath: null, policyBasisOther: null });
    expect(await addEquipment({ caseId: rect, caseVersion: (await current(rect)).version, ...furnace })).toMatchObject({
      ok: false,
      code: "INVALID",
      message: "只有淘汰落后产能企业登记设备清单",
    });

    const id = await registerTestCase();
    const version = (await current(id)).version;
    await actAs("gulin");
    expect(await addEquipment({ caseId: id, caseVersion: version, ...furnace })).toMatchObject({ code: "NOT_FOUND" });
    await actAs("office");
    expect(await addEquipment({ caseId: id, caseVersion: version, ...furnace })).toMatchObject({ code: "FORBIDDEN" });

    await prisma.case.update({ where: { id }, data: { status: "SUBMITTED" } });
    await actAs("jishigang");
    expect(await addEquipment({ caseId: id, caseVersion: version, ...furnace })).toMatchObject({
      code: "FORBIDDEN",
      message: "整治对象已上报或已验收，不能再修改；如需修改请等待退回",
    });
    expect(await prisma.caseEquipment.count({ where: { caseId: id } })).toBe(0);
  });

  it("changes an item on the version it was shown with, and refuses a stale form", async () => {
    await actAs("jishigang");
    const id = await registerTestCase();
    const added = await addEquipment({ caseId: id, caseVersion: (await current(id)).version, ...furnace });
    const item = await prisma.caseEquipment.findUniqueOrThrow({ where: { id: added.ok ? added.data.id : "" } });
    const change = {
      equipmentId: item.id,
      version: item.version,
      caseVersion: (await current(id)).version,
      ...furnace,
      disposition: "TRANSFERRED" as const,
      destination: "江西省萍乡市湘东区 萍乡某铸造有限公司",
    };
    expect(await updateEquipment(change)).toMatchObject({ ok: true, data: { version: item.version + 1 } });
    expect(await prisma.caseEquipment.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      disposition: "TRANSFERRED",
      destination: "江西省萍乡市湘东区 萍乡某铸造有限公司",
    });
    // The same form sent again (another officer's older page): refused, nothing overwritten.
    expect(await updateEquipment({ ...change, disposition: "SCRAPPED" })).toMatchObject({ code: "CONFLICT" });
    expect((await prisma.caseEquipment.findUniqueOrThrow({ where: { id: item.id } })).disposition).toBe("TRANSFERRED");
  });

  it("removes an item, keeping what it was in the audit log", async () => {
    await actAs("jishigang");
    const id = await registerTestCase();
    const added = await addEquipment({ caseId: id, caseVersion: (await current(id)).version, ...furnace });
    const item = await prisma.caseEquipment.findUniqueOrThrow({ where: { id: added.ok ? added.data.id : "" } });
    expect(
      await removeEquipment({ equipmentId: item.id, version: item.version, caseVersion: (await current(id)).version }),
    ).toMatchObject({ ok: true });
    expect(await prisma.caseEquipment.count({ where: { caseId: id } })).toBe(0);
    const log = await prisma.auditLog.findFirstOrThrow({ where: { action: "equipment.remove", entityId: item.id } });
    expect(log.before).toMatchObject({ name: "中频感应电炉", quantity: 2 });
  });
});

// ——— the list ———

type Sheet = { title: string; heads: string[]; rows: Record<string, unknown>[]; totals: unknown[][] };

async function readList(res: Response): Promise<Sheet> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  return readBook(Buffer.from(await res.arrayBuffer()));
}

async function readBook(bytes: Buffer): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("淘汰设备清单")!;
  const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
  const heads = values(2) as string[];
  const rows: Record<string, unknown>[] = [];
  let n = 3;
  for (; n <= ws.rowCount && typeof values(n)[0] === "number"; n++)
    rows.push(Object.fromEntries(heads.map((h, i) => [h, values(n)[i]])));
  const totals: unknown[][] = [];
  for (; n <= ws.rowCount; n++) if (values(n).length) totals.push(values(n).slice(1));
  return { title: String(ws.getCell(1, 1).value), heads, rows, totals };
}

const totalsLine = (s: Sheet, first: string) => s.totals.find((r) => r[0] === first);

describe("淘汰设备清单.xlsx", () => {
  let accepted: string;
  let sealedAccepted: string;
  let inProgress: string;
  let gulinSafety: string;

  async function caseWith(
    who: string,
    items: Partial<typeof furnace>[],
    opts: { status: "ACCEPTED" | "IN_PROGRESS"; disposalPath?: "SEALED"; dimensions?: Dimension[] },
  ) {
    await actAs(who);
    const id = await registerTestCase({
      enterpriseName: `清单测试${who}${Math.random().toString(36).slice(2, 7)}`,
      ...(opts.disposalPath ? { disposalPath: opts.disposalPath } : {}),
      ...(opts.dimensions ? { dimensions: opts.dimensions } : {}),
    });
    for (const item of items)
      expect(
        await addEquipment({ caseId: id, caseVersion: (await current(id)).version, ...furnace, ...item }),
      ).toMatchObject({ ok: true });
    await prisma.case.update({
      where: { id },
      data: { status: opts.status, acceptedAt: opts.status === "ACCEPTED" ? new Date("2020-06-10T02:00:00Z") : null },
    });
    return id;
  }

  beforeAll(async () => {
    accepted = await caseWith(
      "jishigang",
      [
        {},
        { name: '=HYPERLINK("http://x")冲天炉', model: "", quantity: "1", capacity: "3", capacityUnit: "t/h" },
        {
          name: "粘土砂造型线",
          quantity: "1",
          capacity: "2000",
          capacityUnit: "吨/年",
          disposition: "TRANSFERRED",
          destination: "安徽省宣城市 广德某机械有限公司",
        },
      ],
      { status: "ACCEPTED" },
    );
    sealedAccepted = await caseWith(
      "jishigang",
      [{ name: "无芯工频感应电炉", quantity: "1", capacity: "400", capacityUnit: "kW", disposition: "SEALED_ON_SITE" }],
      { status: "ACCEPTED", disposalPath: "SEALED" },
    );
    inProgress = await caseWith("jishigang", [{ name: "砖瓦轮窑", disposition: "" }], { status: "IN_PROGRESS" });
    gulinSafety = await caseWith("gulin", [{ name: "古林酸洗槽", quantity: "3", capacity: "1.5" }], {
      status: "ACCEPTED",
      dimensions: ["SAFETY"],
    });
  });

  it("lists every item of the accepted eliminations with its case, unit and enterprise, and the year's totals", async () => {
    await actAs("office");
    const sheet = await readList(await equipmentExport(new Request("http://localhost/api/exports/equipment")));
    expect(sheet.title).toMatch(/^2020年度淘汰设备清单（全区，已验收整治对象，统计截至\d{4}\/\d{2}\/\d{2}）$/);
    const mine = sheet.rows.filter((r) => [accepted, sealedAccepted, gulinSafety].includes(String(r["台账编号"])));
    expect(mine).toHaveLength(5);
    expect(sheet.rows.some((r) => r["台账编号"] === inProgress)).toBe(false);
    const first = mine.find((r) => r["设备名称"] === "中频感应电炉")!;
    expect(first).toMatchObject({
      单位: "集士港镇",
      处置方式: "拆除主体设备",
      办理状态: "已验收",
      验收日期: "2020/06/10",
      产能或功率单位: "kW",
      型号规格: "GW-1.0T",
      "数量（台/套）": 2,
      单台产能或功率: 750,
      合计产能或功率: 1500,
      去向: "拆除报废",
    });
    expect(first["企业（作坊）名称"]).toMatch(/^清单测试jishigang/);
    // Text that looks like a formula stays text.
    expect(mine.find((r) => String(r["设备名称"]).includes("冲天炉"))).toMatchObject({
      设备名称: '=HYPERLINK("http://x")冲天炉',
      单位: "集士港镇",
    });
    expect(mine.find((r) => r["设备名称"] === "粘土砂造型线")).toMatchObject({
      去向: "转移至外地",
      转移去向地: "安徽省宣城市 广德某机械有限公司",
    });

    // The totals are the rows' (this database holds no other accepted elimination's equipment).
    expect(sheet.rows).toHaveLength(5);
    expect(totalsLine(sheet, TOTALS_HEADING)?.[1]).toBe("共 5 项，8 台（套），涉及 3 个整治对象");
    expect(totalsLine(sheet, "拆除报废")).toEqual(["拆除报废", 3, 6]);
    expect(totalsLine(sheet, "转移至外地")).toEqual(["转移至外地", 1, 1]);
    expect(totalsLine(sheet, "封存在原地")).toEqual(["封存在原地", 1, 1]);
    expect(totalsLine(sheet, "未填去向")).toEqual(["未填去向", 0, 0]);
    expect(totalsLine(sheet, "kW")).toEqual(["kW", 3, 6, 1904.5]);
    expect(totalsLine(sheet, "吨/小时")).toEqual(["吨/小时", 1, 1, 3]);
    expect(totalsLine(sheet, "吨/年")).toEqual(["吨/年", 1, 1, 2000]);
  });

  it("takes every elimination with ?cases=all, items without 去向 counted as such", async () => {
    await actAs("leader");
    const sheet = await readList(
      await equipmentExport(new Request("http://localhost/api/exports/equipment?cases=all")),
    );
    expect(sheet.title).toMatch(/^2020年度淘汰设备清单（全区，全部淘汰落后产能企业，统计截至\d{4}\/\d{2}\/\d{2}）$/);
    expect(sheet.rows.find((r) => r["台账编号"] === inProgress)).toMatchObject({
      办理状态: "推进中",
      去向: "未填去向",
    });
    expect(totalsLine(sheet, "未填去向")?.[1]).toBeGreaterThanOrEqual(1);
  });

  it("gives a township its own unit only, and another unit not at all", async () => {
    const me = await actAs("gulin");
    const sheet = await readList(await equipmentExport(new Request("http://localhost/api/exports/equipment")));
    expect(sheet.title).toMatch(/^2020年度淘汰设备清单（古林镇，已验收整治对象，统计截至\d{4}\/\d{2}\/\d{2}）$/);
    expect(sheet.rows.map((r) => r["设备名称"])).toEqual(["古林酸洗槽"]);
    expect(totalsLine(sheet, "kW")).toEqual(["kW", 1, 3, 4.5]);
    const jishigang = await prisma.unit.findFirstOrThrow({ where: { name: "集士港镇" } });
    expect(jishigang.id).not.toBe(me!.unitId);
    const other = await equipmentExport(new Request(`http://localhost/api/exports/equipment?unit=${jishigang.id}`));
    expect(other.status).toBe(404);
  });

  it("gives a department the eliminations in its remit (产业政策: all of them)", async () => {
    await actAs("yjgl"); // 区应急管理局: SAFETY only
    const safety = await readList(await equipmentExport(new Request("http://localhost/api/exports/equipment")));
    expect(safety.title).toMatch(
      /^2020年度淘汰设备清单（区应急管理局职责范围，已验收整治对象，统计截至\d{4}\/\d{2}\/\d{2}）$/,
    );
    expect(safety.rows.map((r) => r["台账编号"])).toEqual([gulinSafety]);
    await actAs("jxj"); // 区经信局: a lead of T9 (产业政策)
    const policy = await readList(await equipmentExport(new Request("http://localhost/api/exports/equipment")));
    expect(policy.rows).toHaveLength(5);
  });

  it("?asOf= lists the eliminations accepted by that day, with their state then and the items listed by then", async () => {
    // Registered in May; accepted 10 June (the helper's day) — one item listed only later (today).
    const early = await caseWith("jishigang", [{ name: "六月前电炉" }, { name: "后补的电炉" }], { status: "ACCEPTED" });
    // Accepted only in July: not accepted on 30 June.
    const july = await caseWith("jishigang", [{ name: "七月验收电炉" }], { status: "ACCEPTED" });
    const may = new Date("2020-05-01T02:00:00Z");
    await prisma.case.updateMany({ where: { id: { in: [early, july] } }, data: { createdAt: may } });
    await prisma.case.update({ where: { id: july }, data: { acceptedAt: new Date("2020-07-10T02:00:00Z") } });
    await prisma.caseEquipment.updateMany({
      where: { caseId: { in: [early, july] }, name: { not: "后补的电炉" } },
      data: { createdAt: may },
    });
    await actAs("office");
    const then = await readList(
      await equipmentExport(new Request("http://localhost/api/exports/equipment?asOf=2020-06-30")),
    );
    expect(then.title).toBe("2020年度淘汰设备清单（全区，已验收整治对象，统计截至2020/06/30）");
    // The other fixtures were registered today: not yet on 30 June.
    expect(then.rows.map((r) => r["设备名称"])).toEqual(["六月前电炉"]);
    expect(then.rows[0]).toMatchObject({ 办理状态: "已验收", 验收日期: "2020/06/10" });
    expect(totalsLine(then, TOTALS_HEADING)?.[1]).toBe("共 1 项，2 台（套），涉及 1 个整治对象");
    // On 31 July: the July acceptance too; ?cases=all on 30 June shows it as 整治中 then.
    const july31 = await readList(
      await equipmentExport(new Request("http://localhost/api/exports/equipment?asOf=2020-07-31")),
    );
    expect(july31.rows.map((r) => r["设备名称"]).sort()).toEqual(["七月验收电炉", "六月前电炉"]);
    const all = await readList(
      await equipmentExport(new Request("http://localhost/api/exports/equipment?asOf=2020-06-30&cases=all")),
    );
    expect(all.rows.find((r) => r["设备名称"] === "七月验收电炉")).toMatchObject({ 办理状态: "推进中" });
    // Today: both, and the later item too.
    const today = await readList(await equipmentExport(new Request("http://localhost/api/exports/equipment")));
    expect(today.rows.map((r) => r["设备名称"])).toEqual(expect.arrayContaining(["后补的电炉", "七月验收电炉"]));
  });

  it("is in the case's evidence ZIP, naming where each proof lies in it", async () => {
    await actAs("jishigang");
    const id = await registerTestCase({ enterpriseName: "归档设备铸造厂" });
    const proof = await upload(id, "AFTER_PHOTO", "拆后.jpg");
    await addEquipment({ caseId: id, caseVersion: (await current(id)).version, ...furnace, evidenceId: proof });
    const res = await caseArchive(new Request(`http://localhost/api/archive/cases/${id}`), params(id));
    expect(res.status).toBe(200);
    const entries = await unzip(Buffer.from(await res.arrayBuffer()));
    const list = entries.find((e) => e.path === "设备清单.xlsx");
    expect(list, "设备清单.xlsx is in the archive").toBeDefined();
    const photoPath = entries.find((e) => e.path.endsWith("/拆后.jpg"))!.path;
    const sheet = await readBook(list!.bytes);
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]).toMatchObject({
      设备名称: "中频感应电炉",
      证明材料: `拆后照片：拆后.jpg（压缩包内：${photoPath}）`,
    });
  });
});

// The ledger import end to end through its route handlers: the dry run writes nothing; the import
// writes every row or none, only into the township's own unit, never a duplicate of the ledger, and
// is audited once with the uploaded file kept in storage.
import { describe, expect, it } from "vitest";

import { POST as checkPost } from "@/app/api/import/check/route";
import { POST as importPost } from "@/app/api/import/route";
import { registerCase } from "@/server/cases/actions/register-case";
import { prisma } from "@/server/db";
import { storage } from "@/server/storage";

import { changed, snapshot } from "../../helpers/db-snapshot";
import { jpeg, registerTestCase } from "../../helpers/fixtures";
import { importRequest, ledgerFile, ledgerRow } from "../../helpers/ledger-files";
import { actAs } from "../../helpers/session";

type Answer = {
  ok: boolean;
  message?: string;
  total?: number;
  errors?: { row: number; name: string; errors: string[] }[];
  fileKey?: string;
  summary?: Record<string, unknown>;
};

async function post(
  handler: (r: Request) => Promise<Response>,
  path: "/api/import" | "/api/import/check",
  bytes: Buffer,
  name?: string,
) {
  const res = await handler(await importRequest(path, bytes, name));
  return { status: res.status, body: (await res.json()) as Answer };
}
const check = (bytes: Buffer, name?: string) => post(checkPost, "/api/import/check", bytes, name);
const run = (bytes: Buffer, name?: string) => post(importPost, "/api/import", bytes, name);
const casesOf = (creditCodes: string[]) =>
  prisma.case.findMany({
    where: { enterprise: { creditCode: { in: creditCodes } } },
    include: { enterprise: true, unit: true },
  });
const codes = (rows: { creditCode?: unknown }[]) => rows.map((r) => r.creditCode as string);

describe("a township officer imports only into their own unit", () => {
  it("sees the other unit's row as an error in the dry run, and the import writes nothing at all", async () => {
    await actAs("jishigang");
    const rows = [ledgerRow("集士港镇"), ledgerRow("古林镇"), ledgerRow("集士港镇")];
    const file = await ledgerFile(rows);
    const before = await snapshot();

    const dry = await check(file);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      ok: true,
      total: 3,
      errors: [
        { row: 3, name: rows[1].name, errors: ["所属单位“古林镇”不是本单位（集士港镇），只能导入本单位的企业"] },
      ],
    });
    expect(changed(before, await snapshot())).toEqual([]);

    const imported = await run(file);
    expect(imported.status).toBe(422);
    expect(imported.body.message).toMatch(/未导入任何数据/);
    expect(imported.body.errors?.map((e) => e.row)).toEqual([3]);
    expect(changed(before, await snapshot()), "no case, enterprise, audit row or stored file").toEqual([]);
  });

  it("imports its own rows: cases REGISTERED in the current campaign, in its unit", async () => {
    await actAs("jishigang");
    const rows = [
      ledgerRow("集士港镇"),
      ledgerRow("集士港镇", {
        category: "“低散乱”整治提升",
        disposal: null,
        outcome: "规范提升",
        industry: "食品",
        dimensions: "环保、安全",
      }),
    ];
    const res = await run(await ledgerFile(rows));
    expect(res.status).toBe(201);
    expect(res.body.summary).toMatchObject({
      rows: 2,
      cases: { ELIMINATION: 1, RECTIFICATION: 1 },
      enterprisesCreated: 2,
      enterprisesReused: 0,
      units: [{ name: "集士港镇", cases: 2 }],
    });
    const campaign = await prisma.campaign.findFirstOrThrow({ orderBy: { year: "desc" } });
    const cases = await casesOf(codes(rows));
    expect(cases).toHaveLength(2);
    for (const c of cases)
      expect(c).toMatchObject({
        status: "REGISTERED",
        campaignId: campaign.id,
        unit: { name: "集士港镇" },
        enterprise: { unitId: c.unitId },
      });
    const rect = cases.find((c) => c.category === "RECTIFICATION")!;
    expect(rect).toMatchObject({
      dimensions: ["ENVIRONMENT", "SAFETY"],
      disposalPath: null,
      enterprise: { industry: "FOOD" },
    });
    expect(rect.outcomeId).not.toBeNull();
  });

  it("a department or the leader cannot import or check (not found)", async () => {
    for (const who of ["fgj", "leader"]) {
      await actAs(who);
      expect((await check(await ledgerFile([ledgerRow("集士港镇")]))).status).toBe(404);
      expect((await run(await ledgerFile([ledgerRow("集士港镇")]))).status).toBe(404);
    }
  });
});

describe("all or nothing", () => {
  it("one bad row stops the whole file; fixed, every row is imported in one go", async () => {
    await actAs("office");
    const rows = [
      ledgerRow("集士港镇"),
      ledgerRow("古林镇"),
      ledgerRow("古林镇", { industry: "钢铁" }),
      ledgerRow("集士港镇"),
    ];
    const before = await snapshot();
    const bad = await run(await ledgerFile(rows));
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([
      { row: 4, name: rows[2].name, errors: ["行业“钢铁”无效，可填：铸造、建材、食品、金属表面处理、其他"] },
    ]);
    expect(changed(before, await snapshot())).toEqual([]);

    rows[2].industry = "建材";
    const good = await run(await ledgerFile(rows), "2020年台账.xlsx");
    expect(good.status).toBe(201);
    const cases = await casesOf(codes(rows));
    expect(cases.map((c) => c.unit.name).sort()).toEqual(["古林镇", "古林镇", "集士港镇", "集士港镇"]);
  });

  it("refuses a file that is not an .xlsx workbook, by its content", async () => {
    await actAs("office");
    const res = await check(await jpeg(), "台账.xlsx");
    expect(res.status).toBe(415);
    expect(res.body.message).toMatch(/请上传 Excel 工作簿/);
  });
});

describe("duplicates against the ledger", () => {
  it("the same file twice: the second dry run lists every row as already in the ledger, and imports nothing", async () => {
    await actAs("jishigang");
    const rows = [ledgerRow("集士港镇"), ledgerRow("集士港镇", { creditCode: null, name: "无照小作坊甲" })];
    const file = await ledgerFile(rows);
    expect((await run(file)).status).toBe(201);
    const again = await check(file);
    expect(again.body.errors).toEqual([
      { row: 2, name: rows[0].name, errors: ["台账中已有：该企业本年度已登记“淘汰落后产能”整治对象，不能重复登记"] },
      { row: 3, name: "无照小作坊甲", errors: ["台账中已有：该企业本年度已登记“淘汰落后产能”整治对象，不能重复登记"] },
    ]);
    const before = await snapshot();
    expect((await run(file)).status).toBe(422);
    expect(changed(before, await snapshot())).toEqual([]);
  });

  it("reuses the unit's own enterprise for the other category; refuses a credit code another unit registered", async () => {
    await actAs("jishigang");
    const caseId = await registerTestCase();
    const own = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { enterprise: true } });
    await actAs("gulin");
    const gulinCase = await prisma.case.findUniqueOrThrow({
      where: { id: await registerTestCase() },
      include: { enterprise: true },
    });

    await actAs("jishigang");
    const rows = [
      ledgerRow("集士港镇", { creditCode: own.enterprise.creditCode, category: "整治提升", disposal: null }),
      ledgerRow("集士港镇", { creditCode: gulinCase.enterprise.creditCode, category: "整治提升", disposal: null }),
    ];
    const dry = await check(await ledgerFile(rows));
    expect(dry.body.errors).toEqual([
      {
        row: 3,
        name: rows[1].name,
        errors: ["台账中已有：该统一社会信用代码的企业属于古林镇，如需变更归属请联系区工强办"],
      },
    ]);

    const res = await run(await ledgerFile([rows[0]]));
    expect(res.status).toBe(201);
    expect(res.body.summary).toMatchObject({ enterprisesCreated: 0, enterprisesReused: 1 });
    const cases = await prisma.case.findMany({ where: { enterpriseId: own.enterpriseId } });
    expect(cases.map((c) => c.category).sort()).toEqual(["ELIMINATION", "RECTIFICATION"]);
  });
});

describe("audited once, with the file kept", () => {
  it("writes ONE audit row for the whole import, naming the counts and the stored file, whose bytes are the upload", async () => {
    await actAs("office");
    const rows = Array.from({ length: 30 }, (_, i) => ledgerRow(i % 2 ? "古林镇" : "集士港镇"));
    const file = await ledgerFile(rows);
    const auditBefore = await prisma.auditLog.count();
    const res = await run(file, "全区台账.xlsx");
    expect(res.status).toBe(201);
    expect(await prisma.auditLog.count()).toBe(auditBefore + 1);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "ledger.import" },
      orderBy: { id: "desc" },
      include: { actor: true },
    });
    expect(audit).toMatchObject({
      entity: "LedgerImport",
      entityId: res.body.fileKey,
      actor: { username: "office" },
      after: {
        fileKey: res.body.fileKey,
        fileName: "全区台账.xlsx",
        rows: 30,
        cases: { ELIMINATION: 30, RECTIFICATION: 0 },
        enterprisesCreated: 30,
      },
    });
    expect(Buffer.compare(await storage.get(res.body.fileKey!), file)).toBe(0);
  });
});

describe("a closed year", () => {
  it("refuses the check and the import with the same words as registering a case, and writes nothing", async () => {
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { isCurrent: true } });
    await prisma.campaign.update({ where: { id: campaign.id }, data: { closedAt: new Date("2020-12-31T08:00:00Z") } });
    try {
      await actAs("gulin");
      const file = await ledgerFile([ledgerRow("古林镇")]);
      const before = await snapshot();
      for (const answer of [await check(file), await run(file)]) {
        expect(answer).toEqual({
          status: 403,
          body: { ok: false, status: 403, message: "该年度工作已关闭，数据不能修改" },
        });
      }
      expect(
        await registerCase({
          enterpriseName: "关闭年度企业",
          creditCode: "",
          industry: "FOOD",
          category: "RECTIFICATION",
          dimensions: ["QUALITY"],
        }),
      ).toMatchObject({ ok: false, message: "该年度工作已关闭，数据不能修改" });
      expect(changed(before, await snapshot())).toEqual([]);
    } finally {
      await prisma.campaign.update({ where: { id: campaign.id }, data: { closedAt: null } });
    }
  });
});

describe("the equipment of the imported eliminations (淘汰设备清单)", () => {
  it("is written with its case, one item per row, in the file's order, and counted in the dry run", async () => {
    await actAs("jishigang");
    const first = ledgerRow("集士港镇", {
      equipmentName: "中频感应电炉",
      equipmentModel: "GW-1.0T",
      equipmentQuantity: 2,
      equipmentCapacity: 750,
      equipmentCapacityUnit: "kW",
      equipmentDisposition: "拆除报废",
    });
    const second = {
      unit: first.unit,
      name: first.name,
      creditCode: first.creditCode,
      category: first.category,
      equipmentName: "冲天炉",
      equipmentQuantity: 1,
      equipmentCapacity: 3,
      equipmentCapacityUnit: "t/h",
    };
    const plain = ledgerRow("集士港镇");
    const file = await ledgerFile([first, second, plain]);
    const dry = await check(file);
    expect(dry.body).toMatchObject({ ok: true, total: 3, errors: [], summary: { equipment: 2 } });
    const done = await run(file);
    expect(done).toMatchObject({ status: 201, body: { ok: true, summary: { equipment: 2 } } });
    const [withItems] = await casesOf([first.creditCode as string]);
    const items = await prisma.caseEquipment.findMany({
      where: { caseId: withItems.id },
      orderBy: { displayOrder: "asc" },
    });
    expect(items.map((i) => [i.name, i.quantity, i.capacity, i.capacityUnit, i.disposition])).toEqual([
      ["中频感应电炉", 2, 750, "kW", "SCRAPPED"],
      ["冲天炉", 1, 3, "吨/小时", null],
    ]);
    const [without] = await casesOf([plain.creditCode as string]);
    expect(await prisma.caseEquipment.count({ where: { caseId: without.id } })).toBe(0);
  });
});

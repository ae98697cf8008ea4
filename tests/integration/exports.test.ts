import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as annexExport } from "@/app/api/exports/annex/route";
import { GET as ledgerExport } from "@/app/api/exports/ledger/route";
import { prisma } from "@/server/db";

import { addCases, createCampaign } from "../helpers/case-fixtures";
import { actAs } from "../helpers/session";

// A campaign later than the seeded 2020 one is the current campaign the exports use; 2024 is over,
// so it reads as ended: final figures, every unit short of its target 未完成 (no "slow" units).
let campaignId: number;

beforeAll(async () => {
  const campaign = await createCampaign(2024, { 集士港镇: [3, 28], 古林镇: [3, 28], 月湖街道: [null, null] });
  campaignId = campaign.id;
  await addCases(campaignId, [
    {
      unit: "集士港镇",
      category: "ELIMINATION",
      status: "ACCEPTED",
      industry: "FOUNDRY",
      enterprise: "宁波甲铸造厂",
      creditCode: "91350100M000100Y43",
      submittedAt: "2024-03-01T10:00:00+08:00",
      acceptedAt: "2024-03-20T10:00:00+08:00",
      evidence: 4,
      reviewer: "office",
    },
    {
      unit: "集士港镇",
      category: "RECTIFICATION",
      status: "ACCEPTED",
      industry: "FOUNDRY",
      enterprise: "宁波甲铸造厂二车间",
      acceptedAt: "2024-05-05T10:00:00+08:00",
      reviewer: "fgj",
    },
    { unit: "集士港镇", category: "RECTIFICATION", status: "IN_PROGRESS", enterprise: "集士港乙作坊" },
    {
      unit: "古林镇",
      category: "ELIMINATION",
      status: "ACCEPTED",
      acceptedAt: "2024-06-01T10:00:00+08:00",
      enterprise: "古林丙厂",
      evidence: 2,
    },
    {
      unit: "古林镇",
      category: "ELIMINATION",
      status: "ACCEPTED",
      acceptedAt: "2024-07-01T10:00:00+08:00",
      enterprise: "古林丁厂",
    },
    {
      unit: "古林镇",
      category: "ELIMINATION",
      status: "ACCEPTED",
      acceptedAt: "2024-08-01T10:00:00+08:00",
      enterprise: "古林戊厂",
    },
  ]);
  // One evidence item removed: it no longer counts.
  const removed = await prisma.evidence.findFirstOrThrow({ where: { case: { enterprise: { name: "古林丙厂" } } } });
  await prisma.evidence.update({ where: { id: removed.id }, data: { deletedAt: new Date() } });
});

const request = (path: string) => new Request(`http://localhost${path}`);

async function sheetOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(res.headers.get("content-disposition")).toMatch(/^attachment; /);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb.worksheets[0];
}

/** Each row's cell values from `from` on, as plain values. */
function rows(ws: ExcelJS.Worksheet, from: number) {
  const out: unknown[][] = [];
  for (let n = from; n <= ws.rowCount; n++) out.push((ws.getRow(n).values as unknown[]).slice(1));
  return out;
}

describe("annex export (目标任务分解表完成情况)", () => {
  it("reads back as the source annex with actuals: title, unit rows, district row, notes", async () => {
    await actAs("office");
    const ws = await sheetOf(await annexExport(request("/api/exports/annex")));
    expect(ws.getCell("A1").value).toBe("2024年度淘汰落后产能及“低散乱”整治提升工作目标任务分解表（完成情况）");
    expect(ws.getCell("A2").value).toMatch(/^已结束：统计截至 .*最终结果/);
    expect(String(ws.getCell("A2").value)).not.toContain("序时进度");
    expect(ws.getCell("B3").value).toBe("淘汰落后产能涉及企业数（家）");
    expect(ws.getCell("G3").value).toBe("整治提升“低散乱”企业（作坊）数（家）");
    expect(rows(ws, 4)[0]).toEqual([
      "",
      "目标",
      "已登记",
      "已上报待验收",
      "已验收",
      "完成率",
      "目标",
      "已登记",
      "已上报待验收",
      "已验收",
      "完成率",
    ]);

    const body = rows(ws, 5);
    expect(body.slice(0, 18).map((r) => r[0])).toEqual(
      (await prisma.unit.findMany({ orderBy: { displayOrder: "asc" } })).map((u) => u.name),
    );
    const jsg = body.find((r) => r[0] === "集士港镇")!;
    expect(jsg.slice(0, 11)).toEqual(["集士港镇", 3, 1, 0, 1, 0.3333, 28, 2, 0, 1, 0.0357]);
    expect(jsg[11]).toBe("淘汰落后产能未完成（完成 1/3）；整治提升未完成（完成 1/28）");
    expect(ws.getCell(5 + body.indexOf(jsg), 1).fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFDE68A" } });
    expect(ws.getCell(5 + body.indexOf(jsg), 6).numFmt).toBe("0.0%");

    const gulin = body.find((r) => r[0] === "古林镇")!;
    expect(gulin.slice(0, 6)).toEqual(["古林镇", 3, 3, 0, 3, 1]);
    expect(gulin[11]).toBe("整治提升未完成（完成 0/28）");
    const yuehu = body.find((r) => r[0] === "月湖街道")!;
    expect(yuehu.slice(0, 11)).toEqual(["月湖街道", "/", 0, 0, 0, "/", "/", 0, 0, 0, "/"]);
    expect(yuehu[11] ?? "").toBe("");

    const district = body[18];
    expect(district.slice(0, 11)).toEqual(["全区", 6, 4, 0, 4, 0.6667, 56, 2, 0, 1, 0.0179]);
    expect(body.map((r) => r[0])).toContain("备注：");
    expect(body.some((r) => String(r[0]).startsWith("3.“/”表示该单位无此项任务"))).toBe(true);
  });

  it("gives a township officer only their own row, without a district row", async () => {
    await actAs("jishigang");
    const ws = await sheetOf(await annexExport(request("/api/exports/annex")));
    expect(ws.getCell("A1").value).toMatch(/——集士港镇$/);
    const names = rows(ws, 5)
      .map((r) => r[0])
      .filter((n) => n && !String(n).match(/^(备注|\d\.)/));
    expect(names).toEqual(["集士港镇"]);
  });
});

describe("ledger export (台账)", () => {
  it("lists every case with enterprise, credit code, dates, live evidence count and reviewer", async () => {
    await actAs("leader");
    const ws = await sheetOf(await ledgerExport(request("/api/exports/ledger")));
    expect(ws.getCell("A1").value).toBe("2024年度淘汰落后产能及“低散乱”整治提升台账（全区）");
    const [head, ...body] = rows(ws, 2);
    expect(head[2]).toBe("企业（作坊）名称");
    expect(body).toHaveLength(6);
    expect(body.map((r) => r[1])).toEqual(["集士港镇", "集士港镇", "集士港镇", "古林镇", "古林镇", "古林镇"]);
    expect(body[0]).toEqual([
      1,
      "集士港镇",
      "宁波甲铸造厂",
      "91350100M000100Y43",
      "铸造",
      "淘汰落后产能",
      "拆除主体设备",
      "已验收",
      expect.stringMatching(/^\d{4}\/\d{2}\/\d{2}$/),
      "2024/03/01",
      "2024/03/20",
      4,
      "区工强办管理员",
      "验收通过",
      expect.any(String),
    ]);
    expect(body.find((r) => r[2] === "宁波甲铸造厂二车间")!.slice(12, 14)).toEqual(["区发改局经办人", "验收通过"]);
    expect(body.find((r) => r[2] === "集士港乙作坊")!.slice(7, 14)).toEqual([
      "推进中",
      expect.any(String),
      "",
      "",
      0,
      "",
      "",
    ]);
    expect(body.find((r) => r[2] === "古林丙厂")![11]).toBe(1);
  });

  it("gives a township officer only their own unit's cases", async () => {
    await actAs("jishigang");
    const ws = await sheetOf(await ledgerExport(request("/api/exports/ledger")));
    expect(ws.getCell("A1").value).toBe("2024年度淘汰落后产能及“低散乱”整治提升台账（集士港镇）");
    const body = rows(ws, 3);
    expect(body.map((r) => r[1])).toEqual(["集士港镇", "集士港镇", "集士港镇"]);
  });
});

describe("export scope, checked by the route handlers themselves", () => {
  it.each([annexExport, ledgerExport])("refuses an anonymous caller (%#)", async (handler) => {
    await actAs(null);
    const res = await handler(request("/api/exports/x"));
    expect(res.status).toBe(401);
  });

  it.each([annexExport, ledgerExport])(
    "gives a department the district export, read-only like the leader (%#)",
    async (handler) => {
      await actAs("fgj");
      const res = await handler(request("/api/exports/x"));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("spreadsheetml");
    },
  );

  it.each([annexExport, ledgerExport])(
    "answers 'not found' to a township officer asking for another unit (%#)",
    async (handler) => {
      const gulin = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
      await actAs("jishigang");
      expect((await handler(request(`/api/exports/x?unit=${gulin.id}`))).status).toBe(404);
      expect((await handler(request("/api/exports/x?unit=abc"))).status).toBe(404);
    },
  );

  it("lets the office export one unit", async () => {
    const gulin = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
    await actAs("office");
    const ws = await sheetOf(await ledgerExport(request(`/api/exports/ledger?unit=${gulin.id}`)));
    expect(rows(ws, 3).map((r) => r[1])).toEqual(["古林镇", "古林镇", "古林镇"]);
  });
});

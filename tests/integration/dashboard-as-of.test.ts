// 统计截至: the dashboard and the exports as they stood on a past day, reconstructed from the stored
// timestamps (registration, submissions, review decisions); an ended campaign reads 已结束.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as annexExport } from "@/app/api/exports/annex/route";
import { GET as ledgerExport } from "@/app/api/exports/ledger/route";
import { asOfMoment } from "@/lib/dashboard/history";
import type { ReviewDecision } from "@/lib/generated/prisma/enums";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";

import { createCampaign, createCaseWithHistory } from "../helpers/case-fixtures";
import { actAs } from "../helpers/session";

let campaign: Awaited<ReturnType<typeof createCampaign>>;

beforeAll(async () => {
  campaign = await createCampaign(2025, { 集士港镇: [2, 10] });
  const unit = await prisma.unit.findFirstOrThrow({ where: { name: "集士港镇" } });
  const office = await prisma.user.findUniqueOrThrow({ where: { username: "office" } });
  const history: [
    name: string,
    status: "ACCEPTED" | "SUBMITTED" | "IN_PROGRESS",
    created: string,
    submitted: string | null,
    reviews: [ReviewDecision, string][],
  ][] = [
    // Submitted, returned, resubmitted, accepted 15 October.
    [
      "甲厂",
      "ACCEPTED",
      "2025-03-01",
      "2025-09-01",
      [
        ["RETURN", "2025-05-01"],
        ["ACCEPT", "2025-10-15"],
      ],
    ],
    // Accepted in June, reopened in September, sent again in November.
    [
      "乙厂",
      "SUBMITTED",
      "2025-02-01",
      "2025-11-20",
      [
        ["ACCEPT", "2025-06-01"],
        ["REOPEN", "2025-09-10"],
      ],
    ],
    // Registered only in November.
    ["丙厂", "IN_PROGRESS", "2025-11-02", null, []],
  ];
  for (const [name, status, created, submitted, reviews] of history) {
    const enterprise = await prisma.enterprise.create({ data: { name, unitId: unit.id, industry: "OTHER" } });
    await createCaseWithHistory({
      campaignId: campaign.id,
      enterpriseId: enterprise.id,
      unitId: unit.id,
      category: "RECTIFICATION",
      status,
      reviewerId: office.id,
      created,
      submitted,
      reviews,
    });
  }
});

const figuresOn = async (day: string | null) => {
  const office = (await actAs("office"))!;
  const d = (await getDashboard(office, campaign, asOfMoment(day ? new Date(day) : null, new Date())))!;
  return { d, jsg: d.rows.find((r) => r.name === "集士港镇")!.figures.RECTIFICATION };
};

describe("统计截至", () => {
  it("on 30 September 2025: 甲厂 awaiting review again, 乙厂 reopened, 丙厂 not yet registered; the campaign then running", async () => {
    const { d, jsg } = await figuresOn("2025-09-30");
    expect(d.past).toBe(true);
    expect(d.phase).toBe("RUNNING");
    expect(jsg).toMatchObject({ registered: 2, submitted: 1, accepted: 0, inProgress: 1 });
    expect(d.statusTotals.RECTIFICATION).toMatchObject({ SUBMITTED: 1, IN_PROGRESS: 1, ACCEPTED: 0 });
    // The cumulative chart: 乙厂's June acceptance no longer counts, nothing shown after September.
    expect(d.cumulative.RECTIFICATION.find((p) => p.month === "2025-06")!.accepted).toBe(0);
    expect(d.cumulative.RECTIFICATION.find((p) => p.month === "2025-10")!.accepted).toBeNull();
  });

  it("on 1 July 2025: 乙厂 accepted, 甲厂 returned", async () => {
    const { jsg, d } = await figuresOn("2025-07-01");
    expect(jsg).toMatchObject({ registered: 2, submitted: 0, accepted: 1 });
    expect(d.statusTotals.RECTIFICATION).toMatchObject({ RETURNED: 1, ACCEPTED: 1 });
    expect(d.cumulative.RECTIFICATION.find((p) => p.month === "2025-06")!.accepted).toBe(1);
  });

  it("today: the live figures of the ended campaign, 已结束 with 完成/未完成 and no slow units", async () => {
    const { d, jsg } = await figuresOn(null);
    expect(d.past).toBe(false);
    expect(d.phase).toBe("ENDED");
    expect(jsg).toMatchObject({ registered: 3, submitted: 1, accepted: 1, lagging: false, complete: false });
    expect(d.rows.find((r) => r.name === "集士港镇")!.shortfallReason).toBe(
      "淘汰落后产能未完成（完成 0/2）；整治提升未完成（完成 1/10）",
    );
  });

  it("the exports follow the chosen date", async () => {
    await actAs("office");
    const sheet = async (res: Response) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      return wb.worksheets[0];
    };
    const annex = await sheet(await annexExport(new Request("http://localhost/api/exports/annex?asOf=2025-09-30")));
    expect(String(annex.getCell("A2").value)).toMatch(/^统计截至 2025\/09\/30，序时进度 75%/);
    const row = (annex.getSheetValues() as unknown[][]).find((r) => r?.[1] === "集士港镇")!;
    expect(row.slice(7, 11)).toEqual([10, 2, 1, 0]);
    const ledger = await sheet(await ledgerExport(new Request("http://localhost/api/exports/ledger?asOf=2025-09-30")));
    const names: string[] = [];
    const statuses: string[] = [];
    ledger.eachRow((r, n) => {
      if (n > 2) {
        names.push(String(r.getCell(3).value));
        statuses.push(String(r.getCell(8).value));
      }
    });
    expect(names.sort()).toEqual(["乙厂", "甲厂"]);
    expect(statuses.sort()).toEqual(["已上报", "推进中"]);
    // A malformed day reads as today.
    const today = await sheet(await annexExport(new Request("http://localhost/api/exports/annex?asOf=2025-02-30")));
    expect(String(today.getCell("A2").value)).toMatch(/^已结束/);
  });
});

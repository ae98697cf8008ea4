import { beforeAll, describe, expect, it } from "vitest";

import type { Campaign } from "@/lib/generated/prisma/client";
import { type Dashboard, getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";

import { addCases, createCampaign } from "../helpers/case-fixtures";
import { actAs } from "../helpers/session";

// A leap-year campaign, so 2 July (Beijing) is exactly 183 of 366 days: 50% of the year elapsed.
const YEAR = 2032;
const MID_YEAR = new Date("2032-07-02T08:00:00+08:00");

let campaign: Campaign;

beforeAll(async () => {
  campaign = await createCampaign(YEAR, {
    集士港镇: [3, 28],
    望春工业园区: [2, null],
    望春街道: [null, 3],
    // 月湖街道 keeps "/" in both categories.
  });
  await addCases(campaign.id, [
    // 集士港镇 has accepted cases in both categories.
    {
      unit: "集士港镇",
      category: "ELIMINATION",
      status: "ACCEPTED",
      industry: "FOUNDRY",
      acceptedAt: "2032-03-15T10:00:00+08:00",
    },
    { unit: "集士港镇", category: "ELIMINATION", status: "SUBMITTED", industry: "FOUNDRY" },
    {
      unit: "集士港镇",
      category: "RECTIFICATION",
      status: "ACCEPTED",
      industry: "FOOD",
      acceptedAt: "2032-02-10T10:00:00+08:00",
    },
    // 23:30 on 30 June in Beijing is still June, though it is 15:30 UTC.
    {
      unit: "集士港镇",
      category: "RECTIFICATION",
      status: "ACCEPTED",
      industry: "FOOD",
      acceptedAt: "2032-06-30T23:30:00+08:00",
    },
    { unit: "集士港镇", category: "RECTIFICATION", status: "IN_PROGRESS", industry: "BUILDING_MATERIALS" },
    { unit: "集士港镇", category: "RECTIFICATION", status: "RETURNED", industry: "OTHER" },
    { unit: "集士港镇", category: "RECTIFICATION", status: "REGISTERED", industry: "OTHER" },
    // A "/" unit may still register cases: they count in the district, without a completion %.
    {
      unit: "月湖街道",
      category: "RECTIFICATION",
      status: "ACCEPTED",
      industry: "METAL_SURFACE",
      acceptedAt: "2032-05-01T10:00:00+08:00",
    },
    // 望春街道: 1 of 3.
    {
      unit: "望春街道",
      category: "RECTIFICATION",
      status: "ACCEPTED",
      industry: "OTHER",
      acceptedAt: "2032-07-01T09:00:00+08:00",
    },
  ]);
});

const row = (d: Dashboard, name: string) => d.rows.find((r) => r.name === name)!;

async function districtFor(who: string, today = MID_YEAR) {
  const user = await actAs(who);
  const fresh = await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
  return getDashboard(user!, fresh, today);
}

describe("dashboard roll-up against hand-computed figures", () => {
  it("gives each unit its actuals and keeps '/' units apart from zero", async () => {
    const d = (await districtFor("office"))!;
    expect(d.elapsed).toBe(50);
    expect(d.rows.map((r) => r.name)).toHaveLength(18);
    expect(d.rows[0].name).toBe("集士港镇");

    const jsg = row(d, "集士港镇");
    expect(jsg.figures.ELIMINATION).toEqual({
      target: 3,
      registered: 2,
      inProgress: 0,
      submitted: 1,
      accepted: 1,
      notStarted: 1,
      completion: expect.closeTo(100 / 3, 10),
      lagging: false,
      complete: false,
      forecast: { projected: 2, shortfall: 1 },
    });
    expect(jsg.figures.RECTIFICATION).toEqual({
      target: 28,
      registered: 5,
      inProgress: 3,
      submitted: 0,
      accepted: 2,
      notStarted: 23,
      completion: expect.closeTo((2 / 28) * 100, 10),
      lagging: true,
      complete: false,
      forecast: { projected: 4, shortfall: 24 },
    });
    expect(jsg.lagReason).toBe("整治提升完成 2/28，序时进度 50%");

    const yuehu = row(d, "月湖街道");
    expect(yuehu.quotas).toEqual({ ELIMINATION: null, RECTIFICATION: null });
    expect(yuehu.figures.RECTIFICATION).toMatchObject({
      target: null,
      accepted: 1,
      completion: null,
      notStarted: null,
      lagging: false,
    });
    expect(yuehu.figures.RECTIFICATION.forecast).toEqual({ projected: 2, shortfall: null });
    expect(yuehu.lagReason).toBeNull();

    const park = row(d, "望春工业园区");
    expect(park.figures.ELIMINATION).toMatchObject({
      target: 2,
      registered: 0,
      accepted: 0,
      completion: 0,
      lagging: true,
    });
    expect(park.figures.ELIMINATION.forecast).toEqual({ projected: 0, shortfall: 2 });
    expect(park.figures.RECTIFICATION.target).toBeNull();
    expect(park.lagReason).toBe("淘汰落后产能完成 0/2，序时进度 50%");
  });

  it("computes the district row from the unit rows", async () => {
    const d = (await districtFor("leader"))!;
    expect(d.district.ELIMINATION).toMatchObject({
      target: 5,
      registered: 2,
      submitted: 1,
      accepted: 1,
      inProgress: 0,
      notStarted: 3,
    });
    expect(d.district.RECTIFICATION).toMatchObject({
      target: 31,
      registered: 7,
      submitted: 0,
      accepted: 4,
      inProgress: 3,
      notStarted: 24,
    });
    expect(d.district.RECTIFICATION.completion).toBeCloseTo((4 / 31) * 100, 10);
    expect(d.district.RECTIFICATION.forecast).toEqual({ projected: 8, shortfall: 23 });
    expect(d.statusTotals.RECTIFICATION).toEqual({
      REGISTERED: 1,
      IN_PROGRESS: 1,
      SUBMITTED: 0,
      RETURNED: 1,
      ACCEPTED: 4,
    });
    expect(d.byIndustry.get("FOUNDRY")).toEqual({ ELIMINATION: 2, RECTIFICATION: 0 });
    expect(d.byIndustry.get("OTHER")).toEqual({ ELIMINATION: 0, RECTIFICATION: 3 });
    expect(d.byIndustry.has("METAL_SURFACE")).toBe(true);
  });

  it("accumulates acceptances by Beijing month against the straight-line plan, with no actuals after today", async () => {
    const d = (await districtFor("office"))!;
    const rect = d.cumulative.RECTIFICATION;
    expect(rect).toHaveLength(12);
    expect(rect.map((p) => p.accepted)).toEqual([0, 1, 1, 1, 2, 3, 4, null, null, null, null, null]);
    expect(rect[11]).toMatchObject({ label: "12月", plan: 31 });
    expect(rect[5].plan).toBe(15.42); // 31 × 182/366 days at the end of June
    expect(d.cumulative.ELIMINATION.map((p) => p.accepted).slice(0, 4)).toEqual([0, 0, 1, 1]);
  });

  it("flags a unit as slow only once it is more than the threshold behind", async () => {
    // 望春工业园区 is at 0% with 50% of the year gone: exactly 50 points behind.
    await prisma.campaign.update({ where: { id: campaign.id }, data: { lagThresholdPoints: 50 } });
    expect(row((await districtFor("office"))!, "望春工业园区").figures.ELIMINATION.lagging).toBe(false);
    await prisma.campaign.update({ where: { id: campaign.id }, data: { lagThresholdPoints: 49 } });
    const d = (await districtFor("office"))!;
    expect(row(d, "望春工业园区").figures.ELIMINATION.lagging).toBe(true);
    expect(row(d, "望春工业园区").lagReason).toBe("淘汰落后产能完成 0/2，序时进度 50%");
    await prisma.campaign.update({ where: { id: campaign.id }, data: { lagThresholdPoints: 20 } });
  });

  it("projects from the pace so far and has no forecast before the campaign starts", async () => {
    const early = (await districtFor("office", new Date("2031-12-31T12:00:00+08:00")))!;
    expect(early.elapsed).toBe(0);
    expect(row(early, "集士港镇").figures.ELIMINATION.forecast).toEqual({ projected: null, shortfall: null });
    expect(row(early, "集士港镇").lagReason).toBeNull();
    const end = (await districtFor("office", new Date("2033-03-01T12:00:00+08:00")))!;
    expect(end.elapsed).toBe(100);
    expect(row(end, "集士港镇").figures.ELIMINATION.forecast).toEqual({ projected: 1, shortfall: 2 });
  });
});

describe("dashboard scope", () => {
  it("gives a township officer only their own unit, whatever unit they ask for", async () => {
    const user = (await actAs("jishigang"))!;
    const d = (await getDashboard(user, campaign, MID_YEAR))!;
    expect(d.unit?.name).toBe("集士港镇");
    expect(d.rows.map((r) => r.name)).toEqual(["集士港镇"]);
    expect(d.district.RECTIFICATION).toMatchObject({ target: 28, accepted: 2 });
    expect([...d.byIndustry.keys()].sort()).toEqual(["BUILDING_MATERIALS", "FOOD", "FOUNDRY", "OTHER"]);
    expect(d.taskLines).toEqual([]);
    const other = await prisma.unit.findFirstOrThrow({ where: { name: "月湖街道" } });
    expect(await getDashboard(user, campaign, MID_YEAR, other.id)).toBeNull();
  });

  it("lets the office narrow the dashboard to one unit", async () => {
    const user = (await actAs("office"))!;
    const yuehu = await prisma.unit.findFirstOrThrow({ where: { name: "月湖街道" } });
    const d = (await getDashboard(user, campaign, MID_YEAR, yuehu.id))!;
    expect(d.rows.map((r) => r.name)).toEqual(["月湖街道"]);
    expect(d.district.RECTIFICATION).toMatchObject({ target: null, accepted: 1 });
  });

  it("gives departments the whole district read-only (各部门及时了解、掌握工作进展), or one unit", async () => {
    const user = (await actAs("fgj"))!;
    const district = await getDashboard(user, campaign, MID_YEAR);
    expect(district).not.toBeNull();
    expect(district!.unit).toBeNull();
    const gulin = await prisma.unit.findFirstOrThrow({ where: { name: "古林镇" } });
    expect((await getDashboard(user, campaign, MID_YEAR, gulin.id))?.unit?.name).toBe("古林镇");
  });
});

describe("task-line summary on the district dashboard", () => {
  it("shows zero progress until entries exist, then adds the entries up", async () => {
    const fgj = await prisma.department.findFirstOrThrow({ where: { name: "区发改局" } });
    const counted = await prisma.taskLine.create({
      data: {
        campaignId: campaign.id,
        code: "T1",
        dimension: "ENERGY",
        title: "节能监察",
        measure: "ENTERPRISE",
        target: 13,
        displayOrder: 1,
        leads: { create: { departmentId: fgj.id } },
      },
    });
    const items = await prisma.taskLine.create({
      data: {
        campaignId: campaign.id,
        code: "T4",
        dimension: "ENVIRONMENT",
        title: "三项治理",
        measure: "ITEM",
        displayOrder: 2,
        items: {
          create: [
            { title: "甲", displayOrder: 1 },
            { title: "乙", displayOrder: 2 },
            { title: "丙", displayOrder: 3 },
          ],
        },
      },
      include: { items: true },
    });
    const author = await prisma.user.findUniqueOrThrow({ where: { username: "fgj" } });
    // Marking an item done is an entry on that item (value 1), as the task-line page records it.
    await prisma.taskProgress.create({
      data: {
        taskLineId: items.id,
        itemId: items.items[0].id,
        value: 1,
        date: new Date("2032-05-20"),
        authorId: author.id,
      },
    });
    const before = (await districtFor("leader"))!.taskLines;
    expect(before.map((l) => l.code)).toEqual(["T1", "T4"]);
    expect(before[0]).toMatchObject({
      target: 13,
      progress: 0,
      outOf: 13,
      percent: 0,
      lastUpdate: null,
      leads: ["区发改局"],
    });
    expect(before[1]).toMatchObject({
      target: null,
      progress: 1,
      outOf: 3,
      percent: 33,
      lastUpdate: new Date("2032-05-20"),
    });

    await prisma.taskProgress.createMany({
      data: [
        { taskLineId: counted.id, value: 3, date: new Date("2032-04-01"), authorId: author.id },
        { taskLineId: counted.id, value: 2, date: new Date("2032-06-15"), authorId: author.id },
      ],
    });
    const after = (await districtFor("office"))!.taskLines[0];
    expect(after).toMatchObject({ progress: 5, outOf: 13, lastUpdate: new Date("2032-06-15") });
    expect(after.percent).toBe(38);
  });
});

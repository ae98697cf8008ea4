import { describe, expect, it } from "vitest";

import { seed } from "@/prisma/seed";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";

import { actAs } from "../helpers/session";

async function snapshot() {
  return {
    campaigns: await prisma.campaign.findMany({ orderBy: { id: "asc" } }),
    units: await prisma.unit.findMany({ orderBy: { id: "asc" } }),
    quotas: await prisma.quota.findMany({ orderBy: { id: "asc" } }),
    departments: await prisma.department.findMany({ orderBy: { id: "asc" } }),
    lines: await prisma.taskLine.findMany({ orderBy: { id: "asc" }, include: { leads: true, items: true } }),
    users: await prisma.user.findMany({ orderBy: { username: "asc" } }),
    outcomes: await prisma.rectificationOutcome.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("seed: the 2020 campaign as in the source document", () => {
  it("rolls the district row up from the unit rows: 21 eliminations, 165 rectifications", async () => {
    const office = await actAs("office");
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { year: 2020 } });
    const { rows, district } = (await getDashboard(office!, campaign, new Date()))!;
    expect(rows.map((r) => r.name)).toEqual([
      "集士港镇",
      "古林镇",
      "高桥镇",
      "横街镇",
      "鄞江镇",
      "洞桥镇",
      "章水镇",
      "龙观乡",
      "石碶街道",
      "月湖街道",
      "西门街道",
      "江厦街道",
      "南门街道",
      "鼓楼街道",
      "白云街道",
      "望春街道",
      "段塘街道",
      "望春工业园区",
    ]);
    expect({ ELIMINATION: district.ELIMINATION.target, RECTIFICATION: district.RECTIFICATION.target }).toEqual({
      ELIMINATION: 21,
      RECTIFICATION: 165,
    });
  });

  it("stores '/' as not applicable, never as 0", async () => {
    const office = await actAs("office");
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { year: 2020 } });
    const { rows } = (await getDashboard(office!, campaign, new Date()))!;
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.quotas]));
    expect(byName["月湖街道"]).toEqual({ ELIMINATION: null, RECTIFICATION: null });
    expect(byName["望春街道"]).toEqual({ ELIMINATION: null, RECTIFICATION: 3 });
    expect(byName["望春工业园区"]).toEqual({ ELIMINATION: 2, RECTIFICATION: null });
    expect(await prisma.quota.count({ where: { target: 0 } })).toBe(0);
    expect(await prisma.quota.count()).toBe(36);
  });

  it("has the nine bodies, T1–T14 with T6b and T11a and their lead departments, and the accounts", async () => {
    expect(await prisma.department.count()).toBe(9);
    const lines = await prisma.taskLine.findMany({
      orderBy: { displayOrder: "asc" },
      include: { leads: { include: { department: true } }, items: true },
    });
    expect(lines.map((l) => l.code)).toEqual([
      "T1",
      "T2",
      "T3",
      "T4",
      "T5",
      "T6",
      "T6b",
      "T7",
      "T8",
      "T9",
      "T10",
      "T11a",
      "T11",
      "T12",
      "T13",
      "T14",
    ]);
    // The two lines the work plan names, with their lead departments; titles word for word.
    const byCode = new Map(lines.map((l) => [l.code, l]));
    expect([
      byCode.get("T6b")!.title,
      byCode.get("T6b")!.measure,
      byCode.get("T6b")!.leads.map((l) => l.department.name),
    ]).toEqual(["严格生产许可准入，严厉打击无证违法生产（注销被依法关停企业的生产许可证）", "CASE", ["区市场监管局"]]);
    expect([byCode.get("T11a")!.title, byCode.get("T11a")!.leads.map((l) => l.department.name)]).toEqual([
      "非法占用集体土地企业（作坊）的依法整治",
      ["海曙自然资源和规划分局"],
    ]);
    expect(byCode.get("T1")!.title).toContain("能耗限额（定额）");
    expect(byCode.get("T14")!.title).toBe("城镇规划区内违法建筑经营企业（作坊）整治");
    const t9 = lines.find((l) => l.code === "T9")!;
    expect(t9.leads.map((l) => l.department.name).sort()).toEqual(["区发改局", "区经信局"].sort());
    const t11 = lines.find((l) => l.code === "T11")!;
    expect([Number(t11.target), t11.measure, t11.atLeast]).toEqual([1200, "MU", true]);
    expect(lines.find((l) => l.code === "T4")!.items).toHaveLength(3);
    expect(lines.find((l) => l.code === "T7")!.target?.toString()).toBe("61");
    expect(await prisma.user.count()).toBe(1 + 1 + 8 + 18 + 1); // office, leader, departments, units, the expert
    const jishigang = await prisma.user.findUniqueOrThrow({
      where: { username: "jishigang" },
      include: { unit: true },
    });
    expect([jishigang.role, jishigang.unit?.name]).toEqual(["TOWNSHIP", "集士港镇"]);
  });

  it("changes nothing when run twice", async () => {
    const before = await snapshot();
    await seed(prisma, { demo: true });
    expect(await snapshot()).toEqual(before);
    // The whole demo seeded again: tens of seconds on a loaded two-core machine, not the 30 s of a usual test.
  }, 120_000);
});

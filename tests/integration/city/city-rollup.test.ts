// 全市汇总 and the read-only drill-down (docs/domain.md §市级) on the city demo (prisma/seed-city.ts): each
// district's row is its own dashboard's district row, 海曙区 = 21/165 from its own units; a case of 江北区
// counts for 江北区 only; the drill-down is the city's alone; the city's accounts exist only with the city demo.
import { beforeAll, describe, expect, it } from "vitest";

import { CaseListView } from "@/components/cases/case-list-view";
import { CATEGORIES } from "@/lib/campaigns/annex";
import { parseCaseListFilters } from "@/lib/cases/list-filters";
import { seed } from "@/prisma/seed";
import { getCurrentCampaign } from "@/server/campaigns/get-current-campaign";
import { listCases } from "@/server/cases/list-cases";
import { getCityRollUp } from "@/server/city/city-rollup";
import { districtViewer } from "@/server/city/district-viewer";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";

import { asUser, sessionOf } from "../../helpers/session";

const NOW = new Date("2020-07-01T04:00:00Z");

async function ownDistrictRow(username: string) {
  const user = await sessionOf(username);
  const d = (await getDashboard(user, await getCurrentCampaign(user), NOW))!;
  return Object.fromEntries(
    CATEGORIES.map((c) => [c, { quotaSum: d.district[c].target, accepted: d.district[c].accepted }]),
  );
}

async function cityRow(code: string) {
  const city = await sessionOf("city");
  const { rows, total } = await getCityRollUp(city, 2020, NOW);
  const row = rows.find((r) => r.district.code === code)!;
  return { row, total, rows };
}

describe("the city demo's accounts", () => {
  it("exist only once the city demo is seeded", async () => {
    // The ordinary demo (this database): no city account, no second district.
    expect(await prisma.user.count({ where: { username: { in: ["city", "cityleader"] } } })).toBe(0);
    expect(await prisma.district.count()).toBe(1);
    await seed(prisma, { demo: true, city: true });
    const accounts = await prisma.user.findMany({
      where: { username: { in: ["city", "cityleader"] } },
      select: { username: true, role: true, districtId: true },
      orderBy: { username: "asc" },
    });
    expect(accounts).toEqual([
      { username: "city", role: "CITY_OFFICE", districtId: null },
      { username: "cityleader", role: "CITY_LEADER", districtId: null },
    ]);
    // A second run adds nothing.
    const cases = await prisma.case.count();
    await seed(prisma, { demo: true, city: true });
    expect(await prisma.case.count()).toBe(cases);
  });
});

describe("全市汇总", () => {
  beforeAll(async () => {
    if (!(await prisma.user.findUnique({ where: { username: "city" } })))
      await seed(prisma, { demo: true, city: true });
  });

  it("shows 海曙区 = 21/165 from its own units, the city's targets beside them, equal to its own 全区总览", async () => {
    const { row } = await cityRow("330203");
    expect(row.district).toMatchObject({ name: "海曙区", isSample: false });
    expect(row.cells!.ELIMINATION).toMatchObject({ cityTarget: { issued: true, target: 21 }, quotaSum: 21 });
    expect(row.cells!.RECTIFICATION).toMatchObject({ cityTarget: { issued: true, target: 165 }, quotaSum: 165 });
    const own = await ownDistrictRow("office");
    for (const c of CATEGORIES)
      expect({ quotaSum: row.cells![c].quotaSum, accepted: row.cells![c].accepted }).toEqual(own[c]);
  });

  it("shows 江北区 as 示例数据, rolled up from its own units as its office sees it, and a city total of both", async () => {
    const { row, total, rows } = await cityRow("330205");
    expect(row.district).toMatchObject({ name: "江北区", isSample: true });
    const own = await ownDistrictRow("jiangbei");
    for (const c of CATEGORIES) {
      expect({ quotaSum: row.cells![c].quotaSum, accepted: row.cells![c].accepted }).toEqual(own[c]);
      expect(row.cells![c].accepted).toBeGreaterThan(0);
      expect(total[c].accepted).toBe(rows.reduce((n, r) => n + (r.cells?.[c].accepted ?? 0), 0));
    }
    expect(total.ELIMINATION.quotaSum).toBe(21 + (own.ELIMINATION.quotaSum as number));
  });

  it("counts a case accepted in 江北区 for 江北区, never for 海曙区", async () => {
    const before = { haishu: (await cityRow("330203")).row, jiangbei: (await cityRow("330205")).row };
    const unit = await prisma.unit.findUniqueOrThrow({ where: { code: "330205001" } });
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { district: { code: "330205" }, year: 2020 } });
    const officer = await prisma.user.findUniqueOrThrow({ where: { username: "jiangbei" } });
    const enterprise = await prisma.enterprise.create({
      data: { name: "江北验收测试铸造厂", unitId: unit.id, industry: "FOUNDRY" },
    });
    await prisma.case.create({
      data: {
        campaignId: campaign.id,
        enterpriseId: enterprise.id,
        unitId: unit.id,
        category: "ELIMINATION",
        dimensions: ["ENERGY"],
        status: "ACCEPTED",
        createdAt: new Date("2020-05-01T02:00:00Z"),
        submittedAt: new Date("2020-06-01T02:00:00Z"),
        acceptedAt: new Date("2020-06-10T02:00:00Z"),
        createdById: officer.id,
      },
    });
    const after = { haishu: (await cityRow("330203")).row, jiangbei: (await cityRow("330205")).row };
    expect(after.jiangbei.cells!.ELIMINATION.accepted).toBe(before.jiangbei.cells!.ELIMINATION.accepted + 1);
    expect(after.haishu.cells).toEqual(before.haishu.cells);
    // And 海曙区's own users see their dashboard unchanged.
    expect((await ownDistrictRow("office")).ELIMINATION.accepted).toBe(before.haishu.cells!.ELIMINATION.accepted);
  });

  it("reads the figures as of a past day (统计截至) as the district's dashboard does", async () => {
    const city = await sessionOf("city");
    const at = new Date("2020-03-31T16:00:00Z"); // end of 31 March, Beijing
    const { rows, past } = await getCityRollUp(city, 2020, at);
    expect(past).toBe(true);
    const office = await sessionOf("office");
    const own = (await getDashboard(office, await getCurrentCampaign(office), at))!;
    const haishu = rows.find((r) => r.district.code === "330203")!;
    for (const c of CATEGORIES) expect(haishu.cells![c].accepted).toBe(own.district[c].accepted);
  });
});

describe("the read-only drill-down", () => {
  beforeAll(async () => {
    if (!(await prisma.user.findUnique({ where: { username: "city" } })))
      await seed(prisma, { demo: true, city: true });
  });

  it("shows a city account a district's 全区总览 exactly as its leader sees it", async () => {
    const found = (await districtViewer(await sessionOf("cityleader"), "330203"))!;
    expect(found.viewer).toMatchObject({ role: "LEADER", districtId: found.district.id, unitId: null });
    const leader = await sessionOf("leader");
    const campaign = await getCurrentCampaign(leader);
    const theirs = (await getDashboard(leader, campaign, NOW))!;
    const ours = (await getDashboard(found.viewer, await getCurrentCampaign(found.viewer), NOW))!;
    expect(ours.rows).toEqual(theirs.rows);
    expect(ours.district).toEqual(theirs.district);
  });

  it("lists a district's ledger to the city through its viewer: that district's records only, the accepted count as on the roll-up", async () => {
    const found = (await districtViewer(await sessionOf("city"), "330205"))!;
    const campaign = await getCurrentCampaign(found.viewer);
    const accepted = await listCases(
      found.viewer,
      campaign.id,
      parseCaseListFilters({ status: "ACCEPTED", category: "ELIMINATION" }),
    );
    expect(accepted.total).toBe((await cityRow("330205")).row.cells!.ELIMINATION.accepted);
    const all = await listCases(found.viewer, campaign.id, parseCaseListFilters({}));
    const units = await prisma.unit.findMany({ where: { district: { code: "330205" } }, select: { name: true } });
    expect(all.rows.length).toBeGreaterThan(0);
    for (const r of all.rows) expect(units.map((u) => u.name)).toContain(r.unit.name);
    // The ledger component itself reads through the viewer too.
    expect(
      await CaseListView({
        user: found.viewer,
        filters: parseCaseListFilters({}),
        basePath: "/city/districts/330205/cases",
        title: "江北区整治台账",
        emptyText: "",
        drill: { campaign, keep: {} },
      }),
    ).toBeTruthy();
  });

  it("gives a district's users no viewer of any district, their own included", async () => {
    for (const who of ["office", "leader", "jiangbei", "jishigang"]) {
      expect(await districtViewer(await sessionOf(who), "330203"), who).toBeNull();
      expect(await districtViewer(await sessionOf(who), "330205"), who).toBeNull();
    }
    expect(await districtViewer(await sessionOf("city"), "999999")).toBeNull();
  });

  it("answers not found to a district's users on the drill-down pages, and shows the city its ledger", async () => {
    const dashboard = (await import("@/app/(portal)/city/districts/[code]/page")).default;
    const ledger = (await import("@/app/(portal)/city/districts/[code]/cases/page")).default;
    const props = { params: Promise.resolve({ code: "330203" }), searchParams: Promise.resolve({}) };
    for (const who of ["office", "leader", "jiangbei"]) {
      for (const page of [dashboard, ledger]) {
        const digest = await asUser(who, async () => {
          try {
            await page(props as never);
            return "rendered";
          } catch (e) {
            return String((e as { digest?: string }).digest ?? e);
          }
        });
        expect(digest, who).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
      }
    }
    await asUser("city", async () => {
      expect(await dashboard(props as never)).toBeTruthy();
      expect(await ledger(props as never)).toBeTruthy();
    });
  });
});

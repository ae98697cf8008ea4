// 目标外 (docs/domain.md §目标与分解表) on the seed's 2020 annex: a unit registering in a category its cell marks
// "/" confirms it in the page and the case is marked 目标外 (badge on the case and in the ledger); the annex
// shows 达标单位 n/m beside the district sum, so one unit's surplus hides no other's shortfall.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { AnnexTable } from "@/components/annex-table";
import { CaseTable } from "@/components/cases/case-table";
import { parseCaseListFilters } from "@/lib/cases/list-filters";
import { listOutsideTargetCategories } from "@/server/campaigns/list-outside-target-categories";
import { registerCase } from "@/server/cases/actions/register-case";
import { getCase } from "@/server/cases/get-case";
import { listCases } from "@/server/cases/list-cases";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";

import { fixClock } from "../../helpers/clock";
import { actAs } from "../../helpers/session";

fixClock();

const registration = (enterpriseName: string, category: "ELIMINATION" | "RECTIFICATION") => ({
  enterpriseName,
  creditCode: "",
  industry: "FOUNDRY" as const,
  category,
  dimensions: ["ENERGY" as const],
});

describe("registering where the annex says “/”", () => {
  it("望春街道 (淘汰: “/”) is refused until it confirms; the case is then 目标外", async () => {
    await actAs("wangchun");
    const before = await prisma.case.count();
    expect(await registerCase(registration("望春目标外铸造厂", "ELIMINATION"))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "本单位在目标任务分解表中“淘汰落后产能”一栏为“/”（不承担该类目标），须确认登记为目标外整治对象",
    });
    expect(await prisma.case.count()).toBe(before);

    const res = await registerCase({ ...registration("望春目标外铸造厂", "ELIMINATION"), confirmOutsideTarget: true });
    expect(res).toMatchObject({ ok: true });
    const c = await prisma.case.findUniqueOrThrow({ where: { id: res.ok ? res.data.id : "" } });
    expect(c.outsideTarget).toBe(true);

    // The case carries the mark its page shows as a badge; the ledger shows the badge.
    expect((await getCase((await actAs("wangchun"))!, c.id))?.outsideTarget).toBe(true);
    const user = (await actAs("office"))!;
    const { rows } = await listCases(user, c.campaignId, parseCaseListFilters({ unitId: String(c.unitId) }));
    const ledger = renderToStaticMarkup(
      createElement(CaseTable, { rows: rows.filter((r) => r.id === c.id), showUnit: true }),
    );
    expect(ledger).toContain('data-testid="outside-target-badge"');
  });

  it("a category within the unit's target is registered as usual, confirmation or not", async () => {
    await actAs("wangchun");
    const res = await registerCase({ ...registration("望春整治作坊", "RECTIFICATION"), confirmOutsideTarget: true });
    const c = await prisma.case.findUniqueOrThrow({ where: { id: res.ok ? res.data.id : "" } });
    expect(c.outsideTarget).toBe(false);
    const user = (await actAs("office"))!;
    const { rows } = await listCases(user, c.campaignId, parseCaseListFilters({ unitId: String(c.unitId) }));
    const ledger = renderToStaticMarkup(
      createElement(CaseTable, { rows: rows.filter((r) => r.id === c.id), showUnit: true }),
    );
    expect(ledger).toContain("望春整治作坊");
    expect(ledger).not.toContain('data-testid="outside-target-badge"');
  });

  it("the registration form is told which categories are “/” for the unit (望春工业园区: 整治提升)", async () => {
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { year: 2020 } });
    expect(await listOutsideTargetCategories((await actAs("wangchunpark"))!, campaign.id)).toEqual(["RECTIFICATION"]);
    expect(await listOutsideTargetCategories((await actAs("yuehu"))!, campaign.id)).toEqual(
      expect.arrayContaining(["ELIMINATION", "RECTIFICATION"]),
    );
    expect(await listOutsideTargetCategories((await actAs("gulin"))!, campaign.id)).toEqual([]);
    expect(await listOutsideTargetCategories((await actAs("office"))!, campaign.id)).toEqual([]);
  });
});

describe("达标单位 n/m beside the district sum", () => {
  async function annex() {
    const office = (await actAs("office"))!;
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { year: 2020 } });
    const d = (await prisma.$transaction((tx) => getDashboard(office, campaign, new Date(), undefined, tx)))!;
    return {
      d,
      html: renderToStaticMarkup(createElement(AnnexTable, { rows: d.rows, district: d.district, ended: true })),
    };
  }
  const metOf = (html: string) => Number(/units-met-ELIMINATION">达标单位 (\d+)\/10</.exec(html)?.[1]);

  async function accept(unitName: string, n: number) {
    const [campaign, unit, office] = await Promise.all([
      prisma.campaign.findFirstOrThrow({ where: { year: 2020 } }),
      prisma.unit.findFirstOrThrow({ where: { name: unitName } }),
      prisma.user.findUniqueOrThrow({ where: { username: "office" } }),
    ]);
    for (let i = 0; i < n; i++) {
      const e = await prisma.enterprise.create({
        data: { name: `${unitName}达标${i}`, unitId: unit.id, industry: "FOUNDRY" },
      });
      await prisma.case.create({
        data: {
          campaignId: campaign.id,
          enterpriseId: e.id,
          unitId: unit.id,
          category: "ELIMINATION",
          disposalPath: "DISMANTLED",
          status: "ACCEPTED",
          acceptedAt: new Date("2020-09-01T02:00:00Z"),
          createdById: office.id,
        },
      });
    }
  }

  it("counts unit by unit: 古林镇's surplus raises the district sum but meets no other unit's target", async () => {
    const { d: d0, html: h0 } = await annex();
    const before = metOf(h0);
    expect(before).toBeGreaterThanOrEqual(0);
    const gulin = d0.rows.find((r) => r.name === "古林镇")!.figures.ELIMINATION;
    const hengjie = d0.rows.find((r) => r.name === "横街镇")!.figures.ELIMINATION;
    expect(hengjie.accepted).toBeLessThan(1); // 横街镇 (target 1) has not met it

    // 古林镇 (target 3) accepts so far beyond its target that the district sum reaches the district's 21:
    // one more unit met, however large the surplus — the others' shortfalls still show.
    const shortOfDistrict = d0.district.ELIMINATION.target! - d0.district.ELIMINATION.accepted;
    await accept("古林镇", Math.max(0, 3 - gulin.accepted) + Math.max(0, shortOfDistrict));
    const { d: d1, html: h1 } = await annex();
    expect(d1.district.ELIMINATION.accepted).toBeGreaterThanOrEqual(d1.district.ELIMINATION.target!);
    expect(metOf(h1)).toBe(before + (gulin.accepted >= 3 ? 0 : 1));
    expect(h1).toContain(`达标单位 ${metOf(h1)}/10`);
    expect(metOf(h1)).toBeLessThan(10);

    // 横街镇 meets its own target: one more.
    await accept("横街镇", 1);
    expect(metOf((await annex()).html)).toBe(metOf(h1) + 1);
    // 整治提升 has 11 units with a target.
    expect(h1).toMatch(/units-met-RECTIFICATION">达标单位 \d+\/11</);
  });
});

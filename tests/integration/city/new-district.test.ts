// 新建区县 (docs/domain.md §市级): the city office adds a district on 区县管理 — unique 区划代码, name and 发文机关代字 —
// which gets its 工强办 and lead departments and 工作设置's default lists, in the city's log. Until its office opens a
// year, every page of a year shows that the district has not started (年度管理 stays open to open one), its routes
// answer not found, the city roll-up shows it 未开展 without a drill-down; then its first year comes from the plan.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";

import { CityRollUpTable } from "@/components/city/city-rollup-table";
import { TASK_LINES } from "@/prisma/seed-data";
import { createCampaign } from "@/server/campaigns/actions/create-campaign";
import { createDistrict } from "@/server/city/actions/create-district";
import { createDistrictOfficeAccount } from "@/server/city/actions/create-district-office-account";
import { getCityRollUp } from "@/server/city/city-rollup";
import { prisma } from "@/server/db";

import { HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { districtB, USERNAMES } from "../../helpers/matrix-fixtures";
import { asUser, sessionOf } from "../../helpers/session";

const CITY = USERNAMES.cityOffice;
const BEILUN = {
  code: "330206",
  name: "北仑区",
  docPrefix: "仑工强办",
  officeName: "北仑区工业强区建设领导小组办公室",
};
const OFFICER = "beilun";

/** The text of a rendered element tree (children strings), without running its client components. */
function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  const props = (node as { props?: { children?: unknown; href?: unknown } }).props;
  if (!props) return "";
  return `${typeof props.href === "string" ? `[href=${props.href}]` : ""}${textOf(props.children)}`;
}

/** What a page gives `who`: the text of what it returns, or the digest of its redirect / not found. */
async function visit(who: string, path: string, props: object = {}): Promise<string> {
  const mod = (await import(/* @vite-ignore */ `@/app/(portal)${path}/page`)) as {
    default: (p: unknown) => Promise<React.ReactElement>;
  };
  return asUser(who, async () => {
    try {
      return textOf(await mod.default({ params: Promise.resolve({}), searchParams: Promise.resolve({}), ...props }));
    } catch (e) {
      const digest = (e as { digest?: string }).digest;
      if (digest) return digest.split(";").slice(0, 3).join(";");
      throw e;
    }
  });
}

let districtId: number;

beforeAll(async () => {
  await districtB();
}, 120_000);

describe("the city office creates a district", () => {
  it("refuses a code, name or 发文机关代字 already taken, and a code outside the city, at each field", async () => {
    const res = await asUser(CITY, () =>
      createDistrict({ code: "330205", name: "海曙区", docPrefix: "海工强办", officeName: BEILUN.officeName }),
    );
    expect(res).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        code: ["区划代码 330205 已有区县使用"],
        name: ["已有区县名为“海曙区”"],
        docPrefix: ["发文机关代字“海工强办”已有区县使用"],
      },
    });
    const outside = await asUser(CITY, () => createDistrict({ ...BEILUN, code: "330106" }));
    expect(outside).toMatchObject({ ok: false, fieldErrors: { code: [expect.stringContaining("3302")] } });
    expect(await prisma.district.count({ where: { code: { in: ["330206", "330106"] } } })).toBe(0);
  });

  it("makes it with its office, the plan's departments and 工作设置's default lists, in the city's log", async () => {
    const res = await asUser(CITY, () => createDistrict(BEILUN));
    expect(res.ok, JSON.stringify(res)).toBe(true);
    const d = await prisma.district.findUniqueOrThrow({ where: { code: "330206" } });
    districtId = d.id;
    expect(d).toMatchObject({ ...BEILUN, officeShortName: "区工强办", isSample: false });
    const departments = await prisma.department.findMany({ where: { districtId }, orderBy: { displayOrder: "asc" } });
    expect(departments.map((x) => x.name)).toContain("北仑生态环境分局");
    expect(departments.map((x) => x.name)).toContain("区发改局");
    expect(departments.filter((x) => x.isOffice).map((x) => x.code)).toEqual(["GQB"]);
    const count = async (id: number) => ({
      outcomes: await prisma.rectificationOutcome.count({ where: { districtId: id } }),
      bases: await prisma.policyBasis.count({ where: { districtId: id } }),
    });
    const own = await count(districtId);
    expect(own.outcomes).toBeGreaterThan(0);
    expect(own.bases).toBeGreaterThan(0);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "city.createDistrict" } });
    expect(entry.districtId).toBeNull();
    expect(entry.after).toMatchObject({ code: "330206", name: "北仑区", docPrefix: "仑工强办" });
    // Its office account can be opened at once (the office's department exists).
    const account = await asUser(CITY, () =>
      createDistrictOfficeAccount({ districtId, username: OFFICER, displayName: "北仑区工强办", phone: "" }),
    );
    expect(account.ok, JSON.stringify(account)).toBe(true);
    await prisma.user.update({ where: { username: OFFICER }, data: { mustChangePassword: false } });
  });

  it("is refused to the city leader and to a district's office", async () => {
    for (const who of [USERNAMES.cityLeader, "office"]) {
      const res = await asUser(who, () =>
        createDistrict({ ...BEILUN, code: "330211", name: "镇海区", docPrefix: "镇工强办" }),
      );
      expect(res.ok, who).toBe(false);
    }
    expect(await prisma.district.count({ where: { code: "330211" } })).toBe(0);
  });
});

describe("a district without a year", () => {
  it("shows its office where to open one instead of any page of a year; 年度管理 and 用户管理 work", async () => {
    for (const path of ["/todo", "/dashboard", "/cases", "/tasks", "/settings", "/supervision", "/assessment"])
      expect(await visit(OFFICER, path), path).toBe("NEXT_REDIRECT;replace;/no-campaign");
    const page = await visit(OFFICER, "/no-campaign");
    expect(page).toContain("北仑区尚未开展年度工作");
    expect(page).toContain("[href=/admin/campaigns]到“年度管理”开启第一个年度");
    const campaigns = await visit(OFFICER, "/admin/campaigns");
    expect(campaigns).toContain("本区县尚未开展任何年度的工作");
    expect(campaigns).toContain("开启第一个年度");
    expect(await visit(OFFICER, "/admin/users")).not.toMatch(/^NEXT_/);
  });

  it("answers not found on its routes of a year, rather than failing", async () => {
    const { GET } = await import("@/app/api/exports/ledger/route");
    const res = await asUser(OFFICER, () => GET(new Request("http://localhost/api/exports/ledger")));
    expect(res.status).toBe(404);
  });

  it("is 未开展 in the city roll-up, with no drill-down into it", async () => {
    const city = await sessionOf(CITY);
    const data = await getCityRollUp(city, 2020, new Date());
    const row = data.rows.find((r) => r.district.code === "330206")!;
    expect(row.cells).toBeNull();
    const html = renderToStaticMarkup(createElement(CityRollUpTable, { data, year: 2020, asOf: null }));
    expect(html).toContain("未开展（2020年度尚未建立）");
    expect(html).not.toContain('href="/city/districts/330206');
    expect(await visit(CITY, "/city/districts/[code]", { params: Promise.resolve({ code: "330206" }) })).toMatch(
      /^NEXT_HTTP_ERROR_FALLBACK;404/,
    );
  });

  it("opens its first year from the plan (no year to copy), current at once; then its pages open", async () => {
    const res = await asUser(OFFICER, () =>
      createCampaign({
        fromCampaignId: "",
        year: "2021",
        title: "北仑区2021年淘汰落后产能及“低散乱”整治提升",
        startDate: "2021-01-01",
        deadline: "2021-12-31",
      } as never),
    );
    expect(res.ok, JSON.stringify(res)).toBe(true);
    const campaign = await prisma.campaign.findFirstOrThrow({
      where: { districtId },
      include: { taskLines: { include: { leads: { include: { department: true } } } }, quotas: true },
    });
    expect(campaign).toMatchObject({ year: 2021, isCurrent: true });
    expect(campaign.taskLines).toHaveLength(TASK_LINES.length);
    expect(campaign.taskLines.every((t) => t.target === null)).toBe(true);
    for (const t of campaign.taskLines) for (const l of t.leads) expect(l.department.districtId).toBe(districtId);
    expect(campaign.quotas).toEqual([]);
    expect(await prisma.assessmentIndicator.count({ where: { campaignId: campaign.id } })).toBeGreaterThan(0);
    for (const path of ["/dashboard", "/todo", "/cases", "/settings", "/tasks"]) {
      const html = await visit(OFFICER, path);
      expect(html, path).not.toMatch(/^NEXT_/);
    }
    expect(await visit(OFFICER, "/no-campaign")).toBe("NEXT_REDIRECT;replace;/todo");
  });

  it("a district that has years must still copy one", async () => {
    const res = await asUser("office", () =>
      createCampaign({
        fromCampaignId: "",
        year: "2031",
        title: "2031年",
        startDate: "2031-01-01",
        deadline: "2031-12-31",
      } as never),
    );
    expect(res).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { fromCampaignId: ["请选择复制自哪个年度"] },
    });
    expect(await prisma.campaign.count({ where: { districtId: HAISHU_DISTRICT_ID, year: 2031 } })).toBe(0);
  });
});

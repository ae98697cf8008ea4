// 单位管理 (docs/domain.md §市级): a district office adds a 镇街 to its own district, which then appears wherever the
// district's units appear — 目标任务分解 of the current year (not split), the dashboard's 分解表 and 用户管理's unit
// choices — renames or reorders it under the version check; another district's units are not found; each change is
// in the log.
import { beforeAll, describe, expect, it } from "vitest";

import UnitsAdminPage from "@/app/(portal)/admin/units/page";
import { getCampaignAdmin } from "@/server/campaigns/list-campaigns";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { prisma } from "@/server/db";
import { createUnit } from "@/server/units/actions/create-unit";
import { updateUnit } from "@/server/units/actions/update-unit";
import { listDistrictUnits } from "@/server/units/list-district-units";
import { listUnitNames } from "@/server/units/list-unit-names";

import { fixClock } from "../../helpers/clock";
import { HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { districtB, USERNAMES } from "../../helpers/matrix-fixtures";
import { actAs, asUser, sessionOf } from "../../helpers/session";

fixClock();

const NEW = { name: "新丰镇", kind: "TOWN" as const, code: "330203107000", displayOrder: 21 };

beforeAll(async () => {
  await districtB();
}, 120_000);

describe("新增单位", () => {
  it("adds the unit to the office's district, in the current year's 分解 (not split), 分解表 and user choices", async () => {
    const office = (await actAs("office"))!;
    const res = await createUnit(NEW);
    expect(res).toMatchObject({ ok: true, data: { name: "新丰镇", code: "330203107" } });
    const unit = await prisma.unit.findUniqueOrThrow({ where: { code: "330203107" } });
    expect(unit).toMatchObject({ districtId: HAISHU_DISTRICT_ID, kind: "TOWN", displayOrder: 21 });

    const campaign = await prisma.campaign.findFirstOrThrow({
      where: { districtId: HAISHU_DISTRICT_ID, isCurrent: true },
    });
    const admin = (await getCampaignAdmin(office, campaign.id))!;
    expect(admin.units.at(-1)).toEqual({ id: unit.id, name: "新丰镇" });
    expect(admin.campaign.quotas.filter((q) => q.unitId === unit.id)).toEqual([]);

    const dashboard = (await getDashboard(office, campaign, new Date("2020-07-01T04:00:00Z")))!;
    const row = dashboard.rows.find((r) => r.unitId === unit.id);
    expect(row).toMatchObject({ name: "新丰镇", quotas: { ELIMINATION: null, RECTIFICATION: null } });

    expect((await listUnitNames(HAISHU_DISTRICT_ID)).map((u) => u.name)).toContain("新丰镇");
    expect((await listDistrictUnits(office)).find((u) => u.id === unit.id)).toMatchObject({ _count: { users: 0 } });

    const log = await prisma.auditLog.findFirstOrThrow({ where: { entity: "Unit", entityId: String(unit.id) } });
    expect(log).toMatchObject({
      actorId: office.id,
      action: "unit.create",
      before: null,
      after: { name: "新丰镇", kind: "TOWN", code: "330203107", displayOrder: 21 },
    });
  });

  it("refuses a name already in the district and a code already in the city, at the field", async () => {
    await actAs("office");
    const before = await prisma.unit.count();
    expect(await createUnit({ ...NEW, name: "古林镇", code: "330203150" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { name: ["本区县已有单位名为“古林镇”"] },
    });
    // 江北区's 庄桥街道: codes are unique across the city.
    expect(
      await createUnit({ name: "庄桥街道", kind: "SUBDISTRICT", code: "330205001", displayOrder: 30 }),
    ).toMatchObject({ ok: false, fieldErrors: { code: ["统计用区划代码须以本区县代码 330203 开头"] } });
    expect(await createUnit({ ...NEW, name: "另一镇", code: "330203102" })).toMatchObject({
      ok: false,
      fieldErrors: { code: ["代码 330203102 已有单位使用"] },
    });
    expect(await createUnit({ ...NEW, name: "新桥乡", kind: "XIANG", code: "330203150" })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringContaining("才是乡")] },
    });
    expect(await prisma.unit.count()).toBe(before);
  });

  it("lets another district's office use the same name in its own district", async () => {
    await actAs(USERNAMES.bOffice);
    const res = await createUnit({ name: "古林镇", kind: "TOWN", code: "330205101", displayOrder: 2 });
    expect(res.ok).toBe(true);
    const b = await sessionOf(USERNAMES.bOffice);
    expect((await listDistrictUnits(b)).map((u) => u.name)).toEqual(["庄桥街道", "古林镇"]);
  });

  it.each(["leader", "fgj", "jishigang"])("refuses %s", async (who) => {
    await actAs(who);
    expect(await createUnit({ ...NEW, name: "某镇", code: "330203190" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });
});

describe("修改单位", () => {
  it("renames and reorders a unit of the district, audited, and refuses a stale form", async () => {
    const office = (await actAs("office"))!;
    const u = await prisma.unit.findFirstOrThrow({ where: { name: "龙观乡" } });
    expect(await updateUnit({ unitId: u.id, version: u.version, name: "龙观乡", displayOrder: 2 })).toEqual({
      ok: true,
      data: { version: u.version + 1 },
    });
    const stale = await updateUnit({ unitId: u.id, version: u.version, name: "龙观乡", displayOrder: 3 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({
      displayOrder: 2,
      version: u.version + 1,
    });
    const log = await prisma.auditLog.findFirstOrThrow({
      where: { entity: "Unit", entityId: String(u.id), action: "unit.update" },
    });
    expect(log).toMatchObject({
      actorId: office.id,
      before: { displayOrder: u.displayOrder, version: u.version },
      after: { displayOrder: 2, version: u.version + 1 },
    });
  });

  it("refuses a name of another unit of the district at the field", async () => {
    await actAs("office");
    const u = await prisma.unit.findFirstOrThrow({ where: { name: "横街镇" } });
    expect(await updateUnit({ unitId: u.id, version: u.version, name: "古林镇", displayOrder: 4 })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["本区县已有单位名为“古林镇”"] },
    });
  });

  it("does not find another district's unit", async () => {
    const b = await prisma.unit.findFirstOrThrow({ where: { name: "庄桥街道" } });
    const res = await asUser("office", () =>
      updateUnit({ unitId: b.id, version: b.version, name: "庄桥街道", displayOrder: 9 }),
    );
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: b.id } })).toEqual(b);
    const office = await sessionOf("office");
    expect((await listDistrictUnits(office)).map((u) => u.name)).not.toContain("庄桥街道");
  });
});

/** The text of a rendered element tree (children strings), without running its client components. */
function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  const props = (node as { props?: { children?: unknown } }).props;
  return props ? textOf(props.children) : "";
}

describe("the 单位管理 page", () => {
  it("lists the office's own units with kind, code and accounts, and says units cannot be deleted", async () => {
    const page = textOf(await asUser("office", () => UnitsAdminPage()));
    expect(page).toContain("集士港镇镇330203102");
    expect(page).toContain("望春工业园区园区330203P01");
    expect(page).toContain("单位一经建立不能删除");
    expect(page).not.toContain("庄桥街道");
  });
});

// 区县目标 (docs/domain.md §市级): the city office creates 2021 by setting its targets, sees which district has
// not split them, imports and exports the annex-layout sheet; the district office sees its gap on its
// quota page; 区县管理 opens a district office's account. Only the city office writes; nothing else does.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";

import DistrictsAdminPage from "@/app/(portal)/admin/districts/page";
import CityTargetsPage from "@/app/(portal)/city/targets/page";
import { GET as exportTargets } from "@/app/api/city/targets/export/route";
import { POST as previewTargets } from "@/app/api/city/targets/preview/route";
import { readXlsxGrid } from "@/lib/campaigns/xlsx-grid";
import { parseTargetGrid, type TargetImport } from "@/lib/city/target-import";
import { gapNotice } from "@/lib/city/targets";
import { createDistrictOfficeAccount } from "@/server/city/actions/create-district-office-account";
import { setDistrictTargets } from "@/server/city/actions/set-district-targets";
import { getDistrictTargetSplit, getTargetGrid } from "@/server/city/district-targets";
import { prisma } from "@/server/db";

import { changed, snapshot } from "../../helpers/db-snapshot";
import { HAISHU_DISTRICT_ID } from "../../helpers/fixtures";
import { malformedWorkbooks, zipBomb } from "../../helpers/hostile-xlsx";
import { districtB, getRequest, multipartRequest, USERNAMES } from "../../helpers/matrix-fixtures";
import { actAs, asUser, sessionOf } from "../../helpers/session";

const CITY = USERNAMES.cityOffice;
let jiangbei: number;

beforeAll(async () => {
  await districtB();
  jiangbei = (await prisma.district.findUniqueOrThrow({ where: { code: "330205" } })).id;
});

const rowOf = (rows: Awaited<ReturnType<typeof getTargetGrid>>, id: number) => rows.find((r) => r.id === id)!;

describe("the city office sets a year's targets", () => {
  it("creates 2021 for two districts: the rows, their author and the audit entries", async () => {
    await actAs(CITY);
    const res = await setDistrictTargets({
      year: 2021,
      cells: [
        { districtId: HAISHU_DISTRICT_ID, category: "ELIMINATION", target: 21, version: null },
        { districtId: HAISHU_DISTRICT_ID, category: "RECTIFICATION", target: 165, version: null },
        { districtId: jiangbei, category: "ELIMINATION", target: 5, version: null },
        { districtId: jiangbei, category: "RECTIFICATION", target: null, version: null },
      ],
    });
    expect(res).toEqual({ ok: true, data: { changed: 4 } });
    const rows = await prisma.districtTarget.findMany({ where: { year: 2021 }, orderBy: { id: "asc" } });
    const city = await prisma.user.findUniqueOrThrow({ where: { username: CITY } });
    expect(rows.map((r) => [r.districtId, r.category, r.target, r.version, r.updatedById])).toEqual([
      [HAISHU_DISTRICT_ID, "ELIMINATION", 21, 0, city.id],
      [HAISHU_DISTRICT_ID, "RECTIFICATION", 165, 0, city.id],
      [jiangbei, "ELIMINATION", 5, 0, city.id],
      [jiangbei, "RECTIFICATION", null, 0, city.id],
    ]);
    const audit = await prisma.auditLog.findMany({ where: { action: "city.setDistrictTargets", districtId: null } });
    expect(audit).toHaveLength(4);
    // Each district's own log has its two changes.
    const inDistricts = await prisma.auditLog.groupBy({
      by: ["districtId"],
      where: { action: "city.setDistrictTargets", districtId: { not: null } },
      _count: true,
    });
    expect(inDistricts.map((g) => [g.districtId, g._count]).sort()).toEqual(
      [
        [HAISHU_DISTRICT_ID, 2],
        [jiangbei, 2],
      ].sort(),
    );
    expect(audit.every((a) => a.actorId === city.id && a.entity === "DistrictTarget" && a.before === null)).toBe(true);
    expect(audit.map((a) => a.after)).toContainEqual({
      districtId: HAISHU_DISTRICT_ID,
      year: 2021,
      category: "RECTIFICATION",
      target: 165,
      version: 0,
    });
  });

  it("refuses the district offices, the city leader and the others, writing nothing", async () => {
    const cell = { districtId: HAISHU_DISTRICT_ID, category: "ELIMINATION" as const, target: 1, version: null };
    for (const who of ["office", "leader", "fgj", "jishigang", USERNAMES.bOffice, USERNAMES.cityLeader]) {
      const before = await snapshot();
      const res = await asUser(who, () => setDistrictTargets({ year: 2022, cells: [cell] }));
      expect(res, who).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(changed(before, await snapshot()), who).toEqual([]);
    }
  });

  it("refuses a grid built on an older version, and a new row someone set meanwhile; saves on the current one", async () => {
    await actAs(CITY);
    const before = await snapshot();
    // 21 was saved at version 0; a grid that still shows 未下达 (null) or an older version is stale.
    for (const version of [null, 1]) {
      const res = await setDistrictTargets({
        year: 2021,
        cells: [{ districtId: HAISHU_DISTRICT_ID, category: "ELIMINATION", target: 30, version }],
      });
      expect(res).toMatchObject({ ok: false, code: "CONFLICT" });
    }
    const notSet = await setDistrictTargets({
      year: 2021,
      cells: [{ districtId: jiangbei, category: "ELIMINATION", target: 9, version: null }],
    });
    expect(notSet).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(changed(before, await snapshot())).toEqual([]);

    const ok = await setDistrictTargets({
      year: 2021,
      cells: [
        { districtId: HAISHU_DISTRICT_ID, category: "ELIMINATION", target: 22, version: 0 },
        // Unchanged: not rewritten, not audited.
        { districtId: HAISHU_DISTRICT_ID, category: "RECTIFICATION", target: 165, version: 0 },
      ],
    });
    expect(ok).toEqual({ ok: true, data: { changed: 1 } });
    const saved = await prisma.districtTarget.findMany({ where: { year: 2021, districtId: HAISHU_DISTRICT_ID } });
    expect(saved.map((t) => [t.category, t.target, t.version]).sort()).toEqual([
      ["ELIMINATION", 22, 1],
      ["RECTIFICATION", 165, 0],
    ]);
    const last = await prisma.auditLog.findFirstOrThrow({
      where: { action: "city.setDistrictTargets" },
      orderBy: { id: "desc" },
    });
    expect([last.before, last.after]).toMatchObject([
      { target: 21, version: 0 },
      { target: 22, version: 1 },
    ]);
  });

  it("refuses an unknown district and one cell twice", async () => {
    await actAs(CITY);
    const cell = { districtId: HAISHU_DISTRICT_ID, category: "ELIMINATION" as const, target: 1, version: null };
    expect(await setDistrictTargets({ year: 2023, cells: [{ ...cell, districtId: 99_999 }] })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await setDistrictTargets({ year: 2023, cells: [cell, cell] })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await prisma.districtTarget.count({ where: { year: 2023 } })).toBe(0);
  });
});

describe("which district has split its targets", () => {
  it("2021: both districts 未开展 (no campaign of 2021 yet)", async () => {
    const rows = await getTargetGrid(2021);
    expect(rowOf(rows, HAISHU_DISTRICT_ID).status).toBe("NOT_STARTED");
    expect(rowOf(rows, jiangbei).status).toBe("NOT_STARTED");
  });

  it("2020: 海曙区's annex covers 21/165 (已分解); 江北区's units hold 3 of 5 (未分解 差 2); none set reads 未下达", async () => {
    expect((await getTargetGrid(2020)).map((r) => r.status)).toEqual(["NOT_SET", "NOT_SET"]);
    await actAs(CITY);
    const res = await setDistrictTargets({
      year: 2020,
      cells: [
        { districtId: HAISHU_DISTRICT_ID, category: "ELIMINATION", target: 21, version: null },
        { districtId: HAISHU_DISTRICT_ID, category: "RECTIFICATION", target: 165, version: null },
        { districtId: jiangbei, category: "ELIMINATION", target: 5, version: null },
      ],
    });
    expect(res.ok).toBe(true);
    const rows = await getTargetGrid(2020);
    const haishu = rowOf(rows, HAISHU_DISTRICT_ID);
    expect(haishu.status).toBe("COVERED");
    expect([haishu.splits.ELIMINATION.split, haishu.splits.RECTIFICATION.split]).toEqual([21, 165]);
    const jb = rowOf(rows, jiangbei);
    expect(jb.status).toBe("SHORT");
    expect(jb.splits.ELIMINATION).toMatchObject({ target: 5, split: 3, gap: 2 });
    expect(jb.targets.RECTIFICATION).toBeUndefined();
  });
});

describe("the gap on the district office's quota page", () => {
  it("shows 市下达目标 N 家，已分解 M 家，尚差 K 家 while short, nothing when covered", async () => {
    const campaign = await prisma.campaign.findFirstOrThrow({ where: { districtId: HAISHU_DISTRICT_ID, year: 2020 } });
    const target = await prisma.districtTarget.findFirstOrThrow({
      where: { districtId: HAISHU_DISTRICT_ID, year: 2020, category: "ELIMINATION" },
    });
    const office = await sessionOf("office");
    let split = (await getDistrictTargetSplit(office, campaign))!;
    expect([gapNotice(split.ELIMINATION), gapNotice(split.RECTIFICATION)]).toEqual([null, null]);

    await actAs(CITY);
    await setDistrictTargets({
      year: 2020,
      cells: [{ districtId: HAISHU_DISTRICT_ID, category: "ELIMINATION", target: 25, version: target.version }],
    });
    split = (await getDistrictTargetSplit(office, campaign))!;
    expect(gapNotice(split.ELIMINATION)).toBe("市下达目标 25 家，已分解 21 家，尚差 4 家");
    expect(gapNotice(split.RECTIFICATION)).toBeNull();
    // Another district's office reads no gap of 海曙区's campaign.
    expect(await getDistrictTargetSplit(await sessionOf(USERNAMES.bOffice), campaign)).toBeNull();
  });
});

describe("the targets sheet: export, import preview, apply", () => {
  async function sheet(rows: (string | number | null)[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("区县目标");
    ws.addRow(["区县（市）", "淘汰落后产能涉及企业数（家）", "整治提升“低散乱”企业（作坊）数（家）"]);
    rows.forEach((r) => ws.addRow(r));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
  const upload = async (bytes: Buffer) =>
    previewTargets(
      await multipartRequest("/api/city/targets/preview", {
        file: { name: "区县目标.xlsx", bytes, type: "application/octet-stream" },
      }),
    );

  it("exports the year in the annex layout with a 合计 row, and the city's import reads it back", async () => {
    const res = await asUser(USERNAMES.cityLeader, () =>
      exportTargets(getRequest("/api/city/targets/export?year=2021")),
    );
    expect(res.status).toBe(200);
    const read = await readXlsxGrid(new Uint8Array(await res.arrayBuffer()));
    if (!read.ok) throw new Error(read.message);
    const flat = read.grid.map((r) => r.join("|"));
    expect(flat).toContain("海曙区|22|165|未开展");
    expect(flat).toContain("江北区|5|/|未开展；示例数据");
    expect(flat).toContain("合计|27|165|");
    const back = parseTargetGrid(read.grid, [
      { id: HAISHU_DISTRICT_ID, name: "海曙区" },
      { id: jiangbei, name: "江北区" },
    ]);
    expect(back.rows.map((r) => r.targets)).toEqual([
      { ELIMINATION: 22, RECTIFICATION: 165 },
      { ELIMINATION: 5, RECTIFICATION: null },
    ]);
  });

  it("previews rows and errors, saves nothing; the grid applied is saved by the action", async () => {
    await actAs(CITY);
    const before = await snapshot();
    const res = await upload(
      await sheet([
        ["海曙区", 18, 150],
        ["江北区", "/", 40],
        ["东海区", 1, 1],
      ]),
    );
    expect(res.status).toBe(200);
    const { result } = (await res.json()) as { result: TargetImport };
    expect(result.rows.map((r) => r.errors)).toEqual([[], [], ["区县（市）“东海区”不在本平台的区县中"]]);
    expect(changed(before, await snapshot())).toEqual([]);

    const clean = await upload(
      await sheet([
        ["海曙区", 18, 150],
        ["江北区", "/", 40],
      ]),
    );
    const { result: ok } = (await clean.json()) as { result: TargetImport };
    expect(ok.rows.every((r) => r.errors.length === 0)).toBe(true);
    // The page fills its grid from the preview and saves it against the versions it shows.
    const current = await getTargetGrid(2022);
    const applied = await setDistrictTargets({
      year: 2022,
      cells: ok.rows.flatMap((r) =>
        (["ELIMINATION", "RECTIFICATION"] as const).map((c) => ({
          districtId: r.districtId!,
          category: c,
          target: r.targets[c] as number | null,
          version: rowOf(current, r.districtId!).versions[c],
        })),
      ),
    });
    expect(applied).toEqual({ ok: true, data: { changed: 4 } });
    const rows = await getTargetGrid(2022);
    expect(rowOf(rows, HAISHU_DISTRICT_ID).targets).toEqual({ ELIMINATION: 18, RECTIFICATION: 150 });
    expect(rowOf(rows, jiangbei).targets).toEqual({ ELIMINATION: null, RECTIFICATION: 40 });
  });

  it("refuses a hostile or malformed workbook with a message, writing nothing", async () => {
    await actAs(CITY);
    const files: Record<string, Buffer> = {
      "not a zip": Buffer.from("not a zip at all"),
      "a zip bomb": await zipBomb(),
      ...(await malformedWorkbooks("海曙区")),
    };
    for (const [what, bytes] of Object.entries(files)) {
      const before = await snapshot();
      const res = await upload(bytes);
      expect(res.status, what).toBe(400);
      expect((await res.json()).message, what).toBeTruthy();
      expect(changed(before, await snapshot()), what).toEqual([]);
    }
  });

  it("reads the file for the city office only", async () => {
    const bytes = await sheet([["海曙区", 1, 1]]);
    for (const who of [USERNAMES.cityLeader, "office", USERNAMES.bOffice]) {
      const res = await asUser(who, () => upload(bytes));
      expect(res.status, who).toBe(404);
    }
  });
});

describe("区县管理: a district office's account", () => {
  it("the city office opens one in 江北区 by the rules of 用户管理", async () => {
    await actAs(CITY);
    const res = await createDistrictOfficeAccount({
      districtId: jiangbei,
      username: "jb-office2",
      displayName: "江北工强办",
      phone: null,
    });
    expect(res).toMatchObject({ ok: true, data: { username: "jb-office2" } });
    const u = await prisma.user.findUniqueOrThrow({ where: { username: "jb-office2" }, include: { department: true } });
    expect([u.role, u.districtId, u.department?.isOffice, u.department?.districtId, u.mustChangePassword]).toEqual([
      "OFFICE",
      jiangbei,
      true,
      jiangbei,
      true,
    ]);
    expect(await prisma.auditLog.count({ where: { action: "city.createDistrictOfficeAccount", entityId: u.id } })).toBe(
      1,
    );
    expect(
      await createDistrictOfficeAccount({
        districtId: jiangbei,
        username: "jb-office2",
        displayName: "重复",
        phone: null,
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await createDistrictOfficeAccount({ districtId: jiangbei, username: "Bad Name", displayName: "x", phone: null }),
    ).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { username: [expect.any(String)] } });
  });

  it("refuses the district offices and the city leader", async () => {
    for (const who of ["office", USERNAMES.bOffice, USERNAMES.cityLeader]) {
      const before = await snapshot();
      const res = await asUser(who, () =>
        createDistrictOfficeAccount({ districtId: jiangbei, username: "jb-office3", displayName: "x", phone: null }),
      );
      expect(res, who).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(changed(before, await snapshot()), who).toEqual([]);
    }
  });
});

describe("the pages", () => {
  // The page, or Next's not-found (requireArea): a district's account never reaches the city's pages.
  async function visit(page: () => Promise<unknown>, who: string) {
    try {
      await asUser(who, page);
      return "200";
    } catch (e) {
      if (String((e as { digest?: string }).digest ?? "").startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
      throw e;
    }
  }
  const targets = () => CityTargetsPage({ searchParams: Promise.resolve({ year: "2021" }) });

  it("区县目标 opens for the city office and the city leader only", async () => {
    expect(await visit(targets, CITY)).toBe("200");
    expect(await visit(targets, USERNAMES.cityLeader)).toBe("200");
    for (const who of ["office", "leader", USERNAMES.bOffice]) expect(await visit(targets, who), who).toBe("404");
  });

  it("区县管理 opens for the city office only", async () => {
    expect(await visit(DistrictsAdminPage, CITY)).toBe("200");
    for (const who of [USERNAMES.cityLeader, "office", USERNAMES.bOffice])
      expect(await visit(DistrictsAdminPage, who), who).toBe("404");
  });
});

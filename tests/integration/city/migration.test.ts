// The city migration (prisma/migrations/20261208100400_city_districts) on a populated single-district
// database, as an existing installation runs it: every unit, department, campaign, user, tip and audit
// entry becomes 海曙区's of 宁波市, nothing else changes (海曙区's annex still adds up to 21 and 165), the
// district columns are required afterwards, and no city account exists.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEPARTMENTS, UNITS } from "@/prisma/seed-data";

const MIGRATIONS = resolve("prisma/migrations");
const CITY = "20261208100400_city_districts";
const all = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const sql = (name: string) => readFileSync(resolve(MIGRATIONS, name, "migration.sql"), "utf8");

let db: PGlite;
const one = async <T>(q: string) => (await db.query<T>(q)).rows[0];

beforeAll(async () => {
  db = new PGlite();
  for (const name of all.filter((n) => n < CITY)) await db.exec(sql(name));
  // A populated installation of the previous schema: the annex's units and quotas, departments, accounts, a tip, an audit entry.
  await db.exec(
    `INSERT INTO "Campaign"(year, title, "startDate", deadline, "isCurrent") VALUES (2020, '海曙区2020年', '2020-01-01', '2020-12-31', true)`,
  );
  for (const [i, [name, kind, code, elimination, rectification]] of UNITS.entries()) {
    const { id } = (await one<{ id: number }>(
      `INSERT INTO "Unit"(code, name, kind, "displayOrder") VALUES ('${code}', '${name}', '${kind}', ${i + 1}) RETURNING id`,
    ))!;
    await db.exec(
      `INSERT INTO "Quota"("campaignId", "unitId", category, target) VALUES
         (1, ${id}, 'ELIMINATION', ${elimination ?? "NULL"}), (1, ${id}, 'RECTIFICATION', ${rectification ?? "NULL"})`,
    );
    await db.exec(
      `INSERT INTO "User"(id, username, "displayName", "passwordHash", role, "unitId") VALUES ('u${i}', 't${i}', '${name}经办人', 'x', 'TOWNSHIP', ${id})`,
    );
  }
  for (const [i, [code, name]] of DEPARTMENTS.entries())
    await db.exec(
      `INSERT INTO "Department"(code, name, "isOffice", "displayOrder") VALUES ('${code}', '${name}', ${code === "GQB"}, ${i + 1})`,
    );
  await db.exec(
    `INSERT INTO "User"(id, username, "displayName", "passwordHash", role) VALUES ('office', 'office', '区工强办', 'x', 'OFFICE')`,
  );
  await db.exec(
    `INSERT INTO "Tip"(id, reference, "enterpriseName", address, description, "updatedAt") VALUES ('tip1', 'R1', '某作坊', '某村', '夜间生产', now())`,
  );
  await db.exec(
    `INSERT INTO "AuditLog"("actorId", action, entity, "entityId") VALUES ('office', 'tip.assign', 'Tip', 'tip1')`,
  );
  await db.exec(sql(CITY));
});

afterAll(() => db.close());

describe("the city migration on a populated single-district database", () => {
  it("makes the installation 海曙区 (330203, 海工强办) of 宁波市, and every record its", async () => {
    const district = await one<{ id: number; name: string; docPrefix: string; city: string; isSample: boolean }>(
      `SELECT d.id, d.name, d."docPrefix", d."isSample", c.name AS city FROM "District" d JOIN "City" c ON c.id = d."cityId" WHERE d.code = '330203'`,
    );
    expect(district).toMatchObject({ name: "海曙区", docPrefix: "海工强办", city: "宁波市", isSample: false });
    for (const table of ["Unit", "Department", "Campaign", "User", "Tip", "AuditLog"]) {
      const counts = await one<{ n: number; other: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE "districtId" IS DISTINCT FROM ${district!.id})::int AS other FROM "${table}"`,
      );
      expect(counts!.n, `${table} rows`).toBeGreaterThan(0);
      expect(counts!.other, `${table} rows outside 海曙区`).toBe(0);
    }
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Unit"`))!.n).toBe(18);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM "District"`))!.n).toBe(1);
  });

  it("leaves 海曙区's annex as it was: 21 eliminations and 165 rectifications for 2020", async () => {
    const totals = await db.query<{ category: string; total: number }>(
      `SELECT q.category::text, sum(q.target)::int AS total FROM "Quota" q JOIN "Campaign" c ON c.id = q."campaignId"
       WHERE c.year = 2020 GROUP BY q.category ORDER BY 1`,
    );
    expect(totals.rows).toEqual([
      { category: "ELIMINATION", total: 21 },
      { category: "RECTIFICATION", total: 165 },
    ]);
  });

  it("requires the district afterwards, and a district on every district account (none on a city account)", async () => {
    await expect(
      db.exec(`INSERT INTO "Unit"(code, name, kind, "displayOrder") VALUES ('X1', '无区县单位', 'TOWN', 99)`),
    ).rejects.toThrow(/null value/);
    await expect(
      db.exec(
        `INSERT INTO "User"(id, username, "displayName", "passwordHash", role) VALUES ('x', 'x', 'x', 'x', 'LEADER')`,
      ),
    ).rejects.toThrow(/User_district_by_role/);
    await expect(
      db.exec(
        `INSERT INTO "User"(id, username, "displayName", "passwordHash", role, "districtId") VALUES ('c', 'c', 'c', 'x', 'CITY_OFFICE', 1)`,
      ),
    ).rejects.toThrow(/User_district_by_role/);
    await db.exec(
      `INSERT INTO "User"(id, username, "displayName", "passwordHash", role) VALUES ('city', 'city', '市工强办', 'x', 'CITY_OFFICE')`,
    );
  });

  it("keeps a year and the current year unique per district, not across the city", async () => {
    await db.exec(
      `INSERT INTO "District"("cityId", code, name, "officeName", "officeShortName", "docPrefix", "displayOrder", "isSample")
       VALUES (1, '330205', '江北区', '江北区工业强区建设领导小组办公室', '区工强办', '北工强办', 2, true)`,
    );
    const b = (await one<{ id: number }>(`SELECT id FROM "District" WHERE code = '330205'`))!.id;
    await db.exec(
      `INSERT INTO "Campaign"(year, title, "startDate", deadline, "isCurrent", "districtId") VALUES (2020, '江北区2020年', '2020-01-01', '2020-12-31', true, ${b})`,
    );
    await expect(
      db.exec(
        `INSERT INTO "Campaign"(year, title, "startDate", deadline, "districtId") VALUES (2020, '重复', '2020-01-01', '2020-12-31', ${b})`,
      ),
    ).rejects.toThrow(/Campaign_districtId_year_key/);
    await db.exec(
      `INSERT INTO "Unit"(code, name, kind, "displayOrder", "districtId") VALUES ('330205001', '集士港镇', 'TOWN', 1, ${b})`,
    );
  });
});

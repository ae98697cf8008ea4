// `npm run bench:city`: the city at scale (docs/domain.md §市级) — 10 districts × 18 units × 10× 海曙区's cases
// (1 860 a district: ten times its 21 + 165 targets) in a scratch database, the same as the other benchmarks
// (embedded PGlite, or a scratch database beside a PostgreSQL DATABASE_URL). It prints, side by side in one run:
// - a district's 全区总览 data function there and on a database holding that district alone (its queries must never
//   scan other districts: they lead with the campaign, which is the district's), and
// - the city roll-up (全市总览) against one district's 全区总览.
// Figures only; asserts nothing. `--tiny` (BENCH_TINY=1): 2 districts, 40 cases each, a few runs (CI).
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

import type { PrismaClient } from "../lib/generated/prisma/client";
import { seed } from "../prisma/seed";
import type { Db } from "../server/db-client";
import { BENCH_OFFICE, BENCH_TINY, scratchDatabase, withoutDataCache } from "./scratch-database";

const DISTRICTS = BENCH_TINY ? 2 : 10;
const CASES_PER_DISTRICT = BENCH_TINY ? 40 : 1860;
const RUNS = BENCH_TINY ? 3 : 40;
const WARM_UP = BENCH_TINY ? 1 : 5;

/** 海曙区 from the reference data, then `districts - 1` generated districts like it, every one with its cases. */
async function generate(prisma: PrismaClient, districts: number) {
  await seed(prisma, { demo: false });
  const statements = [
    `INSERT INTO "User"(id, username, "displayName", "passwordHash", role, "districtId") VALUES ('bench-office', 'bench-office', '基准测试', '-', 'OFFICE', (SELECT id FROM "District" WHERE code = '330203'))`,
    `INSERT INTO "District"("cityId", code, name, "officeName", "officeShortName", "docPrefix", "displayOrder", "isSample")
       SELECT c.id, (330300 + g)::text, '基准区县' || g, '基准区县' || g || '工强办', '区工强办', '基准' || g, 1 + g, true
       FROM "City" c, generate_series(1, ${districts - 1}) g`,
    `INSERT INTO "Unit"(code, name, kind, "displayOrder", "districtId")
       SELECT d.code || lpad(u::text, 3, '0'), '基准镇' || u, 'TOWN', u, d.id
       FROM "District" d, generate_series(1, 18) u WHERE d.code <> '330203'`,
    `INSERT INTO "Campaign"(year, title, "startDate", deadline, "isCurrent", "districtId")
       SELECT 2020, d.name || '2020年基准方案', date '2020-01-01', date '2020-12-31', true, d.id FROM "District" d WHERE d.code <> '330203'`,
    `INSERT INTO "Quota"("campaignId", "unitId", category, target)
       SELECT k.id, u.id, c.category::"Category", 5 + (u.id * 7 + c.k * 31) % 20
       FROM "Unit" u JOIN "Campaign" k ON k."districtId" = u."districtId" AND k.year = 2020
       CROSS JOIN (VALUES ('ELIMINATION', 1), ('RECTIFICATION', 2)) c(category, k)
       WHERE u."districtId" <> (SELECT id FROM "District" WHERE code = '330203')`,
    `INSERT INTO "DistrictTarget"("districtId", year, category, target, "updatedById", "updatedAt")
       SELECT q."districtId", 2020, q.category, q.total, 'bench-office', now()
       FROM (SELECT u."districtId", q.category, sum(q.target)::int AS total FROM "Quota" q JOIN "Unit" u ON u.id = q."unitId"
             GROUP BY u."districtId", q.category) q`,
    // Every district's cases: enterprises spread over its units, a tenth eliminations, statuses in a fixed mix.
    `INSERT INTO "Enterprise"(id, name, "unitId", industry)
       SELECT 'be' || d.id || '-' || g, '基准企业' || d.id || '-' || g, (d.units)[1 + g % array_length(d.units, 1)],
              (ARRAY['FOUNDRY','BUILDING_MATERIALS','FOOD','METAL_SURFACE','OTHER'])[1 + g % 5]::"Industry"
       FROM (SELECT "districtId" AS id, array_agg(id ORDER BY "displayOrder") AS units FROM "Unit" GROUP BY "districtId") d,
            generate_series(1, ${CASES_PER_DISTRICT}) g`,
    `INSERT INTO "Case"(id, "campaignId", "enterpriseId", "unitId", category, "disposalPath", status, "submittedAt", "acceptedAt", "createdById", "updatedAt")
       SELECT 'bc' || e.id, k.id, e.id, e."unitId", x.category, CASE WHEN x.category = 'ELIMINATION' THEN 'DISMANTLED'::"DisposalPath" END,
              x.status, CASE WHEN x.status IN ('SUBMITTED', 'ACCEPTED') THEN timestamp '2020-01-01' + (x.g % 300) * interval '1 day' END,
              CASE WHEN x.status = 'ACCEPTED' THEN timestamp '2020-01-02' + (x.g % 330) * interval '1 day' END, 'bench-office', now()
       FROM "Enterprise" e
       JOIN "Unit" u ON u.id = e."unitId"
       JOIN "Campaign" k ON k."districtId" = u."districtId" AND k.year = 2020
       CROSS JOIN LATERAL (SELECT split_part(e.id, '-', 2)::int AS g) n
       CROSS JOIN LATERAL (SELECT n.g, CASE WHEN n.g % 10 = 0 THEN 'ELIMINATION' ELSE 'RECTIFICATION' END::"Category" AS category,
              (ARRAY['REGISTERED','IN_PROGRESS','SUBMITTED','RETURNED','ACCEPTED','ACCEPTED','ACCEPTED'])[1 + n.g % 7]::"CaseStatus" AS status) x
       WHERE e.id LIKE 'be%'`,
    `ANALYZE`,
  ];
  for (const sql of statements) await prisma.$executeRawUnsafe(sql);
  const count = async (table: string) =>
    (await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
  return { districts: await count("District"), units: await count("Unit"), cases: await count("Case") };
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARM_UP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** One scratch database of `districts` districts: the district dashboard's and (with several) the city roll-up's median. */
async function measure(name: string, districts: number): Promise<{ district: number; city: number | null }> {
  const scratch = await scratchDatabase(name);
  const sizes = await generate(scratch.db.prisma, districts);
  console.log(`${scratch.label}：${sizes.districts} 个区县，${sizes.units} 个单位，${sizes.cases} 个整治对象`);
  // The data layer picks its client up from here (server/db.ts); every call computes (no data cache).
  (globalThis as { __haishuDb?: Db }).__haishuDb = scratch.db;
  const { getDashboard } = await import("../server/dashboard/get-dashboard");
  const { getCityRollUp } = await import("../server/city/city-rollup");
  const prisma = scratch.db.prisma;
  const campaign = await prisma.campaign.findFirstOrThrow({ where: { year: 2020, district: { code: "330203" } } });
  const today = new Date();
  const district = await median(() => getDashboard(BENCH_OFFICE, campaign, today));
  const city =
    districts > 1
      ? await median(() => getCityRollUp({ ...BENCH_OFFICE, role: "CITY_OFFICE", districtId: null }, 2020, today))
      : null;
  await scratch.bare.close();
  await scratch.db.close();
  await scratch.drop();
  return { district, city };
}

// Each database in a process of its own: the data layer keeps the client it was first given (server/db.ts).
const ONE = process.env.BENCH_CITY_DISTRICTS;
if (ONE) {
  withoutDataCache();
  const districts = Number(ONE);
  console.log(`RESULT ${JSON.stringify(await measure(districts > 1 ? "bench-city" : "bench-city-alone", districts))}`);
} else {
  const run = (districts: number): { district: number; city: number | null } => {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_CITY_DISTRICTS: String(districts) },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    for (const line of out.split("\n")) if (line && !line.startsWith("RESULT ")) console.log(line);
    return JSON.parse(
      out
        .split("\n")
        .find((l) => l.startsWith("RESULT "))!
        .slice("RESULT ".length),
    );
  };
  const many = run(DISTRICTS);
  const alone = run(1);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `海曙区全区总览（${RUNS} 次中位数）：全市 ${DISTRICTS} 个区县的库 ${ms(many.district)}，只有本区县的库 ${ms(alone.district)}，比 ${(many.district / alone.district).toFixed(2)}`,
  );
  console.log(
    `全市总览：${ms(many.city!)}，是一个区县全区总览的 ${(many.city! / many.district).toFixed(2)} 倍（目标 ≤ 2）`,
  );
}

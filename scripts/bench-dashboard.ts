// `npm run bench:dashboard`: the dashboard data function against its bare SQL aggregate, at 100× Haishu
// (180 units, 20 000 cases, 100 000 evidence rows) in a scratch database — embedded PGlite by default,
// or a scratch database created next to the one DATABASE_URL points at when that is PostgreSQL (the
// database named in DATABASE_URL itself is never touched). Prints figures; asserts nothing. `--tiny` (or
// BENCH_TINY=1): 200 cases and a few runs, seconds in all (CI).
import { performance } from "node:perf_hooks";

import type { PrismaClient } from "../lib/generated/prisma/client";
import { seed } from "../prisma/seed";
import type { Db } from "../server/db-client";
import { BENCH_OFFICE, BENCH_TINY, scratchDatabase, withoutDataCache } from "./scratch-database";

const RUNS = BENCH_TINY ? 3 : 60;
const WARM_UP = BENCH_TINY ? 1 : 5;
const UNITS = 180;
const CASES = BENCH_TINY ? 200 : 20_000;
const EVIDENCE_PER_CASE = 5;

/** The 2020 reference data, then synthetic units, enterprises, cases, evidence, reviews and progress. */
async function generate(prisma: PrismaClient) {
  await seed(prisma, { demo: false });
  const { id: campaignId } = await prisma.campaign.findFirstOrThrow({
    where: { year: 2020, district: { code: "330203" } },
  });
  const statements = [
    `INSERT INTO "User"(id, username, "displayName", "passwordHash", role, "districtId") VALUES ('bench-office', 'bench-office', '基准测试', '-', 'OFFICE', (SELECT id FROM "District" WHERE code = '330203'))`,
    `INSERT INTO "Unit"(code, name, kind, "displayOrder", "districtId")
       SELECT 'BENCH' || g, '虚拟单位' || g, 'TOWN', 100 + g, (SELECT id FROM "District" WHERE code = '330203') FROM generate_series(1, ${UNITS} - 18) g`,
    `INSERT INTO "Quota"("campaignId", "unitId", category, target)
       SELECT ${campaignId}, u.id, c.category::"Category",
              CASE WHEN (u.id + c.k) % 6 = 0 THEN NULL ELSE 10 + (u.id * 7 + c.k * 31) % 120 END
       FROM "Unit" u CROSS JOIN (VALUES ('ELIMINATION', 1), ('RECTIFICATION', 2)) c(category, k)
       WHERE u.code LIKE 'BENCH%'`,
    `INSERT INTO "Enterprise"(id, name, "unitId", industry)
       SELECT 'be' || g, '基准企业' || g, u.a[1 + g % ${UNITS}],
              (ARRAY['FOUNDRY','BUILDING_MATERIALS','FOOD','METAL_SURFACE','OTHER'])[1 + g % 5]::"Industry"
       FROM generate_series(1, ${CASES}) g, (SELECT array_agg(id ORDER BY "displayOrder") a FROM "Unit") u`,
    `INSERT INTO "Case"(id, "campaignId", "enterpriseId", "unitId", category, "disposalPath", status, "submittedAt", "acceptedAt", "createdById", "updatedAt")
       SELECT 'bc' || g, ${campaignId}, e.id, e."unitId", x.category, CASE WHEN x.category = 'ELIMINATION' THEN 'DISMANTLED'::"DisposalPath" END,
              x.status, CASE WHEN x.status IN ('SUBMITTED', 'ACCEPTED') THEN timestamp '2020-01-01' + (g % 300) * interval '1 day' END,
              CASE WHEN x.status = 'ACCEPTED' THEN timestamp '2020-01-02' + (g % 330) * interval '1 day' END, 'bench-office', now()
       FROM (SELECT g, CASE WHEN g % 10 = 0 THEN 'ELIMINATION' ELSE 'RECTIFICATION' END::"Category" AS category,
                    (ARRAY['REGISTERED','IN_PROGRESS','SUBMITTED','RETURNED','ACCEPTED','ACCEPTED','ACCEPTED'])[1 + g % 7]::"CaseStatus" AS status
             FROM generate_series(1, ${CASES}) g) x
       JOIN "Enterprise" e ON e.id = 'be' || x.g`,
    `INSERT INTO "Evidence"(id, "caseId", kind, "storageKey", "originalName", mime, size, sha256, "uploadedById")
       SELECT 'bv' || g || '-' || k, 'bc' || g, 'OTHER', 'bench/' || g || '/' || k, k || '.jpg', 'image/jpeg', 100000, repeat('0', 64), 'bench-office'
       FROM generate_series(1, ${CASES}) g, generate_series(1, ${EVIDENCE_PER_CASE}) k`,
    `INSERT INTO "Review"(id, "caseId", decision, "reviewerId")
       SELECT 'br' || c.id, c.id, 'ACCEPT', 'bench-office' FROM "Case" c WHERE c.status = 'ACCEPTED'`,
    `INSERT INTO "TaskProgress"(id, "taskLineId", value, date, "authorId", "updatedAt")
       SELECT 'bp' || t.id || '-' || k, t.id, 1 + k % 4, date '2020-01-01' + k * 6, 'bench-office', now()
       FROM "TaskLine" t, generate_series(1, 50) k`,
    `ANALYZE`,
  ];
  for (const sql of statements) await prisma.$executeRawUnsafe(sql);
  const count = async (table: string) =>
    (await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`))[0].n;
  return { units: await count("Unit"), cases: await count("Case"), evidence: await count("Evidence") };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const ms = (n: number) => n.toFixed(1);

async function main() {
  const scratch = await scratchDatabase("bench-dashboard");
  console.log(`数据库：${scratch.label}`);
  const sizes = await generate(scratch.db.prisma);
  console.log(`合成数据：${sizes.units} 个单位，${sizes.cases} 件案件，${sizes.evidence} 份佐证材料`);

  // The data layer picks its client up from here (server/db.ts), so it runs on the scratch database.
  (globalThis as { __haishuDb?: Db }).__haishuDb = scratch.db;
  // The data function itself, computed on every run, not Next's data cache.
  withoutDataCache();
  const { getDashboard, caseAggregateSql } = await import("../server/dashboard/get-dashboard");
  const prisma = scratch.db.prisma;
  const campaign = await prisma.campaign.findFirstOrThrow({ where: { year: 2020, district: { code: "330203" } } });
  const user = BENCH_OFFICE;
  // Today, not a day of 2020: a past day is read as 统计截至 that day (the as-of path, which counts only
  // cases created by then — none of these rows, created now), not the aggregate this benchmark measures.
  const today = new Date();
  const sql = caseAggregateSql(campaign.id);

  const dashboard = () => getDashboard(user, campaign, today);
  const bare = () => scratch.bare.query(sql);
  const check = (await dashboard())!;
  console.log(
    `核对：全区淘汰 ${check.district.ELIMINATION.accepted}/${check.district.ELIMINATION.target}，整治 ${check.district.RECTIFICATION.accepted}/${check.district.RECTIFICATION.target}，${check.rows.length} 行`,
  );

  for (let i = 0; i < WARM_UP; i++) {
    await dashboard();
    await bare();
  }
  const d: number[] = [];
  const s: number[] = [];
  // Interleaved, so both see the same machine load.
  for (let i = 0; i < RUNS; i++) {
    d.push(await time(dashboard));
    s.push(await time(bare));
  }
  d.sort((a, b) => a - b);
  s.sort((a, b) => a - b);
  const dMedian = quantile(d, 0.5);
  const dP95 = quantile(d, 0.95);
  const sMedian = quantile(s, 0.5);
  console.log(`dashboard data function (${RUNS} runs): median ${ms(dMedian)} ms, p95 ${ms(dP95)} ms`);
  console.log(`bare SQL aggregate (${RUNS} runs): median ${ms(sMedian)} ms`);

  await scratch.bare.close();
  await scratch.db.close();
  await scratch.drop();
  console.log(`dashboard/sql ratio: ${(dMedian / sMedian).toFixed(2)}, dashboard p95: ${ms(dP95)} ms`);
}

await main();

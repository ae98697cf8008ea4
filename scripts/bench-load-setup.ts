// The set-up shared by the load benchmarks (npm run bench:load, scripts/bench-pages.ts): a scratch
// database holding 10× Haishu's 2020 data — embedded PGlite in a temporary directory by default, or a
// scratch database created next to the one DATABASE_URL names when that is PostgreSQL (dropped
// afterwards) — the production portal (`npm start`, which builds when needed) on it, and users of every
// role signed in through next-auth's credentials flow. `city` (bench:load --city): the city demo
// (prisma/seed-city.ts: 江北区, the city's accounts) and generated districts beside 海曙区 up to
// CITY_DISTRICTS, each with 18 units and as many cases as 海曙区 gets (docs/domain.md §市级).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

import sharp from "sharp";

import { connect, type Sql } from "./backup-sql";
import { copyMigratedPglite } from "./migrated-pglite";
import { BENCH_TINY, scratchDatabaseUrl } from "./scratch-database";

export const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
if (!existsSync(join(root, "package.json"))) throw new Error("run from the project");
const PASSWORD = "Demo@2020";
const EVIDENCE_PER_CASE = 3;
let PORT = 3430;
let SCALE = 10;
/** The city data set's districts (海曙区, 江北区 and generated ones): the issue's 10, 3 in the tiny mode. */
export const CITY_DISTRICTS = BENCH_TINY ? 3 : 10;
/** 海曙区's code (the migration's and the seed's district): the load mix's users and generated cases are its. */
export const HAISHU_CODE = "330203";
let BASE = `http://127.0.0.1:${PORT}`;
const log = (line: string) => console.log(line);

// ------------------------------------------------------------------------------------------ scratch database

type Scratch = { url: string; uploads: string; label: string; drop: () => Promise<void> };

async function scratch(): Promise<Scratch> {
  const tmp = mkdtempSync(join(tmpdir(), "haishu-load-"));
  const db = await scratchDatabaseUrl("load_bench", tmp);
  return {
    ...db,
    uploads: join(tmp, "uploads"),
    drop: async () => {
      await db.drop();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(cmd, argv, { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed`);
}

// ------------------------------------------------------------------------------------------ data (10× Haishu)

/**
 * Haishu's 2020 campaign has ~1 case per quota unit (the seeded targets); 10× is ~10 cases per unit of
 * target: enterprises and cases in every status, three evidence rows per case whose files are real
 * small JPEGs (so thumbnails render), reviews of the accepted ones, task-line progress.
 */
async function generate(sql: Sql, uploads: string) {
  const [{ id: campaignId, districtId }] = await sql.query<{ id: number; districtId: number }>(
    `SELECT k.id, k."districtId" FROM "Campaign" k JOIN "District" d ON d.id = k."districtId" WHERE k.year = 2020 AND d.code = '${HAISHU_CODE}'`,
  );
  const [{ target }] = await sql.query<{ target: number }>(
    `SELECT coalesce(sum(target), 0)::int AS target FROM "Quota" WHERE "campaignId" = ${campaignId}`,
  );
  const cases = Math.max(200, Math.round(target * SCALE));
  const office = `(SELECT id FROM "User" WHERE role = 'OFFICE' AND "districtId" = ${districtId} ORDER BY username LIMIT 1)`;
  const statements = [
    `CREATE TEMP TABLE bench_units AS
       SELECT row_number() OVER (ORDER BY u."displayOrder") - 1 AS i, u.id, min(usr.id) AS creator
       FROM "Unit" u JOIN "User" usr ON usr."unitId" = u.id AND usr.role = 'TOWNSHIP'
       WHERE u."districtId" = ${districtId} GROUP BY u.id`,
    `INSERT INTO "Enterprise"(id, name, "unitId", industry, address)
       SELECT 'le' || g, '负载测试企业' || g, u.id,
              (ARRAY['FOUNDRY','BUILDING_MATERIALS','FOOD','METAL_SURFACE','OTHER'])[1 + g % 5]::"Industry", '某某路' || g || '号'
       FROM generate_series(1, ${cases}) g JOIN bench_units u ON u.i = g % (SELECT count(*) FROM bench_units)`,
    `INSERT INTO "Case"(id, "campaignId", "enterpriseId", "unitId", category, "disposalPath", dimensions, status, "submittedAt", "acceptedAt", "createdById", "updatedAt")
       SELECT 'lc' || lpad(g::text, 8, '0'), ${campaignId}, e.id, e."unitId", x.category,
              CASE WHEN x.category = 'ELIMINATION' THEN 'DISMANTLED'::"DisposalPath" END, ARRAY['ENVIRONMENT']::"Dimension"[],
              x.status, CASE WHEN x.status IN ('SUBMITTED', 'ACCEPTED') THEN timestamp '2020-03-01' + (g % 200) * interval '1 day' END,
              CASE WHEN x.status = 'ACCEPTED' THEN timestamp '2020-03-02' + (g % 250) * interval '1 day' END, u.creator, now()
       FROM (SELECT g, CASE WHEN g % 3 = 0 THEN 'ELIMINATION' ELSE 'RECTIFICATION' END::"Category" AS category,
                    (ARRAY['REGISTERED','IN_PROGRESS','SUBMITTED','RETURNED','ACCEPTED','ACCEPTED','ACCEPTED'])[1 + g % 7]::"CaseStatus" AS status
             FROM generate_series(1, ${cases}) g) x
       JOIN "Enterprise" e ON e.id = 'le' || x.g JOIN bench_units u ON u.id = e."unitId"`,
    `INSERT INTO "Evidence"(id, "caseId", kind, "storageKey", "originalName", mime, size, sha256, "uploadedById", "capturedAt")
       SELECT 'lv' || substr(c.id, 3) || k, c.id, (ARRAY['BEFORE_PHOTO','AFTER_PHOTO','ACCEPTANCE_FORM'])[k]::"EvidenceKind",
              '2020/06/' || gen_random_uuid(), '照片' || k || '.jpg', 'image/jpeg', 0, md5(c.id || k) || md5(k || c.id), c."createdById",
              timestamp '2020-05-01' + k * interval '20 day'
       FROM "Case" c, generate_series(1, ${EVIDENCE_PER_CASE}) k WHERE c.id LIKE 'lc%'`,
    `INSERT INTO "Review"(id, "caseId", decision, "reviewerId")
       SELECT 'lr' || c.id, c.id, 'ACCEPT', ${office}
       FROM "Case" c WHERE c.status = 'ACCEPTED' AND c.id LIKE 'lc%'`,
    `INSERT INTO "TaskProgress"(id, "taskLineId", value, date, "authorId", "updatedAt")
       SELECT 'lp' || t.id || '-' || k, t.id, 1 + k % 3, date '2020-02-01' + k * 20, ${office}, now()
       FROM "TaskLine" t, generate_series(1, ${SCALE}) k WHERE t."campaignId" = ${campaignId}`,
  ];
  for (const s of statements) await sql.query(s);

  // Real files: a few distinct small photos, each evidence row with its own stored copy.
  const photos = await Promise.all(
    ["#3a7", "#a33", "#33a", "#aa3"].map((c) =>
      sharp({ create: { width: 640, height: 480, channels: 3, background: c } })
        .jpeg()
        .toBuffer(),
    ),
  );
  const keys = await sql.query<{ id: string; k: string }>(
    `SELECT id, "storageKey" AS k FROM "Evidence" WHERE id LIKE 'lv%'`,
  );
  for (const [i, { k }] of keys.entries()) {
    const bytes = photos[i % photos.length];
    mkdirSync(dirname(join(uploads, k)), { recursive: true });
    writeFileSync(join(uploads, k), bytes);
  }
  await sql.query(`UPDATE "Evidence" SET size = ${photos[0].length} WHERE id LIKE 'lv%'`);
  await sql.query("ANALYZE");
  return { cases, evidence: keys.length };
}

/**
 * The city data set (with the city demo seeded): generated districts beside 海曙区 and 江北区 up to
 * CITY_DISTRICTS, each with 18 units, a current 2020 campaign, quotas, the city's targets as their sums and
 * `cases` cases in a fixed mix of statuses — as scripts/bench-city.ts generates them.
 */
async function generateCity(sql: Sql, cases: number) {
  const extra = Math.max(0, CITY_DISTRICTS - 2);
  const generated = `d.code LIKE '3399%'`;
  const statements = [
    `INSERT INTO "District"("cityId", code, name, "officeName", "officeShortName", "docPrefix", "displayOrder", "isSample")
       SELECT c.id, (339900 + g)::text, '基准区县' || g, '基准区县' || g || '工强办', '区工强办', '基准' || g, 2 + g, true
       FROM "City" c, generate_series(1, ${extra}) g`,
    `INSERT INTO "Unit"(code, name, kind, "displayOrder", "districtId")
       SELECT d.code || lpad(u::text, 3, '0'), d.name || '基准镇' || u, 'TOWN', u, d.id
       FROM "District" d, generate_series(1, 18) u WHERE ${generated}`,
    `INSERT INTO "Campaign"(year, title, "startDate", deadline, "isCurrent", "districtId")
       SELECT 2020, d.name || '2020年基准方案', date '2020-01-01', date '2020-12-31', true, d.id FROM "District" d WHERE ${generated}`,
    `INSERT INTO "Quota"("campaignId", "unitId", category, target)
       SELECT k.id, u.id, c.category::"Category", 5 + (u.id * 7 + c.k * 31) % 20
       FROM "Unit" u JOIN "Campaign" k ON k."districtId" = u."districtId" AND k.year = 2020
       JOIN "District" d ON d.id = u."districtId"
       CROSS JOIN (VALUES ('ELIMINATION', 1), ('RECTIFICATION', 2)) c(category, k) WHERE ${generated}`,
    `INSERT INTO "DistrictTarget"("districtId", year, category, target, "updatedById", "updatedAt")
       SELECT u."districtId", 2020, q.category, sum(q.target)::int, (SELECT id FROM "User" WHERE role = 'CITY_OFFICE' LIMIT 1), now()
       FROM "Quota" q JOIN "Unit" u ON u.id = q."unitId" JOIN "District" d ON d.id = u."districtId"
       WHERE ${generated} GROUP BY u."districtId", q.category`,
    `INSERT INTO "Enterprise"(id, name, "unitId", industry)
       SELECT 'ce' || d.id || '-' || g, '基准企业' || d.id || '-' || g, (d.units)[1 + g % array_length(d.units, 1)],
              (ARRAY['FOUNDRY','BUILDING_MATERIALS','FOOD','METAL_SURFACE','OTHER'])[1 + g % 5]::"Industry"
       FROM (SELECT u."districtId" AS id, array_agg(u.id ORDER BY u."displayOrder") AS units
             FROM "Unit" u JOIN "District" d ON d.id = u."districtId" WHERE ${generated} GROUP BY u."districtId") d,
            generate_series(1, ${cases}) g`,
    `INSERT INTO "Case"(id, "campaignId", "enterpriseId", "unitId", category, "disposalPath", status, "submittedAt", "acceptedAt", "createdById", "updatedAt")
       SELECT 'cc' || e.id, k.id, e.id, e."unitId", x.category, CASE WHEN x.category = 'ELIMINATION' THEN 'DISMANTLED'::"DisposalPath" END,
              x.status, CASE WHEN x.status IN ('SUBMITTED', 'ACCEPTED') THEN timestamp '2020-01-01' + (x.g % 300) * interval '1 day' END,
              CASE WHEN x.status = 'ACCEPTED' THEN timestamp '2020-01-02' + (x.g % 330) * interval '1 day' END,
              (SELECT id FROM "User" WHERE role = 'CITY_OFFICE' LIMIT 1), now()
       FROM "Enterprise" e
       JOIN "Unit" u ON u.id = e."unitId"
       JOIN "Campaign" k ON k."districtId" = u."districtId" AND k.year = 2020
       CROSS JOIN LATERAL (SELECT split_part(e.id, '-', 2)::int AS g) n
       CROSS JOIN LATERAL (SELECT n.g, CASE WHEN n.g % 10 = 0 THEN 'ELIMINATION' ELSE 'RECTIFICATION' END::"Category" AS category,
              (ARRAY['REGISTERED','IN_PROGRESS','SUBMITTED','RETURNED','ACCEPTED','ACCEPTED','ACCEPTED'])[1 + n.g % 7]::"CaseStatus" AS status) x
       WHERE e.id LIKE 'ce%'`,
    "ANALYZE",
  ];
  for (const s of statements) await sql.query(s);
  const [{ n: districts }] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "District"`);
  const [{ n: total }] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Case"`);
  return { districts, cases: total };
}

// ------------------------------------------------------------------------------------------ the portal

const lineListeners: ((line: string) => void)[] = [];
/** Calls `f` with each line the portal writes on stdout (its JSON request log lines among them). */
export function onPortalLine(f: (line: string) => void) {
  lineListeners.push(f);
}

function startPortal(s: Scratch, extraEnv: Record<string, string>): ChildProcess {
  const env = {
    ...process.env,
    ...extraEnv,
    DATABASE_URL: s.url,
    UPLOAD_DIR: s.uploads,
    PORT: String(PORT),
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: "bench-load-secret",
    SEED_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const out: string[] = [];
  const keep = (b: Buffer) => {
    out.push(b.toString());
    if (out.length > 200) out.shift();
  };
  let partial = "";
  child.stdout!.on("data", (b: Buffer) => {
    keep(b);
    const lines = (partial + b.toString()).split("\n");
    partial = lines.pop()!;
    for (const line of lines) for (const f of lineListeners) f(line);
  });
  child.stderr!.on("data", keep);
  child.on("exit", (code) => {
    if (code) console.error(`portal exited (${code}):\n${out.join("").slice(-4000)}`);
  });
  return child;
}

async function waitReady(child: ChildProcess) {
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error("portal did not start");
    try {
      const res = await fetch(`${BASE}/login`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("portal did not answer within 20 minutes");
}

/** next-auth credentials flow: CSRF token + cookie, then the callback; returns the Cookie header. */
export async function signIn(username: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  keep(csrf);
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      origin: BASE,
    },
    body: new URLSearchParams({ csrfToken, username, password: PASSWORD, callbackUrl: `${BASE}/`, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(`sign-in failed for ${username} (${res.status}: ${(await res.text()).slice(0, 200)})`);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** The id of the registerCase server action, from the build's server reference manifest. */
export function registerCaseActionId(): string {
  const manifest = JSON.parse(readFileSync(join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const hit = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === "registerCase" || v.filename?.includes("register-case"),
  );
  if (!hit) throw new Error("registerCase not found in .next/server/server-reference-manifest.json");
  return hit[0];
}

/** A signed-in account; `district`: its district's code (null for the city's accounts). */
export type BenchUser = { username: string; role: string; unitId: number | null; district: string | null };
export type BenchCase = { id: string; unitId: number; status: string; ev: string[] };

/**
 * Everything a benchmark needs: the portal running on the scratch data (extraEnv added to its
 * environment), the users (every active account signed in: `cookie` by username), the generated cases
 * with their evidence ids, and `stop` (stops the portal, drops the scratch database).
 */
export async function benchPortal(options: {
  port: number;
  scale: number;
  env?: Record<string, string>;
  city?: boolean;
}) {
  PORT = options.port;
  SCALE = options.scale;
  BASE = `http://127.0.0.1:${PORT}`;
  const started = Date.now();
  const s = await scratch();
  log(`数据库：${s.label}`);
  const env = { ...process.env, DATABASE_URL: s.url, UPLOAD_DIR: s.uploads };
  if (s.url.startsWith("pglite:")) copyMigratedPglite(s.url.slice("pglite:".length));
  else run(join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], env);
  run(join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts", "--demo", ...(options.city ? ["--city"] : [])], env);
  const sql = await connect(s.url);
  const sizes = await generate(sql, s.uploads);
  if (options.city) {
    const city = await generateCity(sql, sizes.cases);
    log(
      `全市数据：${city.districts} 个区县，共 ${city.cases} 件案件（海曙区之外的区县各 ${sizes.cases} 件，江北区为演示数据）`,
    );
  }
  const users = await sql.query<BenchUser>(
    `SELECT u.username, u.role::text AS role, u."unitId", d.code AS district
     FROM "User" u LEFT JOIN "District" d ON d.id = u."districtId" WHERE u.active ORDER BY u.username`,
  );
  const cases = await sql.query<BenchCase>(
    `SELECT c.id, c."unitId", c.status::text AS status, array_agg(e.id ORDER BY e.id) AS ev
     FROM "Case" c JOIN "Evidence" e ON e."caseId" = c.id WHERE c.id LIKE 'lc%' GROUP BY c.id`,
  );
  await sql.close(); // PGlite is one process's database: the portal opens it next.
  log(`合成数据：${sizes.cases} 件案件，${sizes.evidence} 份佐证材料（真实图片文件）`);

  // Migrated and seeded just now: the portal's start script need not do it again.
  const portal = startPortal(s, { DB_PREPARED: "1", ...options.env });
  const stop = async () => {
    if (portal.exitCode === null && portal.pid) {
      process.kill(-portal.pid, "SIGTERM");
      await new Promise((r) => portal.once("exit", r));
    }
    await s.drop();
  };
  process.on("SIGINT", () => void stop().then(() => process.exit(130)));
  try {
    await waitReady(portal);
    const workers = Number(options.env?.WEB_CONCURRENCY ?? process.env.WEB_CONCURRENCY ?? 1);
    log(`平台已启动：${BASE}，${workers} 个服务进程（${Math.round((Date.now() - started) / 1000)} s，含需要时的构建）`);
    const cookie = new Map<string, string>();
    for (const u of users) cookie.set(u.username, await signIn(u.username).catch(async () => signIn(u.username)));
    const roles = new Map<string, number>();
    for (const u of users) roles.set(u.role, (roles.get(u.role) ?? 0) + 1);
    log(`已登录：${cookie.size} 个账号（${[...roles].map(([r, n]) => `${r} ${n}`).join("，")}）`);
    // The PostgreSQL database's name (null on PGlite): its server's backends for it are the benchmark's.
    const database = s.url.startsWith("postgres") ? decodeURIComponent(new URL(s.url).pathname.slice(1)) : null;
    return { base: BASE, portal, users, cases, cookie, database, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

// `npm run bench:load [-- --connections 50 --duration 30]`: a benchmark, not a test. Starts the
// production portal (`npm start`, which builds when needed) on a scratch database holding 10× Haishu's
// 2020 data — embedded PGlite in a temporary directory by default, or a scratch database created next
// to the one DATABASE_URL names when that is PostgreSQL (dropped afterwards) — signs in users of every
// role through next-auth's credentials flow, and drives a closed loop of N connections with autocannon
// over the portal's page mix: dashboard, unit page, case list, case page and its thumbnails, task lines,
// and per hundred reads one case registration (the server action) and one evidence upload.
// Last line: `load: N connections, p99 X ms, errors E, R req/s`.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import sharp from "sharp";
import { connect, type Sql } from "./backup-sql";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const { values: args } = parseArgs({
  options: {
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "30" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3430" },
    scale: { type: "string", default: "10" },
  },
});
const CONNECTIONS = Number(args.connections);
const DURATION = Number(args.duration);
const PORT = Number(args.port);
const SCALE = Number(args.scale);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "Demo@2020";
const EVIDENCE_PER_CASE = 3;

const log = (line: string) => console.log(line);

// ------------------------------------------------------------------------------------------ scratch database

type Scratch = { url: string; uploads: string; label: string; drop: () => Promise<void> };

async function scratch(): Promise<Scratch> {
  const tmp = mkdtempSync(join(tmpdir(), "haishu-load-"));
  const uploads = join(tmp, "uploads");
  const url = process.env.DATABASE_URL;
  if (url?.startsWith("postgres")) {
    const target = new URL(url);
    const name = `${decodeURIComponent(target.pathname.slice(1)) || "haishu"}_load_bench`;
    const admin = await connect(url);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    target.pathname = `/${name}`;
    return {
      url: target.toString(),
      uploads,
      label: `PostgreSQL（临时库 ${name}）`,
      drop: async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.close();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  }
  return {
    url: `pglite:${join(tmp, "pglite")}`,
    uploads,
    label: `PGlite（内置，临时目录 ${tmp}）`,
    drop: async () => rmSync(tmp, { recursive: true, force: true }),
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
  const [{ target }] = await sql.query<{ target: number }>(`SELECT coalesce(sum(target), 0)::int AS target FROM "Quota"`);
  const cases = Math.max(200, Math.round(target * SCALE));
  const [{ id: campaignId }] = await sql.query<{ id: number }>(`SELECT id FROM "Campaign" WHERE year = 2020`);
  const statements = [
    `CREATE TEMP TABLE bench_units AS
       SELECT row_number() OVER (ORDER BY u."displayOrder") - 1 AS i, u.id, min(usr.id) AS creator
       FROM "Unit" u JOIN "User" usr ON usr."unitId" = u.id AND usr.role = 'TOWNSHIP' GROUP BY u.id`,
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
       SELECT 'lr' || c.id, c.id, 'ACCEPT', (SELECT id FROM "User" WHERE role = 'OFFICE' ORDER BY username LIMIT 1)
       FROM "Case" c WHERE c.status = 'ACCEPTED' AND c.id LIKE 'lc%'`,
    `INSERT INTO "TaskProgress"(id, "taskLineId", value, date, "authorId", "updatedAt")
       SELECT 'lp' || t.id || '-' || k, t.id, 1 + k % 3, date '2020-02-01' + k * 20, (SELECT id FROM "User" WHERE role = 'OFFICE' ORDER BY username LIMIT 1), now()
       FROM "TaskLine" t, generate_series(1, ${SCALE}) k`,
  ];
  for (const s of statements) await sql.query(s);

  // Real files: a few distinct small photos, each evidence row with its own stored copy.
  const photos = await Promise.all(
    ["#3a7", "#a33", "#33a", "#aa3"].map((c) => sharp({ create: { width: 640, height: 480, channels: 3, background: c } }).jpeg().toBuffer()),
  );
  const keys = await sql.query<{ id: string; k: string }>(`SELECT id, "storageKey" AS k FROM "Evidence" WHERE id LIKE 'lv%'`);
  for (const [i, { k }] of keys.entries()) {
    const bytes = photos[i % photos.length];
    mkdirSync(dirname(join(uploads, k)), { recursive: true });
    writeFileSync(join(uploads, k), bytes);
  }
  await sql.query(`UPDATE "Evidence" SET size = ${photos[0].length} WHERE id LIKE 'lv%'`);
  await sql.query("ANALYZE");
  return { cases, evidence: keys.length };
}

// ------------------------------------------------------------------------------------------ the portal

function startPortal(s: Scratch): ChildProcess {
  const env = {
    ...process.env,
    DATABASE_URL: s.url,
    UPLOAD_DIR: s.uploads,
    PORT: String(PORT),
    NEXTAUTH_URL: BASE,
    NEXTAUTH_SECRET: "bench-load-secret",
    SEED_DEMO: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const out: string[] = [];
  const keep = (b: Buffer) => {
    out.push(b.toString());
    if (out.length > 200) out.shift();
  };
  child.stdout!.on("data", keep);
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
async function signIn(username: string): Promise<string> {
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
function registerCaseActionId(): string {
  const manifest = JSON.parse(readFileSync(join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === "registerCase" || v.filename?.includes("register-case"));
  if (!hit) throw new Error("registerCase not found in .next/server/server-reference-manifest.json");
  return hit[0];
}

// ------------------------------------------------------------------------------------------ the mix

type Req = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string | Buffer; label: string };

/** CPU time (user + system) used so far by a process and its descendants, from /proc. */
function processTreeCpuMs(pid: number): number {
  const tick = 1000 / 100; // USER_HZ
  let total = 0;
  const visit = (p: number) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) * tick;
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      children.forEach(visit);
    } catch {
      // gone
    }
  };
  visit(pid);
  return total;
}

function tally(labels: string[]): string {
  const n = new Map<string, number>();
  for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k} ${v}`).join("，");
}

function shuffle<T>(xs: T[], seed = 7): T[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

async function main() {
  const started = Date.now();
  const s = await scratch();
  log(`数据库：${s.label}`);
  const env = { ...process.env, DATABASE_URL: s.url, UPLOAD_DIR: s.uploads };
  run(join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], env);
  run(join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts", "--demo"], env);
  let sql = await connect(s.url);
  const sizes = await generate(sql, s.uploads);
  const users = await sql.query<{ username: string; role: string; unitId: number | null }>(
    `SELECT username, role::text AS role, "unitId" FROM "User" WHERE active ORDER BY username`,
  );
  const caseRows = await sql.query<{ id: string; unitId: number; status: string; ev: string[] }>(
    `SELECT c.id, c."unitId", c.status::text AS status, array_agg(e.id ORDER BY e.id) AS ev
     FROM "Case" c JOIN "Evidence" e ON e."caseId" = c.id WHERE c.id LIKE 'lc%' GROUP BY c.id`,
  );
  await sql.close(); // PGlite is one process's database: the portal opens it next.
  log(`合成数据：${sizes.cases} 件案件，${sizes.evidence} 份佐证材料（真实图片文件）`);

  const portal = startPortal(s);
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
    log(`平台已启动：${BASE}（${Math.round((Date.now() - started) / 1000)} s，含需要时的构建）`);
    const actionId = registerCaseActionId();

    const office = users.find((u) => u.role === "OFFICE")!;
    const leader = users.find((u) => u.role === "LEADER")!;
    const departments = users.filter((u) => u.role === "DEPARTMENT").slice(0, 3);
    const townships = users.filter((u) => u.role === "TOWNSHIP");
    const cookie = new Map<string, string>();
    for (const u of [office, leader, ...departments, ...townships]) {
      cookie.set(u.username, await signIn(u.username).catch(async () => signIn(u.username)));
    }
    log(`已登录：${cookie.size} 个账号（区工强办、区领导、${departments.length} 个部门、${townships.length} 个镇街）`);

    const get = (username: string, path: string, label: string): Req => ({ method: "GET", path, label, headers: { cookie: cookie.get(username)! } });
    const reads: Req[] = [];
    const watchers = [office.username, leader.username];
    const openCases = caseRows.filter((c) => c.status === "REGISTERED" || c.status === "IN_PROGRESS");
    for (let i = 0; i < 100; i++) {
      const t = townships[i % townships.length];
      const w = watchers[i % 2];
      const own = caseRows.filter((c) => c.unitId === t.unitId);
      const c = own[(i * 7) % own.length];
      if (i % 20 < 3) reads.push(get(w, "/dashboard", "dashboard"));
      if (i % 20 < 4) reads.push(get(t.username, `/units/${t.unitId}`, "unit"));
      if (i % 20 === 4) reads.push(get(w, `/units/${t.unitId}`, "unit"));
      if (i % 20 < 3) reads.push(get(i % 2 ? t.username : w, `/cases?page=${1 + (i % 3)}`, "cases"));
      if (i % 20 < 3) {
        reads.push(get(i % 2 ? t.username : w, `/cases/${c.id}`, "case"));
        for (const ev of c.ev) reads.push(get(t.username, `/api/evidence/${ev}?thumb=1`, "thumb"));
      }
      if (i % 20 < 2) reads.push(get(i % 2 ? departments[i % departments.length].username : w, "/tasks", "tasks"));
    }
    const perHundred = Math.round(reads.length / 100);
    const mix = shuffle(reads);

    // Writes: per hundred reads one registration (server action) and one evidence upload.
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#6a6" } }).jpeg().toBuffer();
    let serial = 0;
    const register = (t = townships[serial % townships.length]): Req => {
      const n = `${process.pid}-${serial++}`;
      return {
        method: "POST",
        path: "/cases/new",
        label: "register",
        headers: {
          cookie: cookie.get(t.username)!,
          "next-action": actionId,
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
          origin: BASE,
        },
        body: JSON.stringify([
          { enterpriseName: `负载登记企业${n}`, industry: "FOUNDRY", category: "ELIMINATION", disposalPath: "DISMANTLED", dimensions: ["ENVIRONMENT"] },
        ]),
      };
    };
    const upload = (): Req => {
      const c = openCases[serial++ % openCases.length];
      const t = townships.find((u) => u.unitId === c.unitId)!;
      const boundary = `----bench${randomUUID()}`;
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nOTHER\r\n`),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="现场照片.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
        photo,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return {
        method: "POST",
        path: `/api/cases/${c.id}/evidence`,
        label: "upload",
        headers: { cookie: cookie.get(t.username)!, "content-type": `multipart/form-data; boundary=${boundary}`, origin: BASE },
        body,
      };
    };

    // One global schedule shared by all connections: reads in mix order, a write after every 100 reads.
    let next = 0;
    let readsSinceWrite = 0;
    let writeTurn = 0;
    const counts: Record<string, number> = {};
    const failures: Record<string, number> = {};
    const bytes: Record<string, { n: number; total: number }> = {};
    const pick = (): Req => {
      let r: Req;
      if (readsSinceWrite >= 100) {
        readsSinceWrite = writeTurn % 2 ? 0 : readsSinceWrite;
        r = writeTurn++ % 2 ? upload() : register();
      } else {
        r = mix[next++ % mix.length];
        readsSinceWrite++;
      }
      counts[r.label] = (counts[r.label] ?? 0) + 1;
      return r;
    };
    // Warm-up: every kind once, so the first measured requests do not pay for compilation of caches.
    // The cached figures follow a mutation: a township's unit page shows its new case at once.
    const send = (r: Req) => fetch(BASE + r.path, { method: r.method, headers: r.headers, body: r.body as BodyInit });
    const inProgress = async (t: (typeof townships)[number]) => {
      const html = await (await send(get(t.username, `/units/${t.unitId}`, "unit"))).text();
      return Number(/整治中<\/dt><dd[^>]*><a[^>]*>(\d+)</.exec(html)?.[1] ?? NaN);
    };
    const probe = townships[0];
    await inProgress(probe);
    const shown = await inProgress(probe); // now from the cache
    await send(register(probe));
    const after = await inProgress(probe);
    log(after === shown + 1 ? `缓存核对：登记一件后单位页“整治中”${shown} → ${after}（缓存已随修改失效）` : `缓存核对失败：登记前 ${shown}，登记后 ${after}`);

    // Then one request at a time, timed: what each kind costs without queueing.
    const single: Record<string, number[]> = {};
    const singleCpu: Record<string, number[]> = {};
    for (const r of [...reads.slice(0, 40), register(), upload(), ...reads.slice(40, 100)]) {
      const t0 = performance.now();
      const cpu0 = processTreeCpuMs(portal.pid!);
      const res = await fetch(BASE + r.path, { method: r.method, headers: r.headers, body: r.body as BodyInit });
      const body = await res.arrayBuffer();
      (single[r.label] ??= []).push(performance.now() - t0);
      (singleCpu[r.label] ??= []).push(processTreeCpuMs(portal.pid!) - cpu0);
      // BENCH_DUMP=dir keeps one response of each kind, to look at what a page ships.
      if (process.env.BENCH_DUMP && single[r.label].length === 1) writeFileSync(join(process.env.BENCH_DUMP, `${r.label}.html`), Buffer.from(body));
      if (res.status >= 400) log(`  预热：${r.label} ${r.path} → ${res.status}`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    log(`单个请求（无并发，中位数）：${Object.entries(single).map(([k, v]) => `${k} ${Math.round(median(v))} ms`).join("，")}`);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    log(`单个请求服务器 CPU（平均）：${Object.entries(singleCpu).map(([k, v]) => `${k} ${mean(v).toFixed(0)} ms`).join("，")}`);
    log(`读请求组合（每 100 次约 ${perHundred} 轮页面）：${tally(reads.map((r) => r.label))}`);

    const cpuBefore = processTreeCpuMs(portal.pid!);
    const result = await autocannon({
      url: BASE,
      connections: CONNECTIONS,
      duration: DURATION,
      timeout: 20,
      requests: [
        {
          setupRequest: (req, context) => {
            const r = pick();
            (context as { label?: string }).label = r.label;
            return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body };
          },
          onResponse: (status, body, context) => {
            const label = (context as { label?: string }).label ?? "?";
            const key = `${label} ${status}`;
            if (status >= 400) failures[key] = (failures[key] ?? 0) + 1;
            const b = (bytes[label] ??= { n: 0, total: 0 });
            b.n++;
            b.total += Buffer.byteLength(body ?? "");
          },
        },
      ],
    });
    const cpuUsed = processTreeCpuMs(portal.pid!) - cpuBefore;
    // autocannon's `errors` already include its timeouts.
    const errors = result.errors + result.non2xx;
    log(`请求：${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join("，")}`);
    log(`平均响应大小：${Object.entries(bytes).map(([k, v]) => `${k} ${Math.round(v.total / v.n / 1024)} KB`).join("，")}`);
    if (Object.keys(failures).length) log(`失败：${Object.entries(failures).map(([k, v]) => `${k} ×${v}`).join("，")}`);
    log(`服务器进程 CPU：${Math.round(cpuUsed)} ms / ${result.requests.total} 个请求 = 每请求 ${(cpuUsed / Math.max(1, result.requests.total)).toFixed(1)} ms（与机器上其他负载基本无关；PostgreSQL 时不含数据库进程）`);
    log(`latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`);
    await stop();
    log(`load: ${CONNECTIONS} connections, p99 ${result.latency.p99} ms, errors ${errors}, ${Math.round(result.requests.average)} req/s`);
  } catch (e) {
    await stop();
    throw e;
  }
}

if (!existsSync(join(root, "package.json"))) throw new Error("run from the project");
await main();

// `npm run bench:load [-- --connections 50 --duration 30]`: a benchmark, not a test. Starts the
// production portal on a scratch database holding 10× Haishu's 2020 data (scripts/bench-load-setup.ts:
// embedded PGlite by default, a scratch PostgreSQL database when DATABASE_URL is PostgreSQL), signs in
// users of every role through next-auth's credentials flow, and drives a closed loop of N connections
// with autocannon over the portal's page mix: dashboard, unit page, case list, case page and its
// thumbnails, task lines, and per hundred reads one case registration (the server action) and one
// evidence upload. BENCH_CONNECTIONS / BENCH_DURATION (seconds) set the defaults of the options, e.g.
// `BENCH_DURATION=10 BENCH_CONNECTIONS=5 npm run bench:load` for a short smoke run.
// In the same run, with the same connections and duration, the framework's floor: the anonymous login page
// (no session, no query). The table at the end sets each mix beside it: req/s, CPU ms per request (the
// portal's processes, plus the local PostgreSQL's), p50, p99 and the ratio of its req/s to the floor's.
// `--city` (or BENCH_CITY=1): the city data set (海曙区, 江北区 of the city demo and generated districts, 10 in
// all, each with 海曙区's cases) and a third mix, the city's pages as 市工强办 and 市领导 (全市总览, a district's
// read-only dashboard and ledger, 区县目标, 市级通报, 企业迁移). `--rounds N` (BENCH_ROUNDS): the three
// measurements N times in turn (on a shared machine compare ratios within a run, never across runs).
// BENCH_PROFILE=dir: the portal's server process(es) write V8 CPU profiles there when stopped
// (scripts/bench-cpu-profile.mjs) — where the CPU of a request goes.
// `--each` (BENCH_EACH=1): after the mixes, each kind of read of the district mix alone (单独：unit, …), in the same
// table — which page's CPU the mix's figure is made of.
// WEB_CONCURRENCY=2 (PostgreSQL only) runs the portal as two worker processes, as `npm start` would.
// `--tiny` (or BENCH_TINY=1): 1× the data, 2 connections for 2 s, a few single requests — it checks that
// the benchmark still runs (CI), its figures mean nothing.
// Last line: `load: N connections, p99 X ms, errors E, R req/s` (the district mix, last round).
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import autocannon from "autocannon";
import sharp from "sharp";

import { benchPortal, HAISHU_CODE, registerCaseActionId, root } from "./bench-load-setup";
import { BENCH_TINY } from "./scratch-database";

const { values: args } = parseArgs({
  options: {
    connections: { type: "string", default: process.env.BENCH_CONNECTIONS ?? (BENCH_TINY ? "2" : "50") },
    duration: { type: "string", default: process.env.BENCH_DURATION ?? (BENCH_TINY ? "2" : "30") },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3430" },
    scale: { type: "string", default: BENCH_TINY ? "1" : "10" },
    tiny: { type: "boolean", default: false },
    city: { type: "boolean", default: process.env.BENCH_CITY === "1" },
    rounds: { type: "string", default: process.env.BENCH_ROUNDS ?? "1" },
    each: { type: "boolean", default: process.env.BENCH_EACH === "1" },
  },
});
const CONNECTIONS = Number(args.connections);
const DURATION = Number(args.duration);
const PORT = Number(args.port);
const SCALE = Number(args.scale);
const ROUNDS = Number(args.rounds);
const CITY = args.city;
for (const [name, v] of Object.entries({ CONNECTIONS, DURATION, PORT, SCALE, ROUNDS })) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`);
}

const log = (line: string) => console.log(line);

// ------------------------------------------------------------------------------------------ the mix

type Req = {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  label: string;
};

/** /proc/<pid>/stat: the command name and the CPU time (user + system, ms) the process has used so far. */
function procStat(pid: number | string): { comm: string; cpuMs: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const tick = 1000 / 100; // USER_HZ
  return {
    comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")),
    cpuMs: (Number(fields[11]) + Number(fields[12])) * tick,
  };
}

/** CPU time used so far by a process and its descendants. */
function processTreeCpuMs(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      total += procStat(p).cpuMs;
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8")
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      children.forEach(visit);
    } catch {
      // gone
    }
  };
  visit(pid);
  return total;
}

/**
 * CPU time used so far by the local PostgreSQL server's backends serving `database` (0 when it runs
 * elsewhere or on PGlite): other databases' sessions on a shared server are not ours.
 */
function postgresCpuMs(database: string | null): number {
  if (!database) return 0;
  let total = 0;
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const { comm, cpuMs } = procStat(entry);
      if (comm !== "postgres") continue;
      // A backend's title: `postgres: 15/main: <user> <database> <client> <state>`.
      const title = readFileSync(`/proc/${entry}/cmdline`, "utf8").split(/[\0\s]+/);
      if (title.includes(database)) total += cpuMs;
    } catch {
      // gone
    }
  }
  return total;
}

function tally(labels: string[]): string {
  const n = new Map<string, number>();
  for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k} ${v}`).join("，");
}

function shuffle<T>(xs: T[], seed = 7): T[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

async function main() {
  const {
    base: BASE,
    portal,
    users: everyone,
    cases: caseRows,
    cookie,
    database,
    stop,
  } = await benchPortal({
    port: PORT,
    scale: SCALE,
    city: CITY,
    env: {
      ...(CITY ? { DEMO_CITY: "1" } : {}),
      ...(process.env.BENCH_PROFILE
        ? {
            BENCH_PROFILE: resolve(process.env.BENCH_PROFILE),
            NODE_OPTIONS:
              `${process.env.NODE_OPTIONS ?? ""} --import ${join(root, "scripts/bench-cpu-profile.mjs")}`.trim(),
          }
        : {}),
    },
  });
  try {
    const actionId = registerCaseActionId();
    // The district mix is 海曙区's users' (the city demo has 江北区's too).
    const users = everyone.filter((u) => u.district === HAISHU_CODE);
    const office = users.find((u) => u.role === "OFFICE")!;
    const leader = users.find((u) => u.role === "LEADER")!;
    const departments = users.filter((u) => u.role === "DEPARTMENT");
    const townships = users.filter((u) => u.role === "TOWNSHIP");

    const get = (username: string, path: string, label: string): Req => ({
      method: "GET",
      path,
      label,
      headers: { cookie: cookie.get(username)! },
    });
    const reads: Req[] = [];
    const watchers = [office.username, leader.username];
    const openCases = caseRows.filter((c) => c.status === "REGISTERED" || c.status === "IN_PROGRESS");
    for (let i = 0; i < 100; i++) {
      const t = townships[i % townships.length];
      const w = watchers[i % 2];
      const own = caseRows.filter((c) => c.unitId === t.unitId);
      const c = own[(i * 7) % own.length];
      if (i % 20 < 3)
        reads.push(get(i % 3 === 2 ? departments[i % departments.length].username : w, "/dashboard", "dashboard"));
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

    // The city mix (--city): the city's pages as 市工强办 and 市领导, read-only (docs/domain.md §市级).
    const cityReads: Req[] = [];
    if (CITY) {
      const cityOffice = everyone.find((u) => u.role === "CITY_OFFICE")!.username;
      const cityLeader = everyone.find((u) => u.role === "CITY_LEADER")!.username;
      // 海曙区 every fourth drill-down, else 江北区 (the city demo's) and the first generated district.
      const generated = ["330205", "339901"];
      for (let i = 0; i < 20; i++) {
        const who = i % 2 ? cityLeader : cityOffice;
        const district = i % 4 === 0 ? HAISHU_CODE : generated[i % generated.length];
        if (i % 10 < 4) cityReads.push(get(who, "/city", "city"));
        if (i % 10 < 3) cityReads.push(get(who, `/city/districts/${district}`, "drill"));
        if (i % 10 < 2) cityReads.push(get(who, `/city/districts/${district}/cases?page=${1 + (i % 2)}`, "ledger"));
        if (i % 10 < 1) cityReads.push(get(who, "/city/targets", "targets"));
        if (i % 10 === 1) cityReads.push(get(who, "/city/circulars", "circulars"));
        if (i % 10 === 2) cityReads.push(get(cityOffice, "/city/enterprises", "enterprises"));
      }
    }
    const cityMix = shuffle(cityReads);

    // Writes: per hundred reads one registration (server action) and one evidence upload.
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#6a6" } })
      .jpeg()
      .toBuffer();
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
          {
            enterpriseName: `负载登记企业${n}`,
            industry: "FOUNDRY",
            category: "ELIMINATION",
            disposalPath: "DISMANTLED",
            dimensions: ["ENVIRONMENT"],
            // Units with "/" in the category register only after confirming 目标外 (as the form asks).
            confirmOutsideTarget: true,
          },
        ]),
      };
    };
    const upload = (): Req => {
      const c = openCases[serial++ % openCases.length];
      const t = townships.find((u) => u.unitId === c.unitId)!;
      const boundary = `----bench${randomUUID()}`;
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nOTHER\r\n`),
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="现场照片.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
        ),
        photo,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return {
        method: "POST",
        path: `/api/cases/${c.id}/evidence`,
        label: "upload",
        headers: {
          cookie: cookie.get(t.username)!,
          "content-type": `multipart/form-data; boundary=${boundary}`,
          origin: BASE,
        },
        body,
      };
    };

    // Warm-up: every kind once, so the first measured requests do not pay for compilation of caches.
    // The cached figures follow a mutation: a township's unit page shows its new case at once.
    const send = (r: Req) => fetch(BASE + r.path, { method: r.method, headers: r.headers, body: r.body as BodyInit });
    const inProgress = async (t: (typeof townships)[number]) => {
      const html = await (await send(get(t.username, `/units/${t.unitId}`, "unit"))).text();
      return Number(/推进中<\/dt><dd[^>]*><a[^>]*>(\d+)</.exec(html)?.[1] ?? NaN);
    };
    const probe = townships[0];
    await inProgress(probe);
    const shown = await inProgress(probe); // now from the cache
    await send(register(probe));
    const after = await inProgress(probe);
    if (after !== shown + 1) {
      // Not a figure of speed: the page answered from a stale cache (or the registration failed) — a failure.
      throw new Error(`缓存核对失败：登记前 ${shown}，登记后 ${after}`);
    }
    log(`缓存核对：登记一件后单位页“推进中”${shown} → ${after}（缓存已随修改失效）`);

    // Then one request at a time, timed: what each kind costs without queueing.
    const single: Record<string, number[]> = {};
    const singleCpu: Record<string, number[]> = {};
    const singles = BENCH_TINY
      ? [reads[0], register(), upload(), reads[1], ...cityReads.slice(0, 2)]
      : [...reads.slice(0, 40), register(), upload(), ...reads.slice(40, 100), ...cityReads];
    for (const r of singles) {
      const t0 = performance.now();
      const cpu0 = processTreeCpuMs(portal.pid!);
      const res = await fetch(BASE + r.path, { method: r.method, headers: r.headers, body: r.body as BodyInit });
      const body = await res.arrayBuffer();
      (single[r.label] ??= []).push(performance.now() - t0);
      (singleCpu[r.label] ??= []).push(processTreeCpuMs(portal.pid!) - cpu0);
      // BENCH_DUMP=dir keeps one response of each kind, to look at what a page ships.
      if (process.env.BENCH_DUMP && single[r.label].length === 1)
        writeFileSync(join(process.env.BENCH_DUMP, `${r.label}.html`), Buffer.from(body));
      if (res.status >= 400) log(`  预热：${r.label} ${r.path} → ${res.status}`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    log(
      `单个请求（无并发，中位数）：${Object.entries(single)
        .map(([k, v]) => `${k} ${Math.round(median(v))} ms`)
        .join("，")}`,
    );
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    log(
      `单个请求服务器 CPU（平均）：${Object.entries(singleCpu)
        .map(([k, v]) => `${k} ${mean(v).toFixed(0)} ms`)
        .join("，")}`,
    );
    log(`读请求组合（每 100 次约 ${perHundred} 轮页面）：${tally(reads.map((r) => r.label))}`);
    if (CITY) log(`全市读请求组合（市工强办、市领导）：${tally(cityReads.map((r) => r.label))}`);

    // Between runs: wait until the portal (and its database) have finished what the last run left in flight —
    // up to N requests still being served when autocannon stops — so no run pays for the one before it.
    const settle = async () => {
      for (let i = 0; i < 120; i++) {
        const before = processTreeCpuMs(portal.pid!) + postgresCpuMs(database);
        await new Promise((r) => setTimeout(r, 500));
        if (processTreeCpuMs(portal.pid!) + postgresCpuMs(database) - before < 100) return;
      }
    };

    type Measured = {
      name: string;
      round: number;
      result: autocannon.Result;
      cpuMs: number;
      pgMs: number;
      counts: Record<string, number>;
      failures: Record<string, number>;
      bytes: Record<string, { n: number; total: number }>;
    };
    /** One closed loop of CONNECTIONS connections for DURATION seconds over `next()`'s requests. */
    const measure = async (name: string, round: number, next: () => Req, duration = DURATION): Promise<Measured> => {
      const counts: Record<string, number> = {};
      const failures: Record<string, number> = {};
      const bytes: Record<string, { n: number; total: number }> = {};
      await settle();
      const cpuBefore = processTreeCpuMs(portal.pid!);
      const pgBefore = postgresCpuMs(database);
      const result = await autocannon({
        url: BASE,
        connections: CONNECTIONS,
        duration,
        timeout: 20,
        requests: [
          {
            setupRequest: (req, context) => {
              const r = next();
              counts[r.label] = (counts[r.label] ?? 0) + 1;
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
      const cpuMs = processTreeCpuMs(portal.pid!) - cpuBefore;
      const pgMs = postgresCpuMs(database) - pgBefore;
      return { name, round, result, cpuMs, pgMs, counts, failures, bytes };
    };

    // The stack's floor on this machine: the cheapest page there is — the login page to an anonymous
    // visitor (no session, no database query).
    const login: Req = { method: "GET", path: "/login", headers: {}, label: "login" };
    // The district mix: one global schedule shared by all connections — reads in mix order, a write after
    // every 100 reads (a registration and an upload in turn).
    let next = 0;
    let readsSinceWrite = 0;
    let writeTurn = 0;
    const pick = (): Req => {
      if (readsSinceWrite >= 100) {
        readsSinceWrite = writeTurn % 2 ? 0 : readsSinceWrite;
        return writeTurn++ % 2 ? upload() : register();
      }
      readsSinceWrite++;
      return mix[next++ % mix.length];
    };
    let nextCity = 0;
    const pickCity = (): Req => cityMix[nextCity++ % cityMix.length];

    // Warm-up, not counted: a few seconds of each, so that no measurement pays for the JIT of its pages (with
    // WEB_CONCURRENCY=2 in every worker) and the first one — the floor — is not measured cold.
    const warm = BENCH_TINY ? 1 : Math.min(5, DURATION);
    for (const next of [() => login, pick, ...(CITY ? [pickCity] : [])]) {
      await settle();
      await autocannon({
        url: BASE,
        connections: CONNECTIONS,
        duration: warm,
        timeout: 20,
        requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
      });
    }

    const runs: Measured[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      runs.push(await measure("参照：匿名登录页", round, () => login));
      runs.push(await measure("区县页面组合", round, pick));
      if (CITY) runs.push(await measure("全市页面组合", round, pickCity));
      // --each: the district mix's kinds of read one at a time (their own users and records, in mix order).
      if (args.each)
        for (const label of [...new Set(mix.map((r) => r.label))]) {
          const alone = mix.filter((r) => r.label === label);
          let i = 0;
          // The tiny run (CI) only checks that it runs: a second each.
          runs.push(await measure(`单独：${label}`, round, () => alone[i++ % alone.length], BENCH_TINY ? 1 : DURATION));
        }
    }

    for (const m of runs) {
      const tag = `${m.name}${ROUNDS > 1 ? `（第 ${m.round} 轮）` : ""}`;
      log(
        `${tag} 请求：${Object.entries(m.counts)
          .map(([k, v]) => `${k} ${v}`)
          .join("，")}`,
      );
      log(
        `${tag} 平均响应大小：${Object.entries(m.bytes)
          .map(([k, v]) => `${k} ${(v.total / v.n / 1024).toFixed(1)} KB`)
          .join("，")}`,
      );
      if (Object.keys(m.failures).length)
        log(
          `${tag} 失败：${Object.entries(m.failures)
            .map(([k, v]) => `${k} ×${v}`)
            .join("，")}`,
        );
    }

    // The table: each mix beside the floor measured in the same round.
    const perRequest = (m: Measured) => (m.cpuMs + m.pgMs) / Math.max(1, m.result.requests.total);
    const cpuText = (m: Measured) => {
      const n = Math.max(1, m.result.requests.total);
      return m.pgMs > 0 ? `${(m.cpuMs / n).toFixed(1)} + ${(m.pgMs / n).toFixed(1)}` : `${(m.cpuMs / n).toFixed(1)}`;
    };
    const head = ["组合", "请求", "req/s", "CPU ms/请求", "p50 ms", "p99 ms", "错误", "req/s ÷ 下限", "CPU ÷ 下限"];
    log(
      `\n${CONNECTIONS} 个连接，每项 ${DURATION} s；CPU 为平台进程${runs.some((m) => m.pgMs > 0) ? " + 本机 PostgreSQL 进程" : ""}`,
    );
    log(`| ${head.join(" | ")} |`);
    log(`|${head.map(() => "---").join("|")}|`);
    for (const m of runs) {
      const floor = runs.find((f) => f.round === m.round)!;
      const rps = m.result.requests.average;
      log(
        `| ${[
          `${m.name}${ROUNDS > 1 ? `（${m.round}）` : ""}`,
          m.result.requests.total,
          Math.round(rps),
          cpuText(m),
          m.result.latency.p50,
          m.result.latency.p99,
          m.result.errors + m.result.non2xx,
          m === floor ? "1" : (rps / Math.max(1e-9, floor.result.requests.average)).toFixed(2),
          m === floor ? "1" : (perRequest(m) / Math.max(1e-9, perRequest(floor))).toFixed(1),
        ].join(" | ")} |`,
      );
    }

    const last = runs.filter((m) => m.name === "区县页面组合").at(-1)!;
    const result = last.result;
    // What the machine's cores allow: a closed loop of N connections waits N ÷ throughput on average.
    const cores = availableParallelism();
    const ceiling = (cores * 1000) / perRequest(last);
    log(
      `\nCPU 上限（区县页面组合）：${cores} 核 × 1000 ms ÷ 每请求 ${perRequest(last).toFixed(1)} ms ≈ ${Math.round(ceiling)} req/s；${CONNECTIONS} 个连接的平均延迟因此不低于 ${Math.round((CONNECTIONS / ceiling) * 1000)} ms`,
    );
    log(
      `latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    await stop();
    // autocannon's `errors` already include its timeouts.
    log(
      `load: ${CONNECTIONS} connections, p99 ${result.latency.p99} ms, errors ${result.errors + result.non2xx}, ${Math.round(result.requests.average)} req/s`,
    );
  } catch (e) {
    await stop();
    throw e;
  }
}

await main();

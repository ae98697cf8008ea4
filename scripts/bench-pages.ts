// `npx tsx scripts/bench-pages.ts`: what each page of the load benchmark's mix costs, in figures that do
// not depend on how busy the machine is — the HTML's bytes (and gzipped), the RSC payload's bytes (the
// inline `self.__next_f.push(…)` scripts: the React tree sent a second time for hydration), and the SQL
// statements one render runs (QUERY_COUNT=1: the portal counts them into each request's log line).
// Same scratch data and production build as `npm run bench:load` (scripts/bench-load-setup.ts).
// Each page is requested three times in a row: `SQL 首次` is the first render after the portal started
// (cached figures empty), `SQL 再次` the third (what most requests of the load mix cost; the cache is
// expired only by a mutation). Bytes are those of the third response. BENCH_DUMP=dir keeps the pages;
// BENCH_SQL=1 lists the statements of each page's third render. `--tiny` (or BENCH_TINY=1): 1× the data and one page of
// each kind (CI).
// `渲染/浏览`: one view of the page in Chromium, as a person opens it — how many server renders it causes
// (the document plus every RSC request: prefetches of the links it shows) until the network is quiet, and
// how long that took (`静止 ms`). The load benchmark requests documents only, so this is its multiplier.
// A township's or the office's page (`limited` below) causing more than MAX_RENDERS_PER_VIEW renders per view
// fails the run (exit code 1, the pages listed) — each render is server work the load mix does not count.
// `--city` (or BENCH_CITY=1): on bench:load's city data set, the city mix's pages too (全市总览, a district's
// read-only dashboard and ledger, 区县目标, 市级通报, 企业迁移 as 市工强办 and 市领导).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

import { chromium } from "@playwright/test";

import { benchPortal, HAISHU_CODE, onPortalLine } from "./bench-load-setup";
import { BENCH_TINY } from "./scratch-database";

/** What the tiny mode measures (labels of the page list below). */
const TINY_PAGES = new Set([
  "总览（区工强办）",
  "单位页（镇街，首页）",
  "案件页（镇街）",
  "缩略图（每张）",
  "全市总览（市工强办）",
]);

/** The most server renders one view of a township's or the office's page may cause (the document included). */
export const MAX_RENDERS_PER_VIEW = 3;

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: process.env.BENCH_PORT ?? "3431" },
    scale: { type: "string", default: BENCH_TINY ? "1" : "10" },
    tiny: { type: "boolean", default: false },
    city: { type: "boolean", default: process.env.BENCH_CITY === "1" },
  },
});
const CITY = args.city;

/** The RSC payload inline in a page: the contents of every `<script>self.__next_f.push(…)</script>`. */
export function rscPayloadBytes(html: string): number {
  let total = 0;
  for (const m of html.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g))
    total += Buffer.byteLength(m[1]);
  return total;
}

async function main() {
  const { base, users, cases, cookie, stop } = await benchPortal({
    port: Number(args.port),
    scale: Number(args.scale),
    city: CITY,
    env: {
      QUERY_COUNT: process.env.BENCH_SQL ? "2" : "1",
      JOB_TICK_MINUTES: "1000",
      ...(CITY ? { DEMO_CITY: "1" } : {}),
    },
  });
  // The request log lines, in order (requests are made one at a time).
  const logged: { path: string; queries: number }[] = [];
  // BENCH_SQL=1: the portal also prints each statement (`sql: …`), kept per request for the listing below.
  let statements: string[] = [];
  const listing: string[] = [];
  onPortalLine((line) => {
    if (line.startsWith("sql: ")) statements.push(line.slice(5));
    if (!line.startsWith("{")) return;
    try {
      const r = JSON.parse(line) as { msg?: string; path?: string; queries?: number };
      if (r.msg === "request" && r.path) logged.push({ path: r.path, queries: r.queries ?? 0 });
    } catch {
      // not a log line
    }
  });
  const queriesOf = async (path: string) => {
    for (let i = 0; i < 200; i++) {
      const at = logged.findIndex((l) => l.path === path);
      if (at >= 0) return logged.splice(0, at + 1)[at].queries;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no log line for ${path}`);
  };
  try {
    // 海曙区's accounts (the city demo has 江北区's too), and the city's.
    const by = (role: string) => users.find((u) => u.role === role && (u.district ?? HAISHU_CODE) === HAISHU_CODE)!;
    const township = by("TOWNSHIP");
    const ownCase = cases.find((c) => c.unitId === township.unitId)!;
    // `limited`: a township's or the office's page, held to MAX_RENDERS_PER_VIEW.
    const pages: { label: string; user: string; path: string; limited?: boolean }[] = [
      { label: "待办（区工强办，首页）", user: by("OFFICE").username, path: "/todo", limited: true },
      { label: "待办（牵头部门，首页）", user: by("DEPARTMENT").username, path: "/todo" },
      { label: "待验收（区工强办）", user: by("OFFICE").username, path: "/review", limited: true },
      { label: "总览（区工强办）", user: by("OFFICE").username, path: "/dashboard", limited: true },
      { label: "总览（区领导）", user: by("LEADER").username, path: "/dashboard" },
      { label: "总览（牵头部门）", user: by("DEPARTMENT").username, path: "/dashboard" },
      { label: "单位页（镇街，首页）", user: township.username, path: `/units/${township.unitId}`, limited: true },
      { label: "单位页（区工强办）", user: by("OFFICE").username, path: `/units/${township.unitId}`, limited: true },
      { label: "案件清单（镇街）", user: township.username, path: "/cases", limited: true },
      { label: "案件清单（区工强办）", user: by("OFFICE").username, path: "/cases?page=2", limited: true },
      { label: "案件页（镇街）", user: township.username, path: `/cases/${ownCase.id}`, limited: true },
      { label: "缩略图（每张）", user: township.username, path: `/api/evidence/${ownCase.ev[0]}?thumb=1` },
      { label: "任务线（区工强办）", user: by("OFFICE").username, path: "/tasks", limited: true },
      { label: "任务线（牵头部门）", user: by("DEPARTMENT").username, path: "/tasks" },
      { label: "任务线（镇街）", user: township.username, path: "/tasks", limited: true },
    ];
    if (CITY)
      pages.push(
        { label: "全市总览（市工强办）", user: by("CITY_OFFICE").username, path: "/city" },
        { label: "全市总览（市领导）", user: by("CITY_LEADER").username, path: "/city" },
        { label: "区县总览下钻（海曙区）", user: by("CITY_OFFICE").username, path: `/city/districts/${HAISHU_CODE}` },
        { label: "区县总览下钻（生成区县）", user: by("CITY_LEADER").username, path: "/city/districts/339901" },
        {
          label: "区县台账下钻（海曙区）",
          user: by("CITY_OFFICE").username,
          path: `/city/districts/${HAISHU_CODE}/cases`,
        },
        { label: "区县目标", user: by("CITY_OFFICE").username, path: "/city/targets" },
        { label: "市级通报", user: by("CITY_LEADER").username, path: "/city/circulars" },
        { label: "企业迁移", user: by("CITY_OFFICE").username, path: "/city/enterprises" },
      );
    const rows: string[][] = [];
    // Tiny (CI): one page of each kind the script handles — a listed page, a record's page, a file — so that none of
    // its steps can break unnoticed; its figures mean nothing anyway.
    const measured = BENCH_TINY ? pages.filter((p) => TINY_PAGES.has(p.label)) : pages;
    for (const p of measured) {
      const sql: number[] = [];
      let body = Buffer.alloc(0);
      let status = 0;
      for (let i = 0; i < 3; i++) {
        const res = await fetch(base + p.path, {
          headers: { cookie: cookie.get(p.user)!, "accept-encoding": "identity" },
        });
        body = Buffer.from(await res.arrayBuffer());
        status = res.status;
        sql.push(await queriesOf(p.path.split("?")[0]));
        if (i === 2 && process.env.BENCH_SQL) listing.push(`## ${p.label}`, ...statements);
        statements = [];
      }
      const html = p.path.startsWith("/api/") ? "" : body.toString("utf8");
      // BENCH_DUMP=dir keeps each page's HTML, to see what a page ships.
      if (process.env.BENCH_DUMP && html) writeFileSync(join(process.env.BENCH_DUMP, `${rows.length + 1}.html`), html);
      rows.push([
        p.label,
        String(status),
        `${(body.length / 1024).toFixed(1)}`,
        `${(gzipSync(body).length / 1024).toFixed(1)}`,
        html ? `${(rscPayloadBytes(html) / 1024).toFixed(1)}` : "—",
        String(sql[0]),
        String(sql[2]),
      ]);
    }
    // One view of each page in a browser, as its user: the renders it causes until the network is quiet.
    const tooMany: string[] = [];
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      for (const [i, p] of measured.entries()) {
        if (p.path.startsWith("/api/")) {
          rows[i].push("—", "—");
          continue;
        }
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: base });
        await context.addCookies(
          cookie
            .get(p.user)!
            .split("; ")
            .map((kv) => {
              const at = kv.indexOf("=");
              return { name: kv.slice(0, at), value: kv.slice(at + 1), url: base };
            }),
        );
        const page = await context.newPage();
        let renders = 0;
        page.on("request", (r) => {
          if (!r.url().startsWith(base)) return;
          if (r.resourceType() === "document" || r.headers()["rsc"] === "1") renders++;
        });
        const t0 = Date.now();
        await page.goto(p.path, { waitUntil: "networkidle" });
        rows[i].push(String(renders), String(Date.now() - t0));
        if (p.limited && renders > MAX_RENDERS_PER_VIEW) tooMany.push(`${p.label}（${p.path}）：${renders} 次`);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    const head = ["页面", "状态", "HTML KB", "gzip KB", "RSC KB", "SQL 首次", "SQL 再次", "渲染/浏览", "静止 ms"];
    console.log(`| ${head.join(" | ")} |`);
    console.log(`|${head.map(() => "---").join("|")}|`);
    for (const r of rows) console.log(`| ${r.join(" | ")} |`);
    if (listing.length) console.log(listing.join("\n"));
    if (tooMany.length) {
      console.error(
        `\n✘ 镇街和区工强办的页面每次浏览至多 ${MAX_RENDERS_PER_VIEW} 次服务器渲染，超出的有：\n  ${tooMany.join("\n  ")}`,
      );
      process.exitCode = 1;
    } else console.log(`\n✔ 镇街和区工强办的页面每次浏览均不超过 ${MAX_RENDERS_PER_VIEW} 次服务器渲染。`);
  } finally {
    await stop();
  }
}

await main();

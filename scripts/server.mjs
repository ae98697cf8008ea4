#!/usr/bin/env node
// The portal's HTTP server (used by `npm start`): Next's request handler behind a plain Node server,
// so that route handlers learn the client address. Next 16 gives route handlers no peer address;
// this entry point writes it into an internal header (dropping any copy the client sent), taking
// X-Forwarded-For into account only when TRUSTED_PROXY_HOPS says how many proxies of ours append to it.
import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import { createServer } from "node:http";

import next from "next";
import pino from "pino";

import { parseTrustedHops, reachedOverHttps, stampClientAddress } from "../lib/client-address.mjs";
import { parseWorkers } from "../lib/workers.mjs";
import { onStopSignals } from "./shutdown.mjs";

const dir = new URL("..", import.meta.url).pathname;
let hops;
try {
  hops = parseTrustedHops(process.env.TRUSTED_PROXY_HOPS);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
const port = Number(process.env.PORT || 3000);
let workers;
try {
  workers = parseWorkers(process.env.WEB_CONCURRENCY, (process.env.DATABASE_URL ?? "").startsWith("pglite:"));
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

// WEB_CONCURRENCY > 1: this process only supervises that many workers (node:cluster), which share the
// port and are each the whole portal below, so one `npm start` uses every core of its server.
if (cluster.isPrimary && workers > 1) supervise(workers);
else await runPortal();

function supervise(count) {
  let stopping = false;
  const started = new Map();
  const fork = () => started.set(cluster.fork().id, Date.now());
  for (let i = 0; i < count; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    // A worker that dies at once would die again (port taken, bad configuration): stop, don't loop.
    if (Date.now() - started.get(worker.id) < 30_000) {
      console.error(`工作进程 ${worker.process.pid} 启动后即退出（${signal ?? code}），平台停止`);
      process.exit(1);
    }
    console.error(`工作进程 ${worker.process.pid} 退出（${signal ?? code}），已重新启动`);
    fork();
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
      cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

/** One server process: Next's handler behind a plain Node server. */
async function runPortal() {
  // One JSON line per request: method, path (never the query string: a tip's reference number or a
  // search term is nobody's business in a log), status, duration, and the user id when the request
  // resolved a session (server/log.ts noteRequestUser, through this AsyncLocalStorage). Bodies are never logged.
  const log = pino(
    { level: process.env.LOG_LEVEL || "info", base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime },
    process.stdout,
  );
  const requests = new AsyncLocalStorage();
  globalThis[Symbol.for("haishu.request-log")] = requests;

  const app = next({ dev: false, dir, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => requests.run({}, () => serve(req, res)));

  function serve(req, res) {
    const started = performance.now();
    const record = requests.getStore();
    res.on("close", () => {
      const path = (req.url ?? "/").split("?")[0];
      const level = path.startsWith("/_next/static/") ? "debug" : "info";
      log[level](
        {
          method: req.method,
          path,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
          userId: record.userId,
          queries: record.queries,
          aborted: !res.writableFinished || undefined,
        },
        "request",
      );
    });
    stampClientAddress(req, hops);
    // HSTS only means something over HTTPS (browsers ignore it on plain HTTP, and it must not be
    // sent by a portal reached over HTTP on the intranet).
    if (reachedOverHttps(req, hops)) res.setHeader("Strict-Transport-Security", "max-age=31536000");
    handle(req, res).catch((err) => {
      log.error({ err, method: req.method, path: (req.url ?? "/").split("?")[0] }, "request failed");
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  }
  // All interfaces, as `next start` does.
  server.listen(port, () => {
    console.log(`> 已启动，端口 ${port}（受信任的反向代理层数 TRUSTED_PROXY_HOPS=${hops}）`);
  });
  // Stop taking requests, then close the database, so an embedded one is left closed and a backup may
  // follow at once (server/db.ts keeps its client on globalThis; server/embedded-lock.mjs).
  onStopSignals(
    [
      () => {
        server.close();
        server.closeAllConnections?.();
      },
      () => app.close?.(),
      () => globalThis.__haishuDb?.close(),
    ],
    { onError: (err) => log.error({ err }, "stopping failed") },
  );
}

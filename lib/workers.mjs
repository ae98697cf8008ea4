// How many server processes one `npm start` runs. Plain JavaScript (ESM) for the same reason as
// client-address.mjs: the Node entry points read it before Next; types in workers.d.mts.

/** The most worker processes one server is allowed: more than any intranet server has cores for. */
export const MAX_WORKERS = 32;

/**
 * Parses WEB_CONCURRENCY (unset or empty = 1). Several workers share the port, each a stateless
 * instance like a second `npm start`; the embedded database is one process's file, so it allows one.
 * Throws, in the words the operator sees, on anything else.
 */
export function parseWorkers(value, embedded) {
  if (value === undefined || value === "") return 1;
  const n = /^\d{1,2}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_WORKERS))
    throw new Error(`WEB_CONCURRENCY 应为 1 到 ${MAX_WORKERS} 之间的整数，收到 “${value}”`);
  if (n > 1 && embedded)
    throw new Error("内置数据库（PGlite）只能由一个进程打开：多进程（WEB_CONCURRENCY 大于 1）须使用 PostgreSQL");
  return n;
}

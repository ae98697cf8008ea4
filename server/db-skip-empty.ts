// Not server-only: server/db-client.ts (the seed, scripts and tests use it too).
import type { SqlDriverAdapterFactory, SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";

// Prisma's query compiler loads a relation with a second statement, `… WHERE "T"."fk" IN (<the parents' keys>)`, and
// sends it even when there are no parents: `IN (NULL)`, which can match no row. A page of a unit with no findings,
// 通报 or returned work sends a dozen of them (15 of the township home's 38 statements at 10× data), each a round trip
// through the driver and, on PGlite, a parse and plan in WASM. They are answered here, empty, without the database.

/**
 * Whether a statement is a plain row read (columns only: no aggregate, which answers a row even from no rows) from
 * one table whose WHERE is only AND-ed terms, one of them `IN (NULL)`.
 */
export function canMatchNoRow(sql: string): boolean {
  const m =
    /^SELECT\s([^()]*?)\sFROM\s"[^"]+"\."[^"]+"\sWHERE\s([\s\S]*?)(?:\sORDER BY\s[^()]*?)?(?:\sLIMIT\s\$\d+)?(?:\sOFFSET\s\$\d+)?$/.exec(
      sql,
    );
  if (!m) return false;
  const condition = m[2];
  // Only conjunctions, nothing that could turn a false term into a match: no OR, no NOT, no sub-select or join.
  if (/\sOR\s|\bNOT\b|\bSELECT\b|\bFROM\b|\bJOIN\b/i.test(condition)) return false;
  const terms = condition.replace(/^\((.*)\)$/s, "$1").split(" AND ");
  return terms.some((t) => /^"[^"]+"\."[^"]+"\."[^"]+" IN \(NULL\)$/.test(t.trim()));
}

const EMPTY: SqlResultSet = { columnNames: [], columnTypes: [], rows: [] };

type Method = (...args: unknown[]) => unknown;

/** The adapter (or transaction) with its reads answered here when they can match no row; everything else its own. */
function answering<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, key) {
      const value: unknown = Reflect.get(obj, key);
      if (typeof value !== "function") return value;
      const method = value as Method;
      if (key === "queryRaw")
        return (q: SqlQuery) => (canMatchNoRow(q.sql) ? Promise.resolve(EMPTY) : method.call(obj, q));
      if (key === "startTransaction")
        return async (...args: unknown[]) => answering((await method.apply(obj, args)) as object);
      return method.bind(obj);
    },
  });
}

/** The factory's connections (and their transactions) answer `IN (NULL)` statements themselves. */
export function skippingEmptyRelationLoads<F extends SqlDriverAdapterFactory>(factory: F): F {
  return new Proxy(factory, {
    get(obj, key) {
      const value: unknown = Reflect.get(obj, key);
      if (typeof value !== "function") return value;
      const method = value as Method;
      if (key === "connect") return async () => answering((await method.call(obj)) as object);
      return method.bind(obj);
    },
  });
}

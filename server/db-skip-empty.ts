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

/** `target` with the methods named in `replace` replaced (each given the original, bound); every other member its own. */
function replacing<T extends object>(target: T, replace: Record<string, (original: Method) => Method>): T {
  return new Proxy(target, {
    get(obj, key) {
      const value: unknown = Reflect.get(obj, key);
      if (typeof value !== "function") return value;
      const original = (value as Method).bind(obj);
      return typeof key === "string" && key in replace ? replace[key](original) : original;
    },
  });
}

/** An adapter or transaction whose reads that can match no row are answered here; its transactions the same. */
function answering<T extends object>(queryable: T): T {
  return replacing(queryable, {
    queryRaw: (original) => (q) => (canMatchNoRow((q as SqlQuery).sql) ? Promise.resolve(EMPTY) : original(q)),
    startTransaction:
      (original) =>
      async (...args) =>
        answering((await original(...args)) as object),
  });
}

/** The factory's connections (and their transactions) answer `IN (NULL)` statements themselves. */
export function skippingEmptyRelationLoads<F extends SqlDriverAdapterFactory>(factory: F): F {
  return replacing(factory, { connect: (original) => async () => answering((await original()) as object) });
}

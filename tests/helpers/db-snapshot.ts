// "Nothing changed": a fingerprint of every table, and the stored files — taken before and after each
// refused request of the authorisation matrix, so it must be cheap. Per table: the row count and the
// largest and summed xmin (the id of the transaction that wrote each row version). Every insert and
// update writes a row version with a newer transaction id than any row already there, and a delete
// lowers the count, so any write moves one of the three — without hashing the content of every row
// (which made the matrix one of the slowest files). A row locked FOR UPDATE keeps its xmin.
// CacheVersion is left out: every successful action bumps it (server/cache.ts), and it holds no data.
import { prisma } from "@/server/db";

import { filesIn } from "./fixtures";

let fingerprintSql: string | null = null;

async function fingerprintQuery(): Promise<string> {
  if (fingerprintSql) return fingerprintSql;
  const names = (
    await prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('_prisma_migrations', 'CacheVersion')
       ORDER BY table_name`,
    )
  ).map((r) => r.name);
  fingerprintSql = names
    .map(
      (t) =>
        `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text || ':' || coalesce(sum(xmin::text::bigint), 0)::text AS f FROM "${t}"`,
    )
    .join(" UNION ALL ");
  return fingerprintSql;
}

export type Snapshot = { tables: Record<string, string>; files: string[] };

/**
 * The last fingerprint and the next transaction id at the time. A transaction gets an id only when it
 * writes (or locks) a row; while the next id is unchanged nothing has been written since, and the
 * tables need not be read again — most refused calls of the matrix write nothing at all.
 */
let last: { nextXid: string; tables: Record<string, string> } | null = null;

/** Every table as "rows:max xmin:sum xmin" (any inserted, deleted or updated row changes it) and the upload directory. */
export async function snapshot(): Promise<Snapshot> {
  const [{ x: nextXid }] = await prisma.$queryRawUnsafe<{ x: string }[]>(
    "SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x",
  );
  if (last?.nextXid !== nextXid) {
    const rows = await prisma.$queryRawUnsafe<{ t: string; f: string }[]>(await fingerprintQuery());
    last = { nextXid, tables: Object.fromEntries(rows.map((r) => [r.t, r.f])) };
  }
  return { tables: { ...last.tables }, files: filesIn().sort() };
}

/** The tables (and "files") that differ, for a readable failure. */
export function changed(before: Snapshot, after: Snapshot): string[] {
  const tables = Object.keys({ ...before.tables, ...after.tables }).filter((t) => before.tables[t] !== after.tables[t]);
  return JSON.stringify(before.files) === JSON.stringify(after.files) ? tables : [...tables, "files"];
}

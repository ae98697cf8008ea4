// "Nothing changed": the row count and a checksum of the content of every table, and the stored files.
// Cheap enough to take before and after each refused request of the authorisation matrix. CacheVersion
// is left out: every successful action bumps it (server/cache.ts), and it holds no data.
import { prisma } from "@/server/db";
import { filesIn } from "./fixtures";

let tables: string[] | null = null;

async function tableNames(): Promise<string[]> {
  tables ??= (
    await prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('_prisma_migrations', 'CacheVersion')
       ORDER BY table_name`,
    )
  ).map((r) => r.name);
  return tables;
}

export type Snapshot = { tables: Record<string, string>; files: string[] };

/** Every table as "rows:checksum" (any inserted, deleted or updated row changes it) and the upload directory. */
export async function snapshot(): Promise<Snapshot> {
  const names = await tableNames();
  const sql = names
    .map((t) => `SELECT '${t}' AS t, count(*)::int AS n, coalesce(md5(string_agg(md5(x::text), ',' ORDER BY md5(x::text))), '') AS h FROM "${t}" x`)
    .join(" UNION ALL ");
  const rows = await prisma.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(sql);
  return {
    tables: Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`])),
    files: filesIn().sort(),
  };
}

/** The tables (and "files") that differ, for a readable failure. */
export function changed(before: Snapshot, after: Snapshot): string[] {
  const tables = Object.keys({ ...before.tables, ...after.tables }).filter((t) => before.tables[t] !== after.tables[t]);
  return JSON.stringify(before.files) === JSON.stringify(after.files) ? tables : [...tables, "files"];
}

// A bare SQL connection to DATABASE_URL (PGlite directory or PostgreSQL), for the backup/restore
// commands and the load benchmark: plain queries and transactions, no Prisma, no server-only code.
import { resolve } from "node:path";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

type Row = Record<string, unknown>;
export interface Sql {
  kind: "pglite" | "postgresql";
  query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function connect(url: string): Promise<Sql> {
  if (url.startsWith("pglite:")) {
    const pglite = new PGlite(resolve(url.slice("pglite:".length)));
    await pglite.waitReady;
    return {
      kind: "pglite",
      query: async <T>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
      close: () => pglite.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    kind: "postgresql",
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    close: () => client.end(),
  };
}

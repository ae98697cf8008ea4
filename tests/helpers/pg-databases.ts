// Per-file PostgreSQL databases for the integration tests: global setup migrates and seeds one
// template database, and every test file gets its own copy (CREATE DATABASE … TEMPLATE), so no file
// sees another's rows — as on PGlite, where each file copies the template's directory. The names
// derive from TEST_DATABASE_URL's database: `<name>_tpl` and `<name>_f<random>`. The database in the
// URL itself is only the connection used to create and drop the others.
import pg from "pg";

/** `postgresql://…/<name>?…` with the database name replaced. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name))
    throw new Error(`TEST_DATABASE_URL: unexpected database name "${name}" (lowercase letters, digits, _)`);
  return name;
}

export const templateName = (base: string) => `${base}_tpl`;
export const fileDatabaseName = (base: string) => `${base}_f${Math.random().toString(36).slice(2, 10)}`;

/** Runs `fn` on a short-lived connection to `url`. */
export async function withAdmin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Drops the databases, whoever is still connected to them (WITH FORCE); missing ones are fine. */
export function dropDatabases(url: string, names: string[]) {
  return withAdmin(url, async (c) => {
    for (const name of names) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/** The per-file copies a run left behind (a crashed or interrupted run), so a re-run starts clean. */
export function leftoverFileDatabases(url: string, base: string): Promise<string[]> {
  return withAdmin(url, async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${base}\\_f%`,
    ]);
    return rows.map((r) => r.datname);
  });
}

export function createDatabase(url: string, name: string, template?: string) {
  return withAdmin(url, async (c) => {
    // Copies from one template may start at the same moment; PostgreSQL refuses a copy while another
    // session is connected to the template, so retry briefly rather than fail the file.
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
        return;
      } catch (e) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  });
}

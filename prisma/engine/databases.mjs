// Database side of the schema-engine stand-in: migration-aware driver adapter factories for
// `pglite:<dir>` (embedded; `pglite:memory:` or no url = in-memory) and `postgres(ql)://` urls,
// plus the engine's `cli` sub-commands.
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import Result from "pg/lib/result.js";
import { PrismaPGlite } from "pglite-prisma-adapter";

const isPglite = (url) => !url || url.startsWith("pglite:");

function pgliteDir(url) {
  const path = (url ?? "pglite:").slice("pglite:".length);
  return path === "" || path.startsWith("memory:") ? undefined : resolve(path);
}

// Both adapters mishandle executeScript, which the engine uses to run migration scripts: PGlite's
// does not await (errors are lost), pg's splits on every `;`. Run the script as one simple query,
// like the native engine does.
function runScriptsWhole(adapter, exec) {
  adapter.executeScript = async (script) => {
    try {
      await exec(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

function pgliteFactory(url) {
  const dir = pgliteDir(url);
  if (dir) mkdirSync(dirname(dir), { recursive: true });
  const client = new PGlite(dir);
  const base = new PrismaPGlite(client);
  return {
    factory: {
      provider: base.provider,
      adapterName: base.adapterName,
      connect: async () => runScriptsWhole(await base.connect(), (s) => client.exec(s)),
      connectToShadowDb: async () => {
        const shadow = new PGlite();
        const adapter = runScriptsWhole(await new PrismaPGlite(shadow).connect(), (s) => shadow.exec(s));
        adapter.dispose = () => shadow.close();
        return adapter;
      },
    },
    close: () => client.close(),
  };
}

// adapter-pg cannot deserialize catalog columns of type "char" (oid 18, e.g. pg_constraint.contype),
// which the engine's introspection reads: deliver them as text.
const addFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields) {
  for (const field of fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
  return addFields.call(this, fields);
};

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

const databaseName = (url) => decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

async function pgAdapter(url) {
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  const adapter = await new PrismaPg({ connectionString: url }, { schema }).connect();
  return runScriptsWhole(adapter, (s) => adapter.underlyingDriver().query(s));
}

function pgFactory(url) {
  // adapter-pg's own connectToShadowDb ignores the database name when given a connection string
  // (so it would migrate the main database): create and drop the shadow database here.
  const shadows = new Set();
  const dropShadow = async (name) => {
    shadows.delete(name);
    await query(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  return {
    factory: {
      provider: "postgres",
      adapterName: "@prisma/adapter-pg",
      connect: () => pgAdapter(url),
      connectToShadowDb: async () => {
        const name = `prisma_migrate_shadow_db_${randomUUID()}`;
        await query(url, `CREATE DATABASE "${name}"`);
        shadows.add(name);
        const adapter = await pgAdapter(withDatabase(url, name));
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await dispose();
          await dropShadow(name);
        };
        return adapter;
      },
    },
    close: () => Promise.all([...shadows].map(dropShadow)),
  };
}

export const openDatabase = (url) => (isPglite(url) ? pgliteFactory(url) : pgFactory(url));

const pgErrorCodes = { "3D000": "P1003", "28P01": "P1000", 28000: "P1000", 42501: "P1010" };

// `schema-engine cli <command>`; throws errors with a Prisma error `code`.
export async function cliCommand(url, command) {
  if (isPglite(url)) {
    const dir = pgliteDir(url);
    if (command === "create-database" && dir) mkdirSync(dir, { recursive: true });
    if (command === "drop-database" && dir) rmSync(dir, { recursive: true, force: true });
    return;
  }
  const name = databaseName(url);
  try {
    if (command === "can-connect-to-database") await query(url, "SELECT 1");
    else if (command === "create-database") await query(withDatabase(url, "postgres"), `CREATE DATABASE "${name}"`);
    else if (command === "drop-database") await query(withDatabase(url, "postgres"), `DROP DATABASE "${name}"`);
    else throw new Error(`Unknown cli command ${command}`);
  } catch (e) {
    const where = `${new URL(url).hostname}:${new URL(url).port || 5432}`;
    const code = pgErrorCodes[e.code] ?? "P1001";
    const message =
      code === "P1003"
        ? `Database \`${name}\` does not exist on the database server at \`${where}\`.`
        : code === "P1001"
          ? `Can't reach database server at \`${where}\`: ${e.message}`
          : e.message;
    throw Object.assign(new Error(message), { code });
  }
}

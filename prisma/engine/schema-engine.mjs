#!/usr/bin/env node
// Offline stand-in for Prisma's native `schema-engine` binary: speaks the binary's command line and
// JSON-RPC protocol (see prisma's SchemaEngineCLI) and delegates to @prisma/schema-engine-wasm,
// connected through a driver adapter: PGlite for `pglite:<dir>` urls, node-postgres otherwise.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

import { cliCommand, openDatabase } from "./databases.mjs";

const wasmJs = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const { version: wasmVersion } = JSON.parse(readFileSync(new URL("package.json", wasmJs), "utf8"));

// Engine log format: JSON lines on stderr (the CLI collects `fields.message`, and ERROR lines).
const log = (level, fields) =>
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target: "schema_engine::logger" }) + "\n",
  );

// Arguments: `--datamodels <file>`… `--datasource <json>` [other `--flag value`] [`cli <command>`].
const argv = process.argv.slice(2);
if (argv.includes("--version")) {
  console.log(`schema-engine-cli ${wasmVersion.split(".").pop()} (wasm stand-in)`);
  process.exit(0);
}
const datamodels = [];
let url;
let command;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--datamodels") datamodels.push(argv[++i]);
  else if (argv[i] === "--datasource") url = JSON.parse(argv[++i]).url;
  else if (argv[i] === "cli") command = argv[++i];
  else if (argv[i].startsWith("--")) i++;
}

if (command) {
  // The CLI skips the first stderr line, then looks for an ERROR line with error_code.
  log("INFO", { message: `Starting schema engine CLI command ${command}` });
  try {
    await cliCommand(url, command);
    process.exit(0);
  } catch (e) {
    log("ERROR", { message: e.message, error_code: e.code ?? "P1001" });
    process.exit(1);
  }
}

// Node refuses the package's bundler-style `import "./schema_engine_bg.wasm"`: instantiate by hand.
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (m) => (panicMessage = m) };
let panicMessage;
const bg = await import(wasmJs);
const { instance } = await WebAssembly.instantiate(readFileSync(new URL("schema_engine_bg.wasm", wasmJs)), {
  "./schema_engine_bg.js": bg,
});
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();

const send = (msg) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...msg }) + "\n");

// A panic inside an engine callback surfaces as an uncaught RuntimeError; the wasm instance is then
// unusable: answer the pending request and exit like the native engine does (code 101).
let current;
process.prependListener("uncaughtException", (e) => {
  log("ERROR", { message: panicMessage ?? String(e), is_panic: true });
  if (current) send({ id: current.id, error: toRpcError(e) });
  process.exit(101);
});

let db;
let engine;
let startupError;
try {
  db = await openDatabase(url);
  // Commands without a schema (e.g. `migrate diff`) still need one to pick the connector.
  const files = datamodels.map((file) => [file, readFileSync(file, "utf8")]);
  if (!files.length) files.push(["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']);
  engine = await bg.SchemaEngine.new(
    { datamodels: files },
    (line) => process.stderr.write(line.endsWith("\n") ? line : line + "\n"),
    bindMigrationAwareSqlAdapterFactory(db.factory),
  );
} catch (e) {
  startupError = e; // reported on the first request, as the native engine does for connection errors
}

// User-facing engine errors carry their Prisma error code (e.g. P3008) in `code`.
function toRpcError(e) {
  const isPanic = e instanceof WebAssembly.RuntimeError;
  const data = { is_panic: isPanic, message: isPanic ? (panicMessage ?? e.message) : String(e?.message ?? e) };
  if (/^P\d{4}$/.test(e?.code)) data.error_code = e.code;
  // The CLI shows `message` for panics, `data.message` otherwise.
  return { code: 4466, message: isPanic ? data.message : "An error happened. Check the data field for details.", data };
}

const methods = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "diff",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

let printId = 0;
async function handle(req) {
  if (startupError) throw startupError;
  if (req.method === "getDatabaseVersion") return engine.version(req.params);
  if (!methods.has(req.method)) throw new Error(`Method ${req.method} is not supported by the wasm schema engine`);
  const params = req.params ?? {};
  let result;
  try {
    result = await engine[req.method](params);
  } catch (e) {
    // evaluateDataLoss/createMigration only read the migrations' schema from a cache that the
    // shadow-database-aware commands fill (devDiagnostic skips it when migrations are merely
    // pending): fill it, then retry.
    if (!/shadow DB must be provided through an external factory/.test(e?.message) || !params.migrationsList) throw e;
    const { migrationsList, filters } = params;
    await engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
    result = await engine[req.method](params);
  }
  if (req.method === "diff" && result.stdout != null) {
    // Like the native engine: the CLI prints what arrives as a `print` request.
    send({ id: `print-${++printId}`, method: "print", params: { content: result.stdout } });
    return { ...result, stdout: null };
  }
  return result ?? {};
}

// One request at a time; lines without a method are the CLI's answers to our `print` requests.
let queue = Promise.resolve();
createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    if (!line.trim()) return;
    const req = JSON.parse(line);
    if (!req.method) return;
    queue = queue.then(() =>
      handle((current = req)).then(
        (result) => send({ id: req.id, result }),
        (e) => send({ id: req.id, error: toRpcError(e) }),
      ),
    );
  })
  .on("close", () =>
    queue.then(async () => {
      engine?.free();
      await db?.close();
      process.exit(0);
    }),
  );

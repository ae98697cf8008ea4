import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { defineConfig } from "prisma/config";

import { DEFAULT_DATABASE_URL } from "./server/env";

// Prisma 7 does not read .env itself.
if (existsSync(".env")) process.loadEnvFile(".env");

// Offline intranet installs: the CLI would download a native schema engine; run our wasm stand-in
// instead unless the machine already provides a real engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL("./prisma/engine/schema-engine.mjs", import.meta.url),
);

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL || DEFAULT_DATABASE_URL },
});

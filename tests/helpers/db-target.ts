// Which database the integration tests of this worker run on: embedded PGlite by default, the PostgreSQL
// server in TEST_DATABASE_URL when the project's TEST_DB_TARGET is "postgres" (vitest.config.ts; `npm test`
// runs a share of the files on each, tests/integration-share.ts).
export const onPostgres = process.env.TEST_DB_TARGET === "postgres";

export function postgresUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url?.startsWith("postgres")) throw new Error("TEST_DB_TARGET=postgres needs TEST_DATABASE_URL=postgresql://…");
  return url;
}

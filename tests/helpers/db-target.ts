// Which database the integration tests run on: embedded PGlite by default, the PostgreSQL server
// in TEST_DATABASE_URL when TEST_DB_TARGET=postgres (CI runs the suite on both).
export const onPostgres = process.env.TEST_DB_TARGET === "postgres";

export function postgresUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url?.startsWith("postgres")) throw new Error("TEST_DB_TARGET=postgres needs TEST_DATABASE_URL=postgresql://…");
  return url;
}

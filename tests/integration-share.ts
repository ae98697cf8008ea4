// Which database each integration test file runs on when `npm test` has both (TEST_DATABASE_URL set:
// scripts/test.sh sets VITEST_SPLIT=1). Every file runs once: the files below on embedded PGlite, every
// other one — new files included — on PostgreSQL, the production database. Without VITEST_SPLIT every
// file runs on the one database chosen (PGlite, or PostgreSQL with TEST_DB_TARGET=postgres).
//
// On PGlite: what only the embedded database does or what behaves differently there — the backup of a
// stopped portal, the start-stop sequence, single-connection queuing, the living demo data an embedded
// installation writes — then a share of the rest chosen by measured duration (about half the suite's time):
// imports, uploads and storage, the job runner, documents and the archive. PostgreSQL keeps what only it
// shows: truly parallel transactions (races), the PostgreSQL branch of backup (storage/backup-s3).
// tests/unit/integration-share.test.ts fails on an entry naming no file.
export const PGLITE_SHARE = [
  // The embedded database's own behaviour.
  "backup-after-stop",
  "backup-restore",
  "start-stop-backup",
  "concurrency",
  "seed",
  "demo-seed",
  // A balanced share of the rest.
  "archive/evidence-archive",
  "dashboard-as-of",
  "dashboard-cache",
  "documents/data-date",
  "documents/documents",
  "hostile-input",
  "import/hostile-imports",
  "import/import-failure",
  "import/ledger-import",
  "ops/action-log",
  "ops/health",
  "ops/jobs",
  "storage/contract",
  "storage/s3-uploads",
  "uploads/field-photos",
  "uploads/file-headers",
  "uploads/hostile-uploads",
  "uploads/pipeline",
  "uploads/same-origin",
].map((name) => `tests/integration/${name}.test.ts`);

export const INTEGRATION_FILES = "tests/integration/**/*.test.ts";

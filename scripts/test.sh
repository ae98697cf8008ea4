#!/usr/bin/env bash
# `npm test`: every test. Types, migrations against the schema (drift), unit and integration tests on
# embedded PGlite — and on PostgreSQL when TEST_DATABASE_URL is set — then end-to-end in Chromium
# (against PostgreSQL too when E2E_DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."

# First, so a missing browser stops the run now rather than after minutes of other tests.
echo "== Chromium"
bash scripts/provision.sh chromium

echo "== 类型检查 (tsc)"
npx tsc --noEmit

echo "== 代码规范 (ESLint, Prettier)"
npm run lint && npm run format:check

echo "== 迁移与 schema 一致性 (prisma migrate diff)"
DATABASE_URL="pglite:./.data/drift-check" npx prisma migrate diff \
  --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code
rm -rf .data/drift-check

echo "== 单元与集成测试 (vitest, PGlite)"
npx vitest run

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  echo "== 集成测试 (vitest, PostgreSQL)"
  TEST_DB_TARGET=postgres npx vitest run tests/integration
fi

echo "== 端到端测试 (Playwright + Chromium, PGlite)"
npx playwright test

if [[ -n "${E2E_DATABASE_URL:-}" ]]; then
  echo "== 端到端测试 (Playwright + Chromium, PostgreSQL)"
  E2E_TARGET=postgres npx playwright test
fi

#!/usr/bin/env bash
# `npm test`: every test. Types, migrations against the schema (drift), unit tests, integration tests
# on embedded PGlite — and on PostgreSQL when TEST_DATABASE_URL is set — then one production build and
# the end-to-end tests in Chromium on it (against PostgreSQL too when E2E_DATABASE_URL is set: both
# runs side by side, each with its own portal and database; E2E_SEQUENTIAL=1 runs them one after the other).
set -euo pipefail
cd "$(dirname "$0")/.."

# `stage NAME command…`: runs one stage and prints its wall time, so a slow stage shows in the log.
stage() {
  local name=$1 t0=$SECONDS
  shift
  echo "== $name"
  "$@"
  echo "== 阶段 $name 用时 $((SECONDS - t0)) s"
}

# First, so a missing browser stops the run now rather than after minutes of other tests.
stage "Chromium" bash scripts/provision.sh chromium

stage "类型检查 (tsc)" npx tsc --noEmit

stage "代码规范 (ESLint, Prettier)" bash -c "npm run lint && npm run format:check"

drift() {
  DATABASE_URL="pglite:./.data/drift-check" npx prisma migrate diff \
    --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code
  rm -rf .data/drift-check
}
stage "迁移与 schema 一致性 (prisma migrate diff)" drift

stage "单元与集成测试 (vitest, PGlite)" npx vitest run

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  stage "集成测试 (vitest, PostgreSQL)" env TEST_DB_TARGET=postgres npx vitest run --project integration
fi

# One build for every end-to-end run (their portals find it up to date and skip building). tsc passed
# above on these sources, so the build skips its own type check. Collecting the pages opens the
# database: a throwaway one, never the developer's .data/pglite.
build() {
  TSC_PASSED=1 NEXT_TELEMETRY_DISABLED=1 DATABASE_URL="pglite:./.data/build-scratch" npx next build
  rm -rf .data/build-scratch
}
stage "构建 (next build)" build

# `e2e TARGET PORT`: one Playwright run against its own portal on PORT, its lines prefixed with the target.
# The PGlite run without E2E_DATABASE_URL: tests/e2e/instances.spec.ts (two portals on PostgreSQL, fixed
# ports) then runs only in the PostgreSQL run — not twice, and not both at once.
e2e() {
  local target=$1 port=$2
  if [[ $target == pglite ]]; then
    env -u E2E_DATABASE_URL E2E_TARGET=pglite E2E_PORT="$port" npx playwright test 2>&1 | sed -u "s/^/[$target] /"
  else
    E2E_TARGET=$target E2E_PORT=$port npx playwright test 2>&1 | sed -u "s/^/[$target] /"
  fi
}
# With both databases the two runs share the suite, each spec on one of them (playwright.config.ts,
# E2E_SPLIT); E2E_FULL=1 runs every spec on both.
if [[ -n "${E2E_DATABASE_URL:-}" && "${E2E_FULL:-0}" != "1" ]]; then
  export E2E_SPLIT=1
fi
if [[ -z "${E2E_DATABASE_URL:-}" ]]; then
  stage "端到端测试 (Playwright + Chromium, PGlite)" e2e pglite "${E2E_PORT:-3100}"
elif [[ "${E2E_SEQUENTIAL:-0}" == "1" ]]; then
  stage "端到端测试 (Playwright + Chromium, PGlite)" e2e pglite "${E2E_PORT:-3100}"
  stage "端到端测试 (Playwright + Chromium, PostgreSQL)" e2e postgres "${E2E_PG_PORT:-3101}"
else
  # Side by side: one run keeps about one core busy (one worker; browser, portal and database take turns).
  both() {
    e2e pglite "${E2E_PORT:-3100}" &
    local pglite=$!
    local status=0
    e2e postgres "${E2E_PG_PORT:-3101}" || status=$?
    wait "$pglite" || status=$?
    return "$status"
  }
  stage "端到端测试 (Playwright + Chromium, PGlite 与 PostgreSQL 同时)" both
fi

#!/usr/bin/env bash
# `npm test`: every test. Types, lint and format, migrations against the schema (drift) and one production
# build side by side; unit tests and integration tests on embedded PGlite — shared with PostgreSQL when
# TEST_DATABASE_URL is set (each file on one of them, tests/integration-share.ts; VITEST_FULL=1: every file
# on both) — then the end-to-end tests in Chromium on the build (shared the same way with PostgreSQL when
# E2E_DATABASE_URL is set: both runs side by side, each with its own portal and database;
# E2E_SEQUENTIAL=1 runs them one after the other, E2E_FULL=1 runs every spec on both).
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

# `together FUNCTION…`: the functions side by side, each into its own log; then each log in order with the
# function's own time. Fails when any of them failed.
together() {
  local dir=.data/test-logs status=0 pids=() f i
  rm -rf "$dir" && mkdir -p "$dir"
  for f in "$@"; do
    # A plain command in its own shell, so `set -e` holds inside the function too (not after `&&`).
    (
      t0=$SECONDS
      "$f" >"$dir/$f.log" 2>&1
      echo $((SECONDS - t0)) >"$dir/$f.time"
    ) &
    pids+=("$!")
  done
  for i in "${!pids[@]}"; do
    f=${@:i+1:1}
    wait "${pids[$i]}" || status=1
    cat "$dir/$f.log"
    if [[ -f "$dir/$f.time" ]]; then echo "== 阶段 ${LABELS[$f]} 用时 $(cat "$dir/$f.time") s"; else echo "== ${LABELS[$f]}：失败"; fi
  done
  rm -rf "$dir"
  return "$status"
}
declare -A LABELS

LABELS[typecheck]="类型检查 (tsc)"
typecheck() { npx tsc --noEmit; }

LABELS[lint]="代码规范 (ESLint, Prettier)"
lint() { npm run -s lint && npm run -s format:check; }

LABELS[drift]="迁移与 schema 一致性 (prisma migrate diff)；迁移后的空内置库"
drift() {
  DATABASE_URL="pglite:./.data/drift-check" npx prisma migrate diff \
    --from-migrations prisma/migrations --to-schema prisma/schema.prisma --exit-code
  rm -rf .data/drift-check
  # The migrated empty embedded database the test template and the benchmarks copy (scripts/migrated-pglite.ts),
  # made here beside the build rather than by whichever of them starts first.
  npx tsx scripts/migrated-pglite.ts
}

# One build for every end-to-end run (their portals find it up to date and skip building). tsc runs beside
# it on these very sources, and the stage fails when it fails, so the build skips its own type check.
# Collecting the pages opens the database: a throwaway one, never the developer's .data/pglite.
LABELS[build]="构建 (next build)"
build() {
  TSC_PASSED=1 NEXT_TELEMETRY_DISABLED=1 DATABASE_URL="pglite:./.data/build-scratch" npx next build
  rm -rf .data/build-scratch
  # For .ci/run: the build is complete, its operator checks may start on it.
  touch .data/build-done
}

# Side by side: tsc, ESLint and Prettier each keep one core busy only part of the time; the build fills the rest.
stage "类型检查、代码规范、迁移一致性与构建 (同时进行)" together typecheck lint drift build

# The unit tests, then each integration file on its own copy of a seeded template database. With
# TEST_DATABASE_URL the integration files share PGlite and PostgreSQL in one run (VITEST_SPLIT=1,
# vitest.config.ts): the PGlite share of tests/integration-share.ts on PGlite, every other file on
# PostgreSQL, both templates prepared at once and the workers shared. VITEST_FULL=1: every file on both.
if [[ -z "${TEST_DATABASE_URL:-}" ]]; then
  stage "单元与集成测试 (vitest, PGlite)" npx vitest run
elif [[ "${VITEST_FULL:-0}" == "1" ]]; then
  stage "单元与集成测试 (vitest, PGlite)" npx vitest run
  stage "集成测试 (vitest, PostgreSQL)" env TEST_DB_TARGET=postgres npx vitest run --project integration
else
  stage "单元与集成测试 (vitest, 集成测试分在 PGlite 与 PostgreSQL 上)" env VITEST_SPLIT=1 npx vitest run
fi

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

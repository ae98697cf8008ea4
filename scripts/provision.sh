#!/usr/bin/env bash
# What the tests need beyond `npm install`, shared by `npm test` (scripts/test.sh) and CI (.ci/run).
# Idempotent: each step checks first and does nothing when it is already there.
#   scripts/provision.sh chromium   Debian's Chromium for the end-to-end tests (installed when we are
#                                   root on Debian; otherwise stop at once with the command to run)
#   scripts/provision.sh postgres   PostgreSQL 15 started on 127.0.0.1:5432 with role haishu and the
#                                   databases haishu_test and haishu_e2e (root on Debian only)
#   scripts/provision.sh libreoffice  Debian's headless LibreOffice Calc, which opens the 淘汰设备清单 in CI
#                                   (npm run check:libreoffice; root on Debian only)
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

can_apt() { [[ $(id -u) == 0 && -f /etc/debian_version ]] && command -v apt-get >/dev/null; }

apt_updated=0
apt_install() {
  if (( ! apt_updated )); then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

provision_chromium() {
  if [[ ! -x "$CHROMIUM" ]]; then
    if [[ -z "${CHROMIUM_PATH:-}" ]] && can_apt; then
      echo "== 安装 Chromium (apt-get install chromium)"
      apt_install chromium
    else
      echo "端到端测试需要 Chromium，未找到 $CHROMIUM。请先运行：" >&2
      if [[ -n "${CHROMIUM_PATH:-}" ]]; then echo "  （检查 CHROMIUM_PATH=$CHROMIUM_PATH 是否正确）" >&2
      else echo "  sudo apt-get install -y chromium" >&2; fi
      exit 1
    fi
  fi
  "$CHROMIUM" --version
  # A Chinese font, as on the officers' phones: without one Chromium draws boxes that do not wrap as Chinese text
  # does, and the phone checks (tests/e2e/tap-targets.spec.ts: headers one character per line) measure nothing real.
  if command -v fc-list >/dev/null && [[ -z "$(fc-list :lang=zh family)" ]]; then
    if can_apt; then
      echo "== 安装中文字体 (apt-get install fonts-noto-cjk)"
      apt_install --no-install-recommends fonts-noto-cjk
    else
      echo "未找到中文字体，手机版式检查将不准确。请先运行：sudo apt-get install -y fonts-noto-cjk" >&2
    fi
  fi
}

provision_postgres() {
  if ! can_apt; then echo "PostgreSQL 的自动安装需要 Debian 上的 root 权限" >&2; exit 1; fi
  command -v pg_ctlcluster >/dev/null || apt_install postgresql
  [[ -d /etc/postgresql/15/main ]] || pg_createcluster 15 main
  pg_ctlcluster --skip-systemctl-redirect 15 main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  pg_isready -h 127.0.0.1 -p 5432
  psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
  [[ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='haishu'")" == 1 ]] \
    || psql_admin "CREATE ROLE haishu LOGIN SUPERUSER PASSWORD 'haishu'"
  for db in haishu_test haishu_e2e; do
    [[ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='$db'")" == 1 ]] || psql_admin "CREATE DATABASE $db OWNER haishu"
  done
}

provision_libreoffice() {
  if ! command -v soffice >/dev/null; then
    if ! can_apt; then echo "LibreOffice 的自动安装需要 Debian 上的 root 权限" >&2; exit 1; fi
    apt_install --no-install-recommends libreoffice-calc-nogui
  fi
  soffice --version
}

[[ $# -gt 0 ]] || { echo "usage: $0 chromium|postgres|libreoffice ..." >&2; exit 2; }
for step in "$@"; do
  case "$step" in
    chromium) provision_chromium ;;
    postgres) provision_postgres ;;
    libreoffice) provision_libreoffice ;;
    *) echo "unknown step: $step" >&2; exit 2 ;;
  esac
done

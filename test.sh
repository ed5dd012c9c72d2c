#!/usr/bin/env bash
# Runs every test of Kansrijk on this machine: unit, integration on SQLite and on PostgreSQL, and browser tests.
# Installs what is missing (Chromium, LibreOffice Writer, pdftotext, PostgreSQL, npm packages via the build) and starts a throwaway
# PostgreSQL server from the machine's binaries. Usage: ./test.sh
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

say() { printf '\n== %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
need_apt() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# --- what the tests need -----------------------------------------------------------------------
if [ ! -x /usr/bin/chromium ]; then say "Chromium installeren (apt)"; need_apt chromium; fi
# LibreOffice lays out the Word file of the progress report, pdftotext reads the PDFs (tests that need them fail without)
if ! command -v soffice >/dev/null; then say "LibreOffice Writer installeren (apt)"; need_apt libreoffice-writer-nogui; fi
if ! command -v pdftotext >/dev/null; then say "pdftotext installeren (apt, poppler-utils)"; need_apt poppler-utils; fi
# shellcheck source=scripts/postgres.sh
. "$root/scripts/postgres.sh"
# Everything this run writes to the temp folder (test databases, results, logs) goes to one folder, removed at the end.
work=$(mktemp -d /tmp/kansrijk-test.XXXXXX)
remove_work() { rm -rf "$work"; }
on_exit remove_work
export TMPDIR="$work/tmp"; mkdir -p "$TMPDIR"
say "Script: poorten"
bash "$root/tests/scripts/ports-test.sh"
# The old fixed port stays taken during this run (when it is free), so the run proves it does not need it.
if ! port_in_use 55432; then
  python3 -c 'import socket,time; s=socket.socket(); s.bind(("127.0.0.1", 55432)); s.listen(); time.sleep(86400)' &
  blocker=$!
  stop_blocker() { kill "$blocker" 2>/dev/null || true; }
  on_exit stop_blocker
fi
say "PostgreSQL"
start_throwaway_postgres "-c fsync=off"

# --- build and check style -----------------------------------------------------------------------
say "Bouwen"
dotnet tool restore >/dev/null
dotnet build Kansrijk.slnx -c Release -nologo -v quiet
say "Codestijl controleren (dotnet format)"
dotnet format Kansrijk.slnx --verify-no-changes --no-restore -v quiet

# --- the deployment shape: two Release instances on PostgreSQL behind nginx (scripts/deployment.sh) ------------
# shellcheck source=scripts/deployment.sh
. "$root/scripts/deployment.sh"
say "Twee instanties achter nginx"
start_deployment "$work"

say "API-regels controleren (Spectral, NL API Design Rules)"
(cd tests/api-lint && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
curl -ksf "$KANSRIJK_DEPLOYMENT_URL/api/v1/openapi.json" -o "$work/openapi.json"
set +e
(cd tests/api-lint && npx --no-install spectral lint --ruleset nl-api-design-rules.yaml --fail-severity error "$work/openapi.json")
lint=$?
set -e

# --- the tests, by kind ------------------------------------------------------------------------
results="$work/results"; mkdir -p "$results"
passed=0; failed=0; summary=()
if [ "$lint" -eq 0 ]; then passed=$((passed + 1)); summary+=("Spectral: 1 passed, 0 failed")
else failed=$((failed + 1)); summary+=("Spectral: 0 passed, 1 failed"); fi
for kind in Unit Sqlite Postgres Browser Deployment; do
  say "Tests: $kind"
  set +e
  dotnet test tests/Kansrijk.Tests -c Release --no-build --nologo --filter "Kind=$kind" \
    --logger "trx;LogFileName=$kind.trx" --results-directory "$results" -v quiet
  set -e
  trx="$results/$kind.trx"
  count() { { grep -o "$1=\"[0-9]*\"" "$trx" 2>/dev/null || true; } | head -n 1 | tr -dc 0-9; }
  t=$(count total); p=$(count passed); f=$(count failed)
  t=${t:-0}; p=${p:-0}; f=${f:-0}
  # a test that did not reach an outcome, or a run that wrote no results, counts as failed
  [ -f "$trx" ] || f=$((f + 1))
  [ $((t - p - f)) -gt 0 ] && f=$((t - p))
  passed=$((passed + p)); failed=$((failed + f))
  summary+=("$kind: $p passed, $f failed")
  if [ "$kind" = Deployment ] && [ "$f" -gt 0 ]; then print_deployment_logs; fi
done

say "Samenvatting"
printf '%s\n' "${summary[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

#!/usr/bin/env bash
# Runs the monitor benchmark on SQLite and on a throwaway PostgreSQL (fsync on, as in production).
# Usage: benchmarks/run.sh [requests per page]            — the monitor benchmark
#        benchmarks/run.sh carepaths [requests per page]  — the care path and social map benchmark
#        benchmarks/run.sh observability [seconds per URL] — request log and OpenTelemetry on versus off (wrk)
#        benchmarks/run.sh throughput [seconds per URL]   — requests per second under 32 connections (wrk), re-import
#        benchmarks/run.sh uncached [seconds per URL]     — care path page and social map without the output cache (wrk)
#        benchmarks/run.sh import-load                    — login and page latency during a 102,600-row import; re-import time
#        benchmarks/run.sh accesslog [seconds per URL]    — throughput of a page that writes an access-log row (wrk, 32 connections)
#        benchmarks/run.sh involvement [registrations]    — involvement matching of a new registration with 10,000 pathways present
#        benchmarks/run.sh caseload [requests per page]   — "Mijn cliënten" and the inbox with 10,000 pathways and 40,000 referrals
#        benchmarks/run.sh signalling [submissions]       — submit a self-report and compute the advice with 10,000 submitted questionnaires
# Results go to the console; see docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../scripts/postgres.sh
. scripts/postgres.sh
start_throwaway_postgres
if [ "${1:-}" = observability ]; then
  command -v wrk >/dev/null || { if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi; }
  exec dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- observability "${2:-5}"
fi
if [ "${1:-}" = involvement ]; then
  exec dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- involvement "${2:-200}"
fi
if [ "${1:-}" = caseload ]; then
  exec dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- caseload "${2:-200}"
fi
if [ "${1:-}" = signalling ]; then
  exec dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- signalling "${2:-200}"
fi
if [ "${1:-}" = import-load ]; then
  exec dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- import-load
fi
if [ "${1:-}" = accesslog ]; then
  command -v wrk >/dev/null || { if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi; }
  exec dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- accesslog "${2:-5}"
fi
if [ "${1:-}" = uncached ]; then
  exec dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- uncached "${2:-5}"
fi
if [ "${1:-}" = throughput ] && ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
if [ "${1:-}" = throughput ]; then
  dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- throughput "${2:-10}"
elif [ "${1:-}" = carepaths ]; then
  dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- carepaths "${2:-300}"
else
  dotnet run -c Release --project benchmarks/Kansrijk.Benchmarks -- "${1:-300}"
fi

# Starts a throwaway PostgreSQL server on loopback from the machine's binaries (installed with apt if missing)
# and exports KANSRIJK_TEST_POSTGRES. Sourced by test.sh and benchmarks/run.sh; the server stops when the shell exits.
# The port is KANSRIJK_TEST_PG_PORT when set, otherwise a free one (scripts/ports.sh), so two runs on one machine
# do not collide. When the server does not start, its log is printed.
# Usage: start_throwaway_postgres [extra postgres -c options, e.g. "-c fsync=off"]

# shellcheck source=ports.sh
. "$(dirname "${BASH_SOURCE[0]}")/ports.sh"

start_throwaway_postgres() {
  local extra=${1:-}
  pg_bin=""
  for dir in $(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)") /usr/lib/postgresql/*/bin; do
    # the real folder (a link in /usr/local/bin has no createdb or psql beside it)
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then pg_bin=$(dirname "$(readlink -f "$dir/initdb")"); break; fi
  done
  if [ -z "$pg_bin" ]; then
    echo "PostgreSQL installeren (apt)"
    [ "$(id -u)" = 0 ] || { echo "PostgreSQL ontbreekt; installeer het pakket postgresql." >&2; return 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi

  if [ -n "${KANSRIJK_TEST_PG_PORT:-}" ]; then pg_port=$KANSRIJK_TEST_PG_PORT; else pick_port pg_port || return 1; fi
  if port_in_use "$pg_port"; then
    echo "Poort $pg_port is al bezet; kies een andere met KANSRIJK_TEST_PG_PORT of laat die leeg." >&2
    return 1
  fi
  pg_dir=$(mktemp -d /tmp/kansrijk-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root: the server runs as the postgres user, made here if the machine lacks it
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres "$pg_dir"
  fi
  on_exit stop_throwaway_postgres
  echo "PostgreSQL starten op poort $pg_port"
  run_as_postgres "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >"$pg_dir/initdb.log" 2>&1 \
    || { echo "initdb mislukte:" >&2; cat "$pg_dir/initdb.log" >&2; return 1; }
  if ! run_as_postgres "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/log' -w -t 60 -o \"-p $pg_port -k '$pg_dir' -c listen_addresses=127.0.0.1 -c max_connections=200 $extra\" start" >/dev/null; then
    echo "PostgreSQL startte niet op poort $pg_port. Het serverlog:" >&2
    cat "$pg_dir/log" >&2 || true
    return 1
  fi
  export KANSRIJK_TEST_PG_PORT_USED=$pg_port
  export KANSRIJK_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Include Error Detail=true"
}

run_as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

stop_throwaway_postgres() {
  [ -n "${pg_dir:-}" ] || return 0
  run_as_postgres "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}

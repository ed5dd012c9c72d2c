#!/usr/bin/env bash
# Checks the port helpers of the test script: a free port is really free and never given twice, and a
# PostgreSQL start on a taken port stops with a message that names the port. Run by test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=../../scripts/ports.sh
. "$root/scripts/ports.sh"
fail() { echo "FOUT: $*" >&2; exit 1; }

# a listener on a port we pick, to play "the default port is taken"
pick_port taken
python3 -c 'import socket,sys,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(); time.sleep(120)' "$taken" &
listener=$!
trap 'kill $listener 2>/dev/null || true' EXIT
for _ in $(seq 50); do port_in_use "$taken" && break; sleep 0.1; done
port_in_use "$taken" || fail "de luisteraar op poort $taken draait niet"

pick_port a; pick_port b
[ "$a" != "$b" ] || fail "pick_port gaf twee keer poort $a"
[ "$a" != "$taken" ] && [ "$b" != "$taken" ] || fail "pick_port gaf de bezette poort $taken"
port_in_use "$a" && fail "pick_port gaf poort $a, waar al iets luistert"

# starting PostgreSQL on the taken port must fail with a clear line, not hang or start elsewhere
out=$(KANSRIJK_TEST_PG_PORT=$taken bash -c ". '$root/scripts/postgres.sh'; start_throwaway_postgres" 2>&1) \
  && fail "PostgreSQL startte op een bezette poort"
grep -q "Poort $taken is al bezet" <<<"$out" || fail "geen duidelijke melding voor de bezette poort: $out"
echo "ports: 3 passed"

# Helpers for scripts that start servers: free ports and one EXIT trap that runs every registered clean-up.
# Sourced by scripts/postgres.sh, test.sh and benchmarks/run.sh.

# port_in_use PORT: true when something listens on 127.0.0.1:PORT (or any address on that port).
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
  if command -v ss >/dev/null 2>&1; then
    ss -Htln "sport = :$1" 2>/dev/null | grep -q . && return 0
  fi
  return 1
}

# pick_port NAME: sets the variable NAME to a TCP port nobody listens on, from a range away from the usual
# defaults, and remembers it in this shell so two calls never give the same port (not in a $(...) subshell).
_ports_given=" "
pick_port() {
  local _candidate _tries=0
  while [ $_tries -lt 200 ]; do
    _candidate=$(( 20000 + (RANDOM * 32768 + RANDOM) % 30000 ))
    _tries=$((_tries + 1))
    case "$_ports_given" in *" $_candidate "*) continue ;; esac
    port_in_use "$_candidate" && continue
    _ports_given="$_ports_given$_candidate "
    printf -v "$1" '%s' "$_candidate"
    return 0
  done
  echo "Geen vrije poort gevonden." >&2
  return 1
}

# on_exit COMMAND: runs COMMAND when the shell exits, after the ones registered before it (last in, first out).
_exit_actions=()
on_exit() {
  _exit_actions=("$1" "${_exit_actions[@]}")
  trap _run_exit_actions EXIT
}
_run_exit_actions() {
  local action
  for action in "${_exit_actions[@]}"; do "$action" || true; done
}

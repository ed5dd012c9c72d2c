# Starts Kansrijk the way a municipality runs it: a Release build as two instances on the throwaway PostgreSQL,
# migrated beforehand by `Kansrijk migrate`, behind nginx (deploy/nginx/kansrijk.conf) with TLS and round-robin.
# Sourced by test.sh after scripts/postgres.sh; exports KANSRIJK_DEPLOYMENT_URL, KANSRIJK_DEPLOYMENT_INSTANCES and
# KANSRIJK_DEPLOYMENT_DATABASE for the Deployment tests. Everything stops, and its files go, when the shell exits;
# when something does not start, its log is printed.
# Usage: start_deployment WORK_FOLDER

start_deployment() {
  local work=$1 root dll key i
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  dll="$root/src/Kansrijk/bin/Release/net10.0/Kansrijk.dll"
  deploy_dir="$work/deployment"; mkdir -p "$deploy_dir/nginx/logs" "$deploy_dir/nginx/temp"
  [ -f "$dll" ] || { echo "Geen Release-build: $dll ontbreekt." >&2; return 1; }
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    echo "nginx installeren (apt)"
    [ "$(id -u)" = 0 ] || { echo "nginx ontbreekt; installeer het pakket nginx." >&2; return 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  fi
  local nginx_bin; nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

  "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres kansrijk_deployment
  export KANSRIJK_DEPLOYMENT_DATABASE="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=kansrijk_deployment"
  key=$(head -c 32 /dev/urandom | base64)
  # one access-log key for both instances (as from a secret store); each keeps its own checkpoint file
  log_key=$(head -c 32 /dev/urandom | base64)
  local common=(Database__Provider=Postgres "ConnectionStrings__Kansrijk=$KANSRIJK_DEPLOYMENT_DATABASE"
    "DataProtection__EncryptionKey=$key" "AccessLog__Key=$log_key" DOTNET_NOLOGO=1)

  # 1. the deployment step: migrations, reference data and (Development only) the demo accounts the tests log in with
  if ! (cd "$root/src/Kansrijk" && env "${common[@]}" ASPNETCORE_ENVIRONMENT=Development "AccessLog__CheckpointFile=$deploy_dir/access-log-migrate.checkpoints" dotnet "$dll" migrate --demo) >"$deploy_dir/migrate.log" 2>&1; then
    echo "'Kansrijk migrate' mislukte:" >&2; cat "$deploy_dir/migrate.log" >&2; return 1
  fi

  # 2. two instances in Production, which do not migrate themselves and believe only the local proxy
  deploy_pids=()
  local instances=()
  for i in 1 2; do
    local port; pick_port port
    # run from the project folder, as from a publish folder: content root with wwwroot and appsettings.json
    (cd "$root/src/Kansrijk" && exec env "${common[@]}" ASPNETCORE_ENVIRONMENT=Production "ASPNETCORE_URLS=http://127.0.0.1:$port" \
      Database__MigrateOnStart=false ForwardedHeaders__KnownProxies__0=127.0.0.1 HttpsPort=443 RequestLog__Enabled=true \
      "AccessLog__CheckpointFile=$deploy_dir/access-log-$i.checkpoints" \
      dotnet "$dll") >"$deploy_dir/app$i.log" 2>&1 &
    deploy_pids+=($!)
    instances+=("http://127.0.0.1:$port")
  done
  on_exit stop_deployment
  for i in 0 1; do
    wait_for "${instances[$i]}/health/ready" "$deploy_dir/app$((i + 1)).log" "${deploy_pids[$i]}" || return 1
  done

  # 3. nginx with a throwaway certificate, the repo's site file and a main file for this folder
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
    -keyout "$deploy_dir/nginx/key.pem" -out "$deploy_dir/nginx/cert.pem" >/dev/null 2>&1
  local nginx_port; pick_port nginx_port
  sed -e "s#__APP1__#${instances[0]#http://}#" -e "s#__APP2__#${instances[1]#http://}#" \
      -e "s#__LISTEN__#127.0.0.1:$nginx_port#" -e "s#__SERVER_NAME__#localhost#" \
      -e "s#__CERTIFICATE__#$deploy_dir/nginx/cert.pem#" -e "s#__CERTIFICATE_KEY__#$deploy_dir/nginx/key.pem#" \
      -e 's|# __TEST_HEADERS__|add_header X-Kansrijk-Upstream $upstream_addr always;|' \
      "$root/deploy/nginx/kansrijk.conf" >"$deploy_dir/nginx/kansrijk.conf"
  cat >"$deploy_dir/nginx/nginx.conf" <<NGINX
$( [ "$(id -u)" = 0 ] && echo "user root;" )
daemon off;
worker_processes 1;
pid $deploy_dir/nginx/nginx.pid;
error_log $deploy_dir/nginx/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log $deploy_dir/nginx/logs/access.log;
  client_body_temp_path $deploy_dir/nginx/temp/body;
  proxy_temp_path $deploy_dir/nginx/temp/proxy;
  fastcgi_temp_path $deploy_dir/nginx/temp/fastcgi;
  uwsgi_temp_path $deploy_dir/nginx/temp/uwsgi;
  scgi_temp_path $deploy_dir/nginx/temp/scgi;
  include $deploy_dir/nginx/kansrijk.conf;
}
NGINX
  "$nginx_bin" -p "$deploy_dir/nginx" -c "$deploy_dir/nginx/nginx.conf" >"$deploy_dir/nginx/logs/stdout.log" 2>&1 &
  deploy_pids+=($!)
  export KANSRIJK_DEPLOYMENT_URL="https://127.0.0.1:$nginx_port"
  export KANSRIJK_DEPLOYMENT_INSTANCES="${instances[*]}"
  export KANSRIJK_DEPLOYMENT_LOGS="$deploy_dir/app1.log $deploy_dir/app2.log"
  wait_for "$KANSRIJK_DEPLOYMENT_URL/health/ready" "$deploy_dir/nginx/logs/error.log" "${deploy_pids[2]}" || return 1
  echo "nginx op $KANSRIJK_DEPLOYMENT_URL voor ${instances[*]}"
}

# wait_for URL LOG PID: until URL answers 200 (90 s at most); prints LOG when the process died or time ran out.
wait_for() {
  local url=$1 log=$2 pid=$3 i
  for i in $(seq 180); do
    curl -ksf -o /dev/null "$url" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "Het proces voor $url is gestopt. Het log:" >&2; cat "$log" >&2; return 1
    fi
    sleep 0.5
  done
  echo "$url antwoordt niet na 90 seconden. Het log:" >&2; cat "$log" >&2; return 1
}

stop_deployment() {
  local pid
  for pid in "${deploy_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  { for pid in "${deploy_pids[@]}"; do wait "$pid" || true; done; } 2>/dev/null
}

# print_deployment_logs: the server logs, for when a Deployment test failed
print_deployment_logs() {
  local f
  for f in "$deploy_dir"/app1.log "$deploy_dir"/app2.log "$deploy_dir"/nginx/logs/error.log; do
    [ -f "$f" ] && { echo "--- $f (laatste 80 regels)"; tail -n 80 "$f"; }
  done
}

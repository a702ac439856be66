#!/usr/bin/env bash
# Soak: 2,000 live clients walking around Seoul (a report every 3 s each), a 20-member chat room talking and REST
# reads, for a long time (default 30 min) on the embedded default (one host, SQLite) and on the production set-up
# (etc/cluster/run.sh: two nodes behind nginx, PostgreSQL and Redis). Prints, per watched process, the RSS and
# open-handle slope (least squares after a fifth of warm-up), the calls that failed, the error lines in the logs and
# whether every job ran on schedule. Loopback only; everything it starts is stopped by process id and deleted.
#
#   bash etc/faults/soak.sh                       # both set-ups, 30 min each
#   MINUTES=2 MODE=embedded bash etc/faults/soak.sh
#   MINUTES=5 MODE=production CLIENTS=1000 bash etc/faults/soak.sh
set -euo pipefail
MODE=${MODE:-both}
MINUTES=${MINUTES:-30}
CLIENTS=${CLIENTS:-2000}
MEMBERS=${MEMBERS:-20}
SAMPLE=${SAMPLE:-10}
ADMIN_PHONE=010-0000-0000
ADMIN_PASSWORD=soak-admin-pass-1
cd "$(dirname "$0")/../.."
ulimit -n 65536 2> /dev/null || ulimit -n "$(ulimit -Hn)"
export SkipWebApp=${SkipWebApp:-true} # the soak needs no web app bundle
source etc/bench/common.sh
seconds=$(python3 -c "print(int(float('$MINUTES') * 60))")

soak() { # url, name=pid list, log files
  $bench soak --url "$1" --dir "$work" --clients "$CLIENTS" --members "$MEMBERS" --seconds "$seconds" --sample "$SAMPLE" \
    --admin-phone "$ADMIN_PHONE" --admin-password "$ADMIN_PASSWORD" --pids "$2" --logs "$3"
}

embedded() {
  echo "== embedded (SQLite, one host): $CLIENTS live clients for $MINUTES min =="
  connection="Data Source=$work/moyeora.db"
  start_host Seed__Admin__PhoneNumber="$ADMIN_PHONE" Seed__Admin__Password="$ADMIN_PASSWORD" \
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.AspNetCore=Warning
  $bench seed --connection "$connection" --users $((CLIENTS + MEMBERS)) --meetups 300 --signing-key "$signing_key" --out "$work"
  soak "$url" "host=$host_pid" "$work/host.log"
  kill -TERM "$host_pid"; wait "$host_pid" 2> /dev/null || true
}

production() {
  echo "== production (two nodes behind nginx, PostgreSQL, Redis): $CLIENTS live clients for $MINUTES min =="
  local port node_a node_b pg redis_port key cluster_pid cluster_log logs=""
  port=$(free_port); node_a=$(free_port); node_b=$(free_port); pg=$(free_port); redis_port=$(free_port)
  key="soak-$(head -c 24 /dev/urandom | base64)"
  cluster_log="$work/cluster.out"
  PORT=$port NODE_A=$node_a NODE_B=$node_b PG_PORT=$pg REDIS_PORT=$redis_port ADMIN_PHONE=$ADMIN_PHONE ADMIN_PASSWORD=$ADMIN_PASSWORD \
    HOST_DLL="$root/src/Moyeora.HttpApi.Host/bin/Release/net10.0/Moyeora.HttpApi.Host.dll" Jwt__SigningKey="$key" \
    RateLimiting__AccountPermitsPerMinute=100000 RateLimiting__WritePermitsPerMinute=1000000 \
    bash etc/cluster/run.sh > "$cluster_log" 2>&1 &
  cluster_pid=$!
  pids+=("$cluster_pid")
  for _ in $(seq 1 300); do grep -q "cluster ready" "$cluster_log" && break; kill -0 "$cluster_pid" 2> /dev/null || break; sleep 0.5; done
  grep -q "cluster ready" "$cluster_log" || { cat "$cluster_log"; return 1; }
  local cluster_dir; cluster_dir=$(awk '/^  logs/ { print $2 }' "$cluster_log")
  listener() { ss -Htlnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
  local watched="node-a=$(listener "$node_a"),node-b=$(listener "$node_b"),redis=$(listener "$redis_port"),nginx=$(listener "$port")"
  logs="$cluster_dir/node-$node_a.log,$cluster_dir/node-$node_b.log"
  connection="Host=127.0.0.1;Port=$pg;Database=moyeora;Username=postgres"
  $bench seed --connection "$connection" --users $((CLIENTS + MEMBERS)) --meetups 300 --signing-key "$key" --out "$work"
  soak "http://127.0.0.1:$port" "$watched" "$logs"
  kill -INT "$cluster_pid"; wait "$cluster_pid" 2> /dev/null || true
}

bench_setup postgresql redis-server nginx
case $MODE in
  embedded) embedded ;;
  production) production ;;
  both) embedded; production ;;
  *) echo "MODE must be embedded, production or both"; exit 2 ;;
esac

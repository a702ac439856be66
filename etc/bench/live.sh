#!/usr/bin/env bash
# Live benchmark: N simulated clients around Seoul (lat 37.45–37.65, lng 126.85–127.15) on the live hub,
# each reporting a position every 3 s and receiving nearby pushes (default radius 2 km), then a chat room
# of 50 members at increasing message rates (every message stored, then delivered to all 50).
# Prints connections, pushes/s against the expected rate, report-to-push p50/p99, chat delivery p50/p99,
# and the host's CPU% and RSS (and Redis' when used).
# Usage: bash etc/bench/live.sh [embedded|redis] [clients, default 10000] [seconds, default 60] [chat rates]
#   embedded: SQLite + in-memory geo store (the no-configuration default)
#   redis:    PostgreSQL + Redis (geo store and live bus), the production set-up
# Everything runs on loopback and is removed afterwards.
set -euo pipefail
mode=${1:-embedded}
clients=${2:-10000}
seconds=${3:-60}
rates=${4:-500,1000,2000,3000,4000}
cd "$(dirname "$0")/../.."
ulimit -n 65536 2> /dev/null || ulimit -n "$(ulimit -Hn)"

source etc/bench/common.sh
extra=()
redis_pid=""
if [ "$mode" = redis ]; then
  bench_setup postgresql redis-server
  start_postgres
  start_redis
  extra=(Redis__Configuration="$redis")
else
  bench_setup
  connection="Data Source=$work/moyeora.db"
fi
# The benchmark drives 20 chat messages a second per member: lift the per-user chat limit for it.
start_host "${extra[@]}" RateLimiting__ChatMessagesPerTenSeconds=1000000 ${LIVE_HOST_ENV:-}

$bench seed --connection "$connection" --users $((clients + 50)) --meetups 0 --signing-key "$signing_key" --out "$work"
echo "== $mode: $clients live clients for ${seconds}s =="
$bench live --url "$url" --dir "$work" --clients "$clients" --seconds "$seconds" --host-pid "$host_pid" ${redis_pid:+--redis-pid "$redis_pid"}
echo "== $mode: chat room =="
$bench chat --url "$url" --dir "$work" --members 50 --rates "$rates" --seconds 15 --host-pid "$host_pid"

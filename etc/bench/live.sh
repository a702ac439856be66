#!/usr/bin/env bash
# Live benchmark: N simulated clients around Seoul (lat 37.45–37.65, lng 126.85–127.15) on the live hub,
# each reporting a position every 3 s and receiving nearby pushes (default radius 2 km), then a chat room
# of 50 members at increasing message rates (every message stored, then delivered to all 50), then chat in
# many small rooms at once (500 rooms × 10 members, 2,000 messages/s in total).
# Prints connections, pushes/s against the expected rate, report-to-push p50/p99, chat delivery p50/p99,
# and the host's CPU% and RSS (and Redis' when used).
# Usage: [PIN=1] bash etc/bench/live.sh [--pin] [embedded|redis] [clients, default 10000] [seconds, default 60] [chat rates]
#   clients: one count or several (1000,5000,10000), one live run each (or CLIENT_STEPS=1000,5000,10000)
#   embedded: SQLite + in-memory geo store (the no-configuration default)
#   redis:    PostgreSQL + Redis (geo store and live bus), the production set-up
#   CHAT_MEMBERS=50 (0 skips the one-room chat), ROOMS=500 ROOM_MEMBERS=10 ROOMS_RATE=2000 ROOMS_SECONDS=30
#   (ROOMS=0 skips the many-room chat; ROOMS_RATE may list several rates: 1000,2000)
# Everything runs on loopback and is removed afterwards; etc/bench/out/<time>-live-<mode>/ keeps summary.json,
# resources.csv and the plots (see common.sh).
set -euo pipefail
args=()
for arg in "$@"; do if [ "$arg" = --pin ]; then PIN=1; else args+=("$arg"); fi; done
set -- "${args[@]}"
mode=${1:-embedded}
steps=${2:-${CLIENT_STEPS:-10000}}
seconds=${3:-60}
rates=${4:-500,1000,2000,3000,4000}
chat_members=${CHAT_MEMBERS:-50}
rooms=${ROOMS:-500}
room_members=${ROOM_MEMBERS:-10}
rooms_rate=${ROOMS_RATE:-2000}
rooms_seconds=${ROOMS_SECONDS:-30}
case $mode in embedded | redis) ;; *) echo "usage: bash etc/bench/live.sh [--pin] [embedded|redis] [clients[,clients...]] [seconds] [chat rates]"; exit 2 ;; esac
cd "$(dirname "$0")/../.."
ulimit -n 65536 2> /dev/null || ulimit -n "$(ulimit -Hn)"

source etc/bench/common.sh
bench_begin live "$mode" "$@"
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

# Enough users for the largest step plus the chat room (the last users), and for every seat of the many rooms
# (the first users: one user per seat, as a user has one live connection). Tokens are valid 15 minutes: every
# phase after the first starts with fresh ones.
max_clients=$(tr ',' '\n' <<< "$steps" | sort -n | tail -1)
users=$((max_clients + chat_members))
[ "$rooms" -eq 0 ] || [ $((rooms * room_members)) -le "$users" ] || users=$((rooms * room_members))
bench_phase seed
$bench seed --connection "$connection" --users "$users" --meetups 0 --signing-key "$signing_key" --out "$work"
fresh_tokens() { $bench mint --connection "$connection" --signing-key "$signing_key" --out "$work" > /dev/null; }
first=1
for clients in ${steps//,/ }; do
  [ "$first" = 1 ] || fresh_tokens
  first=0
  echo "== $mode: $clients live clients for ${seconds}s =="
  bench_phase "live $clients"
  $bench live --url "$url" --dir "$work" --clients "$clients" --seconds "$seconds" --host-pid "$host_pid" ${redis_pid:+--redis-pid "$redis_pid"}
done
if [ "$chat_members" -gt 0 ]; then
  echo "== $mode: chat room =="
  fresh_tokens
  bench_phase "chat $chat_members"
  $bench chat --url "$url" --dir "$work" --members "$chat_members" --rates "$rates" --seconds 15 --host-pid "$host_pid"
fi
if [ "$rooms" -gt 0 ]; then
  echo "== $mode: chat in $rooms rooms × $room_members members, $rooms_rate msg/s in total =="
  fresh_tokens
  bench_phase "rooms $rooms×$room_members"
  $bench chatrooms --url "$url" --dir "$work" --rooms "$rooms" --members "$room_members" --rates "$rooms_rate" \
    --seconds "$rooms_seconds" --host-pid "$host_pid" ${redis_pid:+--redis-pid "$redis_pid"}
fi

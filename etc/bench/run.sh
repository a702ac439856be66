#!/usr/bin/env bash
# Meetup benchmark: seeds 2,000 users and 300 recruiting meetups around Seoul, then measures with
# `wrk -t2 -c50 -d30s` the recruiting list (first page of 20), nearby meetups (2 km) and meetup detail
# (signed in), and join/leave with the project's own closed-loop client (50 workers, one user each).
# Usage: bash etc/bench/run.sh [sqlite|postgres|mariadb] [duration, default 30s]
# Everything runs on loopback; the host, the database server and the data are removed afterwards.
set -euo pipefail
provider=${1:-sqlite}
duration=${2:-30s}
cd "$(dirname "$0")/../.."

source etc/bench/common.sh
host_env=()
case $provider in
  postgres) bench_setup wrk postgresql; start_postgres ;;
  mariadb | mysql) provider=mariadb; bench_setup wrk mariadb-server; start_mariadb
    host_env=(Hangfire__Storage=InMemory) ;; # one node without Redis: jobs in memory
  sqlite) bench_setup wrk; connection="Data Source=$work/moyeora.db" ;;
  *) echo "usage: bash etc/bench/run.sh [sqlite|postgres|mariadb] [duration]"; exit 2 ;;
esac
start_host "${host_env[@]}"
$bench seed --connection "$connection" --users 2000 --meetups 300 --out "$work"
$bench tokens --url "$url" --count 200 --out "$work"

run_wrk() { # name, path-or-url, lua?
  local name=$1 target=$2 script=${3:-}
  local args=(-t2 -c50 -d"$duration" --latency)
  [ -z "$script" ] || args+=(-s "$root/etc/bench/$script")
  # warm-up, then the measured run
  wrk -t2 -c50 -d3s ${script:+-s "$root/etc/bench/$script"} "$url$target" ${script:+-- "$work"} > /dev/null
  local out; out=$(wrk "${args[@]}" "$url$target" ${script:+-- "$work"})
  local rps p50 p99 non2xx
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  p50=$(awk '$1=="50%" {print $2}' <<< "$out")
  p99=$(awk '$1=="99%" {print $2}' <<< "$out")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<< "$out")
  printf '%-22s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}"
}

echo "== $provider: wrk -t2 -c50 -d$duration =="
run_wrk "recruiting list (20)" "/api/app/meetups/recruiting?maxResultCount=20"
run_wrk "nearby (2 km)" "/" nearby.lua
run_wrk "detail (signed in)" "/" detail.lua
seconds=${duration%s}
$bench joinleave --url "$url" --dir "$work" --concurrency 50 --seconds "$seconds"

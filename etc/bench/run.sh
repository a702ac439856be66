#!/usr/bin/env bash
# Meetup benchmark: seeds 2,000 users and 300 recruiting meetups around Seoul, then measures with
# `wrk -t2 -c50 -d30s` the recruiting list (first page of 20), nearby meetups (2 km) and meetup detail
# (signed in), and join/leave with the project's own closed-loop client (50 workers, one user each).
# Usage: [PIN=1] bash etc/bench/run.sh [--pin] [sqlite|postgres|mariadb] [duration, default 30s]
# Everything runs on loopback; the host, the database server and the data are removed afterwards.
# Writes etc/bench/out/<time>-run-<provider>/ (summary.json, resources.csv, plots: see common.sh).
set -euo pipefail
args=()
for arg in "$@"; do if [ "$arg" = --pin ]; then PIN=1; else args+=("$arg"); fi; done
set -- "${args[@]}"
provider=${1:-sqlite}
duration=${2:-30s}
[[ $duration == *[a-z] ]] || duration=${duration}s
[ "$provider" != mysql ] || provider=mariadb
case $provider in sqlite | postgres | mariadb) ;; *) echo "usage: bash etc/bench/run.sh [--pin] [sqlite|postgres|mariadb] [duration]"; exit 2 ;; esac
cd "$(dirname "$0")/../.."

source etc/bench/common.sh
bench_begin run "$provider" "$@"
host_env=()
case $provider in
  postgres) bench_setup wrk postgresql; start_postgres ;;
  mariadb) bench_setup wrk mariadb-server; start_mariadb
    host_env=(Hangfire__Storage=InMemory) ;; # one node without Redis: jobs in memory
  sqlite) bench_setup wrk; connection="Data Source=$work/moyeora.db" ;;
esac
start_host "${host_env[@]}"
bench_phase seed
$bench seed --connection "$connection" --users 2000 --meetups 300 --out "$work"
$bench tokens --url "$url" --count 200 --out "$work"

run_wrk() { # workload, name, path-or-url, lua?
  local workload=$1 name=$2 target=$3 script=${4:-}
  local args=(-t2 -c50 -d"$duration" --latency)
  [ -z "$script" ] || args+=(-s "$root/etc/bench/$script")
  # warm-up, then the measured run
  "${load_cpu[@]}" wrk -t2 -c50 -d3s ${script:+-s "$root/etc/bench/$script"} "$url$target" ${script:+-- "$work"} > /dev/null
  local cpu0 cpu1 t0 t1 result
  cpu0=$(cpu_seconds "$host_pid"); t0=$(date +%s.%N)
  bench_phase "$workload"
  result=$("${load_cpu[@]}" wrk "${args[@]}" "$url$target" ${script:+-- "$work"})
  cpu1=$(cpu_seconds "$host_pid"); t1=$(date +%s.%N)
  echo "$result" > "$out/wrk-$workload.txt"
  local rps p50 p75 p90 p99 requests non2xx errors cpu
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  p50=$(awk '$1=="50%" {print $2}' <<< "$result")
  p75=$(awk '$1=="75%" {print $2}' <<< "$result")
  p90=$(awk '$1=="90%" {print $2}' <<< "$result")
  p99=$(awk '$1=="99%" {print $2}' <<< "$result")
  requests=$(awk '/requests in/ {print $1}' <<< "$result")
  non2xx=$(awk '/Non-2xx/ {print $5}' <<< "$result")
  errors=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' <<< "$result")
  cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v s="$t0" -v e="$t1" 'BEGIN { printf "%.1f", 100 * (b - a) / (e - s) }')
  printf '%-22s %10s req/s   p50 %8s   p99 %8s   non-2xx %s   host CPU %s%%\n' "$name" "$rps" "$p50" "$p99" "${non2xx:-0}" "$cpu"
  # wrk prints latencies with their unit (850.00us, 1.20ms, 1.02s): summary.py turns them into milliseconds.
  bench_record "$workload" name="$name" tool=wrk clients=50 threads=2 seconds="${duration%s}" reqPerSec="$rps" \
    p50Ms="$p50" p75Ms="$p75" p90Ms="$p90" p99Ms="$p99" requests="$requests" non2xx="${non2xx:-0}" socketErrors="${errors:-0}" \
    hostCpuPct="$cpu" rssMiB="$(rss_mib "$host_pid")"
}

echo "== $provider: wrk -t2 -c50 -d$duration =="
run_wrk recruiting "recruiting list (20)" "/api/app/meetups/recruiting?maxResultCount=20"
run_wrk nearby "nearby (2 km)" "/" nearby.lua
run_wrk detail "detail (signed in)" "/" detail.lua
seconds=${duration%s}
bench_phase joinleave
# The hot case (50 users on the 5 wide meetups: every write waits for the meetup's lock), then the spread one
# (200 users over the 300 recruiting meetups), each with an exactness check of every meetup's count.
$bench joinleave --url "$url" --dir "$work" --concurrency 50 --spread 5 --seconds "$seconds"
bench_phase joinleave-spread
$bench joinleave --url "$url" --dir "$work" --concurrency 200 --spread 300 --seconds "$seconds"

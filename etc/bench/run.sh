#!/usr/bin/env bash
# Meetup benchmark: seeds 2,000 users and 300 recruiting meetups around Seoul, then measures with
# `wrk -t2 -c50 -d30s` the recruiting list (first page of 20), nearby meetups (2 km) and meetup detail
# (signed in), and join/leave with the project's own closed-loop client (50 workers, one user each).
# Usage: bash etc/bench/run.sh [sqlite|postgres] [duration, default 30s]
# Everything runs on loopback; the host, PostgreSQL and the data are removed afterwards.
set -euo pipefail
provider=${1:-sqlite}
duration=${2:-30s}
cd "$(dirname "$0")/../.."
root=$(pwd)

need=()
command -v wrk > /dev/null || need+=(wrk)
[ "$provider" != postgres ] || compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" > /dev/null
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
work=$(mktemp -d /tmp/moyeora-bench.XXXXXX)
chmod 755 "$work"
host_pid=""; pg_pid=""
cleanup() {
  [ -z "$host_pid" ] || kill "$host_pid" 2> /dev/null || true
  [ -z "$pg_pid" ] || kill "$pg_pid" 2> /dev/null || true
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "building (Release)..."
dotnet build -c Release -v quiet -nologo src/Moyeora.HttpApi.Host > /dev/null
dotnet build -c Release -v quiet -nologo etc/bench/Moyeora.Bench > /dev/null
bench="dotnet $root/etc/bench/Moyeora.Bench/bin/Release/net10.0/Moyeora.Bench.dll"

if [ "$provider" = postgres ]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  pg_port=$(free_port)
  as_pg=(); [ "$(id -u)" -ne 0 ] || { chown postgres "$work"; as_pg=(runuser -u postgres --); }
  "${as_pg[@]}" "$bin/initdb" -D "$work/pg" -U postgres --auth=trust --no-sync > /dev/null
  "${as_pg[@]}" "$bin/postgres" -D "$work/pg" -p "$pg_port" -k "$work" -c listen_addresses=127.0.0.1 \
    -c max_connections=300 -c shared_buffers=256MB -c synchronous_commit=off > "$work/pg.log" 2>&1 &
  pg_pid=$!
  for _ in $(seq 100); do "$bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" && break; sleep 0.2; done
  "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres moyeora
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=moyeora;Maximum Pool Size=100"
else
  connection="Data Source=$work/moyeora.db"
fi

port=$(free_port)
url="http://127.0.0.1:$port"
(cd "$root/src/Moyeora.HttpApi.Host/bin/Release/net10.0" && \
  ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="$connection" \
  Jwt__SigningKey="bench-$(head -c 24 /dev/urandom | base64)" \
  RateLimiting__AccountPermitsPerMinute=100000 RateLimiting__WritePermitsPerMinute=1000000 \
  Logging__LogLevel__Default=Warning \
  exec dotnet Moyeora.HttpApi.Host.dll --urls "$url" > "$work/host.log" 2>&1) &
host_pid=$!
for _ in $(seq 150); do curl -sf "$url/health/ready" > /dev/null && break; sleep 0.2; done
curl -sf "$url/health/ready" > /dev/null || { echo "host did not start:"; cat "$work/host.log"; exit 1; }

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

# Shared by the benchmark scripts: a temporary folder, free ports, a private PostgreSQL or Redis, and the
# Release host started on loopback. Everything started here is stopped and deleted on exit.
# Every run also gets an output folder, etc/bench/out/<yyyymmdd-hhmmss>-<script>-<mode>/ (or $BENCH_OUT), with
# summary.json (one object per measured workload, gathered from the lines the tools append to $BENCH_SUMMARY),
# resources.csv (CPU% and RSS of the host, and of PostgreSQL/MariaDB/Redis when used, every second), phases.csv,
# the host's log and the SVG plots (plot.py).
# PIN=1 (or --pin): the host and its database/Redis run on core 1, the load generators (Moyeora.Bench, wrk) on
# core 0 (taskset), so the host's own cost is visible; unpinned, everything shares every core.
# shellcheck shell=bash
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

bench_begin() { # script name, mode, the script's arguments...; sets $out, $server_cpu, $load_cpu, exports BENCH_*
  root=$(pwd)
  local script=$1 mode=$2
  shift 2
  bench_command="bash etc/bench/$script.sh $*${PIN:+ (PIN=$PIN)}"
  server_cpu=()
  load_cpu=()
  export BENCH_MODE=$mode BENCH_PINNED=0
  if [ "${PIN:-0}" = 1 ]; then
    [ "$(nproc)" -ge 2 ] || { echo "PIN=1 needs at least 2 cores"; exit 2; }
    command -v taskset > /dev/null || { echo "PIN=1 needs taskset (util-linux)"; exit 2; }
    BENCH_PINNED=1
    server_cpu=(taskset -c 1)
    load_cpu=(taskset -c 0)
  fi
  BENCH_DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  BENCH_COMMIT=$(git rev-parse --short HEAD 2> /dev/null || echo unknown)
  [ -z "$(git status --porcelain --untracked-files=no 2> /dev/null)" ] || BENCH_COMMIT+=-dirty
  export BENCH_DATE BENCH_COMMIT
  out=${BENCH_OUT:-$root/etc/bench/out/$(date -u +%Y%m%d-%H%M%S)-$script-$mode}
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  export BENCH_SUMMARY=$out/summary.jsonl
  : > "$BENCH_SUMMARY"
  echo "== $script.sh $mode | $([ "$BENCH_PINNED" = 1 ] && echo "pinned: host (+ database/Redis) on core 1, load generator on core 0" || echo "unpinned: host and load generator share all $(nproc) cores") | commit $BENCH_COMMIT | $BENCH_DATE =="
  echo "   output: $out"
}

bench_setup() { # extra Debian packages to install when missing...
  [ -n "${out:-}" ] || bench_begin "$(basename "$0" .sh)" default
  local need=()
  for package in "$@"; do
    case $package in
      postgresql) compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || need+=(postgresql) ;;
      redis-server) command -v redis-server > /dev/null || need+=(redis-server) ;;
      mariadb-server) [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server) ;;
      *) command -v "$package" > /dev/null || need+=("$package") ;;
    esac
  done
  if [ ${#need[@]} -gt 0 ]; then
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" > /dev/null
  fi
  work=$(mktemp -d /tmp/moyeora-bench.XXXXXX)
  chmod 755 "$work"
  pids=()
  trap bench_cleanup EXIT
  echo "building (Release)..."
  dotnet build -c Release -v quiet -nologo src/Moyeora.HttpApi.Host > /dev/null
  dotnet build -c Release -v quiet -nologo etc/bench/Moyeora.Bench > /dev/null
  bench="${load_cpu[*]} dotnet $root/etc/bench/Moyeora.Bench/bin/Release/net10.0/Moyeora.Bench.dll"
  # The resource sampler: every second, every process named in $work/watch (see watch_pid), for the whole run.
  t0=$(date +%s.%N)
  : > "$work/watch"
  echo "seconds,phase" > "$out/phases.csv"
  "${load_cpu[@]}" python3 "$root/etc/bench/summary.py" sample "$out/resources.csv" "$work/watch" "$t0" &
  sampler_pid=$!
}

watch_pid() { # name pid: sampled into resources.csv from now on (with its child processes)
  echo "$1 $2" >> "$work/watch"
}

bench_phase() { # label: marks the start of a phase in phases.csv (drawn on resources.svg)
  python3 -c 'import sys, time; print(f"{time.time() - float(sys.argv[1]):.1f},{sys.argv[2]}")' "$t0" "$1" >> "$out/phases.csv"
}

bench_record() { # workload key=value...: one line in summary.jsonl, as Moyeora.Bench's BenchSummary.Record writes
  python3 "$root/etc/bench/summary.py" record "$@"
}

cpu_seconds() { # pid: user + system CPU seconds so far
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) / hz }' "/proc/$1/stat"
}

rss_mib() { # pid
  awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"
}

bench_cleanup() {
  [ -z "${sampler_pid:-}" ] || kill "$sampler_pid" 2> /dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  if [ -n "${out:-}" ] && [ -d "$out" ]; then
    cp "$work"/*.log "$out"/ 2> /dev/null || true
    python3 "$root/etc/bench/summary.py" gather "$out" "$bench_command" || echo "summary.json: failed"
    python3 "$root/etc/bench/plot.py" "$out" || echo "plots: failed"
    echo "== summary: $out/summary.json ($(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["workloads"]))' "$out/summary.json" 2> /dev/null || echo 0) workloads); plots: $(cd "$out" && ls -- *.svg 2> /dev/null | tr '\n' ' ')"
  fi
  rm -rf "$work"
}

start_postgres() { # sets $connection
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  local port; port=$(free_port)
  local as_pg=(); [ "$(id -u)" -ne 0 ] || { chown postgres "$work"; as_pg=(runuser -u postgres --); }
  "${as_pg[@]}" "$bin/initdb" -D "$work/pg" -U postgres --auth=trust --no-sync > /dev/null
  "${as_pg[@]}" "${server_cpu[@]}" "$bin/postgres" -D "$work/pg" -p "$port" -k "$work" -c listen_addresses=127.0.0.1 \
    -c max_connections=300 -c shared_buffers=256MB -c synchronous_commit=off > "$work/pg.log" 2>&1 &
  pids+=($!)
  watch_pid postgres $!
  for _ in $(seq 100); do "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break; sleep 0.2; done
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres moyeora
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=moyeora;Maximum Pool Size=100${BENCH_PG_OPTIONS:+;$BENCH_PG_OPTIONS}"
}

start_mariadb() { # sets $connection
  local port; port=$(free_port)
  local user=mysql; [ "$(id -u)" -eq 0 ] || user=$(id -un)
  mkdir -p "$work/mariadb"; [ "$(id -u)" -ne 0 ] || chown mysql "$work/mariadb"
  mariadb-install-db --no-defaults --datadir="$work/mariadb/data" --user="$user" --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve > "$work/mariadb-install.log" 2>&1
  "${server_cpu[@]}" /usr/sbin/mariadbd --no-defaults --user="$user" --datadir="$work/mariadb/data" --socket="$work/mariadb/sock" \
    --pid-file="$work/mariadb/pid" --port="$port" --skip-networking=0 --bind-address=127.0.0.1 --skip-name-resolve \
    --max-connections=300 --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 --skip-log-bin > "$work/mariadb.log" 2>&1 &
  pids+=($!)
  watch_pid mariadb $!
  for _ in $(seq 100); do mariadb --no-defaults --socket="$work/mariadb/sock" -uroot -e 'SELECT 1' > /dev/null 2>&1 && break; sleep 0.2; done
  mariadb --no-defaults --socket="$work/mariadb/sock" -uroot -e "CREATE DATABASE moyeora CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
    CREATE USER 'moyeora'@'127.0.0.1' IDENTIFIED BY 'bench-pass'; GRANT ALL PRIVILEGES ON moyeora.* TO 'moyeora'@'127.0.0.1';"
  connection="Server=127.0.0.1;Port=$port;Uid=moyeora;Pwd=bench-pass;Database=moyeora;SslMode=Disabled;Maximum Pool Size=100"
}

start_redis() { # sets $redis and $redis_pid
  local port; port=$(free_port)
  "${server_cpu[@]}" redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" > "$work/redis.log" 2>&1 &
  redis_pid=$!
  pids+=("$redis_pid")
  watch_pid redis "$redis_pid"
  for _ in $(seq 50); do redis-cli -p "$port" ping > /dev/null 2>&1 && break; sleep 0.1; done
  redis="127.0.0.1:$port"
}

start_host() { # environment assignments for the host...; sets $url, $host_pid and $signing_key
  local port; port=$(free_port)
  url="http://127.0.0.1:$port"
  signing_key="bench-$(head -c 24 /dev/urandom | base64)"
  (cd "$root/src/Moyeora.HttpApi.Host/bin/Release/net10.0" && \
    exec "${server_cpu[@]}" env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="$connection" Jwt__SigningKey="$signing_key" \
      RateLimiting__AccountPermitsPerMinute=100000 RateLimiting__LogInAttemptsPerPhonePerTenMinutes=100000 RateLimiting__RefreshesPerSessionPerMinute=100000 RateLimiting__WritePermitsPerMinute=1000000 \
      Logging__LogLevel__Default=Warning "$@" dotnet Moyeora.HttpApi.Host.dll --urls "$url" > "$work/host.log" 2>&1) &
  host_pid=$!
  pids+=("$host_pid")
  watch_pid host "$host_pid"
  for _ in $(seq 150); do curl -sf "$url/health/ready" > /dev/null && break; sleep 0.2; done
  curl -sf "$url/health/ready" > /dev/null || { echo "host did not start:"; cat "$work/host.log"; exit 1; }
}

# Shared by the benchmark scripts: a temporary folder, free ports, a private PostgreSQL or Redis, and the
# Release host started on loopback. Everything started here is stopped and deleted on exit.
# shellcheck shell=bash
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

bench_setup() { # extra Debian packages to install when missing...
  root=$(pwd)
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
  bench="dotnet $root/etc/bench/Moyeora.Bench/bin/Release/net10.0/Moyeora.Bench.dll"
}

bench_cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  wait 2> /dev/null || true
  rm -rf "$work"
}

start_postgres() { # sets $connection
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  local port; port=$(free_port)
  local as_pg=(); [ "$(id -u)" -ne 0 ] || { chown postgres "$work"; as_pg=(runuser -u postgres --); }
  "${as_pg[@]}" "$bin/initdb" -D "$work/pg" -U postgres --auth=trust --no-sync > /dev/null
  "${as_pg[@]}" "$bin/postgres" -D "$work/pg" -p "$port" -k "$work" -c listen_addresses=127.0.0.1 \
    -c max_connections=300 -c shared_buffers=256MB -c synchronous_commit=off > "$work/pg.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break; sleep 0.2; done
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres moyeora
  connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=moyeora;Maximum Pool Size=100"
}

start_mariadb() { # sets $connection
  local port; port=$(free_port)
  local user=mysql; [ "$(id -u)" -eq 0 ] || user=$(id -un)
  mkdir -p "$work/mariadb"; [ "$(id -u)" -ne 0 ] || chown mysql "$work/mariadb"
  mariadb-install-db --no-defaults --datadir="$work/mariadb/data" --user="$user" --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve > "$work/mariadb-install.log" 2>&1
  /usr/sbin/mariadbd --no-defaults --user="$user" --datadir="$work/mariadb/data" --socket="$work/mariadb/sock" \
    --pid-file="$work/mariadb/pid" --port="$port" --skip-networking=0 --bind-address=127.0.0.1 --skip-name-resolve \
    --max-connections=300 --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=2 --skip-log-bin > "$work/mariadb.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 100); do mariadb --no-defaults --socket="$work/mariadb/sock" -uroot -e 'SELECT 1' > /dev/null 2>&1 && break; sleep 0.2; done
  mariadb --no-defaults --socket="$work/mariadb/sock" -uroot -e "CREATE DATABASE moyeora CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
    CREATE USER 'moyeora'@'127.0.0.1' IDENTIFIED BY 'bench-pass'; GRANT ALL PRIVILEGES ON moyeora.* TO 'moyeora'@'127.0.0.1';"
  connection="Server=127.0.0.1;Port=$port;Uid=moyeora;Pwd=bench-pass;Database=moyeora;SslMode=Disabled;Maximum Pool Size=100"
}

start_redis() { # sets $redis and $redis_pid
  local port; port=$(free_port)
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" > "$work/redis.log" 2>&1 &
  redis_pid=$!
  pids+=("$redis_pid")
  for _ in $(seq 50); do redis-cli -p "$port" ping > /dev/null 2>&1 && break; sleep 0.1; done
  redis="127.0.0.1:$port"
}

start_host() { # environment assignments for the host...; sets $url, $host_pid and $signing_key
  local port; port=$(free_port)
  url="http://127.0.0.1:$port"
  signing_key="bench-$(head -c 24 /dev/urandom | base64)"
  (cd "$root/src/Moyeora.HttpApi.Host/bin/Release/net10.0" && \
    exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="$connection" Jwt__SigningKey="$signing_key" \
      RateLimiting__AccountPermitsPerMinute=100000 RateLimiting__LogInAttemptsPerPhonePerTenMinutes=100000 RateLimiting__RefreshesPerSessionPerMinute=100000 RateLimiting__WritePermitsPerMinute=1000000 \
      Logging__LogLevel__Default=Warning "$@" dotnet Moyeora.HttpApi.Host.dll --urls "$url" > "$work/host.log" 2>&1) &
  host_pid=$!
  pids+=("$host_pid")
  for _ in $(seq 150); do curl -sf "$url/health/ready" > /dev/null && break; sleep 0.2; done
  curl -sf "$url/health/ready" > /dev/null || { echo "host did not start:"; cat "$work/host.log"; exit 1; }
}

#!/usr/bin/env bash
# Runs Moyeora as two host nodes behind nginx on loopback, sharing one PostgreSQL (or MariaDB) and one Redis —
# the multi-node production set-up in miniature. Everything comes from Debian's packages (installed when
# missing) and lives in a temporary folder that is deleted on exit (Ctrl-C stops everything).
#
#   bash etc/cluster/run.sh            # then open http://127.0.0.1:8080/swagger
#   PORT=9000 NODE_A=6001 NODE_B=6002 bash etc/cluster/run.sh
#   HOST_DLL=path/to/Moyeora.HttpApi.Host.dll bash etc/cluster/run.sh   # use a built host, skip the build
#   DATABASE=mariadb bash etc/cluster/run.sh   # MySQL/MariaDB instead of PostgreSQL (MY_PORT, default 53306)
#     (Hangfire then keeps its jobs in Redis: MySQL has no Hangfire storage of its own)
#
# Ctrl-C, SIGINT or SIGTERM (also when started in the background: `bash etc/cluster/run.sh &`, then
# `kill -INT <pid>`) stops everything it started — nodes, nginx, Redis, the database — by process id, and exits.
set -euo pipefail

# A non-interactive shell starts background jobs with SIGINT ignored, and bash cannot trap a signal ignored on
# entry: start again with SIGINT restored, so the trap below works however the script was started.
if [ -z "${MOYEORA_CLUSTER_SIGINT_RESTORED:-}" ] && (( 16#$(awk '/^SigIgn:/ { print $2 }' /proc/$$/status) & 2 )); then
  export MOYEORA_CLUSTER_SIGINT_RESTORED=1
  exec env --default-signal=INT "$BASH" "$0" "$@"
fi
cd "$(dirname "$0")/../.."

PORT=${PORT:-8080}
NODE_A=${NODE_A:-5101}
NODE_B=${NODE_B:-5102}
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-56379}
MY_PORT=${MY_PORT:-53306}
DATABASE=${DATABASE:-postgresql}
case $DATABASE in postgresql | postgres) DATABASE=postgresql ;; mariadb | mysql) DATABASE=mariadb ;;
  *) echo "DATABASE must be postgresql or mariadb"; exit 2 ;; esac
ADMIN_PHONE=${ADMIN_PHONE:-010-0000-0000}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-cluster-admin-1}

missing=()
if [ "$DATABASE" = postgresql ]; then
  compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
else
  [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
fi
command -v redis-server > /dev/null || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi
pg_bin=""
[ "$DATABASE" != postgresql ] || pg_bin=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -1)")
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/moyeora-cluster.XXXXXX)
chmod 755 "$work"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pids=()
stop_postgres() {
  [ -f "$work/pg/postmaster.pid" ] || return 0
  local postmaster; postmaster=$(head -1 "$work/pg/postmaster.pid")
  as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast -t 20 stop > /dev/null 2>&1 || kill -KILL "$postmaster" 2> /dev/null || true
}
cleanup() {
  trap - EXIT INT TERM
  # SIGTERM, not SIGINT: the nodes were started as background jobs of this script, so they ignore SIGINT.
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2> /dev/null || true; done
  for _ in $(seq 1 100); do # at most 20 s for a graceful stop, then by force
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2> /dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.2
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null || true; done
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "Stopping ..."; cleanup; exit 130' INT
trap 'echo "Stopping ..."; cleanup; exit 143' TERM

if [ "$DATABASE" = postgresql ]; then
  echo "PostgreSQL on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT ..."
  mkdir -p "$work/pg"
  [ "$(id -u)" -eq 0 ] && chown postgres "$work/pg"
  as_postgres "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust > "$work/initdb.log"
  as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
    -o "-p $PG_PORT -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=300" start > /dev/null
  as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres moyeora
  connection="Host=127.0.0.1;Port=$PG_PORT;Database=moyeora;Username=postgres;Maximum Pool Size=100"
else
  echo "MariaDB on 127.0.0.1:$MY_PORT, Redis on 127.0.0.1:$REDIS_PORT ..."
  my_user=mysql; [ "$(id -u)" -eq 0 ] || my_user=$(id -un)
  mkdir -p "$work/mariadb"; [ "$(id -u)" -ne 0 ] || chown mysql "$work/mariadb"
  mariadb-install-db --no-defaults --datadir="$work/mariadb/data" --user="$my_user" --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve > "$work/mariadb-install.log" 2>&1
  /usr/sbin/mariadbd --no-defaults --user="$my_user" --datadir="$work/mariadb/data" --socket="$work/mariadb/sock" \
    --pid-file="$work/mariadb/pid" --port="$MY_PORT" --skip-networking=0 --bind-address=127.0.0.1 --skip-name-resolve \
    --max-connections=300 --log-error="$work/mariadb/server.log" &
  pids+=($!) # SIGTERM is mariadbd's clean shutdown
  for _ in $(seq 1 100); do mariadb --no-defaults --socket="$work/mariadb/sock" -uroot -e 'SELECT 1' > /dev/null 2>&1 && break; sleep 0.2; done
  mariadb --no-defaults --socket="$work/mariadb/sock" -uroot -e "CREATE DATABASE moyeora CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
    CREATE USER 'moyeora'@'127.0.0.1' IDENTIFIED BY 'cluster-db-pass'; GRANT ALL PRIVILEGES ON moyeora.* TO 'moyeora'@'127.0.0.1';"
  connection="Server=127.0.0.1;Port=$MY_PORT;Database=moyeora;Uid=moyeora;Pwd=cluster-db-pass;SslMode=Disabled;Maximum Pool Size=100"
fi
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" > "$work/redis.log" 2>&1 &
pids+=($!)

host_dll=${HOST_DLL:-}
if [ -z "$host_dll" ]; then
  echo "Building the host ..."
  # In the background (a signal stops it at once), leaving no build server behind.
  dotnet build src/Moyeora.HttpApi.Host -c Release -v quiet -nologo -nodeReuse:false -p:UseSharedCompilation=false \
    > "$work/build.log" 2>&1 &
  build=$!
  pids+=($build)
  wait $build || { cat "$work/build.log"; exit 1; }
  unset 'pids[-1]'
  host_dll=src/Moyeora.HttpApi.Host/bin/Release/net10.0/Moyeora.HttpApi.Host.dll
fi
[ -f "$host_dll" ] || { echo "No host at $host_dll"; exit 1; }

export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Default="$connection"
export Redis__Configuration="127.0.0.1:$REDIS_PORT"
export Jwt__SigningKey=${Jwt__SigningKey:-$(head -c 48 /dev/urandom | base64 | tr -d '\n')} # one key for every node
export Seed__Admin__PhoneNumber=$ADMIN_PHONE Seed__Admin__Password=$ADMIN_PASSWORD Outbound__Provider=Outbox

start_node() { # port, migrate
  Database__MigrateOnStartup=$2 dotnet "$host_dll" --urls "http://127.0.0.1:$1" --contentRoot "$work" > "$work/node-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do
    curl -fsS --max-time 2 "http://127.0.0.1:$1/health/ready" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "Node on :$1 did not become ready:"; tail -30 "$work/node-$1.log"; exit 1
}
echo "Node A on :$NODE_A (applies migrations), node B on :$NODE_B ..."
start_node "$NODE_A" true
start_node "$NODE_B" false

sed -e "s|@DIR@|$work|g" -e "s|@PORT@|$PORT|g" -e "s|@NODE_A@|$NODE_A|g" -e "s|@NODE_B@|$NODE_B|g" \
  etc/cluster/nginx.conf.template > "$work/nginx.conf"
"$nginx_bin" -c "$work/nginx.conf" -p "$work" &
pids+=($!)
for _ in $(seq 1 50); do curl -fsS --max-time 2 "http://127.0.0.1:$PORT/health/live" > /dev/null 2>&1 && break; sleep 0.2; done

cat <<INFO

Moyeora cluster ready:
  database       $DATABASE
  load balancer  http://127.0.0.1:$PORT   (Swagger UI: /swagger, live hub: ws://127.0.0.1:$PORT/hubs/live)
  nodes          http://127.0.0.1:$NODE_A  http://127.0.0.1:$NODE_B
  administrator  $ADMIN_PHONE / $ADMIN_PASSWORD
  logs           $work
Ctrl-C stops everything.
INFO
# Returns when a signal arrives (its trap then stops everything) or when a process ends by itself.
wait -n "${pids[@]}" || true
echo "A process of the cluster ended by itself; stopping the rest."

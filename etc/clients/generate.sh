#!/usr/bin/env bash
# Regenerates every client of the API from the host's own descriptions, in one command:
#   builds and starts the host on a free loopback port with a temporary SQLite database,
#   fetches /openapi/v1.json and /asyncapi/live.json, stops the host, then runs
#   - the TypeScript client's generators (src/Moyeora.Client.TypeScript/src/generated/), and
#   - etc/clients/generate-csharp.sh <openapi.json> for the C# proxies.
# Commit what changed: the tests fail when the committed generated files differ from what the API generates.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
package="$root/src/Moyeora.Client.TypeScript"
work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
    kill -TERM "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the host..."
dotnet build src/Moyeora.HttpApi.Host -c Release -o "$work/host" -v quiet -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
echo "Starting the host on 127.0.0.1:$port..."
ASPNETCORE_ENVIRONMENT=Development \
ASPNETCORE_URLS="http://127.0.0.1:$port" \
ConnectionStrings__Default="Data Source=$work/moyeora.db" \
Logging__LogLevel__Default=Warning \
  dotnet "$work/host/Moyeora.HttpApi.Host.dll" --contentRoot "$work/host" > "$work/host.log" 2>&1 &
pid=$!

for _ in $(seq 1 240); do
  if curl -sf -m 10 "http://127.0.0.1:$port/health/ready" > /dev/null; then break; fi
  if ! kill -0 "$pid" 2> /dev/null; then cat "$work/host.log"; echo "The host exited before it was ready." >&2; exit 1; fi
  sleep 0.25
done
curl -sf -m 10 "http://127.0.0.1:$port/openapi/v1.json" -o "$work/openapi.json"
curl -sf -m 10 "http://127.0.0.1:$port/asyncapi/live.json" -o "$work/asyncapi.json"
kill -TERM "$pid"
wait "$pid" 2> /dev/null || true
pid=""

if [ ! -d "$package/node_modules" ]; then
  (cd "$package" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$package/scripts/generate.mjs" --openapi "$work/openapi.json" --asyncapi "$work/asyncapi.json"

bash "$root/etc/clients/generate-csharp.sh" "$work/openapi.json"
echo "Clients regenerated; review and commit the changes (git status)."

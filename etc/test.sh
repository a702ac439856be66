#!/usr/bin/env bash
# Runs every test project of the solution on a fresh Debian machine.
# Installs PostgreSQL, MariaDB, Redis, nginx, Prometheus, tzdata, chromium and fonts-noto-cjk from Debian's packages when they are missing (the tests start their own
# private instances on free loopback ports; no system service is used), then runs `dotnet test` and
# prints one summary line: "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
command -v redis-server > /dev/null || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
[ -x /usr/sbin/mariadbd ] && command -v mariadb-install-db > /dev/null || missing+=(mariadb-server) # the MySQL/MariaDB suites
[ -e /usr/share/zoneinfo/Asia/Seoul ] || missing+=(tzdata) # searches by calendar day use IANA zones
command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx) # the two-node test's load balancer
command -v prometheus > /dev/null && command -v promtool > /dev/null || missing+=(prometheus) # scrapes a test host; promtool checks etc/monitoring
[ -x /usr/bin/chromium ] || missing+=(chromium) # the admin UI's and the web app's browser tests (Playwright drives it; no browser is downloaded)
fc-list 2> /dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk) # Korean glyphs in the screenshots
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

# The OpenAPI linter the tests run (Redocly CLI, pinned by etc/openapi/package-lock.json).
(cd etc/openapi && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
# The generated TypeScript client (pinned by its package-lock.json): drift, type-check and Node tests against a real host.
(cd src/Moyeora.Client.TypeScript && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
# The web app: lint and unit tests (Vitest) here; building the host builds it (npm run build: type-check, Vite,
# bundle budget), and Moyeora.Web.Tests drives it in chromium against a real host.
(cd src/Moyeora.Web && npm ci --no-audit --no-fund --loglevel=error > /dev/null && npm run --silent lint && npx vitest run --reporter=dot)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
# The node-kill fault test runs from etc/faults/run.sh (README "Resilience / fault tests"), not here.
dotnet test Moyeora.sln --configuration Release --filter "Category!=FaultsNightly" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one "Passed!/Failed!  - Failed: a, Passed: b, Skipped: c, Total: d" line per project.
awk '/(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
  gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }; n++
} END {
  if (n == 0) { print "Tests: no test project reported results"; exit 1 }
  printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s
}' "$log" || status=1
exit "$status"

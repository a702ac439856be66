#!/usr/bin/env bash
# The fault tests (README "Resilience / fault tests"): two real nodes behind nginx on a private PostgreSQL and Redis,
# live and REST traffic, and each fault in turn — Redis away, the database restarting, a node SIGKILLed, SIGTERM with
# dependencies dead, hanging dependencies. CI runs them with an 8 s Redis outage; this script runs the 30 s one
# (OUTAGE=seconds to change it). Loopback only; every process is stopped by its id when the run ends.
#
#   bash etc/faults/run.sh              # all five, 30 s Redis outage
#   OUTAGE=60 FILTER=RedisOutage bash etc/faults/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export MOYEORA_FAULT_REDIS_OUTAGE_SECONDS=${OUTAGE:-30}
filter="(Category=Faults|Category=FaultsNightly)"
[ -z "${FILTER:-}" ] || filter="$filter&FullyQualifiedName~${FILTER}"
dotnet test test/Moyeora.HttpApi.Tests -c Release -p:SkipWebApp=true --filter "$filter" \
  --logger "console;verbosity=detailed" -- xUnit.ParallelizeTestCollections=false

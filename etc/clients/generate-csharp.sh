#!/usr/bin/env bash
# Regenerates the C# client proxies (src/Moyeora.HttpApi.Client/ClientProxies/Generated/*.g.cs) from an OpenAPI
# document of the running API and the IXxxAppService interfaces of Moyeora.Application.Contracts.
#   bash etc/clients/generate-csharp.sh <openapi.json>
# Fails, writing nothing, when an operation has no interface method or a method has no operation.
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "Usage: bash etc/clients/generate-csharp.sh <openapi.json>" >&2
  exit 2
fi

document="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "$0")/../.." && pwd)"
if ! build=$(dotnet build "$root/src/Moyeora.ClientGenerator" --configuration Release --nologo --verbosity quiet 2>&1); then
  echo "$build" >&2
  exit 1
fi
dotnet "$root/src/Moyeora.ClientGenerator/bin/Release/net10.0/Moyeora.ClientGenerator.dll" \
  "$document" "$root/src/Moyeora.HttpApi.Client/ClientProxies/Generated"

#!/usr/bin/env bash
# Adds one generated EF Core migration for every provider (SQLite, PostgreSQL, MySQL/MariaDB), each into its own
# migrations assembly. Usage: etc/migrations-add.sh <Name>   (e.g. etc/migrations-add.sh AddMeetupRatings)
# Needs no database: the design-time factory of each assembly selects the provider's SQL dialect.
set -euo pipefail
name="${1:?usage: etc/migrations-add.sh <MigrationName>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql MySql; do
  project="src/Moyeora.EntityFrameworkCore.$provider"
  echo "== $provider: $project"
  dotnet restore "$project" >/dev/null
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --output-dir Migrations -- --provider "$provider"
done

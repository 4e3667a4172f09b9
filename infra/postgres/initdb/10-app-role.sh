#!/bin/bash
# Runs once, when the PostgreSQL container initialises its data directory (the official image runs
# /docker-entrypoint-initdb.d/*). Creates the role the service runs as: it may connect, nothing
# more; the service's migrations, run as the database owner, grant it the rest and only INSERT and
# SELECT on the audit tables.
set -euo pipefail
: "${KUOPAS_APP_ROLE:?}" "${KUOPAS_APP_PASSWORD:?}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v role="$KUOPAS_APP_ROLE" -v password="$KUOPAS_APP_PASSWORD" -v db="$POSTGRES_DB" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
GRANT CONNECT ON DATABASE :"db" TO :"role";
SQL

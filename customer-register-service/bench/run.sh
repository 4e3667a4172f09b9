#!/usr/bin/env bash
# Benchmark of customer-register-service (issue 4): with N persons loaded,
#   1. lookup by identity code through the API (POST /api/v1/persons/search, audited) in
#      requests/s, p50 and p99, next to the raw PostgreSQL point query on the same data (pgbench);
#   2. PMS bulk import (POST /api/v1/pms/residents, batches of up to 1000) in rows/s, next to
#      PostgreSQL COPY of the same rows into a scratch copy of the person table.
#
#   customer-register-service/bench/run.sh [N]          N persons (default 1000000)
#
# Self-contained on loopback: starts its own PostgreSQL (Debian's /usr/lib/postgresql/15, as user
# postgres when run as root) and the packaged service (target/quarkus-app/quarkus-run.jar, built
# with ./mvnw if missing) on ports of its own, signs its own access tokens (RS256; the service
# verifies them with quarkus.oidc.public-key, no Keycloak), and stops and deletes everything at
# exit. No Kafka: the consent-event consumer is off, nothing the benchmark calls needs Kafka.
# Numbers go to stdout, progress to stderr.
#
# Needs: JDK 17+ (java), PostgreSQL 15 server binaries, psql, pgbench, wrk, openssl, python3, curl.
#
# Environment (all optional):
#   LOOKUP_SECS=30 WARMUP_SECS=15   measured / warm-up seconds of API lookups (wrk)
#   FLOOR_SECS=10               seconds of the HTTP floor (GET /q/health/live, no token, no database)
#   CONCURRENCY=8               concurrent connections of both wrk and pgbench
#   WRK_THREADS=2               wrk threads (the load generator's share of the CPU)
#   LOOKUP_SAMPLE=200000        distinct random persons the lookups draw from (both wrk and pgbench)
#   PGBENCH_SECS=20             duration of the raw pgbench run
#   PMS_ROWS=50000 PMS_BATCH=1000 PMS_CONCURRENCY=1   PMS import rows, rows per call, calls in parallel
#   PMS_WARMUP_ROWS=0           import this many other new rows first, unmeasured (a warm JIT, as in a service
#                               that has imported before); 0: the measured import is the service's first
#   PG_PORT=25432 SERVICE_PORT=28081
#   PG_BIN=/usr/lib/postgresql/15/bin
#   SERVICE_JAVA_OPTS="-Xmx512m"
#   MAILING_N=100000            recipients of the mailing export (spread at random over the persons)
#   MAILING_MODE=cursor         walk the export by cursor (Link rel="next"); "page" walks numbered pages
#   JAR=...                     the service to run (default: the module's target/quarkus-app)
#   PRIVACY_PEPPER, ENCRYPTION_KEY_K1   default: the public demo values of bin/suite
#   KEEP_WORK=1                 keep the work directory (data files, logs) instead of deleting it
#   PROFILE_DIR=dir             profile the measured lookups: a JFR recording of the service (lookup.jfr),
#                               pg_stat_statements of those seconds (pg-statements.txt) and the CPU seconds
#                               of wrk, the service and PostgreSQL (cpu-split.txt) go to dir; bench/jfr-categories.py
#                               summarises the recording by framework; the PMS import likewise (pms.jfr,
#                               pms-statements.txt, pms-cpu-split.txt) plus the service's time per phase of
#                               each batch (pms-phases.txt)
#
# DEMO ONLY: invented identity codes from the DVV test range (individual number 900-999), public
# demo secrets, a trust-authenticated throw-away PostgreSQL cluster.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
N=${1:-${N:-1000000}}
LOOKUP_SECS=${LOOKUP_SECS:-30}
FLOOR_SECS=${FLOOR_SECS:-$(( LOOKUP_SECS < 10 ? LOOKUP_SECS : 10 ))}
WARMUP_SECS=${WARMUP_SECS:-15}
CONCURRENCY=${CONCURRENCY:-8}
WRK_THREADS=${WRK_THREADS:-2}
LOOKUP_SAMPLE=${LOOKUP_SAMPLE:-200000}
PGBENCH_SECS=${PGBENCH_SECS:-20}
PMS_ROWS=${PMS_ROWS:-50000}
PMS_BATCH=${PMS_BATCH:-1000}
PMS_CONCURRENCY=${PMS_CONCURRENCY:-1}
PMS_WARMUP_ROWS=${PMS_WARMUP_ROWS:-0}
PG_PORT=${PG_PORT:-25432}
SERVICE_PORT=${SERVICE_PORT:-28081}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xmx512m}
# Same public demo values as bin/suite (DEMO ONLY).
export PRIVACY_PEPPER=${PRIVACY_PEPPER:-kuopas-DEMO-ONLY-pepper-Fg17jmBnIjQ21Gkk/udFVx35pxvq/hPX}
export ENCRYPTION_KEY_K1=${ENCRYPTION_KEY_K1:-g84xIk4kSxUhKzqG8weAX8HhZggn4vW0Yk/dQT3dvX0=}
ISSUER=kuopas-bench
JAR=${JAR:-$root/customer-register-service/target/quarkus-app/quarkus-run.jar}
URL=http://127.0.0.1:$SERVICE_PORT
PERSON_COLUMNS="id, pic_encrypted, pic_key, email_key, phone_key, name_key, first_name, last_name, birth_date, email, phone, language, street_address, postal_code, city, external_pms_id, created_at, updated_at"
export PATH="$PG_BIN:$PATH" PGOPTIONS="-c client_min_messages=warning"

say() { printf '==> %s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now_s)" 'BEGIN { printf "%.3f", b - a }'; }
rate_ms() { awk -v n="$1" -v ms="$2" 'BEGIN { if (ms > 0) printf "%.0f", n * 1000 / ms; else print "n/a" }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "n/a" }'; }

case "$N" in '' | *[!0-9]*) die "N must be a number of persons" ;; esac
for tool in java psql pgbench wrk openssl python3 curl "$PG_BIN/initdb" "$PG_BIN/pg_ctl"; do
  command -v "$tool" >/dev/null || die "$tool not found (wrk: apt-get install -y wrk; PostgreSQL: postgresql-15)"
done
for port in "$PG_PORT" "$SERVICE_PORT"; do
  port_open "$port" && die "port $port is in use; set PG_PORT / SERVICE_PORT"
done

# -------------------------------------------------------------------------------- work area, cleanup
work=$(mktemp -d "${TMPDIR:-/tmp}/customer-bench.XXXXXX")
chmod 755 "$work"
svc_pid=
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || die "running as root needs the user postgres"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi
cleanup() {
  set +e
  if [ -n "$svc_pid" ] && kill -0 "$svc_pid" 2>/dev/null; then
    kill "$svc_pid"
    for _ in $(seq 1 30); do kill -0 "$svc_pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$svc_pid" 2>/dev/null && kill -9 "$svc_pid"
    wait "$svc_pid" 2>/dev/null
  fi
  if [ -f "$work/pg/postmaster.pid" ]; then
    as_pg pg_ctl -D "$work/pg" -m fast -w -t 60 stop >/dev/null 2>&1
  fi
  if [ -n "${KEEP_WORK:-}" ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# -------------------------------------------------------------------------------- build, test data
if [ ! -f "$JAR" ]; then
  say "building the service (./mvnw -B -q -pl customer-register-service -am package -DskipTests)"
  (cd "$root" && ./mvnw -B -q -pl customer-register-service -am package -DskipTests) >&2
fi

say "generating $N persons and $PMS_ROWS PMS rows (HMAC subject keys, AES-GCM identity codes)"
t=$(now_s)
java -Xmx512m "$here/BenchData.java" "$N" "$PMS_ROWS" "$work" "$LOOKUP_SAMPLE" "$PMS_BATCH" "$PMS_WARMUP_ROWS" >&2
gen_secs=$(elapsed "$t")

# -------------------------------------------------------------------------------- PostgreSQL
say "starting PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
mkdir "$work/pg"
[ "$(id -u)" = 0 ] && chown postgres: "$work/pg"
as_pg initdb -D "$work/pg" -U postgres -A trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; die "initdb failed"; }
as_pg pg_ctl -D "$work/pg" -l "$work/pg/server.log" -w -t 60 start -o \
  "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $work/pg -c max_connections=50 -c shared_buffers=256MB -c max_wal_size=4GB -c checkpoint_timeout=30min${PROFILE_DIR:+ -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all}" \
  >/dev/null || { cat "$work/pg/server.log" >&2; die "PostgreSQL did not start"; }
psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
  -c "CREATE ROLE kuopas LOGIN PASSWORD 'kuopas'" -c "CREATE ROLE kuopas_app LOGIN PASSWORD 'kuopas'" \
  -c "CREATE DATABASE customer OWNER kuopas" >/dev/null
sql() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U kuopas -d customer "$@"; }
# milliseconds of the last statement, from psql's \timing
timed_ms() { sql -c '\timing on' "$@" | awk '/^Time:/ { ms = $2 } END { print ms }'; }

# -------------------------------------------------------------------------------- tokens
openssl genpkey -algorithm ed25519 -outform DER -out "$work/audit.der" 2>/dev/null   # the audit seal key
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt-private.pem" 2>/dev/null
openssl pkey -in "$work/jwt-private.pem" -pubout -out "$work/jwt-public.pem"
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() {  # ROLE USER -> an RS256 access token valid for 6 hours
  local now h p s
  now=$(date +%s)
  h=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  p=$(printf '{"iss":"%s","aud":"customer-register-service","typ":"Bearer","sub":"%s","preferred_username":"%s","groups":["%s"],"realm_access":{"roles":["%s"]},"iat":%d,"exp":%d}' \
    "$ISSUER" "$2" "$2" "$1" "$1" "$now" $((now + 21600)) | b64url)
  s=$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$work/jwt-private.pem" | b64url)
  printf '%s.%s.%s' "$h" "$p" "$s"
}
LOOKUP_TOKEN=$(token customer-service bench.asiakaspalvelu)
PMS_TOKEN=$(token pms-integration bench.pms)

# -------------------------------------------------------------------------------- service
say "starting customer-register-service on 127.0.0.1:$SERVICE_PORT ($SERVICE_JAVA_OPTS)"
# shellcheck disable=SC2086  # SERVICE_JAVA_OPTS is a list of options
( cd "$root/customer-register-service" && exec env \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$SERVICE_PORT" \
    DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/customer" DB_USER=kuopas_app DB_PASSWORD=kuopas \
    DB_OWNER_USER=kuopas DB_OWNER_PASSWORD=kuopas \
    AUDIT_SIGNING_PRIVATE_KEY="$(base64 -w0 "$work/audit.der")" \
    AUDIT_SIGNING_PUBLIC_KEY="$(openssl pkey -inform DER -in "$work/audit.der" -pubout -outform DER | base64 -w0)" \
    KAFKA_PASSWORD=unused OUTBOX_RELAY_ENABLED=false KUOPAS_KAFKA_HEALTH_ENABLED=false \
    QUARKUS_OIDC_AUTH_SERVER_URL= QUARKUS_OIDC_PUBLIC_KEY="$(grep -v -- '-----' "$work/jwt-public.pem" | tr -d '\n')" \
    QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
    ${PROFILE_DIR:+QUARKUS_LOG_CATEGORY__FI_KUOPAS_CUSTOMER_SERVICE__LEVEL=DEBUG} \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9 \
    java $SERVICE_JAVA_OPTS ${PROFILE_DIR:+-XX:FlightRecorderOptions=stackdepth=256} -jar "$JAR" ) >"$work/service.log" 2>&1 &
svc_pid=$!
search() {  # CODE -> "HTTP_STATUS BODY"
  curl -s -m 30 -w '\n%{http_code}' -X POST "$URL/api/v1/persons/search" -H "Authorization: Bearer $LOOKUP_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"personalIdentityCode\":\"$1\"}"
}
t=$(now_s)
until [ "$(search 131052-308T | tail -n1)" = 200 ]; do
  kill -0 "$svc_pid" 2>/dev/null || { tail -n 40 "$work/service.log" >&2; die "the service exited"; }
  [ "$(elapsed "$t" | cut -d. -f1)" -lt 300 ] || { tail -n 40 "$work/service.log" >&2; die "the service did not answer in 300 s"; }
  sleep 1
done
say "service answers (migrated, tokens accepted) after $(elapsed "$t") s"
# The tokens are really checked: a forged signature is refused, and so is a role without access.
status_with() {
  curl -s -m 30 -o /dev/null -w '%{http_code}' -X POST "$URL/api/v1/persons/search" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' -d '{"personalIdentityCode":"131052-308T"}'
}
[ "$(status_with "${LOOKUP_TOKEN%.*}.$(printf 'forged' | b64url)")" = 401 ] || die "a token with a forged signature was not refused"
[ "$(status_with "$PMS_TOKEN")" = 403 ] || die "role pms-integration was not refused a person search"

# -------------------------------------------------------------------------------- load N persons
say "COPY $N persons into person"
copy_ms=$(timed_ms -c "\\copy person ($PERSON_COLUMNS) FROM '$work/persons.csv' WITH (FORMAT csv)")
say "COPY $N address provenance rows into field_provenance"
prov_ms=$(timed_ms -c "\\copy field_provenance (person_id, field, source, retrieved_at, purpose) FROM '$work/provenance.csv' WITH (FORMAT csv)")
say "VACUUM ANALYZE"
sql -c "VACUUM ANALYZE person" -c "VACUUM ANALYZE field_provenance"
loaded=$(sql -At -c "SELECT count(*) FROM person")
[ "$loaded" = "$N" ] || die "person has $loaded rows, expected $N"
db_size=$(sql -At -c "SELECT pg_size_pretty(pg_total_relation_size('person'))")

code=$(head -n1 "$work/lookup-codes.txt")
answer=$(search "$code")
[ "$(tail -n1 <<<"$answer")" = 200 ] && grep -q '"total":1' <<<"$answer" && grep -q "\"${code:0:7}\*\*\*\*\"" <<<"$answer" \
  || { echo "$answer" >&2; die "a loaded person was not found by its identity code"; }

# -------------------------------------------------------------------------------- lookups: API
run_wrk() {  # SECONDS [PATH] -> the WRK line of lookup.lua; with a PATH, a plain GET of it (the HTTP floor)
  if [ -n "${2:-}" ]; then
    wrk -t "$WRK_THREADS" -c "$CONCURRENCY" -d "${1}s" --timeout 30s -s "$here/lookup.lua" "$URL$2" | grep '^WRK '
  else
    wrk -t "$WRK_THREADS" -c "$CONCURRENCY" -d "${1}s" --timeout 30s -s "$here/lookup.lua" "$URL/api/v1/persons/search" \
      -- "$work/lookup-codes.txt" "$LOOKUP_TOKEN" | grep '^WRK '
  fi
}
kv() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" ${2#WRK }"; }
say "API lookups: warm-up $WARMUP_SECS s"
run_wrk "$WARMUP_SECS" >/dev/null
say "API lookups: $LOOKUP_SECS s, $CONCURRENCY connections"
# CPU ticks (user + system) of a process and its threads; of PostgreSQL: all its processes.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  local pm t=0 p
  pm=$(head -n1 "$work/pg/postmaster.pid")
  for p in $pm $(pgrep -P "$pm"); do t=$((t + $(ticks "$p"))); done
  echo "$t"
}
# Per thread of a process: "tid ticks name" (name as the kernel keeps it, 15 characters).
thread_ticks() {
  local t
  for t in /proc/"$1"/task/*; do
    sed -E 's/^([0-9]+) \((.*)\) [A-Za-z] (([^ ]+ ){10})([0-9]+) ([0-9]+).*/\1 \5 \6 \2/' "$t/stat" 2>/dev/null \
      | awk '{ name = $4; for (i = 5; i <= NF; i++) name = name " " $i; print $1, $2 + $3, name }'
  done
}
all_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
if [ -n "${PROFILE_DIR:-}" ]; then
  mkdir -p "$PROFILE_DIR"
  sql -U postgres -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" -c "SELECT pg_stat_statements_reset()" >/dev/null
  svc_java=$(pgrep -P "$svc_pid" java || echo "$svc_pid")
  jcmd "$svc_java" JFR.start name=lookup settings=profile filename="$PROFILE_DIR/lookup.jfr" >/dev/null
  cpu0=$(all_ticks); svc0=$(ticks "$svc_java"); pg0=$(pg_ticks)
  wrk_cpu=$( { /usr/bin/time -f 'WRKCPU %U %S' wrk -t "$WRK_THREADS" -c "$CONCURRENCY" -d "${LOOKUP_SECS}s" --timeout 30s \
      -s "$here/lookup.lua" "$URL/api/v1/persons/search" -- "$work/lookup-codes.txt" "$LOOKUP_TOKEN" >"$work/wrk.out"; } 2>&1 )
  api=$(grep '^WRK ' "$work/wrk.out")
  cpu1=$(all_ticks); svc1=$(ticks "$svc_java"); pg1=$(pg_ticks)
  jcmd "$svc_java" JFR.stop name=lookup >/dev/null
  hz=$(getconf CLK_TCK)
  { echo "CPU seconds during the $LOOKUP_SECS s of measured lookups ($(nproc) CPUs = $((LOOKUP_SECS * $(nproc))) CPU-s available)"
    awk -v hz="$hz" -v a="$((svc1 - svc0))" -v b="$((pg1 - pg0))" -v c="$((cpu1 - cpu0))" -v w="$wrk_cpu" 'BEGIN {
      split(w, x, " "); wrk = x[2] + x[3];
      printf "service (JVM)   %7.1f\nPostgreSQL      %7.1f\nwrk             %7.1f\nwhole machine   %7.1f (everything else %.1f)\n",
        a / hz, b / hz, wrk, c / hz, c / hz - a / hz - b / hz - wrk }'
  } >"$PROFILE_DIR/cpu-split.txt"
  sql -U postgres -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
      rows, shared_blks_hit + shared_blks_read AS blks, wal_records, left(regexp_replace(query, '\s+', ' ', 'g'), 200) AS query
    FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15" >"$PROFILE_DIR/pg-statements.txt"
  say "profile of the measured lookups in $PROFILE_DIR"
else
  api=$(run_wrk "$LOOKUP_SECS")
fi
api_n=$(kv requests "$api"); api_s=$(awk -v us="$(kv duration_us "$api")" 'BEGIN { printf "%.3f", us / 1e6 }')
api_bad=$(( $(kv bad "$api") + $(kv connect "$api") + $(kv read "$api") + $(kv write "$api") + $(kv timeout "$api") ))
# The service's HTTP floor: GET /q/health/live (no token, no database, no audit), same connections.
# What any request costs here, so the audited lookup's share of the raw point query can be read
# against the share an empty request reaches.
say "HTTP floor: GET /q/health/live, $FLOOR_SECS s, $CONCURRENCY connections"
floor=$(run_wrk "$FLOOR_SECS" /q/health/live)
floor_n=$(kv requests "$floor"); floor_s=$(awk -v us="$(kv duration_us "$floor")" 'BEGIN { printf "%.3f", us / 1e6 }')
floor_bad=$(( $(kv bad "$floor") + $(kv connect "$floor") + $(kv read "$floor") + $(kv timeout "$floor") ))
ms() { awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'; }   # microseconds -> ms
secs() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }   # milliseconds -> s
percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f %%", 100 * a / b; else print "n/a" }'; }   # a as a share of b

# -------------------------------------------------------------------------------- lookups: pgbench
say "raw point query: pgbench $PGBENCH_SECS s, $CONCURRENCY clients"
sql -c "CREATE TABLE bench_keys (n INT PRIMARY KEY, pic_key VARCHAR(80) NOT NULL)" \
    -c "\\copy bench_keys FROM '$work/lookup-keys.csv' WITH (FORMAT csv)" -c "ANALYZE bench_keys"
cat >"$work/point.sql" <<'SQL'
\set r random(1, :nkeys)
SELECT p.* FROM person p WHERE p.pic_key = (SELECT k.pic_key FROM bench_keys k WHERE k.n = :r) AND p.anonymised_at IS NULL AND p.restricted = false;
SQL
mkdir "$work/pgbench"
pgb_args=(-n -M prepared -c "$CONCURRENCY" -j "$WRK_THREADS" -f "$work/point.sql" -D "nkeys=$LOOKUP_SAMPLE"
          -h 127.0.0.1 -p "$PG_PORT" -U kuopas customer)
pgbench "${pgb_args[@]}" -T 5 >/dev/null 2>&1   # warm-up
pgb_out=$( cd "$work/pgbench" && pgbench "${pgb_args[@]}" -T "$PGBENCH_SECS" -l --log-prefix=point 2>&1 ) \
  || { echo "$pgb_out" >&2; die "pgbench failed"; }
pgb_tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$pgb_out" | tail -n1)
pgb_n=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<<"$pgb_out")
pgb_failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$pgb_out")
pct() { sort -n | awk -v q="$1" '{ a[NR] = $1 } END { i = int(NR * q + 0.999999); if (i < 1) i = 1; print a[i] }'; }
pgb_p50=$(cat "$work"/pgbench/point.* | awk '{ print $3 }' | pct 0.50)
pgb_p99=$(cat "$work"/pgbench/point.* | awk '{ print $3 }' | pct 0.99)
sample_hit=$(sql -At -c "SELECT count(*) FROM bench_keys k JOIN person p USING (pic_key)")
# The database's share of an audited lookup: the statement the service sends (page, provenance and
# audit line in one autocommit statement, AuditLog.selectAudited) straight from pgbench. Its lines
# are filed as VIEW of record type bench, apart from the SEARCH lines of the API lookups.
say "raw SQL audited point query: pgbench $PGBENCH_SECS s, $CONCURRENCY clients"
cat >"$work/audited.sql" <<'SQL'
\set r random(1, :nkeys)
WITH audited_read AS MATERIALIZED (SELECT pg.*, prov.fields, prov.sources, prov.retrieved, prov.purposes FROM (SELECT p.id, p.pic_encrypted, p.pic_temporary, p.first_name, p.last_name, p.birth_date, p.email, p.phone, p.language, p.street_address, p.postal_code, p.city, p.protected_address, p.restricted, p.external_pms_id, p.version, coalesce(p.pic_key, p.email_key, p.phone_key, p.name_key, p.pic_alias_key) AS audit_key, row_number() OVER (ORDER BY p.last_name, p.first_name, p.id) AS n, count(*) OVER () AS total FROM person p WHERE (p.pic_key = (SELECT k.pic_key FROM bench_keys k WHERE k.n = :r) OR p.pic_alias_key = (SELECT k.pic_key FROM bench_keys k WHERE k.n = :r)) AND p.anonymised_at IS NULL AND p.restricted = false ORDER BY n LIMIT 20 OFFSET 0) pg LEFT JOIN LATERAL (SELECT array_agg(f.field ORDER BY f.field) AS fields, array_agg(f.source ORDER BY f.field) AS sources, array_agg(f.retrieved_at ORDER BY f.field) AS retrieved, array_agg(f.purpose ORDER BY f.field) AS purposes FROM field_provenance f WHERE f.person_id = pg.id) prov ON true), audited_lines AS (INSERT INTO audit_log (occurred_at, actor, actor_roles, subject_key, action, record_type, record_id, purpose) SELECT now(), 'pgbench', 'customer-service', r.audit_key, 'VIEW', 'bench', r.id::text, 'benchmark' FROM audited_read r ORDER BY r.n) SELECT * FROM audited_read r ORDER BY r.n;
SQL
pgb_aud_out=$( cd "$work/pgbench" && pgbench "${pgb_args[@]/point.sql/audited.sql}" -T "$PGBENCH_SECS" 2>&1 ) \
  || { echo "$pgb_aud_out" >&2; die "pgbench (audited) failed"; }
pgb_aud_tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$pgb_aud_out" | tail -n1)
pgb_aud_lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$pgb_aud_out")
# What synchronous_commit off would buy (never set for the service: docs/audit.md): the same statement
# with this pgbench session's commits acknowledged before their WAL is flushed.
pgb_async_out=$( cd "$work/pgbench" && PGOPTIONS="$PGOPTIONS -c synchronous_commit=off" \
  pgbench "${pgb_args[@]/point.sql/audited.sql}" -T "$PGBENCH_SECS" 2>&1 ) \
  || { echo "$pgb_async_out" >&2; die "pgbench (audited, synchronous_commit off) failed"; }
pgb_async_tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$pgb_async_out" | tail -n1)

# -------------------------------------------------------------------------------- audit: seal lag
# Every lookup above wrote one access-log line; the sealer signs them into Merkle seals every
# second. Lag = sealed_at - occurred_at of each of those lines.
sleep 3
seal_lag=$(sql -At -F' ' -c "SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY d)::numeric, 3),
    round(percentile_cont(0.99) WITHIN GROUP (ORDER BY d)::numeric, 3), round(max(d)::numeric, 3), count(*)
  FROM (SELECT extract(epoch FROM s.sealed_at - a.occurred_at) AS d FROM audit_log a
        JOIN audit_leaf l ON l.entry_id = a.id JOIN audit_seal s ON s.seq = l.seal_seq WHERE a.action = 'SEARCH') x")
read -r lag_p50 lag_p99 lag_max lag_n <<<"$seal_lag"
unsealed=$(sql -At -c "SELECT count(*) FROM audit_pending")
seals=$(sql -At -c "SELECT count(*) FROM audit_seal")

# -------------------------------------------------------------------------------- mailing export
# MAILING_N persons with email marketing consent, spread at random over the register; the export is
# read 5000 a page, by cursor (following Link rel="next") or by page number, every recipient audited
# (one batched statement a page).
MAILING_N=${MAILING_N:-100000}
MAILING_MODE=${MAILING_MODE:-cursor}
sql -c "INSERT INTO marketing_preference (person_id, channel, allowed, reason, updated_at)
        SELECT id, 'EMAIL', true, 'bench', now() FROM person WHERE restricted = false AND anonymised_at IS NULL
          AND protected_address = false ORDER BY md5(id::text) LIMIT $MAILING_N ON CONFLICT DO NOTHING" >/dev/null
sql -c "ANALYZE marketing_preference" >/dev/null
say "mailing export: $MAILING_N recipients by $MAILING_MODE"
export URL LOOKUP_TOKEN MAILING_MODE
mailing=$(python3 - <<'PY'
import json, os, re, time, urllib.request
url, token, mode = os.environ["URL"], os.environ["LOOKUP_TOKEN"], os.environ["MAILING_MODE"]
t0, page, total = time.perf_counter(), 0, 0
nxt = "/api/v1/mailing-recipients?channel=EMAIL&size=5000&cursor=start"
while True:
    path = nxt if mode == "cursor" else f"/api/v1/mailing-recipients?channel=EMAIL&size=5000&page={page}"
    req = urllib.request.Request(url + path, headers={"Authorization": "Bearer " + token})
    with urllib.request.urlopen(req, timeout=600) as r:
        rows = json.loads(r.read())
        link = r.headers.get("Link") or ""
    total += len(rows)
    m = re.search(r'<([^>]*)>; rel="next"', link)
    if (mode == "cursor" and not m) or (mode != "cursor" and len(rows) < 5000):
        break
    nxt = m.group(1) if m else None
    page += 1
print(total, page + 1, f"{time.perf_counter() - t0:.3f}")
PY
)
read -r mail_n mail_pages mail_secs <<<"$mailing"
mail_audit=$(sql -At -c "SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND record_type = 'mailing'")

# -------------------------------------------------------------------------------- PMS import: API
before=$(sql -At -c "SELECT count(*) FROM person")
batches=$(find "$work/pms" -name 'batch-*.json' | wc -l)
say "PMS import: $PMS_ROWS rows, $batches calls of up to $PMS_BATCH rows, $PMS_CONCURRENCY in parallel"
export URL PMS_TOKEN PMS_CONCURRENCY work
pms_import() {  # DIR of batch-*.json -> "created rejected secs call_p50 call_max first_error"
PMS_DIR=$1 python3 - <<'PY'
import concurrent.futures as cf, glob, json, os, time, urllib.request
url, token, work = os.environ["URL"], os.environ["PMS_TOKEN"], os.environ["work"]
files = sorted(glob.glob(os.path.join(os.environ["PMS_DIR"], "batch-*.json")))
bodies = [open(f, "rb").read() for f in files]
def post(body):
    t = time.perf_counter()
    req = urllib.request.Request(url + "/api/v1/pms/residents", method="POST", data=body,
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=3600) as r:
        res = json.loads(r.read())
    err = next((row.get("error") for row in res["rows"] if row["status"] == "REJECTED"), None)
    return res["created"], res["rejected"], time.perf_counter() - t, err
t0 = time.perf_counter()
with cf.ThreadPoolExecutor(int(os.environ["PMS_CONCURRENCY"])) as pool:
    results = list(pool.map(post, bodies))
secs = time.perf_counter() - t0
calls = sorted(r[2] for r in results)
errors = [r[3] for r in results if r[3]]
print(sum(r[0] for r in results), sum(r[1] for r in results), f"{secs:.3f}", f"{calls[len(calls) // 2]:.2f}",
      f"{calls[-1]:.2f}", json.dumps(errors[0] if errors else "-"))
PY
}
pms_warm="-"
if [ "$PMS_WARMUP_ROWS" -gt 0 ]; then
  say "PMS warm-up import (unmeasured): $PMS_WARMUP_ROWS other new rows"
  pms_warm=$(pms_import "$work/pms-warmup")
  before=$(sql -At -c "SELECT count(*) FROM person")
fi
if [ -n "${PROFILE_DIR:-}" ]; then
  sql -U postgres -c "SELECT pg_stat_statements_reset()" >/dev/null
  # The profile settings with an execution sample every 10 ms (not 20) for enough samples of a few seconds,
  # and every JIT compilation recorded (not only those over 100 ms).
  jfr configure --input profile --output "$work/pms.jfc" "jdk.ExecutionSample#period=10 ms" "jdk.Compilation#threshold=0 ms" >/dev/null
  jcmd "$svc_java" JFR.start name=pms settings="$work/pms.jfc" filename="$PROFILE_DIR/pms.jfr" >/dev/null
  thread_ticks "$svc_java" >"$work/pms-threads0.txt"
  cpu0=$(all_ticks); svc0=$(ticks "$svc_java"); pg0=$(pg_ticks)
fi
pms=$(pms_import "$work/pms")
read -r pms_created pms_rejected pms_secs pms_call_p50 pms_call_max pms_error <<<"$pms"
if [ -n "${PROFILE_DIR:-}" ]; then
  cpu1=$(all_ticks); svc1=$(ticks "$svc_java"); pg1=$(pg_ticks)
  jcmd "$svc_java" JFR.stop name=pms >/dev/null
  { echo "CPU seconds during the $pms_secs s of the PMS import ($(nproc) CPUs)"
    awk -v hz="$hz" -v a="$((svc1 - svc0))" -v b="$((pg1 - pg0))" -v c="$((cpu1 - cpu0))" 'BEGIN {
      printf "service (JVM)   %7.1f\nPostgreSQL      %7.1f\nwhole machine   %7.1f (everything else, the client included, %.1f)\n",
        a / hz, b / hz, c / hz, c / hz - a / hz - b / hz }'
    # The JVM's CPU by thread group (request threads, prepare helpers, JIT compilers, GC, ...).
    thread_ticks "$svc_java" | python3 -c '
import sys, collections
hz = float(sys.argv[1]); before = {}
for line in open(sys.argv[2]):
    tid, ticks, name = line.rstrip("\n").split(" ", 2); before[tid] = int(ticks)
groups = collections.Counter()
for line in sys.stdin:
    tid, ticks, name = line.rstrip("\n").split(" ", 2)
    groups[name.rstrip("0123456789#-")] += int(ticks) - before.get(tid, 0)
print("service (JVM) by thread (name up to its number, as the kernel keeps it):")
for name, t in groups.most_common():
    if t > 0:
        print(f"  {t / hz:7.2f}  {name}")
' "$hz" "$work/pms-threads0.txt"
  } >"$PROFILE_DIR/pms-cpu-split.txt"
  sql -U postgres -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
      rows, shared_blks_hit + shared_blks_read AS blks, wal_records, left(regexp_replace(query, '\s+', ' ', 'g'), 200) AS query
    FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 20" >"$PROFILE_DIR/pms-statements.txt"
  grep 'PMS batch of' "$work/service.log" >"$PROFILE_DIR/pms-phases.txt" || true
  say "profile of the PMS import in $PROFILE_DIR (pms.jfr, pms-statements.txt, pms-cpu-split.txt, pms-phases.txt)"
fi
after=$(sql -At -c "SELECT count(*) FROM person")

# -------------------------------------------------------------------------------- PMS rows: COPY
say "COPY the same $PMS_ROWS rows into a scratch copy of person"
sql -c "CREATE TABLE bench_person_copy (LIKE person INCLUDING ALL)"
pms_copy_ms=$(timed_ms -c "\\copy bench_person_copy ($PERSON_COLUMNS) FROM '$work/pms.csv' WITH (FORMAT csv)")
audit_rows=$(sql -At -c "SELECT count(*) FROM audit_log")

# -------------------------------------------------------------------------------- report
cmd="customer-register-service/bench/run.sh $N"
for v in LOOKUP_SECS WARMUP_SECS CONCURRENCY WRK_THREADS LOOKUP_SAMPLE PGBENCH_SECS PMS_ROWS PMS_BATCH PMS_CONCURRENCY PMS_WARMUP_ROWS SERVICE_JAVA_OPTS; do
  cmd="$v=\"${!v}\" $cmd"
done
cat <<EOF

customer-register-service benchmark — $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)
command: $cmd
PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') (shared_buffers 256MB, fsync on, synchronous_commit on); $(java -version 2>&1 | head -n1); service $SERVICE_JAVA_OPTS

data: $N persons ($db_size with indexes) + $N address provenance rows; generated in ${gen_secs} s
  PostgreSQL COPY into person            $(rate_ms "$N" "$copy_ms") rows/s   ($N rows in $(secs "$copy_ms") s; 5 indexes)
  PostgreSQL COPY into field_provenance  $(rate_ms "$N" "$prov_ms") rows/s   ($N rows in $(secs "$prov_ms") s)

lookup by identity code                  throughput        p50        p99   requests
  API POST /api/v1/persons/search  $(printf '%10s req/s %8s ms %8s ms %10s' "$(rate "$api_n" "$api_s")" "$(ms "$(kv p50_us "$api")")" "$(ms "$(kv p99_us "$api")")" "$api_n")
  raw SQL point query (pgbench)    $(printf '%10s tx/s  %8s ms %8s ms %10s' "$(printf '%.0f' "$pgb_tps")" "$(ms "$pgb_p50")" "$(ms "$pgb_p99")" "$pgb_n")
  HTTP floor GET /q/health/live    $(printf '%10s req/s %8s ms %8s ms %10s' "$(rate "$floor_n" "$floor_s")" "$(ms "$(kv p50_us "$floor")")" "$(ms "$(kv p99_us "$floor")")" "$floor_n")   ($floor_bad not 200; no token, no database)
  ($CONCURRENCY connections each; both draw uniformly from the same $LOOKUP_SAMPLE random persons ($sample_hit found by SQL);
   API: $api_n requests in $api_s s, $api_bad not answered 200 with exactly one person; pgbench: ${pgb_failed:-0} failed)
  raw SQL audited point query (pgbench, the service's statement with its audit line, one commit each)
                                   $(printf '%10s tx/s  (mean %s ms)' "$(printf '%.0f' "$pgb_aud_tps")" "$pgb_aud_lat")
  the same with synchronous_commit off (experiment only)  $(printf '%.0f' "$pgb_async_tps") tx/s
  audited lookup / raw audited statement: $(percent "$(rate "$api_n" "$api_s")" "$pgb_aud_tps")
  HTTP floor / raw point query: $(percent "$(rate "$floor_n" "$floor_s")" "$pgb_tps")
  raw audited statement / raw point query: $(percent "$pgb_aud_tps" "$pgb_tps")
  audited lookup / raw point query: $(percent "$(rate "$api_n" "$api_s")" "$pgb_tps")

access log (every lookup above audited, sealed into signed Merkle seals every second)
  seal lag (sealed_at - occurred_at)   p50 ${lag_p50} s   p99 ${lag_p99} s   max ${lag_max} s   over $lag_n lines; $seals seals; unsealed at the end: $unsealed

mailing export (GET /api/v1/mailing-recipients?channel=EMAIL, 5000 a page, by $MAILING_MODE)
  $mail_n recipients in $mail_pages pages in $mail_secs s; audit lines written: $mail_audit

PMS bulk import                          throughput
  API POST /api/v1/pms/residents   $(printf '%10s rows/s' "$(rate "$pms_created" "$pms_secs")")   ($pms_created created, $pms_rejected rejected of $PMS_ROWS in $pms_secs s; $batches calls, $PMS_CONCURRENCY in parallel, median call $pms_call_p50 s, slowest $pms_call_max s)
  PostgreSQL COPY, same rows       $(printf '%10s rows/s' "$(rate_ms "$PMS_ROWS" "$pms_copy_ms")")   ($PMS_ROWS rows in $(secs "$pms_copy_ms") s into an empty copy of person with its indexes)
  person rows: $before before the import, $after after; audit_log rows at the end: $audit_rows; first rejection: $pms_error
  warm-up before it (PMS_WARMUP_ROWS=$PMS_WARMUP_ROWS; created rejected seconds median slowest first-rejection): $pms_warm
EOF

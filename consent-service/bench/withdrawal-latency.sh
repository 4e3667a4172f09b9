#!/usr/bin/env bash
# Withdrawal accepted by consent-service → applied in the customer register, next to raw
# produce → consume on the same broker, in the same run. Needs the running suite (bin/suite up);
# not a test. Usage: consent-service/bench/withdrawal-latency.sh [N]   (default N=200)
# WARMUP (default 50) withdrawals go first and are not counted, as the raw side discards its first 20
# records: right after bin/suite up the services' code is still being compiled.
#
# Withdrawal latency = customer register's processed_event.processed_at (the consumer applies the
# event, in the transaction that changes the marketing preference) − consent-service's
# outbox_event.created_at (the withdrawal's transaction), both read from the suite's PostgreSQL,
# so neither polling nor HTTP adds to it. Raw = RawKafkaLatency.java (one record at a time).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
N=${1:-200}
PORTS=$ROOT/.suite/run/ports.env
[ -f "$PORTS" ] || { echo "the suite is not up (bin/suite up)" >&2; exit 1; }
# shellcheck disable=SC1090
source "$PORTS"
SUITE=$ROOT/bin/suite
CS=$("$SUITE" token asta.asiakaspalvelu)
LO=$("$SUITE" token leena.vuokraus)
psql_at() { psql -h 127.0.0.1 -p "$PG_PORT" -U kuopas -d "$1" -At -F ' ' -c "$2"; }
api() { local token=$1 method=$2 url=$3 body=${4:-}; curl -sf -X "$method" "$url" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' ${body:+-d "$body"}; }

run=$(date +%s)-$RANDOM
email="bench.$run@example.test"
api "$LO" POST "http://127.0.0.1:$CUSTOMER_PORT/api/v1/persons" \
  "{\"firstName\":\"Bench\",\"lastName\":\"Mittaus\",\"birthDate\":\"1980-01-01\",\"email\":\"$email\",\"language\":\"fi\"}" >/dev/null
notice=$(api "$CS" GET "http://127.0.0.1:$CONSENT_PORT/api/v1/purposes" | python3 -c '
import json,sys
for p in json.load(sys.stdin):
    if p["code"] == "marketing-email":
        print([n["version"] for n in p["currentNotices"] if n["language"] == "fi"][-1])')
grant="{\"subject\":{\"email\":\"$email\"},\"purpose\":\"marketing-email\",\"noticeVersion\":\"$notice\",\"language\":\"fi\",\"channel\":\"WEB_FORM\"}"
withdraw="{\"subject\":{\"email\":\"$email\"},\"purpose\":\"marketing-email\",\"channel\":\"WEB_FORM\"}"

WARMUP=${WARMUP:-50}
key=$(api "$CS" POST "http://127.0.0.1:$CONSENT_PORT/api/v1/consents" "$grant" | python3 -c 'import json,sys; print(json.load(sys.stdin)["subjectKey"])')
echo "== $WARMUP withdrawals to warm up (not counted)"
for i in $(seq "$WARMUP"); do
  api "$CS" POST "http://127.0.0.1:$CONSENT_PORT/api/v1/consents/withdrawals" "$withdraw" >/dev/null
  api "$CS" POST "http://127.0.0.1:$CONSENT_PORT/api/v1/consents" "$grant" >/dev/null
done
sleep 1
since=$(psql_at consent "SELECT now()")
echo "== $N withdrawals (each after a grant) for one person of the customer register"
for i in $(seq "$N"); do
  api "$CS" POST "http://127.0.0.1:$CONSENT_PORT/api/v1/consents/withdrawals" "$withdraw" >/dev/null
  sleep 0.05
  api "$CS" POST "http://127.0.0.1:$CONSENT_PORT/api/v1/consents" "$grant" >/dev/null
  sleep 0.05
done
sleep 3

psql_at consent "SELECT event_id, extract(epoch FROM created_at) FROM outbox_event
  WHERE record_key = '$key' AND event_type = 'fi.kuopas.consent.withdrawn.v1' AND created_at > '$since'" >"/tmp/bench-sent.$run"
psql_at customer "SELECT event_id, extract(epoch FROM processed_at) FROM processed_event
  WHERE event_type = 'fi.kuopas.consent.withdrawn.v1'" >"/tmp/bench-applied.$run"

echo "== raw produce → consume on the same broker"
CP=$(cat "$ROOT/.suite/run/launcher.classpath")
raw=$(java -cp "$CP" "$ROOT/consent-service/bench/RawKafkaLatency.java" "127.0.0.1:$KAFKA_PORT" admin \
  "${KAFKA_ADMIN_PASSWORD:-kuopas-DEMO-ONLY-kafka-admin}" "$N" 2>/dev/null | grep '^raw ')

python3 - "/tmp/bench-sent.$run" "/tmp/bench-applied.$run" "$raw" <<'PY'
import math, sys
sent = dict(l.split() for l in open(sys.argv[1]) if l.strip())
applied = dict(l.split() for l in open(sys.argv[2]) if l.strip())
ms = sorted((float(applied[e]) - float(t)) * 1000 for e, t in sent.items() if e in applied)
def pct(p): return ms[min(len(ms) - 1, math.ceil(p / 100 * len(ms)) - 1)]
raw = sys.argv[3].split()
print(f"{'':34} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'n':>5}")
print(f"{'withdrawal accepted -> applied':34} {pct(50):8.1f} {pct(99):8.1f} {ms[-1]:8.1f} {len(ms):5d}   ({len(sent) - len(ms)} not applied)")
print(f"{'raw produce -> consume':34} {float(raw[1]):8.1f} {float(raw[2]):8.1f} {float(raw[3]):8.1f} {int(raw[4]):5d}")
PY
rm -f "/tmp/bench-sent.$run" "/tmp/bench-applied.$run"

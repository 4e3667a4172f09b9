#!/usr/bin/env bash
# DSR access at scale (issue 19 item 2), against a running suite (bin/suite up, with this shell's ports):
#   1. loads the registers to SCALE x (1 M customers, 50 k employees, 200 k stakeholder contacts,
#      10 M CCTV segments): customers by COPY of customer-register-service/bench/BenchData.java's
#      rows (real HMAC keys and AES-GCM identity codes, so the ACCESS cases find them); employees,
#      contacts and segments by one INSERT … SELECT generate_series each in the suite's PostgreSQL
#      (random subject keys: volume the registers' lookups must search through, nobody a case asks for);
#   2. opens CASES ACCESS cases for loaded customers with CLIENTS concurrent clients through the
#      gateway's API (POST /api/v1/data-subject-requests, DPO token of tiina.tietosuoja), each client
#      polling its case until COMPLETED;
#   3. prints opening -> COMPLETED p50/p99 (the gateway's receivedAt -> completedAt, and the
#      client's wall clock), cases/s, and per register: when its answer was in (registers[].completedAt
#      from the case), p50/p99, and its share of the case's time.
#
#   gateway/bench/dsr-access.sh [SCALE]    SCALE=1 is the issue's scale; SCALE=0.001 a smoke run
#
# Loading is skipped for a table that already holds at least its target rows (a second run measures
# again without reloading). The cases and their register audit lines stay behind (bin/suite reset).
# Environment: SCALE, CASES=200, WARMUP=40 (cases opened first for other persons and not counted:
# the JIT and the connection pools warm up on them; WARMUP=0 measures a cold suite), CLIENTS=8, SEGMENT_CHUNK=1000000 (segments a statement),
# CASE_TIMEOUT_SECS=600 (wait per case), PG_PORT (15432), GATEWAY_PORT (8080), TOKEN (else
# `bin/suite token tiina.tietosuoja`, taken again every TOKEN_REFRESH_SECS=300),
# PRIVACY_PEPPER / ENCRYPTION_KEY_K1 (the suite's demo values).
# DEMO ONLY: invented identity codes from the DVV test range, public demo secrets.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
SCALE=${1:-${SCALE:-1}}
CASES=${CASES:-200}
WARMUP=${WARMUP:-40}
CLIENTS=${CLIENTS:-8}
SEGMENT_CHUNK=${SEGMENT_CHUNK:-1000000}
PG_PORT=${PG_PORT:-15432}
GATEWAY=${GATEWAY_URL:-http://localhost:${GATEWAY_PORT:-8080}}
export PRIVACY_PEPPER=${PRIVACY_PEPPER:-kuopas-DEMO-ONLY-pepper-Fg17jmBnIjQ21Gkk/udFVx35pxvq/hPX}
export ENCRYPTION_KEY_K1=${ENCRYPTION_KEY_K1:-g84xIk4kSxUhKzqG8weAX8HhZggn4vW0Yk/dQT3dvX0=}
export PGOPTIONS="-c client_min_messages=warning"
scaled() { awk -v s="$SCALE" -v n="$1" 'BEGIN { v = int(s * n); if (v < 1) v = 1; print v }'; }
CUSTOMERS=$(scaled 1000000)
EMPLOYEES=$(scaled 50000)
CONTACTS=$(scaled 200000)
SEGMENTS=$(scaled 10000000)
say() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
die() { echo "dsr-access: $*" >&2; exit 1; }
sql() { local db=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 "postgresql://kuopas:kuopas@localhost:$PG_PORT/$db" "$@"; }
now_s() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now_s)" 'BEGIN { printf "%.1f", b - a }'; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

curl -s -o /dev/null -m 5 "$GATEWAY/q/health/ready" || die "no gateway answers at $GATEWAY (bin/suite up first, with this shell's ports)"

# -------------------------------------------------------------------------------- load
# Customers: the lookup sample of BenchData is the subjects of the cases. Its codes are derived from
# the row number, so a second run regenerates the same persons (and the same sample) without loading.
say "generating $CUSTOMERS customers (HMAC subject keys, AES-GCM identity codes)"
java -Xmx512m "$root/customer-register-service/bench/BenchData.java" "$CUSTOMERS" 0 "$work" "$((CASES + WARMUP))" 1000 >&2
PERSON_COLUMNS="id, pic_encrypted, pic_key, email_key, phone_key, name_key, first_name, last_name, birth_date, email, phone, language, street_address, postal_code, city, external_pms_id, created_at, updated_at"
have=$(sql customer -c "SELECT count(*) FROM person")
if [ "$have" -lt "$CUSTOMERS" ]; then
  say "COPY $CUSTOMERS customers into customer.person (has $have)"
  t=$(now_s)
  sql customer -c "\\copy person ($PERSON_COLUMNS) FROM '$work/persons.csv' WITH (FORMAT csv)" \
    -c "\\copy field_provenance (person_id, field, source, retrieved_at, purpose) FROM '$work/provenance.csv' WITH (FORMAT csv)" \
    -c "VACUUM ANALYZE person" || die "COPY into customer.person failed (a partial earlier load? bin/suite reset)"
  say "customers loaded in $(elapsed "$t") s"
fi
have=$(sql personnel -c "SELECT count(*) FROM employee")
if [ "$have" -lt "$EMPLOYEES" ]; then
  say "INSERT $((EMPLOYEES - have)) employees (has $have)"
  sql personnel -c "INSERT INTO employee (id, subject_key, pic_encrypted, pic_key, email_key, name_key, first_name, last_name,
      birth_date, position, team, source_origin, created_at, updated_at)
    SELECT gen_random_uuid(), 'pic_' || h, 'bench-not-encrypted', 'pic_' || h, 'email_' || md5(h), 'name_' || md5(h || 'n'),
      'Bench', 'Employee ' || g, DATE '1960-01-01' + (g % 15000), 'Huoltomies', 'Bench', 'DATA_SUBJECT', now(), now()
    FROM generate_series(1, $((EMPLOYEES - have))) g, LATERAL (SELECT md5(g::text || random()::text || clock_timestamp()::text) AS h) x" \
    -c "VACUUM ANALYZE employee"
fi
have=$(sql stakeholder -c "SELECT count(*) FROM contact_person")
if [ "$have" -lt "$CONTACTS" ]; then
  say "INSERT $((CONTACTS - have)) stakeholder contacts (has $have)"
  sql stakeholder -c "INSERT INTO organisation (id, name, business_id, role, created_at, updated_at)
      VALUES (gen_random_uuid(), 'Bench Oy', '9999999-9', 'CONTRACTOR', now(), now())
      ON CONFLICT (business_id) DO NOTHING" \
    -c "INSERT INTO contact_person (id, organisation_id, first_name, last_name, email, email_key, phone_key, name_key,
      legal_basis, created_at, updated_at)
    SELECT gen_random_uuid(), (SELECT id FROM organisation WHERE name = 'Bench Oy' LIMIT 1), 'Bench', 'Contact ' || g,
      'contact' || g || '@bench.example', 'email_' || h, 'phone_' || md5(h), 'name_' || md5(h || 'n'), 'CONTRACT', now(), now()
    FROM generate_series(1, $((CONTACTS - have))) g, LATERAL (SELECT md5(g::text || random()::text || clock_timestamp()::text) AS h) x" \
    -c "VACUUM ANALYZE contact_person"
fi
have=$(sql cctv -c "SELECT count(*) FROM recording_segment")
if [ "$have" -lt "$SEGMENTS" ]; then
  cameras=$(sql cctv -c "SELECT count(*) FROM camera")
  [ "$cameras" -gt 0 ] || die "no camera in the CCTV register: seed the demo data first (bin/suite seed)"
  say "INSERT $((SEGMENTS - have)) CCTV segments over $cameras camera(s) (has $have), $SEGMENT_CHUNK a statement"
  t=$(now_s)
  # One-minute segments per camera from 2000-01-01 on, kept for 10 years (the retention sweep leaves
  # them). One statement (one transaction) per SEGMENT_CHUNK rows: a long load shows its progress,
  # and an interrupted one goes on from the rows already committed. The minute offset continues
  # after the segments a camera already has, so chunks never collide on the natural key.
  while [ "$have" -lt "$SEGMENTS" ]; do
    todo=$(( SEGMENTS - have < SEGMENT_CHUNK ? SEGMENTS - have : SEGMENT_CHUNK ))
    sql cctv -c "INSERT INTO recording_segment (camera_id, started_at, ended_at, storage_ref, expires_at, ingested_at)
      SELECT c.id, s, s + interval '1 minute', 'nvr-bench/' || c.id || '/' || (g + o.base), now() + interval '10 years', now()
      FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM camera) c,
           (SELECT coalesce(max(cnt), 0) AS base FROM (SELECT count(*) AS cnt FROM recording_segment GROUP BY camera_id) x) o,
           generate_series(0, $(( (todo + cameras - 1) / cameras - 1 ))) g,
           LATERAL (SELECT timestamptz '2000-01-01' + (g + o.base) * interval '1 minute' AS s) t
      ON CONFLICT ON CONSTRAINT recording_segment_natural_key DO NOTHING"
    have=$(sql cctv -c "SELECT count(*) FROM recording_segment")
    say "  $have segments ($(elapsed "$t") s)"
  done
  sql cctv -c "VACUUM ANALYZE recording_segment"
  say "segments loaded in $(elapsed "$t") s"
fi
loaded="$(sql customer -c "SELECT count(*) FROM person") customers, $(sql personnel -c "SELECT count(*) FROM employee") employees, $(sql stakeholder -c "SELECT count(*) FROM contact_person") stakeholder contacts, $(sql cctv -c "SELECT count(*) FROM recording_segment") CCTV segments"
say "loaded: $loaded"

# -------------------------------------------------------------------------------- cases
say "opening $CASES ACCESS cases, $CLIENTS concurrent clients"
# The token is taken after the load (which can outlast its 15 minutes at full scale) and, unless
# TOKEN is given, taken again every TOKEN_REFRESH_SECS while the cases run.
if [ -n "${TOKEN:-}" ]; then TOKEN_CMD=""; else TOKEN_CMD="$root/bin/suite token tiina.tietosuoja"; TOKEN=$($TOKEN_CMD); fi
TOKEN_REFRESH_SECS=${TOKEN_REFRESH_SECS:-300}
# A register call that fails (the gateway's 15 s read timeout, or its circuit breaker open) is
# retried in the background after 30 s, then 60 s, ...: on a loaded machine a case can take
# minutes, so the wait is long, and a case still open after it is counted, not fatal.
CASE_TIMEOUT_SECS=${CASE_TIMEOUT_SECS:-600}
export GATEWAY TOKEN TOKEN_CMD TOKEN_REFRESH_SECS CASE_TIMEOUT_SECS CLIENTS WARMUP work
python3 - "$work/lookup-codes.txt" "$CASES" <<'PY' >"$work/result.txt"
import json, math, os, subprocess, sys, threading, time, urllib.request, concurrent.futures as cf
from datetime import datetime

gw, clients = os.environ["GATEWAY"], int(os.environ["CLIENTS"])
token_cmd, refresh = os.environ.get("TOKEN_CMD", ""), float(os.environ["TOKEN_REFRESH_SECS"])
token = {"value": os.environ["TOKEN"], "at": time.monotonic()}
token_lock = threading.Lock()

def bearer():
    with token_lock:
        if token_cmd and time.monotonic() - token["at"] > refresh:
            token["value"] = subprocess.run(token_cmd.split(), check=True, capture_output=True, text=True).stdout.strip()
            token["at"] = time.monotonic()
        return token["value"]
codes = [l.strip() for l in open(sys.argv[1]) if l.strip()]
n = int(sys.argv[2])
warmup = int(os.environ["WARMUP"])
case_timeout = float(os.environ["CASE_TIMEOUT_SECS"])
# The sample holds CASES + WARMUP persons: the warm-up cases ask for other persons than the measured ones.
warm_codes = codes[n:n + warmup] if warmup else []
codes = (codes[:n] * (n // max(1, len(codes[:n])) + 1))[:n]

def call(method, path, body=None):
    req = urllib.request.Request(gw + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + bearer(), "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())

def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()

def one(code):
    t0 = time.perf_counter()
    case = call("POST", "/api/v1/data-subject-requests", {"type": "ACCESS", "subject": {"personalIdentityCode": code},
        "verification": {"method": "STRONG_ELECTRONIC_IDENTIFICATION", "reference": "dsr-access benchmark"}})
    while case.get("status") != "COMPLETED":
        if time.perf_counter() - t0 > case_timeout:
            print("case %s not COMPLETED in %.0f s: %s" % (case["id"], case_timeout, case.get("status")), file=sys.stderr)
            return time.perf_counter() - t0, None, {}
        time.sleep(0.02)
        case = call("GET", "/api/v1/data-subject-requests/" + case["id"])
    wall = time.perf_counter() - t0
    opened = ts(case["receivedAt"])
    regs = {}
    for r in case.get("registers") or []:
        if r.get("completedAt"):
            regs[r["register"]] = max(regs.get(r["register"], 0), ts(r["completedAt"]) - opened)
    return wall, ts(case["completedAt"]) - opened, regs

if warm_codes:
    t0 = time.perf_counter()
    with cf.ThreadPoolExecutor(clients) as pool:
        warm = list(pool.map(one, warm_codes))
    print(f"warm-up: {len(warm)} cases for other persons, not counted, in {time.perf_counter() - t0:.1f} s"
          f" ({sum(1 for r in warm if r[1] is not None)} COMPLETED)")
t0 = time.perf_counter()
with cf.ThreadPoolExecutor(clients) as pool:
    results = list(pool.map(one, codes))
secs = time.perf_counter() - t0

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, math.ceil(p / 100 * len(xs)) - 1)] * 1000

done = [r for r in results if r[1] is not None]
if not done:
    sys.exit("no case COMPLETED within %.0f s" % case_timeout)
server = [r[1] for r in done]
wall = [r[0] for r in done]
print(f"DSR ACCESS cases: {len(results)} in {secs:.1f} s, {clients} concurrent clients")
if len(done) < len(results):
    print(f"not COMPLETED within {case_timeout:.0f} s: {len(results) - len(done)} (left out of the percentiles below)")
print(f"cases/s: {len(done) / secs:.2f}")
print(f"opening -> COMPLETED (gateway receivedAt -> completedAt) p50: {pct(server, 50):.0f} ms   p99: {pct(server, 99):.0f} ms")
print(f"opening -> COMPLETED seen by the client (20 ms polling)   p50: {pct(wall, 50):.0f} ms   p99: {pct(wall, 99):.0f} ms")
mean_case = sum(server) / len(server)
names = sorted({k for r in done for k in r[2]})
for name in names:
    xs = [r[2][name] for r in done if name in r[2]]
    print(f"  register {name:12} answer in after p50: {pct(xs, 50):6.0f} ms   p99: {pct(xs, 99):6.0f} ms"
          f"   share of the case's mean time: {100 * (sum(xs) / len(xs)) / mean_case:5.1f} %")
PY
echo "loaded: $loaded"
cat "$work/result.txt"

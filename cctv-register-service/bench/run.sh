#!/usr/bin/env bash
# Ingestion and retention-sweep benchmark of cctv-register-service against a running suite.
#
#   cctv-register-service/bench/run.sh [N]        N segments (default 1000000)
#
# Prints segments/s ingested through the API (batches of BATCH rows, CONCURRENCY parallel
# requests) next to PostgreSQL COPY of the same rows into a scratch copy of the table, then the
# sweep's rows/s next to a raw DELETE of the same rows, and the API p99 latency while the sweep
# runs. Needs: a running service (bin/suite up), python3, psql.
#
# Environment: CCTV_URL (http://localhost:${CCTV_PORT:-8084}), TOKEN (else `bin/suite token
# teemu.turva`), PGURL (postgresql://kuopas:kuopas@localhost:${PG_PORT:-15432}/cctv),
# BATCH (10000), CONCURRENCY (2), IDLE_SECS (10: reads timed with nothing else running, the
# reference for the latency during the sweep), KEEP_ROWS=1 (skip the sweep and the raw DELETE and
# leave the segments in place, e.g. for EXPLAIN ANALYZE of the sweep's statement afterwards).
# The segments are dated over a year ago, so every one is expired and the sweep deletes them
# all; the benchmark's site and cameras (code BENCH-...) stay behind, without segments. The sweep's
# rate includes recording the video deletions of each chunk (one video_deletion_batch row, in the
# same statement as the DELETE) and one recorder call per chunk (the fake recorder's latency,
# kuopas.cctv.recorder.fake.latency, overlapping the next chunk's delete); those rows stay behind
# too. Run the service with CCTV_SWEEP_CRON=off: a scheduled sweep during the run takes rows from
# the measured one (the script warns when the sweep deleted fewer rows than it inserted).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
N=${1:-${N:-1000000}}
BATCH=${BATCH:-10000}
CONCURRENCY=${CONCURRENCY:-2}
CCTV_URL=${CCTV_URL:-http://localhost:${CCTV_PORT:-8084}}
PGURL=${PGURL:-postgresql://kuopas:kuopas@localhost:${PG_PORT:-15432}/cctv}
# An access token lives minutes; a 10 M run takes longer, so without a TOKEN given the script gets a
# fresh one before each phase (and the ingest on a 401).
OWN_TOKEN=$([ -z "${TOKEN:-}" ] && echo 1 || echo 0)
fresh_token() { if [ "$OWN_TOKEN" = 1 ]; then TOKEN=$("$here/../../bin/suite" token teemu.turva); fi; }
TOKEN=${TOKEN:-}
fresh_token
work=$(mktemp -d)
export PGOPTIONS="-c client_min_messages=warning"
trap 'rm -rf "$work"; psql -q "$PGURL" -c "DROP TABLE IF EXISTS bench_segment_copy" >/dev/null 2>&1 || true' EXIT

export N BATCH CONCURRENCY CCTV_URL TOKEN OWN_TOKEN work
export SUITE_BIN="$here/../../bin/suite"
python3 - <<'PY'
import json, os, subprocess, sys, threading, time, uuid, urllib.error, urllib.request, concurrent.futures as cf
from datetime import datetime, timedelta, timezone

url, token, work = os.environ["CCTV_URL"], os.environ["TOKEN"], os.environ["work"]
n, batch, conc = int(os.environ["N"]), int(os.environ["BATCH"]), int(os.environ["CONCURRENCY"])

def call(method, path, body=None):
    req = urllib.request.Request(url + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=600) as r:
        return json.loads(r.read() or "null")

tag = uuid.uuid4().hex[:8].upper()
site = call("POST", "/api/v1/sites", {"code": "BENCH-" + tag, "name": "Benchmark site", "address": "Testikatu 1, Kuopio"})
cameras = []
for i in range(10):
    cameras.append(call("POST", "/api/v1/cameras", {"siteId": site["id"], "code": f"BENCH-{tag}-{i}", "areaType": "PARKING_GARAGE",
        "location": f"Benchmark camera {i}", "fieldOfView": "Parking hall", "purpose": "crime-prevention",
        "signLocation": "Entrance", "dpiaReference": "DPIA-BENCH", "filmsEmployees": False, "retentionDays": 1,
        # A parking garage is a residential common area: the camera needs the housing company's decision on record.
        "commonAreaBasis": {"decisionReference": "BENCH board meeting 1/2025, 3 §",
                            "residentsInformedReference": "BENCH resident notice 1/2025", "decidedOn": "2025-01-01"}})["id"])

# One-minute segments, over a year old, spread over the cameras; payloads are built before the
# clock starts so only the API is timed.
start = datetime(2025, 1, 1, tzinfo=timezone.utc)
payloads = []
with open(os.path.join(work, "rows.csv"), "w") as csv:
    for b in range(0, n, batch):
        rows = []
        for i in range(b, min(n, b + batch)):
            cam = cameras[i % len(cameras)]
            f = start + timedelta(minutes=i // len(cameras))
            t = f + timedelta(minutes=1)
            fs, ts = f.strftime("%Y-%m-%dT%H:%M:%SZ"), t.strftime("%Y-%m-%dT%H:%M:%SZ")
            ref = f"nvr-bench/{cam}/{fs}.mkv"
            rows.append({"cameraId": cam, "from": fs, "to": ts, "storageRef": ref})
            exp = (t + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
            csv.write(f"{cam},{fs},{ts},{ref},{exp},now\n")
        payloads.append(json.dumps({"segments": rows}).encode())

token_lock = threading.Lock()

def post(body, retried=False):
    global token
    req = urllib.request.Request(url + "/api/v1/segments/batches", method="POST", data=body,
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            return json.loads(r.read())["inserted"]
    except urllib.error.HTTPError as e:
        if e.code != 401 or retried or os.environ["OWN_TOKEN"] != "1":
            raise
        with token_lock:  # the token expired during a long ingest
            token = subprocess.run([os.environ["SUITE_BIN"], "token", "teemu.turva"], check=True, capture_output=True,
                                   text=True).stdout.strip()
        return post(body, True)

t0 = time.perf_counter()
with cf.ThreadPoolExecutor(conc) as pool:
    inserted = sum(pool.map(post, payloads))
secs = time.perf_counter() - t0
with open(os.path.join(work, "api.txt"), "w") as out:
    out.write(f"{inserted} {secs:.3f} {cameras[0]}\n")
PY
read -r inserted api_secs camera <"$work/api.txt"

psql -q "$PGURL" -c "DROP TABLE IF EXISTS bench_segment_copy" -c "CREATE TABLE bench_segment_copy (LIKE recording_segment INCLUDING ALL)" >/dev/null
copy_ms=$( { psql -q "$PGURL" -c '\timing on' \
  -c "\\copy bench_segment_copy (camera_id, started_at, ended_at, storage_ref, expires_at, ingested_at) FROM '$work/rows.csv' WITH (FORMAT csv)" ; } \
  | awk '/^Time:/ {print $2}' | tail -1)

pct() {  # file percentile -> "x ms"
  sort -n "$1" | awk -v p="$2" '{a[NR]=$1} END {if (NR == 0) {print "n/a"} else {i=int(NR*p); if (i < 1) i=1; printf "%.1f ms", a[i]*1000}}'
}
# API latency at idle (the reference): the same small read in a loop for IDLE_SECS.
fresh_token
idle="$work/idle.txt"
idle_end=$(( $(date +%s) + ${IDLE_SECS:-10} ))
while [ "$(date +%s)" -lt "$idle_end" ]; do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$CCTV_URL/api/v1/cameras/$camera" >>"$idle"
done
if [ "${KEEP_ROWS:-0}" = 1 ]; then
  echo "segments:                 $N; inserted $inserted; kept (KEEP_ROWS=1), no sweep"
  echo "ingest via API:           $(echo "$inserted $api_secs" | awk '{printf "%.0f", $1 / $2}') segments/s ($api_secs s)"
  echo "PostgreSQL COPY:          $(echo "$N $copy_ms" | awk '{printf "%.0f", $1 / ($2 / 1000)}') rows/s ($copy_ms ms)"
  echo "API idle:                 p50 $(pct "$idle" 0.5), p99 $(pct "$idle" 0.99) ($(wc -l <"$idle") requests)"
  exit 0
fi
# API latency while the sweep runs: small reads in a loop until the sweep answers.
fresh_token
lat="$work/latency.txt"
( renewed=$(date +%s)
  while [ ! -e "$work/sweep.done" ]; do
    if [ $(( $(date +%s) - renewed )) -ge 60 ]; then fresh_token; renewed=$(date +%s); fi
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "$CCTV_URL/api/v1/cameras/$camera" >>"$lat"
  done ) &
sweep_start=$(date +%s.%N)
sweep=$(curl -s -X POST -H "Authorization: Bearer $TOKEN" "$CCTV_URL/api/v1/retention/sweeps?dryRun=false")
sweep_secs=$(echo "$(date +%s.%N) - $sweep_start" | bc)
touch "$work/sweep.done"; wait
deleted=$(echo "$sweep" | python3 -c 'import json,sys; print(json.load(sys.stdin)["deleted"])')

delete_ms=$(psql -q "$PGURL" -c '\timing on' -c "DELETE FROM bench_segment_copy WHERE expires_at <= now()" | awk '/^Time:/ {print $2}' | tail -1)

p99=$(sort -n "$lat" | awk '{a[NR]=$1} END {if (NR == 0) {print "n/a"} else {i=int(NR*0.99); if (i < 1) i=1; printf "%.1f ms (%d requests)", a[i]*1000, NR}}')
p50=$(sort -n "$lat" | awk '{a[NR]=$1} END {if (NR == 0) {print "n/a"} else {i=int(NR*0.5); if (i < 1) i=1; printf "%.1f ms", a[i]*1000}}')
rate() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.0f", $1 / $2; else print "n/a" }'; }
echo "segments:                 $N (batches of $BATCH, $CONCURRENCY in parallel); inserted $inserted"
echo "ingest via API:           $(rate "$inserted" "$api_secs") segments/s ($api_secs s)"
echo "PostgreSQL COPY:          $(rate "$N" "$(echo "$copy_ms / 1000" | bc -l)") rows/s ($copy_ms ms)"
echo "retention sweep (API):    $(rate "$deleted" "$sweep_secs") rows/s ($deleted deleted in $sweep_secs s)"
if [ "$deleted" -lt "$inserted" ]; then
  echo "WARNING: the sweep deleted $deleted of $inserted segments (a scheduled sweep ran meanwhile?): the rate is not comparable" >&2
fi
echo "raw DELETE:               $(rate "$N" "$(echo "$delete_ms / 1000" | bc -l)") rows/s ($delete_ms ms)"
echo "API idle:                 p50 $(pct "$idle" 0.5), p99 $(pct "$idle" 0.99) ($(wc -l <"$idle") requests)"
echo "API during sweep:         p50 $p50, p99 $p99"

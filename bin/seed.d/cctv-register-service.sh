#!/usr/bin/env bash
# Demo CCTV register: a housing company's building and the customer service point with their
# cameras, three days of recording segments, an incident hold, a logged view, a police
# disclosure, and footage requests — one by the demo data subject's email, released.
set -euo pipefail
url="http://localhost:${CCTV_PORT:-8084}/api/v1"
token=$("$SUITE" token teemu.turva)
out=$(mktemp); trap 'rm -f "$out"' EXIT

call() { # method path [body] -> prints body; accepts 2xx and 409
  local method=$1 path=$2 body=${3:-}
  local code
  code=$(curl -s -o "$out" -w '%{http_code}' -X "$method" "$url/$path" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' ${body:+--data-binary "$body"})
  case "$code" in 2??|409) cat "$out" ;; *) echo "cctv seed $method $path -> $code: $(cat "$out")" >&2; return 1 ;; esac
}
json() { # jq-expression python-expression-on-d: reads JSON on stdin
  if command -v jq >/dev/null; then jq -r "$1"; else python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$2"; fi
}

call POST sites '{"code": "KOIVUKUJA-3", "name": "As Oy Kuopion Koivukuja 3", "address": "Koivukuja 3, 70100 Kuopio"}' >/dev/null
call POST sites '{"code": "ASIAKASPALVELU", "name": "Kuopas asiakaspalvelupiste", "address": "Kauppakatu 20, 70100 Kuopio"}' >/dev/null
site_id() { call GET sites | json ".[] | select(.code == \"$1\") | .id" "[s['id'] for s in d if s['code']=='$1'][0]"; }
koivu=$(site_id KOIVUKUJA-3)
aspa=$(site_id ASIAKASPALVELU)

# Residential common areas need the housing company's decision and the residents' information (recorded basis).
BASIS='"commonAreaBasis": {"decisionReference": "As Oy Koivukuja 3, yhtiökokous 2026-05-12 § 9", "residentsInformedReference": "Asukastiedote 2026-06-01 ja portaiden ilmoitustaulut", "decidedOn": "2026-05-12"}, '
camera() { # site code area location view purpose sign employees retention [basis]
  call POST cameras "{\"siteId\": \"$1\", \"code\": \"$2\", \"areaType\": \"$3\", \"location\": \"$4\", ${10:-}
    \"fieldOfView\": \"$5\", \"purpose\": \"$6\", \"signLocation\": \"$7\", \"dpiaReference\": \"DPIA-2026-07\",
    \"filmsEmployees\": $8, \"retentionDays\": $9}" >/dev/null
}
camera "$koivu" KOIVU-3-A-PORRAS STAIRWELL "A-portaan sisäänkäynti" "Ulko-ovi ja tuulikaappi, ei asuntojen ovia" \
  crime-prevention "A-portaan ulko-oven vieressä" false 14 "$BASIS"
camera "$koivu" KOIVU-3-PYORAKELLARI BICYCLE_STORAGE "Pyöräkellari" "Pyörätelineet ja kellarin ovi" \
  crime-prevention "Pyöräkellarin oven sisäpuolella" false 14 "$BASIS"
camera "$koivu" KOIVU-3-PIHA YARD "Piha ja jätekatos" "Pihakäytävä, jätekatos ja pysäköintialueen sisäänajo" \
  property-safety "Pihan portilla ja jätekatoksen seinässä" false 21 "$BASIS"
camera "$aspa" ASPA-ASIAKASTILA CUSTOMER_SERVICE_AREA "Asiakaspalvelun odotustila" \
  "Sisäänkäynti ja odotustila; ei työpisteiden näyttöjä" property-safety "Pääovella ja palvelutiskillä" true 90
cameras=$(call GET cameras)
camera_id() { echo "$cameras" | json ".[] | select(.code == \"$1\") | .id" "[c['id'] for c in d if c['code']=='$1'][0]"; }

# Three days of 15-minute segments per camera, aligned to the quarter hour: re-running adds
# only the new ones (the natural key is camera + start).
start=$(( ($(date -u +%s) / 900 - 3 * 96) * 900 ))
for code in KOIVU-3-A-PORRAS KOIVU-3-PYORAKELLARI KOIVU-3-PIHA ASPA-ASIAKASTILA; do
  id=$(camera_id "$code")
  rows=""
  for ((i = 0; i < 3 * 96; i++)); do
    from=$(date -u -d "@$((start + i * 900))" +%Y-%m-%dT%H:%M:%SZ)
    to=$(date -u -d "@$((start + (i + 1) * 900))" +%Y-%m-%dT%H:%M:%SZ)
    rows+="${rows:+,}{\"cameraId\": \"$id\", \"from\": \"$from\", \"to\": \"$to\", \"storageRef\": \"nvr-$code/${from//:/}.mkv\"}"
  done
  call POST segments/batches "{\"segments\": [$rows]}" >/dev/null
done

yesterday=$(date -u -d "@$((start + 2 * 96 * 900))" +%Y-%m-%d)
window_from="${yesterday}T14:00:00Z"; window_to="${yesterday}T15:00:00Z"
stair=$(camera_id KOIVU-3-A-PORRAS)
segment_at() { call GET "segments?cameraId=$1&from=$2&to=$3" | json '.[0].id' "d[0]['id']"; }

# The demo data subject asked for footage of themselves at the A stairwell yesterday afternoon.
fr=$(call POST footage-requests "{\"subject\": {\"email\": \"$DEMO_EMAIL\", \"phone\": \"+358401234567\"},
  \"siteId\": \"$koivu\", \"from\": \"$window_from\", \"to\": \"$window_to\",
  \"placeDescription\": \"A-portaan ovella, harmaa takki ja rollaattori\", \"externalReference\": \"demo-footage-request-1\"}")
fr_id=$(echo "$fr" | json .id "d['id']")
if [ "$(echo "$fr" | json .status "d['status']")" = OPEN ]; then
  shown=$(segment_at "$stair" "${yesterday}T14:15:00Z" "${yesterday}T14:30:00Z")
  call POST "footage-requests/$fr_id/review" "{\"segmentIds\": [$shown], \"note\": \"Hakija näkyy A-portaan kamerassa klo 16.20\", \"version\": 0}" >/dev/null
  call POST "footage-requests/$fr_id/release" "{\"othersMasked\": true, \"maskingNote\": \"Kaksi muuta asukasta sumennettu\",
    \"delivery\": \"Salattu latauslinkki sähköpostiin\", \"version\": 1}" >/dev/null
fi
# Another resident's request still awaiting review.
call POST footage-requests "{\"subject\": {\"email\": \"aino.korhonen@example.fi\"}, \"siteId\": \"$koivu\",
  \"from\": \"${yesterday}T06:00:00Z\", \"to\": \"${yesterday}T07:00:00Z\", \"placeDescription\": \"Pyöräkellarin ovi\",
  \"externalReference\": \"demo-footage-request-2\"}" >/dev/null

# Holds, views and disclosures have no natural key: record them on the first seeding only.
if [ ! -e "$SUITE_STATE/.cctv-incident" ]; then
  bikes=$(camera_id KOIVU-3-PYORAKELLARI)
  call POST legal-holds "{\"kind\": \"POLICE_REQUEST\", \"cameraIds\": [\"$bikes\"], \"from\": \"${yesterday}T00:00:00Z\",
    \"to\": \"${yesterday}T04:00:00Z\", \"reason\": \"Polkupyörävarkaus pyöräkellarista yöllä, rikosilmoitus tehty\",
    \"owner\": \"Turvallisuuspäällikkö Teemu Turva\", \"until\": \"$(date -u -d '+6 months' +%Y-%m-%d)\",
    \"policeCaseNumber\": \"5500/R/12345/26\"}" >/dev/null
  theft=$(segment_at "$bikes" "${yesterday}T02:00:00Z" "${yesterday}T02:15:00Z")
  call POST "segments/$theft/views" '{"reason": "Polkupyörävarkauden selvitys, rikosilmoitus 5500/R/12345/26"}' >/dev/null
  call POST disclosures "{\"recipientType\": \"POLICE\", \"recipient\": \"Itä-Suomen poliisilaitos\",
    \"policeCaseNumber\": \"5500/R/12345/26\", \"basis\": \"Esitutkintalaki 805/2011 7:8; GDPR 6(1)(c)\",
    \"reason\": \"Poliisin tietopyyntö\", \"segmentIds\": [$theft]}" >/dev/null
  touch "$SUITE_STATE/.cctv-incident"
fi

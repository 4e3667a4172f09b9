#!/usr/bin/env bash
# Demo stakeholders: partner organisations, their contact persons (the demo data subject among
# them, on the newsletter by consent), a few interactions and three mailing lists. Idempotent:
# organisations are found by business ID, contact persons by email, lists by code; interactions
# are recorded only when the person is created.
set -euo pipefail
url="http://localhost:${STAKEHOLDER_PORT:-8083}/api/v1"
consent_url="http://localhost:${CONSENT_PORT:-8085}/api/v1"
token=$("$SUITE" token sirpa.sidosryhma)
out=$(mktemp)
trap 'rm -f "$out"' EXIT

call() { # METHOD path [json-body]; the answer is in $out, the status in $code
  local args=(-s -o "$out" -w '%{http_code}' -X "$1" "$url/$2" -H "Authorization: Bearer $token")
  [ $# -ge 3 ] && args+=(-H 'Content-Type: application/json' -d "$3")
  code=$(curl "${args[@]}")
}
field() { # python expression on the JSON answer d
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); r=eval(sys.argv[2]); print("" if r is None else r)' "$out" "$1"
}
fail() { echo "stakeholder seed: $1 -> $code: $(cat "$out")" >&2; exit 1; }

organisation() { # name business-id role
  call GET "organisations?businessId=$2"
  [ "$code" = 200 ] || fail "find organisation $2"
  local id
  id=$(field 'd[0]["id"] if d else None')
  if [ -z "$id" ]; then
    call POST organisations "{\"name\": \"$1\", \"businessId\": \"$2\", \"role\": \"$3\"}"
    [ "$code" = 201 ] || fail "create organisation $2"
    id=$(field 'd["id"]')
  fi
  echo "$id"
}

created_person=""
person() { # organisation-id first last title email phone basis language [extra-json-fields]
  local body="{\"organisationId\": \"$1\", \"firstName\": \"$2\", \"lastName\": \"$3\", \"title\": \"$4\",
    \"email\": \"$5\", \"phone\": \"$6\", \"legalBasis\": \"$7\", \"language\": \"$8\"${9:+, $9}}"
  call POST contact-persons "$body"
  created_person=""
  case "$code" in
    201) created_person=$(field 'd["id"]') ;;
    409) ;; # already registered (the email is the natural key)
    *) fail "create contact person" ;;
  esac
}
id_of() { # email: the id of an existing contact person (empty while restricted)
  code=$(curl -s -o "$out" -w '%{http_code}' -G "$url/contact-persons" -H "Authorization: Bearer $token" --data-urlencode "q=$1")
  [ "$code" = 200 ] || fail "find contact person"
  field 'd[0]["id"] if d else None'
}
interaction() { # person-id type days-ago summary
  local at
  at=$(date -u -d "$3 days ago" +%Y-%m-%dT10:00:00Z)
  call POST "contact-persons/$1/interactions" "{\"type\": \"$2\", \"occurredAt\": \"$at\", \"summary\": \"$4\"}"
  [ "$code" = 201 ] || fail "record interaction"
}
mailing_list() { # code name purpose description
  call POST mailing-lists "{\"code\": \"$1\", \"name\": \"$2\", \"purpose\": \"$3\", \"description\": \"$4\"}"
  case "$code" in
    201) field 'd["id"]' ;;
    409) call GET mailing-lists; field "next(l['id'] for l in d if l['code'] == '$1')" ;;
    *) fail "create mailing list $1" ;;
  esac
}
member() { # list-id email
  local id
  id=$(id_of "$2")
  [ -n "$id" ] || return 0
  call POST "mailing-lists/$1/members" "{\"contactPersonId\": \"$id\"}"
  # 409: already a member, or suppressed after a withdrawal or objection — both fine on a re-run.
  case "$code" in 201|409) ;; *) fail "add member to list" ;; esac
}

# The demo subject's stakeholder-newsletter consent is filed in consent-service under the subject
# key of the identity code; linking it lets a withdrawal there take them off the newsletter here.
consent_key=$(curl -s -X POST "$consent_url/consents/state" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' \
  -d "{\"subject\": {\"personalIdentityCode\": \"${DEMO_PIC:-131052-308T}\", \"email\": \"${DEMO_EMAIL:-demo.subject@example.fi}\"}}" \
  | python3 -c 'import json,sys
try:
    print(next(s["subjectKey"] for s in json.load(sys.stdin) if s["purpose"] == "stakeholder-newsletter"))
except Exception:
    print("")' || true)

builder=$(organisation "Rakennusliike Kallio & Väisänen Oy" 1234561-2 CONTRACTOR)
manager=$(organisation "Savon Isännöintipalvelut Oy" 1618033-3 PARTNER)
power=$(organisation "Järvi-Suomen Sähköpalvelu Oy" 1414213-0 SUPPLIER)
tenants=$(organisation "Itä-Suomen Asukasyhdistys ry" 2718282-8 ASSOCIATION)
media=$(organisation "Paikallislehti Savon Ääni Oy" 3141593-8 MEDIA)
municipality=$(organisation "Kuopion seudun asuntotoimi (kuntayhtymä)" 2468025-8 MUNICIPALITY)

person "$manager" Matti Meikäläinen "Hallituksen jäsen" "${DEMO_EMAIL:-demo.subject@example.fi}" "+358401234567" CONSENT "fi" \
  "\"birthDate\": \"1952-10-13\"${consent_key:+, \"consentSubjectKey\": \"$consent_key\"}"
[ -n "$created_person" ] && interaction "$created_person" MEETING 40 "Isännöintiyhteistyön vuosipalaveri"
person "$builder" Aino Kallio "Työmaapäällikkö" aino.kallio@kallio-vaisanen.example "+358 40 765 4321" CONTRACT "fi"
[ -n "$created_person" ] && interaction "$created_person" MEETING 12 "Linnanpellon peruskorjauksen työmaakokous"
person "$builder" Jukka Väisänen "Toimitusjohtaja" jukka.vaisanen@kallio-vaisanen.example "+358 50 111 2233" CONTRACT "fi"
[ -n "$created_person" ] && interaction "$created_person" MESSAGE 30 "Urakkatarjouksen täsmennys"
person "$manager" Sanna Heikkinen "Isännöitsijä" sanna.heikkinen@savon-isannointi.example "+358 44 222 3344" CONSENT "fi"
person "$power" Pekka Räsänen "Asiakkuuspäällikkö" pekka.rasanen@jarvisuomen-sahko.example "+358 40 333 4455" CONTRACT "fi"
[ -n "$created_person" ] && interaction "$created_person" EVENT_INVITATION 5 "Kutsu kevään sidosryhmätilaisuuteen"
person "$tenants" Liisa Öhman "Ordförande" liisa.ohman@asukasyhdistys.example "+358 45 444 5566" CONSENT "sv"
person "$media" Tuomas Mäkinen "Toimittaja" tuomas.makinen@savon-aani.example "+358 50 555 6677" CONSENT "fi"
person "$municipality" Eeva Kärkkäinen "Asuntotoimen johtaja" eeva.karkkainen@asuntotoimi.example "+358 44 666 7788" CONTRACT "fi"
[ -n "$created_person" ] && interaction "$created_person" MEETING 60 "Vuokra-asuntojen tarvekartoitus 2027"

newsletter=$(mailing_list sidosryhmatiedote "Sidosryhmätiedote" stakeholder-newsletter "Neljännesvuosittainen tiedote, tilataan suostumuksella")
events=$(mailing_list sidosryhmatilaisuudet "Sidosryhmätilaisuuksien kutsut" stakeholder-events "Kutsut kumppaneiden tilaisuuksiin")
contractors=$(mailing_list urakoitsijatiedotteet "Urakoitsijatiedotteet" stakeholder-communication "Sopimuskumppaneiden työmaa- ja turvallisuustiedotteet")

for email in "${DEMO_EMAIL:-demo.subject@example.fi}" sanna.heikkinen@savon-isannointi.example \
    liisa.ohman@asukasyhdistys.example tuomas.makinen@savon-aani.example; do
  member "$newsletter" "$email"
done
for email in "${DEMO_EMAIL:-demo.subject@example.fi}" aino.kallio@kallio-vaisanen.example jukka.vaisanen@kallio-vaisanen.example \
    pekka.rasanen@jarvisuomen-sahko.example eeva.karkkainen@asuntotoimi.example; do
  member "$events" "$email"
done
for email in aino.kallio@kallio-vaisanen.example jukka.vaisanen@kallio-vaisanen.example pekka.rasanen@jarvisuomen-sahko.example; do
  member "$contractors" "$email"
done

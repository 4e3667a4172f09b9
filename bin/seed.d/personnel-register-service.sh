#!/usr/bin/env bash
# Demo personnel data: a property-maintenance team led by Sami Esihenkilö (so sami.esihenkilo sees
# his own team only), the demo data subject as a part-time employee in that team with contracts,
# working time and a sick leave in the health store, and a recruitment round in which the demo
# subject and others have applied. Idempotent: employees are found by identity code before
# anything is added to them, postings carry an externalRef, repeated applications answer 409.
set -euo pipefail
url="http://localhost:${PERSONNEL_PORT:-8082}/api/v1"
hr_token=$("$SUITE" token helmi.hr)
health_token=$("$SUITE" token hannu.terveys)
out=$(mktemp); trap 'rm -f "$out"' EXIT

call() { # token method path body -> prints the HTTP status, body in $out
  curl -s -o "$out" -w '%{http_code}' -X "$2" "$url/$3" -H "Authorization: Bearer $1" \
    -H 'Content-Type: application/json' ${4:+-d "$4"}
}
need() { # status allowed...
  local code=$1; shift
  for ok in "$@"; do [ "$code" = "$ok" ] && return 0; done
  echo "personnel seed: HTTP $code: $(cat "$out")" >&2
  return 1
}
first_id() { grep -o '"id":"[^"]*"' "$out" | head -1 | cut -d'"' -f4; }

# employee PIC FIRST LAST EMAIL POSITION TEAM SUPERVISOR_ID USERNAME -> sets $emp_id, $emp_new (1 if created)
employee() {
  local body
  body=$(printf '{"personalIdentityCode":"%s","firstName":"%s","lastName":"%s","email":"%s","phone":"+358 40 %03d %04d",
    "address":"Puijonkatu %d, 70100 Kuopio","bankAccount":"FI21 1234 5600 0007 85","taxCardReference":"VERO-2026-%s",
    "position":"%s","team":"%s"%s%s}' "$1" "$2" "$3" "$4" $((RANDOM % 1000)) $((RANDOM % 10000)) $((RANDOM % 40 + 1)) \
    "${1:0:6}" "$5" "$6" "${7:+,\"supervisorId\":\"$7\"}" "${8:+,\"username\":\"$8\"}")
  code=$(call "$hr_token" POST employees "$body")
  need "$code" 201 409
  if [ "$code" = 201 ]; then emp_new=1; else
    emp_new=0
    need "$(call "$hr_token" POST employees/search "{\"personalIdentityCode\":\"$1\"}")" 200
  fi
  emp_id=$(first_id)
}
contract() { # id start end type working-time reason
  local end=null reason=null
  [ -n "$3" ] && end="\"$3\""
  [ -n "${6:-}" ] && reason="\"$6\""
  need "$(call "$hr_token" POST "employees/$1/contracts" "{\"startDate\":\"$2\",\"endDate\":$end,
    \"type\":\"$4\",\"workingTime\":\"$5\",\"fixedTermReason\":$reason}")" 201
}
month() { # id period regular overtime leave absence
  need "$(call "$hr_token" PUT "employees/$1/working-time/$2" "{\"regularHours\":$3,\"overtimeHours\":$4,
    \"annualLeaveDays\":$5,\"absenceDays\":$6}")" 200 409
}

employee 010594Y9032 Sami Esihenkilö sami.esihenkilo@kuopas.example Kiinteistöpäällikkö "Kiinteistöhuolto Itä" "" sami.esihenkilo
sami=$emp_id
[ "$emp_new" = 1 ] && contract "$sami" 2015-08-01 "" PERMANENT FULL_TIME

employee "$DEMO_PIC" Matti Meikäläinen "$DEMO_EMAIL" Kiinteistönhoitaja "Kiinteistöhuolto Itä" "$sami"
demo=$emp_id
if [ "$emp_new" = 1 ]; then
  contract "$demo" 2019-03-01 2019-08-31 FIXED_TERM FULL_TIME "Kesäsijaisuus"
  contract "$demo" 2019-09-01 "" PERMANENT PART_TIME
  need "$(call "$health_token" POST health/absences "{\"employeeId\":\"$demo\",\"kind\":\"SICK_LEAVE\",
    \"startDate\":\"2026-02-02\",\"endDate\":\"2026-02-06\",\"certificateIssuer\":\"Työterveys Savo Oy\",
    \"details\":\"Influenssa\"}")" 201
fi
month "$demo" 2026-01 80 0 0 0
month "$demo" 2026-02 56 2.5 0 5

for person in "020516C903K|Aino|Kärkkäinen|Huoltomies" "020504B904H|Eero|Väisänen|Huoltomies" \
    "150375-9503|Liisa|Heikkinen|Siivoja" "220888-964E|Jussi|Räsänen|Huoltomies"; do
  IFS='|' read -r pic first last position <<<"$person"
  email=$(printf '%s.%s@kuopas.example' "${first,,}" "${last,,}" | sed 's/ä/a/g; s/ö/o/g; s/å/a/g')
  employee "$pic" "$first" "$last" "$email" "$position" "Kiinteistöhuolto Itä" "$sami"
  if [ "$emp_new" = 1 ]; then contract "$emp_id" 2021-04-01 "" PERMANENT FULL_TIME; fi
  month "$emp_id" 2026-02 150 4 2 0
done

employee 040681-9576 Helmi Hallinto helmi.hallinto@kuopas.example HR-asiantuntija Henkilöstöhallinto "" helmi.hr
[ "$emp_new" = 1 ] && contract "$emp_id" 2012-01-09 "" PERMANENT FULL_TIME

# A recruitment round: an ordinary position and a special-trust one (credit check allowed).
closes=$(date -d "+3 months" +%F)
need "$(call "$hr_token" POST job-postings '{"title":"Huoltoneuvoja","team":"Kiinteistöhuolto Itä","specialTrust":false,
  "closesOn":"'"$closes"'","externalRef":"demo-rekry-huoltoneuvoja"}')" 200 201
ordinary=$(first_id)
need "$(call "$hr_token" POST job-postings '{"title":"Talouspäällikkö","team":"Talous","specialTrust":true,
  "closesOn":"'"$closes"'","externalRef":"demo-rekry-talouspaallikko"}')" 200 201
trusted=$(first_id)

apply() { # posting first last email birth cv -> sets $app_new, $app_id, $applicant_id
  code=$(call "$hr_token" POST "job-postings/$1/applications" "{\"applicant\":{\"firstName\":\"$2\",\"lastName\":\"$3\",
    \"email\":\"$4\",\"birthDate\":\"$5\"},\"cvText\":\"$6\"}")
  need "$code" 201 409
  app_new=0
  if [ "$code" = 201 ]; then
    app_new=1
    app_id=$(first_id)
    applicant_id=$(grep -o '"applicant":{"id":"[^"]*"' "$out" | cut -d'"' -f6)
  fi
}
apply "$ordinary" Matti Meikäläinen "$DEMO_EMAIL" 1952-10-13 "Kiinteistönhoitaja, pitkä kokemus asukaspalvelusta."
if [ "$app_new" = 1 ]; then
  need "$(call "$hr_token" POST "applicants/$applicant_id/consents" '{"kind":"REFERENCE_CHECK",
    "givenAt":"2026-11-02T10:00:00Z","evidence":"Suostumus hakemuslomakkeella"}')" 201
  consent=$(first_id)
  need "$(call "$hr_token" POST "applications/$app_id/reference-checks" "{\"consentId\":\"$consent\",
    \"refereeName\":\"Pekka Suosittelija\",\"refereeOrganisation\":\"Kuopion Asunnot Oy\",
    \"summary\":\"Luotettava ja asukkaiden arvostama.\",\"checkedAt\":\"2026-11-05\",\"source\":{\"origin\":\"OTHER\",
    \"name\":\"Kuopion Asunnot Oy\",\"obtainedAt\":\"2026-11-05T12:00:00Z\"}}")" 201
fi
apply "$trusted" Riikka Lappalainen riikka.lappalainen@example.fi 1984-02-29 "KTM, taloushallinnon esihenkilö 8 vuotta."
if [ "$app_new" = 1 ]; then
  # Credit data only for the applicant selected for a special-trust position (Act 759/2004 §4(2)).
  now=$(date -u +%Y-%m-%dT%H:%M:%S.%6NZ)  # after the application was received, to the microsecond
  need "$(call "$hr_token" PUT "applications/$app_id/decision" "{\"version\":0,\"outcome\":\"SELECTED\",
    \"notifiedAt\":\"$now\"}")" 200
  need "$(call "$hr_token" POST "applications/$app_id/credit-checks" "{\"applicantInformedAt\":\"$now\",
    \"checkedAt\":\"$now\",\"summary\":\"Ei maksuhäiriömerkintöjä\",\"source\":{\"origin\":\"OTHER\",
    \"name\":\"Suomen Asiakastieto Oy\",\"obtainedAt\":\"$now\",\"basis\":\"LEGAL_RIGHT\",
    \"reference\":\"Credit Information Act 527/2007; Act 759/2004 §4(2)\"}}")" 201
fi
apply "$ordinary" Tuomas Östman tuomas.ostman@example.fi 1995-07-21 "Kiinteistönhoidon ammattitutkinto."
apply "$ordinary" Sanna Jääskeläinen sanna.jaaskelainen@example.fi 1999-12-01 "Kiinteistönhoitajaopiskelija."

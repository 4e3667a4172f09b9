#!/usr/bin/env bash
# Demo data of the customer register, through its public API with demo users' tokens:
# - the demo data subject (Matti Meikäläinen, 131052-308T, demo.subject@example.fi) with a housing
#   application, a DVV refresh, an Asiakastieto credit check for the lease and a tenant-selection
#   decision made by the letting officer leena.vuokraus (a person, never automated: Art 22);
# - eight other residents. Their identity codes are in the DVV test range (900–999), never real
#   people's. One of them has a protected address (turvakielto) in the fake DVV (number ends in 7).
# The PMS import needs role pms-integration, which no demo user has, so residents are added as
# customer service (asta.asiakaspalvelu) through POST /api/v1/persons.
# Idempotent: the demo subject is looked up by identity code first and their follow-ups are made
# only while they have no application; a resident's 409 (already there) ends that resident's steps.
set -euo pipefail
url="http://localhost:${CUSTOMER_PORT:-8081}/api/v1"
DEMO_PIC=${DEMO_PIC:-131052-308T}
DEMO_EMAIL=${DEMO_EMAIL:-demo.subject@example.fi}
asta=$("$SUITE" token asta.asiakaspalvelu)
leena=$("$SUITE" token leena.vuokraus)
out=$(mktemp "${TMPDIR:-/tmp}/kuopas-customer-seed.XXXXXX")
trap 'rm -f "$out"' EXIT

# call TOKEN METHOD PATH [BODY] -> prints the HTTP status (000: no answer); the response body is in $out
call() {
  local token=$1 method=$2 path=$3 body=${4:-}
  if [ -n "$body" ]; then
    curl -s -o "$out" -w '%{http_code}' -X "$method" "$url/$path" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json; charset=UTF-8' --data-binary "$body" || true
  else
    curl -s -o "$out" -w '%{http_code}' -X "$method" "$url/$path" -H "Authorization: Bearer $token" || true
  fi
}
# expect "STATUS..." WHAT STATUS: fail loudly on any status not listed
expect() {
  local ok
  for ok in $1; do [ "$3" = "$ok" ] && return 0; done
  echo "customer seed: $2 -> HTTP $3: $(cat "$out")" >&2
  exit 1
}
# The first "id" in the last response (the service writes compact JSON).
first_id() { { grep -o '"id":"[0-9a-f-]*"' "$out" || true; } | head -n1 | cut -d'"' -f4; }

# ---- the demo data subject ----------------------------------------------------------------------
status=$(call "$asta" POST persons/search "{\"personalIdentityCode\": \"$DEMO_PIC\"}")
expect 200 "search demo subject" "$status"
demo=$(first_id)
if [ -z "$demo" ]; then
  status=$(call "$asta" POST persons "{\"personalIdentityCode\": \"$DEMO_PIC\", \"firstName\": \"Matti\",
    \"lastName\": \"Meikäläinen\", \"email\": \"$DEMO_EMAIL\", \"phone\": \"+358401234567\", \"language\": \"fi\",
    \"streetAddress\": \"Hämeentie 12 B 7\", \"postalCode\": \"00530\", \"city\": \"Helsinki\"}")
  expect 201 "create demo subject" "$status"
  demo=$(first_id)
fi
[ -n "$demo" ] || { echo "customer seed: no id for the demo subject" >&2; exit 1; }

status=$(call "$asta" GET "housing-applications?personId=$demo")
expect 200 "list demo subject's applications" "$status"
if [ "$(tr -d '[:space:]' <"$out")" = "[]" ]; then
  status=$(call "$asta" POST housing-applications "{\"personId\": \"$demo\", \"kind\": \"HOUSING\",
    \"householdSize\": 2, \"desiredArea\": \"Kallio\", \"desiredRooms\": 2}")
  expect 201 "demo subject's housing application" "$status"
  application=$(first_id)

  status=$(call "$leena" POST "persons/$demo/population-register-refresh" \
    '{"purpose": "lease preparation: address and protected-address check"}')
  expect 200 "DVV refresh of the demo subject" "$status"

  status=$(call "$leena" POST "persons/$demo/credit-checks" "{\"applicationId\": \"$application\", \"purpose\": \"LEASE\"}")
  expect 201 "credit check of the demo subject" "$status"

  status=$(call "$leena" POST tenant-selection-decisions "{\"applicationId\": \"$application\",
    \"apartmentRef\": \"KUO-A12\", \"outcome\": \"SELECTED\",
    \"rationale\": \"Ruokakunnan koko ja asunnon tarve vastaavat kaksiota A12. Maksuhäiriömerkintä käsiteltiin haastattelussa 24.11.; vakuudeksi sovittiin kahden kuukauden vuokra.\",
    \"inputsUsed\": [\"application\", \"household\", \"interview\", \"credit-check\"]}")
  expect 201 "tenant-selection decision for the demo subject" "$status"
fi

# ---- other residents ----------------------------------------------------------------------------
# resident N CODE FIRST LAST LANG STREET POSTAL CITY PHONE -> prints 201 (new) or 409 (already there)
resident() {
  local status
  status=$(call "$asta" POST persons "{\"personalIdentityCode\": \"$2\", \"firstName\": \"$3\", \"lastName\": \"$4\",
    \"email\": \"asukas$1@example.fi\", \"phone\": \"$9\", \"language\": \"$5\",
    \"streetAddress\": \"$6\", \"postalCode\": \"$7\", \"city\": \"$8\"}")
  expect '201 409' "resident $1" "$status"
  echo "$status"
}
resident 1 040378-921U Aino Virtanen fi "Mannerheimintie 41 A 5" 00250 Helsinki "+358401110001" >/dev/null
resident 2 191165-9341 Juhani Korhonen fi "Itäinen Pitkäkatu 18 B 22" 20700 Turku "+358401110002" >/dev/null
resident 3 280690-948P Linnéa Öhman sv "Hämeenkatu 9 C 31" 33100 Tampere "+358401110003" >/dev/null
status=$(resident 4 020183-9527 Eero Nieminen fi "Kauppakatu 22 A 4" 70100 Kuopio "+358401110004")
if [ "$status" = 201 ]; then
  eero=$(first_id)
  status=$(call "$asta" POST housing-applications "{\"personId\": \"$eero\", \"kind\": \"HOUSING\",
    \"householdSize\": 3, \"desiredArea\": \"Puijonlaakso\", \"desiredRooms\": 3}")
  expect 201 "resident 4's housing application" "$status"
fi
# Protected address in the fake DVV: the refresh hides it from everyone but letting officers.
status=$(resident 5 150871-957A Sofia Hämäläinen fi "Satamakatu 3 A 1" 40100 Jyväskylä "+358401110005")
if [ "$status" = 201 ]; then
  sofia=$(first_id)
  status=$(call "$leena" POST "persons/$sofia/population-register-refresh" '{"purpose": "lease preparation: address check"}')
  expect 200 "DVV refresh of resident 5" "$status"
fi
resident 6 300496-966H Onni Laine fi "Rautatienkatu 14 D 40" 90100 Oulu "+358401110006" >/dev/null
resident 7 111258-9723 Elina Heikkinen fi "Aleksanterinkatu 7 B 12" 00100 Helsinki "+358401110007" >/dev/null
status=$(resident 8 070701A9856 Väinö Järvinen fi "Yliopistonkatu 30 A 2" 40100 Jyväskylä "+358401110008")
if [ "$status" = 201 ]; then
  vaino=$(first_id)
  status=$(call "$asta" POST housing-applications "{\"personId\": \"$vaino\", \"kind\": \"KEY\", \"householdSize\": 1}")
  expect 201 "resident 8's key application" "$status"
fi

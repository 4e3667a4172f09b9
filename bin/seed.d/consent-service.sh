#!/usr/bin/env bash
# Demo consents: the demo data subject consented to email marketing and objected to surveys;
# a few other people with consents and a website visitor's cookie choices.
set -euo pipefail
out=$(mktemp); trap 'rm -f "$out"' EXIT
url="http://localhost:${CONSENT_PORT:-8085}/api/v1"
token=$("$SUITE" token asta.asiakaspalvelu)
post() {
  local path=$1 body=$2
  code=$(curl -s -o "$out" -w '%{http_code}' -X POST "$url/$path" \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body")
  case "$code" in 200|201|409) ;; *) echo "consent seed $path -> $code: $(cat "$out")" >&2; return 1 ;; esac
}
grant() { # subject-json purpose requestId
  post consents "{\"subject\": $1, \"purpose\": \"$2\", \"noticeVersion\": \"2026-11-01\", \"language\": \"fi\",
    \"channel\": \"WEB_FORM\", \"evidence\": {\"formId\": \"asuntohaku-2026\", \"userAgent\": \"Mozilla/5.0 (demo)\",
    \"ipAddress\": \"192.0.2.44\"}, \"requestId\": \"$3\"}"
}
demo="{\"personalIdentityCode\": \"$DEMO_PIC\", \"email\": \"$DEMO_EMAIL\"}"
grant "$demo" marketing-email demo-subject-marketing-email
grant "$demo" marketing-sms demo-subject-marketing-sms
post consents/withdrawals "{\"subject\": $demo, \"purpose\": \"marketing-sms\", \"channel\": \"PHONE\", \"requestId\": \"demo-subject-sms-withdrawal\"}"
# Objections carry no request id: record the demo one only on the first seeding.
if [ ! -e "$SUITE_STATE/.demo-objection" ]; then
post objections "{\"subject\": $demo, \"scope\": \"LEGITIMATE_INTEREST\", \"purpose\": \"customer-surveys\",
  \"decision\": \"STOP\", \"grounds\": \"En halua osallistua kyselyihin.\"}"
touch "$SUITE_STATE/.demo-objection"
fi
for n in 1 2 3 4 5 6 7 8; do
  grant "{\"email\": \"asukas$n@example.fi\"}" marketing-email "demo-resident-$n-email"
done
token=$("$SUITE" token sirpa.sidosryhma)
grant "$demo" stakeholder-newsletter demo-subject-newsletter
token=$("$SUITE" token asta.asiakaspalvelu)
post consents "{\"deviceId\": \"demo-device-0000000000000001\", \"purpose\": \"web-analytics-cookies\", \"noticeVersion\": \"2026-11-01\",
  \"language\": \"fi\", \"channel\": \"COOKIE_BANNER\", \"requestId\": \"demo-device-1-analytics\"}"

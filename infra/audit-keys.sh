#!/usr/bin/env bash
# Prints a fresh Ed25519 audit signing key pair for every service as .env lines for
# docker-compose.yml (base64 PKCS#8 private, base64 X.509 public). Needs openssl.
#   infra/audit-keys.sh >> .env
set -euo pipefail
for s in CUSTOMER PERSONNEL STAKEHOLDER CCTV CONSENT GATEWAY; do
  der=$(mktemp)
  openssl genpkey -algorithm ed25519 -outform DER -out "$der" 2>/dev/null
  echo "${s}_AUDIT_PRIVATE_KEY=$(base64 <"$der" | tr -d '\n')"
  echo "${s}_AUDIT_PUBLIC_KEY=$(openssl pkey -inform DER -in "$der" -pubout -outform DER 2>/dev/null | base64 | tr -d '\n')"
  rm -f "$der"
done

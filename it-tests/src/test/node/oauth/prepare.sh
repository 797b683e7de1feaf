#!/usr/bin/env bash
# Installs what the OAuth integration tests drive, into $1 (target/oauth-tools), with the JDK at $2:
# Debian's chromium (when missing), the npm packages of package-lock.json, the test scripts, and a fresh
# self-signed TLS key for 127.0.0.1 that the loopback Client ID Metadata Document server presents.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"
java_home="$2"
mkdir -p "$out"

if ! command -v chromium >/dev/null 2>&1; then
  echo "oauth-tools: installing Debian's chromium"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

cp "$here"/package.json "$here"/package-lock.json "$here"/*.mjs "$out"/
(cd "$out" && npm install --no-audit --no-fund --loglevel=error)

rm -f "$out/cimd-tls.p12" "$out/cimd-tls.pem"
"$java_home/bin/keytool" -genkeypair -alias cimd -keyalg RSA -keysize 2048 -validity 7 \
  -dname CN=127.0.0.1 -ext san=ip:127.0.0.1 -storetype PKCS12 \
  -keystore "$out/cimd-tls.p12" -storepass changeit -keypass changeit 2>/dev/null
"$java_home/bin/keytool" -exportcert -rfc -alias cimd -keystore "$out/cimd-tls.p12" \
  -storepass changeit -file "$out/cimd-tls.pem" 2>/dev/null
echo "oauth-tools: ready in $out"

#!/usr/bin/env bash
# The cost of a case grant per register call, next to raw JDK ES256 in the same run.
# Usage: gateway/bench/grant-bench.sh [N]   (needs the gateway's dependencies: ./mvnw -q -pl gateway dependency:resolve)
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(../mvnw -q -pl . dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeArtifactIds=jose4j,slf4j-api)
out=$(mktemp -d)
javac -d "$out" -cp "$cp" bench/GrantBench.java
java -cp "$out:$cp" GrantBench "${1:-20000}" 2>/dev/null

#!/usr/bin/env bash
# Builds the JMH benchmarks and runs those matching $1 (a JMH regexp; all when omitted).
# Extra arguments go to JMH. Results: bench/out/<name>.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q -Pbench -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
  -pl portreg-bench -am package
mkdir -p bench/out
pattern="${1:-.}"
shift || true
java -jar portreg-bench/target/benchmarks.jar "$pattern" -rf json \
  -rff "bench/out/$(echo "$pattern" | tr -c 'A-Za-z0-9' '_').json" "$@"

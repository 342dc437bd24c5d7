#!/usr/bin/env bash
# Lookup by (port, transport) and by name: JMH (LookupBenchmark) against the C baseline
# (bench/c/lookup.c) over the same registry and the same keys, in one session.
# Short runs on purpose (the machine is shared): JMH -wi 3 -i 5 -f 1, 1 s iterations.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q -Pbench -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
  -pl portreg-bench -am package
mkdir -p bench/out/lookup-keys
java -cp portreg-bench/target/benchmarks.jar org.portreg.bench.ExportLookupKeys bench/out/lookup-keys
gcc -O2 -o bench/out/lookup-c bench/c/lookup.c
echo "== C baseline (gcc -O2) =="
bench/out/lookup-c bench/out/lookup-keys 50000000
echo "== JMH =="
java -Djmh.ignoreLock=${JMH_IGNORE_LOCK:-false} -jar portreg-bench/target/benchmarks.jar 'LookupBenchmark' -wi 3 -i 5 -f 1 \
  -rf json -rff bench/out/lookup.json
echo "== C baseline again (after JMH, to see drift) =="
bench/out/lookup-c bench/out/lookup-keys 50000000

#!/usr/bin/env bash
# The store's figures in one run: parse-only baseline, import of the whole history into SQLite and
# into PostgreSQL (127.0.0.1:5432, database test), database sizes, as-of (cold and warm) and
# history query times. Prints the machine state first, since other builds may share the CPU.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q -Pbench -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
  -pl portreg-bench -am package
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -Xmx2g -cp portreg-bench/target/benchmarks.jar org.portreg.bench.StoreBench "$@"

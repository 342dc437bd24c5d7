#!/usr/bin/env bash
# Whole-process timings of `portreg lint`, interleaved with its baselines (A B C A B C ...), and
# the median wall time of each:
#  1. the newest registry file: `./portreg lint FILE` against `xmllint --noout FILE` (libxml2);
#  2. a generated manifest of 1,000 YAML documents (Deployments and Services, some of them bad)
#     read from standard input, checked against the registry file (its index cache) and against
#     the default database (its snapshot; the README's path);
#  and a JVM hello-world started with the quick commands' JVM options (as bench/cold-start.sh).
# Usage: bench/lint.sh [REGISTRY] [ROUNDS]   (needs xmllint: apt-get install -y libxml2-utils)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
registry="${1:-../shared/data/iana/service-names-port-numbers.xml}"
rounds="${2:-15}"
out="bench/out/lint"
mkdir -p "$out"
source bench/lib/hello.sh
opts="$(quick_jvm_opts)"
build_hello "$out"
manifest="$out/manifest-1000.yaml"
: > "$manifest"
for i in $(seq 500); do
  cat >> "$manifest" <<YAML
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-$i
spec:
  template:
    spec:
      containers:
        - name: app
          ports:
            - name: http_$i
              containerPort: $((8000 + i))
---
apiVersion: v1
kind: Service
metadata:
  name: app-$i
spec:
  type: NodePort
  ports:
    - name: web
      port: 80
      targetPort: $((8000 + i))
      nodePort: $((30000 + i))
      appProtocol: HTTP2
YAML
done
echo "manifest: $(grep -c '^---' "$manifest") documents, $(wc -c < "$manifest") bytes"
./portreg lint "$registry" >/dev/null || true # builds the jar if needed, writes the CDS archive
./portreg lint "$registry" >/dev/null || true
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_us() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(((e - s) / 1000)); }
: > "$out/hello.txt"; : > "$out/xmllint.txt"; : > "$out/lint.txt"; : > "$out/manifest.txt"
: > "$out/manifest-db.txt"
./portreg lint - < "$manifest" >/dev/null || true # saves the default database's snapshot if stale
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$rounds"); do
  time_us java $opts -cp "$out" Hello >> "$out/hello.txt"
  time_us xmllint --noout "$registry" >> "$out/xmllint.txt"
  time_us ./portreg lint "$registry" >> "$out/lint.txt"
  time_us sh -c "./portreg lint - --registry '$registry' < '$manifest'" >> "$out/manifest.txt"
  time_us sh -c "./portreg lint - < '$manifest'" >> "$out/manifest-db.txt"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
h=$(median < "$out/hello.txt"); x=$(median < "$out/xmllint.txt")
l=$(median < "$out/lint.txt"); m=$(median < "$out/manifest.txt"); d=$(median < "$out/manifest-db.txt")
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
echo "medians over $rounds interleaved rounds (ms):"
echo "  hello-world            $((h / 1000))"
echo "  xmllint --noout        $((x / 1000))"
echo "  lint registry          $((l / 1000))  = $(ratio "$l" "$x") x xmllint, $(ratio "$l" "$h") x hello"
echo "  lint 1,000-doc manifest, --registry FILE  $((m / 1000))  = $(ratio "$m" "$h") x hello"
echo "  lint 1,000-doc manifest, default database $((d / 1000))  = $(ratio "$d" "$h") x hello"

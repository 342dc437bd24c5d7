#!/usr/bin/env bash
# Whole-process cold start of `./portreg lookup 443/tcp --registry FILE` against a JVM
# hello-world started with the same JVM options, in one session:
#  1. hyperfine -N (both commands in one hyperfine run; mean, sigma, user and system CPU);
#  2. an interleaved loop (A B A B ...) reporting the median wall time of each, which is fairer
#     than hyperfine's back-to-back blocks when other jobs share the machine.
# Usage: bench/cold-start.sh [REGISTRY] [ROUNDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
registry="${1:-../shared/data/iana/service-names-port-numbers.xml}"
rounds="${2:-40}"
hello_dir="bench/out/hello"
mkdir -p "$hello_dir"
source bench/lib/hello.sh
opts="$(quick_jvm_opts)"
build_hello "$hello_dir"
hello="java $opts -cp $hello_dir Hello"
lookup="./portreg lookup 443/tcp --registry $registry"
$lookup >/dev/null # builds the jar if needed, writes the index cache and the CDS archive
$lookup >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N -w 5 -r "$rounds" "$hello" "$lookup"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > bench/out/cold-a.txt
: > bench/out/cold-b.txt
for _ in $(seq "$rounds"); do
  s=$(date +%s%N); $hello >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000)) >> bench/out/cold-a.txt
  s=$(date +%s%N); $lookup >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000)) >> bench/out/cold-b.txt
done
a=$(median < bench/out/cold-a.txt)
b=$(median < bench/out/cold-b.txt)
echo "interleaved medians over $rounds rounds: hello ${a} us, lookup ${b} us, ratio $(awk "BEGIN {printf \"%.2f\", $b / $a}")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

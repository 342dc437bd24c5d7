#!/usr/bin/env bash
# Fuzzes every Jazzer target for a number of minutes each and reports, per target, the minutes
# actually spent fuzzing (libFuzzer's own executions / executions-per-second of each run), the
# executions, the coverage reached and any finding. The JUnit integration fuzzes for its
# annotation's 30 s per run, so a target is fuzzed in consecutive runs; the generated corpus
# (`<module>/.cifuzz-corpus/`, not committed) carries each run on from where the last stopped.
# A finding stops that target: Jazzer writes the crashing input into the target's
# `src/test/resources/...Inputs/` directory, where the next build replays it. A run still going
# after HANG_SECONDS (default 180; a run fuzzes for 30 s) is a hang: the fuzzing JVM's stack is
# kept in the log (`jstack`), the run killed and the target reported as hung. (JUnit's @Timeout
# cannot bound one input here: in fuzzing mode it bounds the whole 30 s run.)
# Usage: bench/fuzz.sh [MINUTES_PER_TARGET] [TARGET...]
#   TARGET is module:Class#method, e.g. portreg-core:ReadersFuzzTest#csv (default: all nine).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
minutes="${1:-10}"
hang_seconds="${HANG_SECONDS:-180}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    portreg-core:XmlFuzzTest#readsOrRejectsCleanlyAndRoundTrips
    portreg-core:ReadersFuzzTest#csv
    portreg-core:ReadersFuzzTest#txt
    portreg-core:ReadersFuzzTest#excerpt
    portreg-core:ReadersFuzzTest#jsonRegistry
    portreg-core:ReadersFuzzTest#requestJson
    portreg-core:ReadersFuzzTest#services
    portreg-core:SearchQueryFuzzTest#parsesAndSearchesOrRejects
    portreg-server:JsonBodiesFuzzTest#jsonBody
  )
fi
out="bench/out/fuzz"
mkdir -p "$out"
echo "fuzzing ${#targets[@]} targets, $minutes min each; started $(date -u +%FT%TZ)," \
  "load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| target | runs | fuzzing time | executions | coverage (edges) | corpus | findings |\n'
printf '|---|---|---|---|---|---|---|\n'
for target in "${targets[@]}"; do
  module="${target%%:*}"
  test="${target#*:}"
  log="$out/${test//[#]/-}.log"
  : > "$log"
  deadline=$(( $(date +%s) + minutes * 60 ))
  runs=0 execs=0 seconds=0 cov="" corp="" finding="none"
  while [ "$(date +%s)" -lt "$deadline" ]; do
    runs=$((runs + 1))
    JAZZER_FUZZ=1 ./mvnw -B -o -q -pl "$module" surefire:test@fuzz-regression \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false > "$log.run" 2>&1 &
    maven=$!
    started=$(date +%s)
    while kill -0 "$maven" 2> /dev/null && [ $(( $(date +%s) - started )) -lt "$hang_seconds" ]; do
      sleep 2
    done
    if kill -0 "$maven" 2> /dev/null; then
      fuzzer=$(pgrep -f "surefirebooter.*$PWD/$module" | head -1)
      { echo "=== hang: the fuzzing JVM after ${hang_seconds} s ==="; jstack "$fuzzer"; } \
        >> "$log.run" 2>&1
      pkill -f "surefirebooter.*$PWD/$module"
      kill "$maven" 2> /dev/null
      wait "$maven" 2> /dev/null
      cat "$log.run" >> "$log"
      finding="hang: one input ran past ${hang_seconds} s; stack in $log"
      break
    fi
    wait "$maven"
    status=$?
    cat "$log.run" >> "$log"
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log.run" | tail -1)
    if [ -n "$done_line" ]; then
      n=$(sed -E 's/^#([0-9]+).*/\1/' <<< "$done_line")
      rate=$(sed -E 's/.*exec\/s: ([0-9]+).*/\1/' <<< "$done_line")
      execs=$((execs + n))
      [ "$rate" -gt 0 ] && seconds=$((seconds + n / rate))
      cov=$(sed -E 's/.*cov: ([0-9]+).*/\1/' <<< "$done_line")
      corp=$(sed -E 's/.*corp: ([^ ]+).*/\1/' <<< "$done_line")
    fi
    if [ $status -ne 0 ]; then
      finding=$(grep -m1 -E '== Java Exception|FuzzerSecurityIssue|Exception:' "$log.run" \
        | cut -c1-160)
      finding="${finding:-exit $status, see $log}"
      break
    fi
  done
  rm -f "$log.run"
  printf '| `%s` | %d | %d min %02d s | %d | %s | %s | %s |\n' "$test" "$runs" \
    $((seconds / 60)) $((seconds % 60)) "$execs" "${cov:-?}" "${corp:-?}" "$finding"
done
echo "finished $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# The README's First-steps commands, whole process, on a fresh default database (its own
# XDG_DATA_HOME and XDG_CACHE_HOME), each interleaved with a JVM hello-world started with the same
# JDK and the same JVM options the launcher gives that command. Prints, per command, the median
# wall time of both over ROUNDS interleaved pairs, their ratio, and both peak RSS figures; then
# `db import` of the history against parsing the same files in one JVM, the request steps
# (submit, decide, assign), and `convert` of the
# newest XML against `xmllint --noout`. The load average before and after goes with the figures.
# Usage: bench/cli.sh [ROUNDS]          (needs libxml2-utils for xmllint; installs it if root)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-11}"
shared="${PORTREG_SHARED:-../shared}"
history=("$shared"/data/iana/history/*.xml.gz)
newest="$shared/data/iana/service-names-port-numbers.xml"
out="bench/out/cli"
rm -rf "$out" && mkdir -p "$out/data" "$out/cache" "$out/hello"
export XDG_DATA_HOME="$PWD/$out/data" XDG_CACHE_HOME="$PWD/$out/cache"
unset PORTREG_DB PORTREG_REGISTRY

if ! command -v xmllint >/dev/null && [[ $(id -u) == 0 ]]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
fi

source bench/lib/hello.sh
build_hello "$out/hello"
quick_opts="$(quick_jvm_opts)"

# usec and peak KiB of one run: "wall_us rss_kib". A command may end with status $ok_exit (0
# unless set: `check` of a taken port ends with 1 by design).
measure() {
  local s e
  s=$(date +%s%N)
  /usr/bin/time -f %M -o "$out/rss" "$@" >/dev/null 2>"$out/stderr" || {
    local rc=$?
    [[ $rc == "${ok_exit:-0}" ]] || { echo "failed ($rc): $*" >&2; cat "$out/stderr" >&2; exit 1; }
  }
  e=$(date +%s%N)
  echo "$(((e - s) / 1000)) $(tail -n 1 "$out/rss")"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# pair NAME OPTS COMMAND...: ROUNDS interleaved runs of hello-world (with OPTS) and COMMAND.
pair() {
  local name="$1" opts="$2"; shift 2
  "$@" >/dev/null 2>&1 || true # warm the page cache, build caches (index, CDS archive)
  "$@" >/dev/null 2>&1 || true
  : > "$out/a" && : > "$out/b"
  for _ in $(seq "$rounds"); do
    measure java $opts -cp "$out/hello" Hello >> "$out/a"
    measure "$@" >> "$out/b"
  done
  local ha hb ra rb
  ha=$(cut -d' ' -f1 "$out/a" | median); hb=$(cut -d' ' -f1 "$out/b" | median)
  ra=$(cut -d' ' -f2 "$out/a" | median); rb=$(cut -d' ' -f2 "$out/b" | median)
  printf '| `%s` | %d ms | %d MiB | %d ms | %d MiB | **%.2f×** | %.2f× |\n' "$name" \
    $((hb / 1000)) $((rb / 1024)) $((ha / 1000)) $((ra / 1024)) \
    "$(awk "BEGIN {print $hb / $ha}")" "$(awk "BEGIN {print $rb / $ra}")"
}

./portreg --version >/dev/null 2>&1 # builds the jar if needed
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# db import of the whole history on the fresh default database, against parsing the same files
# in one JVM (the library's reader, nothing stored).
s=$(date +%s%N); ./portreg db import "${history[@]}" >/dev/null 2>&1; e=$(date +%s%N)
import_ms=$(((e - s) / 1000000))
parse_ms=$(java -cp portreg-cli/target/portreg.jar bench/ParseAll.java "${history[@]}" \
  2>/dev/null || echo "")
echo "| command | wall (median) | peak RSS | hello-world | its RSS | ratio | RSS ratio |"
echo "|---|---|---|---|---|---|---|"
pair "lookup 443/tcp" "$quick_opts" ./portreg lookup 443/tcp
pair "lookup https" "$quick_opts" ./portreg lookup https
pair "lookup 443" "$quick_opts" ./portreg lookup 443
pair "search 'https 443'" "$quick_opts" ./portreg search 'https 443'
pair "search https" "$quick_opts" ./portreg search https
pair "free --transport tcp,udp --count 4" "$quick_opts" ./portreg free --transport tcp,udp --count 4
pair "lookup roughtime --as-of 2026-03-27" "$quick_opts" ./portreg lookup roughtime --as-of 2026-03-27
pair "search https --as-of 2026-03-27" "$quick_opts" ./portreg search https --as-of 2026-03-27
pair "diff 2026-03-18 2026-03-27" "$quick_opts" ./portreg diff 2026-03-18 2026-03-27
pair "db history 5319/tcp" "$quick_opts" ./portreg db history 5319/tcp
pair "db versions" "$quick_opts" ./portreg db versions
ok_exit=1 pair "check 8080/tcp" "$quick_opts" ./portreg check 8080/tcp

# The request steps (SQLite, the default database): each round submits a new request, an expert
# approves it and an admin assigns it, each step a whole process paired with a hello-world.
./portreg user add ann --name Ann --email ann@example.org --role applicant >/dev/null
./portreg user add eve --name Eve --email eve@example.org --role expert --expert-for tcp,udp >/dev/null
./portreg user add ada --name Ada --email ada@example.org --role admin >/dev/null
request_file() {
  sed "s/quokka-sync/bench-$1/" docs/examples/request.json > "$out/request-$1.json"
  echo "$out/request-$1.json"
}
for step in submit decide assign; do : > "$out/$step.a" && : > "$out/$step.b"; done
for i in $(seq $((rounds + 2))); do
  # the first two rounds warm the page cache and record the class-data-sharing archives
  id=$i
  keep=$((i > 2))
  run_step() {
    local step="$1"; shift
    a=$(measure java $quick_opts -cp "$out/hello" Hello)
    b=$(measure ./portreg request "$@")
    if ((keep)); then echo "$a" >> "$out/$step.a"; echo "$b" >> "$out/$step.b"; fi
  }
  run_step submit submit "$(request_file "$i")" --as ann
  run_step decide decide "$id" approve --reason fine --as eve
  run_step assign assign "$id" --reason approved --as ada
done
for step in submit decide assign; do
  ha=$(cut -d' ' -f1 "$out/$step.a" | median); hb=$(cut -d' ' -f1 "$out/$step.b" | median)
  ra=$(cut -d' ' -f2 "$out/$step.a" | median); rb=$(cut -d' ' -f2 "$out/$step.b" | median)
  printf '| `request %s` | %d ms | %d MiB | %d ms | %d MiB | **%.2f×** | %.2f× |\n' "$step" \
    $((hb / 1000)) $((rb / 1024)) $((ha / 1000)) $((ra / 1024)) \
    "$(awk "BEGIN {print $hb / $ha}")" "$(awk "BEGIN {print $rb / $ra}")"
done

echo
echo "db import of ${#history[@]} files: ${import_ms} ms${parse_ms:+; parsing them in one JVM: ${parse_ms} ms; ratio $(awk "BEGIN {printf \"%.2f\", $import_ms / ${parse_ms:-1}}")×}"

# convert of the newest XML, whole process, against xmllint --noout on the same file.
if command -v xmllint >/dev/null; then
  : > "$out/a" && : > "$out/b"
  for to in csv json services; do
    ./portreg convert "$newest" --to "$to" >/dev/null 2>&1 || true
  done
  for _ in $(seq "$rounds"); do
    measure xmllint --noout "$newest" >> "$out/a"
    measure ./portreg convert "$newest" --to csv >> "$out/b"
  done
  xa=$(cut -d' ' -f1 "$out/a" | median); xb=$(cut -d' ' -f1 "$out/b" | median)
  echo "convert --to csv: $((xb / 1000)) ms; xmllint --noout: $((xa / 1000)) ms; ratio $(awk "BEGIN {printf \"%.2f\", $xb / $xa}")×"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

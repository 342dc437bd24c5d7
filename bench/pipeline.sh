#!/usr/bin/env bash
# Four concurrent request pipelines (submit → approve → assign), each step a whole `./portreg`
# process, on SQLite (a fresh database file) and on PostgreSQL (a fresh database on the local
# server), in the same run: issue 12's budget is an assignment's median latency on PostgreSQL within
# 2× SQLite's. Each database gets the newest registry and the same three users first. Prints per
# database and step the median and maximum latency, then the ratios, with the load average.
# Usage: bench/pipeline.sh [PIPELINES_PER_WORKER]   (default 5; PG at PGHOST/127.0.0.1, user postgres)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-5}"
workers=4
shared="${PORTREG_SHARED:-../shared}"
newest="$shared/data/iana/service-names-port-numbers.xml"
out="bench/out/pipeline"
rm -rf "$out" && mkdir -p "$out/cache"
export XDG_CACHE_HOME="$PWD/$out/cache"
unset PORTREG_DB PORTREG_REGISTRY
pg_host="${PGHOST:-127.0.0.1}"
pg_db="portreg_pipeline_$$"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
max() { sort -n | tail -n 1; }

# setup URL: the newest registry and the users every pipeline acts as.
setup() {
  local db="$1"
  ./portreg db import "$newest" --db "$db" >/dev/null
  ./portreg user add ann --name Ann --email ann@example.org --role applicant --db "$db" >/dev/null
  ./portreg user add eve --name Eve --email eve@example.org --role expert --expert-for tcp,udp \
    --db "$db" >/dev/null
  ./portreg user add ada --name Ada --email ada@example.org --role admin --db "$db" >/dev/null
}

# worker URL LABEL W: ROUNDS pipelines; one "step milliseconds" line per step into $out/LABEL-W.
worker() {
  local db="$1" label="$2" w="$3" i id s e file
  for i in $(seq "$rounds"); do
    file="$out/$label-$w-$i.json"
    sed "s/quokka-sync/pipe-${label:0:1}$w-$i/" docs/examples/request.json > "$file"
    s=$(date +%s%N)
    id=$(./portreg request submit "$file" --as ann --db "$db" --format json \
      | sed -n 's/^  "id" : \([0-9]*\),*$/\1/p' | head -n 1)
    e=$(date +%s%N); echo "submit $(((e - s) / 1000000))" >> "$out/$label-$w"
    s=$(date +%s%N)
    ./portreg request decide "$id" approve --reason fine --as eve --db "$db" >/dev/null
    e=$(date +%s%N); echo "decide $(((e - s) / 1000000))" >> "$out/$label-$w"
    s=$(date +%s%N)
    ./portreg request assign "$id" --reason approved --as ada --db "$db" >/dev/null
    e=$(date +%s%N); echo "assign $(((e - s) / 1000000))" >> "$out/$label-$w"
  done
}

run() {
  local db="$1" label="$2" w
  setup "$db"
  for w in $(seq "$workers"); do worker "$db" "$label" "$w" & done
  wait
  cat "$out/$label"-[0-9] > "$out/$label.all"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
createdb -h "$pg_host" -U postgres "$pg_db"
trap 'dropdb -h "$pg_host" -U postgres --if-exists "$pg_db" >/dev/null 2>&1 || true' EXIT
./portreg lookup 443/tcp --registry "$newest" >/dev/null # the jars, before anything is timed
run "jdbc:sqlite:$PWD/$out/pipeline.db" sqlite
run "jdbc:postgresql://$pg_host/$pg_db?user=postgres" postgresql
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "$workers concurrent pipelines × $rounds, each step a whole process"
echo
echo '| step | SQLite median | SQLite max | PostgreSQL median | PostgreSQL max | PG/SQLite (median) |'
echo '|---|---|---|---|---|---|'
for step in submit decide assign; do
  sm=$(awk -v s=$step '$1 == s {print $2}' "$out/sqlite.all" | median)
  sx=$(awk -v s=$step '$1 == s {print $2}' "$out/sqlite.all" | max)
  pm=$(awk -v s=$step '$1 == s {print $2}' "$out/postgresql.all" | median)
  px=$(awk -v s=$step '$1 == s {print $2}' "$out/postgresql.all" | max)
  printf '| %s | %d ms | %d ms | %d ms | %d ms | **%.2f×** |\n' "$step" "$sm" "$sx" "$pm" "$px" \
    "$(awk "BEGIN {print $pm / $sm}")"
done

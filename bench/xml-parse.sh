#!/usr/bin/env bash
# Parse of the newest registry XML, in one run: libxml2's own parse time (`xmllint --noout
# --timing`, its "Parsing took" line: the parse alone, without the process around it), portreg's
# `XmlFormat.read` into the model (JMH, steady state, average time), and the whole `xmllint
# --noout` process (hyperfine). Issue 12's budget: our read within libxml2's "Parsing took".
# The xmllint figures are taken before and after the JMH run, so a change of machine load shows.
# Needs: apt-get install libxml2-utils hyperfine
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
file="${PORTREG_SHARED:-../shared}/data/iana/service-names-port-numbers.xml"
mkdir -p bench/out
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# The median of 21 "Parsing took N ms" lines of libxml2.
parsing_took() {
  for _ in $(seq 21); do
    xmllint --noout --timing "$file" 2>&1 | awk '/^Parsing took/ {print $3}'
  done | median
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "== libxml2 $(xmllint --version 2>&1 | head -1 | awk '{print $NF}'): xmllint --noout --timing, median of 21"
before=$(parsing_took)
echo "Parsing took (before JMH): $before ms"
echo "== xmllint --noout, whole process"
hyperfine -N -w 3 -r 30 --export-json bench/out/xmllint.json "xmllint --noout $file"
echo "== portreg XmlFormat.read (JMH)"
bench/run.sh 'XmlParseBenchmark.parseNewestXml'
after=$(parsing_took)
echo "Parsing took (after JMH): $after ms"
score=$(python3 -c "import json; print(round(json.load(open('bench/out/XmlParseBenchmark_parseNewestXml_.json'))[0]['primaryMetric']['score'], 1))")
echo "XmlFormat.read: $score ms; libxml2 parse: $before / $after ms; ratio $(awk "BEGIN {printf \"%.2f\", $score / (($before + $after) / 2)}")x"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

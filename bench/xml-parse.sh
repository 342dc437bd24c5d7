#!/usr/bin/env bash
# Parse of the newest registry XML: portreg (JMH, steady state) side by side with libxml2's
# `xmllint --noout` (hyperfine, whole process) on the same file, in the same run.
# Needs: apt-get install libxml2-utils hyperfine
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
file="${PORTREG_SHARED:-../shared}/data/iana/service-names-port-numbers.xml"
mkdir -p bench/out
echo "== xmllint --noout (libxml2 $(xmllint --version 2>&1 | head -1 | awk '{print $NF}'))"
hyperfine -N -w 3 -r 30 --export-json bench/out/xmllint.json "xmllint --noout $file"
echo "== portreg XmlFormat.read (JMH)"
bench/run.sh XmlParseBenchmark

#!/usr/bin/env bash
# Measures the registry server with wrk against nginx serving the same bytes as a static file,
# in one run, on loopback. Usage: bench/wrk/server.sh [REGISTRY.xml] [DURATION]
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light). Builds the jar if needed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
registry="${1:-../shared/data/iana/service-names-port-numbers.xml}"
duration="${2:-5s}"
port=18181
nginx_port=18182
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -f "$work/nginx.pid" ]]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi
  sleep 1
  rm -rf "$work"
}
trap cleanup EXIT

./portreg --version >/dev/null  # builds the jar when sources changed
java -XX:+UseParallelGC -Xmx1g -jar portreg-cli/target/portreg.jar serve --port "$port" \
  --registry "$registry" 2>"$work/server.log" &
server_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.2; done

# The same bytes nginx will serve statically: one small API answer and the full XML.
mkdir -p "$work/www"
curl -sf -o "$work/www/person.json" "http://127.0.0.1:$port/api/v1/people/Jon_Postel"
curl -sf -o "$work/www/lookup.json" "http://127.0.0.1:$port/api/v1/ports/443/tcp"
curl -sf -o "$work/www/search.json" "http://127.0.0.1:$port/api/v1/records?search=https"
curl -sf -o "$work/www/page.html" "http://127.0.0.1:$port/?search=https"
curl -sf -o "$work/www/registry.xml" "http://127.0.0.1:$port/service-names-port-numbers.xml"
chmod -R a+rX "$work"  # nginx workers run as nobody
etag="$(curl -sf -D - -o /dev/null "http://127.0.0.1:$port/service-names-port-numbers.xml" | tr -d '\r' \
  | awk 'tolower($1)=="etag:" {print $2}')"

source bench/lib/nginx.sh
nginx_conf "$work" "$nginx_port"
nginx -c "$work/nginx.conf"
until curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/person.json"; do sleep 0.2; done

run() {  # name, wrk args...
  local name="$1"; shift
  local rps
  rps="$(wrk "$@" 2>&1 | awk '/Requests\/sec/ {print $2}')"
  printf '%-44s %12s req/s\n' "$name" "$rps"
}

echo "sizes: lookup $(wc -c <"$work/www/lookup.json") B, search $(wc -c <"$work/www/search.json") B," \
  "page $(wc -c <"$work/www/page.html") B"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "wrk -t1 -c32 -d$duration, loopback; warm-up of the same length first"
wrk -t1 -c32 -d"$duration" "http://127.0.0.1:$port/api/v1/people/Jon_Postel" >/dev/null
wrk -t1 -c32 -d"$duration" "http://127.0.0.1:$port/api/v1/ports/443/tcp" >/dev/null
wrk -t1 -c32 -d"$duration" "http://127.0.0.1:$nginx_port/person.json" >/dev/null
# The lookup endpoint (DESIGN §9 budget: at least half of nginx), interleaved with nginx.
for round in 1 2 3; do
  run "portreg /api/v1/ports/443/tcp ($round)" -t1 -c32 -d"$duration" \
    "http://127.0.0.1:$port/api/v1/ports/443/tcp"
  run "nginx   static same bytes ($round)" -t1 -c32 -d"$duration" \
    "http://127.0.0.1:$nginx_port/lookup.json"
done
run "portreg /api/v1/records?search=https" -t1 -c32 -d"$duration" \
  "http://127.0.0.1:$port/api/v1/records?search=https"
run "nginx   static same bytes (search answer)" -t1 -c32 -d"$duration" \
  "http://127.0.0.1:$nginx_port/search.json"
run "portreg /?search=https (registry page)" -t1 -c32 -d"$duration" \
  "http://127.0.0.1:$port/?search=https"
run "nginx   static same bytes (page)" -t1 -c32 -d"$duration" \
  "http://127.0.0.1:$nginx_port/page.html"
for round in 1 2; do
  run "portreg /api/v1/people/Jon_Postel ($round)" -t1 -c32 -d"$duration" \
    "http://127.0.0.1:$port/api/v1/people/Jon_Postel"
  run "nginx   static same bytes ($round)" -t1 -c32 -d"$duration" \
    "http://127.0.0.1:$nginx_port/person.json"
done
run "portreg XML download, If-None-Match -> 304" -t1 -c32 -d"$duration" -H "If-None-Match: $etag" \
  "http://127.0.0.1:$port/service-names-port-numbers.xml"
run "portreg XML download, gzip (3.9 MB -> gz)" -t1 -c4 -d"$duration" -H "Accept-Encoding: gzip" \
  "http://127.0.0.1:$port/service-names-port-numbers.xml"
run "nginx   XML static, identity (3.9 MB)" -t1 -c4 -d"$duration" \
  "http://127.0.0.1:$nginx_port/registry.xml"
run "portreg XML download, identity (3.9 MB)" -t1 -c4 -d"$duration" \
  "http://127.0.0.1:$port/service-names-port-numbers.xml"

#!/usr/bin/env bash
# The HTTP budgets of issue 12 on the path the README shows: `./portreg serve` on the default
# database (its own XDG folders, the 42 history versions imported with `./portreg db import`),
# against nginx serving the same bytes as static files, in one run, on loopback, wrk -t1 -c32.
# Prints each endpoint's requests per second for both and the ratio; three interleaved rounds.
# Usage: bench/wrk/http.sh [DURATION]   (needs wrk and nginx: apt-get install wrk nginx-light)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
duration="${1:-5s}"
port=18191
nginx_port=18192
shared="${PORTREG_SHARED:-../shared}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -f "$work/nginx.pid" ]]; then kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  [[ $(id -u) == 0 ]] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config"
unset PORTREG_DB PORTREG_REGISTRY

./portreg db import "$shared"/data/iana/history/*.xml.gz >/dev/null 2>&1
./portreg serve --port "$port" --access-log off 2>"$work/server.log" &
server_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.2; done

mkdir -p "$work/www"
declare -A paths=(
  [lookup]="/api/v1/ports/443/tcp"
  [search]="/api/v1/records?search=https"
  [page]="/?search=https"
)
for name in lookup search page; do
  curl -sf -o "$work/www/$name" "http://127.0.0.1:$port${paths[$name]}"
done
chmod -R a+rX "$work"
source bench/lib/nginx.sh
nginx_conf "$work" "$nginx_port"
nginx -c "$work/nginx.conf"
until curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/lookup"; do sleep 0.2; done

rps() { wrk -t1 -c32 -d"$duration" "$1" 2>&1 | awk '/Requests\/sec/ {print $2}'; }
echo "machine: $(nproc) cores, load before $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "wrk -t1 -c32 -d$duration on loopback; each endpoint warmed for the same time first"
echo
echo "| endpoint | round | portreg serve (default database) | nginx, same bytes | ratio |"
echo "|---|---|---|---|---|"
for name in lookup search page; do
  rps "http://127.0.0.1:$port${paths[$name]}" >/dev/null
  rps "http://127.0.0.1:$nginx_port/$name" >/dev/null
  for round in 1 2 3; do
    a=$(rps "http://127.0.0.1:$port${paths[$name]}")
    b=$(rps "http://127.0.0.1:$nginx_port/$name")
    printf '| `%s` | %d | %s req/s | %s req/s | **%.2f×** |\n' "${paths[$name]}" "$round" "$a" "$b" \
      "$(awk "BEGIN {print $a / $b}")"
  done
done
echo
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

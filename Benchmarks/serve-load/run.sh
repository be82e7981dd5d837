#!/bin/sh
# A bounded load test of `threadscan serve` on 127.0.0.1 with wrk (Debian package `wrk`): short
# comments, keep-alive, TOXICITY requested. Prints throughput, latency percentiles (p99) and the
# server's resident memory after a warm-up and after the measured run, to show it stays flat.
#
#   Benchmarks/serve-load/run.sh [BINARY] [SECONDS] [CONNECTIONS] [WRK_THREADS]
#
# BINARY defaults to .build/release/threadscan (swift build -c release --product threadscan).
# This is a measurement, not a test: nothing here fails on a slow machine.
set -eu
cd "$(dirname "$0")/../.."
binary="${1:-.build/release/threadscan}"
seconds="${2:-30}"
connections="${3:-32}"
threads="${4:-1}"
command -v wrk >/dev/null 2>&1 || { echo "run.sh: wrk is missing (apt-get install wrk)" >&2; exit 1; }

log="$(mktemp)"
"$binary" serve --port 0 --quiet 2>"$log" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log"' EXIT
port=""
for _ in $(seq 1 100); do
    port="$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$log")"
    [ -n "$port" ] && break
    sleep 0.1
done
[ -n "$port" ] || { echo "run.sh: the server printed no startup line" >&2; cat "$log" >&2; exit 1; }

rss() { awk '/^VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }
wrk -t"$threads" -c"$connections" -d3s -s Benchmarks/serve-load/comments.lua "http://127.0.0.1:$port" >/dev/null
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "server RSS after a 3 s warm-up: $(rss)"
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s Benchmarks/serve-load/comments.lua "http://127.0.0.1:$port"
echo "server RSS after the run: $(rss)"

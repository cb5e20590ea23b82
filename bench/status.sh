#!/usr/bin/env bash
# Status-query throughput and latency on loopback: starts the gateway (embedded PostgreSQL) in a scratch
# folder, registers CASES cases through the chat API, then runs wrk against the status endpoint.
# Usage: [CACHE_SECONDS=2] bench/status.sh [seconds] [connections] [cases]   (needs wrk: apt-get install wrk)
# CACHE_SECONDS=0 sends every query to PostgreSQL (the worst case: no cached view on this instance).
# The seeding opens one conversation per case from localhost: the per-address bound on new conversations is lifted.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}; conns=${2:-64}; ncases=${3:-200}
[ -f target/petition-gateway.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
port=18090
jar="$PWD/target/petition-gateway.jar"
( cd "$work" && exec env GATEWAY_HTTP_PORT=$port GATEWAY_METRICS_PORT=0 GATEWAY_STATUS_CACHE_SECONDS=${CACHE_SECONDS:-2} GATEWAY_CHAT_MAX_NEW_CONVERSATIONS_PER_HOUR=1000000 java -Xmx512m -jar "$jar" > gateway.log 2>&1 ) &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf localhost:$port/health/ready > /dev/null; do sleep 0.2; done
python3 bench/seed_cases.py http://localhost:$port "$ncases" > "$work/cases.txt"
echo "seeded $(wc -l < "$work/cases.txt") cases"
# Warm-up (JIT), then the measured run. One wrk thread leaves the other core to the gateway and PostgreSQL.
CASES="$work/cases.txt" wrk -t1 -c"$conns" -d5s -s bench/status.lua http://localhost:$port > /dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
CASES="$work/cases.txt" wrk -t1 -c"$conns" -d"${secs}s" --latency -s bench/status.lua http://localhost:$port

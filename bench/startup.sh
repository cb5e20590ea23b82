#!/usr/bin/env bash
# Start-to-ready: time from launching the jar to the first 200 of /health/ready, once the embedded
# database exists (the first start, which runs initdb, is not counted). Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/petition-gateway.jar ] || mvn -q -B package -DskipTests
jar="$PWD/target/petition-gateway.jar"
work=$(mktemp -d)
port=18091
trap 'rm -rf "$work"' EXIT
start_once() {
  local t0 t1 pid
  t0=$(date +%s%N)
  ( cd "$work" && exec env GATEWAY_HTTP_PORT=$port GATEWAY_METRICS_PORT=0 java -jar "$jar" > gateway.log 2>&1 ) &
  pid=$!
  until curl -sf localhost:$port/health/ready > /dev/null; do sleep 0.05; done
  t1=$(date +%s%N)
  kill -TERM $pid; wait $pid 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
echo "first start (creates the database): $(start_once) ms"
times=()
for i in $(seq "$runs"); do times+=("$(start_once)"); done
echo "machine: $(nproc) cores"
echo "start to ready, existing database (ms): ${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms, max: " a[NR] " ms"}'

#!/usr/bin/env bash
# Status-query throughput and latency on loopback: starts the gateway (embedded PostgreSQL) in a scratch
# folder, registers CASES cases through the chat API, then runs wrk against the status endpoint.
# Usage: [CACHE_SECONDS=2] bench/status.sh [seconds] [connections] [cases]   (needs wrk: apt-get install wrk)
# CACHE_SECONDS=0 sends every query to PostgreSQL (the worst case: no cached view on this instance).
# The seeding opens one conversation per case from localhost: the per-address bound on new conversations is lifted.
# Before the status run, /health/live (no database, no JSON) is measured the same way: the ratio of the status rate
# to it says how far the status path is from what this machine, wrk and the HTTP stack allow at that moment.
# A/B comparisons on a shared machine: JAR=path picks the build; WORK=folder keeps the scratch folder (database and
# seeded cases) so a second run, with another JAR, queries the same cases without seeding again; JAVA_OPTS is passed
# to the gateway's JVM (e.g. a flight recording). THREADS=1 also prints, per gateway thread (name and id), its context
# switches and CPU per request during the status run: which threads wake per request.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}; conns=${2:-64}; ncases=${3:-200}
jar=${JAR:-$PWD/target/petition-gateway.jar}
[ -f "$jar" ] || mvn -q -B package -DskipTests
jar=$(readlink -f "$jar")
if [ -n "${WORK:-}" ]; then work=$(mkdir -p "$WORK" && readlink -f "$WORK"); keep=1; else work=$(mktemp -d); keep=0; fi
port=18090
( cd "$work" && exec env GATEWAY_HTTP_PORT=$port GATEWAY_METRICS_PORT=0 GATEWAY_STATUS_CACHE_SECONDS=${CACHE_SECONDS:-2} GATEWAY_CHAT_MAX_NEW_CONVERSATIONS_PER_HOUR=1000000 java -Xmx512m ${JAVA_OPTS:-} -jar "$jar" >> gateway.log 2>&1 ) &
pid=$!
trap 'set +e; kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; [ $keep = 1 ] || rm -rf "$work"' EXIT
until curl -sf -m 5 localhost:$port/health/ready > /dev/null; do sleep 0.2; done
if [ ! -s "$work/cases.txt" ]; then
  python3 bench/seed_cases.py http://localhost:$port "$ncases" > "$work/cases.tmp" && mv "$work/cases.tmp" "$work/cases.txt"
  echo "seeded $(wc -l < "$work/cases.txt") cases"
else
  echo "reusing $(wc -l < "$work/cases.txt") seeded cases in $work"
fi
# Warm-up (JIT: after 5 s the C2 compiler still took a third of the gateway's CPU), then the measured runs. One wrk
# thread leaves the other core to the gateway and PostgreSQL.
CASES="$work/cases.txt" wrk -t1 -c"$conns" -d${WARMUP:-15}s -s bench/status.lua http://localhost:$port > /dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
# CPU time each side spent during the status run (from /proc: the gateway's JVM, the embedded PostgreSQL's
# postmaster and its backends, wrk as this shell's child), per request: on a shared machine this moves far less with
# the others' load than the rate does.
ticks() { for p in "$@"; do awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || true; done | awk '{s += $1} END {print s + 0}'; }
pgpids() { local pm; pm=$(head -1 "$work/data/postgres/postmaster.pid" 2>/dev/null || true); [ -n "$pm" ] && echo "$pm $(pgrep -P "$pm" | xargs)"; }
# Context switches (voluntary and not) of every thread of the given processes: per request, how often each side was
# woken or put to sleep (one wake-up can serve several requests when they arrive together, e.g. pipelined queries).
switches() { for p in "$@"; do cat /proc/$p/task/*/status 2>/dev/null; done | awk '/ctxt_switches/ {s += $2} END {print s + 0}'; }
children() { awk 'NR == 2 {split($1, u, "m"); split($2, s, "m"); sub("s", "", u[2]); sub("s", "", s[2]); print 60 * (u[1] + s[1]) + u[2] + s[2]}' "$1"; }
pgs=$(pgpids); l0=$(ticks $pid)
lout=$(wrk -t1 -c"$conns" -d"$(( secs < 5 ? secs : 5 ))s" http://localhost:$port/health/live)
l1=$(ticks $pid)
live=$(echo "$lout" | awk '/Requests\/sec/ {printf "%.0f", $2}')
awk -v r="$live" -v n="$(echo "$lout" | awk '/requests in/ {print $1}')" -v hz="$(getconf CLK_TCK)" -v g=$((l1 - l0)) 'BEGIN {
  printf "health/live requests/s: %s (gateway CPU per request %.0f us)\n", r, g / hz / n * 1e6 }'
# JFR=file.jfr records the gateway (profile settings) during the status run only.
[ -z "${JFR:-}" ] || jcmd $pid JFR.start name=status settings=profile > /dev/null
# One line per thread: id, name (as the kernel keeps it, 15 characters), switches, CPU ticks.
perthread() { for t in /proc/$1/task/*; do
  printf '%s\t%s\t%s\t%s\n' "${t##*/}" "$(tr ' ' _ < $t/comm 2>/dev/null)" \
    "$(awk '/ctxt_switches/ {s += $2} END {print s + 0}' $t/status 2>/dev/null)" \
    "$(awk '{sub(/.*\) /, ""); print $12 + $13}' $t/stat 2>/dev/null)"; done; }
[ -z "${THREADS:-}" ] || perthread $pid > "$work/threads0"
g0=$(ticks $pid); p0=$(ticks $pgs); times > "$work/times0"; gs0=$(switches $pid); ps0=$(switches $pgs)
out=$(CASES="$work/cases.txt" wrk -t1 -c"$conns" -d"${secs}s" --latency -s bench/status.lua http://localhost:$port)
g1=$(ticks $pid); p1=$(ticks $pgs); times > "$work/times1"; gs1=$(switches $pid); ps1=$(switches $pgs); w0=$(children "$work/times0"); w1=$(children "$work/times1")
[ -z "${THREADS:-}" ] || perthread $pid > "$work/threads1"
[ -z "${JFR:-}" ] || jcmd $pid JFR.stop name=status filename="$(readlink -f "$JFR")" > /dev/null
echo "$out"
rate=$(echo "$out" | awk '/^requests\/s:/ {print $2}')
total=$(echo "$out" | awk '/requests in/ {print $1}')
awk -v s="$rate" -v l="$live" 'BEGIN { if (l > 0) printf "status / health/live: %.3f\n", s / l }'
awk -v n="$total" -v hz="$(getconf CLK_TCK)" -v g=$((g1 - g0)) -v p=$((p1 - p0)) -v w0="$w0" -v w1="$w1" 'BEGIN {
  if (n > 0) printf "CPU per request: gateway %.0f us, PostgreSQL %.0f us, wrk %.0f us\n", g / hz / n * 1e6, p / hz / n * 1e6, (w1 - w0) / n * 1e6 }'
awk -v n="$total" -v g=$((gs1 - gs0)) -v p=$((ps1 - ps0)) 'BEGIN {
  if (n > 0) printf "context switches per request: gateway %.2f, PostgreSQL %.2f\n", g / n, p / n }'
# THREADS=1: the gateway's threads that switched at least once per hundred requests, busiest first.
[ -z "${THREADS:-}" ] || awk -F'\t' -v n="$total" -v hz="$(getconf CLK_TCK)" 'NR == FNR {s[$1] = $3; c[$1] = $4; next}
  ($1 in s) && n > 0 && ($3 - s[$1]) / n >= 0.01 {printf "  thread %-16s %-7s switches/request %5.2f  CPU/request %4.0f us\n",
    $2, $1, ($3 - s[$1]) / n, ($4 - c[$1]) / hz / n * 1e6}' "$work/threads0" "$work/threads1" | sort -k5 -rn
[ -z "${THREADS:-}" ] || awk -F'\t' -v n="$total" -v hz="$(getconf CLK_TCK)" 'NR == FNR {s[$1] = $3; c[$1] = $4; next}
  ($1 in s) && $2 ~ /^vert\.x-eventloo/ {w += $3 - s[$1]; t += $4 - c[$1]}
  END {if (n > 0) printf "event loops: CPU per request %.0f us, switches per request %.2f (the JIT compiler and GC excluded)\n",
    t / hz / n * 1e6, w / n}' "$work/threads0" "$work/threads1"

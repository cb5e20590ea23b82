#!/usr/bin/env bash
# The chat benchmark: the real gateway (target/petition-gateway.jar, its own process) on a PostgreSQL the
# benchmark starts with the embedded binaries and the gateway's durable settings (fsync, synchronous_commit),
# driven over WebSocket by petitioners that walk whatever the dialogs ask (bench/Petitioner: a free-text report
# through the extractor, answers, buttons, a "修改 …" correction, the receipt, a status query); in the same run
# a minimal Vert.x WebSocket echo server and PostgreSQL alone committing turn-shaped transactions (one per
# transaction, and 50 per transaction in multi-row statements), with the ratios. Closed loops at each size of
# --conversations, then an open loop at --rate turns/s (default: half the closed-loop rate at the first size).
#
# Usage: bench/chat.sh [--conversations 100,1000] [--warm 10] [--seconds 20] [--rate N] [--status true|false]
#                      [--group-commit both|on|off] [--window MS] [--batch N] [--in-flight N]   (both: an unbatched gateway too;
#                       --in-flight: chat.groupCommit.batchesInFlight, default the gateway's)
#                      [--settle-seconds 120]   (after --warm, load goes on until the gateway's JIT compilers
#                       use under 0.05 of a core over 5 s, at most this long; 0: no wait. Its line says how long)
#                      [--gateway-jvm "-agentpath:/path/libasyncProfiler.so=start,event=itimer,interval=1ms,file=/tmp/gw.html"]
#                       (more options for the gateway's JVM: a profiler; itimer needs no perf counters)
#                      [--intakes-per-conversation K]   (after K receipts a petitioner comes back in a new
#                       conversation; default 0: one conversation each for the whole run, its history growing)
#                      [--event-loops N]   (the gateway's http.eventLoops; default: one per processor)
#                      [--ready-seconds 120]   (how long the gateways may take to start: more on a loaded machine)
#                      [--ceilings false]   (the gateway alone: no PostgreSQL-alone or echo rows, e.g. to profile it)
#                      [--database-url postgresql://user:pw@host:5432/db]   (default: embedded PostgreSQL 16)
#                      [--pg-data /path/to/its/data]   (a given PostgreSQL on this machine: its CPU column)
#        bench/chat.sh idle [--sockets 50000] [--addresses 8] [--hold 60] [--gateway-heap 4g]
# --status false leaves out the status query after each receipt (whose effect takes a second pooled connection
# while the turn holds one: at 50+ conversations today the pool of 8 starves until its 30 s timeout).
# BENCH_KEEP=1 keeps the scratch folder (gateway.log, PostgreSQL's data and log) for a look afterwards.
# GEN_HEAP sets the generator's heap (default 1g; 3g for idle).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
# 50,000 sockets need as many descriptors on both sides.
ulimit -n 400000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
heap=${GEN_HEAP:-$([ "${1:-}" = idle ] && echo 3g || echo 1g)}
exec java -Xmx"$heap" -cp "$cp" org.ecopetition.gateway.bench.ChatBench "$@"

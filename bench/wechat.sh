#!/usr/bin/env bash
# WeChat callback speed on loopback (WeChatCallbackBench): open loop at RATE pushes/s for SECONDS (p99 target
# ≤ 100 ms, none over 4.5 s), then the saturated rate, and the web chat's HTTP turn rate in the same run.
# Every follower sends the walk one follower recorded first over the real callback, answering whatever the dialog
# asked (bench's Petitioner), to the receipt and a status query; no walk, no run. Two open loops: the warm-up's
# followers writing on, then new followers. PHASE=offset (default): follower u is at step u mod the walk's length,
# so every second carries the same mix of steps; PHASE=lockstep: all on the same step (a heavy step arrives as a
# burst of every follower: the worst case). p50/p99 per step of the walk; cases and "misunderstood" alerts at the end.
# Usage: [PHASE=offset|lockstep] [EVENT_LOOPS=N] [LOCKWAITS=true] [OPEN_ONLY=true] [JAVA_OPTS=...] bench/wechat.sh [rate] [seconds] [users]
# (EVENT_LOOPS: http.eventLoops; default one per core. LOCKWAITS: PostgreSQL logs lock waits over 5 ms, and each open
# loop reports them beside the JVM's GC pauses for its pushes over 60 ms. OPEN_ONLY: the two open loops only.
# JAVA_OPTS: e.g. the collector to try). Run on a quiet machine: generator, gateway and PostgreSQL share its cores.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-300}; secs=${2:-20}; users=${3:-500}
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null \
  || [ -s target/bench.classpath ]  # offline, the plugin's own dependencies may be missing: keep the last classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
# The generator's HTTP client completes each response through CompletableFuture's default executor, which on two cores
# (common pool parallelism 1) starts a thread per response (20,000 in one run): two workers instead.
java -Xmx1g ${JAVA_OPTS:-} -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -cp "$cp" -Drate="$rate" -Dseconds="$secs" -Dusers="$users" -DeventLoops="${EVENT_LOOPS:-}" -Dphase="${PHASE:-offset}" -Dlockwaits="${LOCKWAITS:-false}" -DopenOnly="${OPEN_ONLY:-false}" -Dlogback.configurationFile=bench/quiet-logback.xml \
  org.ecopetition.gateway.channel.wechat.WeChatCallbackBench

#!/usr/bin/env bash
# WeChat callback speed on loopback (WeChatCallbackBench): open loop at RATE pushes/s for SECONDS (p99 target
# ≤ 100 ms, none over 4.5 s), then the saturated rate, and the web chat's HTTP turn rate in the same run.
# Two open loops: the warm-up's followers writing on, then as many new followers (their first pushes in the first
# seconds). Usage: [EVENT_LOOPS=N] bench/wechat.sh [rate] [seconds] [users] (EVENT_LOOPS: http.eventLoops; default one per core). Run on a quiet machine: generator, gateway and PostgreSQL
# share its cores.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-300}; secs=${2:-20}; users=${3:-500}
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null \
  || [ -s target/bench.classpath ]  # offline, the plugin's own dependencies may be missing: keep the last classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
# The generator's HTTP client completes each response through CompletableFuture's default executor, which on two cores
# (common pool parallelism 1) starts a thread per response (20,000 in one run): two workers instead.
java -Xmx1g -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -cp "$cp" -Drate="$rate" -Dseconds="$secs" -Dusers="$users" -DeventLoops="${EVENT_LOOPS:-}" -Dlogback.configurationFile=bench/quiet-logback.xml \
  org.ecopetition.gateway.channel.wechat.WeChatCallbackBench

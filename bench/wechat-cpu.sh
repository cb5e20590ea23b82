#!/usr/bin/env bash
# CPU time per WeChat push (WeChatPushCpu): the bench's recorded walk, FOLLOWERS followers offset along it, pushed in
# rounds with CONCURRENCY in flight (below saturation); per push the gateway JVM's CPU (less the generator's threads),
# the embedded PostgreSQL's CPU (/proc), the gateway's allocation; the median of ROUNDS rounds after WARM. Less moved
# by other processes than throughput: compare builds A/B in one sitting.
# Usage: [FOLLOWERS=100] [ROUNDS=7] [WARM=4] [CONCURRENCY=8] bench/wechat-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -B test-compile
[ -f target/bench.classpath ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
java -Xmx1g -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 -cp "$cp" -Dfollowers="${FOLLOWERS:-100}" \
  -Drounds="${ROUNDS:-7}" -Dwarm="${WARM:-4}" -Dconcurrency="${CONCURRENCY:-8}" \
  -Dlogback.configurationFile=bench/quiet-logback.xml org.ecopetition.gateway.channel.wechat.WeChatPushCpu

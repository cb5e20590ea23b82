#!/usr/bin/env bash
# The staff workspace's speed (StaffDeliveryBench): a staff message posted to one gateway instance reaching the
# petitioner's socket on another (one PostgreSQL), open loop at RATE/s for SECONDS while the chat load of bench/
# (petitioners walking the intake) runs at CHAT_RATE turns/s over CONVERSATIONS conversations, beside the machine's
# floor for the same path (a bare PostgreSQL NOTIFY reaching a LISTEN connection, same rate, same moment); then the
# console (Chromium headless) drawing the queue of QUEUE waiting conversations.
# Usage: bench/console.sh [rate 20] [seconds 20] [chat_rate 50] [conversations 100] [queue 1000]
# (conversations 0: no chat load; rate 0: the queue alone; queue 0: no browser)
# Targets (issue 10): p99 ≤ 200 ms for the message; the queue of 1,000 drawn in ≤ 1 s. Needs /usr/bin/chromium and
# /usr/bin/chromedriver.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-20}; secs=${2:-20}; chat=${3:-50}; convs=${4:-100}; queue=${5:-1000}
mvn -q -B test-compile
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
java -Xmx1g -cp "$cp" -Drate="$rate" -Dseconds="$secs" -DchatRate="$chat" -Dconversations="$convs" -Dqueue="$queue" \
  -Dlogback.configurationFile=bench/quiet-logback.xml org.ecopetition.gateway.bench.StaffDeliveryBench

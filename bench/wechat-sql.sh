#!/usr/bin/env bash
# The statements one WeChat text push from a known follower costs, and a new follower's first push, against one web chat HTTP turn
# (WeChatRoundTrips: PostgreSQL's statement log between markers). Usage: bench/wechat-sql.sh [pushes]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-6}
mvn -o -q -B test-compile
[ -f target/bench.classpath ] || mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
java -Xmx512m -cp "$cp" -Dn="$n" -Dlogback.configurationFile=bench/quiet-logback.xml \
  org.ecopetition.gateway.channel.wechat.WeChatRoundTrips

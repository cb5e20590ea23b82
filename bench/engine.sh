#!/usr/bin/env bash
# Dialog engine throughput, extraction excluded (JMH, one thread). Usage: bench/engine.sh [extra JMH args]
# Score is in turns/s because each invocation is a whole 14-turn intake (@OperationsPerInvocation).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
cp="target/test-classes:target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -cp "$cp" org.openjdk.jmh.Main DialogEngineBench -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1 "$@"

#!/usr/bin/env bash
# Pure-code benchmarks with JMH, one thread: DialogEngineBench (dialog turns, extraction excluded) and
# RouterBench (routing decisions). Usage: bench/jmh.sh [DialogEngineBench|RouterBench] [extra JMH args]
# DialogEngineBench's score is turns/s (each invocation is a whole 14-turn intake, @OperationsPerInvocation).
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-"DialogEngineBench|RouterBench"}
shift || true
mvn -q -B test-compile
cp="target/test-classes:target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -cp "$cp" org.openjdk.jmh.Main "$which" -f 1 -wi 3 -w 2s -i 5 -r 3s -t 1 "$@"

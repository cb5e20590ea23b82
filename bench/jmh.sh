#!/usr/bin/env bash
# Benchmarks with JMH, one thread: DialogEngineBench (dialog turns, extraction excluded), RouterBench
# (routing decisions), ExtractorBench (whole extractions). Usage: bench/jmh.sh [NAME] [extra JMH args];
# JMH_OPTS replaces the default settings ("-f 1 -wi 3 -w 2s -i 5 -r 3s -t 1").
# DialogEngineBench's score is turns/s (each invocation is a whole 14-turn intake, @OperationsPerInvocation).
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-"DialogEngineBench|RouterBench|ExtractorBench"}
shift || true
mvn -q -B test-compile
cp="target/test-classes:target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main "$which" ${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 3s -t 1} "$@"

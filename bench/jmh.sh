#!/usr/bin/env bash
# Benchmarks with JMH, one thread: DialogEngineBench (dialog turns, extraction excluded), RouterBench
# (routing decisions), ExtractorBench (whole extractions). Usage: bench/jmh.sh [NAME] [extra JMH args];
# JMH_OPTS replaces the default settings ("-f 1 -wi 3 -w 2s -i 5 -r 3s -t 1").
# ExtractorBench alone gets settings of its own: three forks with the 256 MB heap of issue 14's bound, twelve
# 2-second warm-ups (its JIT settles in the fourth to the tenth on a loaded machine; fewer left the climb in
# the figure) and ten 2-second iterations each: thirty iterations, so the error is the machine's, not the
# sample's. BASE=/path/to/classes runs the benchmark on another build's classes (a copy of an earlier
# target/classes), for before/after runs taken alternately in the same hour.
# DialogEngineBench's score is turns/s (each invocation is a whole 14-turn intake, @OperationsPerInvocation).
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-"DialogEngineBench|RouterBench|ExtractorBench"}
shift || true
defaults="-f 1 -wi 3 -w 2s -i 5 -r 3s -t 1"
if [ "$which" = ExtractorBench ]; then
  defaults="-f 3 -wi 12 -w 2s -i 10 -r 2s -t 1 -jvmArgsAppend -Xmx256m"
fi
mvn -q -B test-compile
cp="target/test-classes:${BASE:-target/classes}:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg); classes ${BASE:-target/classes}"
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main "$which" ${JMH_OPTS:-$defaults} "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

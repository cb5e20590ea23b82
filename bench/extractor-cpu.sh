#!/usr/bin/env bash
# CPU time per extraction: this thread's CPU time (not wall time), less disturbed than throughput by other
# processes on a shared machine. One thread, ExtractorBench's eight messages.
#   bench/extractor-cpu.sh                      this build: rounds of extractions after a warm-up, the median
#   BASE=/path/to/classes bench/extractor-cpu.sh  another build (its target/classes, copied aside) against this
#                                                 one in one JVM, in alternating short rounds (ROUNDS, PER)
#                                                 with the bytes each allocates per extraction (unmoved by load)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
deps=$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
if [ -n "${BASE:-}" ]; then
  java -Xmx1g -cp "target/test-classes:$deps" org.ecopetition.gateway.nlp.ExtractorCpuAb "$BASE" target/classes "$deps" \
    "${ROUNDS:-21}" "${PER:-1500}"
else
  java -Xmx256m -cp "target/test-classes:target/classes:$deps" org.ecopetition.gateway.nlp.ExtractorCpu "" "${ROUNDS:-7}" "${PER:-10000}"
fi

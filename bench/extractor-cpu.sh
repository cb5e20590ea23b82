#!/usr/bin/env bash
# CPU time per extraction (this thread's CPU time, robust to a shared machine), one thread.
# Usage: bench/extractor-cpu.sh [texts.jsonl] [rounds] [per round]; BASE=dir of another build's classes
# runs that build too, alternately (base, this, base, this…), for a before/after in the same period.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
deps=$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
runs=${RUNS:-3}
for i in $(seq "$runs"); do
  if [ -n "${BASE:-}" ]; then
    echo "== base ($BASE), run $i"; java -Xmx256m -cp "target/test-classes:$BASE:$deps" org.ecopetition.gateway.nlp.ExtractorCpu "$@" | tail -1
  fi
  echo "== this build, run $i"; java -Xmx256m -cp "target/test-classes:target/classes:$deps" org.ecopetition.gateway.nlp.ExtractorCpu "$@" | tail -1
done

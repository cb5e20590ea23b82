#!/usr/bin/env bash
# Cold load time and retained heap of the NLP (gazetteer, HanLP and its dictionaries, classifiers), in a
# fresh JVM limited to a 256 MB heap. Usage: bench/nlp-footprint.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
cp="target/test-classes:target/classes:$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
echo "machine: $(nproc) cores; JVM heap capped at 256 MB"
for i in 1 2 3; do java -Xmx256m -cp "$cp" org.ecopetition.gateway.nlp.NlpFootprint; done

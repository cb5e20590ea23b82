#!/usr/bin/env bash
# The masking of the turn that chooses anonymity, the first version against this one in one JVM (alternating
# rounds, thread CPU and bytes allocated per masking): bench/AnonymityMaskingAb.
# Usage: bench/anonymity-masking-ab.sh [conversations 30] [turns 200] [rounds 11]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
deps=$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx1g -cp "target/test-classes:target/classes:$deps" org.ecopetition.gateway.bench.AnonymityMaskingAb "$@"

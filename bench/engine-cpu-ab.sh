#!/usr/bin/env bash
# The dialog engine's part of a chat turn (issue 16), another build against this one in one JVM: thread CPU time and
# bytes allocated a turn around what a turn does on the event loop besides I/O (bench/EngineDriver: the engine's
# answer, the registration's resumption, the state masked, sealed and read back), Petitioners walking whatever the
# dialogs ask, rounds alternating A B / B A. First both builds walk the same fresh conversations and compare a digest of
# every reply and stored state: a change meant to keep behaviour must print "same".
#   BASE=/path/to/classes bench/engine-cpu-ab.sh    BASE: the other build's target/classes, copied aside (A); this
#                                                   build is B. ROUNDS (20) rounds of PER (3000) turns.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BASE:?BASE=/path/to/the/other/build/classes}"
mvn -q -B test-compile
deps=$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -Xmx3g -cp "target/test-classes:target/classes:$deps" org.ecopetition.gateway.bench.EngineCpuAb "$BASE" target/classes \
  target/test-classes "$deps" "${ROUNDS:-20}" "${PER:-3000}"

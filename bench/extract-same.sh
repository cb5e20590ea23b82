#!/usr/bin/env bash
# Whether a change left the extractor's output the same, byte for byte: the `extract` command over every evaluation set
# but the blind round, the shared dev cases and the hands' texts, and ExtractorDump, with a base build's classes (a copy
# of target/classes made before the change) and this build's. The never-opened hands (p5-p8) are compared by a count.
#   bench/extract-same.sh /path/to/base/classes [BLIND_ROUND]   (run from anywhere; writes under /tmp/extract-same)
# OUT=dir writes elsewhere (helpers running it at once); B=dir compares another classes dir than target/classes (a copy
# taken at a commit, so that compiling meanwhile does not change the side being read).
set -euo pipefail
cd "$(dirname "$0")/.."
base=$1; blind=${2:-$(grep -o 'BLIND_ROUND = "[a-z0-9]*"' src/test/java/org/ecopetition/gateway/nlp/ExtractionEvaluationTest.java | cut -d'"' -f2)}
out=${OUT:-/tmp/extract-same}; mkdir -p "$out/A" "$out/B"
python3 bench/extract-same/inputs.py "$PWD" "$blind" "$out"
deps=$(cat target/bench.classpath)
for side in A B; do
  cls=$([ $side = A ] && echo "$base" || echo "${B:-target/classes}")
  java -Xmx1g -cp "$cls:$deps" org.ecopetition.gateway.Main extract < "$out/open.jsonl" > "$out/$side/open.out"
  java -Xmx1g -cp "$cls:$deps" org.ecopetition.gateway.Main extract < "$out/closed.jsonl" > "$out/$side/closed.out"
  java -Xmx1g -cp "target/test-classes:$cls:$deps" org.ecopetition.gateway.nlp.ExtractorDump "$out/$side/dump.txt" > /dev/null
done
for f in open.out dump.txt; do
  cmp -s "$out/A/$f" "$out/B/$f" && echo "$f: identical byte for byte ($(wc -l < "$out/A/$f") lines)" || { echo "$f: DIFFERS"; diff "$out/A/$f" "$out/B/$f" | head -20; }
done
echo "closed.out (p5-p8, a count only): $(diff "$out/A/closed.out" "$out/B/closed.out" | grep -c '^<' || true) lines differ"

#!/usr/bin/env python3
"""Inputs of bench/extract-same.sh: open.jsonl (the evaluation sets but the blind round, the shared dev cases, the hands'
texts, each line's longest column) and closed.jsonl (the never-opened hands p5-p8: only ever compared by a count).
Usage: inputs.py ROOT BLIND_ROUND OUT_DIR"""
import glob, json, os, sys
root, blind, out = sys.argv[1], sys.argv[2], sys.argv[3]
out_open = open(out + '/open.jsonl', 'w'); out_closed = open(out + '/closed.jsonl', 'w')
n = 0
def emit(f, src, text):
    global n
    n += 1
    f.write(json.dumps({'id': '%s#%d' % (src, n), 'text': text}, ensure_ascii=False) + '\n')
shared = [p for p in ['/work/shared/eval/dev-cases.jsonl'] if os.path.exists(p)]  # the shared dev cases' copy, where there is one
for p in sorted(glob.glob(root + '/nlp-models/eval/**/*.jsonl', recursive=True)) + shared:
    if '/eval/%s/' % blind in p:  # never the blind round
        continue
    for line in open(p, encoding='utf-8'):
        if not line.strip(): continue
        o = json.loads(line)
        if o.get('text') is not None: emit(out_open, os.path.relpath(p, root), o['text'])
        for t in o.get('turns') or []:
            emit(out_open, os.path.relpath(p, root), t if isinstance(t, str) else t.get('text', ''))
hands = sorted(glob.glob(root + '/src/test/resources/nlp/hands-*/*.tsv') + glob.glob(root + '/nlp-models/corpus/hands/**/*.tsv', recursive=True))
for p in hands:
    closed = '/hands-polname/' in p and os.path.basename(p) in ('p5.tsv', 'p6.tsv', 'p7.tsv', 'p8.tsv')
    for line in open(p, encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        text = max(line.rstrip('\n').split('\t'), key=len)
        emit(out_closed if closed else out_open, os.path.relpath(p, root), text)
print('inputs written', n)

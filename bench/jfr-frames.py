#!/usr/bin/env python3
"""Where a profile's CPU samples fall: reads `jfr print --stack-depth 64 --events jdk.ExecutionSample FILE` on stdin.

Prints the top frames, the first project frame (org.ecopetition.*) of each sample, frames counted inclusively, and each
sample put in one coarse category by its innermost frame that matches one (extraction, dialog, sealing, ...).
Usage: jfr print --stack-depth 64 --events jdk.ExecutionSample t.jfr | bench/jfr-frames.py [N]
(JDK 25's jfr reads JDK 17 recordings.)
"""
import collections
import re
import sys

CATEGORIES = [
    ('extraction (HanLP, rules, classifiers)', r'HanLpExtractor\.extract|TimedExtractor'),
    ('dialog engine', r'org\.ecopetition\.gateway\.dialog\.'),
    ('sealing and masking (AtRest, DataKeys)', r'security\.AtRest|security\.DataKeys'),
    ('registration and routing', r'gateway\.casefile\.|gateway\.routing\.'),
    ('JSON (Jackson, JsonObject)', r'com\.fasterxml\.jackson|io\.vertx\.core\.json'),
    ('PostgreSQL client', r'io\.vertx\.pgclient|io\.vertx\.sqlclient'),
    ('WebSocket and HTTP', r'ChatSocket|io\.vertx\.core\.http|WebSocket'),
    ('metrics', r'micrometer|gateway\.metrics'),
    ('logging', r'ch\.qos\.logback|org\.slf4j'),
    ('turn code (conversation)', r'gateway\.conversation\.'),
    ('Netty I/O', r'io\.netty'),
    ('Vert.x futures and contexts', r'io\.vertx\.core'),
]


def samples(lines):
    frames, inside = [], False
    for line in lines:
        s = line.strip()
        if s.startswith('jdk.ExecutionSample'):
            if frames:
                yield frames
            frames, inside = [], False
        elif s.startswith('stackTrace = ['):
            inside = True
        elif inside:
            if s == ']':
                inside = False
                continue
            m = re.match(r'(\S+?)\(', s)
            if m:
                frames.append(m.group(1))
    if frames:
        yield frames


def main():
    k = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    top, first, incl, cat = (collections.Counter() for _ in range(4))
    n = 0
    for frames in samples(sys.stdin):
        n += 1
        top[frames[0]] += 1
        first[next((f for f in frames if f.startswith('org.ecopetition.')), '(no project frame)')] += 1
        for f in set(f for f in frames if f.startswith('org.ecopetition.')):
            incl[f] += 1
        cat[next((name for f in frames for name, pat in CATEGORIES if re.search(pat, f)), 'other')] += 1
    print('samples', n)
    for title, c in (('categories (innermost matching frame)', cat), ('top frame', top),
                     ('first project frame', first), ('project frames, inclusive', incl)):
        print('==', title)
        for f, v in c.most_common(k):
            print('%6d %5.1f%% %s' % (v, 100.0 * v / max(n, 1), f))


if __name__ == '__main__':
    main()

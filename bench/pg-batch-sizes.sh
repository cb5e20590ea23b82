#!/usr/bin/env bash
# What a group-commit batch's size buys PostgreSQL, paired in ONE backend so that a shared machine's load falls on both
# sizes alike (issue 16, turn2): pgbench draws each batch at random from batches of N1 turns and of N2 turns
# (bench/pg-batch-replay.py's scripts: BEGIN and set_config, load_batch, write_turns, the NOTIFY read, COMMIT,
# notify_committed), and prints per variant the statements' mean latencies a batch and a turn: the fixed part a batch
# and the part a turn follow from the two sizes (latency = fixed + n × per turn). One connection waits on no lock, so a
# statement's latency is its CPU plus what the machine steals; COMMIT's is mostly the fsync (a wait, not CPU), shown
# apart. Template database: bench/pg-batch-replay.py's header.
#   usage: PGURL=postgresql://postgres@localhost:5497 bench/pg-batch-sizes.sh [N1=4] [N2=16] [batches=4000] [template=micro_base]
set -euo pipefail
n1=${1:-4}; n2=${2:-16}; n=${3:-4000}; tpl=${4:-micro_base}
U=${PGURL:-postgresql://postgres@localhost:5497}
PGBENCH=${PGBENCH:-$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | head -1)}
d=$(mktemp -d)
"$(dirname "$0")"/pg-batch-replay.py "$U/$tpl" "$d/A" "$n1" write_turns 8
"$(dirname "$0")"/pg-batch-replay.py "$U/$tpl" "$d/B" "$n2" write_turns 8
P="psql $U/postgres -qAtX"
$P -c "DROP DATABASE IF EXISTS m_sizes" -c "CREATE DATABASE m_sizes TEMPLATE $tpl" >/dev/null 2>&1
$P -c "ALTER DATABASE m_sizes SET pg_stat_statements.track = 'none'" >/dev/null 2>&1 || true
psql "$U/m_sizes" -qAtX -c "VACUUM ANALYZE" >/dev/null
# B's batches are drawn as often as A's: each variant's share of the backend's time differs, not its share of batches.
fs=""; for f in "$d"/A/b*.sql "$d"/B/b*.sql; do fs="$fs -f $f"; done
$PGBENCH -n -M prepared -r $fs -t "$n" -c 1 "$U/m_sizes" > "$d/out" 2>&1
python3 - "$d/out" "$n1" "$n2" <<'PY'
import re, sys
sizes = {'A': int(sys.argv[2]), 'B': int(sys.argv[3])}
cur = None; tx = {}; acc = {}; last = 0
for l in open(sys.argv[1]):
    m = re.match(r'SQL script \d+: .*/([AB])/b\d+\.sql', l)
    if m: cur = m.group(1); continue
    m = re.match(r'\s+- (\d+) transactions', l)
    if m and cur: last = int(m.group(1)); tx[cur] = tx.get(cur, 0) + last; continue
    m = re.match(r'\s+([\d.]+)\s+\d+\s+(.*)', l)
    if m and cur:
        s = m.group(2)
        k = ('load' if 'load_batch' in s else 'write' if s.startswith('SELECT * FROM') else 'COMMIT' if s.startswith('COMMIT')
             else 'notify' if 'notify_committed' in s else 'other')
        acc.setdefault(cur, {}).setdefault(k, 0.0); acc[cur][k] += float(m.group(1)) * last
keys = ['load', 'write', 'notify', 'other', 'COMMIT']
per = {}
for c in sorted(acc):
    b = {k: acc[c].get(k, 0.0) / tx[c] for k in keys}
    per[c] = b
    nc = sizes[c]
    cpu = sum(b[k] for k in keys if k != 'COMMIT')
    print(f"{nc:3d} turns a batch ({tx[c]} batches): " + ", ".join(f"{k} {b[k]:.3f}" for k in keys)
          + f" ms a batch; without COMMIT {cpu:.3f} ms a batch = {cpu / nc:.3f} ms a turn; COMMIT {b['COMMIT'] / nc:.3f} ms a turn")
if len(per) == 2:
    a, b = per['A'], per['B']; na, nb = sizes['A'], sizes['B']
    for k in keys + ['without COMMIT']:
        va = sum(a[x] for x in keys if x != 'COMMIT') if k == 'without COMMIT' else a[k]
        vb = sum(b[x] for x in keys if x != 'COMMIT') if k == 'without COMMIT' else b[k]
        t = (vb - va) / (nb - na); f = va - na * t
        print(f"  {k:15s} fixed {f:.3f} ms a batch + {t:.3f} ms a turn")
PY
rm -rf "$d"

#!/usr/bin/env bash
# Two versions of the batch's write, interleaved in ONE backend so that a shared machine's load falls on both alike:
# pgbench draws each batch at random from A's scripts (write_turns as the database has it) and B's (the same batches
# calling FUNCTION, created by DDL.sql under that name), and the per-statement mean latencies of the load, the write
# and the COMMIT are summed per variant (a single connection does not wait on locks: the write's latency is its CPU
# plus what the machine steals). Used by turncpu (docs/BENCHMARKS.md).
#   usage: PGURL=postgresql://postgres@localhost:5497 bench/pg-batch-pair.sh DDL.sql FUNCTION [batches=6000]
#          [template=micro_base]    (bench/pg-batch-replay.py's header: the template database)
set -euo pipefail
ddl=$1; fn=$2; n=${3:-6000}; tpl=${4:-micro_base}
U=${PGURL:-postgresql://postgres@localhost:5497}
PGBENCH=${PGBENCH:-$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | head -1)}
d=$(mktemp -d)
"$(dirname "$0")"/pg-batch-replay.py "$U/$tpl" "$d/A" 8 write_turns
"$(dirname "$0")"/pg-batch-replay.py "$U/$tpl" "$d/B" 8 "$fn"
P="psql $U/postgres -qAtX"
$P -c "DROP DATABASE IF EXISTS m_pair" -c "CREATE DATABASE m_pair TEMPLATE $tpl" >/dev/null 2>&1
psql "$U/m_pair" -qAtX -f "$ddl" >/dev/null
$P -c "ALTER DATABASE m_pair SET pg_stat_statements.track = 'none'" >/dev/null 2>&1 || true
fs=""; for f in "$d"/A/b*.sql "$d"/B/b*.sql; do fs="$fs -f $f"; done
$PGBENCH -n -M prepared -r $fs -t "$n" -c 1 "$U/m_pair" > "$d/out" 2>&1
python3 - "$d/out" <<'PY'
import re, sys
cur = None; tx = {}; acc = {}; last = 0
for l in open(sys.argv[1]):
    m = re.match(r'SQL script \d+: .*/([AB])/b\d+\.sql', l)
    if m: cur = m.group(1); continue
    m = re.match(r'\s+- (\d+) transactions', l)
    if m and cur: last = int(m.group(1)); tx[cur] = tx.get(cur, 0) + last; continue
    m = re.match(r'\s+([\d.]+)\s+\d+\s+(.*)', l)
    if m and cur:
        s = m.group(2)
        k = 'load' if 'load_batch' in s else 'write' if s.startswith('SELECT * FROM') else 'COMMIT' if s.startswith('COMMIT') else None
        if k: acc.setdefault(cur, {}).setdefault(k, 0.0); acc[cur][k] += float(m.group(1)) * last
for c in sorted(acc):
    print(c, tx[c], 'batches;', ', '.join(f"{k} {v / tx[c]:.3f} ms a batch" for k, v in acc[c].items()))
PY
rm -rf "$d"

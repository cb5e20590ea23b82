#!/usr/bin/env bash
# A group-commit batch of ordinary turns (bench/pg-batch-replay.py's scripts) replayed by pgbench on one connection, on
# a fresh copy of the template database with DDL.sql applied ("-": none): the server's CPU a turn (the backend's, read
# from the postmaster's cutime/cstime once it has ended, so no other connection may end meanwhile; autovacuum off on
# this server), its minor page faults, WAL bytes, records and full-page images, and buffer hits a turn. CPU is noisy on
# a shared machine (±30 % under load 10-20 on 2 cores): compare counts, or interleave two variants in one backend
# (bench/pg-batch-pair.sh). Used by turncpu (docs/BENCHMARKS.md).
#   usage: PGURL=postgresql://postgres@localhost:5497 PGDATA_DIR=<that server's data> SCRIPTS=<dir of b*.sql> \
#          bench/pg-batch-replay.sh NAME DDL.sql|- [batches=1500] [turns a batch=8] [template=micro_base]
set -euo pipefail
name=$1; ddl=$2; n=${3:-1500}; N=${4:-8}; tpl=${5:-micro_base}
U=${PGURL:-postgresql://postgres@localhost:5497}
PGBENCH=${PGBENCH:-$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | head -1)}
P="psql $U/postgres -qAtX"
db=m_$(echo "$name" | tr -c 'a-z0-9\n' _)
$P -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db TEMPLATE $tpl" >/dev/null 2>&1
D="psql $U/$db -qAtX"
if [ "$ddl" != - ]; then $D -f "$ddl" >/dev/null; fi
$P -c "ALTER DATABASE $db SET pg_stat_statements.track = 'none'" >/dev/null 2>&1 || true
$D -c "VACUUM ANALYZE" >/dev/null; $P -c "CHECKPOINT" >/dev/null
$P -c "SELECT pg_stat_reset_shared('wal')" >/dev/null
lsn0=$($P -c "SELECT pg_current_wal_insert_lsn()")
h0=$($P -c "SELECT blks_hit FROM pg_stat_database WHERE datname = '$db'")
master=$(head -1 "$PGDATA_DIR/postmaster.pid")
ct() { awk '{print $16 + $17}' /proc/$master/stat; }   # ended children's user + system ticks
flt() { awk '{print $11}' /proc/$master/stat; }        # ended children's minor faults
c0=$(ct); f0=$(flt)
fs=""; for f in "$SCRIPTS"/b*.sql; do fs="$fs -f $f"; done
$PGBENCH -n -M prepared $fs -t "$n" -c 1 "$U/$db" > /tmp/pg-batch-replay-$name.out 2>&1
sleep 0.5; c1=$(ct); f1=$(flt)
lsn1=$($P -c "SELECT pg_current_wal_insert_lsn()")
sleep 0.5
h1=$($P -c "SELECT blks_hit FROM pg_stat_database WHERE datname = '$db'")
w=$($P -F ' ' -c "SELECT wal_records, wal_fpi FROM pg_stat_wal")
walb=$($P -c "SELECT pg_wal_lsn_diff('$lsn1', '$lsn0')")
ok=$(grep -o "processed: [0-9/]*" /tmp/pg-batch-replay-$name.out)
python3 - <<PY
n = $n * $N; tick = $(getconf CLK_TCK); w = "$w".split()
print(f"$name: $ok batches of $N; backend CPU {1000 * ($c1 - $c0) / tick / n:.3f} ms a turn ({$c1 - $c0} ticks); "
      f"WAL {$walb / n:.0f} B, {int(w[0]) / n:.1f} records, FPI {int(w[1]) / n:.3f} a turn; "
      f"buffer hits {($h1 - $h0) / n:.1f} a turn; minor faults {($f1 - $f0) / n:.1f} a turn")
PY

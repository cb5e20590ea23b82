#!/usr/bin/env bash
# A batch of ordinary chat turns as GroupCommit sends it (bench/pg-turn-batch.sql: BEGIN with gateway.notify_after,
# five turns of SAVEPOINT / locked load / write statement / RELEASE, the NOTIFY read and COMMIT, the NOTIFYs) replayed
# by pgbench on one connection, on a fresh copy of the database micro_base with DDL.sql applied ("-": none); prints the
# server's CPU ticks a turn (backends that ended count in the postmaster's cutime/cstime; the live auxiliary
# processes), WAL bytes, records, full-page images and buffer hits a turn. Load-independent counts; CPU is noisy on a
# shared machine. Used by pgcpu (docs/BENCHMARKS.md "PostgreSQL's CPU per turn (pgcpu)").
#   usage: bench/pg-turn-replay.sh NAME DDL.sql [batches=1500]   with PGURL (postgresql://postgres@localhost:5498) and
#   PGDATA_DIR (that server's data folder) set, a server from the embedded binaries (bench/pg-turn-profile.sh's recipe)
#   and micro_base made once from a chat bench's database (CREATE DATABASE micro_base TEMPLATE bench_gateway_…), with
#   100 conversations 00000000-0000-4000-8000-1000000000NN of 40 messages each (the INSERTs at the end of this file).
# pgbench comes from any PostgreSQL client (here /usr/lib/postgresql/15/bin).
name=$1; ddl=$2; n=${3:-1500}; script=$(dirname "$0")/pg-turn-batch.sql
U=${PGURL:-postgresql://postgres@localhost:5498}
PGBENCH=${PGBENCH:-/usr/lib/postgresql/15/bin/pgbench}
P="psql $U/postgres -qAtX"
db=m_$name_$$; db=m_$(echo $name | tr -c 'a-z0-9\n' _)_$$
$P -c "CREATE DATABASE $db TEMPLATE micro_base" >/dev/null
D="psql $U/$db -qAtX"
$D -c "ALTER TABLE messages SET (autovacuum_enabled = false); ALTER TABLE conversations SET (autovacuum_enabled = false)" >/dev/null
[ -n "$ddl" ] && [ "$ddl" != - ] && $D -f "$ddl" >/dev/null
$P -c "ALTER DATABASE $db SET pg_stat_statements.track = 'none'" >/dev/null
$D -c "VACUUM ANALYZE" >/dev/null; $P -c "CHECKPOINT" >/dev/null
master=$(head -1 $PGDATA_DIR/postmaster.pid)
ticks() { local t=0 p st; for p in /proc/[0-9]*; do st=$(cat $p/stat 2>/dev/null) || continue; st=${st##*) }
  read -r _ ppid _ _ _ _ _ _ _ _ _ ut stt cut cst _ <<<"$st"
  if [ "${p#/proc/}" = "$master" ]; then t=$((t + cut + cst)); elif [ "$ppid" = "$master" ]; then t=$((t + ut + stt)); fi; done; echo $t; }
usys() { awk '{print $16, $17}' /proc/$master/stat; }
$P -c "SELECT pg_stat_reset_shared('wal')" >/dev/null; $D -c "SELECT pg_stat_reset()" >/dev/null
h0=$($P -c "SELECT blks_hit FROM pg_stat_database WHERE datname = '$db'")
u0=$(usys); t0=$(ticks)
$PGBENCH -n -M prepared -f $script -t $n -c 1 $U/$db > /tmp/pg-turn-replay-$name.out 2>&1
t1=$(ticks); u1=$(usys)
sleep 1
h1=$($P -c "SELECT blks_hit FROM pg_stat_database WHERE datname = '$db'")
w=$($P -F ' ' -c "SELECT wal_records, wal_fpi, wal_bytes FROM pg_stat_wal")
tab=$($D -F ' ' -c "SELECT n_tup_ins, n_tup_hot_upd, n_tup_upd FROM pg_stat_user_tables WHERE relname = 'messages'" -c "SELECT n_tup_ins, n_tup_hot_upd, n_tup_upd FROM pg_stat_user_tables WHERE relname = 'conversations'")
ok=$(grep -o "processed: [0-9/]*" /tmp/pg-turn-replay-$name.out)
turns=$((n * 5))
python3 -c "
import sys
t0,t1,h0,h1=$t0,$t1,$h0,$h1; u0=[int(x) for x in '$u0'.split()]; u1=[int(x) for x in '$u1'.split()]
w=[int(x) for x in '$w'.split()]; turns=$turns; tick=100
print(f'$name: {turns} turns ($ok): server CPU {1000*(t1-t0)/tick/turns:.4f} ms/turn (backends user {1000*(u1[0]-u0[0])/tick/turns:.4f}, system {1000*(u1[1]-u0[1])/tick/turns:.4f}); WAL {w[2]/turns:.0f} B, records {w[0]/turns:.2f}, FPI {w[1]/turns:.3f} per turn; buffer hits {(h1-h0)/turns:.1f}/turn; tables (ins, hot, upd): ' + ' | '.join('''$tab'''.split(chr(10))))
"
$P -c "DROP DATABASE $db" >/dev/null
exit 0
# micro_base's conversations (run once in it):
# INSERT INTO conversations (id, token_hash, channel, lang, state, created_at, updated_at, department_code, owner)
# SELECT ('00000000-0000-4000-8000-' || (100000000000 + g)::text)::uuid, decode(md5(g::text || 'micro'), 'hex'), 'webchat',
#   'zh', jsonb_build_object('sealed', 'k1:' || repeat('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo', 8)), now(), now(), '130100', 'bot'
# FROM generate_series(0, 99) g;
# INSERT INTO messages (conversation_id, channel, direction, author, body, client_msg_id, created_at)
# SELECT ('00000000-0000-4000-8000-' || (100000000000 + g)::text)::uuid, 'webchat', CASE WHEN i % 2 = 0 THEN 'in' ELSE 'out' END,
#   CASE WHEN i % 2 = 0 THEN 'petitioner' ELSE 'bot' END,
#   jsonb_build_object('text', 'k1:' || repeat('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo', 7)), CASE WHEN i % 2 = 0 THEN 'old' || i END, now()
# FROM generate_series(0, 99) g, generate_series(1, 40) i;
# VACUUM ANALYZE;

#!/usr/bin/env bash
# Where PostgreSQL's time goes per chat turn: per statement (calls, execution and planning time, rows, shared buffer
# hits, WAL bytes), WAL bytes and the server's CPU per turn, over a few seconds of a running bench/chat.sh whose
# PostgreSQL has pg_stat_statements preloaded. The embedded one does not; start one from the same binaries with it:
#   d=/tmp/pgturn; runuser -u postgres -- $BIN/initdb -D $d/data -U postgres -A trust   (BIN: the binaries' bin/)
#   echo "port = 5499
#   shared_preload_libraries = 'pg_stat_statements'
#   pg_stat_statements.track = all
#   fsync = on
#   synchronous_commit = on" >> $d/data/postgresql.conf; runuser -u postgres -- $BIN/pg_ctl -D $d/data -l $d/pg.log start
#   psql -h localhost -p 5499 -U postgres -c 'CREATE EXTENSION pg_stat_statements'
#   bench/chat.sh --database-url postgresql://postgres@localhost:5499/postgres --pg-data $d/data ... &
# then, once its measured phase runs:
#   bench/pg-turn-profile.sh postgresql://postgres@localhost:5499/postgres /tmp/pgturn/data [seconds]
# Turns are counted as the petitioners' messages committed in the window (one a turn, whatever statements stored it:
# since V39 a batch loads all its conversations in one statement). Times include the machine's other load: the counts
# (statements, rows, buffers, WAL bytes) are the solid figures.
set -euo pipefail
url=$1; data=$2; s=${3:-10}
P="psql $url -qAtX"
db=$($P -c "SELECT datname FROM pg_database WHERE datname LIKE 'bench_gateway_%' ORDER BY oid DESC LIMIT 1")
D="psql ${url%/*}/$db -qAtX"
master=$(head -1 "$data/postmaster.pid")
cpu() { # the postmaster's and its children's CPU ticks (with those of children that ended: autovacuum workers)
  local t=0 p st
  for p in /proc/[0-9]*; do
    st=$(cat "$p/stat" 2>/dev/null) || continue
    st=${st##*) }
    read -r _ ppid _ _ _ _ _ _ _ _ _ ut stt cut cst _ <<<"$st"
    if [ "${p#/proc/}" = "$master" ]; then t=$((t + ut + stt + cut + cst)); elif [ "$ppid" = "$master" ]; then t=$((t + ut + stt)); fi
  done
  echo $t
}
kinds() { # CPU ticks of the live children by kind (backends by what they serve, the auxiliary processes by name)
  local p st cmd
  for p in /proc/[0-9]*; do
    st=$(cat "$p/stat" 2>/dev/null) || continue
    cmd=$(tr '\0' ' ' < "$p/cmdline" 2>/dev/null) || continue
    st=${st##*) }
    read -r _ ppid _ _ _ _ _ _ _ _ _ ut stt _ <<<"$st"
    [ "$ppid" = "$master" ] || continue
    echo "${p#/proc/} $((ut + stt)) $cmd"
  done
}
mx="SELECT mxid_age(datminmxid) FROM pg_database WHERE datname = 'template1'"  # its horizon never moves: the age counts new MultiXacts
listener=$($P -c "SELECT string_agg(pid::text, ' ') FROM pg_stat_activity WHERE query LIKE 'LISTEN%'")
# The slow /proc scans outside the window the statements are counted in, so that every figure shares one window.
kinds > /tmp/pg-turn-kinds0.$$; c0=$(cpu)
$P -c "SELECT pg_stat_statements_reset()" -c "SELECT pg_stat_reset_shared('wal')" >/dev/null
$D -c "SELECT pg_stat_reset()" >/dev/null
m0=$($D -c "SELECT coalesce(max(id), 0) FROM messages")
mx0=$($P -c "$mx"); lsn0=$($P -c "SELECT pg_current_wal_insert_lsn()"); t0=$(date +%s.%N)
sleep "$s"
mx1=$($P -c "$mx"); lsn1=$($P -c "SELECT pg_current_wal_insert_lsn()"); t1=$(date +%s.%N)
inbound=$($D -c "SELECT count(*) FROM messages WHERE id > $m0 AND direction = 'in'")
$P -F $'\t' -c "
SELECT s.calls, s.toplevel, round(s.total_exec_time::numeric, 1), round(s.total_plan_time::numeric, 1), s.rows,
  s.shared_blks_hit, s.shared_blks_read, s.shared_blks_dirtied, s.wal_bytes, s.wal_fpi,
  regexp_replace(s.query, '\s+', ' ', 'g')
FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '$db'
ORDER BY s.total_exec_time DESC" > /tmp/pg-turn-profile.$$
$P -F $'\t' -c "SELECT wal_records, wal_fpi, wal_bytes, wal_write, wal_sync FROM pg_stat_wal" > /tmp/pg-turn-wal.$$
c1=$(cpu); kinds > /tmp/pg-turn-kinds1.$$
$P -F $'\t' -c "SELECT checkpoints_timed + checkpoints_req, buffers_checkpoint, buffers_clean, buffers_backend FROM pg_stat_bgwriter" \
  > /tmp/pg-turn-bgw.$$
tick=$(getconf CLK_TCK)
$D -F $'\t' -c "
SELECT relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del, pg_size_pretty(pg_relation_size(relid)),
  pg_size_pretty(pg_indexes_size(relid)), (SELECT count(*) FROM pg_index i WHERE i.indrelid = relid)
FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY n_tup_ins + n_tup_upd DESC" \
  > /tmp/pg-turn-tables.$$
python3 - "$mx0" "$mx1" "$lsn0" "$lsn1" "$c0" "$c1" "$t0" "$t1" "$tick" /tmp/pg-turn-profile.$$ /tmp/pg-turn-tables.$$ \
  /tmp/pg-turn-wal.$$ /tmp/pg-turn-kinds0.$$ /tmp/pg-turn-kinds1.$$ "$listener" "$inbound" <<'EOF'
import sys
mx0, mx1, lsn0, lsn1, c0, c1, t0, t1, tick, prof, tabs, walf, k0, k1, listener, inbound = sys.argv[1:]
def lsn(x):
    a, b = x.split('/'); return (int(a, 16) << 32) + int(b, 16)
rows = [l.rstrip('\n').split('\t') for l in open(prof) if l.strip()]
turns = max(int(inbound), 1)
secs = float(t1) - float(t0)
cpu = (int(c1) - int(c0)) / int(tick)
top = [r for r in rows if r[1] == 't']
print(f"turns {turns} in {secs:.1f} s = {turns / secs:.0f}/s; PostgreSQL CPU {cpu / secs:.2f} cores = "
      f"{1000 * cpu / turns:.3f} ms per turn; WAL {(lsn(lsn1) - lsn(lsn0)) / turns:.0f} bytes per turn")
print(f"top-level statements per turn {sum(int(r[0]) for r in top) / turns:.2f}; exec ms per turn "
      f"{sum(float(r[2]) for r in top) / turns:.3f}; plan ms per turn {sum(float(r[3]) for r in top) / turns:.3f}")
w = open(walf).read().split()
print(f"pg_stat_wal per turn: records {int(w[0]) / turns:.1f}, full-page images {int(w[1]) / turns:.2f}, "
      f"bytes {int(w[2]) / turns:.0f}, writes {int(w[3]) / turns:.2f}, syncs {int(w[4]) / turns:.3f}; "
      f"MultiXacts {(int(mx1) - int(mx0)) / turns:.2f}")
print("calls/turn  exec ms/turn  plan ms/turn  rows/turn  hits/turn  dirtied/turn  WAL B/turn  FPI/turn  statement")
for r in rows[:40]:
    c = int(r[0])
    if c < turns / 100:
        continue
    print(f"{c / turns:9.3f} {float(r[2]) / turns:12.4f} {float(r[3]) / turns:13.4f} {int(r[4]) / turns:10.2f} "
          f"{int(r[5]) / turns:10.1f} {int(r[7]) / turns:12.2f} {int(r[8]) / turns:11.0f} {int(r[9]) / turns:9.3f}  "
          f"{'' if r[1] == 't' else '(nested) '}{r[10][:150]}")
def kinds(f):
    out = {}
    for l in open(f):
        pid, t, cmd = l.split(" ", 2)
        out[pid] = (int(t), cmd.strip())
    return out
a, b = kinds(k0), kinds(k1)
by = {}
for pid, (t, cmd) in b.items():
    if pid in listener.split():
        kind = "listener (LISTEN) backend"
    elif "bench_gateway" in cmd:
        kind = "gateway pool backends"
    else:
        kind = cmd.replace("postgres: ", "").split("  ")[0][:40]
    by[kind] = by.get(kind, 0) + t - a.get(pid, (0, ""))[0]
print("PostgreSQL CPU per turn by process (live at both ends; ms): " + "; ".join(
    f"{k} {1000 * v / int(tick) / turns:.3f}" for k, v in sorted(by.items(), key=lambda kv: -kv[1]) if v > 0))
print(f"  ended processes (autovacuum workers, ...) and the postmaster: "
      f"{1000 * ((int(c1) - int(c0)) / int(tick) - sum(by.values()) / int(tick)) / turns:.3f} ms per turn")
print("table  inserts/turn  updates/turn  HOT updates/turn  deletes/turn  heap  indexes  index count")
for l in open(tabs):
    r = l.rstrip('\n').split('\t')
    print(f"{r[0]:<20} {int(r[1]) / turns:6.2f} {int(r[2]) / turns:6.2f} {int(r[3]) / turns:6.2f} {int(r[4]) / turns:6.2f}"
          f"  {r[5]}  {r[6]}  {r[7]}")
EOF
cat /tmp/pg-turn-bgw.$$ | awk -F'\t' '{print "checkpoints since the server started: " $1 "; buffers written by checkpoints " $2 ", bgwriter " $3 ", backends " $4}'
rm -f /tmp/pg-turn-profile.$$ /tmp/pg-turn-tables.$$ /tmp/pg-turn-wal.$$ /tmp/pg-turn-kinds0.$$ /tmp/pg-turn-kinds1.$$ /tmp/pg-turn-bgw.$$

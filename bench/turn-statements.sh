#!/usr/bin/env bash
# The SQL statements of the gateway's turns, counted on a running bench/chat.sh's PostgreSQL (the embedded one: start
# the benchmark with BENCH_KEEP=1 and pass its scratch folder, printed as "data in /tmp/chat-benchNNN/pg"):
#   bench/turn-statements.sh /tmp/chat-benchNNN [seconds]
# Turns log_statement=all on for a few seconds of the measured phase (a reload, no restart), then counts the statements
# by text, per turn (turns counted as the petitioners' messages committed meanwhile). Logging slows the server while it is
# on: the counts are what matters, not the rate.
set -euo pipefail
w=$1; s=${2:-5}
port=$(grep -o "port [0-9]*" "$w/pg.log" | head -1 | cut -d' ' -f2)
export PGPASSWORD=$(cat "$w/pg.password")
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | head -1)
P="$psql -h localhost -p $port -U postgres -d postgres -qAt"
before=$(wc -l < "$w/pg.log")
# Turns: the petitioners' messages committed while the log is on (one a turn, whatever statements stored it).
db=$($P -c "SELECT datname FROM pg_database WHERE datname LIKE 'bench_gateway%' LIMIT 1")
inbound() { $P -d "${db:-postgres}" -c "SELECT count(*) FROM messages WHERE direction = 'in'"; }
in0=$(inbound)
$P -c "ALTER SYSTEM SET log_statement='all'" -c "SELECT pg_reload_conf()" >/dev/null
sleep "$s"
$P -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
in1=$(inbound)
tail -n +$((before + 1)) "$w/pg.log" | TURNS=$((in1 - in0)) python3 -c '
import collections, os, re, sys
c = collections.Counter()
turns = int(os.environ["TURNS"])
for l in sys.stdin:
    m = re.search(r"LOG:  (?:statement|execute [^:]*): (.*)", l)
    if m:
        q = " ".join(m.group(1).split())
        c[q[:110]] += 1
total = sum(c.values())
print("statements", total, "turns", turns, "per turn %.2f" % (total / max(turns, 1)))
for k, v in c.most_common(30):
    print("%6d %5.2f/turn %s" % (v, v / max(turns, 1), k))
'

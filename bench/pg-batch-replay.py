#!/usr/bin/env python3
"""pgbench scripts of a group-commit batch of ordinary turns as GroupCommit sends it since V39 (issue 16, turncpu):
BEGIN; set_config(gateway.notify_after); load_batch of the batch's conversations (id order, FOR UPDATE SKIP LOCKED);
write_turns of N turns (each a petitioner's message of ~150 bytes with a clientMsgId and a reply of ~300, the sealed
state of ~1.2 kB, the version the row has); the NOTIFY read; COMMIT; notify_committed. Differences from the gateway:
the held versions are -1 (the state is always returned), the versions written are read by a subquery in the write's
argument, and the texts start "k1-" where sealed ones start "k1:" (pgbench takes ":name" for a variable).
  usage: bench/pg-batch-replay.py PGURL_OF_THE_TEMPLATE_DB OUT_DIR [N=8] [FUNCTION=write_turns] [SCRIPTS=16]
The template database needs conversations (a chat bench's database, e.g. CREATE DATABASE micro_base TEMPLATE
bench_gateway_NNN after a run of bench/chat.sh against the server). bench/pg-batch-replay.sh runs the scripts."""
import base64, os, random, subprocess, sys

url, out = sys.argv[1], sys.argv[2]
N = int(sys.argv[3]) if len(sys.argv) > 3 else 8
fn = sys.argv[4] if len(sys.argv) > 4 else "write_turns"
S = int(sys.argv[5]) if len(sys.argv) > 5 else 16
random.seed(7)
ids = subprocess.run(["psql", url, "-qAtX", "-c", "SELECT id FROM conversations ORDER BY id"],
                     capture_output=True, text=True, check=True).stdout.split()
os.makedirs(out, exist_ok=True)


def b64(n): return base64.b64encode(random.randbytes(n)).decode()
def arr(xs): return "ARRAY[" + ",".join(xs) + "]"
def lit(s): return "'" + s.replace("'", "''") + "'"


CLIENT = "'b' || (random() * 2e9)::bigint::text"
for k in range(S):
    conv = sorted(random.sample(ids, N))
    ids_lit = "'{" + ",".join(conv) + "}'::uuid[]"
    L = ["BEGIN;", "SELECT set_config('gateway.notify_after', 'on', true);",
         f"SELECT * FROM load_batch({ids_lit}, '{{{','.join(['-1'] * N)}}}'::bigint[], {arr([CLIENT] * N)}::text[]);"]
    mc, md, ma, mb, mcid = [], [], [], [], []
    for c in conv:
        for d in ("in", "out"):
            mc.append(lit(c)); md.append(lit(d)); ma.append("'petitioner'" if d == "in" else "'bot'")
            mb.append(lit(('{"text": "k1-%s", "spans": [], "buttons": []}' % b64(110)) if d == "in"
                          else ('{"text": "k1-%s", "buttons": [{"label": "a", "value": "a"}]}' % b64(220))))
            mcid.append(CLIENT if d == "in" else "NULL")
    nulls = "ARRAY[" + ",".join(["NULL"] * N) + "]"
    L.append(f"SELECT * FROM {fn}(" + ", ".join([
        arr(mc) + "::uuid[]", arr(["'webchat'"] * 2 * N) + "::text[]", arr(md) + "::text[]", arr(ma) + "::text[]",
        arr(mb) + "::text[]", arr(mcid) + "::text[]", arr(["now()"] * 2 * N) + "::timestamptz[]",
        arr([lit(c) for c in conv]) + "::uuid[]", arr([lit('{"sealed": "k1-%s"}' % b64(850)) for _ in conv]) + "::text[]",
        arr(["'zh'"] * N) + "::text[]",
        f"(SELECT array_agg(version ORDER BY id) FROM conversations WHERE id = ANY({ids_lit}))",
        arr(["'bot'"] * N) + "::text[]", arr(["now()"] * N) + "::timestamptz[]", nulls + "::text[]",
        nulls + "::timestamptz[]", nulls + "::text[]"]) + ");")
    L += ["SELECT coalesce(current_setting('gateway.notify_ids', true), '') AS ni, "
          "current_setting('gateway.notify_turns', true) AS nt", "\\gset", "COMMIT;",
          "SELECT notify_committed('{}'::bigint[], string_to_array(rtrim(:nt::text, ';'), ';'));"]
    open(os.path.join(out, f"b{k}.sql"), "w").write("\n".join(L) + "\n")

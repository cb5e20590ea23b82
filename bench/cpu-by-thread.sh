#!/usr/bin/env bash
# Where a process's CPU goes by thread group, user and kernel apart, over a window: what a JFR profile does not show
# (jdk.ExecutionSample records only threads running Java code; JIT compilers, GC, and the kernel's time in the event
# loops' and workers' system calls are missing from its shares).
#   bench/cpu-by-thread.sh PID [SECONDS]   e.g. the gateway of a running bench/chat.sh:
#   bench/cpu-by-thread.sh "$(pgrep -f 'java -Xmx[^ ]* -jar .*petition-gateway.jar' | head -1)" 30
# Threads are grouped by name with digits dropped (vert.x-eventloop-thread-N, nlp-N, C2 CompilerThreadN …).
set -euo pipefail
pid=$1; secs=${2:-30}
snap() {
  for s in /proc/"$pid"/task/*/stat; do cat "$s" 2>/dev/null || true; done | python3 -c '
import sys, re
for line in sys.stdin:
    comm = line[line.index("(") + 1:line.rindex(")")]
    f = line[line.rindex(")") + 2:].split()
    print(re.sub(r"\d+", "N", comm).replace(" ", "_"), f[11], f[12])'
}
a=$(snap); sleep "$secs"; b=$(snap)
hz=$(getconf CLK_TCK)
python3 - "$hz" "$secs" <<PY
import sys, collections
hz, secs = int(sys.argv[1]), float(sys.argv[2])
def read(t):
    d = collections.defaultdict(lambda: [0, 0])
    for line in t.strip().splitlines():
        n, u, s = line.split()
        d[n][0] += int(u); d[n][1] += int(s)
    return d
a, b = read("""$a"""), read("""$b""")
rows = sorted(((b[k][0] - a[k][0], b[k][1] - a[k][1], k) for k in b), key=lambda r: -(r[0] + r[1]))
tu = sum(r[0] for r in rows); ts = sum(r[1] for r in rows); tot = max(1, tu + ts)
print(f"{'thread group':32} {'user cores':>10} {'kernel cores':>12} {'share':>6}")
for u, s, k in rows:
    if u + s > 0:
        print(f"{k:32} {u / hz / secs:10.3f} {s / hz / secs:12.3f} {100 * (u + s) / tot:5.1f}%")
print(f"{'all':32} {tu / hz / secs:10.3f} {ts / hz / secs:12.3f}")
PY

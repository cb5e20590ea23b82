"""Relabels rounds 8-14 and 18 to the convention for a Latin given name with a Chinese surname ("Amy 许", "Tony王"):
one name, span and gold as written, whole (as rounds 26, 27 and the hands label it). Those rounds labelled the
surname only (name "许", span "Amy[许]", or the two parts as two spans).

Edits each round's src_*.py (one exact replacement per case, asserted), rewrites its jsonl with the source, and checks
that the only lines that changed are the relabelled cases and that only their "name" and "identities" changed.
Run from anywhere: python3 nlp-models/eval/relabel_latin_given.py (a second run finds nothing to do and says so).

Not relabelled: r9-222 "Tony 邓子豪" and r18-019 "Kevin 陈志豪", a Latin given name before a full Chinese name, which
are another pattern (two names of one person); their labels are left as they were.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# (round, source, old text, new text): each old text occurs exactly once in its source.
EDITS = [
    ("round8", "src_en.py", 'name="陈", phone="13906012287"', 'name="Kevin陈", phone="13906012287"'),
    ("round8", "src_en.py", 'name="王", P="上海市/上海市/闵行区"', 'name="Linda王", P="上海市/上海市/闵行区"'),
    ("round8", "src_more.py", 'name="金", phone="13843307712"', 'name="Grace金", phone="13843307712"'),
    ("round9", "src_people.py", 'name="刘", P=pl("徐汇区"), kinds=NO, ids=[("Sarah[刘]", "name", "petitioner")]',
     'name="Sarah刘", P=pl("徐汇区"), kinds=NO, ids=[("Sarah刘", "name", "petitioner")]'),
    ("round10", "src_people.py", 'name="黄", phone="13959268840"', 'name="Tom黄", phone="13959268840"'),
    ("round11", "src_people.py", 'name="杜", P=pl("浦东新区", "上海市"), polluter="HXT新材料", kinds=["air"],\n'
     '  ids=[("Kelly[杜]", "name", "petitioner")]',
     'name="Kelly杜", P=pl("浦东新区", "上海市"), polluter="HXT新材料", kinds=["air"],\n'
     '  ids=[("Kelly杜", "name", "petitioner")]'),
    ("round12", "src_people.py", 'name="郑", ref=["公安", None], ids=[("Vivian[郑]", "name", "petitioner")]',
     'name="Vivian郑", ref=["公安", None], ids=[("Vivian郑", "name", "petitioner")]'),
    ("round13", "src_people.py", 'name="林", ids=[("Amy[林]", "name", "petitioner")]',
     'name="Amy林", ids=[("Amy林", "name", "petitioner")]'),
    ("round14", "src_people.py", 'name="张", ids=[("Kevin 张", "name", "petitioner")]',
     'name="Kevin 张", ids=[("Kevin 张", "name", "petitioner")]'),
    ("round18", "src_urgent.py", 'urg=True, ids=["n:[郑]", "n:Grace"]', 'urg=True, ids=["n:Grace 郑"]'),
    ("round18", "src_voice.py", 'ids=["p:13908176652", "n:[林]", "n:Lily"], name="林"',
     'ids=["p:13908176652", "n:Lily 林"], name="Lily 林"'),
]
IDS = {"r8-195", "r8-199", "r8-259", "r9-180", "r10-188", "r11-188", "r12-192", "r13-194", "r14-195", "r18-074",
       "r18-198"}


def jsonl(rnd):
    out = {}
    d = os.path.join(HERE, rnd)
    for f in sorted(os.listdir(d)):
        if f.endswith(".jsonl"):
            with open(os.path.join(d, f), encoding="utf-8") as fh:
                out[f] = fh.read().split("\n")
    return out


def main():
    rounds = sorted({e[0] for e in EDITS})
    before = {r: jsonl(r) for r in rounds}
    done = 0
    for rnd, src, old, new in EDITS:
        path = os.path.join(HERE, rnd, src)
        with open(path, encoding="utf-8") as fh:
            s = fh.read()
        if s.count(new) == 1 and s.count(old) == 0:
            continue
        if s.count(old) != 1:
            sys.exit(f"{rnd}/{src}: expected one occurrence of {old!r}, found {s.count(old)}")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(s.replace(old, new))
        done += 1
    if not done:
        print("nothing to relabel: the sources already follow the convention")
    for rnd in rounds:
        for src in sorted(os.listdir(os.path.join(HERE, rnd))):
            if src.startswith("src_") and src.endswith(".py"):
                subprocess.run([sys.executable, src], cwd=os.path.join(HERE, rnd), check=True,
                               stdout=subprocess.DEVNULL)
    changed = set()
    for rnd in rounds:
        after = jsonl(rnd)
        for f, lines in before[rnd].items():
            new_lines = after[f]
            if len(new_lines) != len(lines):
                sys.exit(f"{rnd}/{f}: line count changed")
            for a, b in zip(lines, new_lines):
                if a == b:
                    continue
                ja, jb = json.loads(a), json.loads(b)
                if ja["id"] not in IDS:
                    sys.exit(f"{ja['id']} changed but is not relabelled")
                ga, gb = dict(ja["gold"]), dict(jb["gold"])
                for k in ("name", "identities"):
                    ga.pop(k, None)
                    gb.pop(k, None)
                if ga != gb or {k: v for k, v in ja.items() if k != "gold"} != {k: v for k, v in jb.items() if k != "gold"}:
                    sys.exit(f"{ja['id']}: more than name and identities changed")
                changed.add(ja["id"])
                print(f"{ja['id']}: name {ja['gold'].get('name')!r} -> {jb['gold'].get('name')!r}; "
                      f"names {[i['text'] for i in ja['gold'].get('identities', []) if i['type'] == 'name']} -> "
                      f"{[i['text'] for i in jb['gold'].get('identities', []) if i['type'] == 'name']}")
    if done and changed != IDS:
        sys.exit(f"relabelled {sorted(changed)}, expected {sorted(IDS)}")
    print(f"OK: {len(changed)} cases relabelled")


if __name__ == "__main__":
    main()

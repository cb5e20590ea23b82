#!/usr/bin/env python3
"""Check a round's cases (every round from four on; the folder given, or the caller's): JSON per line, unique ids, the same keys as round four, places that exist in
the divisions table (nlp-models/gazetteer/divisions.tsv, a copy of shared/data/divisions.tsv) under their official names, phones and ID numbers well formed, identity spans
present in the text; then print counts per register and per label.

usage: python3 nlp-models/eval/check_round.py nlp-models/eval/round6   (or python3 roundN/check.py, from anywhere)
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
# the keys are taken from round four's first line (only its keys are read); every later round has the same
ROUND4 = os.path.join(HERE, "..", "round4", "cases-urgent.jsonl")
# ids are rN-NNN, N the round's number (round6 → r6-001)
PREFIX = "r" + re.sub(r"\D", "", os.path.basename(HERE))


def find_divisions():
    for p in (os.path.join(ROOT, "nlp-models", "gazetteer", "divisions.tsv"),
              os.path.join(ROOT, "..", "shared", "data", "divisions.tsv"), "/work/shared/data/divisions.tsv",
              os.path.join(ROOT, "shared", "data", "divisions.tsv")):
        if os.path.exists(p):
            return p
    sys.exit("divisions.tsv not found")


def load_divisions():
    by_code, names = {}, collections.defaultdict(list)
    for line in open(find_divisions(), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, level, name, parent = (line.rstrip("\n").split("\t") + [""])[:4]
        by_code[code] = (level, name, parent)
        names[(level, name)].append(code)
    return by_code, names


MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
PSEUDO_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
CITY_NO_COUNTY = {"东莞市", "中山市", "儋州市", "嘉峪关市"}
REGISTERS = {"speech", "dialect-yue", "dialect-chuanyu", "dialect-dongbei", "dialect-wu", "dialect-minnan",
             "dialect-other", "typo", "long", "question", "english", "mixed", "wechat", "elderly", "urgent",
             "urgent-lookalike", "plain"}


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] == s[17]


def check_place(g, by_code, names):
    p, c, k, amb = g["province"], g["city"], g["county"], g["ambiguousPlace"]
    if amb:
        if p or c or not k:
            return "ambiguous place must have province and city null and a county"
        cities = {by_code[x][2] for x in names.get(("county", k), [])}
        return None if len(cities) > 1 else f"{k} is not shared by several cities"
    if not p:
        return "city or county without province" if (c or k) else None
    pc = names.get(("province", p))
    if not pc:
        return f"no province {p}"
    pc = pc[0]
    if p in MUNICIPALITIES:
        if c != p:
            return f"municipality {p} must repeat as city"
        if k:
            ok = any(by_code[by_code[x][2]][2] == pc for x in names.get(("county", k), []))
            return None if ok else f"no county {k} in {p}"
        return None
    if c:
        cc = [x for x in names.get(("city", c), []) if by_code[x][2] == pc]
        if not cc:
            return f"no city {c} in {p}"
        if c in CITY_NO_COUNTY and k:
            return f"{c} has no county"
        if k:
            ok = any(by_code[x][2] in cc for x in names.get(("county", k), []))
            return None if ok else f"no county {k} in {c}"
        return None
    if k:
        ok = any(by_code[by_code[x][2]][1] in PSEUDO_CITIES and by_code[by_code[x][2]][2] == pc
                 for x in names.get(("county", k), []))
        return None if ok else f"county {k} with city null is not directly under {p}"
    return None


def main():
    by_code, names = load_divisions()
    ref = json.loads(open(ROUND4, encoding="utf-8").readline())
    top_keys, gold_keys = set(ref), set(ref["gold"])
    errors, ids = [], set()
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.jsonl"))):
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            where = f"{os.path.basename(path)}:{n}"
            try:
                o = json.loads(line)
            except ValueError as e:
                errors.append(f"{where}: bad JSON {e}")
                continue
            cases.append(dict(o, _file=os.path.basename(path)))
            if set(o) != top_keys:
                errors.append(f"{where}: keys {sorted(set(o) ^ top_keys)}")
            if set(o.get("gold", {})) != gold_keys:
                errors.append(f"{where}: gold keys {sorted(set(o.get('gold', {})) ^ gold_keys)}")
                continue
            cid, g, text = o["id"], o["gold"], o["text"]
            if o["register"] not in REGISTERS:
                errors.append(f"{where} {cid}: register {o['register']}")
            if o["register"] == "urgent" and not g["urgent"]:
                errors.append(f"{where} {cid}: register urgent but not urgent")
            if o["register"] == "urgent-lookalike" and (g["urgent"] or g["intent"] != "report"):
                errors.append(f"{where} {cid}: a look-alike must be a non-urgent report")
            if not re.fullmatch(PREFIX + r"-\d{3}", cid):
                errors.append(f"{where}: id {cid}")
            if cid in ids:
                errors.append(f"{where}: duplicate id {cid}")
            ids.add(cid)
            e = check_place(g, by_code, names)
            if e:
                errors.append(f"{where} {cid}: {e}")
            if g["phone"] and not re.fullmatch(r"1[3-9]\d{9}", g["phone"]):
                errors.append(f"{where} {cid}: phone {g['phone']}")
            if g["idNumber"] and not id_ok(g["idNumber"]):
                errors.append(f"{where} {cid}: bad ID checksum {g['idNumber']}")
            if g["intent"] not in ("report", "status", "review", "evaluate", "info", "human", "greeting", "other"):
                errors.append(f"{where} {cid}: intent {g['intent']}")
            if g["lifeSafety"] and not g["urgent"]:
                errors.append(f"{where} {cid}: lifeSafety without urgent")
            if g["polluter"] and g["polluter"] not in text:
                errors.append(f"{where} {cid}: polluter not in text")
            if g["caseNumber"] and g["caseNumber"] not in text:
                errors.append(f"{where} {cid}: case number not in text")
            for k in g["kinds"] or []:
                if k not in ("air", "water", "noise", "solid_waste", "soil", "radiation", "ecology", "other"):
                    errors.append(f"{where} {cid}: kind {k}")
            if g["referral"] is not None and not isinstance(g["referral"], list):
                errors.append(f"{where} {cid}: referral must be a list or null")
            if g["category"] and g["subtype"] and g["category"] != "申诉求决":
                errors.append(f"{where} {cid}: subtype outside 申诉求决")
            a = g["affected"]
            if a:
                if a["text"] not in text:
                    errors.append(f"{where} {cid}: affected text not in text")
                if a["unit"] not in ("person", "household", "village", "community", "building", "town"):
                    errors.append(f"{where} {cid}: affected unit {a['unit']}")
            for i in g["identities"]:
                if i["text"].replace("[", "").replace("]", "") not in text:
                    errors.append(f"{where} {cid}: identity {i['text']} not in text")
                if i["type"] not in ("name", "phone", "id", "address") or i["whose"] not in ("petitioner", "third"):
                    errors.append(f"{where} {cid}: identity {i}")
            if g["name"] and not any(i["type"] == "name" and i["whose"] == "petitioner" for i in g["identities"]):
                errors.append(f"{where} {cid}: name without an identity span")
            if g["phone"] and not any(i["type"] == "phone" and i["whose"] == "petitioner" for i in g["identities"]):
                errors.append(f"{where} {cid}: phone without an identity span")

    reports = [c for c in cases if c["gold"]["intent"] == "report"]
    cnt = lambda f: collections.Counter(f(c) for c in cases)
    print(f"cases {len(cases)}, reports {len(reports)}")
    print("per register:", dict(sorted(cnt(lambda c: c["register"]).items())))
    print("per file:", dict(sorted(collections.Counter(c["_file"] for c in cases).items())))
    per = collections.defaultdict(lambda: [0, 0, 0])
    for c in reports:
        per[c["register"]][0] += 1
        per[c["register"]][1] += c["gold"]["urgent"]
        per[c["register"]][2] += c["gold"]["lifeSafety"]
    print("reports / urgent / lifeSafety per register:", {k: tuple(v) for k, v in sorted(per.items())})
    print("intents:", dict(cnt(lambda c: c["gold"]["intent"]).most_common()))
    print("urgent:", sum(c["gold"]["urgent"] for c in reports), "lifeSafety:", sum(c["gold"]["lifeSafety"] for c in reports),
          "non-urgent reports:", sum(not c["gold"]["urgent"] for c in reports))
    print("categories:", dict(collections.Counter(json.dumps(c["gold"]["category"], ensure_ascii=False) for c in reports).most_common()))
    print("subtypes:", dict(collections.Counter(c["gold"]["subtype"] for c in reports).most_common()))
    print("main kinds (first listed):", dict(collections.Counter((c["gold"]["kinds"] or ["-"])[0] for c in reports).most_common()))
    print("referral:", dict(collections.Counter(json.dumps(c["gold"]["referral"], ensure_ascii=False) for c in reports).most_common()))
    print("lang:", dict(collections.Counter(c["gold"]["lang"] for c in cases)))
    print("ambiguous places:", sum(c["gold"]["ambiguousPlace"] for c in reports), "confidential:", sum(c["gold"]["confidential"] for c in reports),
          "polluters:", sum(bool(c["gold"]["polluter"]) for c in reports), "names:", sum(bool(c["gold"]["name"]) for c in reports),
          "phones:", sum(bool(c["gold"]["phone"]) for c in reports), "ID numbers:", sum(bool(c["gold"]["idNumber"]) for c in reports),
          "case numbers:", sum(bool(c["gold"]["caseNumber"]) for c in cases), "affected:", sum(bool(c["gold"]["affected"]) for c in reports),
          "identity spans:", sum(len(c["gold"]["identities"]) for c in cases))
    prov = collections.Counter(c["gold"]["province"] for c in reports if c["gold"]["province"])
    print(f"provinces ({len(prov)}):", dict(sorted(prov.items(), key=lambda x: -x[1])))
    missing = [n for (lv, n) in names if lv == "province" and n not in prov]
    if missing:
        print("provinces missing:", missing)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

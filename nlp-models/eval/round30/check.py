#!/usr/bin/env python3
"""Checks round thirty's jsonl files on their own (no shared module) and prints the counts.

Keys and their order, ids r30-001..300, value sets, places against shared/data/divisions.tsv by the
conventions of ../README.md, ID-card check digits, and that every span (identity, polluter, count, case
number) is in the text. Exit status 1 and a list of problems when anything is off; otherwise the counts and OK.
"""
import collections
import glob
import json
import os
import re
import sys

import mk

HERE = os.path.dirname(os.path.abspath(__file__))
DIVISIONS = os.environ.get("DIVISIONS_TSV") or os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "..", "shared", "data", "divisions.tsv"))
TOP = ["id", "register", "text", "gold"]
KEYS = ["intent", "name", "phone", "idNumber", "province", "city", "county", "polluter", "kinds", "category",
        "referral", "urgent", "lang", "caseNumber", "ambiguousPlace", "confidential", "subtype", "lifeSafety",
        "affected", "identities"]
INTENTS = {"report", "status", "review", "evaluate", "info", "human", "greeting", "other"}
KINDS = {"air", "water", "noise", "solid_waste", "soil", "radiation", "ecology", "other"}
CATS = {"建议意见", "检举控告", "申诉求决"}
REFS = {"公安", "城管", "住建", "交通运输", "法院", "检察院", "人社", "纪检监察", "自然资源", "水利", "农业农村",
        "卫生健康", "市场监管", "文化旅游", None}
UNITS = {"person", "household", "village", "community", "building", "town"}
REGISTERS = {"plain", "urgent", "english", "mixed", "question", "speech", "wechat", "typo", "long", "elderly",
             "dialect-yue", "dialect-dongbei", "dialect-chuanyu", "dialect-wu", "dialect-minnan", "dialect-other"}
CN_DIGITS = str.maketrans("零〇一二三四五六七八九幺两０１２３４５６７８９", "00123456789120123456789")  # round 29: full-width digits too
N = 300

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


def divisions():
    rows = {}
    with open(DIVISIONS, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(p) < 3 or p[1] not in ("province", "city", "county"):
                continue
            rows[p[0]] = (p[1], p[2], p[3] if len(p) > 3 else "")
    return rows


def shared_towns():
    """Town names held by two counties or more (a place left wholly null with ambiguousPlace; added by blind28b)."""
    by = collections.defaultdict(set)
    with open(DIVISIONS, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if not line.startswith("#") and len(p) > 3 and p[1] == "town":
                by[p[2]].add(p[3])
    return {t for t, s in by.items() if len(s) > 1}


DIV = divisions()
SHARED_TOWNS = shared_towns()
PROVINCES = {r[1] for r in DIV.values() if r[0] == "province"}
SPECIAL = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
VALID = set()      # (province, city, county) the conventions allow
COUNTY_CITIES = collections.defaultdict(set)
for code, (level, name, parent) in DIV.items():
    if level == "city" and name not in SPECIAL:
        prov = DIV[parent][1]
        VALID.add((prov, name, None))
    if level == "county":
        cl, cname, pcode = DIV[parent]
        prov = DIV[pcode][1]
        COUNTY_CITIES[name].add(parent)
        if cname in ("市辖区", "县"):
            VALID.add((prov, prov, name))
        elif cname in SPECIAL:
            VALID.add((prov, None, name))
        elif name != cname:  # 东莞市/东莞市 is written with county null
            VALID.add((prov, cname, name))
COUNTY_CODES = {c for c, r in DIV.items() if r[0] == "county"}
# A firm named after another county reads as a place: every county's name, and its name without 区/县/市/旗 when two
# characters or more remain, may not occur in a polluter unless it is part of the case's own place. Common words that
# are also county names (合作社, 再生资源) are allowed.
COUNTY_WORDS = set()
for _level, _name, _parent in DIV.values():
    if _level == "county":
        COUNTY_WORDS.add(_name)
        for _suf in ("自治县", "自治旗", "区", "县", "市", "旗"):
            if _name.endswith(_suf) and len(_name) - len(_suf) >= 2:
                COUNTY_WORDS.add(_name[:-len(_suf)])
                break
COMMON_WORDS = {"合作", "资源"}


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return "not 18 characters"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] != s[17]:
        return "bad check digit"
    if s[:6] not in COUNTY_CODES:
        return "area code is no county"
    y, m, d = int(s[6:10]), int(s[10:12]), int(s[12:14])
    if not (1900 < y < 2026 and 1 <= m <= 12 and 1 <= d <= 31):
        return "bad birth date"
    return None


def inner(span):
    m = re.search(r"\[(.*?)\]", span)
    return m.group(1) if m else span


def plain(span):
    return span.replace("[", "").replace("]", "")


def digits(s):
    d = re.sub(r"\D", "", inner(s).translate(CN_DIGITS))
    return d[2:] if d.startswith("86") and len(d) == 13 else d


def check(c):
    cid, text, g = c["id"], c["text"], c["gold"]
    if list(c) != TOP:
        bad(cid, f"top keys {list(c)}")
    if list(g) != KEYS:
        bad(cid, f"gold keys {list(g)}")
        return
    if c["register"] not in REGISTERS:
        bad(cid, f"register {c['register']}")
    if g["intent"] not in INTENTS:
        bad(cid, "intent")
    if g["lang"] not in ("zh", "en"):
        bad(cid, "lang")
    if g["lifeSafety"] and not g["urgent"]:
        bad(cid, "lifeSafety without urgent")
    report = g["intent"] == "report"
    if report:
        if not g["kinds"] or not set(g["kinds"]) <= KINDS or len(set(g["kinds"])) != len(g["kinds"]):
            bad(cid, f"kinds {g['kinds']}")
        if g["category"] not in CATS:
            bad(cid, "category")
        if g["category"] == "申诉求决" and g["subtype"] not in (1, 2, 3, 4, None):
            bad(cid, "subtype")
        if g["category"] != "申诉求决" and g["subtype"] is not None:
            bad(cid, "subtype outside 申诉求决")
    else:
        for k in ("province", "city", "county", "polluter", "category", "subtype", "referral"):
            if g[k] is not None:
                bad(cid, f"non-report with {k}")
        if g["kinds"] or g["urgent"]:
            bad(cid, "non-report with kinds or urgent")
    if g["referral"] is not None and (not isinstance(g["referral"], list) or not set(g["referral"]) <= REFS):
        bad(cid, f"referral {g['referral']}")
    place = (g["province"], g["city"], g["county"])
    if g["ambiguousPlace"] and not any(place):
        if not any(t in text for t in SHARED_TOWNS):
            bad(cid, "ambiguous place wholly null but no shared town name in the text")
    elif g["ambiguousPlace"]:
        if g["province"] or g["city"] or not g["county"] or len(COUNTY_CITIES[g["county"]]) < 2:
            bad(cid, f"ambiguous place {place}")
        if g["county"] not in text:
            bad(cid, "ambiguous county not in text")
    elif any(place):
        if place not in VALID:
            bad(cid, f"place {place} is no official chain")
    elif report:
        bad(cid, "report without place")
    for k in ("polluter", "caseNumber"):
        # a traditional text's polluter is simplified gold (mk.TRAD): look for it in the text as simplified too
        if g[k] is not None and g[k] not in text and g[k] not in text.translate(mk.TRAD):
            bad(cid, f"{k} {g[k]!r} not in text")
    if g["caseNumber"] is not None:
        m = re.fullmatch(r"HB(\d{4})(\d{2})(\d{2})\d{5}", g["caseNumber"])
        if not m or not (2024 <= int(m.group(1)) <= 2026 and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31):
            bad(cid, f"case number {g['caseNumber']} is not HB + yyyymmdd + 5 digits")
    if g["polluter"] is not None and re.search(r"[“”\"「」]", g["polluter"]):
        bad(cid, "quote marks in the polluter")
    if g["polluter"] is not None:
        own_place = "".join(x for x in place if x)
        for w in sorted(COUNTY_WORDS - COMMON_WORDS):
            if w in g["polluter"] and w not in own_place:
                bad(cid, f"polluter {g['polluter']} holds another county's name {w}")
    if (c["register"] == "english") != (g["lang"] == "en"):
        bad(cid, "lang en goes with the english register (and only with it)")
    a = g["affected"]
    if a is not None:
        if set(a) != {"text", "unit", "count", "min", "max"} or a["unit"] not in UNITS or a["text"] not in text:
            bad(cid, f"affected {a}")
        lo, hi = a["min"], a["max"]
        if lo is not None and hi is not None and lo > hi:
            bad(cid, "affected min > max")
        if a["count"] is not None and ((lo is not None and a["count"] < lo) or (hi is not None and a["count"] > hi)):
            bad(cid, "affected count outside bounds")
    own = collections.defaultdict(list)
    for i in g["identities"]:
        if set(i) != {"text", "type", "whose"} or i["type"] not in ("name", "phone", "id", "address") \
                or i["whose"] not in ("petitioner", "third"):
            bad(cid, f"identity {i}")
            continue
        if plain(i["text"]) not in text:
            bad(cid, f"identity span {i['text']!r} not in text")
        if "[" in i["text"] and not inner(i["text"]):
            bad(cid, f"empty brackets {i['text']}")
        if i["text"].count("[") > 1 or i["text"].count("[") != i["text"].count("]"):
            bad(cid, f"brackets {i['text']}")
        if i["type"] == "phone" and not 10 <= len(digits(i["text"])) <= 12:
            bad(cid, f"phone span {i['text']} is not 10-12 digits")
        if i["whose"] == "petitioner":
            own[i["type"]].append(i["text"])
    if g["name"] is not None:
        if not any(inner(s) == g["name"] or s == g["name"] for s in own["name"]):
            bad(cid, f"name {g['name']} has no petitioner span")
    elif own["name"]:
        bad(cid, "petitioner name span but name null")
    if g["phone"] is not None:
        if not re.fullmatch(r"\d{10,12}", g["phone"]) or g["phone"] not in [digits(s) for s in own["phone"]]:
            bad(cid, f"phone {g['phone']} has no matching span")
    elif own["phone"]:
        bad(cid, "petitioner phone span but phone null")
    if g["idNumber"] is not None:
        why = id_ok(g["idNumber"])
        if why:
            bad(cid, f"idNumber {why}")
        if g["idNumber"] not in [re.sub(r"\s", "", inner(s)).upper() for s in own["id"]]:
            bad(cid, "idNumber has no span")
    elif own["id"]:
        bad(cid, "petitioner id span but idNumber null")
    for s in own["id"]:
        why = id_ok(re.sub(r"\s", "", inner(s)).upper())
        if why:
            bad(cid, f"id span {why}")


def main():
    cases = []
    for path in sorted(glob.glob(os.path.join(HERE, "cases-*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    cases.append(json.loads(line))
                except ValueError as e:
                    problems.append(f"{os.path.basename(path)}:{n}: {e}")
    ids = [c["id"] for c in cases]
    # `python3 check.py 1-150` checks one writer's part alone (the ids expected); no argument: all 300
    lo, hi = (int(x) for x in sys.argv[1].split("-")) if len(sys.argv) > 1 else (1, N)
    want = ["r30-%03d" % n for n in range(lo, hi + 1)]
    if sorted(ids) != want:
        problems.append(f"ids: {len(ids)} cases, missing {sorted(set(want) - set(ids))[:5]}, "
                        f"extra/duplicate {[i for i, k in collections.Counter(ids).items() if k > 1 or i not in want][:5]}")
    for c in cases:
        check(c)
    sys.path.insert(0, HERE)
    look = set()
    voice = {}
    # round 29: two writers (src_a_*, src_b_*); every source file that lists LOOKALIKE contributes
    for path in sorted(glob.glob(os.path.join(HERE, "src_*.py"))):
        mod = os.path.basename(path)[:-3]
        look |= set(getattr(__import__(mod), "LOOKALIKE", ()))
        voice.update(getattr(__import__(mod), "VOICE", {}))  # round 30: new voices, filed under existing registers
    gs = [c["gold"] for c in cases]
    for c in cases:
        if c["id"] in look and (c["gold"]["urgent"] or c["gold"]["intent"] != "report"):
            problems.append(f"{c['id']}: a look-alike must be a non-urgent report")
    reports = [g for g in gs if g["intent"] == "report"]
    print(f"{len(cases)} cases: {len(reports)} reports, intents",
          dict(collections.Counter(g["intent"] for g in gs if g["intent"] != "report")))
    print(f"urgent {sum(g['urgent'] for g in gs)}, lifeSafety {sum(g['lifeSafety'] for g in gs)}, "
          f"non-urgent reports {sum(not g['urgent'] for g in reports)}, look-alikes {len(look)}")
    reg = collections.Counter(c["register"] for c in cases)
    print("register: cases/reports/urgent/lifeSafety")
    for r, n in reg.most_common():
        sub = [c["gold"] for c in cases if c["register"] == r]
        print(f"  {r:16} {n:3} {sum(g['intent'] == 'report' for g in sub):3} {sum(g['urgent'] for g in sub):3} "
              f"{sum(g['lifeSafety'] for g in sub):3}")
    if voice:
        print("voices (round 30, cases)", dict(collections.Counter(voice[c["id"]] for c in cases if c["id"] in voice)))
    print("lang", dict(collections.Counter(g["lang"] for g in gs)))
    prov = collections.Counter(g["province"] for g in gs if g["province"])
    print(f"provinces {len(prov)} of {len(PROVINCES)}, fewest", sorted(prov.items(), key=lambda x: x[1])[:5])
    missing = PROVINCES - set(prov)
    if missing:
        print("  provinces missing:", sorted(missing))
    print("ambiguous places", sum(g["ambiguousPlace"] for g in gs))
    idn = collections.Counter((i["type"], i["whose"]) for g in gs for i in g["identities"])
    print("identities", sum(idn.values()), dict(idn))
    print(f"names {sum(g['name'] is not None for g in gs)}, phones {sum(g['phone'] is not None for g in gs)}, "
          f"ID numbers {sum(g['idNumber'] is not None for g in gs)}, polluters {sum(g['polluter'] is not None for g in gs)}, "
          f"case numbers {sum(g['caseNumber'] is not None for g in gs)}, confidential {sum(g['confidential'] for g in gs)}, "
          f"referrals {sum(g['referral'] is not None for g in gs)}, counts {sum(g['affected'] is not None for g in gs)}")
    print("kinds (main)", dict(collections.Counter(g["kinds"][0] for g in reports)))
    print("categories", dict(collections.Counter((g["category"], g["subtype"]) for g in reports)))
    print("count units", dict(collections.Counter(g["affected"]["unit"] for g in gs if g["affected"])))
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} PROBLEMS")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

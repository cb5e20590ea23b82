"""Relabel round twenty-seven's shared-town places to the convention of ../README.md (the lead's decision of 2026-12-07).

The writer labelled the county they meant where a text names only a town that several counties share. The convention
says: a town name shared by several counties with nothing in the text to tell which is province, city and county null,
ambiguousPlace true; where the province or city the text names leaves one county, that one.

Decided from each case's text and the divisions only (../../gazetteer/divisions.tsv, the repo's copy of
shared/data/divisions.tsv), never from the extractor's output:
1. the towns of the labelled county whose full name (镇/乡/街道/苏木/地区…) occurs in the text (the longest ones: 新城铺镇,
   not a 城铺镇 inside it); a case naming no town of its county keeps its label (the county, its city or an English name
   is what it gives; those are listed for reading);
2. a case whose text names the county itself (official name, or the name without 区/县/市/旗/自治县 when two characters or
   more remain) keeps its label;
3. otherwise every county holding a town of that full name; narrowed by the provinces and cities the text names (official
   name, or the name without its level word when two characters or more remain); one county left → the label stays;
   several → the place is relabelled to "~town" (mk.P: province, city and county null, ambiguous).
The English texts (lang en) name their county in pinyin next to the town (Kunshan, Minhou, Wujiang, Dali…): each was read
and is listed in ENGLISH_COUNTY_NAMED with the words that name it; the script asserts the words are in the text.

Usage: python3 relabel_shared_towns.py [--write]   (without --write: prints the decisions only)
With --write it rewrites place="…" in the src_*.py files for the relabelled ids; then run the four src files and check.py.
"""
import glob
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DIVISIONS = os.path.normpath(os.path.join(HERE, "..", "..", "gazetteer", "divisions.tsv"))

# English texts: the county named in pinyin (read by hand; asserted present in the text). Dali is the county 大理市 and
# its prefecture; Xizhou and Fengyi are both in 大理市.
ENGLISH_COUNTY_NAMED = {"r27-014": "Kunshan", "r27-042": "Minhou", "r27-057": "Wujiang", "r27-069": "Dali",
                        "r27-084": "Hui'an", "r27-092": "Dunhuang", "r27-138": "Gaochun", "r27-184": "Minhou",
                        "r27-185": "Mile", "r27-197": "Dali"}
# The traditional characters of the Minnan texts' town names and level words, read as simplified for the look-up.
TRAD = str.maketrans("鎮鄉東園橋", "镇乡东园桥")
# A town said without its level word (拉林这疙瘩): the name without 镇/乡/街道/苏木 and an ethnic group before them.
STEM = re.compile(r"^(.{2,}?)(?:[^族]{1,4}族)?(?:镇|乡|街道|街道办事处|苏木|地区|办事处)$")

rows = {}
for line in open(DIVISIONS, encoding="utf-8"):
    if line.startswith("#"):
        continue
    p = line.rstrip("\n").split("\t")
    if len(p) >= 3:
        rows[p[0]] = (p[1], p[2], p[3] if len(p) > 3 else "")

LEVEL_SUFFIX = ["自治县", "自治旗", "林区", "特区", "区", "县", "市", "旗"]
CITY_SUFFIX = ["自治州", "地区", "盟", "市"]
PROV_SUFFIX = ["维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"]
ETHNIC = re.compile(r"(.{2,}?)(?:[^族]{1,6}族)+自治[州县旗]$")


def short(name, suffixes):
    """The name without its level word, when two characters or more remain (红河哈尼族彝族自治州 → 红河)."""
    m = ETHNIC.match(name)
    if m:
        return m.group(1)
    for s in suffixes:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return None


def names(name, suffixes):
    s = short(name, suffixes)
    return [name] + ([s] if s else [])


towns_by_county = defaultdict(list)
counties_by_town = defaultdict(set)
for code, (level, name, parent) in rows.items():
    if level == "town":
        towns_by_county[parent].append(name)
        counties_by_town[name].add(parent)


def chain_codes(county_code):
    city = rows[county_code][2]
    prov = rows[city][2]
    return prov, city


def county_code_of(gold):
    """The county code of a gold (province, city, county) chain."""
    hits = []
    for code, (level, name, parent) in rows.items():
        if level != "county" or name != gold["county"]:
            continue
        city = rows[parent]
        prov = rows[city[2]]
        if prov[1] != gold["province"]:
            continue
        if gold["city"] and city[1] != gold["city"] and gold["city"] != gold["province"]:
            continue
        hits.append(code)
    assert len(hits) == 1, (gold, hits)
    return hits[0]


def named(text, cands):
    return [n for n in cands if n in text]


def decide(case):
    g = case["gold"]
    text = case["text"].translate(TRAD)
    code = county_code_of(g)
    if g["lang"] == "en":
        words = ENGLISH_COUNTY_NAMED[case["id"]]
        assert words in text, (case["id"], words)
        return "keep", f"names its county in English ({words})", None
    county_names = names(g["county"], LEVEL_SUFFIX)
    said = [t for t in towns_by_county[code] if t in text]
    said = [t for t in said if not any(t != u and t in u for u in said)]
    if not said:
        stems = {m.group(1): t for t in towns_by_county[code] for m in [STEM.match(t)] if m and m.group(1) in text}
        if not stems:
            return "keep", "no town of its county in the text", None
        for stem, t in stems.items():
            others = {c for c, (lv, n, par) in rows.items() if lv == "town" and par != code
                      for m in [STEM.match(n)] if m and m.group(1) == stem}
            assert not others, (case["id"], stem, others)  # a shared stem would be ambiguous: none in this round
        return "keep", f"names a town without its level ({'/'.join(f'{k} of {v}' for k, v in stems.items())}), " \
                       "a name no other county's town has", None
    if named(text, county_names):
        return "keep", f"names its county ({'/'.join(named(text, county_names))}) beside {'/'.join(said)}", None
    shared = [t for t in said if len(counties_by_town[t]) > 1]
    if len(shared) < len(said):
        unique = [t for t in said if t not in shared]
        return "keep", f"names a town unique in China ({'/'.join(unique)})", None
    # every town said is shared: narrow by the provinces and cities the text names
    left = set()
    for t in shared:
        left |= counties_by_town[t]
    evidence = []
    for level, sufs, idx in (("province", PROV_SUFFIX, 0), ("city", CITY_SUFFIX, 1)):
        pool = {chain_codes(c)[idx] for c in left}
        hit = {p for p in pool if named(text, names(rows[p][1], sufs))}
        if hit:
            left = {c for c in left if chain_codes(c)[idx] in hit}
            evidence.append(f"{level} {'/'.join(rows[p][1] for p in sorted(hit))}")
    where = "; ".join(evidence) or "no province or city named"
    towns = "/".join(f"{t} ({len(counties_by_town[t])} counties)" for t in shared)
    if len(left) == 1:
        return "keep", f"shared town {towns}, {where}: one county left", None
    return "relabel", f"shared town {towns}, {where}: {len(left)} counties left", shared[0]


def main():
    write = "--write" in sys.argv[1:]
    changes = {}
    for path in sorted(glob.glob(os.path.join(HERE, "cases-*.jsonl"))):
        for line in open(path, encoding="utf-8"):
            case = json.loads(line)
            g = case["gold"]
            if case["gold"]["intent"] != "report" or not g["county"] or g["ambiguousPlace"]:
                continue
            verdict, why, town = decide(case)
            print(f"{case['id']} {verdict:7} {g['county']:8} {why}")
            if verdict == "relabel":
                changes[case["id"]] = town
    print(f"{len(changes)} relabelled")
    if not write:
        return
    for src in sorted(glob.glob(os.path.join(HERE, "src_*.py"))):
        body = open(src, encoding="utf-8").read()
        for cid, town in changes.items():
            start = body.find(f'C("{cid}"')
            if start < 0:
                continue
            end = body.find('C("r27-', start + 1)
            end = len(body) if end < 0 else end
            seg = body[start:end]
            new, n = re.subn(r'place="[^"~?]+"', f'place="~{town}"', seg, count=1)
            assert n == 1, cid
            body = body[:start] + new + body[end:]
        open(src, "w", encoding="utf-8").write(body)


if __name__ == "__main__":
    main()

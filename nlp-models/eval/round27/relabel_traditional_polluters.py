#!/usr/bin/env python3
"""Round 27: a traditional-character text's polluter is simplified and whole, unit word included, as
../README.md says ("Traditional-character texts have simplified gold (polluter included)"). The writer labelled
the part that is the same in both scripts (福茗茶 for 福茗茶廠, 金步鞋 for 金步鞋業). This rewrites those labels in
src_voice.py and cases-voice.jsonl, by id, only the polluter, from the text: the traditional span in the text that
starts with the old label and ends with the unit word, mapped to simplified with TRAD. Idempotent: a case already
relabelled is left as it is. Run from this folder: python3 relabel_traditional_polluters.py"""
import json
import re

# the traditional characters of these names and unit words, and their simplified forms
TRAD = str.maketrans("廠業", "厂业")
# id -> (old label, the traditional span of the text that is the whole name)
CASES = {"r27-157": ("福茗茶", "福茗茶廠"), "r27-178": ("金步鞋", "金步鞋業")}


def main():
    changed = 0
    with open("cases-voice.jsonl", encoding="utf-8") as f:
        lines = f.read().splitlines()
    out = []
    for line in lines:
        c = json.loads(line) if line.strip() else None
        if c and c["id"] in CASES:
            old, span = CASES[c["id"]]
            assert span in c["text"], (c["id"], "span not in text")
            new = span.translate(TRAD)
            if c["gold"]["polluter"] == old:
                c["gold"]["polluter"] = new
                line = json.dumps(c, ensure_ascii=False)
                changed += 1
            assert c["gold"]["polluter"] == new, (c["id"], c["gold"]["polluter"])
        out.append(line)
    with open("cases-voice.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open("src_voice.py", encoding="utf-8") as f:
        src = f.read()
    for cid, (old, span) in CASES.items():
        # the case's call runs from its id to the next C( or the list's end; only its pol= changes
        m = re.search(r'C\("%s".*?(?=\n    C\(|\n\])' % cid, src, re.S)
        assert m, cid
        call = m.group(0).replace('pol="%s"' % old, 'pol="%s"' % span.translate(TRAD))
        src = src[:m.start()] + call + src[m.end():]
    with open("src_voice.py", "w", encoding="utf-8") as f:
        f.write(src)
    print(f"relabelled {changed} polluters")


if __name__ == "__main__":
    main()

"""Helper for writing an evaluation round's cases by hand (rounds four to six): each round's src_*.py file calls
C(...) once per case with the labels decided by reading the text, and W() writes the JSONL file, beside that
src_*.py, with the same keys in every round. Each round's mk.py only puts this file on the path.
Defaults: a report, 申诉求决 with subtype 3, no referral, not urgent, zh. P is "省/市/县" with "-" for null;
a leading "?" marks an ambiguous county ("?鼓楼区")."""
import json
import os
import sys

_cases = []


def A(text, unit, count, lo, hi):
    return {"text": text, "unit": unit, "count": count, "min": lo, "max": hi}


def C(id, register, text, intent="report", name=None, phone=None, idn=None, P=None, polluter=None, kinds=None,
      cat="申诉求决", ref=None, urgent=False, lang="zh", case=None, conf=False, sub="auto", life=False,
      aff=None, ids=()):
    amb = False
    prov = city = county = None
    if P:
        if P.startswith("?"):
            amb, county = True, P[1:]
        else:
            prov, city, county = [None if x == "-" else x for x in P.split("/")]
    if intent != "report":
        cat, kinds, sub = None, [], None
    if sub == "auto":
        sub = 3 if cat == "申诉求决" else None
    gold = {"intent": intent, "name": name, "phone": phone, "idNumber": idn, "province": prov, "city": city,
            "county": county, "polluter": polluter, "kinds": kinds, "category": cat, "referral": ref,
            "urgent": urgent or life, "lang": lang, "caseNumber": case, "ambiguousPlace": amb, "confidential": conf,
            "subtype": sub, "lifeSafety": life, "affected": aff,
            "identities": [{"text": t, "type": ty, "whose": w} for (t, ty, w) in ids]}
    _cases.append({"id": id, "register": register, "text": text, "gold": gold})


def W(filename):
    # beside the round's src_*.py that is running, not beside this shared file
    path = os.path.join(os.path.dirname(os.path.abspath(sys.argv[0])), filename)
    with open(path, "w", encoding="utf-8") as f:
        for c in _cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(filename, len(_cases))

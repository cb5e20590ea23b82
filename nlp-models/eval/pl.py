"""Place chains and ID check digits for the src_*.py of rounds nine and ten (labels are still given by hand: pl() only spells
the official province/city/county of the county I name, and fails if that name is in several cities)."""
import os

_T = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gazetteer", "divisions.tsv")
_by, _names = {}, {}
for _l in open(_T, encoding="utf-8"):
    if _l.startswith("#") or not _l.strip():
        continue
    _c, _lv, _n, _p = (_l.rstrip("\n").split("\t") + [""])[:4]
    _by[_c] = (_lv, _n, _p)
    _names.setdefault((_lv, _n), []).append(_c)
MUNI = {"北京市", "天津市", "上海市", "重庆市"}


def pl(county, city=None):
    cs = _names[("county", county)]
    if city:
        cs = [c for c in cs if _by[_by[c][2]][1] == city or _by[_by[_by[c][2]][2]][1] == city]
    assert len(cs) == 1, (county, cs)
    ci = _by[cs[0]][2]
    pr = _by[ci][2]
    pn, cn = _by[pr][1], _by[ci][1]
    if pn in MUNI:
        cn = pn
    if cn in ("省直辖县级行政区划", "自治区直辖县级行政区划"):
        cn = "-"
    return f"{pn}/{cn}/{county}"


def idn(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s17 + "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]

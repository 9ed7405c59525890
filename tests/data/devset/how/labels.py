"""Reads a labeller's or adjudicator's output: uid<TAB>comma-separated ids, one line per reply."""
def lab(p):
    d={}
    for l in open(p,encoding="utf8"):
        u,_,ids=l.rstrip("\n").partition("\t")
        if u.strip(): d[u.strip()]=[i.strip() for i in ids.split(",") if i.strip()]
    return d

"""Round h11: joins the two labellings and the adjudications into ../heldout.tsv and the raw pair into
../double-labels.tsv (an id both labellers gave is always kept). Usage: assemble11.py"""
import sys, collections
from labels import lab
HALVES = {"A": ("LY", "LZ", "AJH"), "B": ("MA", "MB", "AJI")}
rows, raw = [], []
for h, (a, b, adj) in HALVES.items():
    A, B, J = lab(f"/work/lab11/{a}.out.tsv"), lab(f"/work/lab11/{b}.out.tsv"), lab(f"/work/adj11/{adj}.out.tsv")
    for l in open(f"/work/lab11/tasks{h}.tsv", encoding="utf8").read().splitlines()[1:]:
        uid, loc, sc, kind, cust, reply = l.split("\t")
        x, y = A[uid], B[uid]
        raw.append([uid, ",".join(x), ",".join(y)])
        if set(x) == set(y): ids = x
        else:
            ids = J[uid]
            missing = [i for i in x if i in y and i not in ids]
            if missing: print("adjudicator dropped agreed (kept)", uid, missing); ids = ids + missing
        rows.append([uid, uid.split("-")[0], loc, sc, "play", kind, reply, ",".join(ids)])
D = "/work/main/tests/data/devset"
with open(f"{D}/heldout.tsv", "w", encoding="utf8") as f:
    f.write("uid\twriter\tlocale\tscenario\tbeat\tvoice\ttext\tids\n")
    for r in rows: f.write("\t".join(r) + "\n")
with open(f"{D}/double-labels.tsv", "w", encoding="utf8") as f:
    f.write("uid\tfirst\tsecond\n")
    for r in raw: f.write("\t".join(r) + "\n")
print(len(rows), collections.Counter(r[2] for r in rows))

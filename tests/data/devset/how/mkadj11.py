"""Round h11: the rows two labellers disagree on, for an adjudicator (mkadj.py with this round's paths).
Usage: mkadj11.py HALF LABELLER_A LABELLER_B  (reads /work/lab11, writes /work/adj11/adjHALF.tsv)."""
import sys
from labels import lab
half, a, b = sys.argv[1:4]
A, B = lab(f"/work/lab11/{a}.out.tsv"), lab(f"/work/lab11/{b}.out.tsv")
rows = [l.split("\t") for l in open(f"/work/lab11/tasks{half}.tsv", encoding="utf8").read().splitlines()[1:]]
n = 0
with open(f"/work/adj11/adj{half}.tsv", "w", encoding="utf8") as o:
    o.write("uid\tlocale\tcustomer\treply\tagreed\tdisputed\n")
    for uid, loc, sc, kind, cust, reply in rows:
        x, y = A.get(uid), B.get(uid)
        if x is None or y is None: print("missing", uid); continue
        ag = [i for i in x if i in y]; dis = [i for i in x + y if (i in x) != (i in y)]
        if dis:
            n += 1; o.write(f"{uid}\t{loc}\t{cust}\t{reply}\t{','.join(ag)}\t{','.join(dict.fromkeys(dis))}\n")
print(half, "disputed rows:", n, "of", len(rows))

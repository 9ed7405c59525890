"""Join label outputs with task rows into dev-set TSV: uid writer locale scenario beat voice text ids."""
import sys, os
tasks, outs, dst = sys.argv[1].split(","), sys.argv[2].split(","), sys.argv[3]
labels = {}
for o in outs:
    if not os.path.exists(o): print("missing", o); continue
    for l in open(o, encoding="utf8"):
        uid, _, ids = l.rstrip("\n").partition("\t")
        if uid: labels[uid.strip()] = ",".join(i.strip() for i in ids.split(",") if i.strip())
rows = []
for t in tasks:
    for l in open(t, encoding="utf8").read().splitlines()[1:]:
        uid, loc, sc, kind, cust, reply = l.split("\t")
        if uid not in labels: continue
        writer = uid.split("-")[1]
        rows.append([uid, writer, loc, sc, "play", kind, reply, labels[uid]])
with open(dst, "w", encoding="utf8") as f:
    f.write("uid\twriter\tlocale\tscenario\tbeat\tvoice\ttext\tids\n")
    for r in rows: f.write("\t".join(r) + "\n")
print(len(rows), "rows ->", dst)

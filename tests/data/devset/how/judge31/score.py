"""Figures of stop 31's blind judgements of rewritten replies: per version, how many the judge
called ok, and which version the judge would rather send. Usage: score.py (run from this folder)."""
import collections

def judge(round_, judges, versions):
    key = {int(l.split("\t")[0]): l.split("\t")[1].strip() for l in open(f"key-{round_}.tsv")}
    for j in judges:
        ok, best = collections.Counter(), collections.Counter()
        for line in open(f"{j}.out.tsv", encoding="utf8").read().splitlines():
            f = line.split("\t")
            n, k = int(f[0]), key[int(f[0])]
            for i, v in enumerate(f[1 : 1 + versions]):
                ok[k[i]] += v.strip() == "ok"
            b = f[1 + versions].strip()
            best[k["XYZ".index(b)] if b in "XYZ"[:versions] and b else "="] += 1
        print(f"round {round_} {j}: ok {dict(ok)}; rather sent {dict(best)}")

judge(1, ["J1", "J2"], 3)
judge(2, ["J3", "J4"], 2)
judge(3, ["J5", "J6"], 2)
judge(4, ["J7", "J8"], 2)

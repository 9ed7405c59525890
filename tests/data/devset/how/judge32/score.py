"""Figures of stop 32's blind judgement of rewritten replies (A = the engine of eb90df2 with its
assets, N = stop 32's): per version, how many each judge called ok, and which the judge would
rather send. Usage: score.py (run from this folder)."""
import collections

key = {int(f[0]): (f[1], f[2]) for f in (l.rstrip("\n").split("\t") for l in open("key.tsv"))}
picks = {}
for j in ["J9", "J10"]:
    ok, best = collections.Counter(), collections.Counter()
    for line in open(f"{j}.out.tsv", encoding="utf8").read().splitlines():
        f = line.split("\t")
        order = key[int(f[0])][0]
        for i, v in enumerate(f[1:3]):
            ok[order[i]] += v.strip() == "ok"
        b = f[3].strip()
        pick = order["XY".index(b)] if b in ("X", "Y") else "="
        best[pick] += 1
        picks.setdefault(int(f[0]), []).append(pick)
    print(f"{j}: ok {dict(ok)}; rather sent {dict(best)}")
print(f"the judges agree on {sum(a == b for a, b in picks.values())} of {len(picks)}")

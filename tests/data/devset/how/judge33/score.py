"""Figures of the link-word judgement: per judge, ok counts and preferences over all 50 rows, and
over the rows whose final rewrite (FINAL, a jsonl of `defuse score` on the same lines, optional)
is still N. Usage: score.py [FINAL.jsonl]"""
import collections, json, sys

key = {int(f[0]): f[1] for f in (l.rstrip("\n").split("\t") for l in open("key.tsv"))}
task = {int(f[0]): f for f in (l.split("\t") for l in open("task.tsv", encoding="utf8").read().splitlines()[1:])}
final = {}
for path in sys.argv[1:]:
    for line in open(path, encoding="utf8"):
        j = json.loads(line)
        final[j["text"].replace("\t", " ").replace("\n", " ")] = (j.get("rewritten") or "(nothing)").replace("\t", " ").replace("\n", " ")
still = {n for n, f in task.items() if final.get(f[1]) == f[2 + key[n].index("N")]}
for j in ["J11", "J12"]:
    ok, best, kept = collections.Counter(), collections.Counter(), collections.Counter()
    for line in open(f"{j}.out.tsv", encoding="utf8").read().splitlines():
        f = line.split("\t")
        n, order = int(f[0]), key[int(f[0])]
        for i, v in enumerate(f[1:3]):
            ok[order[i]] += v.strip() == "ok"
        b = f[3].strip()
        pick = order["XY".index(b)] if b in ("X", "Y") else "="
        best[pick] += 1
        if n in still:
            kept[pick] += 1
    print(f"{j}: ok {dict(ok)}; rather sent {dict(best)}" + (f"; on the {len(still)} rows still changed {dict(kept)}" if final else ""))

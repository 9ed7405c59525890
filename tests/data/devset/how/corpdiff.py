import json, subprocess, os, collections, sys
C = "/work/shared/corpora"
files = sorted(f for f in os.listdir(C) if f.endswith("_agent.txt"))
def run(bin, assets, f):
    env = dict(os.environ, DEFUSE_ASSETS=assets)
    out = subprocess.run([bin, "score", os.path.join(C, f), "--format", "jsonl", "--locale", "auto"], capture_output=True, env=env).stdout.decode()
    return [json.loads(l) for l in out.splitlines()]
rows = []
newflags = []
for f in files:
    a = run("/work/h5/snap/defuse", "/work/h5/snap/assets", f)
    b = run("/work/tuning/defuse4", os.environ.get("WT_ASSETS", "/work/main/assets"), f)
    ca, cb = collections.Counter(), collections.Counter()
    for x, y in zip(a, b):
        ta = {t["id"] for t in x["taboos"]}; tb = {t["id"] for t in y["taboos"]}
        ca.update(ta); cb.update(tb)
        for t in y["taboos"]:
            if t["id"] not in ta:
                newflags.append((f, t["id"], t["evidence"], y["text"]))
    ids = sorted(set(ca) | set(cb))
    rows.append((f, len(a), {i: (ca[i], cb[i]) for i in ids}))
for f, n, d in rows:
    print(f"{f} ({n} lines): " + ", ".join(f"{i} {x}→{y}" for i, (x, y) in d.items() if x or y))
print("new taboo flags:", len(newflags), collections.Counter(i for _, i, _, _ in newflags))
with open("" + os.environ.get("OUT", "/tmp/newflags.tsv") + "", "w") as o:
    for r in newflags: o.write("\t".join(r).replace("\n", " ") + "\n")

#!/usr/bin/env python3
"""Assemble the blind dev set from the writers' raw files and the labellers' outputs, and
measure the engine on it (precision/recall per id and locale) through `defuse score`.

  scripts/devset.py assemble RAW_DIR LAB_DIR          writes tests/data/devset/{tune,heldout}.tsv
  scripts/devset.py eval tests/data/devset/tune.tsv [--bin PATH] [--misses ID] [--fps ID]
(set DEFUSE_ASSETS to measure another copy of the assets)
The held-out part is tests/data/devset/heldout.tsv (writers W14–W19; frozen: never tune on it).
`assemble` is how the first parts were built (W3, W5, W7 went to the first held-out part)."""
import collections, json, subprocess, sys, os

HELDOUT = {"W3", "W5", "W7"}
COLS = ["uid", "writer", "locale", "scenario", "beat", "voice", "text", "ids"]

def assemble(raw, lab):
    labels = {}
    for f in sorted(os.listdir(lab)):
        if f.endswith(".out.tsv") and f != "L7.out.tsv":
            for line in open(os.path.join(lab, f), encoding="utf8"):
                uid, _, ids = line.rstrip("\n").partition("\t")
                labels[uid] = ids.strip()
    parts = {"tune": [], "heldout": []}
    for w in sorted(os.listdir(raw)):
        for i, line in enumerate(open(os.path.join(raw, w), encoding="utf8")):
            f = line.rstrip("\n").split("\t")
            uid = f"{f[0]}-{i + 1:04d}"
            if uid not in labels:
                sys.exit(f"no label for {uid}")
            part = "heldout" if f[0] in HELDOUT else "tune"
            parts[part].append([uid] + f + [labels[uid]])
    for name, rows in parts.items():
        with open(f"tests/data/devset/{name}.tsv", "w", encoding="utf8") as o:
            o.write("\t".join(COLS) + "\n")
            for r in rows:
                o.write("\t".join(r) + "\n")
        print(name, len(rows), collections.Counter(r[2] for r in rows))

def rows(path):
    out = []
    for line in open(path, encoding="utf8").read().splitlines()[1:]:
        f = line.split("\t")
        out.append(dict(zip(COLS, f + [""] * (8 - len(f)))))
    return out

def engine(rows, binary):
    texts = "".join(r["text"] + "\n" for r in rows)
    res = subprocess.run([binary, "score", "-", "--format", "jsonl", "--locale", "auto"], input=texts.encode(),
                         capture_output=True)
    if res.returncode != 0:
        sys.exit(res.stderr.decode())
    found = []
    for line in res.stdout.decode().splitlines():
        j = json.loads(line)
        found.append({h["id"] for h in j["techniques"]} | {h["id"] for h in j["taboos"]})
    assert len(found) == len(rows), (len(found), len(rows))
    return found

def evaluate(path, binary, misses=None, fps=None):
    rs = rows(path)
    found = engine(rs, binary)
    per = collections.defaultdict(lambda: [0, 0, 0])
    loc = collections.defaultdict(lambda: [0, 0, 0])
    for r, got in zip(rs, found):
        want = {x for x in r["ids"].split(",") if x}
        for i in want | got:
            k = (i in want and i in got, i in got and i not in want, i in want and i not in got)
            for key, table in ((i, per), (r["locale"], loc)):
                table[key][0] += k[0]; table[key][1] += k[1]; table[key][2] += k[2]
        if misses and misses in want - got:
            print("MISS", r["uid"], r["text"])
        if fps and fps in got - want:
            print("FP  ", r["uid"], r["text"], "| labels:", r["ids"])
    if misses or fps:
        return
    pr = lambda t: (t[0] / max(1, t[0] + t[1]), t[0] / max(1, t[0] + t[2]))
    print(f"{'locale':<10} {'P':>5} {'R':>5}  tp  fp  fn")
    for k, t in sorted(loc.items()):
        p, r = pr(t); print(f"{k:<10} {p:5.2f} {r:5.2f} {t[0]:4} {t[1]:3} {t[2]:3}")
    tot = [sum(t[i] for t in loc.values()) for i in range(3)]
    p, r = pr(tot); print(f"{'micro':<10} {p:5.2f} {r:5.2f} {tot[0]:4} {tot[1]:3} {tot[2]:3}\n")
    for k, t in sorted(per.items(), key=lambda kv: -(kv[1][0] + kv[1][2])):
        p, r = pr(t); print(f"{k:<20} P {p:4.2f} R {r:4.2f}  tp {t[0]:3} fp {t[1]:3} fn {t[2]:3}")

if __name__ == "__main__":
    a = sys.argv[1:]
    binary = a[a.index("--bin") + 1] if "--bin" in a else os.path.expanduser("~/.cache/cli-target/debug/defuse")
    if a[0] == "assemble":
        assemble(a[1], a[2])
    else:
        evaluate(a[1], binary, a[a.index("--misses") + 1] if "--misses" in a else None,
                 a[a.index("--fps") + 1] if "--fps" in a else None)

"""Rewritten replies of two engines on one file of lines: how many changed, and how many of each hold a
mechanical defect (a fragment opening with 了/的/a mark, "word ,", a phrase doubled across a mark, an
invisible joiner, doubled marks). Usage: rwcmp.py OLD_BIN OLD_ASSETS NEW_BIN LINES.txt [SHOW]
(stop 31: OLD = the engine of 94b17cc with its assets, NEW = this build; LINES = the labelled replies)."""
import json, subprocess, sys, re, os
def run(binary, assets, path):
    env = dict(os.environ)
    if assets: env["DEFUSE_ASSETS"] = assets
    out = subprocess.run([binary, "score", path, "--format", "jsonl", "--locale", "auto"], capture_output=True, env=env).stdout.decode()
    return [json.loads(l) for l in out.splitlines()]
BAD = [re.compile(p) for p in [r"^[了的呢吧啊哦喔,，。.!！?？~～ ]", r"[A-Za-z'] [,.;!?]", r"(.{4,})[，,。.]\s*\1", r"[\u200d\ufe0f]", r"[，,][，,。.]"]]
def defects(t): return [i for i, b in enumerate(BAD) if t and b.search(t)]
a = run(sys.argv[1], sys.argv[2] or None, sys.argv[4]); b = run(sys.argv[3], None, sys.argv[4])
na = nb = ch = 0
show = int(sys.argv[5]) if len(sys.argv) > 5 else 0
for x, y in zip(a, b):
    ra, rb = x.get("rewritten"), y.get("rewritten")
    da, db = defects(ra), defects(rb)
    na += bool(da); nb += bool(db)
    if ra != rb:
        ch += 1
        if show and ch <= show: print(repr(x["text"][:100]), "\n   OLD", repr((ra or "")[:100]), da, "\n   NEW", repr((rb or "")[:100]), db)
print(f"lines {len(a)}; rewritten changed {ch}; with a defect: before {na}, after {nb}")

#!/usr/bin/env python3
"""Fit the learned layer (assets/model/learned.json) the way the shipped one was fitted.

  scripts/train_model.py [--bin PATH] [--out FILE]        fit, levels chosen across the parts
  scripts/train_model.py --refresh-rules [PART] [--bin PATH]  recompute tests/data/devset/learn/rules-*.tsv
  scripts/train_model.py --cv [--bin PATH]                how much the method adds for a new trainee

The model is fitted on every tuning reply. Its levels (when it adds an id, when it withdraws a
rule's hit) are chosen across six parts that were each a frozen held-out part once, scored by
the rules *of the time they were held out* (rules that had never been tuned on them): what the
model adds there is what it adds for a new trainee. Those rule hits are stored per reply in
tests/data/devset/learn/rules-<part>.tsv; --refresh-rules remakes them from git history with
the rules alone (no learned layer), using the binary given (it reads the old phrasebooks).
"""
import argparse, json, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(__file__))
import devset

D = "tests/data/devset"
# Part -> (its writers, the commit whose rules had not been tuned on it).
PARTS = {
    "W20-W25": ("W20 W21 W22 W23 W24 W25", "0037670"),
    "W26-W31": ("W26 W27 W28 W29 W30 W31", "b09f723"),
    "W32-W37": ("W32 W33 W34 W35 W36 W37", "197d35e"),
    "W38-W43": ("W38 W39 W40 W41 W42 W43", "d1d6174"),
    "W44-W49": ("W44 W45 W46 W47 W48 W49", "3d75666"),
    "W50-W55": ("W50 W51 W52 W53 W54 W55", "57adca3"),
    "W56-W62": ("W56 W57 W58 W59 W60 W61 W62", "1e70ade"),
    "W63-W70": ("W63 W64 W65 W66 W67 W68 W69 W70", "1e70ade"),
    "W87-W94": ("W87 W88 W89 W90 W91 W92 W93 W94", "b5a5f4d"),
    "W95-W102": ("W95 W96 W97 W98 W99 W100 W101 W102", "94b17cc"),
}
TUNING = ["tune.tsv", "retired.tsv", "playtests.tsv", "fresh14.tsv", "fresh15.tsv", "fresh16.tsv"]


def tuning_rows():
    return [r for f in TUNING for r in devset.rows(os.path.join(D, f))]


def part_rows(rows, writers):
    ws = set(writers.split())
    return [r for r in rows if r["writer"] in ws]


def refresh(binary, only=None):
    rows = tuning_rows()
    for name, (writers, commit) in PARTS.items():
        if only and name != only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            tar = subprocess.run(["git", "archive", commit, "assets"], capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=tar, check=True)
            model = os.path.join(tmp, "assets", "model", "learned.json")
            if os.path.exists(model):
                os.remove(model)
            os.environ["DEFUSE_ASSETS"] = os.path.join(tmp, "assets")
            part = part_rows(rows, writers)
            found = devset.engine(part, binary)
            del os.environ["DEFUSE_ASSETS"]
        with open(os.path.join(D, "learn", f"rules-{name}.tsv"), "w", encoding="utf8") as o:
            o.write(f"uid\trules\n# rules of commit {commit}, learned layer off\n")
            for r, f in zip(part, found):
                o.write(f"{r['uid']}\t{','.join(sorted(f))}\n")
        print(name, commit, len(part))


def rules_of(name):
    out = {}
    for line in open(os.path.join(D, "learn", f"rules-{name}.tsv"), encoding="utf8").read().splitlines()[2:]:
        uid, _, ids = line.partition("\t")
        out[uid] = ids
    return out


def write(path, rows, rules=None):
    with open(path, "w", encoding="utf8") as o:
        o.write("\t".join(devset.COLS + (["rules"] if rules is not None else [])) + "\n")
        for r in rows:
            extra = [rules[r["uid"]]] if rules is not None else []
            o.write("\t".join([r[c] for c in devset.COLS] + extra) + "\n")


def fit(binary, out, leave_out=None, quiet=False):
    """Fits a model into `out`; `leave_out` names a part kept out of it entirely."""
    every = tuning_rows()
    uids = lambda name: {r["uid"] for r in part_rows(every, PARTS[name][0])}
    left = uids(leave_out) if leave_out else set()
    rows = [r for r in every if r["uid"] not in left]
    parts = [n for n in PARTS if n != leave_out]
    in_parts = set().union(*(uids(n) for n in parts))
    with tempfile.TemporaryDirectory() as tmp:
        args = [binary, "train", "--out", out]
        for name in parts:
            path = os.path.join(tmp, f"{name}.tsv")
            write(path, part_rows(rows, PARTS[name][0]), rules_of(name))
            args += ["--choose-on", path]
        rest = [r for r in rows if r["uid"] not in in_parts]
        write(os.path.join(tmp, "tuning.tsv"), rest)
        args += ["--data", os.path.join(tmp, "tuning.tsv")]
        res = subprocess.run(args, capture_output=quiet)
        if res.returncode != 0:
            sys.exit(res.stderr.decode() if quiet else res.returncode)
    note = (f"scripts/train_model.py: fitted on {len(rows)} tuning replies ({', '.join(TUNING)}); levels chosen "
            f"across {', '.join(parts)}, each with the rules of its time (tests/data/devset/learn/rules-*.tsv)")
    text = open(out, encoding="utf8").read()
    head, sep, tail = text.partition('","features":')
    assert head.startswith('{"trained_on":"') and sep, "unexpected model layout"
    with open(out, "w", encoding="utf8") as o:
        o.write(json.dumps({"trained_on": note}, ensure_ascii=False)[:-1] + ',"features":' + tail)


def counts(rows, found):
    tp = fp = fn = 0
    for r, got in zip(rows, found):
        want = {x for x in r["ids"].split(",") if x}
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    return tp, fp, fn


def show(label, c):
    tp, fp, fn = c
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"{label:24} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.4f}  tp {tp} fp {fp} fn {fn}")


def cv(binary):
    pooled = {"rules alone": [0, 0, 0], "with the model": [0, 0, 0]}
    withdrawn, added = {}, {}
    for name, (writers, commit) in PARTS.items():
        part = part_rows(tuning_rows(), writers)
        rules = rules_of(name)
        with tempfile.TemporaryDirectory() as tmp:
            tar = subprocess.run(["git", "archive", commit, "assets"], capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=tar, check=True)
            os.makedirs(os.path.join(tmp, "assets", "model"), exist_ok=True)
            fit(binary, os.path.join(tmp, "assets", "model", "learned.json"), leave_out=name, quiet=True)
            os.environ["DEFUSE_ASSETS"] = os.path.join(tmp, "assets")
            found = devset.engine(part, binary)
            del os.environ["DEFUSE_ASSETS"]
        before = [{x for x in rules[r["uid"]].split(",") if x} for r in part]
        for r, b, f in zip(part, before, found):
            want = {x for x in r["ids"].split(",") if x}
            for i in b - f:
                withdrawn.setdefault(i, [0, 0])[i in want] += 1
            for i in f - b:
                added.setdefault(i, [0, 0])[i in want] += 1
        alone = counts(part, before)
        model = counts(part, found)
        for key, c in (("rules alone", alone), ("with the model", model)):
            pooled[key] = [a + b for a, b in zip(pooled[key], c)]
        show(f"{name} rules alone", alone)
        show(f"{name} with the model", model)
    for key, c in pooled.items():
        show(f"pooled {key}", c)
    print("per id: added right/wrong, withdrawn wrongly/rightly (a right rule hit withdrawn is wrong)")
    for i in sorted(set(added) | set(withdrawn)):
        a, w = added.get(i, [0, 0]), withdrawn.get(i, [0, 0])
        print(f"  {i:20} added {a[1]:4}/{a[0]:<4} withdrawn {w[1]:4}/{w[0]:<4}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/defuse")
    ap.add_argument("--out", default="assets/model/learned.json")
    ap.add_argument("--refresh-rules", nargs="?", const="", metavar="PART", help="one part only, e.g. W56-W62")
    ap.add_argument("--cv", action="store_true")
    a = ap.parse_args()
    if a.refresh_rules is not None:
        refresh(a.bin, a.refresh_rules or None)
    elif a.cv:
        cv(a.bin)
    else:
        fit(a.bin, a.out)

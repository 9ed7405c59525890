#!/usr/bin/env python3
"""Figures of the blind playtests in tests/data/playtests/<round>/<player>/ (summary.tsv, moments.tsv):
per locale, "does not follow" moments per run, and the endings of the skilled and bad-habit runs.
Usage: scripts/playtests.py [ROUND_DIR ...]   (default: every round)"""
import collections, csv, glob, os, re, sys

GOOD = {"Resolved", "WonBack", "Rescheduled"}
root = os.path.join(os.path.dirname(__file__), "..")


def ending_kinds():
    kinds = {}
    for ron in glob.glob(os.path.join(root, "scenarios", "*", "scenario.ron")):
        sc = os.path.basename(os.path.dirname(ron))
        kinds[sc] = dict(re.findall(r'"(\w+)": Ending\(kind: (\w+)', open(ron, encoding="utf-8").read()))
    return kinds


def rows(path):
    return list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t")) if os.path.exists(path) else []


def report(round_dir, kinds):
    runs = [r for p in sorted(glob.glob(os.path.join(round_dir, "*", ""))) for r in rows(os.path.join(p, "summary.tsv"))]
    moments = [m for p in sorted(glob.glob(os.path.join(round_dir, "*", ""))) for m in rows(os.path.join(p, "moments.tsv"))]
    print(f"== {os.path.basename(round_dir.rstrip('/'))}: {len(runs)} runs, {len(moments)} moments")
    for loc in ("zh-CN", "en-US"):
        rr = [r for r in runs if r["locale"] == loc]
        mm = [m for m in moments if m["locale"] == loc]
        good = lambda r: kinds.get(r["scenario"], {}).get(r["ending"]) in GOOD
        skilled = [r for r in rr if r["kind"] == "skilled"]
        habits = [r for r in rr if r["kind"] == "habits"]
        print(f"  {loc}: {len(mm) / max(len(rr), 1):.2f} moments per run ({len(mm)}/{len(rr)}); "
              f"skilled to a good ending {sum(map(good, skilled))}/{len(skilled)}; "
              f"habits to a bad ending {sum(not good(r) for r in habits)}/{len(habits)}")
    by = collections.Counter(m["problem"] for m in moments)
    print("  by problem: " + ", ".join(f"{k} {v}" for k, v in by.most_common()))


kinds = ending_kinds()
dirs = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "tests", "data", "playtests", "round*")))
for d in dirs:
    report(d, kinds)

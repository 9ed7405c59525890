"""Turn playtest/writer runs into label tasks: uid, locale, scenario, customer line(s), reply."""
import os, sys, glob, re
def runs(root):
    for out in sorted(glob.glob(os.path.join(root, "**", "*.out"), recursive=True)):
        yield out
def parse(out):
    cust, items = [], []
    for l in open(out, encoding="utf8").read().splitlines():
        if l.startswith("  > "):
            items.append((" / ".join(cust[-2:]), l[4:]))
            cust = []
        elif not l.startswith(" ") and ":" in l and not l.startswith("=="):
            cust.append(l.split(":", 1)[1].strip())
    return items
if __name__ == "__main__":
    root, prefix, dst = sys.argv[1:4]
    n = 0
    with open(dst, "w", encoding="utf8") as o:
        o.write("uid\tlocale\tscenario\tkind\tcustomer\treply\n")
        for out in runs(root):
            base = os.path.basename(out)[:-4]
            sc, loc, kind = base.split(".")
            player = out.split(os.sep)[-3]
            txt = out[:-4] + ".txt"
            replies = [l for l in open(txt, encoding="utf8").read().splitlines() if l.strip()]
            items = parse(out)
            for i, (c, r) in enumerate(items):
                if i < len(replies): r = replies[i]
                n += 1
                o.write(f"{prefix}{player}-{n:04d}\t{loc}\t{sc}\t{kind}\t{c}\t{r.replace(chr(9), ' ')}\n")
    print(n)

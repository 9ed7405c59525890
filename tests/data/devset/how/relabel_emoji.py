"""Stop 31's settled case: an emoji in a reply is internet_slang (641 of 729 tuning lines were
already labelled so). Adds the id where a line with an emoji lacks it, in the parts named.
Usage: relabel_emoji.py FILE.tsv…   (prints the lines changed per file)"""
import re, sys
EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u231A\u231B\u23E9-\u23FA]")
for path in sys.argv[1:]:
    lines, n = open(path, encoding="utf8").read().splitlines(), 0
    for i, l in enumerate(lines[1:], 1):
        f = l.split("\t")
        if len(f) < 8 or not EMOJI.search(f[6]) or "internet_slang" in f[7].split(","):
            continue
        f[7] = ",".join([x for x in f[7].split(",") if x] + ["internet_slang"])
        lines[i], n = "\t".join(f), n + 1
    open(path, "w", encoding="utf8").write("\n".join(lines) + "\n")
    print(path, n)

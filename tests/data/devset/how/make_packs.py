import os, re, sys
SC = "/work/main/scenarios"
out = "/work/h5/packs"
for s in sorted(os.listdir(SC)):
    for loc in ["zh-CN", "zh-TW", "en-US"]:
        p = os.path.join(SC, s, loc + ".ftl")
        if not os.path.exists(p): continue
        lines = open(p, encoding="utf8").read().splitlines()
        keep, cur = [], None
        for l in lines:
            m = re.match(r"^([a-z][a-z0-9-]*)\s*=\s*(.*)$", l)
            if m:
                cur = m.group(1) if re.match(r"^(briefing|persona-|case-|title)", m.group(1)) else None
                if cur: keep.append([cur, m.group(2)])
            elif cur and l.startswith(" "):
                keep[-1][1] += " " + l.strip()
        with open(os.path.join(out, f"{s}.{loc}.md"), "w", encoding="utf8") as o:
            o.write(f"# {s} ({loc})\n\n")
            for k, v in keep:
                o.write(f"- **{k}**: {v}\n")

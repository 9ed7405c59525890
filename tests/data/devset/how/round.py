"""One labelling round of a fresh held-out part (rounds 9, 10, 11: /work/labN holds tasksA/B.tsv
and the labellers' outputs, /work/adjN the adjudicators').

  round.py disputes N HALF LABELLER_A LABELLER_B
      the rows two labellers disagree on, for an adjudicator (/work/adjN/adjHALF.tsv)
  round.py assemble N A1 A2 ADJ_A B1 B2 ADJ_B [C1 C2 ADJ_C]
      joins the task files' labellings (tasksA, tasksB and, in round 12, tasksC) and adjudications into ../heldout.tsv, and the raw pairs into
      ../double-labels.tsv (an id both labellers gave is always kept)

Round 9: disputes A LQ LR, B LS LT; assemble LQ LR AJD LS LT AJE.
Round 10: disputes A LU LV, B LW LX; assemble LU LV AJF LW LX AJG.
Round 11: disputes A LY LZ, B MA MB; assemble LY LZ AJH MA MB AJI.
Round 12: disputes A MC MD, B ME MF, C MG MH; assemble MC MD AJJ ME MF AJK MG MH AJK (one
adjudicator settled both B and C, written to one file).
Round 13: one task file per writer (tasks-W63.tsv…, HALF "-W63"); disputes -W63 MI-W63 ML-W63 …;
assemble 13 -W63:MI-W63:ML-W63:AJL … (HALF:FIRST:SECOND:ADJUDICATOR per writer).
Round 14: one task file per locale (-zhCN, -zhTW, -enUS); PART=fresh14 writes ../fresh14.tsv and
how/fresh14-double-labels.tsv instead of the held-out part."""
import collections, os, sys
from labels import lab

D = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def tasks(n, half):
    return [l.split("\t") for l in open(f"/work/lab{n}/tasks{half}.tsv", encoding="utf8").read().splitlines()[1:]]


def disputes(n, half, a, b):
    A, B = lab(f"/work/lab{n}/{a}.out.tsv"), lab(f"/work/lab{n}/{b}.out.tsv")
    rows, k = tasks(n, half), 0
    with open(f"/work/adj{n}/adj{half}.tsv", "w", encoding="utf8") as o:
        o.write("uid\tlocale\tcustomer\treply\tagreed\tdisputed\n")
        for uid, loc, sc, kind, cust, reply in rows:
            x, y = A.get(uid), B.get(uid)
            if x is None or y is None:
                print("missing", uid)
                continue
            ag = [i for i in x if i in y]
            dis = [i for i in x + y if (i in x) != (i in y)]
            if dis:
                k += 1
                o.write(f"{uid}\t{loc}\t{cust}\t{reply}\t{','.join(ag)}\t{','.join(dict.fromkeys(dis))}\n")
    print(half, "disputed rows:", k, "of", len(rows))


def assemble(n, *labellers):
    rows, raw = [], []
    if ":" in labellers[0]:
        # Round 13 on: one task file per writer, HALF:FIRST:SECOND:ADJUDICATOR each.
        quads = [x.split(":") for x in labellers]
    else:
        triples = [labellers[i : i + 3] for i in range(0, len(labellers), 3)]
        quads = [(h, *t) for h, t in zip("ABC", triples)]
    for h, a, b, adj in quads:
        A, B, J = lab(f"/work/lab{n}/{a}.out.tsv"), lab(f"/work/lab{n}/{b}.out.tsv"), lab(f"/work/adj{n}/{adj}.out.tsv")
        for uid, loc, sc, kind, cust, reply in tasks(n, h):
            x, y = A[uid], B[uid]
            raw.append([uid, ",".join(x), ",".join(y)])
            if set(x) == set(y):
                ids = x
            else:
                ids = J[uid]
                missing = [i for i in x if i in y and i not in ids]
                if missing:
                    print("adjudicator dropped agreed (kept)", uid, missing)
                    ids = ids + missing
            rows.append([uid, uid.split("-")[0], loc, sc, "play", kind, reply, ",".join(ids)])
    part = os.environ.get("PART", "heldout")
    with open(f"{D}/{part}.tsv", "w", encoding="utf8") as f:
        f.write("uid\twriter\tlocale\tscenario\tbeat\tvoice\ttext\tids\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    with open(f"{D}/double-labels.tsv" if part == "heldout" else f"{D}/how/{part}-double-labels.tsv", "w", encoding="utf8") as f:
        f.write("uid\tfirst\tsecond\n")
        for r in raw:
            f.write("\t".join(r) + "\n")
    print(len(rows), collections.Counter(r[2] for r in rows))


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"disputes": disputes, "assemble": assemble}[cmd](*args)

import os, subprocess, sys
LISTS = {
 "A": "bad_review_threat bargain_free_shipping damaged_parcel flash_sale_sold_out installation_no_show insulting_customer invoice_request late_parcel lost_parcel".split(),
 "B": "lost_parcel missing_gift_coupon quality_complaint refund_policy_no repeat_complainer return_outside_window wants_someones_phone wants_the_manager wrong_size_colour".split(),
}
W = {"W14": ("A", 1401), "W15": ("B", 1501), "W16": ("A", 1601), "W17": ("B", 1701), "W18": ("A", 1801), "W19": ("B", 1901)}
for w, (lst, base) in W.items():
    d = f"/work/h5/{w}/runs"
    for f in sorted(os.listdir(d)):
        if not f.endswith(".txt"): continue
        sc, loc, kind, _ = f.split(".")
        seed = base + LISTS[lst].index(sc)
        out = subprocess.run(["/work/h5/snap/defuse", "play", "--scenario", sc, "--script", os.path.join(d, f), "--locale", loc, "--seed", str(seed), "--format", "chat"], capture_output=True, text=True)
        open(os.path.join(d, f[:-4] + ".out"), "w").write(out.stdout)

import os, subprocess, sys
LISTS = {
 "A": "bad_review_threat bargain_free_shipping damaged_parcel flash_sale_sold_out installation_no_show insulting_customer invoice_request late_parcel lost_parcel".split(),
 "B": "lost_parcel missing_gift_coupon quality_complaint refund_policy_no repeat_complainer return_outside_window wants_someones_phone wants_the_manager wrong_size_colour".split(),
}
W = {"W20": ("A", 2001), "W21": ("B", 2101), "W22": ("A", 2201), "W23": ("B", 2301), "W24": ("A", 2401), "W25": ("B", 2501)}
for w, (lst, base) in W.items():
    d = f"/work/h6/{w}/runs"
    for f in sorted(os.listdir(d)):
        if not f.endswith(".txt"): continue
        sc, loc, kind, _ = f.split(".")
        seed = base + LISTS[lst].index(sc)
        out = subprocess.run(["/work/h6/snap/defuse", "play", "--scenario", sc, "--script", os.path.join(d, f), "--locale", loc, "--seed", str(seed), "--format", "chat"], capture_output=True, text=True)
        open(os.path.join(d, f[:-4] + ".out"), "w").write(out.stdout)

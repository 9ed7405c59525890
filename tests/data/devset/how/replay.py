"""Replay the held-out writers' runs and write each run's .out next to its script.
Usage: replay.py ROOT BIN [h5|…|h19] — ROOT holds <writer>/runs/*.txt (e.g. heldout-runs with a
runs/ folder per writer, or the writers' own folder), BIN is the defuse binary they played."""
import os, subprocess, sys
LISTS = {
 "A": "bad_review_threat bargain_free_shipping damaged_parcel flash_sale_sold_out installation_no_show insulting_customer invoice_request late_parcel lost_parcel".split(),
 "B": "lost_parcel missing_gift_coupon quality_complaint refund_policy_no repeat_complainer return_outside_window wants_someones_phone wants_the_manager wrong_size_colour".split(),
}
# Rounds h14 on: consecutive scenarios of the full list of 17 from an offset (key "S<offset>";
# h14 and h15 played six, h16 four, h17 seven).
ALL = sorted(set(LISTS["A"] + LISTS["B"]))
LISTS.update({f"S{k}": [ALL[(k + i) % len(ALL)] for i in range(7)] for k in range(len(ALL))})
# Per round: writer -> (scenario list, seed of its first scenario).
ROUNDS = {
 "h5": {"W14": ("A", 1401), "W15": ("B", 1501), "W16": ("A", 1601), "W17": ("B", 1701), "W18": ("A", 1801), "W19": ("B", 1901)},
 "h6": {"W20": ("A", 2001), "W21": ("B", 2101), "W22": ("A", 2201), "W23": ("B", 2301), "W24": ("A", 2401), "W25": ("B", 2501)},
 "h7": {"W26": ("A", 2601), "W27": ("B", 2701), "W28": ("A", 2801), "W29": ("B", 2901), "W30": ("A", 3001), "W31": ("B", 3101)},
 "h8": {"W32": ("A", 3201), "W33": ("B", 3301), "W34": ("A", 3401), "W35": ("B", 3501), "W36": ("A", 3601), "W37": ("B", 3701)},
 "h9": {"W38": ("A", 3801), "W39": ("B", 3901), "W40": ("A", 4001), "W41": ("B", 4101), "W42": ("A", 4201), "W43": ("B", 4301)},
 "h10": {"W44": ("A", 4401), "W45": ("B", 4501), "W46": ("A", 4601), "W47": ("B", 4701), "W48": ("A", 4801), "W49": ("B", 4901)},
 "h11": {"W50": ("A", 5001), "W51": ("B", 5101), "W52": ("A", 5201), "W53": ("B", 5301), "W54": ("A", 5401), "W55": ("B", 5501)},
 "h12": {"W56": ("A", 5601), "W57": ("B", 5701), "W58": ("A", 5801), "W59": ("B", 5901), "W60": ("A", 6001), "W61": ("B", 6101), "W62": ("B", 6201)},
 "h14": {"W73": ("S0", 7301), "W74": ("S6", 7401), "W75": ("S3", 7501), "W76": ("S9", 7601), "W77": ("S12", 7701)},
 "h15": {"W78": ("S2", 7801), "W79": ("S8", 7901), "W80": ("S11", 8001), "W81": ("S5", 8101), "W82": ("S14", 8201)},
 "h16": {"W83": ("S4", 8301), "W84": ("S10", 8401), "W85": ("S7", 8501), "W86": ("S1", 8601)},
 "h17": {"W87": ("S0", 8701), "W88": ("S5", 8801), "W89": ("S10", 8901), "W90": ("S2", 9001), "W91": ("S9", 9101), "W92": ("S4", 9201), "W93": ("S11", 9301), "W94": ("S14", 9401)},
 "h18": {"W95": ("S3", 9501), "W96": ("S8", 9601), "W97": ("S15", 9701), "W98": ("S5", 9801), "W99": ("S12", 9901), "W100": ("S1", 10001), "W101": ("S7", 10101), "W102": ("S14", 10201)},
 "h19": {"W103": ("S6", 10301), "W104": ("S11", 10401), "W105": ("S0", 10501), "W106": ("S9", 10601), "W107": ("S2", 10701), "W108": ("S4", 10801), "W109": ("S10", 10901), "W110": ("S13", 11001)},
 "h13": {"W63": ("A", 6301), "W64": ("B", 6401), "W65": ("A", 6501), "W66": ("B", 6601), "W67": ("A", 6701), "W68": ("B", 6801), "W69": ("A", 6901), "W70": ("A", 7001), "W71": ("B", 7101), "W72": ("B", 7201)},
}
root, binary, round_ = sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "h6"
for w, (lst, base) in ROUNDS[round_].items():
    d = os.path.join(root, w, "runs") if os.path.isdir(os.path.join(root, w, "runs")) else os.path.join(root, w)
    for f in sorted(os.listdir(d)):
        if not f.endswith(".txt"): continue
        sc, loc, kind, _ = f.split(".")
        seed = base + LISTS[lst].index(sc)
        out = subprocess.run([binary, "play", "--scenario", sc, "--script", os.path.join(d, f), "--locale", loc, "--seed", str(seed), "--format", "chat"], capture_output=True, text=True)
        open(os.path.join(d, f[:-4] + ".out"), "w").write(out.stdout)

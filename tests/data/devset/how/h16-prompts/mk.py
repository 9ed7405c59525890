S="bad_review_threat bargain_free_shipping damaged_parcel flash_sale_sold_out installation_no_show insulting_customer invoice_request late_parcel lost_parcel missing_gift_coupon quality_complaint refund_policy_no repeat_complainer return_outside_window wants_someones_phone wants_the_manager wrong_size_colour".split()
W={
"W83":("zh-CN",4,8301,"a Shanghai agent at a mid-size clothing shop: polite and brisk, a little formal (您这边/这边给您/麻烦您), occasional Shanghainese softeners (伐/哦哟), sometimes too quick to close the case."),
"W84":("zh-CN",10,8401,"an agent from Guangxi who types fast on a computer: long run-on replies with commas only, repeats the customer's words back, some pinyin-input homophone slips (在/再, 的/得, 做/作)."),
"W85":("zh-TW",7,8501,"a Tainan grocery-delivery agent: warm and old-fashioned polite (不好意思喔、跟您說明一下、麻煩您), Taiwanese Hokkien words now and then (歹勢、啊不然、金價), long apologies."),
"W86":("en-US",1,8601,"a customer-care agent from Texas at an online furniture store: friendly, uses first names, 'I totally get it', 'let me see what I can do', sometimes promises more than they can check."),
}
for w,(loc,start,seed,style) in W.items():
    sc=[S[(start+i)%len(S)] for i in range(4)]
    lines=[f"You are blind writer {w} for a dev set of customer-service chat replies.","",
    "Read /work/h16/WRITER-BRIEF.md first and follow it exactly (what you may and may not read, how to play one reply at a time, the three run kinds: skilled, average, habits). Also read /work/h16/TECHNIQUES.md.","",
    f"Your locale: {loc}. Your folder: /work/h16/{w}/ (write your scripts under /work/h16/{w}/runs/).",
    f"Your style, mixed into roughly half of your replies in all three kinds: {style}","",
    f"Play these {len(sc)} scenarios, three runs each (skilled, average, habits) = {len(sc)*3} runs, with the seed given (the same seed for the three runs of a scenario), always `--locale {loc} --format chat`:"]
    for i,s in enumerate(sc):
        lines.append(f"- `{s}`, seed {seed+i}: pack `/work/h16/packs/{s}.{loc}.md`")
    lines+=["",f"Name each script /work/h16/{w}/runs/<scenario>.{loc}.<kind>.txt (kind = skilled, average or habits).",
    f"Example command: `/work/h16/snap/defuse play --scenario {sc[0]} --script /work/h16/{w}/runs/{sc[0]}.{loc}.skilled.txt --locale {loc} --seed {seed} --format chat`",
    "Run it from /work/h16 (cd /work/h16 first), so the game finds its own files. A small helper script of your own in your folder (append one reply, run again) is fine.","",
    "Strictly forbidden: reading anything under /work/main, /work/ci-clone, /work/wt, /work/tuning, /work/h11, /work/h12, /work/h13, /work/h13done, /work/h14, /work/h15, /work/p13, /work/p14, /work/p15, /work/lab*, /work/adj*, /tmp, /work/h16/snap/assets, /work/h16/snap/scenarios, /work/h16/snap/locales, /work/h16/mk.py, other writers' prompt files, other writers' folders, any .ron/.ftl/.tsv/.json file you did not write; running any defuse subcommand but `play` as shown. Write every reply yourself, in context, replying to the customer's latest line; never edit an earlier reply. Vary your wording from run to run. Work steadily: aim to finish within about 40 minutes. Finish with a short message (at most 10 lines): runs played, replies written, anything that went wrong."]
    import os; os.makedirs(f"{w}/runs",exist_ok=True)
    open(f"prompts/{w}.prompt","w").write("\n".join(lines)+"\n")

S="bad_review_threat bargain_free_shipping damaged_parcel flash_sale_sold_out installation_no_show insulting_customer invoice_request late_parcel lost_parcel missing_gift_coupon quality_complaint refund_policy_no repeat_complainer return_outside_window wants_someones_phone wants_the_manager wrong_size_colour".split()
W={
"W87":("zh-CN",0,8701,"a Wuhan agent at a snack-food shop: Wuhan words slip in (蛮、冇得、搞么子、好扎实、么样), quick and direct, warm when the customer calms down."),
"W88":("zh-CN",5,8801,"a former bank call-centre agent now at an online appliance shop: scripted and formal (您好、请您、为您、感谢您的耐心), long polite sentences, sometimes stiff."),
"W89":("zh-CN",10,8901,"a Hunan agent replying on a phone between tasks: short bursts, typos from the pinyin IME, 嗯嗯/好滴/OK的, sometimes no punctuation."),
"W90":("zh-TW",2,9001,"a senior agent at a Taoyuan 3C retailer: precise and formal (敬請、煩請、為您、造成不便深感抱歉), numbered steps, Taiwan usage throughout."),
"W91":("zh-TW",9,9101,"a young agent at a Hsinchu cosmetics shop: bubbly (欸欸、超、爆、der、啾咪), emoji, English words mixed in (OK、sorry、check、refund)."),
"W92":("en-US",4,9201,"a Boston agent at a bookstore chain: wordy and wry, 'wicked' now and then, polite but sometimes a little sarcastic."),
"W93":("en-US",11,9301,"a Filipino BPO agent: 'Sir'/'Ma'am', 'kindly', 'for your reference', 'I will be the one to', very polite and formal, sometimes long-winded."),
"W94":("en-US",14,9401,"a California surf-shop agent: 'dude', 'totally', 'stoked', 'no stress', chill, sometimes too relaxed about the problem."),
}
for w,(loc,start,seed,style) in W.items():
    sc=[S[(start+i)%len(S)] for i in range(7)]
    lines=[f"You are blind writer {w} for a dev set of customer-service chat replies.","",
    "Read /work/h17/WRITER-BRIEF.md first and follow it exactly (what you may and may not read, how to play one reply at a time, the three run kinds: skilled, average, habits). Also read /work/h17/TECHNIQUES.md.","",
    f"Your locale: {loc}. Your folder: /work/h17/{w}/ (write your scripts under /work/h17/{w}/runs/).",
    f"Your style, mixed into roughly half of your replies in all three kinds: {style}","",
    f"Play these {len(sc)} scenarios, three runs each (skilled, average, habits) = {len(sc)*3} runs, with the seed given (the same seed for the three runs of a scenario), always `--locale {loc} --format chat`:"]
    for i,s in enumerate(sc):
        lines.append(f"- `{s}`, seed {seed+i}: pack `/work/h17/packs/{s}.{loc}.md`")
    lines+=["",f"Name each script /work/h17/{w}/runs/<scenario>.{loc}.<kind>.txt (kind = skilled, average or habits).",
    f"Example command: `/work/h17/snap/defuse play --scenario {sc[0]} --script /work/h17/{w}/runs/{sc[0]}.{loc}.skilled.txt --locale {loc} --seed {seed} --format chat`",
    "Run it from /work/h17 (cd /work/h17 first), so the game finds its own files. A small helper script of your own in your folder (append one reply, run again) is fine.","",
    "Strictly forbidden: reading anything under /work/main, /work/ci-clone, /work/wt, /work/tuning, /work/h11, /work/h12, /work/h13, /work/h13done, /work/h14, /work/h15, /work/h16, /work/p16, /work/p17, /work/p13, /work/p14, /work/p15, /work/lab*, /work/adj*, /tmp, /work/h17/snap/assets, /work/h17/snap/scenarios, /work/h17/snap/locales, /work/h17/mk.py, other writers' prompt files, other writers' folders, any .ron/.ftl/.tsv/.json file you did not write; running any defuse subcommand but `play` as shown. Write every reply yourself, in context, replying to the customer's latest line; never edit an earlier reply. Vary your wording from run to run. Work steadily: aim to finish within about 50 minutes. Finish with a short message (at most 10 lines): runs played, replies written, anything that went wrong."]
    import os; os.makedirs(f"{w}/runs",exist_ok=True)
    open(f"prompts/{w}.prompt","w").write("\n".join(lines)+"\n")

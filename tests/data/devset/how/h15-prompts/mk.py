S="bad_review_threat bargain_free_shipping damaged_parcel flash_sale_sold_out installation_no_show insulting_customer invoice_request late_parcel lost_parcel missing_gift_coupon quality_complaint refund_policy_no repeat_complainer return_outside_window wants_someones_phone wants_the_manager wrong_size_colour".split()
W={
"W78":("zh-CN",2,7801,"a veteran agent at a home-appliance flagship store who has heard it all: condescending, explains the rules at length, 您要知道/说实话/我跟您讲, sighs (唉), quick to say it is not the shop's fault."),
"W79":("zh-CN",8,7901,"a young agent at a cosmetics shop on Pinduoduo: 亲亲/宝/哈喽, many emoji and ～, cheerful canned lines pasted even when they do not fit, pushes the customer to do the steps herself."),
"W80":("zh-TW",11,8001,"an agent at a Kaohsiung 3C accessories shop on Shopee: casual, 欸/啦/喔/耶, sometimes impatient, says 我也沒辦法 and blames the courier or the platform, short replies."),
"W81":("en-US",5,8101,"a jaded agent at a big-box electronics retailer: flat, curt, 'per our policy', 'nothing I can do', 'you'll need to', little patience for repeated questions, occasional sarcasm."),
"W82":("en-US",14,8201,"a Gen-Z agent at a streetwear brand: lowercase, 'ngl', 'fr', 'lowkey', 'bestie', 'no worries!!', very casual, sometimes brushes problems off as no big deal."),
}
for w,(loc,start,seed,style) in W.items():
    sc=[S[(start+i)%len(S)] for i in range(6)]
    lines=[f"You are blind writer {w} for a dev set of customer-service chat replies.","",
    "Read /work/h15/WRITER-BRIEF.md first and follow it exactly (what you may and may not read, how to play one reply at a time). Also read /work/h15/TECHNIQUES.md.","",
    "**This round differs from the brief in one point: two runs per scenario, `average` and `habits` (no skilled run).** The habits runs matter most: write the slips real tired or careless agents make (hiding behind rules, blaming the customer or the courier, ordering the customer about, brushing off, arguing back, lecturing, vague promises, badmouthing the shop or colleagues, chat slang, negative wording), in your own words and mixed with ordinary replies, not as a checklist; the average runs are well-meant but generic, with the odd slip.","",
    f"Your locale: {loc}. Your folder: /work/h15/{w}/ (write your scripts under /work/h15/{w}/runs/).",
    f"Your style, mixed into roughly half of your replies in both kinds: {style}","",
    f"Play these {len(sc)} scenarios, two runs each (average, habits) = {len(sc)*2} runs, with the seed given (the same seed for both runs of a scenario), always `--locale {loc} --format chat`:"]
    for i,s in enumerate(sc):
        lines.append(f"- `{s}`, seed {seed+i}: pack `/work/h15/packs/{s}.{loc}.md`")
    lines+=["",f"Name each script /work/h15/{w}/runs/<scenario>.{loc}.<kind>.txt (kind = average or habits).",
    f"Example command: `/work/h15/snap/defuse play --scenario {sc[0]} --script /work/h15/{w}/runs/{sc[0]}.{loc}.habits.txt --locale {loc} --seed {seed} --format chat`",
    "Run it from /work/h15 (cd /work/h15 first), so the game finds its own files. A small helper script of your own in your folder (append one reply, run again) is fine.","",
    "Strictly forbidden: reading anything under /work/main, /work/ci-clone, /work/wt, /work/tuning, /work/h11, /work/h12, /work/h13, /work/h13done, /work/h14, /work/p13, /work/p14, /work/p15, /work/lab*, /work/adj*, /tmp, /work/h15/snap/assets, /work/h15/snap/scenarios, /work/h15/snap/locales, /work/h15/mk.py, other writers' prompt files, other writers' folders, any .ron/.ftl/.tsv/.json file you did not write; running any defuse subcommand but `play` as shown. Write every reply yourself, in context, replying to the customer's latest line; never edit an earlier reply. Vary your wording from run to run. Work steadily: aim to finish within about 45 minutes. Finish with a short message (at most 10 lines): runs played, replies written, anything that went wrong."]
    import os; os.makedirs(f"{w}/runs",exist_ok=True)
    open(f"prompts/{w}.prompt","w").write("\n".join(lines)+"\n")

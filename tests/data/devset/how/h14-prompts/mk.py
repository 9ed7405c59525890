S="bad_review_threat bargain_free_shipping damaged_parcel flash_sale_sold_out installation_no_show insulting_customer invoice_request late_parcel lost_parcel missing_gift_coupon quality_complaint refund_policy_no repeat_complainer return_outside_window wants_someones_phone wants_the_manager wrong_size_colour".split()
W={
"W73":("zh-CN",0,7301,"a burnt-out agent at a big Taobao store on a Double-11 night shift: pastes canned lines, 亲/哈/哦, short and impatient, falls back on shop rules and tells the customer what to do."),
"W74":("zh-CN",6,7401,"an agent from Sichuan/Chongqing whose speech shows in chat (嘛、噻、撒子、晓得、莫得、巴适、要得), quick to get defensive and argue when accused, warm when things go well."),
"W75":("zh-TW",3,7501,"a Taipei shop agent, blunt and casual: 齁、欸、啦、蛤、真的假的, often 你 rather than 您, a little sarcastic when tired, short replies."),
"W76":("en-US",9,7601,"a Southern US agent: 'hon', 'sweetie', 'y'all', 'bless your heart'; sounds polite but can be condescending, explains at length how the customer should have done things."),
"W77":("en-US",12,7701,"an offshore call-centre agent with learner English: 'kindly', 'do the needful', 'revert back', 'same will be done', 'as per policy', long formal sentences, hides behind procedure."),
}
for w,(loc,start,seed,style) in W.items():
    sc=[S[(start+i)%len(S)] for i in range(6)]
    lines=[f"You are blind writer {w} for a dev set of customer-service chat replies.","",
    "Read /work/h14/WRITER-BRIEF.md first and follow it exactly (what you may and may not read, how to play one reply at a time). Also read /work/h14/TECHNIQUES.md.","",
    "**This round differs from the brief in one point: two runs per scenario, `average` and `habits` (no skilled run).** The habits runs matter most: write the slips real tired or careless agents make (hiding behind rules, blaming the customer or the courier, ordering the customer about, brushing off, arguing back, lecturing, vague promises, badmouthing the shop or colleagues, chat slang, negative wording), in your own words and mixed with ordinary replies, not as a checklist; the average runs are well-meant but generic, with the odd slip.","",
    f"Your locale: {loc}. Your folder: /work/h14/{w}/ (write your scripts under /work/h14/{w}/runs/).",
    f"Your style, mixed into roughly half of your replies in both kinds: {style}","",
    f"Play these {len(sc)} scenarios, two runs each (average, habits) = {len(sc)*2} runs, with the seed given (the same seed for both runs of a scenario), always `--locale {loc} --format chat`:"]
    for i,s in enumerate(sc):
        lines.append(f"- `{s}`, seed {seed+i}: pack `/work/h14/packs/{s}.{loc}.md`")
    lines+=["",f"Name each script /work/h14/{w}/runs/<scenario>.{loc}.<kind>.txt (kind = average or habits).",
    f"Example command: `/work/h14/snap/defuse play --scenario {sc[0]} --script /work/h14/{w}/runs/{sc[0]}.{loc}.habits.txt --locale {loc} --seed {seed} --format chat`",
    "Run it from /work/h14 (cd /work/h14 first), so the game finds its own files. A small helper script of your own in your folder (append one reply, run again) is fine.","",
    "Strictly forbidden: reading anything under /work/main, /work/ci-clone, /work/wt, /work/tuning, /work/h11, /work/h12, /work/h13, /work/h13done, /work/p13, /work/p14, /work/p15, /work/lab*, /work/adj*, /tmp, /work/h14/snap/assets, /work/h14/snap/scenarios, /work/h14/snap/locales, /work/h14/mk.py, other writers' prompt files, other writers' folders, any .ron/.ftl/.tsv/.json file you did not write; running any defuse subcommand but `play` as shown. Write every reply yourself, in context, replying to the customer's latest line; never edit an earlier reply. Vary your wording from run to run. Work steadily: aim to finish within about 45 minutes. Finish with a short message (at most 10 lines): runs played, replies written, anything that went wrong."]
    import os; os.makedirs(f"{w}/runs",exist_ok=True)
    open(f"prompts/{w}.prompt","w").write("\n".join(lines)+"\n")

"""The task messages of the blind writers of rounds h14–h19 (`hN-prompts/W*.prompt`), rebuilt from
one template: `writer_prompts.py ROUND OUT_DIR` writes them again, byte-identical with the
committed ones. Each writer plays consecutive scenarios of the 17 from an offset, with seeds
counting up from its own; `replay.py` replays the runs with the same offsets and seeds."""
import os, sys

S = ("bad_review_threat bargain_free_shipping damaged_parcel flash_sale_sold_out installation_no_show insulting_customer "
     "invoice_request late_parcel lost_parcel missing_gift_coupon quality_complaint refund_policy_no repeat_complainer "
     "return_outside_window wants_someones_phone wants_the_manager wrong_size_colour").split()
# The careless-agent rounds (h14, h15) played two kinds; the others all three.
HABITS = ("**This round differs from the brief in one point: two runs per scenario, `average` and `habits` (no skilled run).** "
          "The habits runs matter most: write the slips real tired or careless agents make (hiding behind rules, blaming the "
          "customer or the courier, ordering the customer about, brushing off, arguing back, lecturing, vague promises, "
          "badmouthing the shop or colleagues, chat slang, negative wording), in your own words and mixed with ordinary "
          "replies, not as a checklist; the average runs are well-meant but generic, with the odd slip.")
OLD = "/work/main, /work/ci-clone, /work/wt, /work/tuning, /work/h11, /work/h12, /work/h13, /work/h13done, "
LATE = "/work/p13, /work/p14, /work/p15, /work/lab*, /work/adj*, /tmp"
# Per round: scenarios per writer, kinds, minutes, folders forbidden besides OLD and LATE, and the
# writers: (locale, scenario offset, first seed, style).
ROUNDS = {
 "h14": (6, ("average", "habits"), 45, "", {
    "W73":("zh-CN",0,7301,"a burnt-out agent at a big Taobao store on a Double-11 night shift: pastes canned lines, 亲/哈/哦, short and impatient, falls back on shop rules and tells the customer what to do."),
    "W74":("zh-CN",6,7401,"an agent from Sichuan/Chongqing whose speech shows in chat (嘛、噻、撒子、晓得、莫得、巴适、要得), quick to get defensive and argue when accused, warm when things go well."),
    "W75":("zh-TW",3,7501,"a Taipei shop agent, blunt and casual: 齁、欸、啦、蛤、真的假的, often 你 rather than 您, a little sarcastic when tired, short replies."),
    "W76":("en-US",9,7601,"a Southern US agent: 'hon', 'sweetie', 'y'all', 'bless your heart'; sounds polite but can be condescending, explains at length how the customer should have done things."),
    "W77":("en-US",12,7701,"an offshore call-centre agent with learner English: 'kindly', 'do the needful', 'revert back', 'same will be done', 'as per policy', long formal sentences, hides behind procedure."),
 }),
 "h15": (6, ("average", "habits"), 45, "/work/h14, ", {
    "W78":("zh-CN",2,7801,"a veteran agent at a home-appliance flagship store who has heard it all: condescending, explains the rules at length, 您要知道/说实话/我跟您讲, sighs (唉), quick to say it is not the shop's fault."),
    "W79":("zh-CN",8,7901,"a young agent at a cosmetics shop on Pinduoduo: 亲亲/宝/哈喽, many emoji and ～, cheerful canned lines pasted even when they do not fit, pushes the customer to do the steps herself."),
    "W80":("zh-TW",11,8001,"an agent at a Kaohsiung 3C accessories shop on Shopee: casual, 欸/啦/喔/耶, sometimes impatient, says 我也沒辦法 and blames the courier or the platform, short replies."),
    "W81":("en-US",5,8101,"a jaded agent at a big-box electronics retailer: flat, curt, 'per our policy', 'nothing I can do', 'you'll need to', little patience for repeated questions, occasional sarcasm."),
    "W82":("en-US",14,8201,"a Gen-Z agent at a streetwear brand: lowercase, 'ngl', 'fr', 'lowkey', 'bestie', 'no worries!!', very casual, sometimes brushes problems off as no big deal."),
 }),
 "h16": (4, ("skilled", "average", "habits"), 40, "/work/h14, /work/h15, ", {
    "W83":("zh-CN",4,8301,"a Shanghai agent at a mid-size clothing shop: polite and brisk, a little formal (您这边/这边给您/麻烦您), occasional Shanghainese softeners (伐/哦哟), sometimes too quick to close the case."),
    "W84":("zh-CN",10,8401,"an agent from Guangxi who types fast on a computer: long run-on replies with commas only, repeats the customer's words back, some pinyin-input homophone slips (在/再, 的/得, 做/作)."),
    "W85":("zh-TW",7,8501,"a Tainan grocery-delivery agent: warm and old-fashioned polite (不好意思喔、跟您說明一下、麻煩您), Taiwanese Hokkien words now and then (歹勢、啊不然、金價), long apologies."),
    "W86":("en-US",1,8601,"a customer-care agent from Texas at an online furniture store: friendly, uses first names, 'I totally get it', 'let me see what I can do', sometimes promises more than they can check."),
 }),
 "h17": (7, ("skilled", "average", "habits"), 50, "/work/h14, /work/h15, /work/h16, /work/p16, /work/p17, ", {
    "W87":("zh-CN",0,8701,"a Wuhan agent at a snack-food shop: Wuhan words slip in (蛮、冇得、搞么子、好扎实、么样), quick and direct, warm when the customer calms down."),
    "W88":("zh-CN",5,8801,"a former bank call-centre agent now at an online appliance shop: scripted and formal (您好、请您、为您、感谢您的耐心), long polite sentences, sometimes stiff."),
    "W89":("zh-CN",10,8901,"a Hunan agent replying on a phone between tasks: short bursts, typos from the pinyin IME, 嗯嗯/好滴/OK的, sometimes no punctuation."),
    "W90":("zh-TW",2,9001,"a senior agent at a Taoyuan 3C retailer: precise and formal (敬請、煩請、為您、造成不便深感抱歉), numbered steps, Taiwan usage throughout."),
    "W91":("zh-TW",9,9101,"a young agent at a Hsinchu cosmetics shop: bubbly (欸欸、超、爆、der、啾咪), emoji, English words mixed in (OK、sorry、check、refund)."),
    "W92":("en-US",4,9201,"a Boston agent at a bookstore chain: wordy and wry, 'wicked' now and then, polite but sometimes a little sarcastic."),
    "W93":("en-US",11,9301,"a Filipino BPO agent: 'Sir'/'Ma'am', 'kindly', 'for your reference', 'I will be the one to', very polite and formal, sometimes long-winded."),
    "W94":("en-US",14,9401,"a California surf-shop agent: 'dude', 'totally', 'stoked', 'no stress', chill, sometimes too relaxed about the problem."),
 }),
 "h18": (7, ("skilled", "average", "habits"), 50, "/work/h14, /work/h15, /work/h16, /work/h17, /work/p16, /work/p17, /work/p20, /work/p21, ", {
    "W95":("zh-CN",3,9501,"a Tianjin agent at a sporting-goods shop: chatty and joking (得嘞、您呐、甭、倍儿、介个), treats the customer like a neighbour, sometimes too familiar."),
    "W96":("zh-CN",8,9601,"a college student working part-time for a stationery shop: internet shorthand (dbq、xs、yyds、绝绝子、家人们、呜呜), ～ and emoji, lowercase pinyin initials now and then."),
    "W97":("zh-CN",15,9701,"a team lead at a fresh-produce platform covering the chat: calm and methodical, 咱们/第一…第二…, concrete times and amounts, sometimes too procedural."),
    "W98":("zh-TW",5,9801,"an agent at a Taipei baby-products brand: gentle and motherly (別擔心喔、我懂、辛苦了、呢), long replies, sometimes too chatty."),
    "W99":("zh-TW",12,9901,"an agent at a gaming-peripherals shop who lives on PTT: terse, net slang (傻眼、母湯、QQ、XD、是在哈囉、88), sometimes snarky."),
    "W100":("en-US",1,10001,"a Philadelphia sneaker-store agent: blunt and quick ('listen', 'gonna', 'no prob', 'my bad'), friendly in a rough way."),
    "W101":("en-US",7,10101,"an agent trained in insurance claims now at a home-goods site: formal, passive voice ('it has been noted', 'we regret'), policy-heavy, long sentences."),
    "W102":("en-US",14,10201,"a Pacific Northwest outdoor-gear agent: earnest, hedges a lot ('I think', 'kind of', 'maybe'), 'folks', 'for sure', over-explains."),
 }),
 "h19": (7, ("skilled", "average", "habits"), 50, "/work/h14, /work/h15, /work/h16, /work/h17, /work/h18, /work/judge31*, /work/p16, /work/p17, /work/p20, /work/p21, ", {
    "W103":("zh-CN",6,10301,"a Xi'an agent at a tea-leaf shop: Shaanxi words slip in (咋咧、美滴很、嘹咂咧、额、谝), warm but blunt, quick to joke."),
    "W104":("zh-CN",11,10401,"a first-week intern at a pet-supplies shop: over-apologises, long run-on messages with 呢/哈/嘛, unsure of the rules, asks the customer to wait while she checks."),
    "W105":("zh-CN",0,10501,"the owner of a small handmade-leather shop answering chat himself: proud of his goods, defensive about quality, terse, 老板 voice (我做了十几年、不可能)."),
    "W106":("zh-TW",9,10601,"a middle-aged agent at a Tainan kitchenware shop: types with Zhuyin, 喔/捏/啦, homophone slips (在/再、的/得), old-style courtesy (敬請見諒、不好意思捏)."),
    "W107":("zh-TW",2,10701,"an agent at a big Taiwanese shopping platform: procedural and canned (依規定、系統顯示、請您耐心等候、已為您反映), polite but stiff, quick to pass the case on."),
    "W108":("en-US",4,10801,"a Minnesota-nice agent at a quilting-supply store: 'oh gosh', 'you betcha', 'ope', very apologetic, refuses indirectly and sometimes too vaguely."),
    "W109":("en-US",10,10901,"a retired schoolteacher working part-time for a craft-supply site: correct, complete sentences, explains patiently, slides into lecturing and 'as I said'."),
    "W110":("en-US",13,11001,"a Russian-L1 agent at an electronics marketplace: drops articles, direct and blunt ('please wait', 'is not possible', 'you must'), efficient, sometimes cold."),
 }),
}


def prompt(r, w, loc, start, seed, style):
    n, kinds, minutes, forbid, _ = ROUNDS[r]
    root, two = f"/work/{r}", len(kinds) == 2
    sc = [S[(start + i) % len(S)] for i in range(n)]
    lines = [f"You are blind writer {w} for a dev set of customer-service chat replies.", ""]
    if two:
        lines += [f"Read {root}/WRITER-BRIEF.md first and follow it exactly (what you may and may not read, how to play one reply at a time). Also read {root}/TECHNIQUES.md.", "", HABITS, ""]
    else:
        lines += [f"Read {root}/WRITER-BRIEF.md first and follow it exactly (what you may and may not read, how to play one reply at a time, the three run kinds: skilled, average, habits). Also read {root}/TECHNIQUES.md.", ""]
    runs = f"two runs each (average, habits) = {n * 2} runs, with the seed given (the same seed for both runs" if two else \
        f"three runs each (skilled, average, habits) = {n * 3} runs, with the seed given (the same seed for the three runs"
    lines += [f"Your locale: {loc}. Your folder: {root}/{w}/ (write your scripts under {root}/{w}/runs/).",
              f"Your style, mixed into roughly half of your replies in {'both kinds' if two else 'all three kinds'}: {style}", "",
              f"Play these {n} scenarios, {runs} of a scenario), always `--locale {loc} --format chat`:"]
    lines += [f"- `{s}`, seed {seed + i}: pack `{root}/packs/{s}.{loc}.md`" for i, s in enumerate(sc)]
    lines += ["", f"Name each script {root}/{w}/runs/<scenario>.{loc}.<kind>.txt (kind = {'average or habits' if two else 'skilled, average or habits'}).",
              f"Example command: `{root}/snap/defuse play --scenario {sc[0]} --script {root}/{w}/runs/{sc[0]}.{loc}.{'habits' if two else 'skilled'}.txt --locale {loc} --seed {seed} --format chat`",
              f"Run it from {root} (cd {root} first), so the game finds its own files. A small helper script of your own in your folder (append one reply, run again) is fine.", "",
              f"Strictly forbidden: reading anything under {OLD}{forbid}{LATE}, {root}/snap/assets, {root}/snap/scenarios, {root}/snap/locales, {root}/mk.py, other writers' prompt files, other writers' folders, any .ron/.ftl/.tsv/.json file you did not write; running any defuse subcommand but `play` as shown. Write every reply yourself, in context, replying to the customer's latest line; never edit an earlier reply. Vary your wording from run to run. Work steadily: aim to finish within about {minutes} minutes. Finish with a short message (at most 10 lines): runs played, replies written, anything that went wrong."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    r, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for w, (loc, start, seed, style) in ROUNDS[r][4].items():
        open(os.path.join(out, f"{w}.prompt"), "w", encoding="utf8").write(prompt(r, w, loc, start, seed, style))

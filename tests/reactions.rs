//! The customer reacts to what was said, then goes on: taboos are named, questions answered
//! (from the scenario's case file where the scenario says so), times acknowledged; the
//! reactions vary with the seed, repeat with it, and do not repeat within a run.

use defuse::locale::Locale;
use defuse::scenario::library::{Library, default_rules};
use defuse::scenario::reaction::{Source, text};
use defuse::scenario::runtime::Run;
use defuse::scenario::{LoadedScenario, Rules};
use std::path::Path;

fn example() -> (LoadedScenario, Rules) {
    shipped("late_parcel")
}

/// A shipped scenario, loaded with the default rules.
fn shipped(name: &str) -> (LoadedScenario, Rules) {
    let rules = default_rules().expect("rules load");
    let mut lib = Library::load(&Path::new("scenarios").join(name), Some(&rules));
    (lib.scenarios.remove(0), rules)
}

fn said(ls: &LoadedScenario, rules: &Rules, seed: u64, locale: Locale, replies: &[&str]) -> Vec<Option<String>> {
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), seed, locale, false).unwrap();
    replies.iter().map(|r| run.turn(r, 0.0).reaction.map(|x| text(&x, &ls.text, &rules.reactions, locale))).collect()
}

#[test]
fn a_taboo_is_named_for_what_it_was() {
    let (ls, rules) = example();
    let got = said(&ls, &rules, 7, Locale::ZhCn, &["公司规定就是这样，我也没办法"]);
    let r = got[0].as_deref().expect("a reaction to policy_shield");
    assert!(r.contains("规定"), "{r}");
    let got = said(&ls, &rules, 7, Locale::EnUs, &["That's company policy, nothing I can do."]);
    assert!(got[0].as_deref().is_some_and(|r| r.to_lowercase().contains("polic") || r.contains("rules")), "{got:?}");
}

#[test]
fn a_probing_question_gets_the_fact_from_the_case_file() {
    let (ls, rules) = example();
    let replies = ["非常抱歉让您担心了，请问您是什么时候下的单？"];
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 7, Locale::ZhCn, false).unwrap();
    let t = run.turn(replies[0], 0.0);
    assert!(t.analysis.has_technique("probing_question"), "{:?}", t.analysis.technique_ids());
    let r = t.reaction.expect("the question is answered");
    assert_eq!(r.source, Source::Scenario, "late_parcel answers with its own case facts");
    let words = text(&r, &ls.text, &rules.reactions, Locale::ZhCn);
    assert!(words.contains("20261118-55102") || words.contains("11月18日"), "{words}");
}

#[test]
fn a_given_time_is_acknowledged_and_a_plain_reply_gets_no_reaction() {
    let (ls, rules) = example();
    let got = said(
        &ls,
        &rules,
        7,
        Locale::ZhCn,
        &[
            "您好，非常理解您着急的心情。",
            "请稍等，我查一下物流，大约两分钟。",
            "我会在今天下午5点前给您回复最新进展。",
        ],
    );
    assert!(got[2].as_deref().is_some_and(|r| r.contains("时间") || r.contains("记下")), "{got:?}");
    let plain = said(&ls, &rules, 7, Locale::ZhCn, &["嗯"]);
    assert_eq!(plain, vec![None]);
}

#[test]
fn reactions_repeat_with_the_seed_vary_across_seeds_and_do_not_repeat_in_a_run() {
    let (ls, rules) = example();
    let taboos = ["公司规定就是这样", "公司规定就是这样", "公司规定就是这样"];
    assert_eq!(said(&ls, &rules, 3, Locale::ZhCn, &taboos), said(&ls, &rules, 3, Locale::ZhCn, &taboos));
    let firsts: std::collections::BTreeSet<_> =
        (0..20).map(|s| said(&ls, &rules, s, Locale::ZhCn, &taboos[..1])[0].clone()).collect();
    assert!(firsts.len() > 1, "every seed gives the same reaction: {firsts:?}");
    // Two concrete replies in a row: the customer acknowledges both, in different words.
    for seed in 0..10 {
        let run = said(&ls, &rules, seed, Locale::ZhCn, &["订单20261118-55102。", "订单20261118-55102。"]);
        let [Some(a), Some(b)] = &run[..] else { panic!("seed {seed}: {run:?}") };
        assert_ne!(a, b, "seed {seed}: the same reaction twice");
    }
}

#[test]
fn every_shared_reaction_exists_in_all_three_locales() {
    let ids = |l: &str| -> std::collections::BTreeSet<String> {
        defuse::scenario::reaction::ids_in(&std::fs::read_to_string(format!("assets/reactions/{l}.ftl")).unwrap())
            .collect()
    };
    assert_eq!(ids("zh-CN"), ids("en-US"));
    assert_eq!(ids("zh-CN"), ids("zh-TW"));
    for id in defuse::phrasing::ids::TABOOS {
        assert!(ids("zh-CN").contains(&format!("react-taboo-{id}-1")), "no reaction to {id}");
    }
}

#[test]
fn options_offered_with_a_question_are_weighed_not_answered_as_a_question() {
    let (ls, rules) = example();
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 7, Locale::ZhCn, false).unwrap();
    let t = run.turn("可以马上给您补发，或者全额退款，您选哪个都行。请问包裹外箱有没有破损？方便拍张照片给我吗？", 0.0);
    assert!(t.analysis.has_technique("probing_question"), "{:?}", t.analysis.technique_ids());
    let r = t.reaction.expect("the choice gets a reaction");
    assert_eq!(r.key, "technique-offer_alternative", "{r:?}");
}

#[test]
fn a_time_committed_with_a_request_for_facts_is_taken_before_the_request() {
    let (ls, rules) = shipped("invoice_request");
    // A blind player's answer to an irritated "can you do it or not": yes, a time, then the facts needed.
    let reply = "能辦。我這邊走加急，明天中午十二點前把電子專票寄到您信箱。需要的資料是公司全稱和納稅人識別號，您方便的時候發給我就行。";
    for seed in 0..6 {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), seed, Locale::ZhTw, false).unwrap();
        let t = run.turn(reply, 0.0);
        let ids = t.analysis.technique_ids();
        assert!(ids.contains(&"commit_timeline") && ids.contains(&"probing_question"), "{ids:?}");
        let r = t.reaction.expect("a reaction");
        assert_eq!(r.key, "technique-commit_timeline", "seed {seed}: she complains she was asked instead: {r:?}");
    }
}

#[test]
fn her_complaint_said_back_to_her_is_confirmed_before_the_facts_in_it() {
    let (ls, rules) = shipped("refund_policy_no");
    // A blind player's opening: greeting, her complaint said back with its facts (#02), a question.
    let reply = "吴小姐您好，我是客服小林。您是说#02自然色上脸偏暗，用了几次还是不合适，想退款对吧？";
    for seed in 0..6 {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), seed, Locale::ZhCn, false).unwrap();
        let t = run.turn(reply, 0.0);
        assert!(t.analysis.has_technique("paraphrase_confirm"), "{:?}", t.analysis.technique_ids());
        let r = t.reaction.expect("a reaction");
        assert_eq!(r.key, "technique-paraphrase_confirm", "seed {seed}: a bare acknowledgement instead: {r:?}");
    }
}

#[test]
fn a_gentle_customer_offered_a_remedy_is_relieved_not_bargaining() {
    let (ls, rules) = shipped("lost_parcel");
    let reply = "阿姨您别担心，这单丢了是我们的责任，我今天就给您免费补发一份，或者全额退款，您看哪个合适？";
    for seed in 0..6 {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), seed, Locale::ZhCn, false).unwrap();
        let t = run.turn(reply, 0.0);
        let r = t.reaction.expect("a reaction");
        let said = text(&r, &ls.text, &run.rules().reactions, Locale::ZhCn);
        // Asked "哪个合适？", she may take one of the two.
        assert!(["technique-offer_alternative", "choice"].contains(&r.key.as_str()), "{r:?}");
        assert!(
            !said.contains("考虑") && !said.contains("至少"),
            "seed {seed}: she bargains over a free remedy: {said}"
        );
    }
}

#[test]
fn a_fault_owned_while_quoting_the_old_accusation_is_not_heard_as_blame() {
    let (ls, rules) = shipped("wants_the_manager");
    // A blind player owned the wrong size; the customer answered "so it's my problem again?".
    let reply = "Mr. Qian, I get why you're upset. Our warehouse slip shows we shipped you a 42 again instead of the 43. That one's on us, not you, and you shouldn't have been told you misread it. I'm sorry about that.";
    for seed in 0..6 {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), seed, Locale::EnUs, false).unwrap();
        let t = run.turn(reply, 0.0);
        assert!(t.analysis.taboo_ids().is_empty(), "seed {seed}: {:?}", t.analysis.taboo_ids());
        assert_ne!(t.branch.as_deref(), Some("furious"), "seed {seed}: she is told off for blame nobody laid");
    }
}

/// The reaction to the first reply of damaged_parcel in `locale`.
fn damaged_parcel_answer(locale: Locale, reply: &str) -> String {
    let (ls, rules) = shipped("damaged_parcel");
    said(&ls, &rules, 3, locale, &[reply]).remove(0).expect("the question is answered")
}

#[test]
fn a_question_about_the_birthday_is_answered_with_the_birthday_not_the_delivery() {
    let birthday = damaged_parcel_answer(Locale::ZhCn, "哎呀，真是太让人心疼了。请问宝贝的生日是哪天呀？");
    assert!(birthday.contains("周六") && !birthday.contains("签收"), "{birthday}");
    let tw = damaged_parcel_answer(Locale::ZhTw, "真的很抱歉。請問孩子哪一天過生日呢？");
    assert!(tw.contains("週六"), "{tw}");
    let en = damaged_parcel_answer(Locale::EnUs, "Oh no, I'm so sorry. Could you tell me when his birthday is?");
    assert!(en.contains("Saturday"), "{en}");
    let plain = damaged_parcel_answer(Locale::EnUs, "Oh no, I'm so sorry. When is his birthday?");
    assert!(plain.contains("Saturday"), "the plain question is heard too: {plain}");
    // The birthday mentioned beside a question about the parcel: she answers about the parcel.
    let parcel = damaged_parcel_answer(Locale::ZhCn, "生日礼物碎了真的太难受了，请问包裹是哪天签收的？");
    assert!(parcel.contains("签收") && !parcel.contains("派对"), "{parcel}");
}

#[test]
fn a_question_asked_beside_an_offer_is_answered_after_the_reaction_to_the_offer() {
    let (ls, rules) = shipped("quality_complaint");
    let opening = "林小姐您好，真的很抱歉，這件事我來幫您處理。";
    let offer = "換新的話，新機今天下午順豐發出，快遞員會同時上門取回故障機，運費我們負擔。";
    let asked = format!("{offer}您方便留一個今天收件的時段嗎？");
    let got = said(&ls, &rules, 4, Locale::ZhTw, &[opening, &asked]);
    let r = got[1].as_deref().expect("a reaction");
    assert!(r.contains("在家"), "she says when she is home: {r}");
    // Without the question she only takes the offer.
    let got = said(&ls, &rules, 4, Locale::ZhTw, &[opening, offer]);
    assert!(got[1].as_deref().is_some_and(|r| !r.contains("在家")), "{got:?}");
    let en = [
        "Hi Ms. Lin, I'm so sorry, I'll take care of this for you.",
        "I can exchange it for a new dryer, or refund you in full, whichever you prefer; the courier collects the \
         faulty one, free of charge. Could you tell me a time slot today when you'll be home for the pickup?",
    ];
    let got = said(&ls, &rules, 4, Locale::EnUs, &en);
    let r = got[1].as_deref().expect("a reaction");
    assert!(r.contains("afternoon") && (r.contains(". I'm") || r.contains("! I'm")), "two sentences, one space: {r}");
    assert_eq!(r.matches("afternoon").count(), 1, "the slot is said once, not also as a shared 'at home' answer: {r}");
}

#[test]
fn a_sorry_for_the_wait_does_not_worry_her() {
    // "让您白找了半天" / "sorry to keep you waiting" is negative wording (the manual would thank her
    // for her patience), but a customer hears the sorry: she asks what comes next, she does not
    // say she is more worried (two blind players' customers did).
    let (ls, rules) = shipped("missing_gift_coupon");
    for (locale, reply) in [
        (Locale::ZhCn, "真的很抱歉，让您白找了半天。"),
        (Locale::EnUs, "Sorry to keep you waiting, that one is on us."),
    ] {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), 5, locale, false).unwrap();
        let t = run.turn(reply, 0.0);
        assert!(t.analysis.taboo_ids().contains(&"negative_wording"), "{:?}", t.analysis.taboo_ids());
        let r = t.reaction.map(|x| text(&x, &ls.text, &rules.reactions, locale)).unwrap_or_default();
        assert!(!r.contains("没底") && !r.contains("worried") && !r.contains("what goes wrong"), "{r}");
    }
}

#[test]
fn talk_of_her_friend_is_answered_about_her_friend() {
    let (ls, rules) = shipped("flash_sale_sold_out");
    let replies = [
        "您好，付款页面一直转确实很着急，请问您是几点付的尾款？",
        "闺蜜抢到了您没抢到，这确实更憋屈了。真的对不起。您跟闺蜜是打算一起用同款，还是准备送人的呀？",
    ];
    let got = said(&ls, &rules, 34, Locale::ZhCn, &replies);
    let r = got[1].as_deref().expect("a reaction");
    assert!(!r.contains("星河"), "nobody named the design: {r}");
    assert!(r.contains("同款") || r.contains("闺蜜"), "{r}");
}

#[test]
fn given_a_pickup_time_he_agrees_to_wait_before_asking_for_the_number() {
    let (ls, rules) = shipped("wants_someones_phone");
    let line_after = |replies: &[&str]| {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), 41, Locale::ZhTw, false).unwrap();
        let mut last = None;
        for r in replies {
            last = Some(run.turn(r, 0.0));
        }
        match last.map(|t| t.next) {
            Some(defuse::scenario::runtime::Next::Line(l)) => l.line,
            other => panic!("{other:?}"),
        }
    };
    let timed = line_after(&[
        "您好，請問訂單號是多少？",
        "是我們投錯了，不是您的問題。我現在就聯絡網點，2小時內上門把耳機取回。",
    ]);
    assert!(["demand-4", "demand-5"].contains(&timed.as_str()), "{timed}");
    let untimed = line_after(&["您好，請問訂單號是多少？", "是我們投錯了，不是您的問題，真的很抱歉。"]);
    assert!(!["demand-4", "demand-5"].contains(&untimed.as_str()), "{untimed}");
}

#[test]
fn a_question_asked_beside_a_taboo_is_still_answered() {
    let (ls, rules) = shipped("missing_gift_coupon");
    let first = |reply: &str| {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), 33, Locale::ZhCn, false).unwrap();
        run.turn(reply, 0.0)
    };
    // A taboo is named first, and the question is answered after it with the case's facts.
    let t = first("赠品漏发很正常啦，麻烦发一下订单号。");
    assert!(t.analysis.taboo_ids().contains(&"dismissive"), "{:?}", t.analysis.taboo_ids());
    let r = t.reaction.expect("a reaction");
    assert!(r.key.starts_with("taboo-"), "{r:?}");
    let answer = r.answer.as_deref().expect("the question is answered after the taboo is named");
    assert!(answer.key.ends_with("question"), "{answer:?}");
    assert!(text(&r, &ls.text, &rules.reactions, Locale::ZhCn).contains("炸锅"));
    // A style slip (chat slang) does not come before the answer at all.
    let t = first("亲在的~您没弄错哦，别担心。麻烦发一下订单号，我帮您看看赠品和券是怎么回事。");
    assert!(t.analysis.taboo_ids().contains(&"internet_slang"), "{:?}", t.analysis.taboo_ids());
    let r = t.reaction.expect("a reaction");
    assert!(r.key.ends_with("question"), "{r:?}");
    assert!(text(&r, &ls.text, &rules.reactions, Locale::ZhCn).contains("炸锅"));
}

#[test]
fn a_style_slip_gives_way_to_the_plan_beside_it() {
    // "Sorry for the wait" with the gift's time: she takes the time, not "so what happens now?"
    // (a blind player's customer said that right after being told).
    let (ls, rules) = shipped("missing_gift_coupon");
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 53, Locale::EnUs, false).unwrap();
    let t = run.turn("Sorry for the wait. The gift goes out before 5 pm today, I've arranged it myself.", 0.0);
    assert!(t.analysis.taboo_ids().contains(&"negative_wording"), "{:?}", t.analysis.taboo_ids());
    assert!(t.analysis.has_technique("commit_timeline"), "{:?}", t.analysis.technique_ids());
    let r = t.reaction.expect("a reaction");
    assert_eq!(r.key, "technique-commit_timeline", "{r:?}");
}

#[test]
fn the_signing_time_said_in_words_counts_as_quoting_the_case() {
    // "三点十二分" is the case file's 15:12: she does not ask again who signed (a blind player's
    // lost_parcel customer did, right after being told).
    let (ls, rules) = shipped("lost_parcel");
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 31, Locale::ZhCn, false).unwrap();
    run.turn("阿姨您好，我是客服小周，您别着急，我先帮您查一下。", 0.0);
    let t = run.turn("阿姨，系统上写的是昨天下午三点十二分本人签收，我现在就联系快递网点核实，您稍等十分钟。", 0.0);
    assert!(run.held().cited, "{:?}", run.held());
    match t.next {
        defuse::scenario::runtime::Next::Line(l) => {
            assert!(!["found-1", "found-4"].contains(&l.line.as_str()), "{}", l.line)
        }
        other => panic!("{other:?}"),
    }
}

/// A side question no scenario writes for (is it urgent, which number, which address) is
/// answered from the shared topics: three blind players' questions went unanswered.
#[test]
fn a_side_question_is_answered_from_the_shared_topics() {
    let (ls, rules) = example();
    assert!(!ls.scenario.topics.contains_key("urgency"), "late_parcel names no urgency topic of its own");
    let got = said(&ls, &rules, 7, Locale::ZhCn, &["您好，非常抱歉。您这几天是急着要用这个水壶吗？"]);
    let r = got[0].as_deref().expect("a reaction");
    assert!(r.contains("急"), "she says whether it is urgent: {r}");
    let got = said(&ls, &rules, 7, Locale::EnUs, &["I'm so sorry. Is the delivery address still the same?"]);
    assert!(got[0].as_deref().is_some_and(|r| r.to_lowercase().contains("address")), "{got:?}");
}

/// Where the case has its own facts for a shared topic, the scenario's answer is the one said
/// (invoice_request's customer wants the invoice at her company's finance email).
#[test]
fn the_scenario_answers_a_shared_topic_in_its_own_facts() {
    let (ls, rules) = shipped("invoice_request");
    let got = said(&ls, &rules, 7, Locale::ZhCn, &["您好，可以换开专票。开好后发到哪个邮箱呢？"]);
    let r = got[0].as_deref().expect("a reaction");
    assert!(r.contains("财务邮箱"), "{r}");
}

/// A topic's answer written for one kind of question serves another: "When is his birthday?"
/// heard as a topic shift still gets the birthday, not "back to my problem".
#[test]
fn a_topic_answer_serves_every_kind_of_question() {
    let (ls, rules) = shipped("bad_review_threat");
    let reply = "I'm so sorry, Ms. Tang. When is your boyfriend's birthday? I'd like to get a new one to you in time.";
    let got = said(&ls, &rules, 1404, Locale::EnUs, &[reply]);
    let r = got[0].as_deref().expect("a reaction");
    assert!(r.contains("day after tomorrow"), "{r}");
}

/// Asked about a topic and about something else in one reply, she answers both.
#[test]
fn a_topic_and_another_question_are_both_answered() {
    let (ls, rules) = example();
    let got = said(&ls, &rules, 7, Locale::ZhCn, &["您好，请问您是什么时候下的单？方便留个联系电话吗？"]);
    let r = got[0].as_deref().expect("a reaction");
    assert!(r.contains("号码") || r.contains("手机") || r.contains("电话"), "the callback number: {r}");
    assert!(r.contains("20261118-55102") || r.contains("11月18日"), "and the order: {r}");
}

/// A malformed shared topics file is refused at its line, naming the file.
#[test]
fn a_malformed_topics_file_is_refused_at_its_line() {
    let dir = std::env::temp_dir().join(format!("defuse-topics-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("reactions")).unwrap();
    std::fs::write(dir.join("reactions").join("topics.ron"), "{\n  \"address\": [\"地址\",\n  \"phone\" 3,\n}\n")
        .unwrap();
    let e = defuse::scenario::reaction::load_topics(&dir).expect_err("refused");
    assert!(e.contains("topics.ron:3:"), "{e}");
    std::fs::remove_dir_all(&dir).ok();
    assert!(defuse::scenario::reaction::load_topics(Path::new("no/such/assets")).unwrap().is_empty());
}

/// Mr. Qian, who only wants the manager, told the facts at the opening asks what comes next
/// instead of nodding "好。" and then insisting (a blind player's wants_the_manager run); a
/// customer won over is not curt with the facts (return_outside_window's "...And?" at trust 100).
#[test]
fn a_dominant_customer_given_facts_asks_what_comes_next() {
    let (ls, rules) = shipped("wants_the_manager");
    let reply = "钱先生，您好。我看了仓库出库单，11月7日给您发出的确实是42码，是我们发错了，真的很抱歉。";
    let got = said(&ls, &rules, 1303, Locale::ZhCn, &[reply]);
    let r = got[0].as_deref().expect("a reaction");
    assert!(r.contains("然后"), "{r}");
    let (other, rules) = shipped("return_outside_window");
    let facts = "Mr. Zhou, I've checked order 20261101-77120: it was delivered on 2 Nov, and the coat is the 42.";
    let got = said(&other, &rules, 1804, Locale::EnUs, &[facts]);
    assert!(!got[0].as_deref().unwrap_or("").contains("And?"), "{got:?}");
}

/// A question the engine did not hear as a technique, beside one it did, is answered too: the
/// mailbox asked after a list of invoice details (a blind player's turn went unanswered).
#[test]
fn a_topic_asked_beside_another_request_is_answered() {
    let (ls, rules) = shipped("invoice_request");
    let reply = "何女士您好，可以換開。麻煩您提供公司全稱、納稅人識別號、註冊地址及電話、開戶行及帳號。另外電子專票要寄到哪個信箱？";
    let got = said(&ls, &rules, 1602, Locale::ZhTw, &[reply]);
    let r = got[0].as_deref().expect("a reaction");
    assert!(r.contains("信箱"), "the mailbox, not the registered address: {r}");
}

/// Once she has said when the birthday is, a later question that only mentions it ("shall I send
/// it before the birthday, or refund?") is not answered with the birthday again.
#[test]
fn a_topic_she_has_answered_is_not_answered_again() {
    let (ls, rules) = shipped("bad_review_threat");
    let replies = [
        "I'm so sorry, Ms. Tang. When is your boyfriend's birthday?",
        "Shall I send the replacement so it lands before the birthday, or would you prefer a full refund?",
    ];
    let got = said(&ls, &rules, 1604, Locale::EnUs, &replies);
    assert!(got[0].as_deref().is_some_and(|r| r.contains("day after tomorrow")), "{got:?}");
    assert!(!got[1].as_deref().unwrap_or("").contains("day after tomorrow"), "{got:?}");
}

/// Two side questions in one reply get two answers, in one line.
#[test]
fn two_side_questions_get_two_answers() {
    let (ls, rules) = shipped("damaged_parcel");
    let reply = "A new one ships today by SF and reaches you tomorrow. Is it going to the same address as before? And how old is your little one turning?";
    let got = said(&ls, &rules, 1605, Locale::EnUs, &["I'm so sorry, that's awful to open.", reply]);
    let r = got[1].as_deref().expect("a reaction");
    assert!(r.contains("six") && r.to_lowercase().contains("address"), "{r}");
    assert!(r.to_lowercase().find("address") < r.find("six"), "answered in the order asked: {r}");
}

/// A run that ends on a reply asking her something still gets her reaction before the ending
/// (four blind players' last questions went unanswered).
#[test]
fn she_reacts_to_the_reply_that_ends_the_run() {
    let (ls, rules) = shipped("damaged_parcel");
    let script = std::fs::read_to_string("tests/data/playtests/listening16/P16/damaged_parcel.en-US.txt").unwrap();
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 1605, Locale::EnUs, false).unwrap();
    let last = script.lines().filter(|l| !l.trim().is_empty()).map(|r| run.turn(r, 0.0)).last().unwrap();
    assert!(matches!(last.next, defuse::scenario::runtime::Next::Ended(_)), "the script ends the run");
    assert!(last.reaction.is_some(), "she reacts before the ending");
}

/// An English question that runs over commas is one question ("Should I send it to the same
/// address as your order, or somewhere else, like your office?"), and a time promised to "the
/// phone number on the order" is no question about the number.
#[test]
fn an_english_question_over_commas_is_heard_whole_and_a_statement_asks_nothing() {
    let (ls, rules) = shipped("wrong_size_colour");
    let ask = "Thank you. Should it go to the same address as your order, or somewhere else, like your office?";
    let got = said(&ls, &rules, 1705, Locale::EnUs, &[ask]);
    assert!(got[0].as_deref().is_some_and(|r| r.to_lowercase().contains("address")), "{got:?}");
    let tell = "I'll text the tracking number to the phone number on the order today before 6 pm. Anything else I can help with?";
    let got = said(&ls, &rules, 1705, Locale::EnUs, &[tell]);
    assert!(!got[0].as_deref().unwrap_or("").contains("number on"), "{got:?}");
}

/// A colleague's work number given with the case handed to him, and "您直接找他" after he has
/// taken the case, are a handover, not a leak or a brush-off (a blind player's run ended in
/// escalation); "None of this is your fault" blames no one.
#[test]
fn a_handover_with_the_colleagues_work_number_is_no_taboo() {
    let (ls, rules) = shipped("installation_no_show");
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 1802, Locale::ZhCn, false).unwrap();
    let t = run.turn(
        "负责人是主管李强，他会在今天18:00前亲自打您的手机，并把他的工作电话留给您，明天有任何情况您直接找他。",
        0.0,
    );
    assert!(t.analysis.taboos.is_empty(), "{:?}", t.analysis.taboo_ids());
    let t = run.turn("None of this is your fault.", 0.0);
    assert!(t.analysis.taboos.is_empty(), "{:?}", t.analysis.taboo_ids());
}

/// What the customer said after each of the first `take` replies of a committed playtest run
/// (`tests/data/playtests/<path>`, one reply per line), replayed on the shipped scenario.
fn replayed(scenario: &str, path: &str, seed: u64, locale: Locale, take: usize) -> Vec<String> {
    let (ls, rules) = shipped(scenario);
    let text = std::fs::read_to_string(Path::new("tests/data/playtests").join(path)).expect("the playtest run");
    let replies: Vec<&str> = text.lines().take(take).collect();
    said(&ls, &rules, seed, locale, &replies).into_iter().map(Option::unwrap_or_default).collect()
}

#[test]
fn a_choice_question_is_answered_with_an_option_from_the_reply() {
    // Blind players asked "补发还是退款？" and "morning or evening?" and got "好，至少有个办法了" and
    // a bare "...And?".
    for (scenario, file, seed, locale, option) in [
        ("wants_someones_phone", "listening16/P18/wants_someones_phone.zh-CN.txt", 1805, Locale::ZhCn, "退款"),
        ("return_outside_window", "listening16/P18/return_outside_window.en-US.txt", 1804, Locale::EnUs, "Evening"),
    ] {
        let got = replayed(scenario, file, seed, locale, usize::MAX);
        let last = got.last().expect("a reaction to the last reply");
        assert!(last.contains(option), "{scenario}: {last}");
    }
    // A scenario's own word on its offer wins, the first time: late_parcel's customer wants the
    // kettle found before any remedy.
    let (ls, rules) = shipped("late_parcel");
    let got = said(&ls, &rules, 3, Locale::ZhTw, &["真的很抱歉讓您久等！您看是幫您重新寄一份，還是直接退款比較好？"]);
    let r = got[0].as_deref().expect("a reaction");
    assert!(!r.contains("那就"), "{r}");
}

#[test]
fn having_chosen_she_does_not_choose_again_but_answers_the_new_question() {
    // After "还是直接退款？" → "退钱吧", "留言给您，还是打电话更方便？" got a second refund line.
    let got =
        replayed("repeat_complainer", "listening16/P17/repeat_complainer.zh-CN.txt", 1704, Locale::ZhCn, usize::MAX);
    let last = got.last().expect("a reaction");
    assert!(!last.contains("退款") && !last.contains("退钱"), "{last}");
    assert!(last.contains("电话"), "{last}");
}

#[test]
fn a_statement_of_options_or_a_yes_no_question_is_not_a_choice_she_makes() {
    let (ls, rules) = shipped("late_parcel");
    for (locale, reply) in [
        (Locale::ZhCn, "我们可以补发或者退款，我先帮您查一下物流。"),
        (Locale::EnUs, "Do you still want the kettle or not?"),
    ] {
        let got = said(&ls, &rules, 3, locale, &[reply]);
        let r = got[0].clone().unwrap_or_default();
        assert!(!r.contains("那就") && !r.contains("please.") && !r.contains("Not"), "{reply}: {r}");
    }
}

#[test]
fn owning_the_damage_is_not_arguing_and_a_cut_option_is_not_said_back() {
    // P20: "这次是运输途中压坏的，责任在我们…" got "你还跟我争起来了？"; "…or ring you on that number
    // when I have them?" got "Ring me on,".
    let got = replayed("damaged_parcel", "listening17/P20/damaged_parcel.zh-CN.txt", 2001, Locale::ZhCn, 3);
    assert!(!got[2].contains("争"), "{}", got[2]);
    let got = replayed("installation_no_show", "listening17/P20/installation_no_show.en-US.txt", 2004, Locale::EnUs, 2);
    assert!(got[1].contains("Ring me on that number") && !got[1].contains("on,"), "{}", got[1]);
}

#[test]
fn a_topic_answered_in_passing_is_not_answered_again_unless_asked_again() {
    // P20: "我俩说好一起用同款的…" came twice running, the second time after "您和闺蜜还是同款" was
    // only said, not asked.
    let got = replayed("flash_sale_sold_out", "listening17/P20/flash_sale_sold_out.zh-CN.txt", 2005, Locale::ZhCn, 3);
    assert!(got[1].contains("同款") && !got[2].contains("同款"), "{} / {}", got[1], got[2]);
}

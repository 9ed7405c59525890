//! The scenario runtime and emotion model: determinism, replay, calm-first, waiting.

use defuse::locale::Locale;
use defuse::scenario::library::{Library, default_rules};
use defuse::scenario::runtime::{Next, Run};
use defuse::scenario::{LoadedScenario, Rules};
use std::path::Path;

fn example() -> (LoadedScenario, Rules) {
    let rules = default_rules().expect("rules load");
    let mut lib = Library::load(Path::new("scenarios/late_parcel"), Some(&rules));
    assert!(!lib.scenarios.is_empty(), "example scenario loads: {:?}", lib.diagnostics);
    (lib.scenarios.remove(0), rules)
}

const SKILLED: &[&str] = &[
    "您好，我是客服小林，很高兴为您服务。非常理解您等快递的着急心情。",
    "请稍等，我马上为您查询一下物流信息，大约需要两分钟。",
    "我已经联系快递公司加急处理，我会在今天下午5点前给您回复最新进展。",
    "感谢您的耐心，如果还有任何问题请随时联系我们。",
];

#[test]
fn same_seed_and_replies_give_the_same_run() {
    let (ls, rules) = example();
    let play = |seed| {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), seed, Locale::ZhCn, false).unwrap();
        let mut lines = vec![run.line().line.clone()];
        for r in SKILLED {
            let t = run.turn(r, 3.0);
            lines.push(format!("{:?} {:?} {:?}", t.next, t.meters, t.changes));
        }
        lines
    };
    assert_eq!(play(42), play(42));
    let variants: std::collections::BTreeSet<String> = (0..20).map(|s| play(s)[0].clone()).collect();
    assert!(variants.len() > 1, "different seeds should vary the opening line");
}

#[test]
fn a_run_replays_from_its_log_at_any_turn() {
    let (ls, rules) = example();
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 9, Locale::ZhCn, true).unwrap();
    for r in SKILLED {
        run.turn(r, 4.0);
    }
    let log = run.log().clone();
    let full = Run::replay(ls.scenario.clone(), rules.clone(), &log, None).unwrap();
    assert_eq!(full.meters(), run.meters());
    assert_eq!(full.outcome(), run.outcome());
    let half = Run::replay(ls.scenario.clone(), rules, &log, Some(2)).unwrap();
    assert_eq!(half.history().len(), 2);
    assert_eq!(half.meters(), run.history()[1].meters);
    let json = serde_json::to_string(&log).unwrap();
    assert_eq!(serde_json::from_str::<defuse::scenario::RunLog>(&json).unwrap(), log);
}

#[test]
fn a_solution_lands_better_once_the_customer_is_calm() {
    use defuse::scenario::emotion::ReplyContext;
    use defuse::scenario::format::{Meters, Temperament};
    let (_, rules) = example();
    let a = rules.engine.analyse("我们可以为您补发一台，或者直接全额退款，您看哪种方式更方便？", Locale::ZhCn);
    assert!(a.has_technique("offer_alternative"), "{:?}", a.technique_ids());
    let none = Default::default();
    let ctx = ReplyContext {
        analysis: &a,
        waited: 0.0,
        drain: 0.0,
        temperament: Temperament::Analytical,
        calls_for: &[],
        overrides: &none,
        used_before: &Default::default(),
        concrete: false,
    };
    let mut furious = Meters { anger: 90.0, trust: 30.0, patience: 50.0 };
    let mut calm = Meters { anger: 30.0, trust: 30.0, patience: 50.0 };
    rules.emotion.apply(&mut furious, &ctx);
    rules.emotion.apply(&mut calm, &ctx);
    // The same words win more trust and take more anger away once the customer is calmer.
    assert!(calm.trust - 30.0 > 2.0 * (furious.trust - 30.0), "calm {calm:?} furious {furious:?}");
    assert!(30.0 - calm.anger > 90.0 - furious.anger);
}

#[test]
fn waiting_drains_patience_only_in_timed_runs() {
    let (ls, rules) = example();
    let mut timed = Run::new(ls.scenario.clone(), rules.clone(), 1, Locale::ZhCn, true).unwrap();
    let mut relaxed = Run::new(ls.scenario.clone(), rules, 1, Locale::ZhCn, false).unwrap();
    let a = timed.turn("您好", 60.0);
    let b = relaxed.turn("您好", 60.0);
    assert!(a.meters.patience < b.meters.patience);
    assert!(a.changes.iter().any(|c| matches!(c.reason, defuse::scenario::emotion::Reason::Waiting(_))));
}

#[test]
fn taboos_end_the_example_badly_and_skill_ends_it_well() {
    let (ls, rules) = example();
    let mut good = Run::new(ls.scenario.clone(), rules.clone(), 3, Locale::ZhCn, false).unwrap();
    for r in SKILLED {
        good.turn(r, 0.0);
    }
    assert!(good.outcome().is_some_and(|o| o.kind.is_good()), "{:?}", good.outcome());
    let mut bad = Run::new(ls.scenario.clone(), rules, 3, Locale::ZhCn, false).unwrap();
    for r in ["这是快递的问题，你自己去找快递公司", "你必须等着，公司规定就是这样，我也没办法", "我试试看吧"]
    {
        if !bad.is_over() {
            bad.turn(r, 0.0);
        }
    }
    assert!(bad.outcome().is_some_and(|o| !o.kind.is_good()), "{:?} at {}", bad.outcome(), bad.beat());
    assert!(good.grade().score > bad.grade().score);
}

#[test]
fn replies_after_the_end_change_nothing() {
    let (ls, rules) = example();
    let mut run = Run::new(ls.scenario.clone(), rules, 3, Locale::ZhCn, false).unwrap();
    for r in SKILLED {
        run.turn(r, 0.0);
    }
    let n = run.history().len();
    let last = run.turn("还有吗", 0.0);
    assert_eq!(run.history().len(), n);
    assert!(matches!(last.next, Next::Ended(_)));
}

#[test]
fn huge_empty_and_odd_replies_never_panic() {
    let (ls, rules) = example();
    let mut run = Run::new(ls.scenario.clone(), rules, 3, Locale::EnUs, true).unwrap();
    let huge = "理解".repeat(500_000);
    for r in ["", "   ", "\u{0}\u{FFFF}🙂🙂", huge.as_str(), "？？？！！！", "ｈｅｌｌｏ"] {
        run.turn(r, f32::NAN);
    }
}

#[test]
fn each_turn_names_the_beat_it_answered() {
    let (ls, rules) = example();
    let mut run = Run::new(ls.scenario.clone(), rules, 7, Locale::ZhCn, false).unwrap();
    let beats: Vec<String> = SKILLED
        .iter()
        .map(|r| {
            let before = run.beat().to_string();
            let t = run.turn(r, 0.0);
            assert_eq!(t.beat, before);
            t.beat
        })
        .collect();
    assert_eq!(beats, ["opening", "facts", "solution", "wrapup"]);
}

#[test]
fn a_calm_trusting_customer_moves_on_instead_of_escalating_when_turns_run_out() {
    let (ls, rules) = example();
    // Solutions before any calming: late_parcel's `upset` beat, but the customer is calm by now,
    // so she goes on to the facts (calmed by a time and a plan, not by an apology).
    let rush = [
        "我们可以给您补发一台，今天下午5点前给您回复。",
        "我们可以给您补发一台，今天下午5点前给您回复。",
        "请稍等，我查一下物流，大约两分钟。",
        "我会在今天下午5点前给您回复最新进展。",
    ];
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 7, Locale::ZhCn, false).unwrap();
    for r in rush {
        run.turn(r, 0.0);
    }
    assert_eq!(run.beat(), "facts");
    assert!(run.meters().anger < 30.0 && run.meters().trust > 60.0, "{:?}", run.meters());
    assert!(!run.is_over(), "escalated although calm: {:?}", run.outcome());
    // The same two replies in `upset` from an angry customer still end in escalation.
    let mut angry = Run::new(ls.scenario.clone(), rules, 7, Locale::ZhCn, false).unwrap();
    for r in ["物流慢很正常，你再等等吧", "请提供订单号。", "请提供订单号。"] {
        angry.turn(r, 0.0);
    }
    assert_eq!(angry.outcome().map(|o| o.ending.as_str()), Some("escalated"), "{:?}", angry.meters());
}

#[test]
fn a_reply_with_the_case_facts_or_a_concrete_plan_is_never_unheard() {
    use defuse::scenario::emotion::Reason;
    let (ls, rules) = example();
    let unheard = |reply: &str, locale: Locale| {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), 7, locale, false).unwrap();
        let t = run.turn(reply, 0.0);
        let plain = t.analysis.techniques.is_empty() && t.analysis.taboos.is_empty();
        (plain, t.changes.iter().any(|c| c.reason == Reason::Unheard))
    };
    for (reply, locale) in [
        ("订单20261118-55102，11月19日到了华东中转站，之后没有更新。", Locale::ZhCn),
        ("尾号55102这单，实付129.00元。", Locale::ZhCn),
        ("明天补发。", Locale::ZhCn),
        ("Order 20261118-55102 reached the East China hub at 02:15.", Locale::EnUs),
        ("Refund tomorrow.", Locale::EnUs),
    ] {
        // Whether or not the engine also hears a technique in it, a factual reply is never unheard.
        assert!(!unheard(reply, locale).1, "{reply} was treated as unheard");
    }
    // Facts the case file does not hold, and replies with nothing concrete, are still unheard.
    for reply in ["好的，知道了。", "单子是88886666的那个。", "嗯"] {
        assert_eq!(unheard(reply, Locale::ZhCn), (true, true), "{reply}");
    }
}

#[test]
fn a_light_slip_is_heard_but_does_not_send_the_story_down_the_taboo_branch() {
    let (ls, rules) = example();
    let first = |reply: &str| {
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), 3, Locale::ZhCn, false).unwrap();
        let t = run.turn(reply, 0.0);
        (run.beat().to_string(), t)
    };
    // Chat slang and "让您久等了" are style slips (Minor): the customer may remark on them, and the
    // score counts them, but the story goes on as for the same reply without them.
    let (slip, t) = first("亲，您好，非常理解您着急的心情，让您久等了");
    assert!(t.analysis.taboos.iter().any(|h| h.hit.id == "internet_slang"), "{:?}", t.analysis.taboos);
    assert_eq!(slip, first("您好，非常理解您着急的心情").0);
    let (blame, _) = first("您好，这是快递的问题，你自己去找快递公司");
    assert_eq!(blame, "upset", "a real taboo still upsets her");
}

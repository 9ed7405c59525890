//! The transcript's memory: beats passed when a reply already did their work, line variants
//! held back once the conversation holds their answer, and the memory a replay rebuilds.

use defuse::locale::Locale;
use defuse::scenario::library::default_rules;
use defuse::scenario::load::load;
use defuse::scenario::reaction::Reaction;
use defuse::scenario::runtime::Run;
use defuse::scenario::{LoadedScenario, Rules};
use std::path::Path;
use std::sync::OnceLock;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| default_rules().unwrap())
}

/// late_parcel with `edit` applied to its scenario.ron.
fn late_parcel(edit: impl Fn(&str) -> String) -> LoadedScenario {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("late_parcel");
    std::fs::create_dir(&target).unwrap();
    for f in ["scenario.ron", "zh-CN.ftl", "en-US.ftl", "zh-TW.ftl"] {
        let text = std::fs::read_to_string(Path::new("tests/data/fixture/late_parcel").join(f)).unwrap();
        let text = if f == "scenario.ron" { edit(&text) } else { text };
        std::fs::write(target.join(f), text).unwrap();
    }
    load(&target).unwrap()
}

fn run(ls: &LoadedScenario, seed: u64) -> Run {
    Run::new(ls.scenario.clone(), rules().clone(), seed, Locale::ZhCn, false).unwrap()
}

/// Calms her, quotes the case file and gives a time: the work of three beats.
const ALL_AT_ONCE: &str = "您好，非常理解您的着急。我查到订单20261118-55102在11月19日到了华东中转站后就没有更新，已经为您催件，今天下午5点前给您回复。";
/// The same without the order and the date.
const NO_FACTS: &str = "您好，非常理解您的着急。已经为您催件，今天下午5点前给您回复。";

#[test]
fn one_reply_with_the_facts_and_a_time_passes_the_facts_and_solution_beats() {
    let ls = late_parcel(str::to_string);
    let mut r = run(&ls, 7);
    let t = r.turn(ALL_AT_ONCE, 0.0);
    assert!(t.analysis.has_technique("commit_timeline"), "{:?}", t.analysis.technique_ids());
    assert_eq!(t.beat, "opening");
    assert_eq!(t.passed, ["facts", "solution"]);
    assert_eq!(t.branch.as_deref(), Some("wrapup"));
    assert_eq!(r.beat(), "wrapup");
    assert!(r.line().line.starts_with("wrapup-"), "{:?}", r.line());
    assert!(r.held().cited && r.held().said.contains("commit_timeline"), "{:?}", r.held());
    // Without the case file the facts beat waits for its reply, and she asks for the order.
    let mut r = run(&ls, 7);
    let t = r.turn(NO_FACTS, 0.0);
    assert!(t.passed.is_empty() && r.beat() == "facts", "{:?} at {}", t.passed, r.beat());
    assert!(!r.held().cited);
}

#[test]
fn a_time_given_earlier_passes_the_solution_beat_later() {
    let ls = late_parcel(str::to_string);
    let mut r = run(&ls, 7);
    r.turn(NO_FACTS, 0.0);
    assert_eq!(r.beat(), "facts");
    let t = r.turn("请稍等，我马上为您查询一下物流信息，大约需要两分钟。", 0.0);
    assert!(!t.analysis.has_technique("commit_timeline"), "{:?}", t.analysis.technique_ids());
    assert_eq!((t.passed.as_slice(), r.beat()), (&["solution".to_string()][..], "wrapup"));
}

#[test]
fn a_variant_is_not_picked_once_its_condition_holds() {
    let ls = late_parcel(str::to_string);
    let solution_line = |plan: &str, seed| {
        let mut r = run(&ls, seed);
        r.turn("您好，非常理解您等快递的着急心情。", 0.0);
        let t = r.turn(plan, 0.0);
        assert_eq!(r.beat(), "solution", "seed {seed}: {:?}", t.analysis.technique_ids());
        (t.analysis.has_technique("offer_alternative"), r.line().line.clone())
    };
    let checking = "请稍等，我查一下物流，大约两分钟。";
    let with_plan = "请稍等，我查一下物流，大约两分钟。我们可以为您补发一台，或者直接全额退款，您看哪种方式更方便？";
    let plain: Vec<String> = (0..12).map(|seed| solution_line(checking, seed).1).collect();
    assert!(plain.iter().any(|l| l == "solution-1"), "both variants appear without a plan: {plain:?}");
    for seed in 0..12 {
        let (offered, line) = solution_line(with_plan, seed);
        assert!(offered, "the reply should offer an alternative");
        assert_eq!(line, "solution-2", "seed {seed}: she asks \"what now?\" after being offered a plan");
    }
}

#[test]
fn when_every_variant_is_excluded_the_usual_pick_applies() {
    let all_out =
        "unless: { \"solution-1\": Said(\"offer_alternative\"), \"solution-2\": Said(\"offer_alternative\") },";
    let ls = late_parcel(|s| s.replacen("unless: { \"solution-1\": Said(\"offer_alternative\") },", all_out, 1));
    let lines: Vec<String> = (0..12)
        .map(|seed| {
            let mut r = run(&ls, seed);
            r.turn("您好，非常理解您等快递的着急心情。", 0.0);
            r.turn(
                "请稍等，我查一下物流，大约两分钟。我们可以为您补发一台，或者直接全额退款，您看哪种方式更方便？",
                0.0,
            );
            r.line().line.clone()
        })
        .collect();
    assert!(lines.contains(&"solution-1".into()) && lines.contains(&"solution-2".into()), "{lines:?}");
}

#[test]
fn a_passed_beat_with_a_taboo_still_branches_as_before() {
    // Let a taboo through the opening, so that the passed facts beat is the one to catch it.
    let ls = late_parcel(|s| s.replacen("Branch(when: AnyTaboo, goto: \"upset\"),\n", "", 1));
    let mut r = run(&ls, 7);
    let t = r.turn("您好，非常理解您的着急。订单20261118-55102我看到了，物流慢很正常，你再等等吧。", 0.0);
    assert!(!t.analysis.taboos.is_empty() && t.analysis.has_technique("empathy"), "{:?}", t.analysis);
    assert_eq!(t.passed, ["facts"]);
    assert_eq!(r.beat(), "upset", "the facts beat's AnyTaboo branch comes first");
}

#[test]
fn a_beat_is_passed_at_most_once_per_reply() {
    // facts and solution pass each other back and forth: one reply visits each once.
    let ls = late_parcel(|s| {
        s.replacen("passed_when: Said(\"commit_timeline\"),", "passed_when: Cited,", 1).replacen(
            "Branch(when: Any([Said(\"commit_timeline\"), Used(\"offer_alternative\")]), goto: \"wrapup\")",
            "Branch(when: Cited, goto: \"facts\")",
            1,
        )
    });
    let mut r = run(&ls, 7);
    let t = r.turn(ALL_AT_ONCE, 0.0);
    assert_eq!(t.passed, ["facts", "solution"]);
    assert_eq!((t.branch.as_deref(), r.beat()), (Some("facts"), "facts"));
}

#[test]
fn replay_rebuilds_the_transcript_memory() {
    let ls = late_parcel(str::to_string);
    let mut r = run(&ls, 5);
    for reply in [NO_FACTS, "请问您是什么时候下的单？物流慢很正常。", ALL_AT_ONCE] {
        r.turn(reply, 0.0);
    }
    let again = Run::replay(ls.scenario.clone(), rules().clone(), r.log(), None).unwrap();
    assert_eq!(again.held(), r.held());
    assert_eq!((again.beat(), again.line()), (r.beat(), r.line()));
    let passed = |run: &Run| run.history().iter().map(|t| t.passed.clone()).collect::<Vec<_>>();
    assert_eq!(passed(&again), passed(&r));
    let early = Run::replay(ls.scenario.clone(), rules().clone(), r.log(), Some(1)).unwrap();
    assert!(!early.held().cited && r.held().cited);
}

#[test]
fn a_question_the_customer_did_not_answer_stays_open() {
    let ls = late_parcel(str::to_string);
    let mut r = run(&ls, 7);
    // An offer is what she weighs first (she takes one of the options), and the question has no
    // topic of the scenario: it stays open.
    let t = r.turn("我可以马上给您补发一个，或者直接全额退款，您看哪个更合适？另外请问您是什么时候下的单？", 0.0);
    assert!(t.analysis.has_technique("probing_question"), "{:?}", t.analysis.technique_ids());
    let chose = |x: &Reaction| x.answer.as_ref().is_none_or(|a| a.key == "choice" && a.answer.is_none());
    assert!(t.reaction.as_ref().is_some_and(|x| chose(x) && !x.key.ends_with("question")), "{:?}", t.reaction);
    assert!(r.held().unanswered.contains("probing_question"), "{:?} {:?}", r.held(), t.reaction);
    let t = r.turn("非常抱歉让您着急了。请问您是什么时候下的单？", 0.0);
    assert_eq!(t.reaction.map(|x| x.key).as_deref(), Some("technique-probing_question"));
    assert!(r.held().unanswered.is_empty(), "{:?}", r.held());
}

#[test]
fn a_question_asked_beside_a_taboo_is_answered_and_closed() {
    let ls = late_parcel(str::to_string);
    let mut r = run(&ls, 7);
    let t = r.turn("请问您是什么时候下的单？物流慢很正常。", 0.0);
    assert!(t.analysis.has_technique("probing_question") && !t.analysis.taboos.is_empty(), "{:?}", t.analysis);
    let reaction = t.reaction.expect("a reaction");
    assert!(reaction.key.starts_with("taboo-") && reaction.answer.is_some(), "{reaction:?}");
    assert!(!r.held().unanswered.contains("probing_question"), "{:?}", r.held());
}

#[test]
fn an_old_turn_record_without_passed_beats_still_loads() {
    let ls = late_parcel(str::to_string);
    let mut r = run(&ls, 7);
    let t = r.turn(ALL_AT_ONCE, 0.0);
    let mut json = serde_json::to_value(&t).unwrap();
    json.as_object_mut().unwrap().remove("passed");
    let old: defuse::scenario::TurnResult = serde_json::from_value(json).unwrap();
    assert!(old.passed.is_empty() && old.branch == t.branch);
}

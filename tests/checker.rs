//! `defuse check`: the messages a trainer gets for the mistakes trainers make, and garbage in.

use defuse::scenario::check::check;
use defuse::scenario::library::default_rules;
use defuse::scenario::load::load;
use defuse::scenario::runtime::Rules;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::path::Path;
use std::sync::OnceLock;

/// The shipped rules, loaded once for all checks of this file.
fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| default_rules().unwrap())
}

fn broken(edit: impl Fn(&str) -> String) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let src = Path::new("tests/data/fixture/late_parcel");
    let target = dir.path().join("late_parcel");
    std::fs::create_dir(&target).unwrap();
    for f in ["scenario.ron", "zh-CN.ftl", "en-US.ftl"] {
        let text = std::fs::read_to_string(src.join(f)).unwrap();
        let text = if f == "scenario.ron" { edit(&text) } else { text };
        std::fs::write(target.join(f), text).unwrap();
    }
    match load(&target) {
        Ok(ls) => check(&ls, Some(rules())).iter().map(|d| d.to_string()).collect(),
        Err(d) => d.iter().map(|d| d.to_string()).collect(),
    }
}

fn has(diags: &[String], needle: &str) -> bool {
    diags.iter().any(|d| d.contains(needle))
}

#[test]
fn the_example_has_no_problems() {
    let d = broken(|s| s.to_string());
    assert!(d.is_empty(), "{d:#?}");
}

#[test]
fn misspelt_technique_gets_line_and_suggestion() {
    let d = broken(|s| s.replacen("\"empathy\", \"offer_help\"", "\"empahty\", \"offer_help\"", 1));
    assert!(has(&d, "scenario.ron:9:") && has(&d, "did you mean \"empathy\""), "{d:#?}");
}

#[test]
fn dangling_goto_names_the_beat() {
    let d = broken(|s| s.replacen("goto: \"solution\"", "goto: \"soluton\"", 1));
    assert!(has(&d, "\"soluton\", which is neither a beat nor an ending (did you mean \"solution\"?)"), "{d:#?}");
}

#[test]
fn syntax_error_gives_line_and_column() {
    let d = broken(|s| s.replacen("difficulty: Easy,", "difficulty: Easy", 1));
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(
        d[0].contains("scenario.ron:8:21: error") && d[0].contains("comma is probably missing at the end of line 8"),
        "{d:#?}"
    );
}

#[test]
fn unreachable_beat_and_missing_message_are_reported() {
    let d = broken(|s| {
        s.replacen("\"wrapup\": Beat(\n            lines: [\"wrapup-1\"", "\"orphan\": Beat(lines: [\"orphan-1\", \"orphan-2\"], branches: [Branch(when: Always, goto: \"resolved\")]),\n        \"wrapup\": Beat(\n            lines: [\"wrapup-1\"", 1)
    });
    assert!(has(&d, "beat \"orphan\" can never be reached"), "{d:#?}");
    assert!(has(&d, "message \"orphan-1\" is missing from"), "{d:#?}");
}

#[test]
fn meters_out_of_range_and_empty_beats_are_errors() {
    let d = broken(|s| {
        s.replacen("anger: 45", "anger: 145", 1).replacen("lines: [\"upset-1\", \"upset-2\"]", "lines: []", 1)
    });
    assert!(has(&d, "starting anger is 145"), "{d:#?}");
    assert!(has(&d, "beat \"upset\" has no lines"), "{d:#?}");
}

#[test]
fn garbage_never_panics() {
    let original = std::fs::read_to_string("tests/data/fixture/late_parcel/scenario.ron").unwrap();
    let mut rng = StdRng::seed_from_u64(2026);
    for _ in 0..150 {
        let mut chars: Vec<char> = original.chars().collect();
        for _ in 0..rng.random_range(1..8) {
            let i = rng.random_range(0..chars.len());
            match rng.random_range(0..3) {
                0 => {
                    chars.remove(i);
                }
                1 => chars.insert(i, ['(', ')', '"', ',', ':', '[', 'x', '9'][rng.random_range(0..8)]),
                _ => {
                    let j = rng.random_range(0..chars.len());
                    chars.swap(i, j);
                }
            }
        }
        let text: String = chars.into_iter().collect();
        let _ = broken(|_| text.clone());
    }
}

#[test]
fn full_width_punctuation_is_named() {
    let d = broken(|s| s.replacen("difficulty: Easy,", "difficulty: Easy，", 1));
    assert_eq!(d.len(), 1, "{d:#?}");
    assert!(d[0].contains("full-width punctuation '，' on line 8"), "{d:#?}");
}

#[test]
fn a_turn_count_into_a_bad_ending_without_a_meter_condition_is_warned() {
    let meter_gated = "All([TurnsHere(2), Any([Above(Anger, 50), Below(Trust, 40)])]), goto: \"escalated\"";
    let d = broken(|s| s.replacen(meter_gated, "TurnsHere(2), goto: \"escalated\"", 1));
    assert!(has(&d, "warning: in beat \"upset\", a turn count alone ends the run in \"escalated\""), "{d:#?}");
    // A meter condition that still lets a calm customer escalate is no better.
    let d = broken(|s| s.replacen(meter_gated, "All([TurnsHere(2), Below(Anger, 60)]), goto: \"escalated\"", 1));
    assert!(has(&d, "a turn count alone ends the run in \"escalated\""), "{d:#?}");
    // A turn count into another beat, or into a good ending, is fine.
    let d = broken(|s| s.replacen(meter_gated, "TurnsHere(2), goto: \"facts\"", 1));
    assert!(!has(&d, "a turn count alone"), "{d:#?}");
}

#[test]
fn a_soothing_beat_a_calm_customer_cannot_leave_is_warned() {
    let calm = "Branch(when: All([Below(Anger, 30), Above(Trust, 60)]), goto: \"facts\"),";
    let d = broken(|s| s.replacen(calm, "", 1));
    assert!(has(&d, "warning: beat \"upset\" is there to calm the customer, yet a calm, trusting one"), "{d:#?}");
    // A way on gated by a turn count is as good, once the customer is calm.
    let d = broken(|s| s.replacen(calm, "Branch(when: All([TurnsHere(2), Below(Anger, 30)]), goto: \"facts\"),", 1));
    assert!(!has(&d, "is there to calm the customer"), "{d:#?}");
    // One that only a technique opens is not.
    let d = broken(|s| s.replacen(calm, "Branch(when: Used(\"commit_timeline\"), goto: \"facts\"),", 1));
    assert!(has(&d, "is there to calm the customer"), "{d:#?}");
}

#[test]
fn a_misspelt_said_id_names_its_line_and_the_right_id() {
    let edit =
        |s: &str| s.replacen("passed_when: Said(\"commit_timeline\")", "passed_when: Said(\"commit_timline\")", 1);
    let original = std::fs::read_to_string("tests/data/fixture/late_parcel/scenario.ron").unwrap();
    let line = edit(&original).lines().position(|l| l.contains("commit_timline")).unwrap() + 1;
    let d = broken(edit);
    let wanted = "error: unknown technique or taboo id \"commit_timline\" (did you mean \"commit_timeline\"?)";
    assert!(d.iter().any(|m| m.contains(&format!("scenario.ron:{line}:")) && m.contains(wanted)), "{d:#?}");
}

#[test]
fn an_unless_key_that_is_not_a_line_of_its_beat_is_an_error() {
    let d = broken(|s| s.replacen("\"solution-1\": ", "\"soluton-1\": ", 1));
    let wanted = "unless names \"soluton-1\", which is not one of its lines (did you mean \"solution-1\"?)";
    assert!(has(&d, wanted), "{d:#?}");
}

#[test]
fn a_passed_when_that_can_never_hold_is_warned() {
    for never in ["All([Cited, TurnsHere(1)])", "Flag(\"nobody_sets_this\")", "Not(Always)", "Any([])"] {
        let d = broken(|s| s.replacen("passed_when: Cited,", &format!("passed_when: {never},"), 1));
        assert!(has(&d, "warning: beat \"facts\": passed_when can never hold"), "{never}: {d:#?}");
    }
    // A flag some branch sets, or a turn count a passed beat can meet, may hold.
    let d = broken(|s| {
        s.replacen("passed_when: Cited,", "passed_when: Any([Flag(\"calm\"), Not(TurnsHere(1))]),", 1).replacen(
            "goto: \"facts\"),",
            "goto: \"facts\", set: [\"calm\"]),",
            1,
        )
    });
    assert!(!has(&d, "passed_when can never hold"), "{d:#?}");
}

#[test]
fn a_passed_beat_with_no_branches_is_warned() {
    let d = broken(|s| {
        s.replacen(
            "\"wrapup\": Beat(",
            "\"aside\": Beat(lines: [\"wrapup-1\", \"wrapup-2\"], passed_when: Cited),\n        \"wrapup\": Beat(",
            1,
        )
        .replacen("goto: \"resolved_cool\"", "goto: \"aside\"", 1)
    });
    assert!(has(&d, "warning: beat \"aside\" can be passed (passed_when) but has no branches"), "{d:#?}");
}

#[test]
fn a_topic_without_words_or_answers_is_named_with_its_line() {
    let d = broken(|s| s.replacen("    start: \"", "    topics: { \"birthday\": [\"\"] },\n    start: \"", 1));
    let line = std::fs::read_to_string("tests/data/fixture/late_parcel/scenario.ron")
        .unwrap()
        .lines()
        .position(|l| l.starts_with("    start: \""))
        .unwrap()
        + 1;
    let at = format!("scenario.ron:{line}:");
    assert!(d.iter().any(|x| x.contains(&at) && x.contains("topic \"birthday\" has no words")), "{d:#?}");
    assert!(d.iter().any(|x| x.contains("warning: topic \"birthday\" is answered by no reaction")), "{d:#?}");
    // Words and an answer in the text: nothing to say.
    let d = broken(|s| s.replacen("    start: \"", "    topics: { \"delivered\": [\"签收\"] },\n    start: \"", 1));
    assert!(d.iter().any(|x| x.contains("topic \"delivered\" is answered by no reaction")), "{d:#?}");
}

//! The generated debrief: what went well and what to change, taken from the run's own turns,
//! never claiming a taboo or an omission that did not happen.

use defuse::i18n::Catalog;
use defuse::locale::Locale;
use defuse::scenario::debrief::{DebriefItem, of_run, render_lines};
use defuse::scenario::library::{Library, default_rules};
use defuse::scenario::runtime::Run;
use defuse::scenario::{LoadedScenario, Rules};
use std::path::Path;

fn example() -> (LoadedScenario, Rules) {
    let rules = default_rules().expect("rules load");
    let mut lib = Library::load(Path::new("scenarios/late_parcel"), Some(&rules));
    (lib.scenarios.remove(0), rules)
}

fn play(ls: &LoadedScenario, rules: &Rules, replies: &[&str]) -> Run {
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 7, Locale::ZhCn, false).unwrap();
    for r in replies {
        run.turn(r, 0.0);
    }
    run
}

fn ui() -> Catalog {
    Catalog::load_ui(Path::new("locales")).0
}

const SKILLED: &[&str] = &[
    "您好，我是客服小林，很高兴为您服务。非常理解您等快递的着急心情。",
    "请稍等，我马上为您查询一下物流信息，大约需要两分钟。",
    "我已经联系快递公司加急处理，我会在今天下午5点前给您回复最新进展。",
    "感谢您的耐心，如果还有任何问题请随时联系我们。",
];

#[test]
fn a_clean_skilled_run_is_praised_for_what_it_did_and_told_of_no_taboo_or_omission() {
    let (ls, rules) = example();
    let run = play(&ls, &rules, SKILLED);
    let d = of_run(&run);
    assert!(d.to_change.is_empty(), "{:#?}", d.to_change);
    let used: Vec<(&str, &[usize])> = d
        .went_well
        .iter()
        .filter_map(|i| match i {
            DebriefItem::Used { technique, turns, .. } => Some((technique.as_str(), turns.as_slice())),
            _ => None,
        })
        .collect();
    assert!(used.contains(&("empathy", &[1][..])), "{used:?}");
    assert!(used.contains(&("commit_timeline", &[3][..])), "{used:?}");
    let cat = ui();
    for locale in [Locale::EnUs, Locale::ZhCn, Locale::ZhTw] {
        let text = render_lines(&d, &cat, locale).join("\n");
        for taboo_words in ["Say instead", "可以这样说", "可以這樣說", "gave none of it", "一个都没有", "一個都沒有"]
        {
            assert!(!text.contains(taboo_words), "{locale:?} claims what did not happen:\n{text}");
        }
        assert!(text.contains("“非常理解") || text.contains("「非常理解"), "{locale:?} quotes the trainee:\n{text}");
    }
}

#[test]
fn taboos_come_with_their_turn_and_rewrite_and_omissions_with_what_was_called_for() {
    let (ls, rules) = example();
    let run = play(&ls, &rules, &["请提供订单号。", "物流慢很正常，你再等等吧"]);
    let d = of_run(&run);
    assert!(d.went_well.is_empty(), "{:#?}", d.went_well);
    assert!(
        d.to_change.contains(&DebriefItem::Missed {
            turn: 1,
            wanted: vec!["greeting".into(), "empathy".into(), "apology".into()]
        }),
        "{:#?}",
        d.to_change
    );
    let taboo = d.to_change.iter().find_map(|i| match i {
        DebriefItem::Taboo { turn, rewrite, .. } => Some((*turn, rewrite.clone())),
        _ => None,
    });
    let (turn, rewrite) = taboo.expect("a taboo item");
    assert_eq!(turn, 2);
    let rewrite = rewrite.expect("the phrasebook has a rewrite");
    let text = render_lines(&d, &ui(), Locale::EnUs).join("\n");
    assert!(text.contains("Turn 1: the moment called for Greeting"), "{text}");
    assert!(text.contains("Turn 2:") && text.contains(&rewrite), "{text}");
    assert!(text.contains("No reply gave what its moment called for."), "{text}");
}

#[test]
fn an_empty_run_says_nothing_it_cannot_back() {
    let (ls, rules) = example();
    let run = play(&ls, &rules, &[]);
    let d = of_run(&run);
    assert!(d.went_well.is_empty() && d.to_change.is_empty());
}

/// "Say instead" is the reply itself with its taboos fixed: slang is dropped, not swapped for a
/// stock greeting, and two taboos in one reply are both gone from the one line offered.
#[test]
fn say_instead_is_the_reply_rewritten_in_place() {
    let (ls, rules) = example();
    let run = play(&ls, &rules, &["亲，物流我这边马上帮您查一下哈。", "物流慢很正常，你自己再等等吧，亲"]);
    let d = of_run(&run);
    let items: Vec<(usize, Option<String>)> = d
        .to_change
        .iter()
        .filter_map(|i| match i {
            DebriefItem::Taboo { turn, rewrite, .. } => Some((*turn, rewrite.clone())),
            _ => None,
        })
        .collect();
    let first = items.iter().find(|(t, _)| *t == 1).and_then(|(_, r)| r.clone()).expect("turn 1 says what instead");
    assert!(first.contains("物流我这边马上帮您查一下") && !first.contains('亲'), "{first}");
    let second: Vec<&Option<String>> = items.iter().filter(|(t, _)| *t == 2).map(|(_, r)| r).collect();
    assert!(second.len() >= 2, "two taboos on turn 2: {items:?}");
    let line = second[0].clone().expect("the turn's first item carries the rewrite");
    assert!(!line.contains('亲') && !line.contains("很正常"), "{line}");
    assert!(second[1..].iter().all(|r| r.is_none()), "said once per turn: {items:?}");
}

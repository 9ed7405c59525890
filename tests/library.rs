//! The shipped scenario library: it checks clean, every scenario has walkthroughs (skilled →
//! good ending, taboos → bad ending, calming first beats rushing to solutions), and together
//! the scenarios train every technique and tempt every taboo. Prints the coverage table.

use defuse::diag::Diagnostic;
use defuse::locale::Locale;
use defuse::phrasing::ids::{TABOOS, TECHNIQUES};
use defuse::scenario::check::golden_locale;
use defuse::scenario::format::{Channel, ComplaintType, Difficulty, Temperament};
use defuse::scenario::library::{Library, default_rules};
use defuse::scenario::runtime::Run;
use defuse::scenario::{LoadedScenario, Rules};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

fn library() -> &'static (Library, Rules) {
    static LIB: OnceLock<(Library, Rules)> = OnceLock::new();
    LIB.get_or_init(|| {
        let rules = default_rules().expect("rules load");
        (Library::load(Path::new("scenarios"), Some(&rules)), rules)
    })
}

#[test]
fn the_library_checks_with_no_errors_and_no_warnings() {
    let (lib, _) = library();
    let shown: Vec<String> = lib.diagnostics.iter().map(Diagnostic::to_string).collect();
    assert!(shown.is_empty(), "{shown:#?}");
    assert!(lib.scenarios.len() >= 16, "only {} scenarios", lib.scenarios.len());
}

fn golden_run(ls: &LoadedScenario, rules: &Rules, name: &str) -> Run {
    let g = ls
        .scenario
        .tests
        .iter()
        .find(|g| g.name == name)
        .unwrap_or_else(|| panic!("{}: no golden \"{name}\"", ls.scenario.id));
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), g.seed, golden_locale(&g.locale), false).unwrap();
    for r in &g.replies {
        if !run.is_over() {
            run.turn(r, 0.0);
        }
    }
    run
}

#[test]
fn every_scenario_has_walkthroughs_that_end_as_they_should() {
    let (lib, rules) = library();
    for ls in &lib.scenarios {
        let id = &ls.scenario.id;
        for name in ["skilled", "skilled-en"] {
            let run = golden_run(ls, rules, name);
            assert!(run.outcome().is_some_and(|o| o.kind.is_good()), "{id}/{name}: {:?}", run.outcome());
        }
        let bad = golden_run(ls, rules, "taboo");
        assert!(bad.outcome().is_some_and(|o| !o.kind.is_good()), "{id}/taboo: {:?}", bad.outcome());
        let (rush, calm) = (golden_run(ls, rules, "rush"), golden_run(ls, rules, "calm"));
        assert!(
            calm.grade().score > rush.grade().score,
            "{id}: calm {} <= rush {}",
            calm.grade().score,
            rush.grade().score
        );
    }
}

#[test]
fn the_library_covers_the_manual() {
    let (lib, rules) = library();
    let mut trained: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut tempted: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for ls in &lib.scenarios {
        let s = &ls.scenario;
        for t in &s.trains {
            trained.entry(t.as_str()).or_default().push(&s.id);
        }
        // A taboo is "tempting" where an authored bad choice contains it (as the engine reads it).
        let mut here = BTreeSet::new();
        for beat in s.beats.values() {
            for c in beat.choices.iter().filter(|c| !c.good) {
                for l in [Locale::ZhCn, Locale::EnUs] {
                    let a = rules.engine.analyse(&ls.text.get(l, &c.text), l);
                    here.extend(a.taboo_ids().into_iter().map(String::from));
                }
            }
        }
        for t in TABOOS.iter().filter(|t| here.contains(**t)) {
            tempted.entry(t).or_default().push(&s.id);
        }
    }
    println!("| technique | scenarios |\n|---|---|");
    for t in TECHNIQUES {
        println!("| {t} | {} |", trained.get(t).map_or(String::new(), |v| v.join(", ")));
    }
    println!("\n| taboo | tempting in |\n|---|---|");
    for t in TABOOS {
        println!("| {t} | {} |", tempted.get(t).map_or(String::new(), |v| v.join(", ")));
    }
    let thin: Vec<_> = TECHNIQUES.iter().filter(|t| trained.get(*t).map_or(0, Vec::len) < 2).collect();
    assert!(thin.is_empty(), "techniques trained fewer than twice: {thin:?}");
    let untempted: Vec<_> = TABOOS.iter().filter(|t| !tempted.contains_key(*t)).collect();
    assert!(untempted.is_empty(), "taboos never tempting: {untempted:?}");
}

#[test]
fn the_library_spans_personas_channels_and_difficulties() {
    let (lib, _) = library();
    let s: Vec<_> = lib.scenarios.iter().map(|l| &l.scenario).collect();
    for t in [Temperament::Dominant, Temperament::Expressive, Temperament::Amiable, Temperament::Analytical] {
        assert!(s.iter().any(|x| x.persona.temperament == t), "{t:?} missing");
    }
    for c in [ComplaintType::Factual, ComplaintType::Attitude, ComplaintType::Opinion] {
        assert!(s.iter().any(|x| x.persona.complaint == c), "{c:?} missing");
    }
    for ch in [Channel::Chat, Channel::Phone] {
        assert!(s.iter().any(|x| x.channel == ch), "{ch:?} missing");
    }
    for d in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard] {
        assert!(s.iter().any(|x| x.difficulty == d), "{d:?} missing");
    }
    for x in &s {
        assert!(x.beats.values().all(|b| b.lines.len() >= 2), "{}: a beat with one line", x.id);
    }
}

#[test]
fn the_library_needs_no_lint_fixes() {
    for d in defuse::scenario::load::scenario_dirs(Path::new("scenarios")) {
        let src = std::fs::read_to_string(d.join("scenario.ron")).unwrap();
        assert!(
            matches!(defuse::cli::lint::sort_trains(&src), Ok(None)),
            "{}: trains not in canonical order",
            d.display()
        );
    }
}

#[test]
fn traditional_chinese_text_where_shipped_matches_the_simplified() {
    let ids = |path: &Path| -> std::collections::BTreeSet<String> {
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && l.contains(" = "))
            .map(|l| l.split(" = ").next().unwrap().trim().to_string())
            .collect()
    };
    for d in defuse::scenario::load::scenario_dirs(Path::new("scenarios")) {
        let tw = d.join("zh-TW.ftl");
        if tw.exists() {
            assert_eq!(ids(&tw), ids(&d.join("zh-CN.ftl")), "{}: zh-TW and zh-CN differ", d.display());
            let text = std::fs::read_to_string(&tw).unwrap();
            assert_ne!(fast2s::convert(&text), text, "{}: zh-TW.ftl holds no traditional characters", d.display());
        }
    }
}

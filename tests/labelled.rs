//! The labelled data set (`tests/data/labelled.tsv`): precision and recall per id, printed and
//! held to a floor. Labels are what a QA reviewer would say, not what the patterns match.

use defuse::locale::Locale;
use defuse::phrasing::Engine;
use defuse::phrasing::ids::{TABOOS, TECHNIQUES};
use std::collections::{BTreeMap, BTreeSet};

/// Micro-averaged precision and recall over all ids must stay above these.
const MICRO_PRECISION_FLOOR: f64 = 0.85;
const MICRO_RECALL_FLOOR: f64 = 0.80;
/// No single id with enough examples may fall below this recall or precision.
const PER_ID_FLOOR: f64 = 0.5;

struct Row {
    locale: Locale,
    text: String,
    ids: BTreeSet<String>,
}

fn rows() -> Vec<Row> {
    let data = include_str!("data/labelled.tsv");
    data.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split('\t');
            let locale = f.next().unwrap().parse().unwrap();
            let text = f.next().unwrap_or_default().to_string();
            let ids = f
                .next()
                .unwrap_or_default()
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            Row { locale, text, ids }
        })
        .collect()
}

#[test]
fn labels_use_only_known_ids() {
    for r in rows() {
        for id in &r.ids {
            assert!(
                TECHNIQUES.contains(&id.as_str()) || TABOOS.contains(&id.as_str()),
                "unknown id {id} in: {}",
                r.text
            );
        }
    }
}

#[test]
fn set_is_large_and_covers_every_locale() {
    let rows = rows();
    assert!(rows.len() >= 150, "only {} labelled lines", rows.len());
    for l in Locale::ALL {
        assert!(rows.iter().filter(|r| r.locale == l).count() >= 20, "too few {l} lines");
    }
}

#[test]
fn precision_and_recall_per_id() {
    let engine = Engine::load_default().expect("phrasebooks load");
    let mut tp: BTreeMap<String, u32> = BTreeMap::new();
    let mut fp: BTreeMap<String, u32> = BTreeMap::new();
    let mut fn_: BTreeMap<String, u32> = BTreeMap::new();
    let mut misses = Vec::new();
    for r in rows() {
        let a = engine.analyse(&r.text, r.locale);
        let found: BTreeSet<String> = a.technique_ids().into_iter().chain(a.taboo_ids()).map(String::from).collect();
        for id in found.union(&r.ids) {
            match (found.contains(id), r.ids.contains(id)) {
                (true, true) => *tp.entry(id.clone()).or_default() += 1,
                (true, false) => {
                    *fp.entry(id.clone()).or_default() += 1;
                    misses.push(format!("false alarm {id}: {}", r.text));
                }
                (false, true) => {
                    *fn_.entry(id.clone()).or_default() += 1;
                    misses.push(format!("missed {id}: {}", r.text));
                }
                (false, false) => {}
            }
        }
    }
    println!("{:<20} {:>4} {:>4} {:>4} {:>9} {:>7}", "id", "tp", "fp", "fn", "precision", "recall");
    let mut weak = Vec::new();
    for id in TECHNIQUES.iter().chain(TABOOS) {
        let (t, f, n) = (get(&tp, id), get(&fp, id), get(&fn_, id));
        let p = ratio(t, t + f);
        let r = ratio(t, t + n);
        println!("{id:<20} {t:>4} {f:>4} {n:>4} {p:>9.2} {r:>7.2}");
        if (t + n >= 3 && r < PER_ID_FLOOR) || (t + f >= 3 && p < PER_ID_FLOOR) {
            weak.push(format!("{id}: precision {p:.2}, recall {r:.2}"));
        }
    }
    let (t, f, n) = (tp.values().sum::<u32>(), fp.values().sum::<u32>(), fn_.values().sum::<u32>());
    let (p, r) = (ratio(t, t + f), ratio(t, t + n));
    println!("micro: precision {p:.3} recall {r:.3}");
    for m in &misses {
        println!("  {m}");
    }
    assert!(weak.is_empty(), "ids below the per-id floor: {weak:?}");
    assert!(p >= MICRO_PRECISION_FLOOR, "micro precision {p:.3} < {MICRO_PRECISION_FLOOR}");
    assert!(r >= MICRO_RECALL_FLOOR, "micro recall {r:.3} < {MICRO_RECALL_FLOOR}");
}

fn get(m: &BTreeMap<String, u32>, id: &str) -> u32 {
    m.get(id).copied().unwrap_or(0)
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

//! The labelled data the engine is measured on: precision and recall per locale and per id,
//! printed for each part and held to floors a little below what was measured.
//!
//! Tuned on (optimistic by construction):
//! - `devset/tune.tsv`: blind replies (writers never saw the engine) to the scenarios' customer lines;
//! - `devset/retired.tsv`: the earlier held-out parts (W3/W5/W7, W11–W13, W14–W19, W20–W25,
//!   W26–W31, W32–W37, W38–W43, W44–W49, W50–W55, W56–W62, W63–W70, W87–W94, W95–W102), each retired into tuning once a fresh one replaced it
//!   (`how/double-labels-W*.tsv` keep the raw labellings of the last three);
//! - `devset/playtests.tsv`: the blind playtesters' replies (rounds 1–4), labelled afterwards;
//! - `devset/fresh14.tsv`, `devset/fresh15.tsv`: careless-agent writers (W73–W77, W78–W82; average
//!   and habits runs), labelled twice and adjudicated, each the blind check of one tuning round
//!   before the next tuned on it.
//!
//! Never tuned on:
//! - `devset/heldout.tsv`: eight new writers (W103–W110, stop 32; 656 lines: zh-CN 235, zh-TW 162,
//!   en-US 259) playing the scenarios one reply at a time on the engine of eb90df2, before any
//!   change of that stop, every line labelled twice by labellers who never saw the engine
//!   and the disagreements settled by adjudicators (`double-labels.tsv` keeps the two raw
//!   labellings): the honest figure;
//! - `devset/fresh16.tsv`: four writers of all three kinds (W83–W86, stop 29; 175 lines), the blind
//!   check of stop 29's last tuning round, labelled twice and adjudicated;
//! - `labelled.tsv`: the first phrasebook's authors' own lines, relabelled blind under the
//!   decision rules of `docs/techniques.md`.
//!
//! Labels are what a QA reviewer would say (`docs/techniques.md`, "Decision rules").

use defuse::locale::Locale;
use defuse::phrasing::Engine;
use defuse::phrasing::ids::{TABOOS, TECHNIQUES};
use std::collections::{BTreeMap, BTreeSet};

struct Row {
    uid: String,
    locale: Locale,
    text: String,
    ids: BTreeSet<String>,
}

/// Reads a labelled TSV with a header naming at least `locale`, `text` and `ids`.
fn rows(data: &str) -> Vec<Row> {
    let mut lines = data.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |n: &str| header.iter().position(|h| *h == n).unwrap_or_else(|| panic!("no {n} column"));
    let (l, t, i) = (col("locale"), col("text"), col("ids"));
    let uid = header.iter().position(|h| *h == "uid");
    lines
        .filter(|x| !x.trim().is_empty())
        .enumerate()
        .map(|(n, x)| {
            let f: Vec<&str> = x.split('\t').collect();
            Row {
                uid: uid.map_or(format!("line {}", n + 2), |u| f[u].to_string()),
                locale: f[l].parse().unwrap(),
                text: f[t].to_string(),
                ids: f
                    .get(i)
                    .unwrap_or(&"")
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
            }
        })
        .collect()
}

const TUNE: &str = include_str!("data/devset/tune.tsv");
const RETIRED: &str = include_str!("data/devset/retired.tsv");
const PLAYTESTS: &str = include_str!("data/devset/playtests.tsv");
const FRESH14: &str = include_str!("data/devset/fresh14.tsv");
const FRESH15: &str = include_str!("data/devset/fresh15.tsv");
const FRESH16: &str = include_str!("data/devset/fresh16.tsv");
const HELDOUT: &str = include_str!("data/devset/heldout.tsv");
const AUTHORED: &str = include_str!("data/labelled.tsv");

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u32,
    fp: u32,
    fn_: u32,
}

impl Counts {
    fn p(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn r(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Counts per locale and per id of one part.
fn measure(name: &str, data: &str) -> (BTreeMap<String, Counts>, BTreeMap<String, Counts>) {
    let engine = Engine::load_default().expect("phrasebooks load");
    let (mut per_locale, mut per_id) = (BTreeMap::<String, Counts>::new(), BTreeMap::<String, Counts>::new());
    for r in rows(data) {
        let a = engine.analyse(&r.text, r.locale);
        let found: BTreeSet<String> = a.technique_ids().into_iter().chain(a.taboo_ids()).map(String::from).collect();
        for id in found.union(&r.ids) {
            let bump = |c: &mut Counts| match (found.contains(id), r.ids.contains(id)) {
                (true, true) => c.tp += 1,
                (true, false) => c.fp += 1,
                _ => c.fn_ += 1,
            };
            bump(per_locale.entry(r.locale.to_string()).or_default());
            bump(per_id.entry(id.clone()).or_default());
        }
    }
    println!("== {name}");
    for (l, c) in &per_locale {
        println!("{l:<8} precision {:.3} recall {:.3}  (tp {} fp {} fn {})", c.p(), c.r(), c.tp, c.fp, c.fn_);
    }
    for id in TECHNIQUES.iter().chain(TABOOS) {
        let c = per_id.get(*id).copied().unwrap_or_default();
        println!("  {id:<20} P {:.2} R {:.2}  tp {:>3} fp {:>3} fn {:>3}", c.p(), c.r(), c.tp, c.fp, c.fn_);
    }
    (per_locale, per_id)
}

/// Holds every locale of a part to (precision, recall) floors, and ids with at least ten
/// positives to a recall floor.
fn hold(name: &str, data: &str, floors: &[(Locale, f64, f64)], id_recall_floor: f64) {
    let (per_locale, per_id) = measure(name, data);
    let mut low = Vec::new();
    for &(l, p, r) in floors {
        let c = per_locale.get(&l.to_string()).copied().unwrap_or_default();
        if c.p() < p || c.r() < r {
            low.push(format!("{l}: precision {:.3} (floor {p}), recall {:.3} (floor {r})", c.p(), c.r()));
        }
    }
    for (id, c) in &per_id {
        if c.tp + c.fn_ >= 10 && c.r() < id_recall_floor {
            low.push(format!("{id}: recall {:.2} < {id_recall_floor}", c.r()));
        }
    }
    assert!(low.is_empty(), "{name} below its floors: {low:#?}");
}

#[test]
fn the_held_out_part_stays_heard() {
    hold(
        "held-out part (W103-W110, never tuned on)",
        HELDOUT,
        // Measured at stop 32, first look: zh-CN P .87 R .84, zh-TW .88/.83, en-US .88/.81 (the
        // engine the writers played gave the same); issue 10 asks for .90/.85. The id floor is far
        // below issue 10's 0.70: taboos the rules rarely hear in new writers' words sit at
        // badmouth_company 0.27, lecture 0.33, dismissive 0.40, weak_commitment 0.40, pass_the_buck
        // 0.40 (ids with at least 10 positives).
        &[(Locale::ZhCn, 0.84, 0.81), (Locale::ZhTw, 0.85, 0.80), (Locale::EnUs, 0.85, 0.78)],
        0.15,
    );
}

#[test]
fn the_tuning_part_stays_heard() {
    hold(
        "tuning part (tune + retired + playtests + fresh14 + fresh15)",
        &tuning(),
        &[(Locale::ZhCn, 0.885, 0.865), (Locale::ZhTw, 0.88, 0.83), (Locale::EnUs, 0.89, 0.885)],
        0.3,
    );
}

/// The tuning files as one table (one header).
fn tuning() -> String {
    let body = |t: &'static str| t.split_once('\n').map_or("", |(_, b)| b);
    format!("{}{}{}{}{}", TUNE, body(RETIRED), body(PLAYTESTS), body(FRESH14), body(FRESH15))
}

#[test]
fn the_last_blind_check_stays_heard() {
    hold(
        "fresh16 (W83-W86, never tuned on)",
        FRESH16,
        // Measured at stop 29: zh-CN P .90 R .84, zh-TW .91/.77, en-US .88/.87 (175 lines).
        &[(Locale::ZhCn, 0.87, 0.81), (Locale::ZhTw, 0.87, 0.74), (Locale::EnUs, 0.85, 0.84)],
        0.3,
    );
}

/// Each fresh part was labelled twice by labellers who never saw the engine.
#[test]
fn the_fresh_parts_are_labelled_twice_and_settled() {
    settled("fresh14", FRESH14, include_str!("data/devset/how/fresh14-double-labels.tsv"), 0.93);
    settled("fresh15", FRESH15, include_str!("data/devset/how/fresh15-double-labels.tsv"), 0.93);
    settled("fresh16", FRESH16, include_str!("data/devset/how/fresh16-double-labels.tsv"), 0.93);
}

#[test]
fn the_authors_set_stays_heard() {
    hold(
        "the first phrasebook's authored lines",
        AUTHORED,
        &[(Locale::ZhCn, 0.75, 0.75), (Locale::EnUs, 0.75, 0.75)],
        0.0,
    );
}

#[test]
fn the_dev_set_is_large_blind_and_split() {
    let (tune, held) = (rows(&tuning()), rows(HELDOUT));
    let all: Vec<&Row> = tune.iter().chain(&held).collect();
    assert!(all.len() >= 2000, "only {} labelled replies", all.len());
    let count = |l: Locale| all.iter().filter(|r| r.locale == l).count();
    assert!(count(Locale::ZhCn) >= 1100 && count(Locale::ZhTw) >= 150 && count(Locale::EnUs) >= 750);
    assert!(held.len() >= 600, "held-out part has {} lines", held.len());
    let held_in = |l: Locale| held.iter().filter(|r| r.locale == l).count();
    assert!(Locale::ALL.iter().all(|&l| held_in(l) >= 150), "every locale has 150 held-out lines");
    let writers = |rs: &[Row]| rs.iter().map(|r| r.uid.split('-').next().unwrap().to_string()).collect::<BTreeSet<_>>();
    assert!(writers(&tune).is_disjoint(&writers(&held)), "a writer is in both the tuning and the held-out part");
    for r in &all {
        for id in &r.ids {
            assert!(TECHNIQUES.contains(&id.as_str()) || TABOOS.contains(&id.as_str()), "unknown id {id} in {}", r.uid);
        }
    }
}

#[test]
fn two_labellers_agree_on_the_doubly_labelled_sample() {
    let first: BTreeMap<String, BTreeSet<String>> =
        rows(&tuning()).into_iter().chain(rows(HELDOUT)).map(|r| (r.uid, r.ids)).collect();
    let second = include_str!("data/devset/second-labels.tsv");
    let (mut both, mut only) = (0u32, 0u32);
    let mut n = 0;
    for line in second.lines() {
        let (uid, ids) = line.split_once('\t').unwrap_or((line, ""));
        let b: BTreeSet<String> = ids.split(',').filter(|s| !s.is_empty()).map(String::from).collect();
        let a = &first[uid];
        both += a.intersection(&b).count() as u32;
        only += a.symmetric_difference(&b).count() as u32;
        n += 1;
    }
    let f1 = 2.0 * both as f64 / (2.0 * both as f64 + only as f64);
    println!("{n} lines labelled twice: pairwise F1 {f1:.3}");
    assert!(n >= 300, "only {n} lines labelled twice");
    assert!(f1 >= 0.85, "labellers agree too little ({f1:.3}): the decision rules need work");
}

/// The held-out part was labelled twice throughout, by labellers who never saw the engine:
/// their raw labels agree closely, and the stored label keeps every id both gave.
#[test]
fn the_held_out_part_is_labelled_twice_and_settled() {
    // W103–W110: raw F1 0.949 (per writer 0.930–0.965); W95–W102 had 0.962.
    settled("held-out part", HELDOUT, include_str!("data/devset/double-labels.tsv"), 0.94);
}

fn settled(name: &str, part: &str, double: &str, min_f1: f64) {
    let gold: BTreeMap<String, BTreeSet<String>> = rows(part).into_iter().map(|r| (r.uid, r.ids)).collect();
    let ids = |s: &str| s.split(',').filter(|s| !s.is_empty()).map(String::from).collect::<BTreeSet<String>>();
    let (mut both, mut only, mut n) = (0u32, 0u32, 0usize);
    for line in double.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (a, b) = (ids(f.get(1).unwrap_or(&"")), ids(f.get(2).unwrap_or(&"")));
        both += a.intersection(&b).count() as u32;
        only += a.symmetric_difference(&b).count() as u32;
        let agreed: BTreeSet<String> = a.intersection(&b).cloned().collect();
        assert!(agreed.is_subset(&gold[f[0]]), "{name}, {}: an id both labellers gave is missing", f[0]);
        n += 1;
    }
    let f1 = 2.0 * both as f64 / (2.0 * both as f64 + only as f64);
    println!("{name}: {n} lines labelled twice, raw pairwise F1 {f1:.3}");
    assert_eq!(n, gold.len(), "every line of the {name} is labelled twice");
    assert!(f1 >= min_f1, "the {name}'s labellers agree too little ({f1:.3})");
}

//! Mastery: how well a learner uses each technique where the conversation called for it, which
//! taboos keep slipping in, and which scenario to practise next. Pure functions over plain
//! structs; the report feeds them from the store.
//!
//! The model, in words a trainer can check:
//!
//! - An **opportunity** for technique `t` is a turn whose beat called for `t`. It counts as a
//!   *use* when the reply showed `t`; a use is worth `0.5 + 0.5 × phrasing/100` (using the
//!   technique is half the credit, saying it well the other half), a miss is worth 0.
//! - Recent runs weigh more: a run `k` runs before the newest weighs `0.5^(k / half_life)`.
//! - **Level** = weighted credit / (weighted opportunities + `prior_weight`). The prior is one
//!   imaginary missed opportunity, so one lucky turn is not mastery.
//! - A technique is **mastered** at level ≥ `mastered` with at least `min_opportunities`
//!   opportunities. A mastered technique not practised for `review_after` runs is **due**
//!   (spaced repetition: it comes back before it is forgotten).
//! - **Practise next**: a due technique first (the longest unpractised), else the weakest
//!   unmastered one (never practised counts as weakest; ties go to the technique the earliest
//!   listed scenario trains, so beginners start with easy scenarios). Of the scenarios that
//!   train it, the one that also trains most other weak techniques wins, avoiding a repeat of
//!   the scenario just played when there is a choice.

use std::collections::{BTreeMap, BTreeSet};

/// One turn, reduced to what mastery needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TurnSample {
    /// Technique ids the beat called for.
    pub calls_for: Vec<String>,
    /// Technique ids the reply showed.
    pub techniques: Vec<String>,
    /// Taboo ids the reply contained.
    pub taboos: Vec<String>,
    /// The reply's phrasing score, 0-100.
    pub phrasing: u8,
}

/// One run of one learner, reduced to what mastery needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RunSample {
    /// Scenario id.
    pub scenario: String,
    /// Its turns in order.
    pub turns: Vec<TurnSample>,
}

/// Tuning of the model (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Runs after which a run's weight halves.
    pub half_life: f64,
    /// Weight of the imaginary missed opportunity every technique starts with.
    pub prior_weight: f64,
    /// Level from which a technique counts as mastered (0-1).
    pub mastered: f64,
    /// Opportunities needed before a technique can count as mastered.
    pub min_opportunities: usize,
    /// Runs without practice after which a mastered technique is due for review.
    pub review_after: usize,
    /// A taboo "keeps slipping in" when it appears in at least this many runs…
    pub taboo_min_runs: usize,
    /// …and at least once in the last this many runs.
    pub taboo_recent_runs: usize,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            half_life: 10.0,
            prior_weight: 1.0,
            mastered: 0.75,
            min_opportunities: 3,
            review_after: 5,
            taboo_min_runs: 2,
            taboo_recent_runs: 5,
        }
    }
}

/// One technique's standing.
#[derive(Debug, Clone, PartialEq)]
pub struct TechniqueMastery {
    /// Technique id.
    pub id: String,
    /// 0-1: weighted credit over weighted opportunities (plus the prior).
    pub level: f64,
    /// Turns that called for it.
    pub opportunities: usize,
    /// Of those, turns whose reply showed it.
    pub used: usize,
    /// Index (oldest run = 0) of the last run that called for it.
    pub last_run: usize,
    /// Runs played since then (0: the newest run called for it).
    pub runs_since: usize,
    /// Level and opportunities reach the mastery bar.
    pub mastered: bool,
    /// Mastered but not practised for `review_after` runs or more.
    pub due: bool,
}

/// One taboo's trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TabooTrend {
    /// Taboo id.
    pub id: String,
    /// Turns that contained it.
    pub turns: usize,
    /// Runs that contained it.
    pub runs: usize,
    /// Decay-weighted share of runs that contained it (0-1): recent slips count more.
    pub weight: f64,
    /// Index of the newest run that contained it.
    pub last_run: usize,
    /// In at least `taboo_min_runs` runs and in one of the last `taboo_recent_runs`.
    pub slipping: bool,
}

/// A scenario and the techniques it trains.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioInfo {
    /// Scenario id.
    pub id: String,
    /// Technique ids it trains.
    pub trains: Vec<String>,
}

/// Why a scenario is recommended.
#[derive(Debug, Clone, PartialEq)]
pub enum Why {
    /// A mastered technique has not been practised for this many runs.
    Review {
        /// Runs since it was last called for.
        runs_since: usize,
    },
    /// The weakest technique that was practised, at this level.
    Weakest {
        /// Its level, 0-1.
        level: f64,
    },
    /// A technique the learner has never been asked for.
    NotYetPractised,
}

/// What to practise next.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// The scenario to play.
    pub scenario: String,
    /// The technique it is for.
    pub technique: String,
    /// Why.
    pub why: Why,
}

/// The weight of run `index` of `n` (the newest weighs 1).
pub fn run_weight(index: usize, n: usize, half_life: f64) -> f64 {
    let age = n.saturating_sub(index + 1) as f64;
    0.5f64.powf(age / half_life.max(f64::MIN_POSITIVE))
}

/// Every technique called for in `runs` (oldest first), weakest first (ties by id).
pub fn techniques(runs: &[RunSample], p: &Params) -> Vec<TechniqueMastery> {
    #[derive(Default)]
    struct Acc {
        credit: f64,
        weight: f64,
        opportunities: usize,
        used: usize,
        last_run: usize,
    }
    let n = runs.len();
    let mut acc: BTreeMap<&str, Acc> = BTreeMap::new();
    for (i, run) in runs.iter().enumerate() {
        let w = run_weight(i, n, p.half_life);
        for turn in &run.turns {
            let called: BTreeSet<&str> = turn.calls_for.iter().map(String::as_str).collect();
            for t in called {
                let a = acc.entry(t).or_default();
                let used = turn.techniques.iter().any(|x| x == t);
                a.weight += w;
                a.opportunities += 1;
                a.last_run = i;
                if used {
                    a.used += 1;
                    a.credit += w * (0.5 + 0.5 * f64::from(turn.phrasing.min(100)) / 100.0);
                }
            }
        }
    }
    let mut out: Vec<TechniqueMastery> = acc
        .into_iter()
        .map(|(id, a)| {
            let level = a.credit / (a.weight + p.prior_weight.max(0.0)).max(f64::MIN_POSITIVE);
            let runs_since = n - 1 - a.last_run;
            let mastered = level >= p.mastered && a.opportunities >= p.min_opportunities;
            TechniqueMastery {
                id: id.to_string(),
                level,
                opportunities: a.opportunities,
                used: a.used,
                last_run: a.last_run,
                runs_since,
                mastered,
                due: mastered && runs_since >= p.review_after,
            }
        })
        .collect();
    out.sort_by(|a, b| a.level.total_cmp(&b.level).then_with(|| a.id.cmp(&b.id)));
    out
}

/// Every taboo in `runs` (oldest first), most persistent first (ties by turns, then id).
pub fn taboos(runs: &[RunSample], p: &Params) -> Vec<TabooTrend> {
    let n = runs.len();
    let total_weight: f64 = (0..n).map(|i| run_weight(i, n, p.half_life)).sum();
    let mut acc: BTreeMap<&str, TabooTrend> = BTreeMap::new();
    for (i, run) in runs.iter().enumerate() {
        let mut in_run: BTreeSet<&str> = BTreeSet::new();
        for turn in &run.turns {
            for t in &turn.taboos {
                let e = acc.entry(t).or_insert_with(|| TabooTrend {
                    id: t.clone(),
                    turns: 0,
                    runs: 0,
                    weight: 0.0,
                    last_run: i,
                    slipping: false,
                });
                e.turns += 1;
                in_run.insert(t);
            }
        }
        for t in in_run {
            let e = acc.get_mut(t).expect("inserted above");
            e.runs += 1;
            e.last_run = i;
            e.weight += run_weight(i, n, p.half_life);
        }
    }
    let mut out: Vec<TabooTrend> = acc
        .into_values()
        .map(|mut t| {
            t.weight /= total_weight.max(f64::MIN_POSITIVE);
            t.slipping = t.runs >= p.taboo_min_runs && n - 1 - t.last_run < p.taboo_recent_runs;
            t
        })
        .collect();
    out.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(b.turns.cmp(&a.turns)).then_with(|| a.id.cmp(&b.id)));
    out
}

/// What to practise next, from the learner's mastery, the scenarios on offer (in the order a
/// beginner should meet them) and the scenario of the newest run. None when no scenario trains
/// anything.
pub fn recommend(
    mastery: &[TechniqueMastery],
    scenarios: &[ScenarioInfo],
    last_scenario: Option<&str>,
) -> Option<Recommendation> {
    let known: BTreeMap<&str, &TechniqueMastery> = mastery.iter().map(|m| (m.id.as_str(), m)).collect();
    // Every technique on offer, in the order the scenario list first trains it.
    let mut offered: Vec<&str> = Vec::new();
    for s in scenarios {
        for t in &s.trains {
            if !offered.contains(&t.as_str()) {
                offered.push(t);
            }
        }
    }
    let need = |t: &str| match known.get(t) {
        None => 1.0,
        Some(m) if m.due => 1.0 - m.level * 0.5,
        Some(m) if m.mastered => 0.0,
        Some(m) => 1.0 - m.level,
    };
    let due = offered
        .iter()
        .filter_map(|t| known.get(t).filter(|m| m.due).map(|m| (*t, m.runs_since)))
        .max_by_key(|(_, since)| *since)
        .map(|(t, since)| (t, Why::Review { runs_since: since }));
    let weakest = || {
        offered
            .iter()
            .enumerate()
            .filter(|(_, t)| known.get(*t).is_none_or(|m| !m.mastered))
            .min_by(|(i, a), (j, b)| {
                let level = |t: &str| known.get(t).map_or(0.0, |m| m.level);
                level(a).total_cmp(&level(b)).then(i.cmp(j))
            })
            .map(|(_, t)| match known.get(t) {
                Some(m) => (*t, Why::Weakest { level: m.level }),
                None => (*t, Why::NotYetPractised),
            })
    };
    let (technique, why) = due.or_else(weakest)?;
    let best = scenarios
        .iter()
        .enumerate()
        .filter(|(_, s)| s.trains.iter().any(|t| t == technique))
        .max_by(|(i, a), (j, b)| {
            let fresh = |s: &ScenarioInfo| last_scenario != Some(s.id.as_str());
            let total = |s: &ScenarioInfo| s.trains.iter().map(|t| need(t)).sum::<f64>();
            fresh(a).cmp(&fresh(b)).then(total(a).total_cmp(&total(b))).then(j.cmp(i))
        })
        .map(|(_, s)| s)?;
    Some(Recommendation { scenario: best.id.clone(), technique: technique.to_string(), why })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turn(calls: &[&str], used: &[&str], taboos: &[&str], phrasing: u8) -> TurnSample {
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect();
        TurnSample { calls_for: v(calls), techniques: v(used), taboos: v(taboos), phrasing }
    }

    fn run(scenario: &str, turns: Vec<TurnSample>) -> RunSample {
        RunSample { scenario: scenario.into(), turns }
    }

    fn level(ms: &[TechniqueMastery], id: &str) -> f64 {
        ms.iter().find(|m| m.id == id).unwrap().level
    }

    #[test]
    fn weights_halve_every_half_life() {
        assert_eq!(run_weight(9, 10, 5.0), 1.0);
        assert!((run_weight(4, 10, 5.0) - 0.5).abs() < 1e-12);
        assert!((run_weight(0, 11, 5.0) - 0.25).abs() < 1e-12);
    }

    #[test]
    fn using_a_technique_well_where_called_for_raises_its_level() {
        let p = Params::default();
        let good = vec![run("a", vec![turn(&["empathy"], &["empathy"], &[], 100); 5])];
        let poor = vec![run("a", vec![turn(&["empathy"], &["empathy"], &[], 20); 5])];
        let missed = vec![run("a", vec![turn(&["empathy"], &[], &[], 100); 5])];
        let (g, q, m) = (techniques(&good, &p), techniques(&poor, &p), techniques(&missed, &p));
        assert!((level(&g, "empathy") - 5.0 / 6.0).abs() < 1e-9, "5 perfect uses + 1 imaginary miss");
        assert!(level(&g, "empathy") > level(&q, "empathy"));
        assert_eq!(level(&m, "empathy"), 0.0);
        assert!(g[0].mastered && !q[0].mastered);
        assert_eq!((g[0].opportunities, g[0].used, m[0].used), (5, 5, 0));
    }

    #[test]
    fn uses_where_not_called_for_do_not_count() {
        let runs = vec![run("a", vec![turn(&["apology"], &["apology", "empathy"], &[], 90)])];
        let ms = techniques(&runs, &Params::default());
        assert_eq!(ms.len(), 1);
        assert_eq!(ms[0].id, "apology");
    }

    #[test]
    fn recent_runs_weigh_more() {
        let p = Params { half_life: 2.0, ..Params::default() };
        let hit = || run("a", vec![turn(&["empathy"], &["empathy"], &[], 100)]);
        let miss = || run("a", vec![turn(&["empathy"], &[], &[], 100)]);
        let improving = vec![miss(), miss(), miss(), hit(), hit(), hit()];
        let slipping = vec![hit(), hit(), hit(), miss(), miss(), miss()];
        assert!(level(&techniques(&improving, &p), "empathy") > 0.5);
        assert!(level(&techniques(&slipping, &p), "empathy") < 0.3);
    }

    #[test]
    fn techniques_come_weakest_first() {
        let runs = vec![run(
            "a",
            vec![turn(&["empathy", "apology"], &["empathy"], &[], 80), turn(&["closing"], &["closing"], &[], 40)],
        )];
        let ids: Vec<String> = techniques(&runs, &Params::default()).into_iter().map(|m| m.id).collect();
        assert_eq!(ids, ["apology", "closing", "empathy"]);
    }

    #[test]
    fn taboos_that_keep_slipping_in_are_flagged() {
        let p = Params { taboo_recent_runs: 2, ..Params::default() };
        let runs = vec![
            run("a", vec![turn(&[], &[], &["blame_customer", "commanding"], 30)]),
            run("a", vec![turn(&[], &[], &["blame_customer"], 30), turn(&[], &[], &["blame_customer"], 30)]),
            run("a", vec![turn(&[], &[], &[], 90)]),
            run("a", vec![turn(&[], &[], &["dismissive"], 50)]),
        ];
        let ts = taboos(&runs, &p);
        let get = |id: &str| ts.iter().find(|t| t.id == id).unwrap();
        assert_eq!((get("blame_customer").turns, get("blame_customer").runs), (3, 2));
        assert!(!get("blame_customer").slipping, "last seen 2 runs ago, outside the recent window");
        assert!(!get("commanding").slipping, "only once");
        assert!(!get("dismissive").slipping, "only once, though recent");
        let runs2 = [runs.clone(), vec![run("a", vec![turn(&[], &[], &["blame_customer"], 30)])]].concat();
        let ts2 = taboos(&runs2, &p);
        assert_eq!(ts2[0].id, "blame_customer");
        assert!(ts2[0].slipping);
        assert!(ts2[0].weight > 0.0 && ts2[0].weight <= 1.0);
    }

    fn scenarios() -> Vec<ScenarioInfo> {
        let s =
            |id: &str, t: &[&str]| ScenarioInfo { id: id.into(), trains: t.iter().map(|x| x.to_string()).collect() };
        vec![
            s("late_parcel", &["greeting", "empathy", "closing"]),
            s("refund_policy_no", &["polite_no", "empathy", "offer_alternative"]),
            s("insulting_customer", &["set_limits", "polite_no"]),
        ]
    }

    #[test]
    fn a_beginner_starts_with_the_first_scenario() {
        let r = recommend(&[], &scenarios(), None).unwrap();
        assert_eq!(
            (r.scenario.as_str(), r.technique.as_str(), r.why),
            ("late_parcel", "greeting", Why::NotYetPractised)
        );
    }

    #[test]
    fn the_weakest_technique_picks_the_scenario() {
        let p = Params::default();
        let runs = vec![run(
            "late_parcel",
            vec![
                turn(&["greeting"], &["greeting"], &[], 90),
                turn(&["empathy"], &["empathy"], &[], 90),
                turn(&["closing"], &["closing"], &[], 90),
                turn(&["polite_no"], &[], &[], 60),
                turn(&["set_limits"], &["set_limits"], &[], 60),
                turn(&["offer_alternative"], &["offer_alternative"], &[], 60),
            ],
        )];
        let ms = techniques(&runs, &p);
        let r = recommend(&ms, &scenarios(), Some("late_parcel")).unwrap();
        assert_eq!(r.technique, "polite_no");
        assert_eq!(r.why, Why::Weakest { level: 0.0 });
        // Both train polite_no; refund_policy_no also trains two more unmastered techniques.
        assert_eq!(r.scenario, "refund_policy_no");
    }

    #[test]
    fn mastered_techniques_come_back_after_n_runs() {
        let p = Params { review_after: 3, ..Params::default() };
        let mut runs = vec![run("insulting_customer", vec![turn(&["set_limits"], &["set_limits"], &[], 100); 6])];
        let other = || {
            run(
                "late_parcel",
                vec![
                    turn(&["greeting"], &["greeting"], &[], 100),
                    turn(&["empathy"], &["empathy"], &[], 100),
                    turn(&["closing"], &["closing"], &[], 100),
                    turn(&["polite_no"], &[], &[], 100),
                    turn(&["offer_alternative"], &[], &[], 100),
                ],
            )
        };
        runs.push(other());
        runs.push(other());
        let ms = techniques(&runs, &p);
        let sl = ms.iter().find(|m| m.id == "set_limits").unwrap();
        assert!(sl.mastered && !sl.due && sl.runs_since == 2);
        let r = recommend(&ms, &scenarios(), Some("late_parcel")).unwrap();
        assert_ne!(r.technique, "set_limits", "not yet due");
        runs.push(other());
        let ms = techniques(&runs, &p);
        let r = recommend(&ms, &scenarios(), Some("late_parcel")).unwrap();
        assert_eq!((r.technique.as_str(), r.why), ("set_limits", Why::Review { runs_since: 3 }));
        assert_eq!(r.scenario, "insulting_customer");
    }

    #[test]
    fn no_scenarios_no_recommendation() {
        assert_eq!(recommend(&[], &[], None), None);
    }
}

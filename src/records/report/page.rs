//! The report page as data: every section computed from the learners' runs, then rendered
//! by `templates/report/page.html`.

use super::charts::{self, Bar, BarChart, GradeChart, GradeRow, Period, TimeChart};
use super::dates::{civil_from_days, day_of, days_from_civil};
use super::words::{Words, int, pct, truncate};
use super::{Learner, Options, learners, samples};
use crate::records::ScenarioMeta;
use crate::records::mastery::{self, RunSample, ScenarioInfo, TechniqueMastery, Why};
use crate::records::store::{RunRecord, Source};
use crate::scenario::grade::letter;
use askama::Template;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// A row of "practise next".
pub struct NextRow {
    learner: String,
    runs: String,
    mean: String,
    scenario: String,
    technique: String,
    why: Option<(&'static str, String)>,
}

/// A row of the taboo table.
pub struct TabooView {
    id: String,
    name: String,
    slipping: Option<String>,
    turns: String,
    runs: String,
    learners: String,
    quotes: Vec<(String, String)>,
}

/// A trainer's override beside the engine's score.
pub struct OverrideView {
    learner: String,
    scenario: String,
    turn: u32,
    engine: u8,
    score: u8,
    reason: String,
    reply: String,
}

/// One learner's dispute of the engine's reading of a turn.
pub struct DisputeView {
    learner: String,
    scenario: String,
    turn: u32,
    /// `report-dispute-missed` or `report-dispute-misread`.
    kind: &'static str,
    id: String,
    note: String,
    reply: String,
}

/// The whole page.
#[derive(Template)]
#[template(path = "report/page.html")]
pub struct Page<'a> {
    w: &'a Words<'a>,
    meta: String,
    cards: Vec<(String, String)>,
    next_note: Option<String>,
    next: Vec<NextRow>,
    weak_intro: String,
    weak_chart: Option<BarChart>,
    weak_legend: Vec<(&'static str, String)>,
    unpractised: Option<String>,
    taboo_intro: String,
    taboo_chart: Option<BarChart>,
    taboos: Vec<TabooView>,
    cohort: bool,
    grade_chart: Option<GradeChart>,
    grades: [(char, &'static str); 5],
    overrides: Vec<OverrideView>,
    disputes: Vec<DisputeView>,
    time_chart: Option<TimeChart>,
    how: String,
}

/// Everything computed for one learner.
struct LearnerView<'a> {
    learner: Learner<'a>,
    samples: Vec<RunSample>,
    mastery: Vec<TechniqueMastery>,
    next: Option<mastery::Recommendation>,
}

/// What every section reads: the options, the words and the learners.
struct Ctx<'a> {
    opts: &'a Options,
    w: &'a Words<'a>,
    views: Vec<LearnerView<'a>>,
    meta: HashMap<&'a str, &'a ScenarioMeta>,
}

impl Ctx<'_> {
    fn name(&self, id: &str) -> String {
        self.opts.names.get(id).cloned().unwrap_or_else(|| id.to_string())
    }

    fn title(&self, id: &str) -> String {
        self.meta.get(id).map_or_else(|| id.to_string(), |m| m.title(self.opts.locale).to_string())
    }

    fn cohort(&self) -> bool {
        self.views.len() > 1
    }
}

fn mean(v: &[u8]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().map(|x| f64::from(*x)).sum::<f64>() / v.len() as f64)
}

fn whole(x: Option<f64>) -> String {
    x.map_or("–".into(), |m| format!("{m:.0}"))
}

/// The page for `sources`.
pub fn page<'a>(sources: &'a [Source], opts: &'a Options, w: &'a Words<'a>) -> Page<'a> {
    let infos: Vec<ScenarioInfo> =
        opts.scenarios.iter().map(|s| ScenarioInfo { id: s.id.clone(), trains: s.trains.clone() }).collect();
    let views = learners(sources)
        .into_iter()
        .map(|l| {
            let samples = samples(&l.runs, &opts.scenarios);
            let mastery = mastery::techniques(&samples, &opts.params);
            let next = mastery::recommend(&mastery, &infos, l.runs.last().map(|r| r.scenario.as_str()));
            LearnerView { learner: l, samples, mastery, next }
        })
        .collect();
    let meta = opts.scenarios.iter().map(|s| (s.id.as_str(), s)).collect();
    let cx = Ctx { opts, w, views, meta };
    let all: Vec<&RunRecord> = sources.iter().flat_map(|s| &s.runs).collect();
    let files: Vec<String> = sources.iter().map(|s| s.path.display().to_string()).collect();
    let (weak_intro, weak_chart, weak_legend, unpractised) = weakest(&cx);
    let (taboo_chart, taboos) = taboo_section(&cx);
    let p = &opts.params;
    Page {
        w,
        meta: w.with("report-meta", &[("when", opts.generated.clone()), ("files", files.join(", "))]),
        cards: cards(&cx, &all),
        next_note: next_note(&cx),
        next: cx.views.iter().map(|v| next_row(&cx, v)).collect(),
        weak_intro,
        weak_chart,
        weak_legend,
        unpractised,
        taboo_intro: w.with(
            "report-taboo-intro",
            &[("min", p.taboo_min_runs.to_string()), ("recent", p.taboo_recent_runs.to_string())],
        ),
        taboo_chart,
        taboos,
        cohort: cx.cohort(),
        grade_chart: grade_chart(&cx, &all),
        grades: charts::GRADES,
        overrides: overrides(sources),
        disputes: disputes(sources),
        time_chart: time_chart(w, &all),
        how: w.with(
            "report-how",
            &[
                ("half_life", format!("{}", p.half_life)),
                ("mastered", format!("{:.0}", p.mastered * 100.0)),
                ("min", p.min_opportunities.to_string()),
                ("review", p.review_after.to_string()),
            ],
        ),
    }
}

fn cards(cx: &Ctx, all: &[&RunRecord]) -> Vec<(String, String)> {
    let w = cx.w;
    let finished = all.iter().filter(|r| r.finished()).count();
    let turns: usize = all.iter().map(|r| r.turns.len()).sum();
    let taboo_turns: usize = all.iter().map(|r| r.turns.iter().filter(|t| !t.taboos.is_empty()).count()).sum();
    let scores: Vec<u8> = all.iter().filter(|r| r.finished()).filter_map(|r| r.score).collect();
    let pass = (!scores.is_empty()).then(|| scores.iter().filter(|s| **s >= 60).count() as f64 / scores.len() as f64);
    vec![
        (int(cx.views.len()), w.t("report-card-learners")),
        (int(all.len()), w.with("report-card-runs", &[("finished", int(finished))])),
        (int(turns), w.t("report-card-replies")),
        (whole(mean(&scores)), w.t("report-card-mean")),
        (pass.map_or("–".into(), pct), w.t("report-card-pass")),
        (if turns == 0 { "–".into() } else { pct(taboo_turns as f64 / turns as f64) }, w.t("report-card-taboo")),
    ]
}

fn next_note(cx: &Ctx) -> Option<String> {
    if cx.opts.scenarios.is_empty() {
        Some(cx.w.t("report-no-library"))
    } else if cx.views.is_empty() {
        Some(cx.w.t("report-none"))
    } else {
        None
    }
}

fn next_row(cx: &Ctx, v: &LearnerView) -> NextRow {
    let w = cx.w;
    let scores: Vec<u8> = v.learner.runs.iter().filter(|r| r.finished()).filter_map(|r| r.score).collect();
    let (scenario, technique, why) = match &v.next {
        Some(r) => {
            let why = match r.why {
                Why::Review { runs_since } => {
                    ("tag review", w.with("report-why-review", &[("runs", runs_since.to_string())]))
                }
                Why::Weakest { level } => ("tag", w.with("report-why-weakest", &[("level", pct(level))])),
                Why::NotYetPractised => ("tag new", w.t("report-why-new")),
            };
            (cx.title(&r.scenario), cx.name(&r.technique), Some(why))
        }
        None => ("–".into(), "–".into(), None),
    };
    NextRow {
        learner: v.learner.label.clone(),
        runs: int(v.learner.runs.len()),
        mean: whole(mean(&scores)),
        scenario,
        technique,
        why,
    }
}

/// A technique's mastery over the learners who met it.
struct TechRow<'a> {
    id: &'a str,
    level: f64,
    opportunities: usize,
    used: usize,
    mastered: usize,
    due: usize,
}

/// Techniques by mean level over the learners who met them, weakest first.
fn tech_rows<'a>(views: &'a [LearnerView]) -> Vec<TechRow<'a>> {
    let mut per: BTreeMap<&str, (TechRow, usize)> = BTreeMap::new();
    for m in views.iter().flat_map(|v| &v.mastery) {
        let zero = TechRow { id: &m.id, level: 0.0, opportunities: 0, used: 0, mastered: 0, due: 0 };
        let (e, n) = per.entry(m.id.as_str()).or_insert((zero, 0));
        e.level += m.level;
        e.opportunities += m.opportunities;
        e.used += m.used;
        e.mastered += usize::from(m.mastered);
        e.due += usize::from(m.due);
        *n += 1;
    }
    let mut rows: Vec<TechRow> = per.into_values().map(|(r, n)| TechRow { level: r.level / n as f64, ..r }).collect();
    rows.sort_by(|a, b| a.level.total_cmp(&b.level).then(a.id.cmp(b.id)));
    rows
}

fn tech_bar(cx: &Ctx, t: &TechRow) -> Bar {
    let (w, mastered) = (cx.w, cx.opts.params.mastered);
    let all_mastered = t.mastered == if cx.cohort() { cx.views.len() } else { 1 };
    let colour = match t.level {
        _ if t.due > 0 => "#5b8def",
        l if all_mastered || l >= mastered => "#2d8a5f",
        l if l >= 0.4 => "#e0a526",
        _ => "#d1495b",
    };
    let mut text = w.with("report-weak-bar", &[("level", pct(t.level)), ("opportunities", int(t.opportunities))]);
    if t.due > 0 {
        text = format!("{text} · {}", w.t("report-due"));
    } else if t.level >= mastered && t.mastered > 0 {
        text = format!("{text} · {}", w.t("report-mastered"));
    }
    let tip = w.with(
        "report-weak-tip",
        &[("name", cx.name(t.id)), ("used", int(t.used)), ("opportunities", int(t.opportunities))],
    );
    Bar { label: cx.name(t.id), value: t.level, text, colour, tip }
}

type Weakest = (String, Option<BarChart>, Vec<(&'static str, String)>, Option<String>);

fn weakest(cx: &Ctx) -> Weakest {
    let w = cx.w;
    let rows = tech_rows(&cx.views);
    let mut intro = w.t("report-weak-intro");
    if cx.cohort() {
        intro += &w.with("report-weak-cohort", &[("learners", int(cx.views.len()))]);
    }
    let chart =
        (!rows.is_empty()).then(|| charts::bar_chart(rows.iter().map(|t| tech_bar(cx, t)).collect(), 1.0, true));
    let m = (cx.opts.params.mastered * 100.0).round();
    let legend = vec![
        ("#d1495b", "< 40%".to_string()),
        ("#e0a526", format!("40–{m}%")),
        ("#2d8a5f", format!("≥ {m}% ({})", w.t("report-mastered"))),
        ("#5b8def", w.t("report-due")),
    ];
    let met: BTreeSet<&str> = rows.iter().map(|t| t.id).collect();
    let mut unpractised: Vec<String> = Vec::new();
    for t in cx.opts.scenarios.iter().flat_map(|s| &s.trains).filter(|t| !met.contains(t.as_str())) {
        let name = cx.name(t);
        if !unpractised.contains(&name) {
            unpractised.push(name);
        }
    }
    let unpractised =
        (!unpractised.is_empty()).then(|| w.with("report-not-practised", &[("names", unpractised.join(" · "))]));
    (intro, chart, legend, unpractised)
}

/// A taboo over the cohort, with candidate quotes per learner (reply, learner, scenario).
#[derive(Default)]
struct TabooRow {
    weight: f64,
    turns: usize,
    runs: usize,
    learners: usize,
    slipping: usize,
    candidates: Vec<Vec<(String, String, String)>>,
}

/// Cohort counts of each taboo, and each learner's newest replies containing it.
fn taboo_rows(cx: &Ctx) -> Vec<(String, TabooRow)> {
    let mut taboos: BTreeMap<String, TabooRow> = BTreeMap::new();
    for v in &cx.views {
        for t in mastery::taboos(&v.samples, &cx.opts.params) {
            let e = taboos.entry(t.id.clone()).or_default();
            e.weight += t.weight;
            e.turns += t.turns;
            e.runs += t.runs;
            e.learners += 1;
            e.slipping += usize::from(t.slipping);
            e.candidates.push(Vec::new());
        }
        'runs: for r in v.learner.runs.iter().rev() {
            for turn in r.turns.iter().rev() {
                for id in &turn.taboos {
                    let Some(list) = taboos.get_mut(id).and_then(|e| e.candidates.last_mut()) else { continue };
                    if list.len() < 3 && !list.iter().any(|x| x.0 == turn.reply) {
                        list.push((turn.reply.clone(), v.learner.label.clone(), cx.title(&r.scenario)));
                    }
                }
            }
            if taboos.values().all(|e| e.candidates.last().is_none_or(|l| l.len() >= 3)) {
                break 'runs;
            }
        }
    }
    let mut rows: Vec<(String, TabooRow)> = taboos.into_iter().collect();
    rows.sort_by(|a, b| b.1.turns.cmp(&a.1.turns).then(b.1.weight.total_cmp(&a.1.weight)).then(a.0.cmp(&b.0)));
    rows.truncate(10);
    rows
}

/// Up to three quotes, taken in turn from each learner so a cohort's are not all one person's.
fn examples(t: &TabooRow) -> Vec<&(String, String, String)> {
    let mut out: Vec<&(String, String, String)> = Vec::new();
    for round in 0..3 {
        for x in t.candidates.iter().filter_map(|list| list.get(round)) {
            if out.len() < 3 && !out.iter().any(|o| o.0 == x.0) {
                out.push(x);
            }
        }
    }
    out
}

fn taboo_view(cx: &Ctx, id: &str, t: &TabooRow) -> TabooView {
    let w = cx.w;
    let slipping = match (t.slipping, cx.cohort()) {
        (0, _) => None,
        (_, false) => Some(w.t("report-slipping")),
        (n, true) => Some(w.counted("report-slipping-learners", n, &[("learners", int(n))])),
    };
    let quotes = examples(t)
        .into_iter()
        .map(|(reply, who, scen)| {
            (truncate(reply, 240), if cx.cohort() { format!("{who} · {scen}") } else { scen.clone() })
        })
        .collect();
    TabooView {
        id: id.to_string(),
        name: cx.name(id),
        slipping,
        turns: int(t.turns),
        runs: int(t.runs),
        learners: int(t.learners),
        quotes,
    }
}

fn taboo_section(cx: &Ctx) -> (Option<BarChart>, Vec<TabooView>) {
    let w = cx.w;
    let rows = taboo_rows(cx);
    if rows.is_empty() {
        return (None, Vec::new());
    }
    let max = rows.iter().map(|t| t.1.turns).max().unwrap_or(1) as f64;
    let bars = rows
        .iter()
        .map(|(id, t)| Bar {
            label: cx.name(id),
            value: t.turns as f64,
            text: w.with("report-taboo-bar", &[("replies", int(t.turns)), ("runs", int(t.runs))]),
            colour: if t.slipping > 0 { "#d1495b" } else { "#e8a0a9" },
            tip: w.with("report-taboo-tip", &[("name", cx.name(id)), ("replies", int(t.turns))]),
        })
        .collect();
    let chart = charts::bar_chart(bars, charts::count_axis(max), false);
    (Some(chart), rows.iter().map(|(id, t)| taboo_view(cx, id, t)).collect())
}

fn grade_chart(cx: &Ctx, all: &[&RunRecord]) -> Option<GradeChart> {
    let mut grades: BTreeMap<&str, ([usize; 5], f64)> = BTreeMap::new();
    for r in all.iter().filter(|r| r.finished()) {
        let Some(score) = r.score else { continue };
        let g = charts::GRADES.iter().position(|(c, _)| *c == letter(score)).unwrap_or(4);
        let e = grades.entry(r.scenario.as_str()).or_default();
        e.0[g] += 1;
        e.1 += f64::from(score);
    }
    let order: HashMap<&str, usize> = cx.opts.scenarios.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut rows: Vec<(&str, ([usize; 5], f64))> = grades.into_iter().collect();
    rows.sort_by_key(|(id, _)| (order.get(id).copied().unwrap_or(usize::MAX), id.to_string()));
    let rows: Vec<GradeRow> = rows
        .into_iter()
        .map(|(id, (counts, sum))| {
            let n: usize = counts.iter().sum();
            let note = cx.w.with("report-grades-row", &[("runs", int(n)), ("mean", format!("{:.0}", sum / n as f64))]);
            GradeRow { label: cx.title(id), counts, note }
        })
        .collect();
    (!rows.is_empty()).then(|| charts::grade_chart(rows))
}

/// The run a stored note about a turn belongs to, and that turn's reply.
fn run_and_reply(src: &Source, run_id: i64, turn: u32) -> Option<(&crate::records::RunRecord, String)> {
    let run = src.runs.iter().find(|r| r.id == run_id)?;
    let reply = run.turns.iter().find(|t| t.turn == turn).map_or("", |t| t.reply.as_str());
    Some((run, reply.to_string()))
}

fn overrides(sources: &[Source]) -> Vec<OverrideView> {
    let mut out = Vec::new();
    for src in sources {
        for o in &src.overrides {
            let Some((run, reply)) = run_and_reply(src, o.run_id, o.turn) else { continue };
            out.push(OverrideView {
                learner: run.profile.clone(),
                scenario: run.scenario.clone(),
                turn: o.turn,
                engine: o.engine,
                score: o.score,
                reason: o.reason.clone(),
                reply,
            });
        }
    }
    out
}

fn disputes(sources: &[Source]) -> Vec<DisputeView> {
    let mut out = Vec::new();
    for src in sources {
        for d in &src.disputes {
            let Some((run, reply)) = run_and_reply(src, d.run_id, d.turn) else { continue };
            out.push(DisputeView {
                learner: run.profile.clone(),
                scenario: run.scenario.clone(),
                turn: d.turn,
                kind: match d.kind {
                    crate::records::dispute::DisputeKind::Missed => "report-dispute-missed",
                    crate::records::dispute::DisputeKind::Misread => "report-dispute-misread",
                },
                id: d.id.clone(),
                note: d.note.clone().unwrap_or_default(),
                reply,
            });
        }
    }
    out
}

/// Periods of the time axis: days up to two months, weeks (from Monday) up to ~18 months,
/// else months.
#[derive(Clone, Copy, PartialEq)]
enum Unit {
    Day,
    Week,
    Month,
}

impl Unit {
    fn for_span(days: i64) -> Unit {
        match days {
            ..=62 => Unit::Day,
            63..=560 => Unit::Week,
            _ => Unit::Month,
        }
    }

    /// The first day of the period holding day `d`.
    fn start(self, d: i64) -> i64 {
        match self {
            Unit::Day => d,
            Unit::Week => d - (d + 3).rem_euclid(7),
            Unit::Month => {
                let (y, m, _) = civil_from_days(d);
                days_from_civil(y, m, 1)
            }
        }
    }

    /// The first day of the period after the one starting on `b`.
    fn next(self, b: i64) -> i64 {
        match self {
            Unit::Day => b + 1,
            Unit::Week => b + 7,
            Unit::Month => {
                let (y, m, _) = civil_from_days(b);
                if m == 12 { days_from_civil(y + 1, 1, 1) } else { days_from_civil(y, m + 1, 1) }
            }
        }
    }

    fn words(self) -> &'static str {
        match self {
            Unit::Day => "report-per-day",
            Unit::Week => "report-per-week",
            Unit::Month => "report-per-month",
        }
    }
}

fn time_chart(w: &Words, runs: &[&RunRecord]) -> Option<TimeChart> {
    let days: Vec<(i64, &RunRecord)> = runs.iter().filter_map(|r| day_of(&r.started).map(|d| (d, *r))).collect();
    let first = days.iter().map(|d| d.0).min()?;
    let last = days.iter().map(|d| d.0).max()?;
    let unit = Unit::for_span(last - first + 1);
    let mut starts = vec![unit.start(first)];
    while let Some(b) = starts.last().map(|b| unit.next(*b)).filter(|b| *b <= last) {
        starts.push(b);
    }
    let index: HashMap<i64, usize> = starts.iter().enumerate().map(|(i, b)| (*b, i)).collect();
    let mut tally = vec![(0usize, 0.0f64, 0usize); starts.len()];
    for (d, r) in &days {
        let Some(t) = index.get(&unit.start(*d)).map(|i| &mut tally[*i]) else { continue };
        t.0 += 1;
        if let (true, Some(s)) = (r.finished(), r.score) {
            t.1 += f64::from(s);
            t.2 += 1;
        }
    }
    let unit_words = w.t(unit.words());
    let periods = starts
        .iter()
        .zip(tally)
        .map(|(start, (runs, sum, k))| {
            let (y, m, d) = civil_from_days(*start);
            let mean = (k > 0).then(|| sum / k as f64);
            let mean_text = mean.map_or("–".into(), |m| w.with("report-time-mean", &[("mean", format!("{m:.0}"))]));
            let date = format!("{y}-{m:02}-{d:02}");
            let tip = w.with(
                "report-time-tip",
                &[("date", date), ("unit", unit_words.clone()), ("runs", runs.to_string()), ("mean", mean_text)],
            );
            let label = if unit == Unit::Month { format!("{y}-{m:02}") } else { format!("{m:02}-{d:02}") };
            Period { label, runs, mean, tip }
        })
        .collect();
    let axis = w.with("report-time-axis", &[("unit", unit_words.clone())]);
    Some(charts::time_chart(periods, axis, w.t("report-card-mean")))
}

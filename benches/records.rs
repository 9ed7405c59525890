//! Records speed over a generated database of 10,000 runs (20 learners, 4-8 turns each, replies
//! and their technique/taboo ids from the labelled set, spread over 180 days): recording one
//! turn (its own durable transaction), reading every run, rendering the report, and the whole
//! `defuse report` work (read + mastery + HTML). `DEFUSE_BENCH_KEEP=<dir>` keeps the database
//! and the report there for a look.

use criterion::{Criterion, criterion_group, criterion_main};
use defuse::locale::Locale;
use defuse::phrasing::{Analysis, Hit, Severity, TabooHit};
use defuse::records::mastery::Params;
use defuse::records::report::{Options, render};
use defuse::records::{ScenarioMeta, Store, load_scenarios, store};
use defuse::scenario::format::{Meters, Stage};
use defuse::scenario::grade::TurnScore;
use defuse::scenario::runtime::{CustomerLine, Next, RunLog, TurnResult};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::{Path, PathBuf};

const RUNS: usize = 10_000;
const LEARNERS: usize = 20;
const PROFILES: [&str; 5] = ["小林", "小王", "阿芳", "Mei", "陈晨"];

/// (reply, technique ids, taboo ids) from tests/data/labelled.tsv.
fn replies(techniques: &BTreeSet<String>) -> Vec<(String, Vec<String>, Vec<String>)> {
    let text = std::fs::read_to_string("tests/data/labelled.tsv").expect("labelled set");
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.split('\t');
            let (_, reply, ids) = (f.next()?, f.next()?, f.next().unwrap_or(""));
            let ids: Vec<String> = ids.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect();
            let (tech, taboo): (Vec<String>, Vec<String>) = ids.into_iter().partition(|i| techniques.contains(i));
            Some((reply.to_string(), tech, taboo))
        })
        .collect()
}

/// Writes the cohort database in one transaction (the store's own schema).
fn generate(path: &Path, scenarios: &[ScenarioMeta]) {
    drop(Store::open(path).expect("create"));
    let techniques: BTreeSet<String> =
        scenarios.iter().flat_map(|s| s.trains.iter().chain(s.calls_for.values().flatten())).cloned().collect();
    let pool = replies(&techniques);
    let mut rng = StdRng::seed_from_u64(2026);
    let mut c = rusqlite::Connection::open(path).unwrap();
    let tx = c.transaction().unwrap();
    {
        let mut run_st = tx
            .prepare(
                "INSERT INTO runs (id, profile, scenario, seed, locale, timed, started, ended, ending, ending_kind, score)
                 VALUES (?1, ?2, ?3, ?4, 'zh-CN', 1, datetime(1767225600 + ?5, 'unixepoch'),
                         CASE WHEN ?6 THEN datetime(1767225600 + ?5 + 600, 'unixepoch') END, ?7, ?8, ?9)",
            )
            .unwrap();
        let mut turn_st = tx
            .prepare(
                "INSERT INTO turns (run_id, turn, reply, waited, beat, phrasing, total, techniques, taboos, fit, calls_for)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )
            .unwrap();
        for i in 0..RUNS {
            let learner = i % LEARNERS;
            let profile = format!("{}{}", PROFILES[learner % PROFILES.len()], learner / PROFILES.len() + 1);
            // Learners improve: later runs pick better replies more often.
            let skill = 0.3 + 0.6 * i as f64 / RUNS as f64 + 0.1 * (learner % 3) as f64 / 2.0;
            let s = &scenarios[rng.random_range(0..scenarios.len().min(6 + i * scenarios.len() / RUNS))];
            let beats: Vec<(&String, &Vec<String>)> = s.calls_for.iter().collect();
            let n = rng.random_range(4..=8);
            let mut totals = Vec::new();
            let mut rows = Vec::new();
            let at = (i as i64) * 180 * 86_400 / RUNS as i64 + rng.random_range(0..3600);
            for t in 1..=n {
                let (beat, calls) = beats[rng.random_range(0..beats.len())];
                let (reply, tech, taboo) = if rng.random_bool(skill.min(0.95)) {
                    // A reply that shows one of the called-for techniques, when the set has one.
                    let fits: Vec<&(String, Vec<String>, Vec<String>)> =
                        pool.iter().filter(|p| p.2.is_empty() && p.1.iter().any(|x| calls.contains(x))).collect();
                    if fits.is_empty() {
                        &pool[rng.random_range(0..pool.len())]
                    } else {
                        fits[rng.random_range(0..fits.len())]
                    }
                } else {
                    &pool[rng.random_range(0..pool.len())]
                };
                let phrasing: u8 = if taboo.is_empty() { rng.random_range(55..=98) } else { rng.random_range(10..=50) };
                let fit: u8 = if tech.iter().any(|x| calls.contains(x)) { 100 } else { 0 };
                let total = (0.5 * f64::from(phrasing) + 0.35 * f64::from(fit) + 15.0).round() as u8;
                totals.push(f64::from(total));
                let waited = rng.random_range(2.0..30.0f64);
                rows.push((
                    t,
                    reply,
                    waited,
                    beat,
                    phrasing,
                    total,
                    tech.join(","),
                    taboo.join(","),
                    fit,
                    calls.join(","),
                ));
            }
            let finished = rng.random_bool(0.9);
            let score = (totals.iter().sum::<f64>() / totals.len() as f64 * 0.7 + if skill > 0.6 { 30.0 } else { 10.0 })
                .min(100.0) as u8;
            let (ending, kind) = if score >= 60 { ("resolved", "resolved") } else { ("escalated", "escalated") };
            run_st
                .execute(rusqlite::params![
                    i as i64 + 1,
                    profile,
                    s.id,
                    i as i64,
                    at,
                    finished,
                    finished.then_some(ending),
                    finished.then_some(kind),
                    finished.then_some(score)
                ])
                .unwrap();
            for (t, reply, waited, beat, phrasing, total, tech, taboo, fit, calls) in rows {
                let params =
                    rusqlite::params![i as i64 + 1, t, reply, waited, beat, phrasing, total, tech, taboo, fit, calls];
                turn_st.execute(params).unwrap();
            }
        }
    }
    tx.commit().unwrap();
}

fn turn(n: usize) -> TurnResult {
    let hit = |id: &str| Hit { id: id.into(), start: 0, end: 2, evidence: "理解".into() };
    TurnResult {
        turn: n,
        beat: "opening".into(),
        stage: Stage::Accept,
        analysis: Analysis {
            text: "您好，非常理解您着急的心情，我马上为您查询物流信息。".into(),
            locale: Locale::ZhCn,
            score: 82,
            techniques: vec![hit("greeting"), hit("empathy"), hit("hold_notice")],
            taboos: vec![TabooHit {
                hit: hit("commanding"),
                severity: Severity::Moderate,
                rewrite: None,
                rewrites: vec![],
                replace: None,
            }],
            components: vec![],
            rewritten: None,
        },
        changes: vec![],
        meters: Meters { anger: 40.0, trust: 50.0, patience: 60.0 },
        branch: None,
        passed: vec![],
        score: TurnScore { phrasing: 82, fit: 100, timing: 100, total: 88 },
        reaction: None,
        next: Next::Line(CustomerLine { beat: "facts".into(), line: "facts-1".into() }),
    }
}

fn benches(c: &mut Criterion) {
    let keep = std::env::var_os("DEFUSE_BENCH_KEEP").map(PathBuf::from);
    let tmp = tempfile::tempdir().unwrap();
    let dir = keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("cohort.sqlite");
    let _ = std::fs::remove_file(&db);
    let (scenarios, _) = load_scenarios(Path::new("scenarios"));
    let t = std::time::Instant::now();
    generate(&db, &scenarios);
    eprintln!("generated {RUNS} runs in {:.1?} ({} bytes)", t.elapsed(), std::fs::metadata(&db).unwrap().len());

    let ids: BTreeSet<String> = store::read_many(std::slice::from_ref(&db))
        .unwrap()
        .iter()
        .flat_map(|s| {
            s.runs.iter().flat_map(|r| r.turns.iter().flat_map(|t| t.techniques.iter().chain(&t.taboos).cloned()))
        })
        .chain(scenarios.iter().flat_map(|s| s.trains.iter().cloned()))
        .collect();
    let names = defuse::cli::report::names(Locale::ZhCn, ids.iter().map(String::as_str));
    let opts = Options {
        locale: Locale::ZhCn,
        scenarios: scenarios.clone(),
        names,
        params: Params::default(),
        generated: "benchmark".into(),
    };

    let mut g = c.benchmark_group("records");
    {
        // One turn into (a copy of) the 10,000-run database: its own transaction, fsync'd
        // (synchronous=FULL).
        let copy = tmp.path().join("record-turn.sqlite");
        std::fs::copy(&db, &copy).unwrap();
        let (s, _) = Store::open(&copy).unwrap();
        let log =
            RunLog { scenario: "late_parcel".into(), seed: 1, locale: Locale::ZhCn, timed: true, replies: vec![] };
        let run = s.start_run("bench", &log).unwrap();
        let calls = vec!["greeting".to_string(), "empathy".to_string()];
        let mut n = 0;
        g.bench_function("record_turn (10k-run db, durable commit)", |b| {
            b.iter(|| {
                n += 1;
                s.record_turn_calls(run, &turn(n), 3.5, &calls).unwrap();
            })
        });
    }
    g.sample_size(10);
    let sources = store::read_many(std::slice::from_ref(&db)).unwrap();
    g.bench_function("read 10k runs with turns", |b| {
        b.iter(|| black_box(store::read_many(std::slice::from_ref(&db)).unwrap()))
    });
    g.bench_function("render report (10k runs, 20 learners)", |b| b.iter(|| black_box(render(&sources, &opts))));
    g.bench_function("report end to end (read + mastery + HTML)", |b| {
        b.iter(|| {
            let sources = store::read_many(std::slice::from_ref(&db)).unwrap();
            black_box(render(&sources, &opts))
        })
    });
    g.bench_function("xAPI statements for 10k runs", |b| {
        b.iter(|| black_box(defuse::records::export::statements(&sources[0], &scenarios)))
    });
    g.finish();
    let html = render(&sources, &opts);
    eprintln!("report: {} bytes", html.len());
    if let Some(k) = keep {
        std::fs::write(k.join("cohort-report.html"), html).unwrap();
        eprintln!("kept {} and cohort-report.html", db.display());
    }
}

criterion_group!(records, benches);
criterion_main!(records);

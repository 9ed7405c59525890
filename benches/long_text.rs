//! Long replies on every path, at 30 KB, 300 KB and 3 MB: the engine, a runtime turn
//! (`defuse play`), the line reader (`defuse score`), the checker running a golden transcript
//! with the reply (`defuse check`), and recording the turn then exporting it (records and
//! `defuse export`). Each step should grow linearly: ten times the text, about ten times the time.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use defuse::cli::score::{Format, score_stream};
use defuse::i18n::Catalog;
use defuse::locale::Locale;
use defuse::records::store::{Store, read_many};
use defuse::scenario::check::check;
use defuse::scenario::format::Golden;
use defuse::scenario::library::default_rules;
use defuse::scenario::load::load;
use defuse::scenario::runtime::Run;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// A reply of about `bytes` bytes: real agent sentences (techniques and taboos) in a row.
fn reply(bytes: usize) -> String {
    let unit = "您好，非常理解您着急的心情，请稍等，我马上为您查询物流信息，大约需要两分钟。这不归我管，你自己看说明。";
    let mut s = String::with_capacity(bytes + unit.len());
    while s.len() < bytes {
        s.push_str(unit);
    }
    s
}

fn benches(c: &mut Criterion) {
    let rules = default_rules().expect("rules load");
    let ls = load(Path::new("scenarios/late_parcel")).expect("example loads");
    let (catalog, _) = Catalog::load_ui(&defuse::paths::locales_dir());
    let dir = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("long reply");
    g.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    for (label, bytes) in [("30 KB", 30_000), ("300 KB", 300_000), ("3 MB", 3_000_000)] {
        let text = reply(bytes);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("engine analyse", label), &text, |b, t| {
            b.iter(|| black_box(rules.engine.analyse(t, Locale::ZhCn)))
        });
        g.bench_with_input(BenchmarkId::new("play: one runtime turn", label), &text, |b, t| {
            b.iter_batched(
                || Run::new(ls.scenario.clone(), rules.clone(), 1, Locale::ZhCn, true).unwrap(),
                |mut run| black_box(run.turn(t, 5.0)),
                criterion::BatchSize::LargeInput,
            )
        });
        let line = format!("{text}\n");
        g.bench_with_input(BenchmarkId::new("score: one line, jsonl", label), &line, |b, l| {
            b.iter(|| {
                let mut out = Vec::with_capacity(l.len() * 2);
                black_box(score_stream(
                    &rules.engine,
                    &catalog,
                    None,
                    Format::Jsonl,
                    false,
                    l.as_bytes(),
                    &mut out,
                    |_| {},
                ))
            })
        });
        let mut scenario = (*ls.scenario).clone();
        scenario.tests = vec![Golden {
            name: "long".into(),
            seed: 1,
            locale: "zh-CN".into(),
            replies: vec![text.clone()],
            ending: None,
            expect: vec![],
        }];
        let checked = defuse::scenario::load::LoadedScenario {
            scenario: Arc::new(scenario),
            dir: ls.dir.clone(),
            ron_path: ls.ron_path.clone(),
            source: ls.source.clone(),
            text: load(Path::new("scenarios/late_parcel")).unwrap().text,
            ftl: ls.ftl.clone(),
            warnings: vec![],
        };
        g.bench_with_input(BenchmarkId::new("check: golden with the reply", label), &checked, |b, ls| {
            b.iter(|| black_box(check(ls, Some(&rules))))
        });
        let mut run = Run::new(ls.scenario.clone(), rules.clone(), 1, Locale::ZhCn, true).unwrap();
        let turn = run.turn(&text, 5.0);
        let mut n = 0;
        g.bench_with_input(BenchmarkId::new("records: record the turn, read, export", label), &turn, |b, t| {
            b.iter(|| {
                n += 1;
                let path = dir.path().join(format!("r{n}.sqlite"));
                let (store, _) = Store::open(&path).unwrap();
                let id = store.start_run("learner", run.log()).unwrap();
                store.record_turn(id, t, 5.0).unwrap();
                drop(store);
                let sources = read_many(std::slice::from_ref(&path)).unwrap();
                let mut out = Vec::new();
                defuse::records::export::write_csv(&mut out, &sources, false).unwrap();
                defuse::records::export::write_jsonl(&mut out, &sources).unwrap();
                defuse::records::export::write_xapi_runs(&mut out, &sources, &[]).unwrap();
                let _ = std::fs::remove_file(&path);
                black_box(out.len())
            })
        });
    }
    g.finish();
}

criterion_group!(long, benches);
criterion_main!(long);

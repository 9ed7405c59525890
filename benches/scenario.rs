//! Scenario speed: one runtime turn (engine included) and checking 1,000 scenarios.

use criterion::{Criterion, criterion_group, criterion_main};
use defuse::locale::Locale;
use defuse::scenario::check::check;
use defuse::scenario::library::default_rules;
use defuse::scenario::load::{load, scenario_dirs};
use defuse::scenario::runtime::Run;
use std::hint::black_box;
use std::path::Path;

fn benches(c: &mut Criterion) {
    let rules = default_rules().expect("rules load");
    let ls = load(Path::new("scenarios/late_parcel")).expect("example loads");
    let reply = "非常理解您着急的心情，请稍等，我马上为您查询物流信息。";
    c.bench_function("one runtime turn", |b| {
        b.iter_batched(
            || Run::new(ls.scenario.clone(), rules.clone(), 1, Locale::ZhCn, true).unwrap(),
            |mut run| black_box(run.turn(reply, 5.0)),
            criterion::BatchSize::SmallInput,
        )
    });
    let dirs = scenario_dirs(Path::new("scenarios"));
    let mut g = c.benchmark_group("check");
    g.sample_size(10);
    g.bench_function("1000 scenarios (load + check, no goldens)", |b| {
        b.iter(|| {
            for d in dirs.iter().cycle().take(1000) {
                if let Ok(ls) = load(d) {
                    black_box(check(&ls, None));
                }
            }
        })
    });
    g.finish();
}

criterion_group!(scenario, benches);
criterion_main!(scenario);

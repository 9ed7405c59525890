//! Phrasing engine speed: one reply, batch throughput on real helpdesk lines, phrasebook
//! loading, and the bare Aho-Corasick scan of the same literals as the floor.

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use defuse::locale::Locale;
use defuse::phrasing::Engine;
use std::hint::black_box;

/// Real agent lines from `../shared/corpora` when present, else the labelled set; cycled to `n`.
fn corpus(n: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for f in ["stc3_zh_agent.txt", "stc3_en_agent.txt", "ibm_twitter_care_agent.txt"] {
        if let Ok(t) = std::fs::read_to_string(format!("../shared/corpora/{f}")) {
            lines.extend(t.lines().map(String::from));
        }
    }
    if lines.is_empty() {
        let t = include_str!("../tests/data/labelled.tsv");
        lines.extend(t.lines().skip(1).filter_map(|l| l.split('\t').nth(1)).map(String::from));
    }
    lines.iter().cycle().take(n).cloned().collect()
}

fn benches(c: &mut Criterion) {
    let engine = Engine::load_default().expect("phrasebooks load");
    let typical = "您好，非常理解您着急的心情，请稍等，我马上为您查询物流信息，今天下午5点前给您回复。";
    c.bench_function("analyse one typical reply", |b| b.iter(|| engine.analyse(black_box(typical), Locale::ZhCn)));

    let lines = corpus(100_000);
    let bytes: usize = lines.iter().map(String::len).sum();
    let mut g = c.benchmark_group("batch 100k lines");
    g.sample_size(10);
    g.throughput(Throughput::Elements(lines.len() as u64));
    g.bench_function("engine", |b| {
        b.iter(|| lines.iter().map(|l| engine.analyse(l, Locale::ZhCn).score as u64).sum::<u64>())
    });
    let ac = AhoCorasick::builder().match_kind(MatchKind::Standard).build(engine.literals()).unwrap();
    g.bench_function("bare aho-corasick scan", |b| {
        b.iter(|| lines.iter().map(|l| ac.find_overlapping_iter(l.as_str()).count()).sum::<usize>())
    });
    g.finish();
    eprintln!("batch input: {} lines, {} bytes", lines.len(), bytes);

    c.bench_function("load phrasebooks", |b| b.iter(Engine::load_default));
    growth(c, &engine);
}

/// Cost against reply length: an anchor-dense and a taboo-dense reply of 30 KB, 300 KB and 3 MB
/// (linear means each step costs about ten times the last).
fn growth(c: &mut Criterion, engine: &Engine) {
    let units = [
        (
            "anchor-dense reply",
            "我非常理解您的心情，换作是我也会着急，真的很抱歉，我马上帮您查，今天下午5点前给您回复，",
        ),
        // Every taboo is rewritten, so a taboo-dense paste also costs the rewrite's re-checks.
        ("taboo-dense reply", "不好意思这是规定，您自己去找快递吧，我马上帮您查，今天下午5点前给您回复。"),
    ];
    for (name, unit) in units {
        let mut g = c.benchmark_group(name);
        g.sample_size(10);
        for kb in [30usize, 300, 3000] {
            let text: String = unit.repeat(kb * 1024 / unit.len() + 1);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(format!("{kb} KB"), |b| b.iter(|| engine.analyse(black_box(&text), Locale::ZhCn).score));
        }
        g.finish();
    }
}

criterion_group!(engine, benches);
criterion_main!(engine);

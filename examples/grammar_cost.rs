//! What the grammar classes cost on real lines: the whole grammar cold (each sixth of the lines
//! read once, as `defuse score` meets them: the lazy DFAs build their states as they go) and
//! warm, then each class scanned alone, dearest first.
//! Usage: `cargo run --release --no-default-features --example grammar_cost -- LINES.txt [--all]`
//! (`--all` stops after the whole grammar).

use defuse::phrasing::compile::{merged_grammar, referenced_classes};
use defuse::phrasing::grammar::Grammar;
use defuse::phrasing::normalise::Normalised;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: grammar_cost LINES.txt [--all]")?;
    let only_all = std::env::args().any(|a| a == "--all");
    let text = std::fs::read_to_string(&path)?;
    let lines: Vec<String> = text.lines().map(|l| Normalised::new(l).text.clone()).collect();
    let books = defuse::phrasing::load::load_all(&defuse::paths::assets_dir(), &[])?;
    let classes = merged_grammar(&books);
    let named = referenced_classes(&books);
    let all = Grammar::compile_for(&classes, |n| named.contains(n)).map_err(|e| e.message)?;
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1e3;
    for (i, chunk) in lines.chunks(lines.len().div_ceil(6).max(1)).enumerate() {
        let t = Instant::now();
        let spans: usize = chunk.iter().map(|l| all.scan(l).len()).sum();
        println!("sixth {i}, cold: {:.1} ms for {} lines ({spans} spans)", ms(t), chunk.len());
    }
    let t = Instant::now();
    let spans: usize = lines.iter().map(|l| all.scan(l).len()).sum();
    println!("all lines, warm: {:.1} ms ({spans} spans)", ms(t));
    if only_all {
        return Ok(());
    }
    let mut rows = Vec::new();
    for name in classes.keys().filter(|n| named.contains(*n)) {
        let one = Grammar::compile_for(&classes, |n| n == name).map_err(|e| e.message)?;
        let _warm: usize = lines.iter().map(|l| one.scan(l).len()).sum();
        let t = Instant::now();
        let spans: usize = lines.iter().map(|l| one.scan(l).len()).sum();
        rows.push((ms(t), name.clone(), spans));
    }
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (ms, name, spans) in rows.iter().take(25) {
        println!("{ms:8.1} ms  {spans:6} spans  {name}");
    }
    Ok(())
}

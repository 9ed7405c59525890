//! The shared phrasing engine: finds the manual's techniques and taboos in a reply, scores it,
//! explains the score and suggests rewrites. Pure Rust; the game, the CLI and the scenario
//! runtime all call [`Engine::analyse`].

pub mod analysis;
pub mod compile;
pub mod grammar;
pub mod ids;
pub mod inflect;
pub mod load;
pub mod matcher;
pub mod normalise;
pub mod phrasebook;
pub mod score;

pub use analysis::{Analysis, Component, Hit, TabooHit};
pub use load::{LoadError, load_phrasebook};
pub use phrasebook::{Kind, Phrasebook, Severity};

use crate::locale::Locale;
use matcher::{Matcher, RawHit};
use normalise::Normalised;
use std::path::Path;

pub use matcher::MAX_HITS_PER_ID;

/// The compiled phrasing engine. Cheap to share (`Arc`) and `Sync`.
#[derive(Debug, Clone)]
pub struct Engine {
    matcher: Matcher,
    /// Taiwan-usage forms of the Chinese rewrites (`assets/rewrites/zh-TW.ron`).
    zh_tw: std::collections::HashMap<String, String>,
}

impl Engine {
    /// Compiles phrasebooks (base first, then overlays).
    pub fn new(books: &[Phrasebook]) -> Engine {
        Engine { matcher: Matcher::compile(books), zh_tw: Default::default() }
    }

    /// Loads the shipped word classes (`<assets>/lexicon/*.ron`) and phrasebooks
    /// (`<assets>/phrasebook/*.ron`), then any overlay files.
    pub fn load(assets: &Path, overlays: &[&Path]) -> Result<Engine, LoadError> {
        let books = load::load_all(assets, overlays)?;
        let mut engine = Engine::new(&books);
        engine.zh_tw = load::load_rewrites(&assets.join("rewrites").join("zh-TW.ron"))?;
        Ok(engine)
    }

    /// Loads the phrasebooks shipped in the project's `assets/` folder.
    pub fn load_default() -> Result<Engine, LoadError> {
        Engine::load(&crate::paths::assets_dir(), &[])
    }

    /// The distinct literals of all phrasebooks (what a bare multi-pattern scan would search).
    pub fn literals(&self) -> &[String] {
        &self.matcher.literal_texts
    }

    /// Analyses one reply. Any length, any Unicode; never panics.
    pub fn analyse(&self, text: &str, locale: Locale) -> Analysis {
        let norm = Normalised::new(text);
        let raw = self.matcher.scan(&norm);
        let chars: Vec<char> = if raw.is_empty() { Vec::new() } else { text.chars().collect() };
        let hits: Vec<Hit> = raw
            .iter()
            .map(|h| Hit {
                id: self.matcher.rules[h.rule].id.clone(),
                start: h.start,
                end: h.end,
                evidence: chars[h.start..h.end].iter().collect(),
            })
            .collect();
        let (score, components) = score::score(
            text.trim().is_empty(),
            raw.iter().zip(&hits).map(|(h, hit)| {
                let r = &self.matcher.rules[h.rule];
                score::Scored { id: &r.id, kind: r.kind, points: r.points, evidence: &hit.evidence }
            }),
        );
        let mut techniques = Vec::new();
        let mut taboos = Vec::new();
        for (h, hit) in raw.iter().zip(hits) {
            let rule = &self.matcher.rules[h.rule];
            match rule.kind {
                Kind::Technique => techniques.push(hit),
                Kind::Taboo => taboos.push(self.localise(taboo_hit(hit, h, rule), locale)),
            }
        }
        let rewritten = rewrite_in_place(&chars, &taboos);
        Analysis { text: text.to_string(), locale, score, techniques, taboos, components, rewritten }
    }
}

impl Engine {
    /// Rewrites in the learner's script: zh-TW learners get the Taiwan forms where known.
    fn localise(&self, mut t: TabooHit, locale: Locale) -> TabooHit {
        if locale != Locale::ZhTw || self.zh_tw.is_empty() {
            return t;
        }
        let tw = |s: &String| self.zh_tw.get(s).cloned().unwrap_or_else(|| s.clone());
        t.rewrites = t.rewrites.iter().map(tw).collect();
        t.rewrite = t.rewrite.as_ref().map(tw);
        t.replace = t.replace.as_ref().map(tw);
        t
    }
}

fn taboo_hit(hit: Hit, raw: &RawHit, rule: &matcher::RuleInfo) -> TabooHit {
    let mut rewrites: Vec<String> = raw.replace.iter().cloned().collect();
    rewrites.extend(rule.rewrites.iter().filter(|r| Some(*r) != raw.replace.as_ref()).cloned());
    TabooHit {
        hit,
        severity: rule.severity,
        rewrite: rewrites.first().cloned(),
        rewrites,
        replace: raw.replace.clone(),
    }
}

/// The reply with every in-place replacement applied, left to right, skipping overlaps.
fn rewrite_in_place(chars: &[char], taboos: &[TabooHit]) -> Option<String> {
    let mut spans: Vec<(usize, usize, &str)> =
        taboos.iter().filter_map(|t| t.replace.as_deref().map(|r| (t.hit.start, t.hit.end, r))).collect();
    if spans.is_empty() {
        return None;
    }
    spans.sort_by_key(|s| s.0);
    let mut out = String::new();
    let mut at = 0;
    for (start, end, with) in spans {
        if start < at {
            continue;
        }
        out.extend(&chars[at..start]);
        // Keep the case of what was replaced: "You must…" → "We'd recommend…".
        let mut w = with.chars();
        match (chars.get(start), w.next()) {
            (Some(c), Some(f)) if c.is_uppercase() => {
                out.extend(f.to_uppercase());
                out.extend(w);
            }
            _ => out.push_str(with),
        }
        at = end;
    }
    out.extend(&chars[at..]);
    Some(out)
}

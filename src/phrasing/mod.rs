//! The shared phrasing engine: finds the manual's techniques and taboos in a reply, scores it,
//! explains the score and suggests rewrites. Pure Rust; the game, the CLI and the scenario
//! runtime all call [`Engine::analyse`].

pub mod analysis;
pub mod compile;
pub mod grammar;
pub mod ids;
pub mod inflect;
pub mod learned;
pub mod load;
pub mod matcher;
pub mod negscope;
pub mod normalise;
pub mod phrasebook;
pub mod rewrite;
pub mod score;
pub mod simplify;
mod tidy;
pub mod train;

pub use analysis::{Analysis, Component, Hit, TabooHit};
pub use load::{LoadError, load_phrasebook};
pub use phrasebook::{Kind, Phrasebook, Severity};

use crate::locale::Locale;
use matcher::{Matcher, RawHit};
use normalise::Normalised;
use std::path::Path;

pub use matcher::MAX_HITS_PER_ID;

/// A helper thread's result (its panic, if any, goes on in the caller).
fn joined<T>(h: std::thread::ScopedJoinHandle<'_, T>) -> T {
    h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))
}

/// The compiled phrasing engine. Cheap to share (`Arc`) and `Sync`.
#[derive(Debug, Clone)]
pub struct Engine {
    matcher: Matcher,
    /// The learned layer (`assets/model/learned.json`); empty when absent.
    learned: learned::Learned,
    /// Taiwan-usage forms of the Chinese rewrites (`assets/rewrites/zh-TW.ron`).
    zh_tw: std::collections::HashMap<String, String>,
}

impl Engine {
    fn with_matcher(matcher: Matcher) -> Engine {
        Engine { matcher, learned: Default::default(), zh_tw: Default::default() }
    }

    /// Loads the shipped word classes (`<assets>/lexicon/*.ron`) and phrasebooks
    /// (`<assets>/phrasebook/*.ron`), then any overlay files.
    pub fn load(assets: &Path, overlays: &[&Path]) -> Result<Engine, LoadError> {
        let model = assets.join("model").join("learned.json");
        // The learned weights load while the books are read; the grammar's regexes then build
        // beside the literal tables.
        let (read, tables, grammar, learned) = std::thread::scope(|s| {
            let learned = s.spawn(|| learned::Learned::load(&model));
            let read = load::read_books(assets, overlays)?;
            let (tables, grammar) = std::thread::scope(|s| {
                let grammar = s.spawn(|| read.grammar());
                let tables = matcher::Compiled::build(&read.books, &read.grammar_names())
                    .map_err(|message| LoadError::Compile { path: assets.join("phrasebook"), message });
                (tables, joined(grammar))
            });
            Ok::<_, LoadError>((read, tables, grammar, joined(learned)))
        })?;
        read.check_classes()?;
        let mut engine = Engine::with_matcher(Matcher::assemble(tables?, grammar?));
        engine.zh_tw = load::load_rewrites(&assets.join("rewrites").join("zh-TW.ron"))?;
        engine.learned =
            learned.map_err(|(line, col, message)| LoadError::Rule { path: model.clone(), line, col, message })?;
        Ok(engine)
    }

    /// The phrasebooks' negation cues and not-negation phrases (normalised), which the learned
    /// layer marks its n-grams with.
    pub fn negation_cues(&self) -> (Vec<String>, Vec<String>) {
        self.matcher.negation_cues()
    }

    /// The same engine without its learned layer (what `defuse train` learns on top of).
    pub fn rules_only(&self) -> Engine {
        Engine { learned: Default::default(), ..self.clone() }
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
        // Techniques capped per id; taboos all found in the same pass (the rewrite removes every
        // one), of which the first few per id are reported and scored.
        let (raw, hits) = self.find_up_to(text, (MAX_HITS_PER_ID, usize::MAX), true);
        let mut per_group = vec![0usize; self.matcher.groups()];
        let shown: Vec<bool> = raw
            .iter()
            .map(|h| {
                let r = &self.matcher.rules[h.rule];
                let n = &mut per_group[r.group()];
                *n += 1;
                r.kind == Kind::Technique || *n <= MAX_HITS_PER_ID
            })
            .collect();
        let (score, components) = score::score(
            text.trim().is_empty(),
            raw.iter().zip(&hits).zip(&shown).filter(|(_, s)| **s).map(|((h, hit), _)| {
                let r = &self.matcher.rules[h.rule];
                score::Scored { id: &r.id, kind: r.kind, points: r.points, evidence: &hit.evidence }
            }),
        );
        let (mut techniques, mut taboos, mut every_taboo) = (Vec::new(), Vec::new(), Vec::new());
        for ((h, hit), &show) in raw.iter().zip(hits).zip(&shown) {
            let rule = &self.matcher.rules[h.rule];
            match rule.kind {
                Kind::Technique => techniques.push(hit),
                Kind::Taboo => {
                    let t = self.localise(taboo_hit(hit, h, rule), locale);
                    if show {
                        taboos.push(t.clone());
                    }
                    every_taboo.push(t);
                }
            }
        }
        let rewritten = rewrite::clean(text, &every_taboo, |t| self.taboos(t, locale));
        dropped_slang_taught_by(&mut taboos, rewritten.as_deref());
        Analysis { text: text.to_string(), locale, score, techniques, taboos, components, rewritten }
    }

    /// Hits with at most `caps.0` per technique id and `caps.1` per taboo id; the learned
    /// layer's only when `learned` (it adds no taboo).
    fn find_up_to(&self, text: &str, caps: (usize, usize), learned: bool) -> (Vec<RawHit>, Vec<Hit>) {
        let norm = Normalised::new(text);
        let raw = if learned && !self.learned.is_empty() {
            let (mut raw, governed) = self.matcher.scan_with_negations(&norm, caps.0, caps.1);
            self.add_learned(&norm, &mut raw, &governed);
            raw
        } else {
            self.matcher.scan_caps(&norm, caps.0, caps.1)
        };
        let chars: Vec<char> = if raw.is_empty() { Vec::new() } else { text.chars().collect() };
        let hits = raw
            .iter()
            .map(|h| Hit {
                id: self.matcher.rules[h.rule].id.clone(),
                start: h.start,
                end: h.end,
                evidence: chars[h.start.min(chars.len())..h.end.min(chars.len())].iter().collect(),
            })
            .collect();
        (raw, hits)
    }

    /// Every taboo in `text`, uncapped (what a rewrite must remove).
    fn taboos(&self, text: &str, locale: Locale) -> Vec<TabooHit> {
        let (raw, hits) = self.find_up_to(text, (usize::MAX, usize::MAX), false);
        raw.iter()
            .zip(hits)
            .filter(|(h, _)| self.matcher.rules[h.rule].kind == Kind::Taboo)
            .map(|(h, hit)| self.localise(taboo_hit(hit, h, &self.matcher.rules[h.rule]), locale))
            .collect()
    }
}

impl Engine {
    /// Adds the learned layer's detections of ids the rules did not find, in text order, and
    /// drops the rule technique hits it withdraws (taboos are never withdrawn). Nothing is added
    /// on words a negation governs (`governed`: character ranges), where the reply says it does
    /// not do the thing ("I don't need to check with my supervisor").
    fn add_learned(&self, norm: &Normalised, raw: &mut Vec<RawHit>, governed: &[(u32, u32)]) {
        let found: Vec<&str> = raw.iter().map(|h| self.matcher.rules[h.rule].id.as_str()).collect();
        let verdict = self.learned.detect(&learned::grams(norm, &self.learned.scope), &found);
        if !verdict.withdrawn.is_empty() {
            let gone = |h: &RawHit| {
                let r = &self.matcher.rules[h.rule];
                r.kind == Kind::Technique && verdict.withdrawn.iter().any(|&i| self.learned.ids[i].0 == r.id)
            };
            raw.retain(|h| !gone(h));
        }
        if verdict.added.is_empty() {
            return;
        }
        let negated = |at: usize| governed.iter().any(|&(from, to)| (from as usize..to as usize).contains(&at));
        for h in verdict.added.into_iter().filter(|h| !negated(h.start)) {
            let id = &self.learned.ids[h.id].0;
            let technique = |r: &matcher::RuleInfo| &r.id == id && r.kind == Kind::Technique;
            if let Some(rule) = self.matcher.rules.iter().position(technique) {
                raw.push(RawHit { rule, start: h.start, end: h.end, replace: None });
            }
        }
        raw.sort_by_key(|h| (h.start, h.end));
    }

    /// Rewrites in the learner's language and script: a hit of the other language's rule (a
    /// Chinese rule's English words, "it wasn't on purpose") takes this language's rewrites of the
    /// id; zh-TW learners get the Taiwan forms where known.
    fn localise(&self, mut t: TabooHit, locale: Locale) -> TabooHit {
        let chinese = |r: &String| r.chars().any(normalise::is_han);
        let english = locale == Locale::EnUs;
        if t.rewrites.iter().any(|r| chinese(r) == english) {
            let own = |r: &&matcher::RuleInfo| r.id == t.hit.id && r.rewrites.iter().all(|w| chinese(w) != english);
            if let Some(rule) = self.matcher.rules.iter().find(own) {
                t.rewrites = rule.rewrites.clone();
                t.rewrite = t.rewrites.first().cloned();
                t.replace = t.replace.filter(|r| r.is_empty() || chinese(r) != english);
            }
        }
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

/// Slang the rewrite just drops (an emoji, 哈哈: an empty replacement) is taught by the reply without it, not by a stock
/// sentence: "Thanks for waiting! 😊" had been told to say "您好,请问有什么可以帮您?" instead.
fn dropped_slang_taught_by(taboos: &mut [TabooHit], rewritten: Option<&str>) {
    let Some(r) = rewritten.filter(|r| r.chars().any(char::is_alphanumeric)) else { return };
    for t in taboos.iter_mut().filter(|t| t.drops_words()) {
        t.rewrite = Some(r.to_string());
        t.rewrites = vec![r.to_string()];
    }
}

fn taboo_hit(hit: Hit, raw: &RawHit, rule: &matcher::RuleInfo) -> TabooHit {
    let mut rewrites: Vec<String> = raw.replace.iter().filter(|r| !r.is_empty()).cloned().collect();
    rewrites.extend(rule.rewrites.iter().filter(|r| Some(*r) != raw.replace.as_ref()).cloned());
    TabooHit {
        hit,
        severity: rule.severity,
        rewrite: rewrites.first().cloned(),
        rewrites,
        replace: raw.replace.clone(),
    }
}

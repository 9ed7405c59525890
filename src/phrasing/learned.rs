//! The learned layer: one logistic model per id over character n-grams (Chinese), word n-grams
//! (English) and the rules' own hits, trained by `defuse train` on the tuning part of the dev set
//! and shipped as data (`assets/model/learned.json`).
//!
//! It only adds what the rules missed, and only above a threshold chosen on held-back folds of
//! the tuning data. A learned hit names its words: the n-gram that weighed most for it.

use super::normalise::Normalised;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Only the first this many characters of a reply are read by the model (the rules read all).
pub const MODEL_CHARS: usize = 4000;

/// The model as stored: features by name, per id a bias, a threshold and sparse weights.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct ModelFile {
    /// How the weights were made (command and data), for the record.
    pub trained_on: String,
    /// Feature names: `c:理解您` (characters), `w:sorry to` (words), `r:empathy` (a rule hit).
    pub features: Vec<String>,
    /// One model per id.
    pub ids: Vec<IdModel>,
}

/// One id's logistic model.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IdModel {
    /// Technique or taboo id.
    pub id: String,
    /// Intercept.
    pub bias: f32,
    /// Probability at or above which the id is reported (> 1 disables it).
    pub threshold: f32,
    /// `(feature index, weight)` pairs.
    pub weights: Vec<(u32, f32)>,
}

/// The compiled model: feature hash → postings of (id index, weight).
#[derive(Debug, Clone, Default)]
pub struct Learned {
    index: FxHashMap<u64, u32>,
    postings: Vec<Vec<(u16, f32)>>,
    /// Per id: (id, bias, threshold).
    pub ids: Vec<(String, f32, f32)>,
}

/// One n-gram of a reply, with its character span.
#[derive(Debug, Clone, Copy)]
pub struct Gram {
    /// Hash of the feature name.
    pub key: u64,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// Words a learner would recognise as the reason (not a lone digit or letter).
    pub telling: bool,
}

/// A learned detection: the id, its probability, and the span of the words that weighed most.
#[derive(Debug, Clone)]
pub struct LearnedHit {
    /// Index into [`Learned::ids`].
    pub id: usize,
    /// Model probability.
    pub p: f32,
    /// Evidence span (characters).
    pub start: usize,
    /// End of the evidence span.
    pub end: usize,
}

/// Hash of a feature name, stable across runs and platforms (FNV-1a over its UTF-8 bytes, so a
/// reply's n-grams can be hashed as they are read, without building their names).
pub fn key(name: &str) -> u64 {
    let mut h = Fnv::new();
    h.str(name);
    h.0
}

/// FNV-1a, fed piece by piece: the same bytes give the same key however they are split.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn str(&mut self, s: &str) {
        for b in s.bytes() {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn char(&mut self, c: char) {
        self.str(c.encode_utf8(&mut [0; 4]));
    }
    fn chars(mut self, cs: &[char]) -> Fnv {
        cs.iter().for_each(|&c| self.char(c));
        self
    }
}

impl Learned {
    /// Compiles a stored model.
    pub fn new(file: &ModelFile) -> Learned {
        let mut m = Learned::default();
        for f in &file.features {
            m.index.insert(key(f), m.postings.len() as u32);
            m.postings.push(Vec::new());
        }
        for (i, idm) in file.ids.iter().enumerate() {
            m.ids.push((idm.id.clone(), idm.bias, idm.threshold));
            for &(f, w) in &idm.weights {
                if let Some(p) = m.postings.get_mut(f as usize) {
                    p.push((i as u16, w));
                }
            }
        }
        m
    }

    /// Loads `path`; a missing file is an empty model (the rules alone).
    pub fn load(path: &Path) -> Result<Learned, String> {
        let Ok(text) = std::fs::read_to_string(path) else { return Ok(Learned::default()) };
        let file: ModelFile = serde_json::from_str(&text)
            .map_err(|e| format!("{}:{}:{}: error: {e}", path.display(), e.line(), e.column()))?;
        Ok(Learned::new(&file))
    }

    /// True when no model is loaded.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The ids the model reports for a reply whose n-grams are `grams` and whose rules found
    /// `rule_ids`; ids in `rule_ids` are not reported again.
    pub fn detect(&self, grams: &[Gram], rule_ids: &[&str]) -> Vec<LearnedHit> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut score: Vec<f32> = self.ids.iter().map(|(_, b, _)| *b).collect();
        let mut best: Vec<(f32, usize, usize)> = vec![(0.0, 0, 0); self.ids.len()];
        let mut seen = rustc_hash::FxHashSet::with_capacity_and_hasher(grams.len(), Default::default());
        let rules = rule_ids.iter().map(|id| Gram { key: key(&format!("r:{id}")), start: 0, end: 0, telling: false });
        for g in grams.iter().copied().chain(rules) {
            let Some(&f) = self.index.get(&g.key) else { continue };
            if !seen.insert(f) {
                continue;
            }
            for &(i, w) in &self.postings[f as usize] {
                score[i as usize] += w;
                if w > best[i as usize].0 && g.end > g.start && g.telling {
                    best[i as usize] = (w, g.start, g.end);
                }
            }
        }
        let mut out = Vec::new();
        for (i, s) in score.iter().enumerate() {
            let p = 1.0 / (1.0 + (-s).exp());
            let (id, _, t) = &self.ids[i];
            if p >= *t && best[i].2 > best[i].1 && !rule_ids.contains(&id.as_str()) {
                out.push(LearnedHit { id: i, p, start: best[i].1, end: best[i].2 });
            }
        }
        out
    }
}

/// The n-grams of a normalised reply: character bigrams and trigrams inside runs of CJK,
/// word unigrams and bigrams of ASCII words; spans in characters.
pub fn grams(norm: &Normalised) -> Vec<Gram> {
    let chars: Vec<char> = norm.text.chars().take(MODEL_CHARS).collect();
    let mut out = Vec::with_capacity(chars.len() * 2);
    let mut cjk = Fnv::new();
    cjk.str("c:");
    for n in 2..=3 {
        for i in 0..chars.len().saturating_sub(n - 1) {
            if chars[i..i + n].iter().all(|c| is_cjk(*c)) {
                out.push(Gram { key: cjk.chars(&chars[i..i + n]).0, start: i, end: i + n, telling: true });
            }
        }
    }
    let mut word = Fnv::new();
    word.str("w:");
    let words = words(&chars);
    for (k, &(s, e)) in words.iter().enumerate() {
        let one = word.chars(&chars[s..e]);
        let telling = e - s >= 3 && chars[s..e].iter().any(|c| c.is_ascii_alphabetic());
        out.push(Gram { key: one.0, start: s, end: e, telling });
        if let Some(&(s2, e2)) = words.get(k + 1) {
            let mut two = one;
            two.char(' ');
            out.push(Gram { key: two.chars(&chars[s2..e2]).0, start: s, end: e2, telling: true });
        }
    }
    out
}

/// The names of a reply's features, in the order [`grams`] gives their hashes (for training).
pub fn gram_names(norm: &Normalised) -> Vec<String> {
    let chars: Vec<char> = norm.text.chars().take(MODEL_CHARS).collect();
    let mut out = Vec::new();
    for n in 2..=3 {
        for i in 0..chars.len().saturating_sub(n - 1) {
            if chars[i..i + n].iter().all(|c| is_cjk(*c)) {
                out.push(format!("c:{}", chars[i..i + n].iter().collect::<String>()));
            }
        }
    }
    let words = words(&chars);
    for (k, &(s, e)) in words.iter().enumerate() {
        let w: String = chars[s..e].iter().collect();
        if let Some(&(s2, e2)) = words.get(k + 1) {
            out.push(format!("w:{w} {}", chars[s2..e2].iter().collect::<String>()));
        }
        out.push(format!("w:{w}"));
    }
    out
}

/// Spans of ASCII words (letters, digits, apostrophes).
fn words(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate() {
        let w = c.is_ascii_alphanumeric() || *c == '\'';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, chars.len()));
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grams_cover_chinese_and_english_with_spans() {
        let n = Normalised::new("我理解您 I get it");
        let g = grams(&n);
        assert!(g.iter().any(|x| x.key == key("c:理解您") && (x.start, x.end) == (1, 4)));
        assert!(g.iter().any(|x| x.key == key("w:get it")));
        let names = gram_names(&n);
        assert!(names.contains(&"c:我理解".to_string()) && names.contains(&"w:i get".to_string()));
    }

    #[test]
    fn a_gram_hashed_while_reading_is_the_key_of_its_name() {
        for text in ["我理解您的心情 I'm so sorry about it", "退款3-5个工作日 ok", "", "a", "亲~ 😊"] {
            let n = Normalised::new(text);
            let mut hashed: Vec<u64> = grams(&n).iter().map(|g| g.key).collect();
            let mut named: Vec<u64> = gram_names(&n).iter().map(|s| key(s)).collect();
            hashed.sort_unstable();
            named.sort_unstable();
            assert_eq!(hashed, named, "{text}");
        }
    }

    #[test]
    fn a_weighted_gram_above_threshold_is_reported_with_its_words() {
        let file = ModelFile {
            trained_on: "test".into(),
            features: vec!["c:心疼".into(), "r:apology".into()],
            ids: vec![IdModel { id: "empathy".into(), bias: -1.0, threshold: 0.6, weights: vec![(0, 2.0)] }],
        };
        let m = Learned::new(&file);
        let n = Normalised::new("看到照片我都心疼了");
        let hits = m.detect(&grams(&n), &[]);
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].start, hits[0].end), (6, 8));
        assert!(m.detect(&grams(&n), &["empathy"]).is_empty(), "rules already found it");
        assert!(m.detect(&grams(&Normalised::new("好的")), &[]).is_empty());
    }
}

//! The learned layer: one logistic model per id over character n-grams (Chinese) and word
//! n-grams (English), trained by `defuse train` on the dev set's tuning parts and shipped as data
//! (`assets/model/learned.json`).
//!
//! It adds what the rules missed, above a threshold, and withdraws a rule's technique hit it
//! finds unlikely, below a veto level; both are chosen on replies the rules were not tuned on.
//! A learned hit names its words: the n-gram that weighed most for it.

use super::negscope::Scope;
use super::normalise::Normalised;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Only the first this many characters of a reply are read by the model (the rules read all).
pub const MODEL_CHARS: usize = 4000;

/// Longest evidence shown for a learned hit, in characters.
const EVIDENCE_CHARS: usize = 12;

/// The model as stored: features by name, per id a bias, a threshold and sparse weights.
#[derive(Debug, Clone, Serialize, Deserialize, Default)]
pub struct ModelFile {
    /// How the weights were made (command and data), for the record.
    pub trained_on: String,
    /// Feature names: `c:理解您` (characters), `w:sorry to` (words); `nc:`, `nw:` after a
    /// negation in the same clause.
    pub features: Vec<String>,
    /// The phrasebooks' negation cues when it was trained.
    #[serde(default)]
    pub negations: Vec<String>,
    /// ... and their not-negation phrases ("不客气", "no problem").
    #[serde(default)]
    pub not_negations: Vec<String>,
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
    /// A rule's hit of this id is withdrawn when the reply's words alone (the bias left out)
    /// give it less than this (0: never).
    #[serde(default)]
    pub veto: f32,
    /// `(feature index, weight)` pairs.
    pub weights: Vec<(u32, f32)>,
}

/// The compiled model: feature hash → postings of (id index, weight).
#[derive(Debug, Clone, Default)]
pub struct Learned {
    /// Feature hash → feature number.
    index: FxHashMap<u64, u32>,
    /// Feature `f`'s postings are `postings[offsets[f]..offsets[f + 1]]`.
    offsets: Vec<u32>,
    postings: Vec<(u16, f32)>,
    /// Per id: (id, bias, threshold, veto).
    pub ids: Vec<(String, f32, f32, f32)>,
    /// Where negations reach, as when it was trained.
    pub scope: Scope,
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

/// What the model says of a reply: ids it adds, and rule ids it withdraws.
#[derive(Debug, Clone, Default)]
pub struct Verdict {
    /// Ids the rules missed.
    pub added: Vec<LearnedHit>,
    /// Indices into [`Learned::ids`] of rule-found ids judged unlikely.
    pub withdrawn: Vec<usize>,
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
        let mut m = Learned { scope: Scope::new(&file.negations, &file.not_negations), ..Default::default() };
        let n = file.features.len();
        m.index.reserve(n);
        for (f, name) in file.features.iter().enumerate() {
            m.index.insert(key(name), f as u32);
        }
        let mut per: Vec<Vec<(u16, f32)>> = vec![Vec::new(); n];
        for (i, idm) in file.ids.iter().enumerate() {
            m.ids.push((idm.id.clone(), idm.bias, idm.threshold, idm.veto));
            for &(f, w) in &idm.weights {
                if let Some(p) = per.get_mut(f as usize) {
                    p.push((i as u16, w));
                }
            }
        }
        m.offsets.reserve(n + 1);
        m.offsets.push(0);
        for p in per {
            m.postings.extend(p);
            m.offsets.push(m.postings.len() as u32);
        }
        m
    }

    /// Loads `path`; a missing file is an empty model (the rules alone).
    /// A malformed file is its JSON error: (line, column, message).
    pub fn load(path: &Path) -> Result<Learned, (usize, usize, String)> {
        let Ok(text) = std::fs::read_to_string(path) else { return Ok(Learned::default()) };
        let file: ModelFile = serde_json::from_str(&text).map_err(|e| (e.line(), e.column().max(1), e.to_string()))?;
        Ok(Learned::new(&file))
    }

    /// True when no model is loaded.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// What the model says of a reply whose n-grams are `grams` and whose rules found
    /// `rule_ids`: ids in `rule_ids` are not added again, only possibly withdrawn. A rule's hit
    /// is withdrawn when the reply's words alone (the bias left out) make its id less likely
    /// than the id's veto: words the model does not know are no evidence against it. (Judged on
    /// the hit's sentence alone instead, F1 across the retired parts fell from 0.8424 to 0.8409:
    /// the rest of the reply tells.)
    pub fn detect(&self, grams: &[Gram], rule_ids: &[&str]) -> Verdict {
        if self.is_empty() {
            return Verdict::default();
        }
        let mut score: Vec<f32> = self.ids.iter().map(|(_, b, _, _)| *b).collect();
        let mut best: Vec<(f32, usize, usize)> = vec![(0.0, 0, 0); self.ids.len()];
        // Each known feature once, at its first gram, in text order.
        let mut seen = rustc_hash::FxHashSet::with_capacity_and_hasher(grams.len(), Default::default());
        let mut known: Vec<(u32, Gram)> = Vec::with_capacity(grams.len());
        for g in grams.iter().copied() {
            let Some(&f) = self.index.get(&g.key) else { continue };
            if !seen.insert(f) {
                continue;
            }
            known.push((f, g));
            for &(i, w) in self.postings_of(f) {
                score[i as usize] += w;
                if w > best[i as usize].0 && g.end > g.start && g.telling {
                    best[i as usize] = (w, g.start, g.end);
                }
            }
        }
        let mut out = Verdict::default();
        for (i, s) in score.iter().enumerate() {
            let (id, bias, t, veto) = &self.ids[i];
            if rule_ids.contains(&id.as_str()) {
                if sigmoid(s - bias) < *veto {
                    out.withdrawn.push(i);
                }
            } else if sigmoid(*s) >= *t && best[i].2 > best[i].1 {
                let (start, end) = self.evidence(&known, i, (best[i].1, best[i].2));
                out.added.push(LearnedHit { id: i, p: sigmoid(*s), start, end });
            }
        }
        out
    }

    /// The words shown for a learned hit: the n-gram that weighed most for id `i`, grown by the
    /// n-grams overlapping it that also speak for it ("可以马上" rather than "以马"), up to
    /// [`EVIDENCE_CHARS`].
    fn evidence(&self, known: &[(u32, Gram)], i: usize, (mut start, mut end): (usize, usize)) -> (usize, usize) {
        let speaks = |f: u32| self.postings_of(f).iter().any(|&(j, w)| j as usize == i && w > 0.0);
        let mut grown = true;
        while grown {
            grown = false;
            for &(f, g) in known {
                let (s, e) = (start.min(g.start), end.max(g.end));
                if g.start < end && g.end > start && (s, e) != (start, end) && e - s <= EVIDENCE_CHARS && speaks(f) {
                    (start, end, grown) = (s, e, true);
                }
            }
        }
        (start, end)
    }

    fn postings_of(&self, f: u32) -> &[(u16, f32)] {
        &self.postings[self.offsets[f as usize] as usize..self.offsets[f as usize + 1] as usize]
    }
}

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// The n-grams of a normalised reply: character bigrams and trigrams inside runs of CJK,
/// word unigrams and bigrams of ASCII words, each marked when it starts after a negation in its
/// clause (`scope`); spans in characters.
pub fn grams(norm: &Normalised, scope: &Scope) -> Vec<Gram> {
    let chars: Vec<char> = norm.text.chars().take(MODEL_CHARS).collect();
    let neg = scope.negated(norm, &chars);
    let mut out = Vec::with_capacity(chars.len() * 2);
    let prefix = |p: &str| {
        let mut h = Fnv::new();
        h.str(p);
        h
    };
    let cjk = [prefix("c:"), prefix("nc:")];
    for n in 2..=3 {
        for i in 0..chars.len().saturating_sub(n - 1) {
            if chars[i..i + n].iter().all(|c| is_cjk(*c)) {
                let key = cjk[neg[i] as usize].chars(&chars[i..i + n]).0;
                out.push(Gram { key, start: i, end: i + n, telling: true });
            }
        }
    }
    let word = [prefix("w:"), prefix("nw:")];
    let words = words(&chars);
    for (k, &(s, e)) in words.iter().enumerate() {
        let one = word[neg[s] as usize].chars(&chars[s..e]);
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
pub fn gram_names(norm: &Normalised, scope: &Scope) -> Vec<String> {
    let chars: Vec<char> = norm.text.chars().take(MODEL_CHARS).collect();
    let neg = scope.negated(norm, &chars);
    let mark = |i: usize| if neg[i] { "n" } else { "" };
    let mut out = Vec::new();
    for n in 2..=3 {
        for i in 0..chars.len().saturating_sub(n - 1) {
            if chars[i..i + n].iter().all(|c| is_cjk(*c)) {
                out.push(format!("{}c:{}", mark(i), chars[i..i + n].iter().collect::<String>()));
            }
        }
    }
    let words = words(&chars);
    for (k, &(s, e)) in words.iter().enumerate() {
        let w: String = chars[s..e].iter().collect();
        if let Some(&(s2, e2)) = words.get(k + 1) {
            out.push(format!("{}w:{w} {}", mark(s), chars[s2..e2].iter().collect::<String>()));
        }
        out.push(format!("{}w:{w}", mark(s)));
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
        let g = grams(&n, &Scope::default());
        assert!(g.iter().any(|x| x.key == key("c:理解您") && (x.start, x.end) == (1, 4)));
        assert!(g.iter().any(|x| x.key == key("w:get it")));
        let names = gram_names(&n, &Scope::default());
        assert!(names.contains(&"c:我理解".to_string()) && names.contains(&"w:i get".to_string()));
    }

    #[test]
    fn a_gram_hashed_while_reading_is_the_key_of_its_name() {
        for text in ["我理解您的心情 I'm so sorry about it", "退款3-5个工作日 ok", "", "a", "亲~ 😊"] {
            let n = Normalised::new(text);
            let mut hashed: Vec<u64> = grams(&n, &Scope::default()).iter().map(|g| g.key).collect();
            let mut named: Vec<u64> = gram_names(&n, &Scope::default()).iter().map(|s| key(s)).collect();
            hashed.sort_unstable();
            named.sort_unstable();
            assert_eq!(hashed, named, "{text}");
        }
    }

    #[test]
    fn a_weighted_gram_above_threshold_is_reported_with_its_words() {
        let file = ModelFile {
            trained_on: "test".into(),
            features: vec!["c:心疼".into(), "c:好的".into()],
            ids: vec![IdModel { id: "empathy".into(), bias: -1.0, threshold: 0.6, veto: 0.0, weights: vec![(0, 2.0)] }],
            ..Default::default()
        };
        let m = Learned::new(&file);
        let n = Normalised::new("看到照片我都心疼了");
        let hits = m.detect(&grams(&n, &Scope::default()), &[]).added;
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].start, hits[0].end), (6, 8));
        let mut wider = file.clone();
        wider.features.push("c:我都心".into());
        wider.ids[0].weights.push((2, 0.5));
        let hits = Learned::new(&wider).detect(&grams(&n, &Scope::default()), &[]).added;
        assert_eq!((hits[0].start, hits[0].end), (4, 8), "the words around it that also speak for it");
        let again = m.detect(&grams(&n, &Scope::default()), &["empathy"]);
        assert!(again.added.is_empty() && again.withdrawn.is_empty(), "rules already found it");
        assert!(m.detect(&grams(&Normalised::new("好的"), &Scope::default()), &[]).added.is_empty());
    }

    #[test]
    fn a_damaged_model_file_is_refused_at_its_line_and_a_missing_one_is_the_rules_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("learned.json");
        std::fs::write(&path, "{\"trained_on\": \"x\",\n\"features\": [1]}").unwrap();
        let (line, _, message) = Learned::load(&path).unwrap_err();
        assert_eq!(line, 2, "{message}");
        assert!(message.contains("expected a string"), "{message}");
        assert!(Learned::load(&dir.path().join("none.json")).unwrap().is_empty());
    }

    #[test]
    fn words_after_a_negation_are_not_the_words_themselves() {
        let file = ModelFile {
            features: vec!["c:帮您".into()],
            negations: vec!["不会".into(), "don't".into()],
            not_negations: vec!["不会吧".into()],
            ids: vec![IdModel {
                id: "offer_help".into(),
                bias: -1.0,
                threshold: 0.6,
                veto: 0.0,
                weights: vec![(0, 2.0)],
            }],
            ..Default::default()
        };
        let m = Learned::new(&file);
        let found = |t: &str| m.detect(&grams(&Normalised::new(t), &m.scope), &[]).added.len();
        assert_eq!(found("我帮您查一下"), 1);
        assert_eq!(found("我不会帮您处理这种要求"), 0, "negated: a different word");
        assert_eq!(found("我不会，但我帮您问问"), 1, "the negation ends at the comma");
        assert_eq!(found("不会吧，我帮您查"), 1);
    }

    #[test]
    fn a_rule_hit_the_model_finds_unlikely_is_withdrawn_and_a_likely_one_kept() {
        let file = ModelFile {
            trained_on: "test".into(),
            features: vec!["c:心疼".into(), "w:got it".into()],
            ids: vec![IdModel {
                id: "empathy".into(),
                bias: 0.0,
                threshold: 2.0,
                veto: 0.2,
                weights: vec![(0, 2.0), (1, -3.0)],
            }],
            ..Default::default()
        };
        let m = Learned::new(&file);
        let unlikely = m.detect(&grams(&Normalised::new("got it, I understand"), &Scope::default()), &["empathy"]);
        assert_eq!(unlikely.withdrawn, [0], "p = 0.05 is below the veto");
        assert!(m.detect(&grams(&Normalised::new("我都心疼了"), &Scope::default()), &["empathy"]).withdrawn.is_empty());
        assert!(
            m.detect(&grams(&Normalised::new("got it"), &Scope::default()), &[]).withdrawn.is_empty(),
            "nothing to withdraw"
        );
        let mut rare = file.clone();
        rare.ids[0].bias = -5.0;
        let m = Learned::new(&rare);
        let unknown = m.detect(&grams(&Normalised::new("这些字它一个也没见过"), &m.scope), &["empathy"]);
        assert!(unknown.withdrawn.is_empty(), "no evidence against is no reason to withdraw");
    }
}

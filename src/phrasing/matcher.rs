//! The compiled matcher: every literal of every phrasebook in one Aho-Corasick automaton, and
//! the patterns as chains of literal ids checked against one overlapping scan.

use super::normalise::{Normalised, ends_sentence};
use super::phrasebook::{Kind, Mood, Pattern, Phrasebook, Rule, Severity};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// A literal's roles beyond being an anchor: negation or non-negation, per language slot.
#[derive(Debug, Clone, Default)]
struct Literal {
    /// Must not touch an ASCII letter or digit on the left.
    bound_left: bool,
    /// Must not touch an ASCII letter or digit on the right.
    bound_right: bool,
    /// Bit i set: a negation in language slot i.
    negation: u32,
    /// Bit i set: a not-negation phrase in language slot i.
    not_negation: u32,
    /// Bit i set: a question cue in language slot i.
    question: u32,
    /// Patterns whose first anchor may be this literal.
    starts: Vec<u32>,
}

/// A pattern with its anchors turned into literal ids.
#[derive(Debug, Clone)]
struct CompiledPattern {
    rule: u32,
    lang: u32,
    anchors: Vec<Vec<u32>>,
    gap: usize,
    mood: Mood,
    negatable: bool,
    unless: Vec<u32>,
    replace: Option<String>,
}

/// A rule's fixed facts.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    /// Technique or taboo id.
    pub id: String,
    /// Technique or taboo.
    pub kind: Kind,
    /// Points the id is worth.
    pub points: u32,
    /// Taboo severity.
    pub severity: Severity,
    /// Suggested rewrites.
    pub rewrites: Vec<String>,
}

/// A raw hit of one pattern, in characters of the reply.
#[derive(Debug, Clone)]
pub struct RawHit {
    /// Index into [`Matcher::rules`].
    pub rule: usize,
    /// First character of the evidence.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// In-place replacement for the evidence, if the pattern has one.
    pub replace: Option<String>,
}

/// One occurrence of a literal in the normalised text (char offsets).
#[derive(Debug, Clone, Copy)]
struct Occ {
    lit: u32,
    start: u32,
    end: u32,
    sentence: u32,
    /// Clause within the text (split at commas, colons and dashes as well as sentence ends).
    clause: u32,
    /// Followed by a hyphen ("no-minimum"): not a negation.
    hyphen: bool,
}

/// Per-language facts the matcher needs at scan time.
#[derive(Debug, Clone)]
struct Lang {
    negation_window: usize,
}

/// Every phrasebook compiled into one automaton.
#[derive(Debug, Clone)]
pub struct Matcher {
    ac: AhoCorasick,
    literals: Vec<Literal>,
    patterns: Vec<CompiledPattern>,
    langs: Vec<Lang>,
    /// The rules, indexed by [`RawHit::rule`].
    pub rules: Vec<RuleInfo>,
    /// Every distinct literal, in automaton order (for the bare-scan benchmark).
    pub literal_texts: Vec<String>,
}

/// Collects literals while compiling.
#[derive(Default)]
struct Builder {
    index: HashMap<String, u32>,
    texts: Vec<String>,
    literals: Vec<Literal>,
}

impl Builder {
    fn literal(&mut self, text: &str) -> u32 {
        let folded = Normalised::new(text.trim()).text;
        if let Some(&id) = self.index.get(&folded) {
            return id;
        }
        let id = self.texts.len() as u32;
        let lit = Literal {
            bound_left: folded.chars().next().is_some_and(|c| c.is_ascii_alphanumeric()),
            bound_right: folded.chars().last().is_some_and(|c| c.is_ascii_alphanumeric()),
            ..Literal::default()
        };
        self.index.insert(folded.clone(), id);
        self.texts.push(folded);
        self.literals.push(lit);
        id
    }

    fn alternatives(&mut self, anchor: &str) -> Vec<u32> {
        anchor.split('|').filter(|a| !a.trim().is_empty()).map(|a| self.literal(a)).collect()
    }
}

impl Matcher {
    /// Compiles phrasebooks; each distinct `lang` gets its own negation slot.
    pub fn compile(books: &[Phrasebook]) -> Matcher {
        let mut b = Builder::default();
        let mut langs: Vec<(String, Lang)> = Vec::new();
        let mut rules = Vec::new();
        let mut patterns = Vec::new();
        for book in books {
            let slot = lang_slot(&mut langs, book);
            for (list, set) in [(&book.negations, 0), (&book.not_negations, 1), (&book.question_cues, 2)] {
                for word in list {
                    let id = b.literal(word) as usize;
                    let lit = &mut b.literals[id];
                    let bit = 1 << slot;
                    match set {
                        0 => lit.negation |= bit,
                        1 => lit.not_negation |= bit,
                        _ => lit.question |= bit,
                    }
                }
            }
            for rule in &book.rules {
                let rule_idx = rules.len() as u32;
                rules.push(rule_info(rule));
                for p in &rule.patterns {
                    if let Some(cp) = compile_pattern(&mut b, p, rule_idx, slot) {
                        let pid = patterns.len() as u32;
                        for &first in &cp.anchors[0] {
                            b.literals[first as usize].starts.push(pid);
                        }
                        patterns.push(cp);
                    }
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&b.texts)
            .expect("literal automaton builds: phrasebook literals are plain strings");
        Matcher {
            ac,
            literals: b.literals,
            patterns,
            langs: langs.into_iter().map(|(_, l)| l).collect(),
            rules,
            literal_texts: b.texts,
        }
    }

    /// Every pattern hit in the normalised reply, sorted by start.
    pub fn scan(&self, norm: &Normalised) -> Vec<RawHit> {
        let occs = self.occurrences(norm);
        let mut hits = Vec::new();
        let mut moods: Vec<Option<bool>> = Vec::new();
        let mut path = Vec::with_capacity(4);
        for (i, occ) in occs.iter().enumerate() {
            for &pid in &self.literals[occ.lit as usize].starts {
                let p = &self.patterns[pid as usize];
                path.clear();
                path.push(i);
                if let Some(end) = self.search(p, &occs, &mut path, norm, &mut moods) {
                    hits.push(RawHit {
                        rule: p.rule as usize,
                        start: occ.start as usize,
                        end: occs[end].end as usize,
                        replace: p.replace.clone(),
                    });
                }
            }
        }
        hits.sort_by_key(|h| (h.start, h.end));
        hits
    }

    /// Occurrences of all literals, with sentence numbers, respecting word boundaries.
    fn occurrences(&self, norm: &Normalised) -> Vec<Occ> {
        let text = norm.text.as_bytes();
        let (sentence_starts, clause_starts) = boundaries(&norm.text);
        let mut occs: Vec<Occ> = Vec::new();
        for m in self.ac.find_overlapping_iter(&norm.text) {
            let lit = &self.literals[m.pattern().as_usize()];
            if (lit.bound_left && m.start() > 0 && is_word(text[m.start() - 1]))
                || (lit.bound_right && m.end() < text.len() && is_word(text[m.end()]))
            {
                continue;
            }
            let start = norm.char_index(m.start()) as u32;
            let sentence = sentence_starts.partition_point(|&s| s <= start) as u32;
            let clause = clause_starts.partition_point(|&s| s <= start) as u32;
            let hyphen = text.get(m.end()) == Some(&b'-');
            let end = norm.char_index(m.end()) as u32;
            occs.push(Occ { lit: m.pattern().as_u32(), start, end, sentence, clause, hyphen });
        }
        occs.sort_by_key(|o| (o.start, o.end));
        occs
    }

    /// Depth-first search for the anchors after `path`: every candidate within the gap is tried,
    /// so a later occurrence can still complete the pattern when an earlier one fails a check.
    /// Returns the occurrence of the last anchor of the first chain that holds.
    fn search(
        &self,
        p: &CompiledPattern,
        occs: &[Occ],
        path: &mut Vec<usize>,
        norm: &Normalised,
        moods: &mut Vec<Option<bool>>,
    ) -> Option<usize> {
        let cur = *path.last()?;
        if path.len() == p.anchors.len() {
            return self.holds(p, occs, path, norm, moods).then_some(cur);
        }
        let prev = occs[cur];
        let limit = prev.end as usize + p.gap;
        let anchor = &p.anchors[path.len()];
        for j in cur + 1..occs.len() {
            let o = occs[j];
            if o.start as usize > limit {
                break;
            }
            if o.start >= prev.end && o.sentence == prev.sentence && anchor.contains(&o.lit) {
                path.push(j);
                if let Some(end) = self.search(p, occs, path, norm, moods) {
                    return Some(end);
                }
                path.pop();
            }
        }
        None
    }

    /// Negation, exclusion and mood checks for a chained hit (`path`: the anchors' occurrences).
    fn holds(
        &self,
        p: &CompiledPattern,
        occs: &[Occ],
        path: &[usize],
        norm: &Normalised,
        moods: &mut Vec<Option<bool>>,
    ) -> bool {
        let sentence = occs[path[0]].sentence;
        let same: Vec<&Occ> = occs.iter().filter(|o| o.sentence == sentence).collect();
        if p.unless.iter().any(|u| same.iter().any(|o| o.lit == *u)) {
            return false;
        }
        if p.negatable && self.negated(p, &same, occs, path) {
            return false;
        }
        match p.mood {
            Mood::Any => true,
            Mood::Question => self.is_question(sentence, &same, p.lang, norm, moods),
            Mood::Statement => !self.is_question(sentence, &same, p.lang, norm, moods),
        }
    }

    /// A negation that governs the hit: in the window before the first anchor or between the
    /// anchors, in the same clause as an anchor after it (a comma ends its reach), not part of
    /// a not-negation phrase or of an anchor, and not a prefix such as "no-minimum".
    fn negated(&self, p: &CompiledPattern, same: &[&Occ], occs: &[Occ], path: &[usize]) -> bool {
        let bit = 1 << p.lang;
        let (first, last) = (occs[path[0]], occs[path[path.len() - 1]]);
        let window = self.langs[p.lang as usize].negation_window as u32;
        let from = first.start.saturating_sub(window);
        let is_anchor = |o: &Occ| p.anchors.iter().any(|a| a.contains(&o.lit));
        let in_path = |o: &Occ| path.iter().any(|&i| o.start >= occs[i].start && o.end <= occs[i].end);
        same.iter().any(|o| {
            self.literals[o.lit as usize].negation & bit != 0
                && o.start >= from
                && o.start < last.start
                && !o.hyphen
                && !in_path(o)
                && path.iter().any(|&i| occs[i].start > o.start && occs[i].clause == o.clause)
                && !same.iter().any(|n| {
                    (self.literals[n.lit as usize].not_negation & bit != 0 || is_anchor(n))
                        && n.start <= o.start
                        && n.end >= o.end
                        && (n.start, n.end) != (o.start, o.end)
                })
        })
    }

    /// Whether sentence `s` asks something: ends in `?`, or holds a question cue.
    fn is_question(&self, s: u32, same: &[&Occ], lang: u32, norm: &Normalised, moods: &mut Vec<Option<bool>>) -> bool {
        let s = s as usize;
        if moods.len() <= s {
            moods.resize(s + 1, None);
        }
        if let Some(q) = moods[s] {
            return q;
        }
        let bit = 1 << lang;
        let cue = same.iter().any(|o| self.literals[o.lit as usize].question & bit != 0);
        let q = cue || sentence_ends_with_question(&norm.text, s);
        moods[s] = Some(q);
        q
    }
}

fn lang_slot(langs: &mut Vec<(String, Lang)>, book: &Phrasebook) -> u32 {
    if let Some(i) = langs.iter().position(|(l, _)| *l == book.lang) {
        if book.negation_window > 0 {
            langs[i].1.negation_window = book.negation_window;
        }
        return i as u32;
    }
    langs.push((book.lang.clone(), Lang { negation_window: book.negation_window }));
    (langs.len() - 1) as u32
}

fn rule_info(rule: &Rule) -> RuleInfo {
    RuleInfo {
        id: rule.id.clone(),
        kind: rule.kind,
        points: rule.points,
        severity: rule.severity,
        rewrites: rule.rewrites.clone(),
    }
}

fn compile_pattern(b: &mut Builder, p: &Pattern, rule: u32, lang: u32) -> Option<CompiledPattern> {
    let anchors: Vec<Vec<u32>> = p.all.iter().map(|a| b.alternatives(a)).collect();
    if anchors.is_empty() || anchors.iter().any(Vec::is_empty) {
        return None;
    }
    let unless = p.unless.iter().flat_map(|u| b.alternatives(u)).collect();
    Some(CompiledPattern {
        rule,
        lang,
        anchors,
        gap: p.gap,
        mood: p.mood,
        negatable: p.negatable,
        unless,
        replace: p.replace.clone(),
    })
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\''
}

/// Character indices where each sentence, and each clause, after the first starts.
fn boundaries(text: &str) -> (Vec<u32>, Vec<u32>) {
    let (mut sentences, mut clauses) = (Vec::new(), Vec::new());
    for (i, c) in text.chars().enumerate() {
        if ends_sentence(c) {
            sentences.push(i as u32 + 1);
        }
        if ends_sentence(c) || matches!(c, ',' | ':' | '—' | '–') {
            clauses.push(i as u32 + 1);
        }
    }
    (sentences, clauses)
}

/// True when sentence `s` ends with `?`, or with 吗/么/呢 before its closing marks.
fn sentence_ends_with_question(text: &str, s: usize) -> bool {
    let mut idx = 0;
    let mut last_meaningful = None;
    for c in text.chars() {
        if idx == s {
            if ends_sentence(c) {
                return c == '?' || matches!(last_meaningful, Some('吗' | '么'));
            }
            if !c.is_whitespace() && !matches!(c, '~' | ',' | '"' | ')' | '!') && !is_emoji_like(c) {
                last_meaningful = Some(c);
            }
        } else if idx > s {
            break;
        }
        if ends_sentence(c) {
            idx += 1;
        }
    }
    matches!(last_meaningful, Some('吗' | '么' | '?'))
}

fn is_emoji_like(c: char) -> bool {
    (c as u32) >= 0x1F000 || matches!(c, '[' | ']')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasing::phrasebook::{Kind, Pattern, Rule, Severity};

    fn book(lang: &str, negations: &[&str], patterns: Vec<Pattern>) -> Phrasebook {
        Phrasebook {
            lang: lang.into(),
            negations: negations.iter().map(|s| s.to_string()).collect(),
            negation_window: 4,
            rules: vec![Rule {
                id: "empathy".into(),
                kind: Kind::Technique,
                points: 10,
                severity: Severity::Moderate,
                patterns,
                rewrites: vec![],
            }],
            ..Phrasebook::default()
        }
    }

    fn pattern(all: &[&str], gap: usize) -> Pattern {
        Pattern {
            all: all.iter().map(|s| s.to_string()).collect(),
            gap,
            mood: Mood::Any,
            negatable: true,
            unless: vec![],
            replace: None,
        }
    }

    fn hits(m: &Matcher, text: &str) -> usize {
        m.scan(&Normalised::new(text)).len()
    }

    #[test]
    fn negation_cancels_within_its_clause_only() {
        let m = Matcher::compile(&[book("zh", &["不", "没"], vec![pattern(&["理解"], 6)])]);
        assert_eq!(hits(&m, "我理解您"), 1);
        assert_eq!(hits(&m, "我不理解您"), 0);
        assert_eq!(hits(&m, "还没到，我理解您"), 1, "a comma ends the negation's reach");
    }

    #[test]
    fn a_hyphenated_prefix_is_not_a_negation() {
        let m = Matcher::compile(&[book("en", &["no", "not"], vec![pattern(&["coupon"], 6)])]);
        assert_eq!(hits(&m, "a no-minimum coupon"), 1);
        assert_eq!(hits(&m, "no coupon"), 0);
    }

    #[test]
    fn a_later_anchor_can_complete_the_pattern() {
        // The first "I" is too far from "able"; the search must try the second one.
        let m = Matcher::compile(&[book("en", &[], vec![pattern(&["i", "able"], 8)])]);
        assert_eq!(hits(&m, "I know this is hard and I am able to help"), 1);
    }

    #[test]
    fn words_match_only_on_word_boundaries() {
        let m = Matcher::compile(&[book("en", &[], vec![pattern(&["no"], 6)])]);
        assert_eq!(hits(&m, "I know"), 0);
        assert_eq!(hits(&m, "no way"), 1);
    }
}

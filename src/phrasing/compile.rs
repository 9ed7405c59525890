//! Turning phrasebooks into the matcher's tables: literals (with their spellings and
//! inflections), word classes expanded, grammar classes bound to literal ids, patterns as chains
//! of literal ids.

use super::inflect;
use super::normalise::Normalised;
use super::phrasebook::{Mood, Pattern, Phrasebook};
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// A literal's roles beyond being an anchor.
#[derive(Debug, Clone, Default)]
pub struct Literal {
    /// Must not touch an ASCII letter or digit on the left.
    pub bound_left: bool,
    /// Must not touch an ASCII letter or digit on the right.
    pub bound_right: bool,
    /// Bit i set: a negation in language slot i.
    pub negation: u32,
    /// Bit i set: a not-negation phrase in language slot i.
    pub not_negation: u32,
    /// Bit i set: a question cue in language slot i.
    pub question: u32,
    /// Patterns whose first anchor may be this literal.
    pub starts: Vec<u32>,
    /// Length in characters (0 for a grammar class).
    pub chars: u32,
}

/// A pattern with its anchors turned into literal ids.
#[derive(Debug, Clone)]
pub struct CompiledPattern {
    /// Index of the rule.
    pub rule: u32,
    /// Language slot (negations and question cues of this language apply).
    pub lang: u32,
    /// Literal ids per anchor, sorted.
    pub anchors: Vec<Vec<u32>>,
    /// Characters allowed between anchors.
    pub gap: usize,
    /// Sentence mood the hit needs.
    pub mood: Mood,
    /// Whether a negation cancels it.
    pub negatable: bool,
    /// Literal ids that cancel it anywhere in the sentence, sorted.
    pub unless: Vec<u32>,
    /// Literal ids that cancel it inside the clauses it spans, sorted.
    pub unless_clause: Vec<u32>,
    /// In-place replacement.
    pub replace: Option<String>,
}

/// Collects literals while compiling.
#[derive(Default)]
pub struct Builder {
    index: HashMap<String, u32>,
    /// Literal ids per anchor word already compiled (a class is expanded by many patterns).
    words: HashMap<String, Vec<u32>>,
    /// Literal ids per (language, anchor) already compiled (many patterns share an anchor).
    anchors: HashMap<(String, String), Vec<u32>>,
    /// Normalised text per literal id (a grammar class's is `@name`, never searched).
    pub texts: Vec<String>,
    /// Facts per literal id.
    pub literals: Vec<Literal>,
    /// Literal ids that the automaton searches, in automaton order.
    pub searched: Vec<u32>,
    /// Word classes of all phrasebooks, per language (`@feeling` in a zh rule means the zh class).
    classes: BTreeMap<(String, String), Vec<String>>,
    /// The language of the book being compiled.
    lang: String,
    /// Literal id per grammar class, in [`super::grammar::Grammar::names`] order.
    pub grammar_lits: Vec<u32>,
    grammar_index: HashMap<String, u32>,
}

impl Builder {
    /// A builder that knows every book's word classes and the grammar's class names.
    pub fn new(books: &[Phrasebook], grammar_names: &[String]) -> Builder {
        let mut b = Builder::default();
        for book in books {
            for (name, words) in &book.classes {
                let key = (book.lang.clone(), name.clone());
                b.classes.entry(key).or_default().extend(words.iter().cloned());
            }
        }
        for name in grammar_names {
            let id = b.push(format!("@{name}"), false);
            b.grammar_lits.push(id);
            b.grammar_index.insert(name.clone(), id);
        }
        b
    }

    fn push(&mut self, folded: String, searched: bool) -> u32 {
        let id = self.texts.len() as u32;
        let lit = Literal {
            bound_left: folded.chars().next().is_some_and(|c| c.is_ascii_alphanumeric()),
            bound_right: folded.chars().last().is_some_and(|c| c.is_ascii_alphanumeric()),
            chars: if searched { folded.chars().count() as u32 } else { 0 },
            ..Literal::default()
        };
        self.index.insert(folded.clone(), id);
        self.texts.push(folded);
        self.literals.push(lit);
        if searched {
            self.searched.push(id);
        }
        id
    }

    /// The literal ids of one word as typed (normalised; one id per spelling).
    pub fn word(&mut self, text: &str) -> Vec<u32> {
        if let Some(ids) = self.words.get(text) {
            return ids.clone();
        }
        let folded = Normalised::text_of(text.trim());
        let ids: Vec<u32> = match folded.is_empty() {
            true => Vec::new(),
            false => inflect::spellings(&folded)
                .into_iter()
                .map(|s| match self.index.get(&s) {
                    Some(&id) => id,
                    None => self.push(s, true),
                })
                .collect(),
        };
        self.words.insert(text.to_string(), ids.clone());
        ids
    }

    /// Literal ids of one anchor: `|` alternatives, `@class` and `~word` expanded.
    pub fn alternatives(&mut self, anchor: &str) -> Vec<u32> {
        let key = (self.lang.clone(), anchor.to_string());
        if let Some(ids) = self.anchors.get(&key) {
            return ids.clone();
        }
        let mut out = Vec::new();
        for alt in anchor.split('|').map(str::trim).filter(|a| !a.is_empty()) {
            self.alternative(alt, 0, &mut out);
        }
        out.sort_unstable();
        out.dedup();
        self.anchors.insert(key, out.clone());
        out
    }

    fn alternative(&mut self, alt: &str, depth: usize, out: &mut Vec<u32>) {
        if let Some(name) = alt.strip_prefix('@') {
            if let Some(&id) = self.grammar_index.get(name) {
                out.push(id);
            } else if let Some(words) = self.class(name)
                && depth < 8
            {
                for w in words {
                    self.alternative(&w, depth + 1, out);
                }
            }
        } else if let Some(word) = alt.strip_prefix('~') {
            for form in inflect::inflections(&Normalised::text_of(word)) {
                out.extend(self.word(&form));
            }
        } else {
            out.extend(self.word(alt));
        }
    }

    /// Sets the language whose word classes `@name` refers to from now on.
    pub fn set_lang(&mut self, lang: &str) {
        self.lang = lang.to_string();
    }

    /// The words of class `name`: the current language's class, else any language's.
    fn class(&self, name: &str) -> Option<Vec<String>> {
        let own = self.classes.get(&(self.lang.clone(), name.to_string()));
        own.or_else(|| self.classes.iter().find(|((_, n), _)| n == name).map(|(_, w)| w)).cloned()
    }

    /// Marks each word of `list` with a role bit (0 negation, 1 not-negation, 2 question cue).
    pub fn mark(&mut self, list: &[String], role: u8, slot: u32) {
        for word in list {
            for id in self.alternatives(word) {
                let lit = &mut self.literals[id as usize];
                match role {
                    0 => lit.negation |= 1 << slot,
                    1 => lit.not_negation |= 1 << slot,
                    _ => lit.question |= 1 << slot,
                }
            }
        }
    }

    /// Compiles one pattern; `None` when an anchor has no word (an unknown class, say).
    pub fn pattern(&mut self, p: &Pattern, rule: u32, lang: u32) -> Option<CompiledPattern> {
        let anchors: Vec<Vec<u32>> = p.all.iter().map(|a| self.alternatives(a)).collect();
        if anchors.is_empty() || anchors.iter().any(Vec::is_empty) {
            return None;
        }
        let mut ids = |list: &[String]| {
            let mut v: Vec<u32> = list.iter().flat_map(|u| self.alternatives(u)).collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (unless, unless_clause) = (ids(&p.unless), ids(&p.unless_clause));
        Some(CompiledPattern {
            rule,
            lang,
            anchors,
            gap: p.gap,
            mood: p.mood,
            negatable: p.negatable,
            unless,
            unless_clause,
            replace: p.replace.clone(),
        })
    }
}

/// Every word class and grammar class name an anchor may refer to, across the books.
pub fn known_classes(books: &[Phrasebook]) -> std::collections::BTreeSet<String> {
    books.iter().flat_map(|b| b.classes.keys().chain(b.grammar.keys()).cloned()).collect()
}

/// Every class an anchor, an `unless`, a word class or a negation list names with `@name`: a
/// superset of the grammar classes the compiled rules will scan for, known before compiling.
pub fn referenced_classes(books: &[Phrasebook]) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    for b in books {
        let patterns = b.rules.iter().flat_map(|r| &r.patterns);
        let anchors = patterns.flat_map(|p| p.all.iter().chain(&p.unless).chain(&p.unless_clause));
        let lists = b.classes.values().flatten().chain(&b.negations).chain(&b.not_negations).chain(&b.question_cues);
        for alt in anchors.chain(lists).flat_map(|a| a.split('|')) {
            if let Some(name) = alt.trim().strip_prefix('@') {
                out.insert(name.to_string());
            }
        }
    }
    out
}

/// All books' grammar classes, merged (later books add patterns to a class).
pub fn merged_grammar(books: &[Phrasebook]) -> BTreeMap<String, Vec<String>> {
    let mut g: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for book in books {
        for (name, pats) in &book.grammar {
            g.entry(name.clone()).or_default().extend(pats.iter().cloned());
        }
    }
    g
}

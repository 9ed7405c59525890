//! Grammar classes: small regular grammars over the normalised text (clock times, dates,
//! weekdays, "within 24 hours", 明早十点前…), written as data in `assets/lexicon/*.ron`.
//!
//! A class's patterns may insert another class with `{name}`. Every match of most classes starts
//! with one of a few literals (明天, a digit, "within"): one Aho-Corasick pass over those tells
//! which classes may occur, and only those are searched for their spans. The few classes without
//! such literals go through one `RegexSet` pass first.

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use std::collections::BTreeMap;

/// Grammar classes compiled for scanning.
#[derive(Debug, Clone)]
pub struct Grammar {
    /// Class names, in the order of `set` and `each`.
    pub names: Vec<String>,
    /// The classes scanned for (all, until [`Grammar::keep`] narrows them), in `set` order.
    active: Vec<usize>,
    /// Anchored classes (`^`, `$`), searched on their own: alone, the regex engine anchors the
    /// search or uses the class's literals; inside the set they multiply its states (measured:
    /// three such classes made scoring 2.5 times slower).
    solo: Vec<usize>,
    /// One pass telling which active classes occur (built by [`Grammar::keep`]; without it
    /// every active class is searched).
    set: Option<RegexSet>,
    /// The literals kept classes' matches start (or end) with, and per literal its classes.
    triggers: Option<(AhoCorasick, Vec<Vec<usize>>)>,
    each: Vec<Regex>,
    sources: Vec<String>,
}

/// One span matched by a grammar class, in bytes of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Index into [`Grammar::names`].
    pub class: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A grammar class that cannot be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrammarError {
    /// The class.
    pub class: String,
    /// What is wrong, in words a trainer can act on.
    pub message: String,
}

/// Lazy-DFA cache per compiled regex, in bytes.
const DFA_CACHE: usize = 32 << 20;

/// Longest expansion allowed, so a class that inserts itself cannot grow without end.
const MAX_DEPTH: usize = 8;

impl Grammar {
    /// Compiles the classes, expanding `{name}` references.
    pub fn compile(classes: &BTreeMap<String, Vec<String>>) -> Result<Grammar, GrammarError> {
        let mut names = Vec::new();
        let mut sources = Vec::new();
        for name in classes.keys() {
            sources.push(expand(name, classes, 0)?);
            names.push(name.clone());
        }
        let each = sources
            .iter()
            .zip(&names)
            .map(|(s, n)| {
                RegexBuilder::new(s)
                    .dfa_size_limit(DFA_CACHE)
                    .build()
                    .map_err(|e| GrammarError { class: n.clone(), message: e.to_string() })
            })
            .collect::<Result<_, _>>()?;
        let active = (0..names.len()).collect();
        Ok(Grammar { active, solo: Vec::new(), names, set: None, triggers: None, each, sources })
    }

    /// Scans only for the classes where `wanted` is true (the others are still inserted into
    /// the classes that name them): a helper class no rule anchors costs nothing per reply.
    /// A class whose matches start or end with known literals is searched only where one occurs
    /// (measured on 32k fresh real lines: the set's lazy DFA spent 90% of its time building
    /// states); the rest go through the set, anchored ones (`^`, `$`) on their own.
    pub fn keep(&mut self, wanted: impl Fn(usize) -> bool) {
        let mut by_literal: BTreeMap<Vec<u8>, Vec<usize>> = BTreeMap::new();
        let (mut solo, mut active) = (Vec::new(), Vec::new());
        for c in (0..self.names.len()).filter(|&c| wanted(c)) {
            match prefixes(&self.sources[c]) {
                Some(lits) => lits.into_iter().for_each(|l| by_literal.entry(l).or_default().push(c)),
                None if self.sources[c].contains(['^', '$']) => solo.push(c),
                None => active.push(c),
            }
        }
        let sources: Vec<&String> = active.iter().map(|&c| &self.sources[c]).collect();
        let built = AhoCorasick::builder().match_kind(MatchKind::Standard).build(by_literal.keys());
        if let (Ok(set), Ok(ac)) = (set_of(&sources), built) {
            self.triggers = Some((ac, by_literal.into_values().collect()));
            (self.active, self.solo, self.set) = (active, solo, Some(set));
        }
    }

    /// True when there are no classes.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every span of every class in `text`, leftmost-first per class, sorted by start.
    pub fn scan(&self, text: &str) -> Vec<Span> {
        let triggered = self.triggers.as_ref().is_some_and(|(_, classes)| !classes.is_empty());
        if self.active.is_empty() && self.solo.is_empty() && !triggered {
            return Vec::new();
        }
        let mut found: Vec<usize> = match &self.set {
            Some(set) if !self.active.is_empty() => set.matches(text).iter().map(|k| self.active[k]).collect(),
            Some(_) => Vec::new(),
            None => self.active.clone(),
        };
        found.extend(&self.solo);
        if let Some((ac, classes)) = &self.triggers {
            let mut seen = vec![false; self.names.len()];
            for m in ac.find_overlapping_iter(text) {
                for &c in &classes[m.pattern().as_usize()] {
                    if !std::mem::replace(&mut seen[c], true) {
                        found.push(c);
                    }
                }
            }
        }
        found.sort_unstable();
        let mut out = Vec::new();
        for class in found {
            out.extend(self.each[class].find_iter(text).map(|m| Span { class, start: m.start(), end: m.end() }));
        }
        out.sort_by_key(|s| (s.start, s.end));
        out
    }
}

/// Literals one of which every match of `source` starts with, or else ends with (之前 in
/// "(?:^|…)之前"), when there are a few and none is empty: a match is never found in a text
/// without one of them.
fn prefixes(source: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::Parser::new().parse(source).ok()?;
    [ExtractKind::Prefix, ExtractKind::Suffix].into_iter().find_map(|kind| {
        let seq = Extractor::new().kind(kind).limit_class(64).limit_total(1000).extract(&hir);
        let lits = seq.literals()?;
        let usable = !lits.is_empty() && lits.len() <= 1000 && lits.iter().all(|l| !l.as_bytes().is_empty());
        usable.then(|| lits.iter().map(|l| l.as_bytes().to_vec()).collect())
    })
}

fn set_of<S: AsRef<str>>(sources: &[S]) -> Result<RegexSet, GrammarError> {
    RegexSetBuilder::new(sources)
        .dfa_size_limit(DFA_CACHE)
        .build()
        .map_err(|e| GrammarError { class: "?".into(), message: e.to_string() })
}

/// The regular expression of class `name`, its `{other}` references inserted.
fn expand(name: &str, classes: &BTreeMap<String, Vec<String>>, depth: usize) -> Result<String, GrammarError> {
    let err = |message: String| GrammarError { class: name.to_string(), message };
    if depth > MAX_DEPTH {
        return Err(err(format!("grammar class \"{name}\" inserts itself (through {{…}} references)")));
    }
    let patterns = classes.get(name).ok_or_else(|| err(format!("unknown grammar class {{{name}}}")))?;
    let mut alts = Vec::new();
    for p in patterns {
        let mut out = String::new();
        let mut rest = p.as_str();
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').map(|c| open + c);
            let inner = close.map(|c| &rest[open + 1..c]).unwrap_or("");
            if close.is_some() && classes.contains_key(inner) {
                out.push_str(&rest[..open]);
                out.push_str(&format!("(?:{})", expand(inner, classes, depth + 1)?));
                rest = &rest[close.unwrap_or(open) + 1..];
            } else if close.is_some() && !inner.is_empty() && inner.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            {
                return Err(err(format!("grammar class \"{name}\" refers to unknown class {{{inner}}}")));
            } else {
                // A repetition such as {1,2}: plain regex.
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
        out.push_str(rest);
        // ASCII word boundaries: a Unicode `\b` keeps the regex engine off its fast DFA on
        // Chinese text (measured: 75% of scoring time), and the grammar's words are ASCII.
        alts.push(format!("(?:{})", ascii_classes(&out)));
    }
    Ok(alts.join("|"))
}

/// `\b`, `\d` and `\s` in their ASCII forms: the text is normalised (digits and spaces are
/// half-width), and the Unicode forms keep the regex engine off its fast DFA on Chinese text
/// (measured: three quarters of all scoring time).
fn ascii_classes(re: &str) -> String {
    re.replace("\\b", "(?-u:\\b)").replace("\\d", "[0-9]").replace("\\s", "[ \\t]")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes(list: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        list.iter().map(|(n, p)| (n.to_string(), p.iter().map(|s| s.to_string()).collect())).collect()
    }

    #[test]
    fn classes_searched_where_their_literals_occur_find_what_a_full_search_finds() {
        let list: &[(&str, &[&str])] = &[
            ("day", &[r"(?:明天|下周[一二三])"]),
            ("before", &[r"(?:^|[,.]|您)之前"]),
            ("ing", &[r"(?-u:\b)[a-z]{2,}ing(?-u:\b)"]),
            ("end", &[r"就这样吧$"]),
        ];
        let full = Grammar::compile(&classes(list)).unwrap();
        let mut kept = full.clone();
        kept.keep(|_| true);
        for text in ["明天之前,您之前说checking的事,就这样吧", "下周二 waiting", "之前", "nothing here", ""]
        {
            assert_eq!(kept.scan(text), full.scan(text), "{text}");
        }
        assert_eq!(kept.scan("明天之前,您之前说checking的事,就这样吧").len(), 4, "明天, 您之前, checking, 就这样吧");
    }

    #[test]
    fn references_expand_and_spans_come_back() {
        let g = Grammar::compile(&classes(&[("num", &[r"\d{1,2}"]), ("clock", &[r"{num}点", r"{num} ?pm"])])).unwrap();
        let spans = g.scan("明天5点前, or 6pm");
        let clock = g.names.iter().position(|n| n == "clock").unwrap();
        let found: Vec<_> = spans.iter().filter(|s| s.class == clock).map(|s| (s.start, s.end)).collect();
        assert_eq!(found.len(), 2, "{spans:?}");
    }

    #[test]
    fn anchored_classes_are_found_beside_the_set_after_keep() {
        let mut g =
            Grammar::compile(&classes(&[("num", &[r"\d+"]), ("end", &[r"查一下$"]), ("start", &[r"^好的"])])).unwrap();
        g.keep(|_| true);
        let names = |text: &str| g.scan(text).iter().map(|s| g.names[s.class].clone()).collect::<Vec<_>>();
        assert_eq!(names("好的，订单12我查一下"), ["start", "num", "end"]);
        assert_eq!(names("我查一下，好的"), Vec::<String>::new());
    }

    #[test]
    fn unknown_and_self_references_are_refused() {
        let e = Grammar::compile(&classes(&[("clock", &[r"{nmu}点"])])).unwrap_err();
        assert!(e.message.contains("unknown class {nmu}"), "{e:?}");
        let e = Grammar::compile(&classes(&[("a", &[r"{a}x"])])).unwrap_err();
        assert!(e.message.contains("inserts itself"), "{e:?}");
    }
}

//! Grammar classes: small regular grammars over the normalised text (clock times, dates,
//! weekdays, "within 24 hours", 明早十点前…), written as data in `assets/lexicon/*.ron`.
//!
//! A class's patterns may insert another class with `{name}`; one `RegexSet` pass tells which
//! classes occur, and only those are searched for their spans.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
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
        Ok(Grammar { active: (0..names.len()).collect(), solo: Vec::new(), names, set: None, each, sources })
    }

    /// Scans only for the classes where `wanted` is true (the others are still inserted into
    /// the classes that name them): a helper class no rule anchors costs nothing per reply.
    pub fn keep(&mut self, wanted: impl Fn(usize) -> bool) {
        let anchored = |c: &usize| self.sources[*c].contains(['^', '$']);
        let (solo, active): (Vec<usize>, Vec<usize>) = (0..self.names.len()).filter(|&c| wanted(c)).partition(anchored);
        let sources: Vec<&String> = active.iter().map(|&c| &self.sources[c]).collect();
        if let Ok(set) = set_of(&sources) {
            (self.active, self.solo, self.set) = (active, solo, Some(set));
        }
    }

    /// True when there are no classes.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every span of every class in `text`, leftmost-longest per class, sorted by start.
    pub fn scan(&self, text: &str) -> Vec<Span> {
        if self.active.is_empty() && self.solo.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut found: Vec<usize> = match &self.set {
            Some(set) => set.matches(text).iter().map(|k| self.active[k]).collect(),
            None => self.active.clone(),
        };
        found.extend(&self.solo);
        found.sort_unstable();
        for class in found {
            out.extend(self.each[class].find_iter(text).map(|m| Span { class, start: m.start(), end: m.end() }));
        }
        out.sort_by_key(|s| (s.start, s.end));
        out
    }
}

/// One set of all `sources`. Its lazy-DFA cache is larger than the default: with a few dozen
/// classes the default one is rebuilt over and over (measured: a sixth of scoring time spent
/// determinising).
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

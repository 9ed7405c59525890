//! Grammar classes: small regular grammars over the normalised text (clock times, dates,
//! weekdays, "within 24 hours", 明早十点前…), written as data in `assets/lexicon/*.ron`.
//!
//! A class's patterns may insert another class with `{name}`. Every match of most classes starts
//! with one of a few literals (明天, a digit, "within"): one Aho-Corasick pass over those finds
//! where such a class may match, and it is tried there only, anchored. Classes whose matches end
//! with known literals are searched where one occurs; the few without literals go through one
//! `RegexSet` pass first.

use aho_corasick::{AhoCorasick, MatchKind};
use regex::{RegexSet, RegexSetBuilder};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Hir, HirKind, Look};
use std::collections::BTreeMap;

/// Grammar classes compiled for scanning.
#[derive(Debug, Clone)]
pub struct Grammar {
    /// Class names, in the order of `each`.
    pub names: Vec<String>,
    /// Per class: scanned for (all, until [`Grammar::keep`] narrows them).
    wanted: Vec<bool>,
    /// Classes without trigger literals and without anchors, in `set` order.
    loose: Vec<usize>,
    /// Anchored classes (`^`, `$`) without literals, searched on their own: alone, the regex
    /// engine anchors the search; inside the set they multiply its states (measured: three such
    /// classes made scoring 2.5 times slower).
    solo: Vec<usize>,
    /// One pass telling which loose classes occur (without it each is searched).
    set: Option<RegexSet>,
    /// The wanted classes' literals in one automaton, and per literal its classes.
    triggers: Option<(AhoCorasick, Vec<Vec<usize>>)>,
    /// Per class: every match starts with one of its trigger literals (else it ends with one).
    starts_with: Vec<bool>,
    /// Per class: some of its matches start at the start of the text (`^…`) instead, where it
    /// is tried when the text opens with one of these literals (any, when there are none); its
    /// triggers are those of its other branches.
    at_text_start: Vec<Option<Openings>>,
    /// Per class: its expanded regular expression, parsed.
    hirs: Vec<Hir>,
    /// Per class: compiled when scanned for.
    each: Vec<Option<Regex>>,
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
    /// Compiles the classes, expanding `{name}` references, and finds each one's trigger
    /// literals; every class is scanned for.
    pub fn compile(classes: &BTreeMap<String, Vec<String>>) -> Result<Grammar, GrammarError> {
        Grammar::compile_for(classes, |_| true)
    }

    /// [`Grammar::compile`], prepared to scan only for the classes `named` (all are compiled:
    /// the others are inserted into the classes that name them). Needing only names, it can
    /// run beside the rest of loading.
    pub fn compile_for(
        classes: &BTreeMap<String, Vec<String>>,
        named: impl Fn(&str) -> bool,
    ) -> Result<Grammar, GrammarError> {
        let mut names = Vec::new();
        let mut hirs = Vec::new();
        for name in classes.keys() {
            let source = expand(name, classes, 0)?;
            // Every class is parsed, so a typo is reported even in a class no rule names.
            let hir = regex_syntax::Parser::new()
                .parse(&source)
                .map_err(|e| GrammarError { class: name.clone(), message: e.to_string() })?;
            hirs.push((source, hir));
            names.push(name.clone());
        }
        let wanted: Vec<bool> = names.iter().map(|n| named(n)).collect();
        let (literals, at_text_start): (Vec<Option<Literals>>, Vec<Option<Openings>>) =
            hirs.iter().zip(&wanted).map(|((_, h), &w)| if w { triggers_of(h) } else { (None, None) }).unzip();
        let starts_with: Vec<bool> = literals.iter().map(|l| l.as_ref().is_some_and(|l| l.1)).collect();
        // Only the classes scanned for are compiled; the others live inside the classes naming them.
        let mut each = Vec::with_capacity(names.len());
        for (c, name) in names.iter().enumerate() {
            let err = |message| GrammarError { class: name.clone(), message };
            each.push(if wanted[c] { Some(build(&hirs[c].1, starts_with[c]).map_err(err)?) } else { None });
        }
        let (sources, hirs): (Vec<String>, Vec<Hir>) = hirs.into_iter().unzip();
        let anchored = |c: &usize| sources[*c].contains(['^', '$']);
        let triggers = triggers(&literals, |c| wanted[c]);
        // Classes without literals (or, should the automaton ever fail to build, every class)
        // are searched on their own or through the set.
        let untriggered = |c: &usize| wanted[*c] && (literals[*c].is_none() || triggers.is_none());
        let (solo, loose): (Vec<usize>, Vec<usize>) = (0..names.len()).filter(untriggered).partition(anchored);
        let set = set_of(&loose.iter().map(|&c| &sources[c]).collect::<Vec<_>>()).ok();
        Ok(Grammar { wanted, loose, solo, set, triggers, starts_with, at_text_start, names, hirs, each })
    }

    /// Scans only for the classes where `wanted` is true (the others are still inserted into
    /// the classes that name them): a helper class no rule anchors costs nothing per reply.
    /// A class outside what the grammar was prepared for is prepared now.
    pub fn keep(&mut self, wanted: impl Fn(usize) -> bool) {
        let wanted: Vec<bool> = (0..self.names.len()).map(wanted).collect();
        let unprepared = (0..self.names.len()).any(|c| wanted[c] && !self.wanted[c]);
        self.wanted = wanted;
        if unprepared {
            // Rare (a rule naming a class only through another class's words): search every
            // wanted class on its own, correct if slower.
            self.solo = (0..self.names.len()).filter(|&c| self.wanted[c]).collect();
            (self.triggers, self.loose) = (None, Vec::new());
            for &c in &self.solo {
                if self.each[c].is_none() {
                    self.each[c] = build(&self.hirs[c], false).ok();
                }
            }
        }
    }

    /// True when there are no classes.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Every span of every class in `text`, leftmost-first per class, sorted by start.
    pub fn scan(&self, text: &str) -> Vec<Span> {
        if !self.wanted.contains(&true) {
            return Vec::new();
        }
        let mut found: Vec<usize> = match &self.set {
            Some(set) if !self.loose.is_empty() => set.matches(text).iter().map(|k| self.loose[k]).collect(),
            _ => self.loose.clone(),
        };
        found.extend(&self.solo);
        // Where each class that starts with a trigger literal may match.
        let mut at: Vec<Vec<usize>> = vec![Vec::new(); self.names.len()];
        if let Some((ac, classes)) = &self.triggers {
            let mut seen = vec![false; self.names.len()];
            for m in ac.find_overlapping_iter(text) {
                for &c in &classes[m.pattern().as_usize()] {
                    if self.starts_with[c] {
                        at[c].push(m.start());
                    } else if !std::mem::replace(&mut seen[c], true) {
                        found.push(c);
                    }
                }
            }
        }
        // (Without the automaton every class is searched on its own, its start included.)
        for (at, opening) in at.iter_mut().zip(&self.at_text_start).filter(|_| self.triggers.is_some()) {
            if let Some(lits) = opening
                && (lits.is_empty() || lits.iter().any(|l| text.as_bytes().starts_with(l)))
            {
                at.push(0);
            }
        }
        let mut out = Vec::new();
        for class in found.into_iter().filter(|&c| self.wanted[c]) {
            if let Some(re) = &self.each[class] {
                out.extend(re.find_iter(text).map(|m| Span { class, start: m.start(), end: m.end() }));
            }
        }
        for (class, starts) in at.iter_mut().enumerate().filter(|(c, s)| !s.is_empty() && self.wanted[*c]) {
            starts.sort_unstable();
            starts.dedup();
            self.anchored(class, text, starts, &mut out);
        }
        out.sort_by_key(|s| (s.start, s.end, s.class));
        out
    }

    /// The spans `find_iter` would give for a class whose every match starts at one of `starts`:
    /// leftmost-first, non-overlapping, each tried anchored at the first start past the last.
    fn anchored(&self, class: usize, text: &str, starts: &[usize], out: &mut Vec<Span>) {
        let mut from = 0;
        for &start in starts {
            if start < from {
                continue;
            }
            let input = Input::new(text).range(start..).anchored(Anchored::Yes);
            if let Some(m) = self.each[class].as_ref().and_then(|re| re.search(&input)) {
                out.push(Span { class, start: m.start(), end: m.end() });
                from = m.end();
            }
        }
    }
}

/// A class's trigger literals, and whether (and when) it also matches at the start of the text:
/// branches that begin with `^` can match only there, so a space in `^\s*done` triggers nothing
/// (measured: such classes were tried at every space, a third of all the grammar's searches).
/// At the start it is tried when the text opens with one of its starting literals.
fn triggers_of(hir: &Hir) -> (Option<Literals>, Option<Openings>) {
    match without_text_start(hir) {
        Some(rest) if rest != *hir => match literals(&rest) {
            Some(l) if l.1 => {
                let opening = extract(hir, ExtractKind::Prefix).filter(|o| o.len() <= MAX_OPENINGS);
                (Some(l), Some(opening.unwrap_or_default()))
            }
            _ => (literals(hir), None),
        },
        _ => (literals(hir), None),
    }
}

/// More starting literals than this are not worth checking before a search at the start.
const MAX_OPENINGS: usize = 32;

/// `hir` without the alternatives that can match only at the start of the text (`None` when
/// all can); a `^` it cannot see at the front stays.
fn without_text_start(hir: &Hir) -> Option<Hir> {
    match hir.kind() {
        HirKind::Look(Look::Start) => None,
        HirKind::Capture(c) => without_text_start(&c.sub),
        HirKind::Alternation(branches) => {
            let kept: Vec<Hir> = branches.iter().filter_map(without_text_start).collect();
            (!kept.is_empty()).then(|| Hir::alternation(kept))
        }
        HirKind::Concat(parts) => {
            let first = without_text_start(parts.first()?)?;
            Some(Hir::concat(std::iter::once(first).chain(parts[1..].iter().cloned()).collect()))
        }
        _ => Some(hir.clone()),
    }
}

/// Literals one of which every match of `source` starts with (`true`), or else ends with (之前
/// in "(?:^|…)之前"), or else contains (我 in "(?:^|[,.])我…$"), when there are a few and none
/// is empty: a match is never found in a text without one of them. Starting literals of one
/// byte (a comma, a digit, "a") give way to longer ending or inner ones ("policy" in
/// "(?:^|[.!?,]\s*)…policy$"): a comma occurs in nearly every reply.
fn literals(hir: &Hir) -> Option<Literals> {
    let prefix = extract(hir, ExtractKind::Prefix).map(|l| (l, true));
    if prefix.as_ref().is_some_and(|(l, _)| strength(l) > 1) {
        return prefix;
    }
    let suffix = extract(hir, ExtractKind::Suffix).map(|l| (l, false));
    let within = inner(hir).map(|l| (l, false));
    let longer = [suffix, within].into_iter().flatten().max_by_key(|(l, _)| strength(l));
    match (prefix, longer) {
        (Some(p), Some(o)) if strength(&o.0) <= strength(&p.0) => Some(p),
        (p, o) => o.or(p),
    }
}

/// How well a set of literals narrows where a class may match: the bytes of its shortest, or 0
/// when one is only punctuation and spaces (", " occurs in nearly every English reply: three
/// classes opening with "(?:^|[.!?,;]\s*)" were tried at every comma: 1.4 % of all instructions).
fn strength(literals: &[Vec<u8>]) -> usize {
    let bare = |l: &Vec<u8>| l.iter().all(|b| b.is_ascii_punctuation() || b.is_ascii_whitespace());
    if literals.iter().any(bare) { 0 } else { shortest(literals) }
}

/// Bytes in the shortest literal.
fn shortest(literals: &[Vec<u8>]) -> usize {
    literals.iter().map(Vec::len).min().unwrap_or(0)
}

/// Literals one of which every match of `hir` starts (or ends) with, if usable.
fn extract(hir: &Hir, kind: ExtractKind) -> Option<Vec<Vec<u8>>> {
    // Short literals suffice to say where a match may start (measured on 5,600 real lines:
    // 12 bytes, four Chinese characters, scans as fast as whole literals and builds faster).
    let mut extractor = Extractor::new();
    extractor.kind(kind).limit_class(64).limit_total(1000).limit_literal_len(12);
    let seq = extractor.extract(hir);
    let lits = seq.literals()?;
    let usable = !lits.is_empty() && lits.len() <= 1000 && lits.iter().all(|l| !l.as_bytes().is_empty());
    usable.then(|| lits.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Literals one of which every match of `hir` contains: the fewest that some part of a
/// concatenation starts with, every branch of an alternation contributing its own.
fn inner(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    match hir.kind() {
        HirKind::Capture(c) => inner(&c.sub),
        HirKind::Alternation(branches) => {
            let mut all: Vec<Vec<u8>> = Vec::new();
            for b in branches {
                all.extend(inner(b)?);
            }
            all.sort();
            all.dedup();
            (all.len() <= 1000).then_some(all)
        }
        HirKind::Concat(parts) => parts.iter().filter_map(inner).min_by_key(Vec::len),
        _ => extract(hir, ExtractKind::Prefix),
    }
}

/// A class compiled; a class searched only anchored at its trigger literals needs no prefilter
/// (building one costs as much as the rest of its compilation).
fn build(hir: &Hir, anchored_only: bool) -> Result<Regex, String> {
    let config = Regex::config().hybrid_cache_capacity(DFA_CACHE).auto_prefilter(!anchored_only);
    Regex::builder().configure(config).build_from_hir(hir).map_err(|e| e.to_string())
}

/// A class's trigger literals, and whether its matches start (`true`) or end with them.
type Literals = (Vec<Vec<u8>>, bool);

/// Literals a match at the start of the text opens with (empty: not known, always tried).
type Openings = Vec<Vec<u8>>;

/// One automaton over the literals of the classes `wanted`, and per literal its classes.
fn triggers(literals: &[Option<Literals>], wanted: impl Fn(usize) -> bool) -> Option<(AhoCorasick, Vec<Vec<usize>>)> {
    let mut by_literal: BTreeMap<&[u8], Vec<usize>> = BTreeMap::new();
    for (c, (lits, _)) in literals.iter().enumerate().filter_map(|(c, l)| Some((c, l.as_ref()?))) {
        if wanted(c) {
            lits.iter().for_each(|l| by_literal.entry(l).or_default().push(c));
        }
    }
    let ac = AhoCorasick::builder().match_kind(MatchKind::Standard).build(by_literal.keys()).ok()?;
    Some((ac, by_literal.into_values().collect()))
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
            ("inner", &[r"[^,.]{0,8}(?:我|我们)(?:查|看)一下[^,.]*$"]),
            // Branches that can match only at the start of the text, beside ones that can anywhere.
            ("done", &[r"^[ \t]*(?:(?:ok|great)[,!.]?[ \t]+)?done(?-u:\b)", r"(?-u:\b)i've done it(?-u:\b)"]),
            ("policy", &[r"(?:^|[.!?,][ \t]*)(?:store|our)[ \t]+policy[.!]*[ \t]*$"]),
            // Opens with a comma and a space, or the start: the comma alone says nothing.
            (
                "deny",
                &[r"(?:^|[.!?,;]\s*)(?:i\s+)?(?:didn't|didnt|did not|never)\s+(?:say|said)\s+(?:that\s+)?(?:you|u)\b"],
            ),
        ];
        let g = Grammar::compile(&classes(list)).unwrap();
        // What searching every class in full finds.
        let full = |text: &str| {
            let mut v: Vec<Span> = (0..g.names.len())
                .flat_map(|class| {
                    g.each[class].as_ref().unwrap().find_iter(text).map(move |m| Span {
                        class,
                        start: m.start(),
                        end: m.end(),
                    })
                })
                .collect();
            v.sort_by_key(|s| (s.start, s.end, s.class));
            v
        };
        for text in [
            "明天之前,您之前说checking的事,就这样吧",
            "下周二 waiting",
            "之前",
            "nothing here",
            "",
            "明天明天明天之前之前",
            "好的,我查一下",
            "我们看一下吧",
            "我查一下,明天",
            "done, and i've done it",
            "  ok, done",
            "ok done. i've done it. done",
            "sorry, store policy",
            "store policy.",
            "it is done",
            "ok, ok. never said that you, i didn't say u did",
            "didn't say you",
        ] {
            assert_eq!(g.scan(text), full(text), "{text}");
        }
        assert_eq!(g.scan("明天之前,您之前说checking的事,就这样吧").len(), 4, "明天, 您之前, checking, 就这样吧");
        let inner = g.names.iter().position(|n| n == "inner").unwrap();
        assert!(
            !g.starts_with[inner] && g.triggers.is_some() && !g.loose.contains(&inner) && !g.solo.contains(&inner),
            "a class neither starting nor ending with literals is searched where the literals it holds occur"
        );
        assert_eq!(g.scan("好的,我查一下").iter().filter(|s| s.class == inner).count(), 1);
        assert_eq!(g.scan("我查一下,明天").iter().filter(|s| s.class == inner).count(), 0);
        let named = |n: &str| g.names.iter().position(|x| x == n).unwrap();
        assert!(g.at_text_start[named("done")].is_some(), "a space does not trigger ^[ \\t]*done");
        let (policy, _) = triggers_of(&g.hirs[named("policy")]);
        assert!(policy.is_some_and(|(l, _)| shortest(&l) > 1), "a comma alone does not trigger \"policy\"");
        let (deny, _) = triggers_of(&g.hirs[named("deny")]);
        let worded = |l: &Vec<u8>| l.iter().any(u8::is_ascii_alphanumeric);
        assert!(deny.is_some_and(|(l, _)| l.iter().all(worded)), "\", \" does not trigger \"never said\"");
        assert_eq!(g.scan("  ok, done").len(), 1);
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
    fn a_class_kept_beyond_what_was_prepared_is_still_found() {
        let list = classes(&[
            ("day", &[r"明天|后天"]),
            ("end", &[r"查一下$"]),
            ("num", &[r"\d+"]),
            ("done", &[r"^[ \t]*done", r"(?-u:\b)i've done it"]),
        ]);
        let mut g = Grammar::compile_for(&list, |n| n == "day" || n == "done").unwrap();
        let names = |g: &Grammar, text: &str| g.scan(text).iter().map(|s| g.names[s.class].clone()).collect::<Vec<_>>();
        assert_eq!(names(&g, "明天12点我查一下"), ["day"], "only the prepared class");
        g.keep(|_| true);
        assert_eq!(names(&g, "明天12点我查一下"), ["day", "num", "end"]);
        // A class that may match at the start is found there once, not twice.
        assert_eq!(names(&g, "done, i've done it"), ["done", "done"]);
    }

    #[test]
    fn unknown_and_self_references_are_refused() {
        let e = Grammar::compile(&classes(&[("clock", &[r"{nmu}点"])])).unwrap_err();
        assert!(e.message.contains("unknown class {nmu}"), "{e:?}");
        let e = Grammar::compile(&classes(&[("a", &[r"{a}x"])])).unwrap_err();
        assert!(e.message.contains("inserts itself"), "{e:?}");
    }
}

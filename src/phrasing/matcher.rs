//! The compiled matcher: every literal of every phrasebook in one Aho-Corasick automaton, the
//! grammar classes in one `RegexSet` pass, and the patterns as chains of literal ids checked
//! against the occurrences.
//!
//! Cost is linear in the reply's length: each occurrence starts a search bounded by the
//! pattern's gaps and a step budget, sentence facts (mood, which literals occur) are computed
//! once, and an id stops being searched once it has [`MAX_HITS_PER_ID`] hits.

use super::compile::{Builder, CompiledPattern, Literal, merged_grammar};
use super::grammar::Grammar;
use super::normalise::{Normalised, sentence_ends};
use super::phrasebook::{Kind, Mood, Phrasebook, Rule, Severity};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// At most this many hits of one id are reported for one reply (a 1 MB paste stays readable).
pub const MAX_HITS_PER_ID: usize = 20;

/// Chains tried from one occurrence for one pattern before giving up (anchor-dense text).
const SEARCH_BUDGET: u32 = 256;

/// Chain steps allowed for a whole reply: a base plus this many per character, so that an
/// anchor-dense paste of megabytes costs time in proportion to its length (hits found by then
/// are reported; an ordinary reply never comes near it).
const STEPS_BASE: u64 = 200_000;
const STEPS_PER_CHAR: u64 = 40;

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
    /// Rules with the same id share a group (hits are counted and merged per id).
    group: u32,
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

/// How far a negation governs for the learned layer, in characters (within its clause). Across
/// the five retired parts (`scripts/train_model.py --cv`) F1 is 0.8438 with no such guard and
/// 0.8425 / 0.8424 / 0.8421 at 6 / 16 / 24: the guard costs a little, and 16 is the shortest that
/// keeps "I don't need to check with my supervisor" from reading as a consultation.
pub const NEGATION_GOVERNS: u32 = 16;

/// Every phrasebook compiled into one automaton.
#[derive(Debug, Clone)]
pub struct Matcher {
    ac: AhoCorasick,
    /// Literal id of each automaton pattern.
    searched: Vec<u32>,
    /// Per automaton pattern: bit 0 bound on the left, bit 1 on the right (kept apart from
    /// `literals` so the many matches dropped at a word boundary touch one byte each).
    bounds: Vec<u8>,
    grammar: Grammar,
    grammar_lits: Vec<u32>,
    literals: Vec<Literal>,
    patterns: Vec<CompiledPattern>,
    negation_windows: Vec<u32>,
    longest: u32,
    /// The rules, indexed by [`RawHit::rule`].
    pub rules: Vec<RuleInfo>,
    /// Per id group: its rules are taboos.
    taboo_groups: Vec<bool>,
    /// Every distinct searched literal (for the bare-scan benchmark).
    pub literal_texts: Vec<String>,
}

/// Facts about the scanned text shared by all patterns.
struct Scan<'a> {
    occs: Vec<Occ>,
    /// Per sentence: asks something (ends in ?, 吗/么).
    asks: Vec<bool>,
    /// Per sentence: bit i set when a question cue of language i occurs.
    cues: Vec<u32>,
    /// Per sentence: its literal ids, sorted (built on first use).
    lits: Vec<Option<Vec<u32>>>,
    /// Per sentence: the range of `occs` in it.
    ranges: Vec<(u32, u32)>,
    /// Literals that occur anywhere in the reply, sorted (short: a reply holds few of them).
    present_list: Vec<u32>,
    /// The per-literal and per-pattern tables, borrowed from this thread's [`TABLES`].
    tables: Tables,
    /// Patterns asked about so far (their `possible` entries are reset when the scan ends).
    asked: Vec<u32>,
    /// Chain steps left for this reply.
    steps: u64,
    /// Every occurrence lies in one sentence.
    one_sentence: bool,
    /// Character index where each clause after the first starts.
    clauses: Vec<u32>,
    m: &'a Matcher,
}

/// Tables as large as the phrasebooks, kept all-zero between replies: a scan sets a few
/// entries and resets just those when it ends (zeroing whole tables per reply cost 6%).
#[derive(Default)]
struct Tables {
    /// Per literal, one bit: it occurs in the reply.
    present: Vec<u64>,
    /// Per pattern: 0 not yet known, 1 every anchor has a literal in the reply, 2 not.
    possible: Vec<u8>,
}

thread_local! {
    static TABLES: std::cell::RefCell<Tables> = std::cell::RefCell::default();
}

impl Drop for Scan<'_> {
    fn drop(&mut self) {
        let mut t = std::mem::take(&mut self.tables);
        for &l in &self.present_list {
            t.present[l as usize / 64] = 0;
        }
        for &p in &self.asked {
            t.possible[p as usize] = 0;
        }
        TABLES.with(|c| *c.borrow_mut() = t);
    }
}

/// The books' literals, patterns and literal automaton: everything but the grammar's regexes,
/// which need only the grammar's class names to be numbered.
pub struct Compiled {
    builder: Builder,
    rules: Vec<RuleInfo>,
    patterns: Vec<CompiledPattern>,
    ac: AhoCorasick,
    negation_windows: Vec<u32>,
}

impl Compiled {
    /// Compiles the books' rules against grammar classes named `grammar_names` (in
    /// [`Grammar::names`] order). Fails only when the literals are too many for one automaton,
    /// in words a trainer can act on.
    pub fn build(books: &[Phrasebook], grammar_names: &[String]) -> Result<Compiled, String> {
        let mut b = Builder::new(books, grammar_names);
        let mut langs: Vec<(String, u32)> = Vec::new();
        let (mut rules, mut patterns, mut groups) = (Vec::new(), Vec::new(), HashMap::new());
        for book in books {
            let slot = lang_slot(&mut langs, book);
            b.set_lang(&book.lang);
            b.mark(&book.negations, 0, slot);
            b.mark(&book.not_negations, 1, slot);
            b.mark(&book.question_cues, 2, slot);
            for rule in &book.rules {
                let rule_idx = rules.len() as u32;
                let next = groups.len() as u32;
                rules.push(rule_info(rule, *groups.entry(rule.id.clone()).or_insert(next)));
                for p in &rule.patterns {
                    if let Some(cp) = b.pattern(p, rule_idx, slot) {
                        let pid = patterns.len() as u32;
                        for &first in &cp.anchors[0] {
                            b.literals[first as usize].starts.push(pid);
                        }
                        patterns.push(cp);
                    }
                }
            }
        }
        let texts: Vec<&String> = b.searched.iter().map(|&i| &b.texts[i as usize]).collect();
        let ac = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&texts).map_err(|e| {
            format!(
                "the phrasebooks' {} distinct words are too many to compile ({e}): shorten or split the word lists",
                texts.len()
            )
        })?;
        let negation_windows = langs.into_iter().map(|(_, w)| w).collect();
        Ok(Compiled { builder: b, rules, patterns, ac, negation_windows })
    }
}

impl Matcher {
    /// Compiles phrasebooks; each distinct `lang` gets its own negation slot. Grammar classes
    /// that do not compile are left out (the loader reports them with their file and line).
    pub fn compile(books: &[Phrasebook]) -> Result<Matcher, String> {
        let grammar = Grammar::compile(&merged_grammar(books))
            .or_else(|_| Grammar::compile(&Default::default()))
            .map_err(|e| e.message)?;
        Ok(Matcher::assemble(Compiled::build(books, &grammar.names)?, grammar))
    }

    /// The matcher from the books' literal tables and their compiled grammar (which may have
    /// been compiled beside them: see [`Compiled::build`]).
    pub fn assemble(t: Compiled, mut grammar: Grammar) -> Matcher {
        let (b, patterns) = (t.builder, t.patterns);
        debug_assert_eq!(b.grammar_lits.len(), grammar.names.len(), "tables built for another grammar");
        grammar.keep(|class| {
            named(&patterns, b.grammar_lits[class]) || flagged(&b.literals[b.grammar_lits[class] as usize])
        });
        Matcher {
            ac: t.ac,
            literal_texts: b.searched.iter().map(|&i| b.texts[i as usize].clone()).collect(),
            bounds: b.searched.iter().map(|&i| bounds(&b.literals[i as usize])).collect(),
            searched: b.searched,
            grammar,
            grammar_lits: b.grammar_lits,
            longest: b.literals.iter().map(|l| l.chars).max().unwrap_or(0),
            literals: b.literals,
            patterns,
            negation_windows: t.negation_windows,
            taboo_groups: taboo_groups(&t.rules),
            rules: t.rules,
        }
    }

    /// Every pattern hit in the normalised reply, sorted by start; overlapping hits of one id
    /// merge into the first, and at most [`MAX_HITS_PER_ID`] of one id are kept.
    pub fn scan(&self, norm: &Normalised) -> Vec<RawHit> {
        self.scan_caps(norm, MAX_HITS_PER_ID, MAX_HITS_PER_ID)
    }

    /// Number of id groups (rules with the same id share one).
    pub fn groups(&self) -> usize {
        self.taboo_groups.len()
    }

    /// [`Matcher::scan`] with one cap per id for techniques and another for taboos (the taboos
    /// a rewrite must remove, found in the same pass as the capped techniques).
    pub fn scan_caps(&self, norm: &Normalised, technique_cap: usize, taboo_cap: usize) -> Vec<RawHit> {
        self.run(norm, (technique_cap, taboo_cap), false).0
    }

    /// [`Matcher::scan_caps`], and where negations govern: from each negation cue (not part of
    /// a not-negation phrase) over the next [`NEGATION_GOVERNS`] characters of its clause
    /// ("I don't need to [check with my supervisor]"). The learned layer adds nothing there.
    pub fn scan_with_negations(
        &self,
        norm: &Normalised,
        technique_cap: usize,
        taboo_cap: usize,
    ) -> (Vec<RawHit>, Vec<(u32, u32)>) {
        self.run(norm, (technique_cap, taboo_cap), true)
    }

    /// One scan: the hits, and where negations govern when `governed` is asked for.
    fn run(
        &self,
        norm: &Normalised,
        (technique_cap, taboo_cap): (usize, usize),
        governed: bool,
    ) -> (Vec<RawHit>, Vec<(u32, u32)>) {
        let mut scan = Scan::new(self, norm);
        let governed = if governed { scan.negation_reach() } else { Vec::new() };
        let groups = self.groups();
        let (mut kept, mut reach) = (vec![0usize; groups], vec![0u32; groups]);
        let caps: Vec<usize> = self.taboo_groups.iter().map(|&t| if t { taboo_cap } else { technique_cap }).collect();
        let mut out = Vec::new();
        let (mut batch, mut path): (Vec<RawHit>, Vec<usize>) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < scan.occs.len() {
            let start = scan.occs[i].start;
            batch.clear();
            while i < scan.occs.len() && scan.occs[i].start == start {
                self.hits_from(i, &mut scan, (&kept, &caps), &mut path, &mut batch);
                i += 1;
            }
            batch.sort_by_key(|h| h.end);
            self.longest_drops(&mut batch);
            for h in batch.drain(..) {
                let g = self.rules[h.rule].group as usize;
                if kept[g] < caps[g] && (kept[g] == 0 || h.start as u32 >= reach[g]) {
                    kept[g] += 1;
                    reach[g] = reach[g].max(h.end as u32);
                    out.push(h);
                }
            }
        }
        (out, governed)
    }

    /// Of the words a rewrite drops (an empty replacement) that start at one place, only the
    /// longest of each id: "亲爱的" is the address, not "亲" leaving a stray "爱的".
    fn longest_drops(&self, batch: &mut Vec<RawHit>) {
        let drops = |h: &RawHit| h.replace.as_deref() == Some("");
        let group = |h: &RawHit| self.rules[h.rule].group;
        // Most starts hold at most one such hit: nothing to collect there.
        if batch.iter().filter(|h| drops(h)).nth(1).is_none() {
            return;
        }
        let longest: Vec<(u32, usize)> = batch.iter().filter(|h| drops(h)).map(|h| (group(h), h.end)).collect();
        batch.retain(|h| !drops(h) || !longest.iter().any(|&(g, end)| g == group(h) && end > h.end));
    }

    /// Hits of the patterns that may start at occurrence `i` (`path`: the search's buffer).
    fn hits_from(
        &self,
        i: usize,
        scan: &mut Scan,
        (kept, caps): (&[usize], &[usize]),
        path: &mut Vec<usize>,
        out: &mut Vec<RawHit>,
    ) {
        let occ = scan.occs[i];
        for &pid in &self.literals[occ.lit as usize].starts {
            let p = &self.patterns[pid as usize];
            let g = self.rules[p.rule as usize].group as usize;
            if kept[g] >= caps[g] || !scan.possible(pid) || scan.steps == 0 {
                continue;
            }
            path.clear();
            path.push(i);
            let mut budget = SEARCH_BUDGET;
            if let Some(end) = scan.search(p, path, &mut budget) {
                out.push(RawHit {
                    rule: p.rule as usize,
                    start: occ.start as usize,
                    end: scan.occs[end].end as usize,
                    replace: p.replace.clone(),
                });
            }
        }
    }
}

impl<'a> Scan<'a> {
    fn new(m: &'a Matcher, norm: &Normalised) -> Scan<'a> {
        let Layout { sentences, clauses, asks } = layout(&norm.text);
        let mut occs = m.literal_occs(norm, &sentences, &clauses);
        occs.sort_by_key(|o| (o.start, o.end));
        let n = asks.len().max(sentences.len() + 1);
        let (mut cues, mut ranges) = (vec![0u32; n], vec![(0u32, 0u32); n]);
        for (k, o) in occs.iter().enumerate() {
            let s = o.sentence as usize;
            cues[s] |= m.literals[o.lit as usize].question;
            if ranges[s].1 == 0 {
                ranges[s].0 = k as u32;
            }
            ranges[s].1 = k as u32 + 1;
        }
        let mut tables = TABLES.with(|c| std::mem::take(&mut *c.borrow_mut()));
        let (words, patterns) = (m.literals.len().div_ceil(64), m.patterns.len());
        if tables.present.len() < words || tables.possible.len() < patterns {
            tables.present.resize(tables.present.len().max(words), 0);
            tables.possible.resize(tables.possible.len().max(patterns), 0);
        }
        for o in &occs {
            tables.present[o.lit as usize / 64] |= 1 << (o.lit % 64);
        }
        let mut present_list: Vec<u32> = occs.iter().map(|o| o.lit).collect();
        present_list.sort_unstable();
        present_list.dedup();
        let steps = STEPS_BASE + STEPS_PER_CHAR * norm.char_at.len() as u64;
        let one_sentence = occs.first().map(|o| o.sentence) == occs.last().map(|o| o.sentence);
        let lits = vec![None; n];
        Scan {
            occs,
            asks,
            cues,
            lits,
            ranges,
            present_list,
            tables,
            asked: Vec::new(),
            steps,
            one_sentence,
            clauses,
            m,
        }
    }

    /// Whether pattern `pid`, asked where its first anchor occurs, can match at all: each of its
    /// other anchors has a literal in the reply.
    fn possible(&mut self, pid: u32) -> bool {
        let known = self.tables.possible[pid as usize];
        if known != 0 {
            return known == 1;
        }
        let present = &self.tables.present;
        let has = |l: &u32| present[*l as usize / 64] & (1 << (l % 64)) != 0;
        // Walk the shorter side: an anchor's alternatives, or the few literals the reply holds.
        let list = &self.present_list;
        let any = |a: &Vec<u32>| match a.len() <= 4 * list.len() {
            true => a.iter().any(has),
            false => list.iter().any(|l| a.binary_search(l).is_ok()),
        };
        // The first anchor holds: `pid` is only asked about where its first anchor occurs.
        let ok = self.m.patterns[pid as usize].anchors.iter().skip(1).all(any);
        self.tables.possible[pid as usize] = if ok { 1 } else { 2 };
        self.asked.push(pid);
        ok
    }

    /// Depth-first search for the anchors after `path`: every candidate within the gap is tried
    /// (within the budget), so a later occurrence can still complete the pattern when an earlier
    /// one fails a check. Returns the occurrence of the last anchor of the first chain that holds.
    fn search(&mut self, p: &CompiledPattern, path: &mut Vec<usize>, budget: &mut u32) -> Option<usize> {
        let cur = *path.last()?;
        if path.len() == p.anchors.len() {
            return self.holds(p, path).then_some(cur);
        }
        let prev = self.occs[cur];
        let limit = prev.end as usize + p.gap;
        let level = path.len();
        for j in cur + 1..self.occs.len() {
            let o = self.occs[j];
            if o.start as usize > limit || o.sentence != prev.sentence || *budget == 0 || self.steps == 0 {
                break;
            }
            self.steps -= 1;
            if o.start >= prev.end && p.anchors[level].binary_search(&o.lit).is_ok() {
                *budget -= 1;
                path.push(j);
                if let Some(end) = self.search(p, path, budget) {
                    return Some(end);
                }
                path.pop();
            }
        }
        None
    }

    /// Negation, exclusion and mood checks for a chained hit (`path`: the anchors' occurrences).
    fn holds(&mut self, p: &CompiledPattern, path: &[usize]) -> bool {
        let sentence = self.occs[path[0]].sentence as usize;
        if !p.unless.is_empty() && self.in_sentence(sentence, &p.unless) {
            return false;
        }
        if !p.unless_clause.is_empty()
            && self.any_present(&p.unless_clause)
            && self.in_clauses(path).any(|l| p.unless_clause.binary_search(&l).is_ok())
        {
            return false;
        }
        if p.negatable && self.negated(p, path) {
            return false;
        }
        let asks = self.asks.get(sentence).copied().unwrap_or(false) || self.cues[sentence] & (1 << p.lang) != 0;
        match p.mood {
            Mood::Any => true,
            Mood::Question => asks,
            Mood::Statement => !asks,
        }
    }

    /// Literals of the clauses from the first anchor's to the last's.
    fn in_clauses(&self, path: &[usize]) -> impl Iterator<Item = u32> + '_ {
        let (first, last) = (self.occs[path[0]], self.occs[path[path.len() - 1]]);
        let (a, b) = self.ranges[first.sentence as usize];
        self.occs[a as usize..b as usize]
            .iter()
            .filter(move |o| o.clause >= first.clause && o.clause <= last.clause)
            .map(|o| o.lit)
    }

    /// Whether a literal of `list` occurs anywhere in the reply (one bit test each).
    fn any_present(&self, list: &[u32]) -> bool {
        list.iter().any(|l| self.tables.present[*l as usize / 64] & (1 << (l % 64)) != 0)
    }

    /// Whether a literal of `list` (sorted) occurs in sentence `s`: the shorter side is walked,
    /// the reply-wide bitset first (an `unless` list may hold hundreds of words, a sentence few).
    fn in_sentence(&mut self, s: usize, list: &[u32]) -> bool {
        let present = |l: &&u32| self.tables.present[**l as usize / 64] & (1 << (*l % 64)) != 0;
        let mut hits = list.iter().filter(present).peekable();
        if hits.peek().is_none() {
            return false;
        }
        if self.one_sentence {
            return true; // Present in the reply is present in its only sentence.
        }
        let hits: Vec<u32> = hits.copied().collect();
        let lits = self.sentence_lits(s);
        hits.iter().any(|l| lits.binary_search(l).is_ok())
    }

    fn sentence_lits(&mut self, s: usize) -> &[u32] {
        if self.lits[s].is_none() {
            let (a, b) = self.ranges[s];
            let mut v: Vec<u32> = self.occs[a as usize..b as usize].iter().map(|o| o.lit).collect();
            v.sort_unstable();
            v.dedup();
            self.lits[s] = Some(v);
        }
        self.lits[s].as_deref().unwrap_or(&[])
    }

    /// A negation that governs the hit: in the window before the first anchor or between the
    /// anchors, in the same clause as an anchor after it (a comma ends its reach), not part of
    /// a not-negation phrase or of an anchor, and not a prefix such as "no-minimum".
    fn negated(&self, p: &CompiledPattern, path: &[usize]) -> bool {
        let bit = 1 << p.lang;
        let occs = &self.occs;
        let (first, last) = (occs[path[0]], occs[path[path.len() - 1]]);
        let from = first.start.saturating_sub(self.m.negation_windows[p.lang as usize]);
        let is_anchor = |o: &Occ| p.anchors.iter().any(|a| a.binary_search(&o.lit).is_ok());
        let in_path = |o: &Occ| path.iter().any(|&i| o.start >= occs[i].start && o.end <= occs[i].end);
        let lo = occs.partition_point(|o| o.start < from);
        occs[lo..].iter().take_while(|o| o.start < last.start).any(|o| {
            o.sentence == first.sentence
                && self.m.literals[o.lit as usize].negation & bit != 0
                && !o.hyphen
                && !in_path(o)
                && path.iter().any(|&i| occs[i].start > o.start && occs[i].clause == o.clause)
                && !self.covered(o, bit, &is_anchor)
        })
    }

    /// Per negation cue that negates (not inside a not-negation phrase, not a prefix such as
    /// "no-minimum"): from its end over [`NEGATION_GOVERNS`] characters, within its clause.
    fn negation_reach(&self) -> Vec<(u32, u32)> {
        let none = |_: &Occ| false;
        let cue = |o: &&Occ| {
            let bits = self.m.literals[o.lit as usize].negation;
            bits != 0 && !o.hyphen && !self.covered(o, bits, &none)
        };
        let end = |o: &Occ| self.clauses.get(o.clause as usize).copied().unwrap_or(u32::MAX);
        self.occs.iter().filter(cue).map(|o| (o.end, end(o).min(o.end + NEGATION_GOVERNS))).collect()
    }

    /// True when negation occurrence `o` lies inside a not-negation phrase or an anchor.
    fn covered(&self, o: &Occ, bit: u32, is_anchor: &dyn Fn(&Occ) -> bool) -> bool {
        let lo = self.occs.partition_point(|n| n.start < o.start.saturating_sub(self.m.longest));
        self.occs[lo..].iter().take_while(|n| n.start <= o.start).any(|n| {
            (self.m.literals[n.lit as usize].not_negation & bit != 0 || is_anchor(n))
                && n.end >= o.end
                && (n.start, n.end) != (o.start, o.end)
        })
    }
}

impl Matcher {
    /// The texts of the literals that are negations, and of those that are not-negation
    /// phrases, in any language.
    pub fn negation_cues(&self) -> (Vec<String>, Vec<String>) {
        let (mut neg, mut not) = (Vec::new(), Vec::new());
        for (i, &lit) in self.searched.iter().enumerate() {
            let l = &self.literals[lit as usize];
            if l.negation != 0 {
                neg.push(self.literal_texts[i].clone());
            }
            if l.not_negation != 0 {
                not.push(self.literal_texts[i].clone());
            }
        }
        (neg, not)
    }

    /// Occurrences of all literals and grammar classes, respecting ASCII word boundaries.
    fn literal_occs(&self, norm: &Normalised, sentences: &[u32], clauses: &[u32]) -> Vec<Occ> {
        let text = norm.text.as_bytes();
        let place = |byte_start: usize, byte_end: usize, lit: u32| {
            let start = norm.char_index(byte_start) as u32;
            Occ {
                lit,
                start,
                end: norm.char_index(byte_end) as u32,
                sentence: sentences.partition_point(|&s| s <= start) as u32,
                clause: clauses.partition_point(|&s| s <= start) as u32,
                hyphen: text.get(byte_end) == Some(&b'-'),
            }
        };
        let mut occs: Vec<Occ> = Vec::with_capacity(text.len() / 4 + 8);
        for m in self.ac.find_overlapping_iter(&norm.text) {
            let bound = self.bounds[m.pattern().as_usize()];
            if (bound & 1 != 0 && m.start() > 0 && is_word(text[m.start() - 1]))
                || (bound & 2 != 0 && m.end() < text.len() && is_word(text[m.end()]))
            {
                continue;
            }
            occs.push(place(m.start(), m.end(), self.searched[m.pattern().as_usize()]));
        }
        for span in self.grammar.scan(&norm.text) {
            occs.push(place(span.start, span.end, self.grammar_lits[span.class]));
        }
        occs
    }
}

/// Whether a pattern names literal `lit` in an anchor, `unless` or `unless_clause`.
fn named(patterns: &[CompiledPattern], lit: u32) -> bool {
    patterns.iter().any(|p| p.anchors.iter().flatten().chain(&p.unless).chain(&p.unless_clause).any(|&l| l == lit))
}

/// Whether a literal is a negation, not-negation or question cue in some language.
fn flagged(l: &Literal) -> bool {
    l.negation | l.not_negation | l.question != 0
}

fn lang_slot(langs: &mut Vec<(String, u32)>, book: &Phrasebook) -> u32 {
    if let Some(i) = langs.iter().position(|(l, _)| *l == book.lang) {
        if book.negation_window > 0 {
            langs[i].1 = book.negation_window as u32;
        }
        return i as u32;
    }
    langs.push((book.lang.clone(), book.negation_window as u32));
    (langs.len() - 1) as u32
}

/// Per id group, whether its rules are taboos.
fn taboo_groups(rules: &[RuleInfo]) -> Vec<bool> {
    let mut out = vec![false; rules.iter().map(|r| r.group as usize + 1).max().unwrap_or(0)];
    for r in rules {
        out[r.group as usize] = r.kind == Kind::Taboo;
    }
    out
}

impl RuleInfo {
    /// The rule's id group (rules with the same id share one), for counting hits per id.
    pub fn group(&self) -> usize {
        self.group as usize
    }
}

fn rule_info(rule: &Rule, group: u32) -> RuleInfo {
    RuleInfo {
        id: rule.id.clone(),
        kind: rule.kind,
        points: rule.points,
        severity: rule.severity,
        rewrites: rule.rewrites.clone(),
        group,
    }
}

fn bounds(l: &super::compile::Literal) -> u8 {
    l.bound_left as u8 | (l.bound_right as u8) << 1
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\''
}

/// Where sentences and clauses start, and which sentences ask something.
struct Layout {
    /// Character index where each sentence after the first starts.
    sentences: Vec<u32>,
    /// Character index where each clause after the first starts (commas, colons and dashes as
    /// well as sentence ends).
    clauses: Vec<u32>,
    /// Per sentence: it ends with `?`, or with 吗/么 before its closing marks.
    asks: Vec<bool>,
}

/// The [`Layout`] of `text`, in one pass over its characters.
fn layout(text: &str) -> Layout {
    let mut l = Layout { sentences: Vec::new(), clauses: Vec::new(), asks: Vec::new() };
    let mut last = None;
    for (i, (c, end)) in text.chars().zip(sentence_ends(text)).enumerate() {
        if end {
            l.sentences.push(i as u32 + 1);
            l.asks.push(c == '?' || matches!(last, Some('吗' | '么')));
            last = None;
        } else if !c.is_whitespace() && !matches!(c, '~' | ',' | '"' | ')' | '!') && !is_emoji_like(c) {
            last = Some(c);
        }
        if end || matches!(c, ',' | ':' | '—' | '–') {
            l.clauses.push(i as u32 + 1);
        }
    }
    l.asks.push(matches!(last, Some('吗' | '么' | '?')));
    l
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
            unless_clause: vec![],
            replace: None,
        }
    }

    fn hits(m: &Matcher, text: &str) -> usize {
        m.scan(&Normalised::new(text)).len()
    }

    #[test]
    fn negation_cancels_within_its_clause_only() {
        let m = Matcher::compile(&[book("zh", &["不", "没"], vec![pattern(&["理解"], 6)])]).unwrap();
        assert_eq!(hits(&m, "我理解您"), 1);
        assert_eq!(hits(&m, "我不理解您"), 0);
        assert_eq!(hits(&m, "还没到，我理解您"), 1, "a comma ends the negation's reach");
    }

    #[test]
    fn unless_reaches_the_sentence_and_unless_clause_only_the_hit_s_clauses() {
        let mut sentence = pattern(&["今天", "寄出"], 6);
        sentence.unless = vec!["一般".into()];
        let mut clause = pattern(&["今天", "寄出"], 6);
        clause.unless_clause = vec!["一般".into()];
        let (s, c) = (
            Matcher::compile(&[book("zh", &[], vec![sentence])]).unwrap(),
            Matcher::compile(&[book("zh", &[], vec![clause])]).unwrap(),
        );
        let later = "今天寄出，一般两天到";
        assert_eq!((hits(&s, later), hits(&c, later)), (0, 1), "a process fact in a later clause");
        assert_eq!(hits(&c, "一般今天寄出"), 0, "the same clause still cancels");
        assert_eq!(hits(&c, "今天寄出。一般两天到"), 1);
    }

    #[test]
    fn a_grammar_class_named_only_in_unless_clause_still_cancels() {
        let mut clause = pattern(&["I'll", "check"], 6);
        clause.unless_clause = vec!["@day".into()];
        let mut b = book("en", &[], vec![clause]);
        b.grammar.insert("day".into(), vec![r"\btomorrow\b".into()]);
        let m = Matcher::compile(&[b]).unwrap();
        assert_eq!(hits(&m, "I'll check now"), 1);
        assert_eq!(hits(&m, "I'll check tomorrow"), 0, "the class in the hit's clause cancels it");
        assert_eq!(hits(&m, "I'll check now, and call tomorrow"), 1, "another clause does not");
    }

    #[test]
    fn a_hyphenated_prefix_is_not_a_negation() {
        let m = Matcher::compile(&[book("en", &["no", "not"], vec![pattern(&["coupon"], 6)])]).unwrap();
        assert_eq!(hits(&m, "a no-minimum coupon"), 1);
        assert_eq!(hits(&m, "no coupon"), 0);
    }

    #[test]
    fn a_later_anchor_can_complete_the_pattern() {
        // The first "I" is too far from "able"; the search must try the second one.
        let m = Matcher::compile(&[book("en", &[], vec![pattern(&["i", "able"], 8)])]).unwrap();
        assert_eq!(hits(&m, "I know this is hard and I am able to help"), 1);
    }

    #[test]
    fn words_match_only_on_word_boundaries() {
        let m = Matcher::compile(&[book("en", &[], vec![pattern(&["no"], 6)])]).unwrap();
        assert_eq!(hits(&m, "I know"), 0);
        assert_eq!(hits(&m, "no way"), 1);
    }
}

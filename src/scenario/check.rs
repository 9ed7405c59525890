//! The trainer's checker: every problem an author can make, as located diagnostics.

use super::format::{Beat, Cond, Meters, Scenario};
use super::load::{LoadedScenario, REQUIRED_LOCALES};
use super::runtime::Rules;
use crate::diag::Diagnostic;
use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::phrasing::ids;
use crate::text::{closest, line_col};
use std::collections::{BTreeSet, VecDeque};
/// Checks a loaded scenario; `rules` also runs choice scoring and golden transcripts.
/// Messages are in English (built in from `locales/en-US/check.ftl`); see [`check_in`] for the
/// trainer's language.
pub fn check(ls: &LoadedScenario, rules: Option<&Rules>) -> Vec<Diagnostic> {
    check_in(ls, rules, None)
}

/// Like [`check`], with the messages taken from `check-*` Fluent messages of the catalog in
/// the given locale (English where one is missing).
pub fn check_in(ls: &LoadedScenario, rules: Option<&Rules>, lang: Option<(&Catalog, Locale)>) -> Vec<Diagnostic> {
    let mut c = Checker { ls, out: ls.warnings.clone(), lang };
    c.header();
    c.ids();
    c.structure();
    c.reachability();
    c.turn_counts();
    c.calm_kept();
    c.passing();
    c.text();
    c.topics();
    if let Some(rules) = rules
        && !c.out.iter().any(Diagnostic::is_error)
    {
        c.choices(rules);
        c.goldens(rules);
    }
    c.out.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    c.out.dedup();
    c.out
}

struct Checker<'a> {
    ls: &'a LoadedScenario,
    out: Vec<Diagnostic>,
    lang: Option<(&'a Catalog, Locale)>,
}

impl Checker<'_> {
    /// The message `key` (`locales/<lang>/check.ftl`) in the trainer's language, else English.
    fn tr(&self, key: &str, args: &[(&str, &str)]) -> String {
        super::words::Words(self.lang).tr(key, args)
    }

    /// " (did you mean "x"?)" in the trainer's language, or nothing.
    fn hint<'b>(&self, word: &str, options: impl Iterator<Item = &'b str>) -> String {
        closest(word, options).map(|c| self.tr("check-did-you-mean", &[("id", c)])).unwrap_or_default()
    }

    fn s(&self) -> &Scenario {
        &self.ls.scenario
    }

    /// Position of the first `"needle"` after the first `after` (or anywhere).
    fn at(&self, needle: &str, after: Option<&str>) -> (usize, usize) {
        let src = &self.ls.source;
        let from = after.and_then(|a| src.find(a)).unwrap_or(0);
        let quoted = format!("\"{needle}\"");
        let b = src[from..].find(&quoted).map(|i| i + from).or_else(|| src.find(&quoted));
        b.map_or((1, 1), |b| line_col(src, b))
    }

    /// Position of a beat's or ending's definition (`"id": Beat(`), else its first mention.
    fn at_def(&self, id: &str) -> (usize, usize) {
        let src = &self.ls.source;
        let key = format!("\"{id}\":");
        let mut from = 0;
        while let Some(i) = src[from..].find(&key) {
            let at = from + i;
            let rest = src[at + key.len()..].trim_start();
            if rest.starts_with("Beat") || rest.starts_with("Ending") {
                return line_col(src, at);
            }
            from = at + key.len();
        }
        self.at(id, None)
    }

    fn error(&mut self, pos: (usize, usize), msg: String) {
        self.out.push(Diagnostic::error(&self.ls.ron_path, pos, msg));
    }

    fn warn(&mut self, pos: (usize, usize), msg: String) {
        self.out.push(Diagnostic::warning(&self.ls.ron_path, pos, msg));
    }

    fn header(&mut self) {
        let s = self.s().clone();
        let folder = self.ls.dir.file_name().map(|f| f.to_string_lossy().to_string());
        if folder.as_deref().is_some_and(|f| f != s.id) {
            let msg = self.tr("check-id-folder", &[("id", &s.id), ("folder", &folder.unwrap_or_default())]);
            self.warn(self.at(&s.id, None), msg);
        }
        let m = s.persona.meters;
        for (name, v) in [("anger", m.anger), ("trust", m.trust), ("patience", m.patience)] {
            if !(0.0..=100.0).contains(&v) {
                let pos = self.at_key(&format!("{name}:"));
                let msg = self.tr("check-meter-range", &[("meter", name), ("value", &v.to_string())]);
                self.error(pos, msg);
            }
        }
        if s.patience_drain < 0.0 || !s.patience_drain.is_finite() {
            let pos = self.at_key("patience_drain:");
            let msg = self.tr("check-patience-drain", &[]);
            self.error(pos, msg);
        }
        if s.limits.max_turns == 0 {
            let pos = self.at_key("max_turns:");
            let msg = self.tr("check-max-turns", &[]);
            self.error(pos, msg);
        }
        for (id, e) in &s.effects {
            if [e.anger, e.trust, e.patience].iter().any(|v| v.abs() > 100.0) {
                let msg = self.tr("check-effect-range", &[("id", id)]);
                self.error(self.at(id, Some("effects:")), msg);
            }
        }
    }

    fn at_key(&self, key: &str) -> (usize, usize) {
        self.ls.source.find(key).map_or((1, 1), |b| line_col(&self.ls.source, b))
    }

    fn unknown(&mut self, id: &str, want_technique: bool, after: Option<&str>) {
        let ok = if want_technique { ids::is_technique(id) } else { ids::is_known(id) };
        if ok {
            return;
        }
        let hint = if want_technique { closest(id, ids::TECHNIQUES.iter().copied()) } else { ids::suggest(id) };
        let mut msg = if ids::is_taboo(id) {
            self.tr("check-taboo-trained", &[("id", id)])
        } else {
            let key = if want_technique { "check-unknown-technique" } else { "check-unknown-id" };
            self.tr(key, &[("id", id)])
        };
        if let Some(h) = hint.filter(|h| *h != id) {
            msg.push_str(&self.tr("check-did-you-mean", &[("id", h)]));
        }
        self.error(self.at(id, after), msg);
    }

    fn ids(&mut self) {
        let s = self.s().clone();
        for id in &s.trains {
            self.unknown(id, true, Some("trains:"));
        }
        for id in s.effects.keys() {
            self.unknown(id, false, Some("effects:"));
        }
        for (bid, beat) in &s.beats {
            let anchor = format!("\"{bid}\": Beat");
            for id in &beat.calls_for {
                self.unknown(id, true, Some(&anchor));
            }
            let mut used = Vec::new();
            for c in beat_conds(beat) {
                cond_ids(c, &mut used);
            }
            for id in used {
                self.unknown(&id, false, Some(&anchor));
            }
        }
    }

    fn structure(&mut self) {
        let s = self.s().clone();
        let targets: Vec<&str> = s.beats.keys().chain(s.endings.keys()).map(String::as_str).collect();
        for id in s.beats.keys().filter(|b| s.endings.contains_key(*b)) {
            let msg = self.tr("check-beat-and-ending", &[("id", id)]);
            self.error(self.at_def(id), msg);
        }
        if !s.beats.contains_key(&s.start) {
            let hint = self.hint(&s.start, s.beats.keys().map(String::as_str));
            let msg = self.tr("check-no-start", &[("id", &s.start), ("hint", &hint)]);
            self.error(self.at(&s.start, Some("start:")), msg);
        }
        let limit_endings = [&s.limits.anger_max, &s.limits.patience_out, &s.limits.turns_out];
        for e in limit_endings.into_iter().flatten() {
            if !s.endings.contains_key(e) {
                let hint = self.hint(e, s.endings.keys().map(String::as_str));
                let msg = self.tr("check-limit-ending", &[("id", e), ("hint", &hint)]);
                self.error(self.at(e, Some("limits:")), msg);
            }
        }
        for (bid, beat) in &s.beats {
            let anchor = format!("\"{bid}\"");
            if beat.lines.is_empty() {
                let msg = self.tr("check-no-lines", &[("id", bid)]);
                self.error(self.at_def(bid), msg);
            } else if beat.lines.len() == 1 {
                let msg = self.tr("check-one-line", &[("id", bid)]);
                self.warn(self.at_def(bid), msg);
            }
            for b in &beat.branches {
                if !targets.contains(&b.goto.as_str()) {
                    let hint = self.hint(&b.goto, targets.iter().copied());
                    let pos = self.at(&b.goto, Some(&anchor));
                    let msg = self.tr("check-dangling-goto", &[("id", &b.goto), ("hint", &hint)]);
                    self.error(pos, msg);
                }
            }
            if !has_way_out(bid, beat, &s) {
                let msg = self.tr("check-no-way-out", &[("id", bid)]);
                self.error(self.at_def(bid), msg);
            }
        }
    }

    fn reachability(&mut self) {
        let s = self.s().clone();
        if !s.beats.contains_key(&s.start) {
            return; // reported as an error already; everything would look unreachable
        }
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from([s.start.clone()]);
        let mut limits_reachable = false;
        while let Some(id) = queue.pop_front() {
            if !seen.insert(id.clone()) {
                continue;
            }
            if let Some(beat) = s.beats.get(&id) {
                limits_reachable = true;
                queue.extend(beat.branches.iter().map(|b| b.goto.clone()));
            }
        }
        if limits_reachable {
            seen.extend(
                [&s.limits.anger_max, &s.limits.patience_out, &s.limits.turns_out].into_iter().flatten().cloned(),
            );
        }
        for id in s.beats.keys().filter(|b| !seen.contains(*b)) {
            let msg = self.tr("check-unreachable-beat", &[("id", id), ("start", &s.start)]);
            self.warn(self.at_def(id), msg);
        }
        for id in s.endings.keys().filter(|e| !seen.contains(*e)) {
            let msg = self.tr("check-unreachable-ending", &[("id", id)]);
            self.warn(self.at_def(id), msg);
        }
    }

    /// A branch that ends the run badly because a turn count ran out, whatever the customer
    /// feels: a calm, trusting customer would escalate or leave for no reason she can see.
    fn turn_counts(&mut self) {
        let s = self.s().clone();
        for (bid, beat) in &s.beats {
            for b in &beat.branches {
                let bad = s.endings.get(&b.goto).is_some_and(|e| !e.kind.is_good());
                if bad && ignores_meters(&b.when) {
                    let msg = self.tr("check-turns-into-bad-ending", &[("id", bid), ("ending", &b.goto)]);
                    let pos = self.at_turn_branch(bid, &b.goto);
                    self.warn(pos, msg);
                }
            }
        }
    }

    /// A beat that is there to calm the customer (it calls only for soothing: apology, empathy,
    /// owning the fault, limits, reassurance) which a calm, trusting customer never leaves unless
    /// she hears those words: calmed by a time or a way out instead, she would repeat her anger
    /// at anger 0 and trust 100 until the turns run out.
    fn calm_kept(&mut self) {
        let s = self.s().clone();
        for (bid, beat) in &s.beats {
            let soothing = !beat.calls_for.is_empty() && beat.calls_for.iter().all(|t| SOOTHING.contains(&t.as_str()));
            if soothing && !beat.branches.iter().any(|b| b.goto != *bid && lets_calm_go(&b.when)) {
                let msg = self.tr("check-calm-kept", &[("id", bid)]);
                self.warn(self.at_def(bid), msg);
            }
        }
    }

    /// Position of the first `goto: "target"` after a turn count in the beat's definition.
    fn at_turn_branch(&self, bid: &str, target: &str) -> (usize, usize) {
        let src = &self.ls.source;
        let def = src.find(&format!("\"{bid}\": Beat")).unwrap_or(0);
        let turns = src[def..].find("Turns").map_or(def, |i| def + i);
        match src[turns..].find(&format!("goto: \"{target}\"")) {
            Some(i) => line_col(src, turns + i + "goto: ".len()),
            None => self.at_def(bid),
        }
    }

    /// Beats that may be passed (`passed_when`) and line variants held back (`unless`).
    fn passing(&mut self) {
        let s = self.s().clone();
        let set: BTreeSet<&str> =
            s.beats.values().flat_map(|b| &b.branches).flat_map(|b| &b.set).map(String::as_str).collect();
        for (bid, beat) in &s.beats {
            let anchor = format!("\"{bid}\": Beat");
            for line in beat.unless.keys().filter(|l| !beat.lines.contains(l)) {
                let hint = self.hint(line, beat.lines.iter().map(String::as_str));
                let msg = self.tr("check-unless-line", &[("id", bid), ("line", line), ("hint", &hint)]);
                self.error(self.at(line, Some(&anchor)), msg);
            }
            let Some(c) = &beat.passed_when else { continue };
            let entered = s.beats.iter().any(|(other, b)| other != bid && b.branches.iter().any(|br| &br.goto == bid));
            let pos = self.at_key_after("passed_when:", &anchor);
            if !entered || never_when_passed(c, &set) {
                let msg = self.tr("check-passed-never", &[("id", bid)]);
                self.warn(pos, msg);
            } else if beat.branches.is_empty() {
                let msg = self.tr("check-passed-no-branches", &[("id", bid)]);
                self.warn(pos, msg);
            }
        }
    }

    /// Position of `key` after the first `after`, else of the first `key`.
    fn at_key_after(&self, key: &str, after: &str) -> (usize, usize) {
        let src = &self.ls.source;
        let from = src.find(after).unwrap_or(0);
        src[from..].find(key).map_or_else(|| self.at_key(key), |i| line_col(src, from + i))
    }

    fn text(&mut self) {
        let ids = fluent_ids(self.s());
        for locale in REQUIRED_LOCALES {
            let file = self.ls.dir.join(format!("{}.ftl", locale.tag()));
            for id in ids.iter().filter(|id| !self.ls.text.has(locale, id)) {
                let pos = self.at(id, None);
                let msg = self.tr("check-missing-message", &[("id", id), ("file", &file.display().to_string())]);
                self.error(pos, msg);
            }
        }
    }

    /// Each topic has words, and some reaction answers it (`react-…-<topic>-<n>`).
    fn topics(&mut self) {
        let s = self.s().clone();
        for (name, words) in &s.topics {
            let pos = self.at(name, Some("topics"));
            if words.iter().all(|w| w.trim().is_empty()) {
                let msg = self.tr("check-topic-no-words", &[("topic", name)]);
                self.error(pos, msg);
            }
            let tail = format!("-{name}-");
            if !s.reaction_ids.iter().any(|id| id.contains(&tail)) {
                let msg = self.tr("check-topic-unused", &[("topic", name)]);
                self.warn(pos, msg);
            }
        }
    }

    fn choices(&mut self, rules: &Rules) {
        let s = self.s().clone();
        for locale in REQUIRED_LOCALES {
            for (bid, beat) in &s.beats {
                let scored: Vec<(bool, u8, &str)> = beat
                    .choices
                    .iter()
                    .map(|c| {
                        (
                            c.good,
                            rules.engine.analyse(&self.ls.text.get(locale, &c.text), locale).score,
                            c.text.as_str(),
                        )
                    })
                    .collect();
                for (_, gs, gid) in scored.iter().filter(|c| c.0) {
                    if let Some((_, bs, bad)) = scored.iter().filter(|c| !c.0).find(|b| b.1 > *gs) {
                        let msg = format!(
                            "in {locale}, good choice \"{gid}\" scores {gs} but bad choice \"{bad}\" scores {bs} in beat \"{bid}\"; reword one"
                        );
                        self.warn(self.at(gid, None), msg);
                    }
                }
            }
        }
    }

    fn goldens(&mut self, rules: &Rules) {
        let s = self.ls.scenario.clone();
        for g in &s.tests {
            let pos = self.at(&g.name, Some("tests:"));
            for problem in super::golden::run_golden(&s, rules, g) {
                let msg = self.tr("check-golden", &[("name", &g.name), ("problem", &problem.to_string())]);
                self.error(pos, msg);
            }
        }
    }
}

fn has_way_out(bid: &str, beat: &Beat, s: &Scenario) -> bool {
    let limits = s.limits.anger_max.is_some() || s.limits.patience_out.is_some() || s.limits.turns_out.is_some();
    limits || beat.branches.iter().any(|b| b.goto != bid)
}

/// True when a condition names a turn count (`TurnsHere`, `Turns`) and still holds for a
/// content customer (anger 0 or 30, trust 60 or 100, patience 100) after a plain reply (no
/// technique, no taboo, score 50, no flags) once enough turns have passed: the meters do not
/// decide it. `docs/scenario-format.md` section 5 describes the rule for authors.
pub fn ignores_meters(c: &Cond) -> bool {
    fn counts_turns(c: &Cond) -> bool {
        match c {
            Cond::TurnsHere(_) | Cond::Turns(_) => true,
            Cond::All(cs) | Cond::Any(cs) => cs.iter().any(counts_turns),
            Cond::Not(c) => counts_turns(c),
            _ => false,
        }
    }
    counts_turns(c)
        && [(0.0, 60.0), (0.0, 100.0), (30.0, 60.0), (30.0, 100.0)]
            .iter()
            .any(|&(anger, trust)| after_plain_reply(c, &Meters { anger, trust, patience: 100.0 }, u32::MAX))
}

/// Techniques that calm a customer without moving the case on.
const SOOTHING: [&str; 5] = ["apology", "empathy", "i_statement", "set_limits", "reassurance"];

/// True when a condition holds for a content customer (anger 10, trust 90, patience 90) after
/// three replies in the beat that used none of its techniques and no taboo, with no flags set
/// and nothing said before: what lets a calm customer move on whatever the reply's words.
pub fn lets_calm_go(c: &Cond) -> bool {
    after_plain_reply(c, &Meters { anger: 10.0, trust: 90.0, patience: 90.0 }, 3)
}

/// Whether a condition holds after a plain reply (no technique, no taboo, score 50, no flags,
/// nothing said before) with the meters `m`, once `turns` replies were given (counts up to it
/// hold).
fn after_plain_reply(c: &Cond, m: &Meters, turns: u32) -> bool {
    match c {
        Cond::Always | Cond::Missed => true,
        Cond::TurnsHere(n) | Cond::Turns(n) => *n <= turns,
        Cond::Used(_) | Cond::Said(_) | Cond::Cited | Cond::AnyTaboo | Cond::Flag(_) => false,
        Cond::ScoreAtLeast(s) => *s <= 50,
        Cond::Above(which, v) => super::emotion::meter(m, *which) > *v,
        Cond::Below(which, v) => super::emotion::meter(m, *which) < *v,
        Cond::All(cs) => cs.iter().all(|c| after_plain_reply(c, m, turns)),
        Cond::Any(cs) => cs.iter().any(|c| after_plain_reply(c, m, turns)),
        Cond::Not(c) => !after_plain_reply(c, m, turns),
    }
}

/// True when a condition can never hold in a beat being passed: `TurnsHere(1)` or more (no
/// reply was given there yet), a flag no branch sets (`set`), a meter beyond 0-100, a score
/// above 100, or a combination of these.
pub fn never_when_passed(c: &Cond, set: &BTreeSet<&str>) -> bool {
    match c {
        Cond::TurnsHere(n) => *n > 0,
        Cond::Flag(f) => !set.contains(f.as_str()),
        Cond::Above(_, v) => *v >= 100.0,
        Cond::Below(_, v) => *v <= 0.0,
        Cond::ScoreAtLeast(n) => *n > 100,
        Cond::All(cs) => cs.iter().any(|c| never_when_passed(c, set)),
        Cond::Any(cs) => cs.iter().all(|c| never_when_passed(c, set)),
        Cond::Not(c) => always_when_passed(c, set),
        _ => false,
    }
}

/// True when a condition holds in every beat being passed (the mirror of [`never_when_passed`]).
fn always_when_passed(c: &Cond, set: &BTreeSet<&str>) -> bool {
    match c {
        Cond::Always | Cond::TurnsHere(0) | Cond::Turns(0 | 1) | Cond::ScoreAtLeast(0) => true,
        Cond::Above(_, v) => *v < 0.0,
        Cond::Below(_, v) => *v > 100.0,
        Cond::All(cs) => cs.iter().all(|c| always_when_passed(c, set)),
        Cond::Any(cs) => cs.iter().any(|c| always_when_passed(c, set)),
        Cond::Not(c) => never_when_passed(c, set),
        _ => false,
    }
}

/// Every condition of a beat: its branches', its `passed_when`, its `unless`.
pub fn beat_conds(beat: &Beat) -> impl Iterator<Item = &Cond> {
    beat.branches.iter().map(|b| &b.when).chain(&beat.passed_when).chain(beat.unless.values())
}

/// Technique and taboo ids named in a condition (`Used`, `Said`).
pub fn cond_ids(c: &Cond, out: &mut Vec<String>) {
    match c {
        Cond::Used(id) | Cond::Said(id) => out.push(id.clone()),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| cond_ids(c, out)),
        Cond::Not(c) => cond_ids(c, out),
        _ => {}
    }
}

/// Every Fluent id a scenario refers to.
pub fn fluent_ids(s: &Scenario) -> Vec<String> {
    let mut ids = vec![s.title.clone(), s.briefing.clone(), s.persona.name.clone()];
    ids.extend(s.case.order.iter().chain(&s.case.logistics).chain(&s.case.policies).cloned());
    for beat in s.beats.values() {
        ids.extend(beat.lines.iter().cloned());
        ids.extend(beat.choices.iter().map(|c| c.text.clone()));
    }
    ids.extend(s.endings.values().map(|e| e.debrief.clone()));
    let mut seen = BTreeSet::new();
    ids.retain(|i| seen.insert(i.clone()));
    ids
}

/// Whether a locale string from a golden test is usable.
pub fn golden_locale(tag: &str) -> Locale {
    tag.parse().unwrap_or_default()
}

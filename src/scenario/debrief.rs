//! The generated half of the debrief: what went well and what to change, built from the run's
//! own turns. The ending's authored paragraph tells the story; these items only ever name what
//! the transcript shows (a technique the moment called for, a moment that called for something
//! the reply did not give, a taboo with its rewrite), so a run without a taboo is never told
//! about one. Words are Fluent messages `debrief-item-*` in `locales/<lang>/ui.ftl`.

use super::format::Scenario;
use super::runtime::TurnResult;
use crate::i18n::Catalog;
use crate::locale::Locale;
use serde::{Deserialize, Serialize};

/// One thing the debrief says about the run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DebriefItem {
    /// A technique the moment called for, given at these turns (first evidence quoted).
    Used {
        /// Technique id.
        technique: String,
        /// 1-based turns where the beat called for it and the reply showed it.
        turns: Vec<usize>,
        /// The trainee's words at the first of those turns.
        evidence: String,
    },
    /// A turn whose beat called for techniques and whose reply showed none of them.
    Missed {
        /// 1-based turn.
        turn: usize,
        /// What the beat called for, in the beat's order.
        wanted: Vec<String>,
    },
    /// A taboo in a reply, with what to say instead.
    Taboo {
        /// 1-based turn.
        turn: usize,
        /// Taboo id.
        taboo: String,
        /// The trainee's words.
        evidence: String,
        /// What to say instead ([`say_instead`]), on the turn's first taboo item only.
        rewrite: Option<String>,
    },
}

/// The generated debrief: what went well, what to change.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    /// Techniques used where the moment called for them, in order of first use.
    pub went_well: Vec<DebriefItem>,
    /// Omissions and taboos, in turn order.
    pub to_change: Vec<DebriefItem>,
}

/// Builds the debrief from the turns of a run of `scenario` (`Run::history`). Pure and total:
/// any history, including an empty one, gives a debrief.
pub fn debrief(scenario: &Scenario, history: &[TurnResult]) -> Debrief {
    let mut d = Debrief::default();
    for t in history {
        let wanted = scenario.beats.get(&t.beat).map(|b| b.calls_for.clone()).unwrap_or_default();
        let mut met = false;
        for id in t.analysis.technique_ids() {
            if !wanted.iter().any(|w| w == id) {
                continue;
            }
            met = true;
            let found = d.went_well.iter_mut().find_map(|i| match i {
                DebriefItem::Used { technique, turns, .. } if technique == id => Some(turns),
                _ => None,
            });
            match found {
                Some(turns) => turns.push(t.turn),
                None => {
                    let evidence = t.analysis.techniques.iter().find(|h| h.id == id).map(|h| h.evidence.clone());
                    d.went_well.push(DebriefItem::Used {
                        technique: id.to_string(),
                        turns: vec![t.turn],
                        evidence: evidence.unwrap_or_default(),
                    });
                }
            }
        }
        if !wanted.is_empty() && !met {
            d.to_change.push(DebriefItem::Missed { turn: t.turn, wanted });
        }
        let mut seen = Vec::new();
        let mut instead = say_instead(&t.analysis);
        for x in &t.analysis.taboos {
            if seen.contains(&x.hit.id) {
                continue;
            }
            seen.push(x.hit.id.clone());
            d.to_change.push(DebriefItem::Taboo {
                turn: t.turn,
                taboo: x.hit.id.clone(),
                evidence: x.hit.evidence.clone(),
                // The whole reply rewritten holds every taboo's fix: the turn's first item says it.
                rewrite: instead.take(),
            });
        }
    }
    d
}

/// What the trainee could have sent instead: the reply rewritten in place (every taboo replaced
/// or removed, checked clean; slang just dropped), or the phrasebook's rewrite of its first taboo
/// when nothing of the reply is left.
pub fn say_instead(a: &crate::phrasing::Analysis) -> Option<String> {
    let whole = a.rewritten.as_ref().filter(|r| r.chars().any(|c| c.is_alphanumeric()));
    whole.cloned().or_else(|| a.taboos.iter().find_map(|x| x.rewrite.clone()))
}

/// The debrief of a run so far (final once it is over).
pub fn of_run(run: &super::Run) -> Debrief {
    debrief(run.scenario(), run.history())
}

/// One item in the learner's language (the UI catalog holds `debrief-item-*` and `name-*`).
pub fn render(item: &DebriefItem, cat: &Catalog, locale: Locale) -> String {
    let name = |id: &str| cat.get(locale, &format!("name-{id}"));
    let list =
        |ids: &[String]| ids.iter().map(|i| name(i)).collect::<Vec<_>>().join(cat.get(locale, "list-sep").as_str());
    match item {
        DebriefItem::Used { technique, turns, evidence } => {
            let turns = turns.iter().map(usize::to_string).collect::<Vec<_>>().join(", ");
            cat.get_args(
                locale,
                "debrief-item-used",
                &[
                    ("technique", name(technique).into()),
                    ("turns", turns.into()),
                    ("evidence", evidence.clone().into()),
                ],
            )
        }
        DebriefItem::Missed { turn, wanted } => {
            cat.get_args(locale, "debrief-item-missed", &[("turn", (*turn).into()), ("wanted", list(wanted).into())])
        }
        DebriefItem::Taboo { turn, taboo, evidence, rewrite } => {
            let key = if rewrite.is_some() { "debrief-item-taboo" } else { "debrief-item-taboo-bare" };
            cat.get_args(
                locale,
                key,
                &[
                    ("turn", (*turn).into()),
                    ("taboo", name(taboo).into()),
                    ("evidence", evidence.clone().into()),
                    ("rewrite", rewrite.clone().unwrap_or_default().into()),
                ],
            )
        }
    }
}

/// The whole generated debrief as plain lines: a heading and one line per item for each half;
/// a half with no item says so in words that claim nothing else.
pub fn render_lines(d: &Debrief, cat: &Catalog, locale: Locale) -> Vec<String> {
    let mut out = vec![cat.get(locale, "debrief-went-well")];
    if d.went_well.is_empty() {
        out.push(format!("  {}", cat.get(locale, "debrief-went-well-none")));
    }
    out.extend(d.went_well.iter().map(|i| format!("  + {}", render(i, cat, locale))));
    out.push(cat.get(locale, "debrief-to-change"));
    if d.to_change.is_empty() {
        out.push(format!("  {}", cat.get(locale, "debrief-to-change-none")));
    }
    out.extend(d.to_change.iter().map(|i| format!("  - {}", render(i, cat, locale))));
    out
}

//! The phrasebook: techniques, taboos, negations and rewrites of one language, as RON data.
//!
//! A phrasebook is what a trainer or a company edits to change what the engine detects; the
//! engine compiles one or more of them (base + overlays) into a single matcher.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One language's rules, loaded from `assets/phrasebook/<lang>.ron` or an overlay file.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(default)]
pub struct Phrasebook {
    /// Language tag of the rules (`zh` or `en`); overlays name the language they extend.
    pub lang: String,
    /// Words that negate an anchor when they stand just before it (不, 没, don't, not…).
    pub negations: Vec<String>,
    /// Phrases that contain a negation word but do not negate (不好意思, 不便, not only…).
    pub not_negations: Vec<String>,
    /// How many characters before a pattern's first anchor are searched for a negation.
    pub negation_window: usize,
    /// Words that make a sentence a question even without `?` (请问, 是否, could you…).
    pub question_cues: Vec<String>,
    /// Word classes (lexicons): an anchor alternative `@name` stands for every word of class
    /// `name`; a class may list other classes (`@feeling_strong`). Kept in `assets/lexicon/`.
    pub classes: BTreeMap<String, Vec<String>>,
    /// Grammar classes: regular expressions over the normalised text (time expressions…); an
    /// anchor `@name` matches wherever one of them does. `{other}` inside a pattern inserts the
    /// pattern of grammar class `other`.
    pub grammar: BTreeMap<String, Vec<String>>,
    /// Rules, one or more per technique or taboo id.
    pub rules: Vec<Rule>,
}

/// What a rule detects: a technique (adds points) or a taboo (takes points away).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, PartialOrd, Ord)]
pub enum Kind {
    /// Something a reply does well (ids from `TECHNIQUES.md`).
    Technique,
    /// Something a reply must not do (服务忌语).
    Taboo,
}

/// How serious a taboo is; a technique's rules leave it at `Moderate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, Default)]
pub enum Severity {
    /// A style warning (网络用语).
    Minor,
    /// The default.
    #[default]
    Moderate,
    /// Never acceptable (threats, leaking data).
    Severe,
}

/// All patterns that detect one id, with the points it is worth.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Rule {
    /// A technique or taboo id from `TECHNIQUES.md`.
    pub id: String,
    /// Technique or taboo.
    pub kind: Kind,
    /// Points added (technique) or taken away (taboo) the first time the id is found in a reply.
    #[serde(default = "default_points")]
    pub points: u32,
    /// Taboo severity.
    #[serde(default)]
    pub severity: Severity,
    /// Any one pattern matching is a hit.
    pub patterns: Vec<Pattern>,
    /// Professional rewrites suggested for any hit of this rule (taboos).
    #[serde(default)]
    pub rewrites: Vec<String>,
}

fn default_points() -> u32 {
    8
}

/// Whether a pattern only counts in a question, only in a statement, or anywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
pub enum Mood {
    /// Anywhere.
    #[default]
    Any,
    /// Only in a sentence that asks (ends in ? or 吗, or holds a question word).
    Question,
    /// Only in a sentence that does not ask.
    Statement,
}

/// Anchors that must appear in order in one sentence, each within `gap` characters of the last.
///
/// Each anchor is one or more alternatives separated by `|`: `"理解|明白|体谅"`. An alternative
/// `@name` stands for a word class or grammar class; `~word` (English) for every inflection of
/// the word (`~apologize`: apologise, apologizes, apologized, apologizing…).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Pattern {
    /// Anchors in order.
    pub all: Vec<String>,
    /// Maximum characters between the end of one anchor and the start of the next.
    #[serde(default = "default_gap")]
    pub gap: usize,
    /// Sentence mood the hit needs.
    #[serde(default)]
    pub mood: Mood,
    /// If true (the default), a negation just before or between the anchors cancels the hit.
    #[serde(default = "yes")]
    pub negatable: bool,
    /// Phrases that cancel the hit when they appear anywhere in the same sentence.
    #[serde(default)]
    pub unless: Vec<String>,
    /// Phrases that cancel the hit only inside the clauses it spans (commas end a clause): a
    /// process fact after the promise ("…前寄出，一般两三天到") leaves the promise standing.
    #[serde(default)]
    pub unless_clause: Vec<String>,
    /// In-place replacement for the matched words (taboos), when a mechanical swap reads well.
    #[serde(default)]
    pub replace: Option<String>,
}

fn default_gap() -> usize {
    6
}

fn yes() -> bool {
    true
}

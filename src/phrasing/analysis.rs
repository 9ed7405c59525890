//! What the engine says about one reply: hits with spans and evidence, the score and its reasons,
//! and the rewrites.

use super::phrasebook::{Kind, Severity};
use crate::locale::Locale;
use serde::{Deserialize, Serialize};

/// One technique or taboo found in the reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// Technique or taboo id from `TECHNIQUES.md`.
    pub id: String,
    /// Start of the evidence, in characters of the reply as typed.
    pub start: usize,
    /// End (exclusive) of the evidence, in characters.
    pub end: usize,
    /// The reply's own words that triggered the hit.
    pub evidence: String,
}

/// A taboo found in the reply, with what to say instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TabooHit {
    /// Where and what.
    #[serde(flatten)]
    pub hit: Hit,
    /// How serious the taboo is.
    pub severity: Severity,
    /// The first professional rewrite from the phrasebook (the one the UI shows first).
    pub rewrite: Option<String>,
    /// Every rewrite the phrasebook offers for this hit.
    pub rewrites: Vec<String>,
    /// The replacement for exactly `evidence`, when it can be swapped in place.
    pub replace: Option<String>,
}

impl TabooHit {
    /// Whether the rewrite just drops the words (chat slang: an empty replacement).
    pub fn drops_words(&self) -> bool {
        self.replace.as_deref() == Some("")
    }
}

/// One line of the score's breakdown: what added or took away points, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Component {
    /// The technique or taboo id, or `base` / `empty`.
    pub id: String,
    /// Technique or taboo (`None` for base and empty).
    pub kind: Option<Kind>,
    /// Points added (positive) or taken away (negative).
    pub points: i32,
    /// Fluent id of the explanation (`why-<id>`), rendered in the learner's language.
    pub reason: String,
    /// The words quoted in the explanation.
    pub evidence: String,
}

/// The engine's whole verdict on one reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The reply as typed.
    pub text: String,
    /// The locale the reply was analysed as.
    pub locale: Locale,
    /// Phrasing score, 0-100.
    pub score: u8,
    /// Techniques found, in order of appearance.
    pub techniques: Vec<Hit>,
    /// Taboos found, in order of appearance.
    pub taboos: Vec<TabooHit>,
    /// What made the score.
    pub components: Vec<Component>,
    /// The reply with every in-place rewrite applied, when at least one applies.
    pub rewritten: Option<String>,
}

impl Analysis {
    /// True when the reply shows technique `id`.
    pub fn has_technique(&self, id: &str) -> bool {
        self.techniques.iter().any(|h| h.id == id)
    }

    /// True when the reply contains taboo `id`.
    pub fn has_taboo(&self, id: &str) -> bool {
        self.taboos.iter().any(|t| t.hit.id == id)
    }

    /// True when the reply contains technique or taboo `id`.
    pub fn has(&self, id: &str) -> bool {
        self.has_technique(id) || self.has_taboo(id)
    }

    /// Distinct technique ids, in order of first appearance.
    pub fn technique_ids(&self) -> Vec<&str> {
        distinct(self.techniques.iter().map(|h| h.id.as_str()))
    }

    /// Distinct taboo ids, in order of first appearance.
    pub fn taboo_ids(&self) -> Vec<&str> {
        distinct(self.taboos.iter().map(|t| t.hit.id.as_str()))
    }
}

fn distinct<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

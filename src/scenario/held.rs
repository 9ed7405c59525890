//! What the transcript already holds: every technique and taboo used so far, whether the case
//! file was quoted, and the agent's questions the customer has not answered. Read by the `Said`
//! and `Cited` conditions and by a beat's `unless`; a replay rebuilds it from the replies.

use super::reaction::{QUESTIONS, Reaction};
use crate::phrasing::Analysis;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The transcript's memory, one reply at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Held {
    /// Every technique and taboo id some reply showed.
    pub said: BTreeSet<String>,
    /// Whether some reply quoted the case file (`concrete::quotes_facts`).
    pub cited: bool,
    /// Questions the agent asked (`when_question`, `probing_question`, `topic_shift`) that no
    /// reaction of the customer has answered yet.
    pub unanswered: BTreeSet<String>,
}

impl Held {
    /// Remembers one reply: its ids, whether it quoted the case file, its questions.
    pub fn hear(&mut self, a: &Analysis, cited: bool) {
        let ids = a.technique_ids().into_iter().chain(a.taboo_ids());
        self.said.extend(ids.map(str::to_string));
        self.cited |= cited;
        let asked = a.technique_ids().into_iter().filter(|t| QUESTIONS.contains(t));
        self.unanswered.extend(asked.map(str::to_string));
    }

    /// The customer's reaction to the reply: a question it answers is no longer open.
    pub fn react(&mut self, r: Option<&Reaction>) {
        let answered = r.into_iter().flat_map(|r| std::iter::once(r).chain(r.answer.as_deref()));
        for id in answered.filter_map(|r| r.key.strip_prefix("technique-")) {
            self.unanswered.remove(id);
        }
    }
}

//! Whether a condition (`Cond`) holds at one moment of a run: the reply just given, what the
//! transcript holds, the meters after the reply, the turn counts and the flags.

use super::emotion::meter;
use super::format::{Cond, Meters};
use super::held::Held;
use crate::phrasing::{Analysis, Severity};
use std::collections::BTreeSet;

/// Everything a condition looks at.
pub struct Moment<'a> {
    /// The reply just given; None before the first reply (conditions on the reply do not hold).
    pub reply: Option<&'a Analysis>,
    /// The techniques the beat being tried calls for (`Missed`).
    pub calls_for: &'a [String],
    /// The meters after the reply.
    pub meters: Meters,
    /// Replies given in the beat being tried, this one included (0 in a beat being passed).
    pub turns_here: u32,
    /// Replies in the whole run, this one included.
    pub turns: usize,
    /// Flags set so far.
    pub flags: &'a BTreeSet<String>,
    /// What the transcript holds, this reply included.
    pub held: &'a Held,
}

impl Moment<'_> {
    /// True when `c` holds now.
    pub fn holds(&self, c: &Cond) -> bool {
        let reply = |f: &dyn Fn(&Analysis) -> bool| self.reply.is_some_and(f);
        match c {
            Cond::Always => true,
            Cond::Used(id) => reply(&|a| a.has(id)),
            Cond::Said(id) => self.held.said.contains(id),
            Cond::Cited => self.held.cited,
            Cond::AnyTaboo => reply(&|a| a.taboos.iter().any(|t| t.severity != Severity::Minor)),
            Cond::Missed => reply(&|a| !self.calls_for.iter().any(|t| a.has_technique(t))),
            Cond::Above(m, v) => meter(&self.meters, *m) > *v,
            Cond::Below(m, v) => meter(&self.meters, *m) < *v,
            Cond::ScoreAtLeast(s) => reply(&|a| a.score >= *s),
            Cond::TurnsHere(n) => self.turns_here >= *n,
            Cond::Turns(n) => self.turns as u32 >= *n,
            Cond::Flag(f) => self.flags.contains(f),
            Cond::All(cs) => cs.iter().all(|c| self.holds(c)),
            Cond::Any(cs) => cs.iter().any(|c| self.holds(c)),
            Cond::Not(c) => !self.holds(c),
        }
    }
}

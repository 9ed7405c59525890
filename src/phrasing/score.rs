//! The phrasing score: a base, plus each technique once, minus each taboo once, clamped 0-100.

use super::analysis::Component;
use super::phrasebook::Kind;

/// The score a plain reply with no technique and no taboo gets.
pub const BASE: i32 = 50;

/// The first hit of one id, as the score sees it.
pub struct Scored<'a> {
    /// Technique or taboo id.
    pub id: &'a str,
    /// Technique or taboo.
    pub kind: Kind,
    /// Points from the rule that hit.
    pub points: u32,
    /// The reply's words.
    pub evidence: &'a str,
}

/// Builds the score and its components; each id counts once, in order of appearance.
pub fn score<'a>(empty: bool, firsts: impl Iterator<Item = Scored<'a>>) -> (u8, Vec<Component>) {
    if empty {
        return (0, vec![component("empty", None, 0, "")]);
    }
    let mut comps = vec![component("base", None, BASE, "")];
    for s in firsts {
        if comps.iter().any(|c| c.id == s.id) {
            continue;
        }
        let signed = match s.kind {
            Kind::Taboo => -(s.points as i32),
            Kind::Technique => s.points as i32,
        };
        comps.push(component(s.id, Some(s.kind), signed, s.evidence));
    }
    let total: i32 = comps.iter().map(|c| c.points).sum();
    (total.clamp(0, 100) as u8, comps)
}

fn component(id: &str, kind: Option<Kind>, points: i32, evidence: &str) -> Component {
    Component { id: id.to_string(), kind, points, reason: format!("why-{id}"), evidence: evidence.to_string() }
}

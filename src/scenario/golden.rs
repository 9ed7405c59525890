//! Golden transcripts: an author's scripted replies with the outcome they must produce.

use super::check::golden_locale;
use super::format::{Golden, Scenario};
use super::runtime::{Rules, Run};
use std::sync::Arc;

/// Plays a golden transcript; returns what differs from what the author expected (empty = pass).
pub fn run_golden(s: &Arc<Scenario>, rules: &Rules, g: &Golden) -> Vec<String> {
    let mut problems = Vec::new();
    let mut run = match Run::new(Arc::clone(s), rules.clone(), g.seed, golden_locale(&g.locale), false) {
        Ok(run) => run,
        Err(e) => return vec![e],
    };
    for (i, reply) in g.replies.iter().enumerate() {
        if run.is_over() {
            problems.push(format!("the run ended before reply {} (\"{reply}\")", i + 1));
            break;
        }
        let t = run.turn(reply, 0.0);
        for e in g.expect.iter().filter(|e| e.turn == i + 1) {
            let a = &t.analysis;
            for id in e.has.iter().filter(|id| !a.has(id)) {
                problems.push(format!("turn {}: expected {id}, found {:?}", e.turn, found(a)));
            }
            for id in e.lacks.iter().filter(|id| a.has(id)) {
                problems.push(format!("turn {}: {id} should not be found", e.turn));
            }
            if e.min_score.is_some_and(|m| a.score < m) || e.max_score.is_some_and(|m| a.score > m) {
                problems.push(format!(
                    "turn {}: phrasing score {} is outside {:?}..={:?}",
                    e.turn, a.score, e.min_score, e.max_score
                ));
            }
        }
    }
    let reached = run.outcome().map(|o| o.ending.clone());
    if reached != g.ending {
        problems.push(format!("expected ending {:?}, reached {:?} (at beat \"{}\")", g.ending, reached, run.beat()));
    }
    problems
}

fn found(a: &crate::phrasing::Analysis) -> Vec<&str> {
    a.technique_ids().into_iter().chain(a.taboo_ids()).collect()
}

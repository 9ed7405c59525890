//! Scoring a turn and grading a run, with the breakdown by the manual's four stages.

use super::format::{EndingKind, Stage};
use super::runtime::TurnResult;
use crate::phrasing::Analysis;
use serde::{Deserialize, Serialize};

/// Seconds a customer waits without minding, when the scenario's patience drains.
pub const PROMPT_SECONDS: f32 = 20.0;

/// One turn's score and its parts, each 0-100.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TurnScore {
    /// The engine's phrasing score.
    pub phrasing: u8,
    /// How much of what the beat called for the reply gave.
    pub fit: u8,
    /// How promptly the reply came (100 in relaxed mode).
    pub timing: u8,
    /// The weighted total: 50% phrasing, 35% fit, 15% timing.
    pub total: u8,
}

/// Scores one reply.
pub fn score_turn(a: &Analysis, calls_for: &[String], waited: f32, drain: f32) -> TurnScore {
    let fit = if calls_for.is_empty() {
        if a.taboos.is_empty() { 100.0 } else { 50.0 }
    } else {
        let met = calls_for.iter().filter(|c| a.has_technique(c)).count();
        // Meeting one of the called-for techniques is most of the credit.
        match (met, calls_for.len()) {
            (0, _) => 0.0,
            (_, 1) => 100.0,
            (m, n) => 70.0 + 30.0 * (m - 1) as f32 / (n - 1) as f32,
        }
    };
    let timing = if drain <= 0.0 || waited <= PROMPT_SECONDS {
        100.0
    } else {
        (100.0 - (waited - PROMPT_SECONDS) * 2.0).max(0.0)
    };
    let total = 0.5 * a.score as f32 + 0.35 * fit + 0.15 * timing;
    TurnScore { phrasing: a.score, fit: fit.round() as u8, timing: timing.round() as u8, total: total.round() as u8 }
}

/// A run's grade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Grade {
    /// 0-100: 70% the mean turn score, 30% the outcome.
    pub score: u8,
    /// S, A, B, C or D.
    pub letter: char,
    /// Mean turn score per stage (None where the run had no turn in that stage).
    pub stages: Vec<(Stage, Option<u8>)>,
    /// Taboos used in the run.
    pub taboos: usize,
}

/// The letter for a 0-100 score.
pub fn letter(score: u8) -> char {
    match score {
        90.. => 'S',
        80..=89 => 'A',
        65..=79 => 'B',
        50..=64 => 'C',
        _ => 'D',
    }
}

/// Grades a run from its turns and ending (an unfinished run counts its outcome as 0).
pub fn grade_run(turns: &[TurnResult], ending: Option<EndingKind>) -> Grade {
    let mean = |it: &mut dyn Iterator<Item = u8>| {
        let v: Vec<f32> = it.map(f32::from).collect();
        (!v.is_empty()).then(|| v.iter().sum::<f32>() / v.len() as f32)
    };
    let turn_mean = mean(&mut turns.iter().map(|t| t.score.total)).unwrap_or(0.0);
    let outcome = ending.map_or(0.0, EndingKind::value);
    let score = (0.7 * turn_mean + 0.3 * outcome).round().clamp(0.0, 100.0) as u8;
    let stages = Stage::ALL
        .iter()
        .map(|s| {
            let m = mean(&mut turns.iter().filter(|t| t.stage == *s).map(|t| t.score.total));
            (*s, m.map(|x| x.round() as u8))
        })
        .collect();
    let taboos = turns.iter().map(|t| t.analysis.taboo_ids().len()).sum();
    Grade { score, letter: letter(score), stages, taboos }
}

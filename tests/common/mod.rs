//! Builders shared by the records tests: a turn as the runtime would produce it.
#![allow(dead_code, reason = "each test file uses the helpers it needs")]

#[cfg(feature = "game")]
pub mod app;

use defuse::locale::Locale;
use defuse::phrasing::{Analysis, Hit, Severity, TabooHit};
use defuse::scenario::format::{Meters, Stage};
use defuse::scenario::grade::TurnScore;
use defuse::scenario::runtime::{CustomerLine, Next, TurnResult};

/// A turn in `beat` with these techniques and taboos found and this phrasing score.
pub fn turn(n: usize, beat: &str, reply: &str, techniques: &[&str], taboos: &[&str], phrasing: u8) -> TurnResult {
    let hit = |id: &&str| Hit { id: id.to_string(), start: 0, end: 1, evidence: String::new() };
    let analysis = Analysis {
        text: reply.into(),
        locale: Locale::ZhCn,
        score: phrasing,
        techniques: techniques.iter().map(hit).collect(),
        taboos: taboos
            .iter()
            .map(|t| TabooHit {
                hit: hit(t),
                severity: Severity::Moderate,
                rewrite: None,
                rewrites: vec![],
                replace: None,
            })
            .collect(),
        components: vec![],
        rewritten: None,
    };
    TurnResult {
        turn: n,
        beat: beat.into(),
        stage: Stage::Accept,
        analysis,
        changes: vec![],
        meters: Meters { anger: 40.0, trust: 50.0, patience: 60.0 },
        branch: None,
        passed: vec![],
        score: TurnScore { phrasing, fit: 100, timing: 100, total: phrasing },
        reaction: None,
        next: Next::Line(CustomerLine { beat: beat.into(), line: "x".into() }),
    }
}

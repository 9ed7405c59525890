//! Disputes: a trainee (or trainer) says the engine was wrong about one reply — it *missed* a
//! technique or taboo that is there, or *misread* one that is not. A dispute is stored with the
//! turn and never changes a score (a trainer's override does); trainers read disputes in the
//! report and author mode, and `defuse disputes` turns them into dev-set lines for the engine.

use super::store::{RunRecord, Source, StoreError, TurnRecord};
use crate::phrasing::ids;
use std::path::PathBuf;

/// The longest note a dispute keeps, in characters.
pub const NOTE_MAX: usize = 280;

/// What the engine got wrong.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DisputeKind {
    /// The engine should have found the id and did not.
    #[default]
    Missed,
    /// The engine found the id but it is not in the reply.
    Misread,
}

impl DisputeKind {
    /// Both kinds, in the order the game offers them.
    pub const ALL: [DisputeKind; 2] = [DisputeKind::Missed, DisputeKind::Misread];

    /// The stored key: `missed` or `misread`.
    pub fn key(self) -> &'static str {
        match self {
            DisputeKind::Missed => "missed",
            DisputeKind::Misread => "misread",
        }
    }
}

impl std::str::FromStr for DisputeKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "missed" => Ok(DisputeKind::Missed),
            "misread" => Ok(DisputeKind::Misread),
            other => Err(format!("unknown dispute kind `{other}` (missed or misread)")),
        }
    }
}

/// One stored dispute of one turn.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Dispute {
    /// The run, in its database.
    pub run_id: i64,
    /// 1-based turn.
    pub turn: u32,
    /// Missed or misread.
    pub kind: DisputeKind,
    /// The technique or taboo id.
    pub id: String,
    /// Why, in the disputer's words (trimmed, at most [`NOTE_MAX`] characters).
    pub note: Option<String>,
    /// The profile that disputed.
    pub who: String,
    /// When (UTC, `YYYY-MM-DD HH:MM:SS`).
    pub created: String,
}

/// Why a dispute was refused.
#[derive(Debug, thiserror::Error)]
pub enum DisputeError {
    /// The id is not a technique or taboo id.
    #[error("`{id}` is not a technique or taboo id{}", hint(.suggestion))]
    UnknownId {
        /// What was given.
        id: String,
        /// The closest known id.
        suggestion: Option<&'static str>,
    },
    /// The note is longer than [`NOTE_MAX`].
    #[error("the note has {chars} characters; keep it to {NOTE_MAX}")]
    NoteTooLong {
        /// Its length.
        chars: usize,
    },
    /// No such turn is stored.
    #[error("run {run} has no turn {turn}")]
    NoTurn {
        /// The run.
        run: i64,
        /// The turn.
        turn: u32,
    },
    /// "Missed" for an id the engine found, or "misread" for one it did not.
    #[error("{}", contradiction(*.kind, .id, *.turn))]
    Contradicts {
        /// The kind given.
        kind: DisputeKind,
        /// The id.
        id: String,
        /// The turn.
        turn: u32,
    },
    /// The database refused.
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn hint(s: &Option<&'static str>) -> String {
    s.map_or_else(String::new, |s| format!("; did you mean `{s}`?"))
}

fn contradiction(kind: DisputeKind, id: &str, turn: u32) -> String {
    match kind {
        DisputeKind::Missed => format!("the engine did find `{id}` on turn {turn}; dispute it as misread instead"),
        DisputeKind::Misread => format!("the engine did not find `{id}` on turn {turn}; dispute it as missed instead"),
    }
}

/// Checks a dispute's id and note before it is stored; returns the note as it will be kept
/// (trimmed, whitespace runs made single spaces, `None` when empty).
pub fn check(id: &str, note: Option<&str>) -> Result<Option<String>, DisputeError> {
    if !ids::is_known(id) {
        return Err(DisputeError::UnknownId { id: id.to_string(), suggestion: ids::suggest(id) });
    }
    let note = note.map(|n| n.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|n| !n.is_empty());
    if let Some(n) = &note {
        let chars = n.chars().count();
        if chars > NOTE_MAX {
            return Err(DisputeError::NoteTooLong { chars });
        }
    }
    Ok(note)
}

/// One disputed turn with everything needed to read it or to label it again.
#[derive(Debug, Clone, Copy)]
pub struct DisputedTurn<'a> {
    /// The database it came from.
    pub source: &'a PathBuf,
    /// The run.
    pub run: &'a RunRecord,
    /// The turn (its reply text and the engine's ids).
    pub turn: &'a TurnRecord,
    /// Its disputes, by id.
    pub disputes: &'a [Dispute],
}

impl DisputedTurn<'_> {
    /// The ids the engine found on the turn: techniques then taboos.
    pub fn engine_ids(&self) -> Vec<&str> {
        self.turn.techniques.iter().chain(&self.turn.taboos).map(String::as_str).collect()
    }

    /// The engine's ids corrected by the disputes: missed ids added, misread ids removed,
    /// in the order of `TECHNIQUES.md` (techniques, then taboos).
    pub fn corrected_ids(&self) -> Vec<&'static str> {
        let engine = self.engine_ids();
        let has = |kind, id: &str| self.disputes.iter().any(|d| d.kind == kind && d.id == id);
        ids::TECHNIQUES
            .iter()
            .chain(ids::TABOOS)
            .copied()
            .filter(|id| (engine.contains(id) && !has(DisputeKind::Misread, id)) || has(DisputeKind::Missed, id))
            .collect()
    }
}

/// Every disputed turn of a learner or a cohort, database by database, run then turn order.
/// Disputes of turns no longer stored are left out.
pub fn disputed_turns(sources: &[Source]) -> Vec<DisputedTurn<'_>> {
    sources.iter().flat_map(|s| source_turns(s, None)).collect()
}

/// The disputed turns of one run of one database.
pub fn run_disputes(source: &Source, run: i64) -> Vec<DisputedTurn<'_>> {
    source_turns(source, Some(run))
}

fn source_turns(source: &Source, only: Option<i64>) -> Vec<DisputedTurn<'_>> {
    // `Store::disputes` returns them ordered by run, turn and id: group runs of equal turns.
    let mut out = Vec::new();
    let all = &source.disputes[..];
    let mut i = 0;
    while i < all.len() {
        let (run_id, turn) = (all[i].run_id, all[i].turn);
        let end = i + all[i..].iter().take_while(|d| d.run_id == run_id && d.turn == turn).count();
        if only.is_none_or(|r| r == run_id)
            && let Some(run) = source.runs.iter().find(|r| r.id == run_id)
            && let Some(t) = run.turns.iter().find(|t| t.turn == turn)
        {
            out.push(DisputedTurn { source: &source.path, run, turn: t, disputes: &all[i..end] });
        }
        i = end;
    }
    out
}

/// The dev-set columns (`tests/data/devset/*.tsv`), then what the disputes said.
pub const TSV_HEADER: &str = "uid\twriter\tlocale\tscenario\tbeat\tvoice\ttext\tids\tdisputes\tnotes";

/// One TSV line per disputed turn, header first, in the dev-set format: `uid` is
/// `<run>-<turn>` (prefixed `<n>:` with the database's 1-based position when several are read,
/// so uids stay unique), `writer` is `dispute:<learner>`, `voice` is `game`, `ids` the
/// corrected ids; `disputes` lists `missed:<id>`/`misread:<id>` and `notes` the notes.
pub fn to_tsv(turns: &[DisputedTurn], sources: &[Source]) -> String {
    let mut out = String::from(TSV_HEADER);
    out.push('\n');
    for t in turns {
        let cells = [
            uid(t, sources),
            format!("dispute:{}", t.run.profile),
            t.run.locale.clone(),
            t.run.scenario.clone(),
            t.turn.beat.clone(),
            "game".to_string(),
            t.turn.reply.clone(),
            t.corrected_ids().join(","),
            t.disputes.iter().map(|d| format!("{}:{}", d.kind.key(), d.id)).collect::<Vec<_>>().join(","),
            t.disputes
                .iter()
                .filter_map(|d| d.note.as_ref().map(|n| format!("{}: {n}", d.id)))
                .collect::<Vec<_>>()
                .join(" | "),
        ];
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// One JSON object per disputed turn: the dev-set fields plus the engine's ids and each dispute.
pub fn to_jsonl(turns: &[DisputedTurn], sources: &[Source]) -> String {
    let mut out = String::new();
    for t in turns {
        let v = serde_json::json!({
            "uid": uid(t, sources),
            "writer": format!("dispute:{}", t.run.profile),
            "locale": t.run.locale,
            "scenario": t.run.scenario,
            "beat": t.turn.beat,
            "voice": "game",
            "text": t.turn.reply,
            "ids": t.corrected_ids(),
            "engine_ids": t.engine_ids(),
            "db": t.source.display().to_string(),
            "run": t.run.id,
            "turn": t.turn.turn,
            "disputes": t.disputes,
        });
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

fn uid(t: &DisputedTurn, sources: &[Source]) -> String {
    let base = format!("{}-{}", t.run.id, t.turn.turn);
    match sources.iter().position(|s| std::ptr::eq(&s.path, t.source)) {
        Some(n) if sources.len() > 1 => format!("{}:{base}", n + 1),
        _ => base,
    }
}

/// A TSV cell: tabs and line breaks become spaces (the dev-set format has no quoting).
fn cell(s: &str) -> String {
    s.chars().map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c }).collect()
}

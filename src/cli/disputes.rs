//! `defuse disputes [--db PATH…] (--out FILE [--format tsv|jsonl] | --list)`: the turns learners
//! said the engine got wrong, as dev-set lines (the engine's ids corrected by the disputes) so
//! real use feeds the labelled data, or listed for a trainer to read.

use crate::records::dispute::{DisputedTurn, disputed_turns, to_jsonl, to_tsv};
use crate::records::store::{self, StoreError};
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The dev-set TSV (`uid writer locale scenario beat voice text ids`, then `disputes notes`).
    Tsv,
    /// One JSON object per disputed turn, with each dispute.
    Jsonl,
}

/// Arguments of `defuse disputes`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Records databases, opened read-only; default: `records.sqlite` in the platform's data
    /// folder.
    #[arg(long, num_args = 1.., value_name = "PATH")]
    pub db: Vec<PathBuf>,
    /// Write the dev-set lines here.
    #[arg(long, value_name = "FILE", required_unless_present = "list", conflicts_with = "list")]
    pub out: Option<PathBuf>,
    /// Output format of --out.
    #[arg(long, value_enum, default_value = "tsv")]
    pub format: Format,
    /// Print the disputes readably instead.
    #[arg(long)]
    pub list: bool,
}

/// Runs `defuse disputes`, speaking `lang` (see `--lang`). Exit 2: an unreadable database or an
/// unwritable file.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words(lang) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let dbs = super::report::databases(&args.db);
    let sources = match store::read_many(&dbs) {
        Ok(s) => s,
        Err(e @ StoreError::Missing { .. }) => {
            return super::fail(words.with("disputes-missing-db", &[("error", &e)]));
        }
        Err(e) => return super::fail(e),
    };
    let turns = disputed_turns(&sources);
    let Some(out) = &args.out else {
        if turns.is_empty() {
            println!("{}", words.t("disputes-none"));
        } else {
            print!("{}", list(&turns, sources.len() > 1));
        }
        return ExitCode::SUCCESS;
    };
    let text = match args.format {
        Format::Tsv => to_tsv(&turns, &sources),
        Format::Jsonl => to_jsonl(&turns, &sources),
    };
    if let Err(e) = std::fs::write(out, text) {
        return super::fail(words.with("disputes-cannot-write", &[("path", &out.display()), ("error", &e)]));
    }
    let n: usize = turns.iter().map(|t| t.disputes.len()).sum();
    let wrote = [("path", &out.display() as &dyn std::fmt::Display), ("turns", &turns.len()), ("disputes", &n)];
    eprintln!("{}", words.with("disputes-wrote", &wrote));
    ExitCode::SUCCESS
}

/// The disputes for reading: one block per turn, the reply quoted, then each dispute.
fn list(turns: &[DisputedTurn], name_db: bool) -> String {
    let mut s = String::new();
    for t in turns {
        let db = if name_db { format!("{}: ", t.source.display()) } else { String::new() };
        let _ = writeln!(
            s,
            "{db}run {} turn {} · {} · {} · beat {} · {}",
            t.run.id, t.turn.turn, t.run.profile, t.run.scenario, t.turn.beat, t.run.locale
        );
        let _ = writeln!(s, "  reply:  {}", t.turn.reply.replace('\n', " "));
        let engine = t.engine_ids();
        let _ = writeln!(s, "  engine: {}", if engine.is_empty() { "-".into() } else { engine.join(", ") });
        for d in t.disputes {
            let note = d.note.as_ref().map_or(String::new(), |n| format!(" — {n}"));
            let _ = writeln!(s, "  {:<7} {}{note}  ({}, {})", d.kind.key(), d.id, d.who, d.created);
        }
        let ids = t.corrected_ids();
        let _ = writeln!(s, "  ids:    {}", if ids.is_empty() { "-".into() } else { ids.join(", ") });
    }
    s
}

//! `defuse override`: a trainer overrides one turn's score with a one-line reason. The engine's
//! score is kept beside it, and reports show both.

use crate::records::Store;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `defuse override`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The learner's records database (default: this machine's).
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// Run id (as in `defuse export --format csv`).
    #[arg(long)]
    pub run: i64,
    /// 1-based turn number.
    #[arg(long)]
    pub turn: u32,
    /// The trainer's score, 0-100.
    #[arg(long)]
    pub score: u8,
    /// Why, in one line.
    #[arg(long)]
    pub reason: String,
}

/// Stores the override, saying so in `lang` (see `--lang`).
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words(lang) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let path = args.db.unwrap_or_else(|| crate::records::data_dir().join("records.sqlite"));
    let store = match Store::open_existing(&path) {
        Ok(s) => s,
        Err(e) => return super::fail(e),
    };
    match store.override_turn(args.run, args.turn, args.score, &args.reason) {
        Ok(()) => {
            let reason = args.reason.trim();
            let done = [
                ("run", &args.run as &dyn std::fmt::Display),
                ("turn", &args.turn),
                ("score", &args.score),
                ("reason", &reason),
            ];
            println!("{}", words.with("override-done", &done));
            ExitCode::SUCCESS
        }
        Err(e) => super::fail(e),
    }
}

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

/// Stores the override.
pub fn run(args: Args) -> ExitCode {
    let path = args.db.unwrap_or_else(|| crate::records::data_dir().join("records.sqlite"));
    let store = match Store::open_existing(&path) {
        Ok(s) => s,
        Err(e) => return super::fail(e),
    };
    match store.override_turn(args.run, args.turn, args.score, &args.reason) {
        Ok(()) => {
            println!("run {} turn {}: score {} ({})", args.run, args.turn, args.score, args.reason.trim());
            ExitCode::SUCCESS
        }
        Err(e) => super::fail(e),
    }
}

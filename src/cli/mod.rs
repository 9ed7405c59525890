//! The command line: one file per subcommand. No subcommand starts the game.

pub mod check;
pub mod play;
pub mod render;
pub mod score;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Defuse (化解): practise calming angry customers.
#[derive(Debug, Parser)]
#[command(name = "defuse", version, about, long_about = None)]
pub struct Cli {
    /// Start the game in author mode (hot reload, live problems, beat jumping).
    #[arg(long)]
    pub author: bool,
    /// What to do; none plays the game.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Score replies, one per line, with the phrasing engine.
    Score(score::Args),
    /// Check scenarios for every problem a trainer can make.
    Check(check::Args),
    /// Play a scenario headless from a script of replies.
    Play(play::Args),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::Score(a)) => score::run(a),
        Some(Command::Check(a)) => check::run(a),
        Some(Command::Play(a)) => play::run(a),
        None => play_game(cli.author),
    }
}

#[cfg(feature = "game")]
fn play_game(author: bool) -> ExitCode {
    crate::game::run(author)
}

#[cfg(not(feature = "game"))]
fn play_game(_author: bool) -> ExitCode {
    eprintln!("this build has no game (built without the `game` feature); see `defuse --help`");
    ExitCode::from(2)
}

/// Prints an error for the user and returns exit code 2.
pub fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("defuse: {msg}");
    ExitCode::from(2)
}

//! The command line: one file per subcommand. No subcommand starts the game.

pub mod check;
pub mod disputes;
pub mod export;
pub mod graph;
pub mod lint;
pub mod new;
pub mod override_score;
pub mod play;
pub mod render;
pub mod report;
pub mod review;
pub mod schema;
pub mod score;
pub mod score_workers;
pub mod train;
pub mod words;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Defuse (化解): practise calming angry customers.
#[derive(Debug, Parser)]
#[command(name = "defuse", version, about, long_about = None)]
pub struct Cli {
    /// Start the game in author mode (hot reload, live problems, beat jumping).
    #[arg(long)]
    pub author: bool,
    /// Language of the messages: zh-CN, zh-TW or en-US (default: the system's, else English).
    #[arg(long, global = true)]
    pub lang: Option<String>,
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
    /// Create a new scenario from a template that passes `check` at once.
    New(new::Args),
    /// Draw a scenario's beat graph (DOT, Mermaid or SVG).
    Graph(graph::Args),
    /// Show a scenario's zh-CN and en-US lines side by side and flag mismatches.
    Review(review::Args),
    /// Apply safe mechanical fixes to scenarios (missing Fluent stubs, sorted ids).
    Lint(lint::Args),
    /// Print the JSON Schema of the scenario format.
    Schema(schema::Args),
    /// Write an HTML report of learners' runs.
    Report(report::Args),
    /// Export runs and turns as CSV, JSON Lines or xAPI statements.
    Export(export::Args),
    /// Override one turn's score with a reason (kept beside the engine's score).
    Override(override_score::Args),
    /// Fit the phrasing engine's learned layer on labelled replies.
    Train(train::Args),
    /// Export or list the turns learners said the engine got wrong (dev-set lines).
    Disputes(disputes::Args),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    let lang = cli.lang.as_deref();
    match cli.command {
        Some(Command::Score(a)) => score::run(a, lang),
        Some(Command::Check(a)) => check::run(a, lang),
        Some(Command::Play(a)) => play::run(a, lang),
        Some(Command::New(a)) => new::run(a, lang),
        Some(Command::Graph(a)) => graph::run(a, lang),
        Some(Command::Review(a)) => review::run(a, lang),
        Some(Command::Lint(a)) => lint::run(a, lang),
        Some(Command::Schema(a)) => schema::run(a, lang),
        Some(Command::Report(a)) => report::run(a, lang),
        Some(Command::Export(a)) => export::run(a, lang),
        Some(Command::Override(a)) => override_score::run(a, lang),
        Some(Command::Train(a)) => train::run(a, lang),
        Some(Command::Disputes(a)) => disputes::run(a, lang),
        None => play_game(cli.author, lang),
    }
}

#[cfg(feature = "game")]
fn play_game(author: bool, _lang: Option<&str>) -> ExitCode {
    crate::game::run(author)
}

#[cfg(not(feature = "game"))]
fn play_game(_author: bool, lang: Option<&str>) -> ExitCode {
    match words::Words::load(lang) {
        Ok(w) => eprintln!("{}", w.t("cli-no-game")),
        Err(e) => return fail(e),
    }
    ExitCode::from(2)
}

/// Prints an error for the user and returns exit code 2.
pub fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("defuse: {msg}");
    ExitCode::from(2)
}

/// The words for `--lang`, or the exit code after saying why they cannot be had.
pub fn words(lang: Option<&str>) -> Result<words::Words, ExitCode> {
    words::Words::load(lang).map_err(fail)
}

/// Writes `text` to `out` (saying so on stderr, in `words`' language) or to standard output.
pub fn write_out(out: Option<&std::path::Path>, text: &str, words: &words::Words) -> ExitCode {
    match out {
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                eprintln!("{}", words.with("cli-wrote", &[("path", &path.display())]));
                ExitCode::SUCCESS
            }
            Err(e) => fail(words.with("cli-cannot-write", &[("path", &path.display()), ("error", &e)])),
        },
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
    }
}

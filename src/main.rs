//! `defuse`: with no subcommand, the game; subcommands serve trainers and batch work.

use clap::Parser;
use defuse::cli::{Cli, run};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    run(cli)
}

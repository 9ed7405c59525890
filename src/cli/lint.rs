//! `defuse lint`: (being written).

use std::process::ExitCode;

/// Arguments of `defuse lint`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `defuse lint`.
pub fn run(_args: Args) -> ExitCode {
    super::fail("not built yet")
}

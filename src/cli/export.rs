//! `defuse export`: (being written).

use std::process::ExitCode;

/// Arguments of `defuse export`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `defuse export`.
pub fn run(_args: Args) -> ExitCode {
    super::fail("not built yet")
}

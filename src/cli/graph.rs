//! `defuse graph`: (being written).

use std::process::ExitCode;

/// Arguments of `defuse graph`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `defuse graph`.
pub fn run(_args: Args) -> ExitCode {
    super::fail("not built yet")
}

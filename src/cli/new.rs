//! `defuse new`: (being written).

use std::process::ExitCode;

/// Arguments of `defuse new`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `defuse new`.
pub fn run(_args: Args) -> ExitCode {
    super::fail("not built yet")
}

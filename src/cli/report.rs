//! `defuse report`: (being written).

use std::process::ExitCode;

/// Arguments of `defuse report`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `defuse report`.
pub fn run(_args: Args) -> ExitCode {
    super::fail("not built yet")
}

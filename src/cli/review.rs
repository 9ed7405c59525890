//! `defuse review`: (being written).

use std::process::ExitCode;

/// Arguments of `defuse review`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `defuse review`.
pub fn run(_args: Args) -> ExitCode {
    super::fail("not built yet")
}

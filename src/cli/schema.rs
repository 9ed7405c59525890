//! `defuse schema`: (being written).

use std::process::ExitCode;

/// Arguments of `defuse schema`.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Runs `defuse schema`.
pub fn run(_args: Args) -> ExitCode {
    super::fail("not built yet")
}

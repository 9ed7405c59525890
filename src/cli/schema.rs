//! `defuse schema [--out FILE]`: the JSON Schema of the scenario format, generated from the Rust
//! types in `src/scenario/format.rs`. The committed copy is `docs/schema/scenario.schema.json`.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `defuse schema`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write the schema to this file instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

/// The JSON Schema of [`crate::scenario::format::Scenario`], pretty-printed, ending in a newline.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(crate::scenario::format::Scenario);
    let mut text = serde_json::to_string_pretty(&schema).expect("a JSON Schema always serialises");
    text.push('\n');
    text
}

/// Prints (or writes) the schema, saying so in `lang` (see `--lang`).
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words(lang) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let text = schema_json();
    super::write_out(args.out.as_deref(), &text, &words)
}

//! `defuse check [PATH...]`: report every problem in scenarios as `file:line:col: severity: msg`.

use crate::diag::Diagnostic;
use crate::scenario::library::{Library, default_rules};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `defuse check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Scenario folders, `scenario.ron` files or folders of scenarios (default: scenarios/).
    pub paths: Vec<PathBuf>,
    /// Treat warnings as errors (exit 1 on any warning).
    #[arg(long)]
    pub strict: bool,
}

/// The trainer's language: `--lang`, else the system locale when it is one we speak, else English.
pub fn message_locale(lang: Option<&str>) -> Result<crate::locale::Locale, String> {
    use crate::locale::Locale;
    match lang {
        Some(l) => l.parse(),
        None => Ok(sys_locale::get_locale().and_then(|l| Locale::negotiate(&l)).unwrap_or(Locale::EnUs)),
    }
}

/// Runs the checker with messages in `lang` (see `--lang`); exit 1 on errors.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let rules = match default_rules() {
        Ok(r) => r,
        Err(e) => return super::fail(e),
    };
    let words = match super::words::Words::load(lang) {
        Ok(w) => w,
        Err(e) => return super::fail(e),
    };
    let (catalog, locale) = (words.catalog(), words.locale());
    let paths = if args.paths.is_empty() { vec![crate::paths::scenarios_dir()] } else { args.paths };
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut count = 0;
    for p in &paths {
        if !p.exists() {
            diags.push(Diagnostic::error(p, (0, 0), words.t("check-cli-no-path")));
            continue;
        }
        let lib = Library::load_in(p, Some(&rules), Some((catalog, locale)));
        if lib.scenarios.is_empty() && lib.diagnostics.is_empty() {
            diags.push(Diagnostic::error(p, (0, 0), words.t("check-cli-no-scenario")));
        }
        count += crate::scenario::load::scenario_dirs(p).len();
        diags.extend(lib.diagnostics);
    }
    for d in &diags {
        println!("{}", words.diag(d));
        if let Some(snippet) = snippet(d) {
            println!("{snippet}");
        }
    }
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    eprintln!(
        "{}",
        words.with("check-cli-summary", &[("count", &count), ("errors", &errors), ("warnings", &warnings)])
    );
    if errors > 0 || (args.strict && warnings > 0) { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// The offending line with a caret under the column, as compilers show it:
/// ```text
///    8 |     difficulty: Easy
///      |                     ^
/// ```
pub fn snippet(d: &Diagnostic) -> Option<String> {
    if d.line == 0 {
        return None;
    }
    let text = std::fs::read_to_string(&d.path).ok()?;
    let line = text.lines().nth(d.line - 1)?;
    let width = d.line.to_string().len();
    // Full-width characters take two columns in a terminal.
    let pad: usize = line.chars().take(d.col.saturating_sub(1)).map(|c| if c as u32 >= 0x1100 { 2 } else { 1 }).sum();
    Some(format!("{:>width$} | {line}\n{:>width$} | {}^", d.line, "", " ".repeat(pad)))
}

//! `defuse report [--db PATH…] [--out report.html] [--scenarios DIR]`: one self-contained HTML
//! page of a learner's (or a cohort's) runs: weakest techniques, taboos that keep slipping in,
//! grades per scenario, runs over time, and what to practise next.

use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::records::mastery::Params;
use crate::records::report::{Options, now_utc, render_with};
use crate::records::{data_dir, load_scenarios, store};
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `defuse report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Records databases, opened read-only; several make a cohort report.
    /// Default: `records.sqlite` in the platform's data folder.
    #[arg(long, num_args = 1.., value_name = "PATH")]
    pub db: Vec<PathBuf>,
    /// Where to write the HTML page.
    #[arg(long, value_name = "FILE", default_value = "report.html")]
    pub out: PathBuf,
    /// The scenario library (titles, what each scenario trains and each beat calls for).
    #[arg(long, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Language of the page: zh-CN, zh-TW or en-US (default: `--lang`, else the system's).
    #[arg(long)]
    pub locale: Option<String>,
    /// Runs without practice after which a mastered technique comes back for review.
    #[arg(long, value_name = "N", default_value_t = Params::default().review_after)]
    pub review_after: usize,
}

/// The databases to read: those given, else the default one.
pub fn databases(given: &[PathBuf]) -> Vec<PathBuf> {
    if given.is_empty() { vec![data_dir().join("records.sqlite")] } else { given.to_vec() }
}

/// Display names (`name-<id>` in the UI catalog) for every id in `ids`.
pub fn names<'a>(locale: Locale, ids: impl Iterator<Item = &'a str>) -> HashMap<String, String> {
    let (catalog, _) = Catalog::load_ui(&crate::paths::locales_dir());
    names_in(&catalog, locale, ids)
}

/// Display names from `catalog`.
fn names_in<'a>(catalog: &Catalog, locale: Locale, ids: impl Iterator<Item = &'a str>) -> HashMap<String, String> {
    ids.filter_map(|id| catalog.try_get(locale, &format!("name-{id}"), &[]).map(|n| (id.to_string(), n))).collect()
}

/// Runs `defuse report`, with messages in `lang`.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words::Words::load(lang) {
        Ok(w) => w,
        Err(e) => return super::fail(e),
    };
    let locale = match args.locale.as_deref().or(lang) {
        Some(tag) => match tag.parse::<Locale>() {
            Ok(l) => l,
            Err(e) => return super::fail(e),
        },
        None => Locale::from_system(),
    };
    let dbs = databases(&args.db);
    let sources = match store::read_many(&dbs) {
        Ok(s) => s,
        Err(e) => return super::fail(e),
    };
    let dir = args.scenarios.clone().unwrap_or_else(crate::paths::scenarios_dir);
    let (scenarios, problems) = load_scenarios(&dir);
    if scenarios.is_empty() {
        warn(&words, &words.with("report-cli-no-scenarios", &[("dir", &dir.display())]));
    } else if !problems.is_empty() {
        warn(&words, &words.with("report-cli-unreadable", &[("count", &problems.len()), ("first", &problems[0])]));
    }
    let mut ids: BTreeSet<&str> = BTreeSet::new();
    for r in sources.iter().flat_map(|s| &s.runs) {
        for t in &r.turns {
            ids.extend(t.techniques.iter().chain(&t.taboos).chain(t.calls_for.iter().flatten()).map(String::as_str));
        }
    }
    ids.extend(
        scenarios.iter().flat_map(|s| s.trains.iter().chain(s.calls_for.values().flatten())).map(String::as_str),
    );
    let catalog = words.catalog();
    let names = names_in(catalog, locale, ids.into_iter());
    let params = Params { review_after: args.review_after, ..Params::default() };
    let opts = Options { locale, scenarios, names, params, generated: now_utc() };
    let html = render_with(&sources, &opts, catalog);
    let path = args.out.display();
    if let Err(e) = std::fs::write(&args.out, html) {
        return super::fail(words.with("report-cli-cannot-write", &[("path", &path), ("error", &e)]));
    }
    let runs: usize = sources.iter().map(|s| s.runs.len()).sum();
    eprintln!("{}", words.with("report-cli-wrote", &[("path", &path), ("runs", &runs), ("dbs", &sources.len())]));
    ExitCode::SUCCESS
}

/// Prints a warning on standard error.
fn warn(words: &super::words::Words, message: &str) {
    eprintln!("defuse: {}", words.with("cli-warning", &[("message", &message)]));
}

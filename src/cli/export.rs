//! `defuse export [--db PATH…] --format csv|jsonl|xapi [--out FILE] [--lrs URL --auth USER:PASS]`:
//! runs and turns as CSV or JSON Lines, or xAPI 1.0.3 statements, written to a file or sent to
//! a learning record store. Sent statement ids are kept in each database (`xapi_sent`), so an
//! export sends each statement once.

use crate::records::export::{statements, write_csv, write_jsonl, write_xapi, write_xapi_runs};
use crate::records::store::{self, Source, Store};
use crate::records::xapi::{self, Lrs, Statement};
use crate::records::{ScenarioMeta, load_scenarios};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One row per turn, with the run's columns repeated.
    Csv,
    /// One JSON object per run, with its turns.
    Jsonl,
    /// xAPI 1.0.3 statements (a JSON array).
    Xapi,
}

/// Arguments of `defuse export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Records databases (read-only unless statements are sent); default: `records.sqlite` in
    /// the platform's data folder.
    #[arg(long, num_args = 1.., value_name = "PATH")]
    pub db: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Format,
    /// Write here instead of standard output (with --lrs: also write the statements here).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Send the statements to this LRS (its xAPI base URL, e.g. http://127.0.0.1:8100/xAPI).
    #[arg(long, value_name = "URL")]
    pub lrs: Option<String>,
    /// LRS credentials for HTTP basic authentication (default: $DEFUSE_LRS_AUTH).
    #[arg(long, value_name = "USER:PASS", requires = "lrs")]
    pub auth: Option<String>,
    /// Send statements again even if this database already sent them to that LRS.
    #[arg(long, requires = "lrs")]
    pub resend: bool,
    /// The scenario library, for activity names (default: the shipped scenarios).
    #[arg(long, value_name = "DIR")]
    pub scenarios: Option<PathBuf>,
    /// Start CSV with a UTF-8 byte-order mark (for spreadsheet programs).
    #[arg(long)]
    pub bom: bool,
}

/// Runs `defuse export`. Exit 2: bad arguments or an unreadable database; exit 1: the LRS
/// failed (nothing it did not accept is marked as sent).
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words::Words::load(lang) {
        Ok(w) => w,
        Err(e) => return super::fail(e),
    };
    if args.lrs.is_some() && args.format != Format::Xapi {
        return super::fail(words.t("export-cli-lrs-needs-xapi"));
    }
    let dbs = super::report::databases(&args.db);
    // Sending needs to write `xapi_sent`, so the databases are opened for writing then.
    let (sources, stores): (Vec<Source>, Vec<Store>) = if args.lrs.is_some() {
        let mut sources = Vec::new();
        let mut stores = Vec::new();
        for p in &dbs {
            let opened = Store::open_existing(p).and_then(|s| Ok((s.runs()?, s)));
            match opened {
                Ok((runs, s)) => {
                    sources.push(Source { path: p.clone(), runs, overrides: Vec::new(), disputes: Vec::new() });
                    stores.push(s);
                }
                Err(e) => return super::fail(e),
            }
        }
        (sources, stores)
    } else {
        match store::read_many(&dbs) {
            Ok(s) => (s, Vec::new()),
            Err(e) => return super::fail(e),
        }
    };
    let scenarios = match args.format {
        Format::Xapi => load_scenarios(&args.scenarios.clone().unwrap_or_else(crate::paths::scenarios_dir)).0,
        _ => Vec::new(),
    };
    // Statements are held in memory only to send them; a file is written run by run.
    let per_source: Vec<Vec<Statement>> =
        if args.lrs.is_some() { sources.iter().map(|s| statements(s, &scenarios)).collect() } else { Vec::new() };
    for s in per_source.iter().flatten() {
        if let Err(e) = xapi::validate(&s.json) {
            return super::fail(words.with("export-cli-invalid", &[("id", &s.id), ("error", &e)]));
        }
    }
    if args.out.is_some() || args.lrs.is_none() {
        let written = match &args.out {
            Some(p) => match std::fs::File::create(p) {
                Ok(f) => write_all(&mut BufWriter::new(f), &args, &sources, &scenarios, &per_source),
                Err(e) => {
                    return super::fail(words.with("cli-cannot-create", &[("path", &p.display()), ("error", &e)]));
                }
            },
            None => write_all(&mut BufWriter::new(std::io::stdout().lock()), &args, &sources, &scenarios, &per_source),
        };
        if let Err(e) = written {
            let to = args.out.as_ref().map_or(words.t("cli-standard-output"), |p| p.display().to_string());
            return super::fail(words.with("cli-cannot-write", &[("path", &to), ("error", &e)]));
        }
    }
    let Some(url) = &args.lrs else { return ExitCode::SUCCESS };
    let auth = args.auth.clone().or_else(|| std::env::var("DEFUSE_LRS_AUTH").ok());
    let lrs = match Lrs::new(url, auth.as_deref()) {
        Ok(l) => l,
        Err(e) => return super::fail(e),
    };
    let (mut sent, mut skipped) = (0, 0);
    for ((store, statements), src) in stores.iter().zip(&per_source).zip(&sources) {
        match xapi::send(store, &lrs, statements, args.resend) {
            Ok(done) => {
                sent += done.sent;
                skipped += done.skipped;
            }
            Err(e) => {
                eprintln!("defuse: {}: {e}", src.path.display());
                if sent > 0 {
                    eprintln!("defuse: {}", words.with("export-cli-sent-earlier", &[("sent", &sent)]));
                }
                return ExitCode::from(1);
            }
        }
    }
    let done = [("sent", &sent as &dyn std::fmt::Display), ("lrs", &lrs.endpoint()), ("skipped", &skipped)];
    eprintln!("{}", words.with("export-cli-sent", &done));
    ExitCode::SUCCESS
}

fn write_all(
    w: &mut impl Write,
    args: &Args,
    sources: &[Source],
    scenarios: &[ScenarioMeta],
    per_source: &[Vec<Statement>],
) -> std::io::Result<()> {
    match args.format {
        Format::Csv => write_csv(w, sources, args.bom)?,
        Format::Jsonl => write_jsonl(w, sources)?,
        Format::Xapi if args.lrs.is_some() => write_xapi(w, per_source.iter().flatten())?,
        Format::Xapi => {
            write_xapi_runs(w, sources, scenarios)?;
        }
    }
    w.flush()
}

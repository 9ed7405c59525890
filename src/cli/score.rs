//! `defuse score [FILE|-]`: batch scoring for team leads; one input line is one reply.

use super::score_workers::{CHUNK_BYTES, CHUNK_LINES, Workers};
use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::phrasing::{Analysis, Engine};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// A CSV table.
    Csv,
    /// A readable, coloured report.
    Text,
}

/// Arguments of `defuse score`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input file, one reply per line; `-` or nothing reads standard input.
    pub file: Option<PathBuf>,
    /// Locale of the replies: zh-CN, zh-TW, en-US, or auto (detected per line).
    #[arg(long, default_value = "auto")]
    pub locale: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Write the summary here instead of standard error.
    #[arg(long)]
    pub summary: Option<PathBuf>,
    /// Extra phrasebook files (a company's own taboo words) applied over the shipped ones.
    #[arg(long)]
    pub overlay: Vec<PathBuf>,
}

/// Guesses the locale of one reply: Chinese if it has Han characters (zh-TW when they are
/// traditional), else English.
pub fn detect(text: &str) -> Locale {
    if !text.chars().any(crate::phrasing::normalise::is_han) {
        return Locale::EnUs;
    }
    if crate::phrasing::simplify::changes(text) { Locale::ZhTw } else { Locale::ZhCn }
}

/// Runs batch scoring.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words::Words::load(lang) {
        Ok(w) => w,
        Err(e) => return super::fail(e),
    };
    let fixed = match args.locale.as_str() {
        "auto" => None,
        other => match other.parse::<Locale>() {
            Ok(l) => Some(l),
            Err(e) => return super::fail(e),
        },
    };
    let overlays: Vec<&std::path::Path> = args.overlay.iter().map(PathBuf::as_path).collect();
    let engine = match Engine::load(&crate::paths::assets_dir(), &overlays) {
        Ok(e) => e,
        Err(e) => return super::fail(e),
    };
    let (catalog, _) = Catalog::load_ui(&crate::paths::locales_dir());
    let (input, size): (Box<dyn Read>, Option<u64>) = match args.file.as_deref() {
        None => (Box::new(std::io::stdin()), None),
        Some(p) if p.as_os_str() == "-" => (Box::new(std::io::stdin()), None),
        Some(p) => match std::fs::File::open(p) {
            Ok(f) => {
                let len = f.metadata().ok().map(|m| m.len());
                (Box::new(f), len)
            }
            Err(e) => {
                return super::fail(words.with("score-cli-cannot-open", &[("path", &p.display()), ("error", &e)]));
            }
        },
    };
    let out = std::io::stdout();
    let mut w = BufWriter::new(out.lock());
    let colour = std::io::stdout().is_terminal();
    let bar = progress(size);
    let scored = score_stream(&engine, &catalog, fixed, args.format, colour, input, &mut w, |n| bar.inc(n as u64));
    bar.finish_and_clear();
    match scored {
        Ok(summary) => summary.emit(args.summary.as_deref(), summary.lines, &words),
        Err(StreamError::Read { line, source }) => {
            eprintln!("defuse: {}", words.with("score-cli-read-error", &[("line", &line), ("error", &source)]));
            ExitCode::from(1)
        }
        Err(StreamError::Write { line, .. }) => {
            eprintln!("defuse: {}", words.with("score-cli-closed", &[("line", &line)]));
            ExitCode::from(1)
        }
    }
}

/// Why scoring stopped before the end of the input.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// The input could not be read (the output is complete up to `line`).
    #[error("read error after line {line}: {source}; the output above is complete up to that line")]
    Read {
        /// The last line read whole.
        line: usize,
        /// Why.
        source: std::io::Error,
    },
    /// The output could not be written (a closed pipe).
    #[error("cannot write output after line {line} (closed pipe?); stopping")]
    Write {
        /// The line being written.
        line: usize,
        /// Why.
        source: std::io::Error,
    },
}

/// Scores every line of `input` (one reply per line, `\n` or `\r\n`, the last line may lack
/// its newline) into `w`; invalid UTF-8 and blank lines are counted and skipped. Memory grows
/// with the longest line, not with the input. `read` is told the bytes consumed (progress).
#[expect(clippy::too_many_arguments, reason = "the scoring options, the streams and the progress hook")]
pub fn score_stream(
    engine: &Engine,
    catalog: &Catalog,
    fixed: Option<Locale>,
    format: Format,
    colour: bool,
    input: impl Read,
    mut w: impl Write,
    mut read: impl FnMut(usize),
) -> Result<Summary, StreamError> {
    let mut summary = Summary::default();
    if matches!(format, Format::Csv) {
        writeln!(w, "line,locale,score,techniques,taboos,text")
            .map_err(|source| StreamError::Write { line: 0, source })?;
    }
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let render = |out: &mut Vec<u8>, a: &Analysis, n: usize| emit(out, format, catalog, colour, a, n);
    std::thread::scope(|scope| {
        let mut workers = Workers::start(scope, engine, fixed, detect, &render);
        let read_all = read_lines(&mut reader, &mut summary, &mut workers, &mut w, &mut read);
        workers.close();
        let finished = drain(&mut workers, true, &mut summary, &mut w);
        let (lineno, read_error) = read_all?;
        finished?;
        w.flush().map_err(|source| StreamError::Write { line: lineno, source })?;
        summary.lines = lineno;
        match read_error {
            Some(source) => Err(StreamError::Read { line: lineno, source }),
            None => Ok(summary),
        }
    })
}

/// Reads every line into chunks for the workers, writing finished chunks as it goes. Returns the
/// number of lines read and the read error that stopped it, if any (what was read before it is
/// still scored and written).
fn read_lines(
    reader: &mut impl BufRead,
    summary: &mut Summary,
    workers: &mut Workers,
    w: &mut impl Write,
    read: &mut impl FnMut(usize),
) -> Result<(usize, Option<std::io::Error>), StreamError> {
    let (mut buf, mut lineno, mut chunk, mut bytes) = (Vec::new(), 0usize, Vec::new(), 0usize);
    let error = loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break None,
            Ok(n) => read(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(source) => break Some(source),
        }
        lineno += 1;
        let raw = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let Ok(text) = std::str::from_utf8(raw) else {
            summary.invalid.push(lineno);
            continue;
        };
        if text.trim().is_empty() {
            summary.empty += 1;
            continue;
        }
        bytes += text.len();
        chunk.push((lineno, text.to_string()));
        if chunk.len() >= CHUNK_LINES || bytes >= CHUNK_BYTES {
            workers.send(std::mem::take(&mut chunk));
            bytes = 0;
            drain(workers, false, summary, w)?;
        }
    };
    workers.send(chunk);
    Ok((lineno, error))
}

/// Writes the chunks that are done, in input order (`wait`: all that are due).
fn drain(workers: &mut Workers, wait: bool, summary: &mut Summary, w: &mut impl Write) -> Result<(), StreamError> {
    while let Some(scored) = workers.next(wait) {
        for (line, a, out) in scored {
            summary.add(&a);
            let write = |source| StreamError::Write { line, source };
            w.write_all(&out.map_err(write)?).map_err(write)?;
        }
    }
    Ok(())
}

/// Writes one analysis in the chosen format.
fn emit(
    w: &mut impl Write,
    format: Format,
    catalog: &Catalog,
    colour: bool,
    a: &Analysis,
    n: usize,
) -> std::io::Result<()> {
    match format {
        Format::Jsonl => write_jsonl(w, a, catalog),
        Format::Csv => write_csv(w, n, a),
        Format::Text => super::render::write_text(w, n, a, catalog, colour),
    }
}

fn progress(size: Option<u64>) -> indicatif::ProgressBar {
    match size {
        Some(n) if std::io::stderr().is_terminal() && n > 1 << 20 => {
            let bar = indicatif::ProgressBar::new(n);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {eta}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        }
        _ => indicatif::ProgressBar::hidden(),
    }
}

#[derive(serde::Serialize)]
struct JsonHit<'a> {
    id: &'a str,
    start: usize,
    end: usize,
    evidence: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rewrite: Option<&'a str>,
}

#[derive(serde::Serialize)]
struct JsonReason<'a> {
    id: &'a str,
    points: i32,
    why: String,
}

#[derive(serde::Serialize)]
struct JsonLine<'a> {
    text: &'a str,
    locale: &'a str,
    score: u8,
    techniques: Vec<JsonHit<'a>>,
    taboos: Vec<JsonHit<'a>>,
    components: Vec<JsonReason<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rewritten: Option<&'a str>,
}

fn write_jsonl(w: &mut impl Write, a: &Analysis, cat: &Catalog) -> std::io::Result<()> {
    let line = JsonLine {
        text: &a.text,
        locale: a.locale.tag(),
        score: a.score,
        techniques: a
            .techniques
            .iter()
            .map(|h| JsonHit { id: &h.id, start: h.start, end: h.end, evidence: &h.evidence, rewrite: None })
            .collect(),
        taboos: a
            .taboos
            .iter()
            .map(|t| JsonHit {
                id: &t.hit.id,
                start: t.hit.start,
                end: t.hit.end,
                evidence: &t.hit.evidence,
                rewrite: t.rewrite.as_deref(),
            })
            .collect(),
        components: a
            .components
            .iter()
            .map(|c| JsonReason { id: &c.id, points: c.points, why: super::render::reason(cat, a.locale, c) })
            .collect(),
        rewritten: a.rewritten.as_deref(),
    };
    serde_json::to_writer(&mut *w, &line)?;
    w.write_all(b"\n")
}

fn write_csv(w: &mut impl Write, lineno: usize, a: &Analysis) -> std::io::Result<()> {
    let ids = |v: Vec<&str>| v.join(";");
    let text = a.text.replace('"', "\"\"");
    writeln!(w, "{lineno},{},{},{},{},\"{text}\"", a.locale, a.score, ids(a.technique_ids()), ids(a.taboo_ids()))
}

/// Counts per id and the score distribution.
#[derive(Debug, Default)]
pub struct Summary {
    /// Lines read (scored, blank and invalid together).
    pub lines: usize,
    /// Lines scored.
    pub scored: usize,
    /// Blank lines skipped.
    pub empty: usize,
    /// Numbers of the lines skipped for invalid UTF-8.
    pub invalid: Vec<usize>,
    /// Lines per technique or taboo id.
    pub ids: BTreeMap<String, usize>,
    /// Lines with at least one taboo.
    pub flagged: usize,
    /// Scores by tens (0-9, 10-19, …, 90-100).
    pub buckets: [usize; 10],
}

impl Summary {
    fn add(&mut self, a: &Analysis) {
        self.scored += 1;
        for id in a.technique_ids().into_iter().chain(a.taboo_ids()) {
            *self.ids.entry(id.to_string()).or_default() += 1;
        }
        self.flagged += usize::from(!a.taboos.is_empty());
        self.buckets[(a.score as usize / 10).min(9)] += 1;
    }

    /// The summary as text: counts, then ids and score buckets as tab-separated tables.
    fn text(&self, lines: usize, words: &super::words::Words) -> String {
        let (scored, empty, invalid) = (self.scored, self.empty, self.invalid.len());
        let counts = [("lines", &lines as &dyn std::fmt::Display), ("scored", &scored), ("empty", &empty)];
        let mut s = words.with("score-cli-read", &[counts[0], counts[1], counts[2], ("invalid", &invalid)]);
        if !self.invalid.is_empty() {
            let mut shown: Vec<String> = self.invalid.iter().take(20).map(ToString::to_string).collect();
            if self.invalid.len() > 20 {
                shown.push("…".into());
            }
            s += &words.with("score-cli-invalid-lines", &[("lines", &shown.join(", "))]);
        }
        let share = format!("{:.1}%", pct(self.flagged, self.scored));
        s += &format!("\n{}\n", words.with("score-cli-taboo-lines", &[("count", &self.flagged), ("share", &share)]));
        s += &format!("{}\n", words.t("score-cli-id-header"));
        for (id, n) in &self.ids {
            s += &format!("{id}\t{n}\t{:.1}%\n", pct(*n, self.scored));
        }
        s += &format!("{}\n", words.t("score-cli-score-header"));
        for (i, n) in self.buckets.iter().enumerate() {
            s += &format!("{}-{}\t{n}\n", i * 10, if i == 9 { 100 } else { i * 10 + 9 });
        }
        s
    }

    fn emit(&self, path: Option<&std::path::Path>, lines: usize, words: &super::words::Words) -> ExitCode {
        let s = self.text(lines, words);
        match path {
            Some(p) => {
                if let Err(e) = std::fs::write(p, s) {
                    return super::fail(words.with("score-cli-cannot-write", &[("path", &p.display()), ("error", &e)]));
                }
            }
            None => eprint!("{s}"),
        }
        ExitCode::SUCCESS
    }
}

fn pct(n: usize, of: usize) -> f64 {
    if of == 0 { 0.0 } else { 100.0 * n as f64 / of as f64 }
}

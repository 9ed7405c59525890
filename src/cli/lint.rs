//! `defuse lint [PATH...] [--fix]`: safe mechanical fixes to scenarios.
//!
//! Without `--fix` it reports what it would change (exit 1 when there is something to change);
//! with `--fix` it changes the files:
//!
//! - a Fluent message the scenario uses but a locale file lacks is appended to that file as a
//!   stub, `id = TODO(<locale>): <the other locale's text, or the id>` (the file is created when
//!   it is missing);
//! - the `trains` list in `scenario.ron` is sorted (in the order of TECHNIQUES.md) and duplicates are removed, by editing the text
//!   in place: comments and formatting elsewhere are kept.
//!
//! Running it twice changes nothing the second time.

use super::words::Words;
use crate::diag::Diagnostic;
use crate::locale::Locale;
use crate::scenario::check::fluent_ids;
use crate::scenario::load::{REQUIRED_LOCALES, parse_in, scenario_dirs};
use crate::text::line_col;
use fluent_syntax::ast;
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Arguments of `defuse lint`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Scenario folders, `scenario.ron` files or folders of scenarios (default: scenarios/).
    pub paths: Vec<PathBuf>,
    /// Apply the fixes (without it, only report them).
    #[arg(long)]
    pub fix: bool,
}

/// One fix lint found (and applied, with `--fix`).
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Where the problem shows: the file, 1-based line and column.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// The file the fix changes.
    pub file: PathBuf,
    /// What is wrong and what the fix does.
    pub message: String,
}

/// What linting one scenario folder found.
#[derive(Debug, Default)]
pub struct LintReport {
    /// Fixes found (applied when linting with `apply`).
    pub findings: Vec<Finding>,
    /// Problems lint cannot fix (a file that does not parse, a list with comments inside).
    pub problems: Vec<Diagnostic>,
    /// `(file, count)` of Fluent messages that are still `TODO(` stubs after linting.
    pub todo: Vec<(PathBuf, usize)>,
}

/// Runs `defuse lint`, in `lang`: exit 1 when there is something to fix (without `--fix`) or
/// something lint cannot fix, 2 when a file cannot be written.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match Words::load(lang) {
        Ok(w) => w,
        Err(e) => return super::fail(e),
    };
    let paths = if args.paths.is_empty() { vec![crate::paths::scenarios_dir()] } else { args.paths };
    let mut findings = 0;
    let mut problems = 0;
    let mut write_failed = false;
    let mut count = 0;
    for p in &paths {
        let dirs = scenario_dirs(p);
        if dirs.is_empty() {
            println!("{}", words.diag(&Diagnostic::error(p, (0, 0), words.t("check-cli-no-scenario"))));
            problems += 1;
        }
        for dir in dirs {
            count += 1;
            let report = match lint_dir(&dir, args.fix, &words) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("defuse: {e}");
                    write_failed = true;
                    continue;
                }
            };
            print_report(&report, args.fix, &words);
            findings += report.findings.len();
            problems += report.problems.len();
        }
    }
    let id = match (args.fix, findings) {
        (true, _) => "lint-cli-applied",
        (false, 1..) => "lint-cli-to-apply",
        (false, 0) => "lint-cli-nothing",
    };
    let counts = [("count", &count as &dyn std::fmt::Display), ("fixes", &findings), ("problems", &problems)];
    eprintln!("{}", words.with(id, &counts));
    if write_failed {
        ExitCode::from(2)
    } else if problems > 0 || (!args.fix && findings > 0) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints one folder's findings and problems (stdout) and its TODO reminders (stderr).
fn print_report(report: &LintReport, fixed: bool, words: &Words) {
    let verb = words.t(if fixed { "lint-cli-fixed" } else { "lint-cli-would-fix" });
    for f in &report.findings {
        println!("{}:{}:{}: {verb}: {}", f.path.display(), f.line, f.col, f.message);
    }
    for d in &report.problems {
        println!("{}", words.diag(d));
    }
    for (file, n) in &report.todo {
        eprintln!("{}", words.with("lint-cli-todo", &[("file", &file.display()), ("count", n)]));
    }
}

/// Lints one scenario folder, its messages in `words`' language; with `apply`, writes the fixes.
/// Err only when a file cannot be written.
pub fn lint_dir(dir: &Path, apply: bool, words: &Words) -> Result<LintReport, String> {
    let mut report = LintReport::default();
    let ron_path = dir.join("scenario.ron");
    let source = match std::fs::read_to_string(&ron_path) {
        Ok(s) => s,
        Err(e) => {
            let msg = words.with("check-cannot-read", &[("error", &e)]);
            report.problems.push(Diagnostic::error(&ron_path, (0, 0), msg));
            return Ok(report);
        }
    };
    let scenario = match parse_in(&source, &ron_path, words.scenario()) {
        Ok(s) => s,
        Err(mut d) => {
            d.message.push_str(&words.t("lint-needs-scenario"));
            report.problems.push(d);
            return Ok(report);
        }
    };
    let lint = Lint { dir, ron_path: &ron_path, source: &source, apply, words };
    lint.trains(&mut report)?;
    lint.missing_messages(&fluent_ids(&scenario), &mut report)?;
    report.todo = todo_counts(dir);
    Ok(report)
}

/// One scenario folder being linted.
struct Lint<'a> {
    dir: &'a Path,
    ron_path: &'a Path,
    source: &'a str,
    apply: bool,
    words: &'a Words,
}

impl Lint<'_> {
    /// The `trains` list: sorted and deduplicated, or a problem when it cannot be.
    fn trains(&self, report: &mut LintReport) -> Result<(), String> {
        match sort_trains(self.source) {
            Ok(Some(fix)) => {
                let (line, col) = fix.pos;
                let (path, message) = (self.ron_path.to_path_buf(), trains_message(&fix, self.words));
                report.findings.push(Finding { path: path.clone(), line, col, file: path, message });
                if self.apply {
                    write(self.ron_path, &fix.source, self.words)?;
                }
            }
            Ok(None) => {}
            Err((pos, problem)) => {
                let id = match problem {
                    TrainsProblem::Comments => "lint-trains-comments",
                    TrainsProblem::NotIds => "lint-trains-not-ids",
                };
                report.problems.push(Diagnostic::warning(self.ron_path, pos, self.words.t(id)));
            }
        }
        Ok(())
    }

    /// A `TODO(` stub for each message in `used` that a locale file lacks.
    fn missing_messages(&self, used: &[String], report: &mut LintReport) -> Result<(), String> {
        let files: Vec<(Locale, PathBuf, Option<String>)> = REQUIRED_LOCALES
            .into_iter()
            .map(|l| {
                let path = self.dir.join(format!("{}.ftl", l.tag()));
                let text = std::fs::read_to_string(&path).ok();
                (l, path, text)
            })
            .collect();
        for (locale, path, text) in &files {
            let text_now = text.as_deref().unwrap_or_default();
            let (defined, syntax_error) = defined_ids(text_now);
            if let Some(byte) = syntax_error {
                let msg = self.words.with("lint-syntax-error", &[("file", &file_name(path))]);
                report.problems.push(Diagnostic::warning(path, line_col(text_now, byte), msg));
                continue;
            }
            let other = files.iter().find(|(l, ..)| l != locale).and_then(|(_, _, t)| t.as_deref());
            let what = if text.is_none() { "lint-missing-file" } else { "lint-missing-message" };
            let mut stubs = Vec::new();
            for id in used.iter().filter(|id| !defined.contains(id.as_str())) {
                let from_other = other.and_then(|t| message_source(t, id));
                let stub = format!("{id} = TODO({}): {}", locale.tag(), from_other.unwrap_or_else(|| id.clone()));
                let (line, col) = quoted_position(self.source, id);
                let message = self.words.with(what, &[("id", id), ("file", &file_name(path)), ("stub", &stub)]);
                let (path, file) = (self.ron_path.to_path_buf(), path.clone());
                report.findings.push(Finding { path, line, col, file, message });
                stubs.push(stub);
            }
            if self.apply && !stubs.is_empty() {
                write(path, &with_stubs(text_now, &stubs, self.words), self.words)?;
            }
        }
        Ok(())
    }
}

/// What a `trains` fix changes, for the trainer.
fn trains_message(fix: &TrainsFix, words: &Words) -> String {
    let duplicates = fix.duplicates.iter().map(|d| format!("\"{d}\"")).collect::<Vec<_>>().join(", ");
    let list = format!("[{}]", fix.list.join(", "));
    let id = match (duplicates.is_empty(), fix.reordered) {
        (false, true) => "lint-trains-dedupe-sort",
        (false, false) => "lint-trains-dedupe",
        (true, _) => "lint-trains-sort",
    };
    words.with(id, &[("duplicates", &duplicates), ("list", &list)])
}

/// `text` with `stubs` appended under a comment that says what they are.
fn with_stubs(text: &str, stubs: &[String], words: &Words) -> String {
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    if !out.is_empty() {
        out.push('\n');
    }
    let _ = writeln!(out, "# {}", words.t("lint-stub-comment"));
    for s in stubs {
        out.push_str(s);
        out.push('\n');
    }
    out
}

/// `(file, count)` of the messages in the folder's locale files that are still `TODO(` stubs.
fn todo_counts(dir: &Path) -> Vec<(PathBuf, usize)> {
    let mut out = Vec::new();
    for locale in REQUIRED_LOCALES {
        let path = dir.join(format!("{}.ftl", locale.tag()));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let n = text
            .lines()
            .filter(|l| l.split_once('=').is_some_and(|(_, v)| v.trim_start().starts_with("TODO(")))
            .count();
        if n > 0 {
            out.push((path, n));
        }
    }
    out
}

fn write(path: &Path, text: &str, words: &Words) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| words.with("cli-cannot-write", &[("path", &path.display()), ("error", &e)]))
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |f| f.to_string_lossy().to_string())
}

/// Position of the first `"id"` in the source, or 1:1.
fn quoted_position(source: &str, id: &str) -> (usize, usize) {
    source.find(&format!("\"{id}\"")).map_or((1, 1), |b| line_col(source, b))
}

/// Message and term ids defined in Fluent source, and the byte offset of the first syntax error.
pub fn defined_ids(text: &str) -> (BTreeSet<String>, Option<usize>) {
    let (res, error) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, None),
        Err((r, errors)) => (r, errors.first().map(|e| e.pos.start)),
    };
    let ids = res
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect();
    (ids, error)
}

/// The Fluent source of message `id`'s value, on one line (None when absent or not one-line-able).
pub fn message_source(text: &str, id: &str) -> Option<String> {
    let res = match fluent_syntax::parser::parse(text) {
        Ok(r) | Err((r, _)) => r,
    };
    let value = res.body.into_iter().find_map(|e| match e {
        ast::Entry::Message(m) if m.id.name == id => m.value,
        _ => None,
    })?;
    let serialized = super::review::pattern_source(value);
    let value = serialized.as_str();
    if value.contains("->") {
        return None;
    }
    let flat: Vec<&str> = value.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let flat = flat.join(" ");
    (!flat.is_empty()).then_some(flat)
}

// ───────────────────────── a small RON scanner ─────────────────────────
// Enough of RON to find top-level fields and edit them in place, without touching comments or
// formatting anywhere else.

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Str(String),
    Ident,
    Punct(char),
    Comment,
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

fn tokenize(src: &str) -> Vec<Token> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if src[i..].starts_with("//") {
            i = src[i..].find('\n').map_or(bytes.len(), |n| i + n);
            out.push(Token { kind: Kind::Comment, start, end: i });
            continue;
        }
        if src[i..].starts_with("/*") {
            let mut depth = 0;
            while i < bytes.len() {
                if src[i..].starts_with("/*") {
                    depth += 1;
                    i += 2;
                } else if src[i..].starts_with("*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(Token { kind: Kind::Comment, start, end: i.min(bytes.len()) });
            continue;
        }
        if c == b'r' && matches!(bytes.get(i + 1), Some(b'"') | Some(b'#')) {
            let hashes = src[i + 1..].bytes().take_while(|b| *b == b'#').count();
            if bytes.get(i + 1 + hashes) == Some(&b'"') {
                let body = i + 2 + hashes;
                let close = format!("\"{}", "#".repeat(hashes));
                let end = src[body..].find(&close).map_or(bytes.len(), |n| body + n + close.len());
                let value = src[body..end.saturating_sub(close.len()).max(body)].to_string();
                out.push(Token { kind: Kind::Str(value), start, end });
                i = end;
                continue;
            }
        }
        if c == b'"' {
            let mut value = String::new();
            let mut chars = src[i + 1..].char_indices();
            let mut end = bytes.len();
            while let Some((k, ch)) = chars.next() {
                match ch {
                    '"' => {
                        end = i + 1 + k + 1;
                        break;
                    }
                    '\\' => match chars.next() {
                        Some((_, 'n')) => value.push('\n'),
                        Some((_, 't')) => value.push('\t'),
                        Some((_, 'r')) => value.push('\r'),
                        Some((_, '0')) => value.push('\0'),
                        Some((_, other)) => value.push(other),
                        None => {}
                    },
                    other => value.push(other),
                }
            }
            out.push(Token { kind: Kind::Str(value), start, end });
            i = end;
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            out.push(Token { kind: Kind::Ident, start, end: i });
            continue;
        }
        if b"()[]{}:,".contains(&c) {
            out.push(Token { kind: Kind::Punct(c as char), start, end: i + 1 });
            i += 1;
            continue;
        }
        // Numbers, signs, anything else: one character (or a run of number characters).
        let ch_len = src[i..].chars().next().map_or(1, char::len_utf8);
        i += ch_len;
        while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'.') {
            i += 1;
        }
        out.push(Token { kind: Kind::Other, start, end: i });
    }
    out
}

/// Index of the first token of the value of top-level field `name` (inside the outer `(...)`).
fn top_level_value(src: &str, tokens: &[Token], name: &str) -> Option<usize> {
    let mut depth = 0i32;
    let code: Vec<usize> = (0..tokens.len()).filter(|i| tokens[*i].kind != Kind::Comment).collect();
    for (n, &i) in code.iter().enumerate() {
        let t = &tokens[i];
        match t.kind {
            Kind::Punct('(' | '[' | '{') => depth += 1,
            Kind::Punct(')' | ']' | '}') => depth -= 1,
            Kind::Ident if depth == 1 && &src[t.start..t.end] == name => {
                let colon = code.get(n + 1)?;
                if tokens[*colon].kind == Kind::Punct(':') {
                    return code.get(n + 2).copied();
                }
            }
            _ => {}
        }
    }
    None
}

/// `source` with top-level string field `field` set to `value` (None when there is no such field).
pub fn set_top_level_string(source: &str, field: &str, value: &str) -> Option<String> {
    let tokens = tokenize(source);
    let i = top_level_value(source, &tokens, field)?;
    let t = &tokens[i];
    if !matches!(t.kind, Kind::Str(_)) {
        return None;
    }
    let escaped = value.replace('\\', "\\\\").replace('"', "\\\"");
    Some(format!("{}\"{escaped}\"{}", &source[..t.start], &source[t.end..]))
}

/// A 1-based line and column.
pub type Pos = (usize, usize);

/// The fix for a `trains` list.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainsFix {
    /// The whole `scenario.ron` with the list sorted and deduplicated.
    pub source: String,
    /// Where the list starts.
    pub pos: Pos,
    /// Ids the list holds more than once, each named once.
    pub duplicates: Vec<String>,
    /// True when the order changes.
    pub reordered: bool,
    /// The new list's items as written (quotes kept).
    pub list: Vec<String>,
}

/// Why a `trains` list cannot be fixed safely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainsProblem {
    /// Comments inside the list (lint does not move comments).
    Comments,
    /// Something other than quoted ids.
    NotIds,
}

/// The fix for the `trains` list: `Ok(None)` when it is already sorted without duplicates,
/// `Err((position, why))` when it cannot be fixed safely.
pub fn sort_trains(source: &str) -> Result<Option<TrainsFix>, (Pos, TrainsProblem)> {
    let tokens = tokenize(source);
    let Some(open) = top_level_value(source, &tokens, "trains") else {
        return Ok(None);
    };
    let pos = line_col(source, tokens[open].start);
    if tokens[open].kind != Kind::Punct('[') {
        return Ok(None);
    }
    let mut items: Vec<&Token> = Vec::new();
    let mut close = None;
    for (k, t) in tokens.iter().enumerate().skip(open + 1) {
        match &t.kind {
            Kind::Str(_) => items.push(t),
            Kind::Punct(',') => {}
            Kind::Punct(']') => {
                close = Some(k);
                break;
            }
            Kind::Comment => return Err((pos, TrainsProblem::Comments)),
            _ => return Err((pos, TrainsProblem::NotIds)),
        }
    }
    if close.is_none() || items.len() < 2 {
        return Ok(None);
    }
    let value = |t: &Token| match &t.kind {
        Kind::Str(s) => s.clone(),
        _ => String::new(),
    };
    let mut sorted: Vec<&Token> = items.clone();
    // The order of TECHNIQUES.md (the manual's order), unknown ids last and alphabetical.
    let rank = |t: &Token| {
        let v = value(t);
        let i = crate::phrasing::ids::TECHNIQUES.iter().position(|x| *x == v).unwrap_or(usize::MAX);
        (i, v)
    };
    sorted.sort_by_key(|t| rank(t));
    let mut seen = BTreeSet::new();
    let mut dups = Vec::new();
    sorted.retain(|t| {
        let v = value(t);
        let fresh = seen.insert(v.clone());
        if !fresh {
            dups.push(v);
        }
        fresh
    });
    let unchanged = sorted.len() == items.len() && sorted.iter().zip(&items).all(|(a, b)| a.start == b.start);
    if unchanged {
        return Ok(None);
    }
    let first = items[0];
    let last = items[items.len() - 1];
    let separator = &source[first.end..items[1].start];
    let new_items: Vec<&str> = sorted.iter().map(|t| &source[t.start..t.end]).collect();
    let fixed = format!("{}{}{}", &source[..first.start], new_items.join(separator), &source[last.end..]);
    dups.dedup();
    let ranks: Vec<(usize, String)> = items.iter().map(|t| rank(t)).collect();
    let reordered = ranks.windows(2).any(|w| w[0] > w[1]);
    let list = new_items.iter().map(|s| s.to_string()).collect();
    Ok(Some(TrainsFix { source: fixed, pos, duplicates: dups, reordered, list }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_dedupes_keeping_layout() {
        let src =
            "// c\n(\n    id: \"x\", // keep\n    trains: [\"b\", \"a\", \"b\"],\n    beats: { \"trains\": 1 },\n)\n";
        let TrainsFix { source: fixed, pos, duplicates, reordered, .. } = sort_trains(src).unwrap().unwrap();
        assert_eq!(
            fixed,
            "// c\n(\n    id: \"x\", // keep\n    trains: [\"a\", \"b\"],\n    beats: { \"trains\": 1 },\n)\n"
        );
        assert_eq!(pos, (4, 13));
        assert_eq!((duplicates, reordered), (vec!["b".to_string()], true));
        assert_eq!(sort_trains(&fixed).unwrap(), None);
    }

    #[test]
    fn multi_line_lists_stay_multi_line() {
        let src = "(\n  trains: [\n    \"z\",\n    \"a\",\n  ],\n)";
        let fixed = sort_trains(src).unwrap().unwrap().source;
        assert_eq!(fixed, "(\n  trains: [\n    \"a\",\n    \"z\",\n  ],\n)");
    }

    #[test]
    fn comments_inside_the_list_are_left_alone() {
        assert!(sort_trains("(trains: [\"b\", // x\n \"a\"])").is_err());
    }

    #[test]
    fn rewrites_only_the_top_level_id() {
        let src = "// id: \"old\"\nScenario(\n  id: /* here */ \"old\",\n  beats: { \"a\": Beat(id: \"old\") },\n)";
        let out = set_top_level_string(src, "id", "new").unwrap();
        assert_eq!(
            out,
            "// id: \"old\"\nScenario(\n  id: /* here */ \"new\",\n  beats: { \"a\": Beat(id: \"old\") },\n)"
        );
    }

    #[test]
    fn message_source_flattens_and_keeps_placeables() {
        let ftl = "a = Hello { $name }\nb =\n    two\n    lines\n";
        assert_eq!(message_source(ftl, "a").as_deref(), Some("Hello { $name }"));
        assert_eq!(message_source(ftl, "b").as_deref(), Some("two lines"));
        assert_eq!(message_source(ftl, "c"), None);
    }
}

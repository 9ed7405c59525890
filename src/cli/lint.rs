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

use crate::diag::Diagnostic;
use crate::locale::Locale;
use crate::scenario::check::fluent_ids;
use crate::scenario::load::{REQUIRED_LOCALES, parse, scenario_dirs};
use crate::text::line_col;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
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

/// Runs `defuse lint`: exit 1 when there is something to fix (without `--fix`) or something lint
/// cannot fix, 2 when a file cannot be written.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words::Words::load(lang) {
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
            println!("{}", Diagnostic::error(p, (0, 0), words.t("check-cli-no-scenario")));
            problems += 1;
        }
        for dir in dirs {
            count += 1;
            let report = match lint_dir(&dir, args.fix) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("defuse: {e}");
                    write_failed = true;
                    continue;
                }
            };
            let verb = words.t(if args.fix { "lint-cli-fixed" } else { "lint-cli-would-fix" });
            for f in &report.findings {
                println!("{}:{}:{}: {verb}: {}", f.path.display(), f.line, f.col, f.message);
            }
            for d in &report.problems {
                println!("{d}");
            }
            for (file, n) in &report.todo {
                eprintln!("{}", words.with("lint-cli-todo", &[("file", &file.display()), ("count", n)]));
            }
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

/// Lints one scenario folder; with `apply`, writes the fixes. Err only when a file cannot be written.
pub fn lint_dir(dir: &Path, apply: bool) -> Result<LintReport, String> {
    let mut report = LintReport::default();
    let ron_path = dir.join("scenario.ron");
    let source = match std::fs::read_to_string(&ron_path) {
        Ok(s) => s,
        Err(e) => {
            report.problems.push(Diagnostic::error(&ron_path, (0, 0), format!("cannot read the scenario: {e}")));
            return Ok(report);
        }
    };
    let scenario = match parse(&source, &ron_path) {
        Ok(s) => s,
        Err(mut d) => {
            d.message.push_str(" — lint needs a scenario.ron that reads; fix this first");
            report.problems.push(d);
            return Ok(report);
        }
    };

    // The `trains` list.
    match sort_trains(&source) {
        Ok(Some(fix)) => {
            report.findings.push(Finding {
                path: ron_path.clone(),
                line: fix.pos.0,
                col: fix.pos.1,
                file: ron_path.clone(),
                message: fix.message,
            });
            if apply {
                write(&ron_path, &fix.source)?;
            }
        }
        Ok(None) => {}
        Err((pos, msg)) => report.problems.push(Diagnostic::warning(&ron_path, pos, msg)),
    }

    // Missing Fluent messages.
    let used = fluent_ids(&scenario);
    let mut files: BTreeMap<&'static str, (PathBuf, Option<String>)> = BTreeMap::new();
    for locale in Locale::ALL {
        let path = dir.join(format!("{}.ftl", locale.tag()));
        let text = std::fs::read_to_string(&path).ok();
        files.insert(locale.tag(), (path, text));
    }
    for locale in REQUIRED_LOCALES {
        let (path, text) = files[locale.tag()].clone();
        let text_now = text.clone().unwrap_or_default();
        let (defined, syntax_error) = defined_ids(&text_now);
        if let Some(byte) = syntax_error {
            let msg = format!(
                "Fluent syntax error here: lint cannot add missing messages to {} until it is fixed",
                file_name(&path)
            );
            report.problems.push(Diagnostic::warning(&path, line_col(&text_now, byte), msg));
            continue;
        }
        let other = REQUIRED_LOCALES.into_iter().find(|l| *l != locale).unwrap_or(Locale::ZhCn);
        let other_text = files[other.tag()].1.clone().unwrap_or_default();
        let mut stubs = Vec::new();
        for id in used.iter().filter(|id| !defined.contains(id.as_str())) {
            let from_other = message_source(&other_text, id);
            let stub = format!("{id} = TODO({}): {}", locale.tag(), from_other.unwrap_or_else(|| id.clone()));
            let pos = quoted_position(&source, id);
            let what = if text.is_none() { "is missing (and will be created)" } else { "lacks it" };
            report.findings.push(Finding {
                path: ron_path.clone(),
                line: pos.0,
                col: pos.1,
                file: path.clone(),
                message: format!("message \"{id}\" is used here but {} {what}: add `{stub}`", file_name(&path)),
            });
            stubs.push(stub);
        }
        if apply && !stubs.is_empty() {
            let mut out = text_now.clone();
            if !out.is_empty() && !out.ends_with('\n') {
                out.push('\n');
            }
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str("# Added by `defuse lint --fix`: translate these messages and remove TODO(…).\n");
            for s in &stubs {
                out.push_str(s);
                out.push('\n');
            }
            write(&path, &out)?;
        }
    }

    // Reminders: stubs still waiting for a translation.
    for locale in REQUIRED_LOCALES {
        let path = dir.join(format!("{}.ftl", locale.tag()));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let n = text
            .lines()
            .filter(|l| l.split_once('=').is_some_and(|(_, v)| v.trim_start().starts_with("TODO(")))
            .count();
        if n > 0 {
            report.todo.push((path, n));
        }
    }
    Ok(report)
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
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
    /// What changes, for the trainer.
    pub message: String,
}

/// The fix for the `trains` list: `Ok(None)` when it is already sorted without duplicates,
/// `Err((position, why))` when it cannot be fixed safely (comments inside the list).
pub fn sort_trains(source: &str) -> Result<Option<TrainsFix>, (Pos, String)> {
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
            Kind::Comment => {
                return Err((
                    pos,
                    "the trains list has comments inside; sort it by hand (lint does not move comments)".into(),
                ));
            }
            _ => {
                return Err((pos, "the trains list holds something other than quoted ids; lint cannot sort it".into()));
            }
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
    let mut what = Vec::new();
    if !dups.is_empty() {
        dups.dedup();
        what.push(format!(
            "remove the duplicate {}",
            dups.iter().map(|d| format!("\"{d}\"")).collect::<Vec<_>>().join(", ")
        ));
    }
    let ranks: Vec<(usize, String)> = items.iter().map(|t| rank(t)).collect();
    if ranks.windows(2).any(|w| w[0] > w[1]) {
        what.push("sort it in the order of TECHNIQUES.md".to_string());
    }
    let message = format!("trains list: {} → [{}]", what.join(" and "), new_items.join(", "));
    Ok(Some(TrainsFix { source: fixed, pos, message }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_dedupes_keeping_layout() {
        let src =
            "// c\n(\n    id: \"x\", // keep\n    trains: [\"b\", \"a\", \"b\"],\n    beats: { \"trains\": 1 },\n)\n";
        let TrainsFix { source: fixed, pos, message: msg } = sort_trains(src).unwrap().unwrap();
        assert_eq!(
            fixed,
            "// c\n(\n    id: \"x\", // keep\n    trains: [\"a\", \"b\"],\n    beats: { \"trains\": 1 },\n)\n"
        );
        assert_eq!(pos, (4, 13));
        assert!(msg.contains("duplicate \"b\"") && msg.contains("sort"), "{msg}");
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

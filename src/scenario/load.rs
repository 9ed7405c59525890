//! Loading a scenario folder: `scenario.ron` plus one `.ftl` file per locale.

use super::format::Scenario;
use super::words::Words;
use crate::diag::Diagnostic;
use crate::i18n::Catalog;
use crate::locale::Locale;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Locales every scenario must have text for.
pub const REQUIRED_LOCALES: [Locale; 2] = [Locale::ZhCn, Locale::EnUs];

/// A parsed scenario with its text (not yet checked).
#[derive(Debug)]
pub struct LoadedScenario {
    /// The scenario.
    pub scenario: Arc<Scenario>,
    /// Its folder.
    pub dir: PathBuf,
    /// Path of `scenario.ron`.
    pub ron_path: PathBuf,
    /// The RON source, for locating problems.
    pub source: String,
    /// Its lines in every locale present.
    pub text: Catalog,
    /// The `.ftl` files found, by locale.
    pub ftl: Vec<(Locale, PathBuf, String)>,
    /// Warnings found while loading (duplicate Fluent ids).
    pub warnings: Vec<Diagnostic>,
}

/// Resolves a path given by a user: a scenario folder, a `scenario.ron`, or a folder of folders.
pub fn scenario_dirs(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)];
    }
    if path.join("scenario.ron").is_file() {
        return vec![path.to_path_buf()];
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(path)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join("scenario.ron").is_file()).collect())
        .unwrap_or_default();
    dirs.sort();
    dirs
}

/// Loads `dir/scenario.ron` and its `.ftl` files. Syntax errors come back as diagnostics.
pub fn load(dir: &Path) -> Result<LoadedScenario, Vec<Diagnostic>> {
    load_in(dir, Words::default())
}

/// Like [`load`], with the messages in the trainer's language.
pub fn load_in(dir: &Path, words: Words) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let ron_path = dir.join("scenario.ron");
    let source = std::fs::read_to_string(&ron_path).map_err(|e| {
        vec![Diagnostic::error(&ron_path, (0, 0), words.tr("check-cannot-read", &[("error", &e.to_string())]))]
    })?;
    let scenario = parse_in(&source, &ron_path, words).map_err(|d| vec![d])?;
    let mut text = Catalog::new();
    let mut diags = Vec::new();
    let mut ftl = Vec::new();
    for locale in Locale::ALL {
        let path = dir.join(format!("{}.ftl", locale.tag()));
        match std::fs::read_to_string(&path) {
            Ok(src) => {
                diags.extend(text.add_text_in(locale, &src, &path, words));
                ftl.push((locale, path, src));
            }
            Err(_) if REQUIRED_LOCALES.contains(&locale) => diags.push(Diagnostic::error(
                &path,
                (0, 0),
                words.tr("check-missing-locale", &[("locale", locale.tag())]),
            )),
            Err(_) => {}
        }
    }
    if diags.iter().any(Diagnostic::is_error) {
        return Err(diags);
    }
    let mut scenario = scenario;
    let case = scenario.case.order.iter().chain(&scenario.case.logistics).chain(&scenario.case.policies);
    let texts: Vec<String> = case.flat_map(|id| Locale::ALL.map(|l| text.get(l, id))).collect();
    scenario.case_facts = super::concrete::fact_tokens(texts.iter().map(String::as_str));
    scenario.reaction_ids = ftl.iter().flat_map(|(_, _, src)| super::reaction::ids_in(src)).collect();
    Ok(LoadedScenario { scenario: Arc::new(scenario), dir: dir.into(), ron_path, source, text, ftl, warnings: diags })
}

/// Parses scenario RON; a syntax error names line and column and says what to do.
pub fn parse(source: &str, path: &Path) -> Result<Scenario, Diagnostic> {
    parse_in(source, path, Words::default())
}

/// Like [`parse`], with the message in the trainer's language.
pub fn parse_in(source: &str, path: &Path, words: Words) -> Result<Scenario, Diagnostic> {
    ron::from_str::<Scenario>(source).map_err(|e| {
        let pos = (e.span.start.line, e.span.start.col);
        if let Some((line, ch)) = full_width_near(source, pos.0) {
            let msg = words.tr("check-ron-full-width", &[("char", &ch.to_string()), ("line", &line.to_string())]);
            return Diagnostic::error(path, pos, msg);
        }
        if matches!(e.code, ron::Error::ExpectedComma)
            && let Some(prev) = previous_line_end(source, pos.0)
        {
            return Diagnostic::error(path, prev, words.tr("check-ron-comma", &[("line", &prev.0.to_string())]));
        }
        Diagnostic::error(path, pos, explain(&e.code, words))
    })
}

/// A trainer-readable message for a RON error, with "did you mean" for misspelt names.
fn explain(code: &ron::Error, words: Words) -> String {
    use crate::text::closest;
    let within = |outer: &Option<String>| {
        outer.as_ref().map(|o| words.tr("check-ron-within", &[("outer", o)])).unwrap_or_default()
    };
    let hint = |found: &str, expected: &[&str]| {
        closest(found, expected.iter().copied())
            .map(|c| words.tr("check-ron-did-you-mean", &[("id", c)]))
            .unwrap_or_default()
    };
    match code {
        ron::Error::NoSuchStructField { expected, found, outer } => words.tr(
            "check-ron-unknown-field",
            &[
                ("found", found),
                ("within", &within(outer)),
                ("hint", &hint(found, expected)),
                ("expected", &expected.join(", ")),
            ],
        ),
        ron::Error::NoSuchEnumVariant { expected, found, outer } => words.tr(
            "check-ron-unknown-value",
            &[
                ("found", found),
                ("within", &within(outer)),
                ("hint", &hint(found, expected)),
                ("expected", &expected.join(", ")),
            ],
        ),
        ron::Error::MissingStructField { field, outer } => {
            words.tr("check-ron-missing-field", &[("field", field), ("within", &within(outer))])
        }
        ron::Error::ExpectedOption => words.tr("check-ron-expected-option", &[]),
        other => words.tr("check-ron-other", &[("error", &other.to_string())]),
    }
}

/// A full-width punctuation mark outside quotes on `line` or the line before it.
fn full_width_near(source: &str, line: usize) -> Option<(usize, char)> {
    let lines: Vec<&str> = source.lines().collect();
    [line, line.saturating_sub(1)].into_iter().filter(|n| *n >= 1).find_map(|n| {
        let mut quoted = false;
        for c in lines.get(n - 1)?.chars() {
            match c {
                '"' => quoted = !quoted,
                '，' | '：' | '“' | '”' | '（' | '）' | '；' if !quoted => return Some((n, c)),
                _ => {}
            }
        }
        None
    })
}

/// Line and column just after the last character of the nearest non-blank line above `line`.
fn previous_line_end(source: &str, line: usize) -> Option<(usize, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    (1..line).rev().find_map(|n| {
        let text = lines.get(n - 1)?.split("//").next()?.trim_end();
        (!text.trim().is_empty()).then(|| (n, text.chars().count() + 1))
    })
}

//! Diagnostics: problems in a trainer's file, printed as `file:line:col: error|warning: message`.

use crate::i18n::Catalog;
use crate::locale::Locale;
use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// Error or warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The scenario cannot be played as written.
    Error,
    /// It can be played but something is probably not what the author meant.
    Warning,
}

/// One problem, with where it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// The file.
    pub path: PathBuf,
    /// 1-based line (0 when the problem is the whole file).
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and what to do.
    pub message: String,
}

impl Diagnostic {
    /// An error at a position.
    pub fn error(path: &Path, (line, col): (usize, usize), message: impl Into<String>) -> Diagnostic {
        Diagnostic { path: path.into(), line, col, severity: Severity::Error, message: message.into() }
    }

    /// A warning at a position.
    pub fn warning(path: &Path, (line, col): (usize, usize), message: impl Into<String>) -> Diagnostic {
        Diagnostic { path: path.into(), line, col, severity: Severity::Warning, message: message.into() }
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Severity {
    /// The word in `locale` (`diag-error`, `diag-warning` in the catalog), else English.
    pub fn word(self, catalog: &Catalog, locale: Locale) -> String {
        catalog.try_get(locale, self.id(), &[]).unwrap_or_else(|| self.english().to_string())
    }

    fn id(self) -> &'static str {
        match self {
            Severity::Error => "diag-error",
            Severity::Warning => "diag-warning",
        }
    }

    fn english(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl Diagnostic {
    /// `file:line:col: severity: message` with the severity word in `locale`.
    pub fn render(&self, catalog: &Catalog, locale: Locale) -> String {
        self.with_word(&self.severity.word(catalog, locale))
    }

    fn with_word(&self, severity: &str) -> String {
        format!("{}:{}:{}: {severity}: {}", self.path.display(), self.line, self.col, self.message)
    }
}

/// In English; see [`Diagnostic::render`] for the trainer's language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.with_word(self.severity.english()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_severity_in_the_catalogs_language() {
        let mut c = Catalog::new();
        c.add_text(Locale::ZhTw, "diag-error = 錯誤\n", Path::new("check.ftl"));
        let d = Diagnostic::error(Path::new("a/scenario.ron"), (3, 7), "x");
        assert_eq!(d.render(&c, Locale::ZhTw), "a/scenario.ron:3:7: 錯誤: x");
        assert_eq!(d.to_string(), "a/scenario.ron:3:7: error: x");
        let w = Diagnostic::warning(Path::new("b.ftl"), (1, 1), "y");
        assert_eq!(w.render(&c, Locale::ZhTw), "b.ftl:1:1: warning: y", "English when the catalog lacks the word");
    }
}

//! Diagnostics: problems in a trainer's file, printed as `file:line:col: error|warning: message`.

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

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}:{}: {sev}: {}", self.path.display(), self.line, self.col, self.message)
    }
}

//! Fluent message catalogs with per-message fallback (zh-TW → zh-CN → en-US), shared by the
//! game, the command line and scenario text.

use crate::diag::Diagnostic;
use crate::locale::Locale;
use crate::scenario::words::Words;
use crate::text::line_col;
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::parser::ParserError;
use std::collections::HashMap;
use std::path::Path;

/// Messages in several locales.
#[derive(Default)]
pub struct Catalog {
    bundles: HashMap<Locale, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("locales", &self.bundles.keys().collect::<Vec<_>>()).finish()
    }
}

impl Catalog {
    /// An empty catalog.
    pub fn new() -> Catalog {
        Catalog::default()
    }

    /// Loads the UI catalog: `<dir>/<locale>/*.ftl` for every locale present.
    pub fn load_ui(dir: &Path) -> (Catalog, Vec<Diagnostic>) {
        let mut cat = Catalog::new();
        let mut diags = Vec::new();
        for locale in Locale::ALL {
            let Ok(entries) = std::fs::read_dir(dir.join(locale.tag())) else { continue };
            let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            files.sort();
            for f in files.iter().filter(|p| p.extension().is_some_and(|x| x == "ftl")) {
                diags.extend(cat.add_file(locale, f));
            }
        }
        (cat, diags)
    }

    /// Adds one `.ftl` file; returns its problems (syntax errors, duplicate ids).
    pub fn add_file(&mut self, locale: Locale, path: &Path) -> Vec<Diagnostic> {
        match std::fs::read_to_string(path) {
            Ok(text) => self.add_text(locale, &text, path),
            Err(e) => vec![Diagnostic::error(path, (0, 0), format!("cannot read: {e}"))],
        }
    }

    /// Adds Fluent source; `path` is used in messages only (in English).
    pub fn add_text(&mut self, locale: Locale, text: &str, path: &Path) -> Vec<Diagnostic> {
        self.add_text_in(locale, text, path, Words::default())
    }

    /// Like [`Catalog::add_text`], with the problems in the trainer's language.
    pub fn add_text_in(&mut self, locale: Locale, text: &str, path: &Path, words: Words) -> Vec<Diagnostic> {
        let (syntax, added) = self.add_source(locale, text);
        let mut diags: Vec<Diagnostic> = syntax
            .into_iter()
            .map(|e| {
                let msg = words.tr("check-fluent-syntax", &[("error", &e.kind.to_string())]);
                Diagnostic::error(path, line_col(text, e.pos.start), msg)
            })
            .collect();
        for e in added {
            diags.push(match &e {
                fluent::FluentError::Overriding { id, .. } => {
                    let (pos, first) = duplicate_at(text, id);
                    let msg = words.tr("check-fluent-duplicate", &[("id", id), ("first", &first.to_string())]);
                    Diagnostic::warning(path, pos, msg)
                }
                other => {
                    Diagnostic::warning(path, (1, 1), words.tr("check-fluent-other", &[("error", &other.to_string())]))
                }
            });
        }
        diags
    }

    /// Adds Fluent source; returns its syntax errors and the errors of adding it (duplicate ids).
    pub(crate) fn add_source(&mut self, locale: Locale, text: &str) -> (Vec<ParserError>, Vec<fluent::FluentError>) {
        let (res, syntax) = match FluentResource::try_new(text.to_string()) {
            Ok(r) => (r, Vec::new()),
            Err((r, errors)) => (r, errors),
        };
        let bundle = self.bundles.entry(locale).or_insert_with(|| {
            let lang = locale.tag().parse().expect("supported locale tags parse");
            let mut b = FluentBundle::new_concurrent(vec![lang]);
            b.set_use_isolating(false);
            b
        });
        (syntax, bundle.add_resource(res).err().unwrap_or_default())
    }

    /// True when `id` exists in exactly this locale.
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        self.bundles.get(&locale).is_some_and(|b| b.has_message(id))
    }

    /// True when the catalog has any message in this locale.
    pub fn has_locale(&self, locale: Locale) -> bool {
        self.bundles.contains_key(&locale)
    }

    /// The message in `locale` or its fallbacks; the id itself when no locale has it.
    pub fn get(&self, locale: Locale, id: &str) -> String {
        self.get_args(locale, id, &[])
    }

    /// The message with arguments (`$name` → value).
    pub fn get_args(&self, locale: Locale, id: &str, args: &[(&str, FluentValue)]) -> String {
        self.try_get(locale, id, args).unwrap_or_else(|| id.to_string())
    }

    /// The message, or None when no locale in the fallback chain has it.
    pub fn try_get(&self, locale: Locale, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        locale.fallbacks().iter().find_map(|l| {
            let bundle = self.bundles.get(l)?;
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(bundle.format_pattern(pattern, Some(&fargs), &mut errors).into_owned())
        })
    }
}

/// Where `id` is defined for the second time, and the line of its first definition.
fn duplicate_at(text: &str, id: &str) -> ((usize, usize), usize) {
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.split('=').next().is_some_and(|k| k.trim() == id) && l.contains('='))
        .map(|(i, _)| i + 1)
        .collect();
    match lines.as_slice() {
        [first, second, ..] => ((*second, 1), *first),
        _ => ((1, 1), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_per_message() {
        let mut c = Catalog::new();
        c.add_text(Locale::ZhCn, "a = 你好\nb = 再见 { $name }\n", Path::new("zh.ftl"));
        c.add_text(Locale::ZhTw, "a = 妳好\n", Path::new("tw.ftl"));
        assert_eq!(c.get(Locale::ZhTw, "a"), "妳好");
        assert_eq!(c.get_args(Locale::ZhTw, "b", &[("name", "小王".into())]), "再见 小王");
        assert_eq!(c.get(Locale::EnUs, "missing"), "missing");
    }

    #[test]
    fn a_duplicate_id_points_at_the_second_definition() {
        let mut c = Catalog::new();
        let d = c.add_text(Locale::EnUs, "a = one\nb = two\na = three\n", Path::new("en-US.ftl"));
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].to_string(),
            "en-US.ftl:3:1: warning: message \"a\" is defined again here; the first definition (line 1) is used"
        );
        assert_eq!(c.get(Locale::EnUs, "a"), "one");
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let mut c = Catalog::new();
        let d = c.add_text(Locale::EnUs, "ok = fine\n\nbad line without equals\n", Path::new("en-US.ftl"));
        assert_eq!(d.len(), 1);
        assert!(d[0].to_string().starts_with("en-US.ftl:3:"), "{}", d[0]);
    }
}

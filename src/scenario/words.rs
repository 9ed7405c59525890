//! The words of scenario loading and checking: `check-*` messages from the trainer's catalog
//! (`locales/<lang>/check.ftl`), else from the English file built into the binary.

use crate::i18n::Catalog;
use crate::locale::Locale;
use std::sync::LazyLock;

/// The English messages, built in so loading and checking speak without a `locales/` folder.
static ENGLISH: LazyLock<Catalog> = LazyLock::new(|| {
    let mut c = Catalog::new();
    let text = include_str!("../../locales/en-US/check.ftl");
    // Not `add_text`: its problems would be worded from this catalog (tests/locales.rs keeps it clean).
    let _ = c.add_source(Locale::EnUs, text);
    c
});

/// The trainer's catalog and language, if any.
#[derive(Clone, Copy, Default)]
pub struct Words<'a>(pub Option<(&'a Catalog, Locale)>);

impl Words<'_> {
    /// The message `key` with its placeables, in the trainer's language, else English.
    pub fn tr(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, fluent::FluentValue)> = args.iter().map(|(k, v)| (*k, v.to_string().into())).collect();
        let given = self.0.and_then(|(cat, locale)| cat.try_get(locale, key, &args));
        given.or_else(|| ENGLISH.try_get(Locale::EnUs, key, &args)).unwrap_or_else(|| key.to_string())
    }
}

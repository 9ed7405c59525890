//! The command line's own words: `cli-*` messages in `locales/<lang>/cli.ftl`, in the
//! trainer's language (`--lang`, else the system's, else English).

use crate::diag::Diagnostic;
use crate::i18n::Catalog;
use crate::locale::Locale;

/// The UI catalog and the language to speak.
pub struct Words {
    catalog: Catalog,
    locale: Locale,
}

impl Words {
    /// The words for `--lang` (None: the system's language when Defuse speaks it, else English).
    pub fn load(lang: Option<&str>) -> Result<Words, String> {
        let locale = super::check::message_locale(lang)?;
        let (catalog, _) = Catalog::load_ui(&crate::paths::locales_dir());
        Ok(Words { catalog, locale })
    }

    /// The English words (for library callers that have no `--lang`).
    pub fn english() -> Words {
        let (catalog, _) = Catalog::load_ui(&crate::paths::locales_dir());
        Words { catalog, locale: Locale::EnUs }
    }

    /// The language spoken.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The catalog the words come from.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.catalog.get(self.locale, id)
    }

    /// The message `id` with its placeables (`$name`) filled.
    pub fn with(&self, id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let args: Vec<(&str, fluent::FluentValue)> = args.iter().map(|(k, v)| (*k, v.to_string().into())).collect();
        self.catalog.get_args(self.locale, id, &args)
    }

    /// A diagnostic as `file:line:col: severity: message`, the severity in this language.
    pub fn diag(&self, d: &Diagnostic) -> String {
        d.render(&self.catalog, self.locale)
    }

    /// These words for scenario loading and checking (`check-*` messages).
    pub fn scenario(&self) -> crate::scenario::words::Words<'_> {
        crate::scenario::words::Words(Some((&self.catalog, self.locale)))
    }
}

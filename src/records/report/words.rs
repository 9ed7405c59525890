//! The report's words: messages `report-*` from the UI catalog (`locales/<lang>/report.ftl`)
//! in the page's language, and the number formats the page uses.

use crate::i18n::Catalog;
use crate::locale::Locale;

/// Messages in one language, for the templates.
pub struct Words<'a> {
    catalog: &'a Catalog,
    locale: Locale,
}

impl<'a> Words<'a> {
    /// The words of `locale` from `catalog`.
    pub fn new(catalog: &'a Catalog, locale: Locale) -> Words<'a> {
        Words { catalog, locale }
    }

    /// The page's `lang` attribute.
    pub fn lang(&self) -> &'static str {
        self.locale.tag()
    }

    /// The message `id` (the id itself when no locale has it).
    pub fn t(&self, id: &str) -> String {
        self.catalog.get(self.locale, id)
    }

    /// The message `id` with its placeables filled.
    pub fn with(&self, id: &str, args: &[(&str, String)]) -> String {
        let args: Vec<(&str, fluent::FluentValue)> = args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
        self.catalog.get_args(self.locale, id, &args)
    }

    /// The message `id` with `$count` as a number (for plural forms) and the other placeables.
    pub fn counted(&self, id: &str, count: usize, args: &[(&str, String)]) -> String {
        let mut args: Vec<(&str, fluent::FluentValue)> = args.iter().map(|(k, v)| (*k, v.clone().into())).collect();
        args.push(("count", count.into()));
        self.catalog.get_args(self.locale, id, &args)
    }
}

/// `12,345`.
pub fn int(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A fraction as a whole percentage, clamped to 0–100 %.
pub fn pct(x: f64) -> String {
    format!("{:.0}%", (x * 100.0).clamp(0.0, 100.0))
}

/// At most `n` characters, with an ellipsis when cut.
pub fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).collect::<String>() + "…" }
}

/// Rough display width of a label (CJK counts double), for laying out charts.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) >= 0x2E80 { 2 } else { 1 }).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_labels() {
        assert_eq!(int(10_000), "10,000");
        assert_eq!(int(999), "999");
        assert_eq!(pct(1.3), "100%");
        assert_eq!(truncate("一二三四五", 3), "一二…");
        assert_eq!(width("ab中"), 4);
    }

    #[test]
    fn words_fill_placeables() {
        let mut c = Catalog::new();
        c.add_text(Locale::EnUs, "test-x = { $n } runs\n", std::path::Path::new("report.ftl"));
        c.add_text(Locale::EnUs, "test-n = { $count ->\n [one] one run\n *[other] { $n } runs\n}\n", "r.ftl".as_ref());
        let w = Words::new(&c, Locale::ZhTw);
        assert_eq!(w.with("test-x", &[("n", "1,200".into())]), "1,200 runs");
        assert_eq!(w.t("test-missing"), "test-missing");
        assert_eq!(w.counted("test-n", 1, &[]), "one run");
        assert_eq!(w.counted("test-n", 1_200, &[("n", int(1_200))]), "1,200 runs");
    }
}

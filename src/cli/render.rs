//! Rendering an analysis for a person: names and reasons in the learner's language.

use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::phrasing::{Analysis, Component};
use owo_colors::OwoColorize;
use std::io::Write;

/// The display name of a technique or taboo id (`name-<id>` in `phrasing.ftl`).
pub fn name(cat: &Catalog, locale: Locale, id: &str) -> String {
    cat.get(locale, &format!("name-{id}"))
}

/// The explanation of one score component, with the reply's words quoted.
pub fn reason(cat: &Catalog, locale: Locale, c: &Component) -> String {
    let args = [("evidence", c.evidence.clone().into()), ("points", c.points.into())];
    cat.get_args(locale, &c.reason, &args)
}

/// Writes one analysis as a readable block.
pub fn write_text(w: &mut impl Write, lineno: usize, a: &Analysis, cat: &Catalog, colour: bool) -> std::io::Result<()> {
    let l = a.locale;
    let head = format!("#{lineno}  {} {}  [{}]", cat.get(l, "label-score"), a.score, l);
    if colour {
        writeln!(w, "{}", head.bold())?
    } else {
        writeln!(w, "{head}")?
    }
    writeln!(w, "  {}", preview(&a.text, 300))?;
    for c in a.components.iter().filter(|c| c.kind.is_some()) {
        let line = format!("  {:+} {} ({}): {}", c.points, name(cat, l, &c.id), c.id, reason(cat, l, c));
        match (colour, c.points >= 0) {
            (true, true) => writeln!(w, "{}", line.green())?,
            (true, false) => writeln!(w, "{}", line.red())?,
            _ => writeln!(w, "{line}")?,
        }
    }
    for t in &a.taboos {
        if let Some(r) = &t.rewrite {
            writeln!(w, "    {} {r}", cat.get(l, "label-instead"))?;
        }
    }
    if let Some(r) = &a.rewritten {
        writeln!(w, "  {} {}", cat.get(l, "label-rewritten"), preview(r, 300))?;
    }
    writeln!(w)
}

/// The first `max` characters of `text`, with an ellipsis when cut.
pub fn preview(text: &str, max: usize) -> String {
    let mut s: String = text.chars().take(max).collect();
    if text.chars().nth(max).is_some() {
        s.push('…');
    }
    s
}

//! `defuse review <id|path> [--format text|markdown]`: a scenario's zh-CN and en-US text side by
//! side, one row per Fluent message, for a bilingual reviewer. It flags messages present in one
//! locale only, messages whose placeholders (`{ $name }`) differ between the locales, ids defined
//! twice in one file, `TODO(` stubs left by `defuse lint --fix`, ids the scenario uses that
//! neither file defines, and Fluent syntax errors. Exit 1 when anything is flagged.

use super::words::Words;
use crate::locale::Locale;
use crate::scenario::check::fluent_ids;
use crate::scenario::load::parse;
use crate::text::line_col;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A plain-text table for the terminal (CJK characters count double).
    Text,
    /// A Markdown table (paste into a wiki, an issue or a document).
    Markdown,
}

/// Arguments of `defuse review`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scenario id (a folder under scenarios/), a scenario folder, or a `scenario.ron`.
    pub scenario: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Width of the text table in columns.
    #[arg(long, default_value_t = 120)]
    pub width: usize,
    /// The scenarios folder used to find an id (default: scenarios/).
    #[arg(long)]
    pub scenarios: Option<PathBuf>,
}

/// One message's text in one locale.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    /// The text as written (Fluent source, placeables kept), one entry per line.
    pub lines: Vec<String>,
    /// The variables it uses (`name` for `{ $name }`).
    pub vars: BTreeSet<String>,
    /// 1-based line of the definition in its file.
    pub line: usize,
}

/// One row of the review: a message id and its text in both locales.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The Fluent id (terms keep their leading `-`).
    pub id: String,
    /// The zh-CN text.
    pub zh: Option<Text>,
    /// The en-US text.
    pub en: Option<Text>,
    /// What is wrong (empty: nothing).
    pub flags: Vec<String>,
    /// Remarks that are not problems (not used by the scenario).
    pub notes: Vec<String>,
}

/// The whole review of one scenario.
#[derive(Debug, Clone, Default)]
pub struct Review {
    /// The scenario folder.
    pub dir: PathBuf,
    /// Rows: zh-CN order first, then ids only en-US has, then ids neither file has.
    pub rows: Vec<Row>,
    /// Problems with whole files (missing file, syntax error), as `file:line:col: message`.
    pub file_problems: Vec<String>,
}

impl Review {
    /// Number of flagged rows plus file problems.
    pub fn flagged(&self) -> usize {
        self.rows.iter().filter(|r| !r.flags.is_empty()).count() + self.file_problems.len()
    }
}

/// Runs `defuse review`, in `lang`.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match Words::load(lang) {
        Ok(w) => w,
        Err(e) => return super::fail(e),
    };
    let dir = match super::graph::resolve_scenario(&args.scenario, args.scenarios.as_deref(), &words) {
        Ok(d) => d,
        Err(e) => return super::fail(e),
    };
    let review = review_dir(&dir, &words);
    let text = match args.format {
        Format::Text => text_table(&review, args.width.max(40), &words),
        Format::Markdown => markdown(&review, &words),
    };
    print!("{text}");
    let flagged = review.flagged();
    let summary =
        [("count", &review.rows.len() as &dyn std::fmt::Display), ("dir", &dir.display()), ("flagged", &flagged)];
    eprintln!("{}", words.with("review-cli-summary", &summary));
    if flagged > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// Reads a scenario folder's zh-CN and en-US files (and `scenario.ron`, for used ids) and builds
/// the review, its findings in `words`' language.
pub fn review_dir(dir: &Path, words: &Words) -> Review {
    let mut review = Review { dir: dir.to_path_buf(), ..Review::default() };
    let mut order: Vec<String> = Vec::new();
    let mut by_locale: Vec<BTreeMap<String, Vec<Text>>> = Vec::new();
    for locale in [Locale::ZhCn, Locale::EnUs] {
        let mut m: BTreeMap<String, Vec<Text>> = BTreeMap::new();
        for (id, t) in read_locale(dir, locale, words, &mut review.file_problems) {
            if !order.contains(&id) {
                order.push(id.clone());
            }
            m.entry(id).or_default().push(t);
        }
        by_locale.push(m);
    }
    let used: Option<BTreeSet<String>> = std::fs::read_to_string(dir.join("scenario.ron"))
        .ok()
        .and_then(|s| parse(&s, &dir.join("scenario.ron")).ok())
        .map(|s| fluent_ids(&s).into_iter().collect());
    for id in used.iter().flatten() {
        if !order.contains(id) {
            order.push(id.clone());
        }
    }
    for id in order {
        let [zh, en] = [0, 1].map(|k| by_locale[k].remove(&id).unwrap_or_default());
        review.rows.push(row(id, zh, en, used.as_ref(), words));
    }
    review
}

/// The entries of `<locale>.ftl`; its problems (missing, syntax errors) go to `problems`.
fn read_locale(dir: &Path, locale: Locale, words: &Words, problems: &mut Vec<String>) -> Vec<(String, Text)> {
    let path = dir.join(format!("{}.ftl", locale.tag()));
    let src = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        let msg = words.with("check-missing-locale", &[("locale", &locale.tag())]);
        problems.push(format!("{}:0:0: {msg}", path.display()));
        String::new()
    });
    let Messages { entries, errors } = messages(&src);
    for (byte, what) in errors {
        let (l, c) = line_col(&src, byte);
        let msg = words.with("review-syntax-error", &[("error", &what)]);
        problems.push(format!("{}:{l}:{c}: {msg}", path.display()));
    }
    entries
}

/// One row: the id's definitions in each locale (file order) and what is wrong with them.
fn row(id: String, zh_all: Vec<Text>, en_all: Vec<Text>, used: Option<&BTreeSet<String>>, words: &Words) -> Row {
    let mut flags = Vec::new();
    for (tag, all) in [("zh-CN", &zh_all), ("en-US", &en_all)] {
        if all.len() > 1 {
            let lines = all.iter().map(|t| t.line.to_string()).collect::<Vec<_>>();
            let lines = lines.join(&words.t("review-line-separator"));
            let args: [(&str, &dyn std::fmt::Display); 3] =
                [("count", &all.len()), ("locale", &tag), ("lines", &lines)];
            flags.push(words.with("review-defined-twice", &args));
        }
    }
    let zh = zh_all.into_iter().next();
    let en = en_all.into_iter().next();
    flags.extend(presence_flag(&zh, &en, words));
    for (tag, t) in [("zh-CN", &zh), ("en-US", &en)] {
        if t.as_ref().is_some_and(|t| t.lines.first().is_some_and(|l| l.starts_with("TODO("))) {
            flags.push(words.with("review-todo-stub", &[("locale", &tag)]));
        }
    }
    let unused = used.is_some_and(|u| !u.contains(&id)) && !id.starts_with('-');
    let notes = if unused { vec![words.t("review-not-used")] } else { Vec::new() };
    Row { id, zh, en, flags, notes }
}

/// The flag for a message one locale lacks, that neither has, or whose placeholders differ.
fn presence_flag(zh: &Option<Text>, en: &Option<Text>, words: &Words) -> Option<String> {
    let only_in = |locale: &str, file: &str| words.with("review-only-in", &[("locale", &locale), ("file", &file)]);
    match (zh, en) {
        (Some(_), None) => Some(only_in("zh-CN", "en-US.ftl")),
        (None, Some(_)) => Some(only_in("en-US", "zh-CN.ftl")),
        (None, None) => Some(words.t("review-in-neither")),
        (Some(z), Some(e)) if z.vars != e.vars => {
            let (zh, en) = (show_vars(&z.vars, words), show_vars(&e.vars, words));
            Some(words.with("review-placeholders-differ", &[("zh", &zh), ("en", &en)]))
        }
        _ => None,
    }
}

fn show_vars(vars: &BTreeSet<String>, words: &Words) -> String {
    if vars.is_empty() {
        words.t("review-no-placeholders")
    } else {
        vars.iter().map(|v| format!("{{ ${v} }}")).collect::<Vec<_>>().join(" ")
    }
}

/// A Fluent file read for review.
#[derive(Debug, Clone, Default)]
pub struct Messages {
    /// Messages and terms (`-id`), in file order, duplicates included.
    pub entries: Vec<(String, Text)>,
    /// Syntax errors: byte offset and what the parser expected.
    pub errors: Vec<(usize, String)>,
}

/// The messages and terms of Fluent source, in file order, and its syntax errors.
pub fn messages(src: &str) -> Messages {
    let (res, errors) = match fluent_syntax::parser::parse(src) {
        Ok(r) => (r, Vec::new()),
        Err((r, errs)) => (r, errs.into_iter().map(|e| (e.pos.start, e.kind.to_string())).collect()),
    };
    let mut out = Vec::new();
    for entry in res.body {
        let (id, value) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value)),
            _ => continue,
        };
        let line = definition_line(src, &id);
        let mut vars = BTreeSet::new();
        let lines = match value {
            Some(p) => {
                pattern_vars(&p, &mut vars);
                pattern_lines(p)
            }
            None => vec![String::new()],
        };
        out.push((id, Text { lines, vars, line }));
    }
    // Duplicates: give each later definition its own line number.
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for (id, t) in out.iter_mut() {
        let n = seen.entry(id.clone()).or_insert(0);
        t.line = nth_definition_line(src, id, *n).unwrap_or(t.line);
        *n += 1;
    }
    Messages { entries: out, errors }
}

fn definition_line(src: &str, id: &str) -> usize {
    nth_definition_line(src, id, 0).unwrap_or(0)
}

fn nth_definition_line(src: &str, id: &str, n: usize) -> Option<usize> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .nth(n)
        .map(|(k, _)| k + 1)
}

/// A Fluent pattern as Fluent source text (what follows `id =`).
pub fn pattern_source(p: ast::Pattern<&str>) -> String {
    let one = ast::Resource {
        body: vec![ast::Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: Some(p),
            attributes: vec![],
            comment: None,
        })],
    };
    let s = fluent_syntax::serializer::serialize(&one);
    s.strip_prefix("x =").map_or(s.clone(), str::to_string)
}

fn pattern_lines(p: ast::Pattern<&str>) -> Vec<String> {
    let value = pattern_source(p);
    let lines: Vec<String> = value.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() { vec![String::new()] } else { lines }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_vars(a, out));
            arguments.named.iter().for_each(|a| inline_vars(&a.value, out));
        }
        ast::InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            arguments.positional.iter().for_each(|a| inline_vars(a, out));
            arguments.named.iter().for_each(|a| inline_vars(&a.value, out));
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Display width of a character: CJK and full-width count 2.
fn char_width(c: char) -> usize {
    let wide = matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
    if wide { 2 } else { 1 }
}

/// Display width of a string.
pub fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Wraps text to `width` display columns: at spaces for words, anywhere between CJK characters.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    // Two columns are kept free for hanging punctuation.
    let width = width.max(6) - 2;
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut cur_w = 0;
    // Tokens: a run of narrow non-space characters (a word), one wide character, or one space.
    let mut tokens: Vec<String> = Vec::new();
    for c in text.chars() {
        let narrow_word = char_width(c) == 1 && !c.is_whitespace();
        match tokens.last_mut() {
            Some(t) if narrow_word && t.chars().last().is_some_and(|l| char_width(l) == 1 && !l.is_whitespace()) => {
                t.push(c)
            }
            _ => tokens.push(c.to_string()),
        }
    }
    for tok in tokens {
        let w = display_width(&tok);
        if tok.chars().all(char::is_whitespace) {
            if cur_w > 0 && cur_w < width {
                cur.push(' ');
                cur_w += 1;
            }
            continue;
        }
        // Closing punctuation hangs at the end of the line rather than starting the next one.
        let hangs = tok.chars().all(|c| "，。、；：？！）」』”’》,.;:?!)".contains(c));
        if cur_w + w > width && cur_w > 0 && !(hangs && cur_w + w <= width + 2) {
            lines.push(cur.trim_end().to_string());
            cur = String::new();
            cur_w = 0;
        }
        if w > width {
            for c in tok.chars() {
                let cw = char_width(c);
                if cur_w + cw > width {
                    lines.push(std::mem::take(&mut cur));
                    cur_w = 0;
                }
                cur.push(c);
                cur_w += cw;
            }
        } else {
            cur.push_str(&tok);
            cur_w += w;
        }
    }
    if !cur.trim().is_empty() || lines.is_empty() {
        lines.push(cur.trim_end().to_string());
    }
    lines
}

fn pad(s: &str, width: usize) -> String {
    let w = display_width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn cell_lines(t: &Option<Text>, width: usize) -> Vec<String> {
    match t {
        Some(t) => t.lines.iter().flat_map(|l| wrap(l, width)).collect(),
        None => vec!["—".into()],
    }
}

/// The review as a plain-text table `width` columns wide.
pub fn text_table(r: &Review, width: usize, words: &Words) -> String {
    let id_header = words.t("review-header-id");
    let id_min = display_width(&id_header);
    let id_w = r.rows.iter().map(|row| display_width(&row.id)).max().unwrap_or(0).clamp(id_min, 28.max(id_min));
    let text_w = (width.saturating_sub(id_w + 4) / 2).max(12);
    let mut out = String::new();
    for p in &r.file_problems {
        let _ = writeln!(out, "{p}");
    }
    let _ = writeln!(out, "{} │ {} │ en-US", pad(&id_header, id_w), pad("zh-CN", text_w));
    let _ = writeln!(out, "{}─┼─{}─┼─{}", "─".repeat(id_w), "─".repeat(text_w), "─".repeat(text_w));
    for row in &r.rows {
        let ids = wrap(&row.id, id_w);
        let zh = cell_lines(&row.zh, text_w);
        let en = cell_lines(&row.en, text_w);
        let n = ids.len().max(zh.len()).max(en.len());
        for k in 0..n {
            let get = |v: &Vec<String>| v.get(k).cloned().unwrap_or_default();
            let line = format!("{} │ {} │ {}", pad(&get(&ids), id_w), pad(&get(&zh), text_w), get(&en));
            let _ = writeln!(out, "{}", line.trim_end());
        }
        for f in &row.flags {
            let _ = writeln!(out, "{} │ ⚠ {f}", " ".repeat(id_w));
        }
        for note in &row.notes {
            let _ = writeln!(out, "{} │ {}", " ".repeat(id_w), words.with("review-note", &[("note", note)]));
        }
    }
    let _ = writeln!(out, "\n{}", total(r, words));
    out
}

/// "N message(s), M flagged".
fn total(r: &Review, words: &Words) -> String {
    words.with("review-total", &[("count", &r.rows.len()), ("flagged", &r.flagged())])
}

/// The review as a Markdown table.
pub fn markdown(r: &Review, words: &Words) -> String {
    let cell = |s: &str| s.replace('\\', "\\\\").replace('|', "\\|");
    let text = |t: &Option<Text>| match t {
        Some(t) => t.lines.iter().map(|l| cell(l)).collect::<Vec<_>>().join("<br>"),
        None => "—".into(),
    };
    let name = r.dir.file_name().map(|f| f.to_string_lossy().to_string()).unwrap_or_default();
    let mut out = format!("# {}\n\n", words.with("review-title", &[("name", &name)]));
    for p in &r.file_problems {
        let _ = writeln!(out, "- ⚠ `{}`", p.replace('`', "'"));
    }
    if !r.file_problems.is_empty() {
        out.push('\n');
    }
    let (id, problems) = (words.t("review-header-id"), words.t("review-header-problems"));
    let _ = writeln!(out, "| {} | zh-CN | en-US | {} |\n|---|---|---|---|", cell(&id), cell(&problems));
    for row in &r.rows {
        let mut problems: Vec<String> = row.flags.iter().map(|f| format!("⚠ {}", cell(f))).collect();
        problems.extend(row.notes.iter().map(|n| cell(&words.with("review-note", &[("note", n)]))));
        let _ = writeln!(out, "| `{}` | {} | {} | {} |", row.id, text(&row.zh), text(&row.en), problems.join("<br>"));
    }
    let _ = writeln!(out, "\n{}", total(r, words));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_variables_everywhere() {
        let Messages { entries: m, errors } =
            messages("a = Hi { $name }, { $n ->\n    [one] one { $thing }\n   *[other] many\n}\nb = plain\n");
        assert!(errors.is_empty());
        assert_eq!(m[0].1.vars.iter().map(String::as_str).collect::<Vec<_>>(), ["n", "name", "thing"]);
        assert!(m[1].1.vars.is_empty());
        assert_eq!(m[1].1.line, 5);
    }

    #[test]
    fn wraps_words_and_cjk() {
        assert_eq!(wrap("hello big world", 11), ["hello big", "world"]);
        assert_eq!(wrap("你好世界再见", 10), ["你好世界", "再见"]);
        assert_eq!(wrap("你好世界。再见", 10), ["你好世界。", "再见"]);
        assert_eq!(display_width("ab你"), 4);
    }
}

//! Loading and checking phrasebooks, with errors that name the file, line and column.

use super::grammar::Grammar;
use super::phrasebook::{Kind, Phrasebook};
use super::{compile, ids};
use crate::text::line_col;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A phrasebook that could not be used, and where the problem is.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// RON syntax or a field of the wrong type.
    #[error("{path}:{line}:{col}: error: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What the parser said.
        message: String,
    },
    /// A rule that parses but cannot be right (unknown id, wrong kind, empty anchor).
    #[error("{path}:{line}:{col}: error: {message}")]
    Rule {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What is wrong and what to do.
        message: String,
    },
    /// The books parse and check but cannot be compiled together (too many words for one
    /// automaton).
    #[error("{path}: error: {message}")]
    Compile {
        /// The phrasebook folder.
        path: PathBuf,
        /// What is wrong and what to do.
        message: String,
    },
}

/// Loads one phrasebook file and checks its rules.
pub fn load_phrasebook(path: &Path) -> Result<Phrasebook, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io { path: path.into(), source })?;
    parse_phrasebook(&text, path)
}

/// Parses phrasebook text; `path` is only used in messages.
pub fn parse_phrasebook(text: &str, path: &Path) -> Result<Phrasebook, LoadError> {
    let book: Phrasebook = ron::from_str(text).map_err(|e| LoadError::Syntax {
        path: path.into(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    })?;
    check(&book, text, path)?;
    Ok(book)
}

/// Loads every `*.ron` in a folder, sorted by name.
pub fn load_dir(dir: &Path) -> Result<Vec<Phrasebook>, LoadError> {
    ron_files(dir)?.iter().map(|p| load_phrasebook(p)).collect()
}

/// Loads the word classes (`<assets>/lexicon/`), the phrasebooks (`<assets>/phrasebook/`) and
/// the overlays, then checks that every `@class` an anchor names exists and that the grammar
/// classes compile; a missing lexicon folder is no error.
pub fn load_all(assets: &Path, overlays: &[&Path]) -> Result<Vec<Phrasebook>, LoadError> {
    load_compiled(assets, overlays).map(|(books, _)| books)
}

/// [`load_all`], with the grammar it compiled while checking (so the engine needs no second).
pub fn load_compiled(assets: &Path, overlays: &[&Path]) -> Result<(Vec<Phrasebook>, Grammar), LoadError> {
    let read = read_books(assets, overlays)?;
    let grammar = read.grammar()?;
    read.check_classes()?;
    Ok((read.books, grammar))
}

/// The phrasebook files, parsed and their rules checked, with their text for messages.
pub struct Read {
    /// The books, lexicon first, then phrasebooks, then overlays.
    pub books: Vec<Phrasebook>,
    files: Vec<(String, PathBuf)>,
}

/// Reads and parses the word classes (`<assets>/lexicon/`), the phrasebooks and the overlays.
pub fn read_books(assets: &Path, overlays: &[&Path]) -> Result<Read, LoadError> {
    let lexicon = assets.join("lexicon");
    let mut paths = if lexicon.is_dir() { ron_files(&lexicon)? } else { Vec::new() };
    paths.extend(ron_files(&assets.join("phrasebook"))?);
    paths.extend(overlays.iter().map(|p| p.to_path_buf()));
    let mut files = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).map_err(|source| LoadError::Io { path: path.clone(), source })?;
        files.push((text, path));
    }
    // Parsed on two threads, split by size; the first error in file order is the one reported.
    let total: usize = files.iter().map(|(t, _)| t.len()).sum();
    let (mut mid, mut seen) = (0, 0);
    while mid < files.len() && seen + files[mid].0.len() <= total / 2 {
        seen += files[mid].0.len();
        mid += 1;
    }
    let parse = |part: &[(String, PathBuf)]| part.iter().map(|(t, p)| parse_phrasebook(t, p)).collect::<Vec<_>>();
    let (first, second) = std::thread::scope(|s| {
        let second = s.spawn(|| parse(&files[mid..]));
        (parse(&files[..mid]), second.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
    });
    let books = first.into_iter().chain(second).collect::<Result<Vec<_>, _>>()?;
    Ok(Read { books, files })
}

impl Read {
    /// The merged grammar, compiled; a bad class is reported in the file that defines it.
    pub fn grammar(&self) -> Result<Grammar, LoadError> {
        let named = compile::referenced_classes(&self.books);
        let e = match Grammar::compile_for(&compile::merged_grammar(&self.books), |n| named.contains(n)) {
            Ok(grammar) => return Ok(grammar),
            Err(e) => e,
        };
        let at = self.books.iter().position(|b| b.grammar.contains_key(&e.class)).unwrap_or(0);
        let (text, path) =
            self.files.get(at).map_or(("", Path::new("assets/lexicon")), |(t, p)| (t.as_str(), p.as_path()));
        let (line, col) = text.find(&format!("\"{}\"", e.class)).map_or((1, 1), |b| line_col(text, b));
        let message = format!("grammar class \"{}\": {}", e.class, e.message.lines().last().unwrap_or_default());
        Err(LoadError::Rule { path: path.into(), line, col, message })
    }

    /// Every `@name` in the books names a known word or grammar class.
    pub fn check_classes(&self) -> Result<(), LoadError> {
        let known = compile::known_classes(&self.books);
        self.books.iter().zip(&self.files).try_for_each(|(book, (text, path))| check_classes(book, text, path, &known))
    }

    /// The grammar's class names, in [`Grammar::names`] order (known before it compiles).
    pub fn grammar_names(&self) -> Vec<String> {
        compile::merged_grammar(&self.books).into_keys().collect()
    }
}

fn ron_files(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Io { path: dir.into(), source })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    Ok(files)
}

/// Every `@name` in an anchor, an `unless` or a word class must name a known class.
fn check_classes(book: &Phrasebook, text: &str, path: &Path, known: &BTreeSet<String>) -> Result<(), LoadError> {
    let anchors = book.rules.iter().flat_map(|r| &r.patterns).flat_map(|p| p.all.iter().chain(&p.unless));
    let words = book.classes.values().flatten().chain(&book.negations).chain(&book.question_cues);
    for alt in anchors.chain(words).flat_map(|a| a.split('|')) {
        let Some(name) = alt.trim().strip_prefix('@') else { continue };
        if known.contains(name) {
            continue;
        }
        let hint = crate::text::closest(name, known.iter().map(String::as_str))
            .map(|s| format!(" (did you mean \"@{s}\"?)"))
            .unwrap_or_default();
        let (line, col) = text.find(&format!("@{name}")).map_or((1, 1), |b| line_col(text, b));
        let message = format!("unknown word class \"@{name}\"{hint}; classes are defined in assets/lexicon/*.ron");
        return Err(LoadError::Rule { path: path.into(), line, col, message });
    }
    Ok(())
}

/// Loads a rewrite translation table (`{ "简体": "繁體" }`); a missing file is an empty table.
pub fn load_rewrites(path: &Path) -> Result<std::collections::HashMap<String, String>, LoadError> {
    let Ok(text) = std::fs::read_to_string(path) else { return Ok(Default::default()) };
    ron::from_str(&text).map_err(|e| LoadError::Syntax {
        path: path.into(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    })
}

fn check(book: &Phrasebook, text: &str, path: &Path) -> Result<(), LoadError> {
    for rule in &book.rules {
        let problem = if !ids::is_known(&rule.id) {
            let hint = ids::suggest(&rule.id).map(|s| format!(" (did you mean \"{s}\"?)")).unwrap_or_default();
            Some(format!("unknown id \"{}\"{hint}; ids are listed in TECHNIQUES.md", rule.id))
        } else if (rule.kind == Kind::Technique) != ids::is_technique(&rule.id) {
            Some(format!("\"{}\" is a {}, not a {:?}", rule.id, kind_name(&rule.id), rule.kind))
        } else if rule.patterns.is_empty() {
            Some(format!("rule \"{}\" has no patterns", rule.id))
        } else if rule
            .patterns
            .iter()
            .any(|p| p.all.is_empty() || p.all.iter().any(|a| a.split('|').all(|x| x.trim().is_empty())))
        {
            Some(format!("rule \"{}\" has an empty anchor: every anchor needs at least one word", rule.id))
        } else {
            None
        };
        if let Some(message) = problem {
            let (line, col) = locate(text, &rule.id);
            return Err(LoadError::Rule { path: path.into(), line, col, message });
        }
    }
    Ok(())
}

fn kind_name(id: &str) -> &'static str {
    if ids::is_technique(id) { "technique" } else { "taboo" }
}

/// Position of the first `"id"` in the text, for messages about a parsed rule.
fn locate(text: &str, id: &str) -> (usize, usize) {
    text.find(&format!("\"{id}\"")).map_or((1, 1), |b| line_col(text, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_names_line_and_column() {
        let err =
            parse_phrasebook("Phrasebook(\n  lang: \"zh\",\n  rules: [Rule(id: ]\n)", Path::new("x.ron")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("x.ron:3:"), "{msg}");
    }

    #[test]
    fn misspelt_id_gets_a_suggestion() {
        let text = "Phrasebook(lang: \"zh\", rules: [\n Rule(id: \"empaty\", kind: Technique, patterns: [Pattern(all: [\"理解\"])])])";
        let msg = parse_phrasebook(text, Path::new("o.ron")).unwrap_err().to_string();
        assert!(msg.contains("o.ron:2:") && msg.contains("did you mean \"empathy\""), "{msg}");
    }

    #[test]
    fn technique_declared_as_taboo_is_refused() {
        let text =
            "Phrasebook(lang: \"zh\", rules: [Rule(id: \"empathy\", kind: Taboo, patterns: [Pattern(all: [\"x\"])])])";
        let msg = parse_phrasebook(text, Path::new("o.ron")).unwrap_err().to_string();
        assert!(msg.contains("is a technique"), "{msg}");
    }

    #[test]
    fn a_broken_grammar_class_is_reported_even_when_no_rule_names_it() {
        let text =
            "Phrasebook(\n  lang: \"zh\",\n  grammar: {\n    \"clock\": [r\"(?:\\d+点\"],\n  },\n  rules: [],\n)";
        let path = Path::new("lexicon/zh.ron");
        let book = parse_phrasebook(text, path).unwrap();
        let read = Read { books: vec![book], files: vec![(text.to_string(), path.to_path_buf())] };
        let msg = read.grammar().unwrap_err().to_string();
        assert!(msg.starts_with("lexicon/zh.ron:4:"), "{msg}");
        assert!(msg.contains("grammar class \"clock\"") && msg.contains("unclosed group"), "{msg}");
    }

    #[test]
    fn books_parse_in_parallel_but_report_the_first_broken_file() {
        let dir = tempfile::tempdir().unwrap();
        let (lex, books) = (dir.path().join("lexicon"), dir.path().join("phrasebook"));
        std::fs::create_dir_all(&lex).unwrap();
        std::fs::create_dir_all(&books).unwrap();
        let good = |n: usize| {
            format!("Phrasebook(lang: \"zh\", classes: {{ \"c{n}\": [\"{}\"] }}, rules: [])", "好".repeat(n))
        };
        std::fs::write(lex.join("zh.ron"), good(10)).unwrap();
        std::fs::write(books.join("a.ron"), "Phrasebook(\n  lang: \"zh\",\n  rules: [Rule(id: ]\n)").unwrap();
        std::fs::write(books.join("b.ron"), good(4000)).unwrap();
        std::fs::write(books.join("c.ron"), "Phrasebook(lang: \"zh\", rules: [oops])").unwrap();
        let msg = read_books(dir.path(), &[]).err().expect("an error").to_string();
        assert!(msg.contains("a.ron:3:"), "the first broken file in order: {msg}");
        std::fs::write(books.join("a.ron"), good(1)).unwrap();
        let msg = read_books(dir.path(), &[]).err().expect("an error").to_string();
        assert!(msg.contains("c.ron:1:"), "a broken file parsed on the other thread: {msg}");
        std::fs::write(books.join("c.ron"), good(2)).unwrap();
        assert_eq!(read_books(dir.path(), &[]).unwrap().books.len(), 4);
    }
}

//! Generated hostile input for every loader and reader a trainer or learner can feed: mutated
//! real scenario files through the loader and checker, mutated phrasebooks and overlays, any
//! Unicode through the engine and the runtime, any bytes through `defuse score`'s line reader,
//! broken settings files and damaged or strange records databases.
//!
//! Properties: nothing panics, every error names the file (and a line within it where the
//! format has lines), and whatever loads is usable. `cargo test` runs a few hundred cases per
//! property; `scripts/fuzz.sh` runs over a million (`PROPTEST_CASES`, release profile) and
//! prints, per property, the cases run and the slowest case.

use defuse::cli::score::{Format, score_stream};
use defuse::i18n::Catalog;
use defuse::locale::Locale;
use defuse::phrasing::load::parse_phrasebook;
use defuse::phrasing::{Engine, ids};
use defuse::records::store::{Store, read_many};
use defuse::scenario::check::check;
use defuse::scenario::library::default_rules;
use defuse::scenario::load::{LoadedScenario, parse};
use defuse::scenario::runtime::{Rules, Run};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::fmt::Debug;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// The harness: a runner per property, with figures for scripts/fuzz.sh.

/// Cases for a property: 256 in `cargo test` (32 for the slowest), and `PROPTEST_CASES`
/// divided by how costly one case is when scripts/fuzz.sh sets it.
fn cases(cost: u32) -> u32 {
    match std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse::<u32>().ok()) {
        Some(n) => (n / cost).max(32),
        None if cost >= 100 => 32,
        None => 256,
    }
}

/// Runs `test` on `cases` generated values; prints the cases run and the slowest one. With
/// `DEFUSE_FUZZ_WATCHDOG=<seconds>` (scripts/fuzz.sh) a case that runs longer aborts the run
/// with the property's name, so a hang is reported instead of waited for.
fn fuzz<S>(name: &str, cost: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug + Clone,
{
    let config = Config { cases: cases(cost), failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let watchdog = Watchdog::start(name);
    let started = Instant::now();
    let run = std::cell::Cell::new(0u64);
    let slowest = std::cell::RefCell::new((Duration::ZERO, String::new()));
    let result = runner.run(&strategy, |value| {
        run.set(run.get() + 1);
        let summary = if watchdog.is_some() { brief(&value) } else { String::new() };
        if let Some(w) = &watchdog {
            w.begin(&summary);
        }
        let t = Instant::now();
        let out = test(value.clone());
        let took = t.elapsed();
        if took > slowest.borrow().0 {
            // Described only when it is the slowest yet (rare), so describing costs little.
            *slowest.borrow_mut() = (took, if summary.is_empty() { brief(&value) } else { summary });
        }
        out
    });
    let (run, slowest) = (run.get(), slowest.into_inner());
    eprintln!(
        "fuzz: {name}: {run} cases in {:.2} s, slowest case {:.2} ms ({})",
        started.elapsed().as_secs_f64(),
        slowest.0.as_secs_f64() * 1000.0,
        slowest.1
    );
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

/// The first characters of a value's `Debug` form and its size.
fn brief(v: &impl Debug) -> String {
    let s = format!("{v:?}");
    let n = s.chars().count();
    if n <= 120 { s } else { format!("{}… ({n} chars)", s.chars().take(120).collect::<String>()) }
}

/// Aborts the process when one case runs longer than `DEFUSE_FUZZ_WATCHDOG` seconds.
struct Watchdog {
    current: Arc<std::sync::Mutex<(Instant, String)>>,
}

impl Watchdog {
    fn start(name: &str) -> Option<Watchdog> {
        let limit: u64 = std::env::var("DEFUSE_FUZZ_WATCHDOG").ok()?.parse().ok()?;
        let current = Arc::new(std::sync::Mutex::new((Instant::now(), String::new())));
        let (seen, name) = (Arc::downgrade(&current), name.to_string());
        std::thread::spawn(move || {
            while let Some(c) = seen.upgrade() {
                let (since, what) = c.lock().map(|g| (g.0, g.1.clone())).unwrap_or((Instant::now(), String::new()));
                if since.elapsed() > Duration::from_secs(limit) {
                    eprintln!("fuzz: {name}: HANG: one case ran over {limit} s: {what}");
                    std::process::abort();
                }
                drop(c);
                std::thread::sleep(Duration::from_millis(200));
            }
        });
        Some(Watchdog { current })
    }

    fn begin(&self, what: &str) {
        if let Ok(mut g) = self.current.lock() {
            *g = (Instant::now(), what.to_string());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Shared data: the real engine, rules and files that the mutations start from.

fn rules() -> &'static Rules {
    static R: OnceLock<Rules> = OnceLock::new();
    R.get_or_init(|| default_rules().expect("the shipped rules load"))
}

fn engine() -> &'static Engine {
    &rules().engine
}

fn catalog() -> &'static Catalog {
    static C: OnceLock<Catalog> = OnceLock::new();
    C.get_or_init(|| Catalog::load_ui(&defuse::paths::locales_dir()).0)
}

/// One shipped scenario's files: `scenario.ron` and its `.ftl` files by locale.
struct ScenarioFiles {
    dir: PathBuf,
    ron: String,
    ftl: Vec<(Locale, String)>,
}

fn scenario_files() -> &'static [ScenarioFiles] {
    static S: OnceLock<Vec<ScenarioFiles>> = OnceLock::new();
    S.get_or_init(|| {
        let mut dirs: Vec<PathBuf> =
            std::fs::read_dir("scenarios").unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
        dirs.sort();
        dirs.into_iter()
            .map(|dir| ScenarioFiles {
                ron: std::fs::read_to_string(dir.join("scenario.ron")).unwrap(),
                ftl: Locale::ALL
                    .into_iter()
                    .filter_map(|l| Some((l, std::fs::read_to_string(dir.join(format!("{}.ftl", l.tag()))).ok()?)))
                    .collect(),
                dir,
            })
            .collect()
    })
}

/// Every shipped phrasebook and word-class file, with its path.
fn phrasebook_files() -> &'static [(PathBuf, String)] {
    static P: OnceLock<Vec<(PathBuf, String)>> = OnceLock::new();
    P.get_or_init(|| {
        ["assets/phrasebook/zh.ron", "assets/phrasebook/en.ron", "assets/lexicon/zh.ron", "assets/lexicon/en.ron"]
            .into_iter()
            .map(|p| (PathBuf::from(p), std::fs::read_to_string(p).unwrap()))
            .collect()
    })
}

/// A company's overlay as a trainer would write it: a taboo of its own, a class and a grammar
/// class, leaning on the shipped word classes.
const OVERLAY: &str = r#"// Our shop's own rules.
Phrasebook(
    lang: "zh",
    classes: { "shop": ["本店", "小店"] },
    grammar: { "order_no": [r"\d{6,}"] },
    rules: [
        Rule(
            id: "blame_customer",
            kind: Taboo,
            severity: Severe,
            points: -20,
            patterns: [Pattern(all: ["@customer", "自己|活该"], gap: 6, unless: ["不是您"])],
            rewrites: ["这个问题我们来解决"],
        ),
        Rule(
            id: "offer_help",
            kind: Technique,
            points: 8,
            patterns: [Pattern(all: ["@shop", "帮您|为您"], gap: 8), Pattern(all: ["@order_no"])],
        ),
    ],
)
"#;

// ---------------------------------------------------------------------------------------------
// Generators.

/// Characters that break naive code: controls, bidi marks, zero widths, combining marks,
/// full-width punctuation, emoji with modifiers, many scripts, the replacement character.
fn nasty_char() -> impl Strategy<Value = char> {
    prop_oneof![
        (0u32..0x20).prop_map(|c| char::from_u32(c).unwrap()),
        prop::sample::select(vec![
            '\u{7f}',
            '\u{85}',
            '\u{a0}',
            '\u{ad}',
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{200e}',
            '\u{200f}',
            '\u{2028}',
            '\u{2029}',
            '\u{202a}',
            '\u{202e}',
            '\u{2066}',
            '\u{2069}',
            '\u{feff}',
            '\u{fffd}',
            '\u{fe0f}',
            '\u{301}',
            '\u{336}',
            '\u{1f600}',
            '\u{1f44d}',
            '\u{1f3fd}',
            '\u{e0001}',
            '\u{10ffff}',
            '，',
            '。',
            '！',
            '？',
            '：',
            '；',
            '“',
            '”',
            '（',
            '）',
            '…',
            '—',
            '「',
            '」',
            'Ａ',
            '１',
            '　',
            'İ',
            'ß',
            'ﬃ',
            'Σ',
            'ς',
            'ǅ',
            'ŉ',
            'ẞ',
            '\u{130}',
            '\u{1e9e}',
            '\u{345}',
            'ΐ',
            '您',
            '你',
            '我',
            '們',
            '們',
            '氣',
            '理',
            '解',
            '對',
            '不',
            '起',
            '\u{20000}',
            '\u{2a6d6}',
            'ا',
            'ب',
            'ש',
            'ह',
            'ि',
            '한',
            '글',
            'ア',
            'ｶ',
            'ﾞ',
            'ไ',
            'ำ',
        ]),
        any::<char>(),
    ]
}

/// Text a learner could paste: pieces of the phrasebooks' own words (so the matcher works hard)
/// mixed with noise, whitespace runs and nasty characters; sometimes huge, sometimes empty.
fn hostile_text() -> BoxedStrategy<String> {
    let literals: Vec<String> = engine().literals().iter().filter(|l| !l.is_empty()).cloned().collect();
    let piece = prop_oneof![
        4 => prop::sample::select(literals.clone()),
        2 => proptest::collection::vec(nasty_char(), 1..8).prop_map(|v| v.into_iter().collect::<String>()),
        1 => prop::sample::select(vec![" ", "  ", "\n", "\r\n", "\t", "\u{3000}", "", ".", "?", "!", ",", "n't", "'s"])
            .prop_map(str::to_string),
        1 => "[a-zA-Z]{1,12}",
        1 => any::<String>(),
    ];
    prop_oneof![
        1 => Just(String::new()),
        2 => any::<String>(),
        10 => proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat()),
    ]
    .boxed()
}

/// Huge replies (up to about 200 KB): one of the phrasebooks' words repeated with a nasty
/// character, the shape that makes a matcher retry the most.
fn huge_text() -> BoxedStrategy<String> {
    let literals: Vec<String> = engine().literals().iter().filter(|l| !l.is_empty()).cloned().collect();
    (prop::sample::select(literals), nasty_char(), 1usize..30_000, 1usize..4)
        .prop_map(|(lit, c, n, every)| {
            let mut s = String::new();
            for i in 0..n {
                if i % every == 0 {
                    s.push_str(&lit);
                }
                s.push(c);
            }
            s
        })
        .boxed()
}

/// One edit to a text file, positioned by indices into the text, its lines, its numbers and
/// its quoted strings (so edits reach the values the checker reads, not only the syntax).
#[derive(Debug, Clone)]
enum Edit {
    Delete(Index, usize),
    Insert(Index, String),
    Duplicate(Index, usize),
    Truncate(Index),
    SwapLines(Index, Index),
    Number(Index, String),
    Quoted(Index, String),
    CopyQuoted(Index, Index),
}

/// Snippets that break RON, Fluent and the checker's assumptions.
fn snippet() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "\"",
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ",",
            ":",
            "//",
            "/*",
            "*/",
            "r#\"",
            "\"#",
            "Some(",
            "None",
            "true",
            "，",
            "：",
            "“",
            "”",
            "（",
            "）",
            "\n",
            "\r",
            "\t",
            "\\",
            "\\u{0}",
            "\\u{ffffffff}",
            "$",
            "{ $",
            "-",
            "=",
            ".",
            "#",
            "*[other]",
            "->",
            "\n  .attr = x",
            "\nid = x\n",
            "\n-term = {",
            "{ -term }",
            "NaN",
            "inf",
            "-inf",
            "1e999",
            "-0",
            "0x7f",
            "99999999999999999999",
            "-9223372036854775808",
        ])
        .prop_map(str::to_string),
        proptest::collection::vec(nasty_char(), 1..6).prop_map(|v| v.into_iter().collect::<String>()),
        "[a-z_]{1,12}",
    ]
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "0",
            "-1",
            "-0.0",
            "0.0001",
            "1e308",
            "1e999",
            "-1e999",
            "NaN",
            "inf",
            "-inf",
            "255",
            "256",
            "65536",
            "4294967296",
            "18446744073709551616",
            "-9223372036854775809",
            "100",
            "101",
            "1.5",
        ])
        .prop_map(str::to_string),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:?}")),
    ]
}

fn quoted() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z_-]{1,16}",
        prop::sample::select(ids::TECHNIQUES.iter().chain(ids::TABOOS).copied().collect::<Vec<_>>())
            .prop_map(str::to_string),
        proptest::collection::vec(nasty_char(), 1..10)
            .prop_map(|v| v.into_iter().filter(|c| *c != '"' && *c != '\\').collect::<String>()),
        (1usize..2000).prop_map(|n| "x".repeat(n)),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<Index>(), 1usize..40).prop_map(|(i, n)| Edit::Delete(i, n)),
        3 => (any::<Index>(), snippet()).prop_map(|(i, s)| Edit::Insert(i, s)),
        1 => (any::<Index>(), 1usize..400).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        1 => any::<Index>().prop_map(Edit::Truncate),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        4 => (any::<Index>(), number()).prop_map(|(i, n)| Edit::Number(i, n)),
        4 => (any::<Index>(), quoted()).prop_map(|(i, q)| Edit::Quoted(i, q)),
        3 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::CopyQuoted(a, b)),
    ]
}

/// The byte at or before `i` that starts a character.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte ranges in a text.
type Spans = Vec<(usize, usize)>;

/// Byte ranges of number literals and of the insides of `"…"` strings.
fn tokens(s: &str) -> (Spans, Spans) {
    let b = s.as_bytes();
    let (mut numbers, mut strings) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                strings.push((start, i.min(b.len())));
                i += 1;
            }
            c if c.is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric() && b[i - 1] != b'_') => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                    i += 1;
                }
                numbers.push((start, i));
            }
            _ => i += 1,
        }
    }
    (numbers, strings)
}

/// Applies the edits in order.
fn mutate(text: &str, edits: &[Edit]) -> String {
    let mut s = text.to_string();
    for e in edits {
        let len = s.len().max(1);
        match e {
            Edit::Delete(i, n) => {
                let a = floor(&s, i.index(len));
                let b = floor(&s, a + n);
                s.replace_range(a..b, "");
            }
            Edit::Insert(i, t) => {
                let a = floor(&s, i.index(len));
                s.insert_str(a, t);
            }
            Edit::Duplicate(i, n) => {
                let a = floor(&s, i.index(len));
                let b = floor(&s, a + n);
                let copy = s[a..b].to_string();
                s.insert_str(b, &copy);
            }
            Edit::Truncate(i) => s.truncate(floor(&s, i.index(len))),
            Edit::SwapLines(a, b) => {
                let mut lines: Vec<&str> = s.split('\n').collect();
                let (x, y) = (a.index(lines.len()), b.index(lines.len()));
                lines.swap(x, y);
                s = lines.join("\n");
            }
            Edit::Number(i, n) => {
                let (numbers, _) = tokens(&s);
                if !numbers.is_empty() {
                    let (a, b) = numbers[i.index(numbers.len())];
                    s.replace_range(a..b, n);
                }
            }
            Edit::Quoted(i, q) => {
                let (_, strings) = tokens(&s);
                if !strings.is_empty() {
                    let (a, b) = strings[i.index(strings.len())];
                    s.replace_range(floor(&s, a)..floor(&s, b), q);
                }
            }
            Edit::CopyQuoted(from, to) => {
                let (_, strings) = tokens(&s);
                if !strings.is_empty() {
                    let (a, b) = strings[from.index(strings.len())];
                    let value = s[floor(&s, a)..floor(&s, b)].to_string();
                    let (c, d) = strings[to.index(strings.len())];
                    s.replace_range(floor(&s, c)..floor(&s, d), &value);
                }
            }
        }
    }
    s
}

fn edits(max: usize) -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec(edit(), 1..max)
}

/// Lines in a text, as an editor counts them (a last line without a newline counts).
fn line_count(s: &str) -> usize {
    s.lines().count().max(1) + usize::from(s.ends_with('\n'))
}

// ---------------------------------------------------------------------------------------------
// Properties.

/// A mutated scenario: which shipped scenario, the edits to its RON, and optionally to one of
/// its Fluent files.
#[derive(Debug, Clone)]
struct MutatedScenario {
    which: Index,
    ron: Vec<Edit>,
    ftl: Option<(Index, Vec<Edit>)>,
}

fn mutated_scenario() -> impl Strategy<Value = MutatedScenario> {
    (any::<Index>(), edits(6), prop::option::weighted(0.3, (any::<Index>(), edits(4))))
        .prop_map(|(which, ron, ftl)| MutatedScenario { which, ron, ftl })
}

/// Loads the mutated scenario the way `load` does, from memory; returns every diagnostic with
/// the text of the file it names.
fn load_and_check(m: &MutatedScenario) -> Result<(), TestCaseError> {
    let files = scenario_files();
    let f = &files[m.which.index(files.len())];
    let ron_path = f.dir.join("scenario.ron");
    let source = mutate(&f.ron, &m.ron);
    let mut texts: Vec<(PathBuf, String)> = vec![(ron_path.clone(), source.clone())];
    let mut ftl = Vec::new();
    for (k, (locale, text)) in f.ftl.iter().enumerate() {
        let text = match &m.ftl {
            Some((i, e)) if i.index(f.ftl.len()) == k => mutate(text, e),
            _ => text.clone(),
        };
        let path = f.dir.join(format!("{}.ftl", locale.tag()));
        texts.push((path.clone(), text.clone()));
        ftl.push((*locale, path, text));
    }
    let diags = match parse(&source, &ron_path) {
        Err(d) => vec![d],
        Ok(scenario) => {
            let mut text = Catalog::new();
            let mut warnings = Vec::new();
            for (locale, path, src) in &ftl {
                warnings.extend(text.add_text(*locale, src, path));
            }
            let ls = LoadedScenario {
                scenario: Arc::new(scenario),
                dir: f.dir.clone(),
                ron_path: ron_path.clone(),
                source: source.clone(),
                text,
                ftl,
                warnings,
            };
            let diags = check(&ls, Some(rules()));
            // A scenario the checker passes must be playable.
            if !diags.iter().any(|d| d.is_error()) {
                let mut run = Run::new(ls.scenario.clone(), rules().clone(), 7, Locale::ZhCn, true)
                    .map_err(|e| TestCaseError::fail(format!("checked clean but not playable: {e}")))?;
                for reply in ["您好，非常理解您的心情", "不知道", "Hello, I understand."] {
                    run.turn(reply, 5.0);
                }
            }
            diags
        }
    };
    for d in &diags {
        let Some((_, text)) = texts.iter().find(|(p, _)| *p == d.path) else {
            return Err(TestCaseError::fail(format!("diagnostic names a file that is not the scenario's: {d}")));
        };
        prop_assert!(d.line <= line_count(text), "line past the end of the file: {d}");
        prop_assert!(!d.message.trim().is_empty(), "empty message: {d}");
        prop_assert!(d.to_string().starts_with(&d.path.display().to_string()), "{d}");
    }
    Ok(())
}

#[test]
fn mutated_scenarios_load_and_check_with_located_errors() {
    fuzz("scenario load + check", 4, mutated_scenario(), |m| load_and_check(&m));
}

#[test]
fn mutated_phrasebooks_load_with_located_errors() {
    let strategy = (any::<Index>(), edits(6));
    fuzz("phrasebook parse", 1, strategy, |(which, e)| {
        let files = phrasebook_files();
        let (path, text) = &files[which.index(files.len())];
        let text = mutate(text, &e);
        if let Err(err) = parse_phrasebook(&text, path) {
            let msg = err.to_string();
            let prefix = format!("{}:", path.display());
            prop_assert!(msg.starts_with(&prefix), "{msg}");
            let line: usize = msg[prefix.len()..].split(':').next().and_then(|l| l.parse().ok()).unwrap_or(0);
            prop_assert!(line >= 1 && line <= line_count(&text), "bad line in {msg}");
        }
        Ok(())
    });
}

#[test]
fn mutated_overlays_load_like_defuse_score_overlay() {
    let assets = tempfile::tempdir().unwrap();
    std::fs::create_dir(assets.path().join("phrasebook")).unwrap();
    let lexicon = assets.path().join("lexicon");
    std::fs::create_dir(&lexicon).unwrap();
    for f in ["zh.ron", "en.ron"] {
        std::fs::copy(Path::new("assets/lexicon").join(f), lexicon.join(f)).unwrap();
    }
    let overlay = assets.path().join("my-rules.ron");
    fuzz("overlay load", 4, (edits(6), hostile_text()), |(e, probe)| {
        let text = mutate(OVERLAY, &e);
        std::fs::write(&overlay, &text).unwrap();
        match Engine::load(assets.path(), &[&overlay]) {
            Err(err) => {
                let msg = err.to_string();
                prop_assert!(
                    msg.starts_with(&overlay.display().to_string()) || msg.starts_with(&lexicon.display().to_string()),
                    "{msg}"
                );
            }
            Ok(engine) => {
                for l in Locale::ALL {
                    engine.analyse(&probe, l);
                }
            }
        }
        Ok(())
    });
}

#[test]
fn any_text_is_analysed_with_spans_inside_the_reply() {
    fuzz("engine analyse", 1, (hostile_text(), locale()), |(text, l)| analysed_within_the_reply(&text, l));
}

#[test]
fn huge_replies_are_analysed_with_spans_inside_the_reply() {
    fuzz("engine analyse huge", 2000, (huge_text(), locale()), |(text, l)| analysed_within_the_reply(&text, l));
}

fn locale() -> impl Strategy<Value = Locale> {
    prop::sample::select(Locale::ALL.to_vec())
}

fn analysed_within_the_reply(text: &str, l: Locale) -> Result<(), TestCaseError> {
    {
        let chars: Vec<char> = text.chars().collect();
        {
            let a = engine().analyse(text, l);
            prop_assert!(a.score <= 100);
            prop_assert_eq!(&a.text, text);
            for h in a.techniques.iter().chain(a.taboos.iter().map(|t| &t.hit)) {
                prop_assert!(h.start < h.end && h.end <= chars.len(), "span {}..{} of {}", h.start, h.end, chars.len());
                prop_assert_eq!(&h.evidence, &chars[h.start..h.end].iter().collect::<String>());
                prop_assert!(ids::is_known(&h.id), "{}", h.id);
            }
            // Every reply with a taboo gets a rewrite, and the rewrite holds no taboo itself.
            prop_assert_eq!(a.rewritten.is_some(), !a.taboos.is_empty());
            if let Some(r) = &a.rewritten {
                prop_assert!(engine().analyse(r, l).taboos.is_empty(), "rewrite not clean: {}", r);
            }
        }
        defuse::cli::score::detect(text);
        Ok(())
    }
}

#[test]
fn any_reply_can_be_played_through_a_whole_run() {
    let strategy = (any::<Index>(), proptest::collection::vec((hostile_text(), -1e9f32..1e9), 1..6));
    fuzz("runtime turns", 4, strategy, |(which, replies)| {
        let files = scenario_files();
        let f = &files[which.index(files.len())];
        let scenario = Arc::new(parse(&f.ron, &f.dir.join("scenario.ron")).unwrap());
        let mut run = Run::new(scenario, rules().clone(), 1, Locale::ZhCn, true).unwrap();
        for (reply, waited) in &replies {
            let t = run.turn(reply, *waited);
            for m in [t.meters.anger, t.meters.trust, t.meters.patience] {
                prop_assert!(m.is_finite() && (0.0..=100.0).contains(&m), "meter {m}");
            }
        }
        run.grade();
        Ok(())
    });
}

/// Input for `defuse score`: lines of hostile text, raw invalid bytes, blank lines, CRLF or LF,
/// with or without a last newline.
fn score_input() -> impl Strategy<Value = Vec<u8>> {
    let line = prop_oneof![
        6 => hostile_text().prop_map(|s| s.replace(['\n', '\r'], " ").into_bytes()),
        1 => proptest::collection::vec(any::<u8>(), 0..64),
        1 => Just(Vec::new()),
        1 => Just(b"   \t ".to_vec()),
    ];
    (proptest::collection::vec((line, any::<bool>()), 0..12), any::<bool>()).prop_map(|(lines, last_newline)| {
        let mut out = Vec::new();
        let n = lines.len();
        for (k, (l, crlf)) in lines.into_iter().enumerate() {
            out.extend(l);
            if k + 1 < n || last_newline {
                out.extend(if crlf { &b"\r\n"[..] } else { b"\n" });
            }
        }
        out
    })
}

#[test]
fn score_reads_any_bytes_line_by_line() {
    let format = prop::sample::select(vec![Format::Jsonl, Format::Csv, Format::Text]);
    fuzz("score line reader", 4, (score_input(), format), |(input, format)| {
        {
            let mut out = Vec::new();
            let s = score_stream(engine(), catalog(), None, format, false, &input[..], &mut out, |_| {})
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let expected =
                input.split(|b| *b == b'\n').count() - usize::from(input.ends_with(b"\n") || input.is_empty());
            prop_assert_eq!(s.lines, expected);
            prop_assert_eq!(s.scored + s.empty + s.invalid.len(), s.lines);
            if matches!(format, Format::Jsonl) {
                let text = String::from_utf8(out).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(text.lines().count(), s.scored);
                for l in text.lines() {
                    let v: serde_json::Value =
                        serde_json::from_str(l).map_err(|e| TestCaseError::fail(e.to_string()))?;
                    prop_assert!(v["score"].as_u64().is_some_and(|n| n <= 100));
                }
            }
        }
        Ok(())
    });
}

#[test]
fn any_settings_file_gives_usable_settings_and_keeps_a_broken_file() {
    let base = "(\n    locale: \"zh-TW\",\n    text_scale: 1.5,\n    relaxed: true,\n    colour_blind: false,\n    choice_mode: true,\n    author: false,\n    profile: \"小林\",\n)\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.ron");
    let strategy = prop_oneof![
        6 => edits(5).prop_map(move |e| mutate(base, &e).into_bytes()),
        1 => proptest::collection::vec(any::<u8>(), 0..200),
    ];
    fuzz("settings file", 2, strategy, |bytes| {
        std::fs::write(&path, &bytes).unwrap();
        let _ = std::fs::remove_file(path.with_extension("ron.broken"));
        let (s, notice) = defuse::settings::read(&path);
        prop_assert!(
            s.text_scale.is_finite() && defuse::settings::TEXT_SCALE.contains(&s.text_scale),
            "{}",
            s.text_scale
        );
        prop_assert!(!s.profile.trim().is_empty() && s.profile.chars().count() <= defuse::settings::MAX_PROFILE_CHARS);
        match notice {
            Some(n) => {
                prop_assert!(n.starts_with(&path.display().to_string()), "{n}");
                prop_assert!(path.with_extension("ron.broken").is_file() && !path.exists());
            }
            None => {
                // What loaded survives a save and a reload unchanged.
                defuse::settings::write(&path, &s).unwrap();
                prop_assert_eq!(defuse::settings::read(&path), (s, None));
            }
        }
        Ok(())
    });
}

/// A small real records database (two runs, one finished), as bytes.
fn real_database() -> &'static [u8] {
    static DB: OnceLock<Vec<u8>> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("records.sqlite");
        {
            let (store, _) = Store::open(&path).unwrap();
            let f = &scenario_files()[0];
            let scenario = Arc::new(parse(&f.ron, Path::new("s.ron")).unwrap());
            for finish in [true, false] {
                let mut run = Run::new(scenario.clone(), rules().clone(), 3, Locale::ZhCn, true).unwrap();
                let id = store.start_run("小林", run.log()).unwrap();
                for reply in ["您好，非常理解您的心情", "这不归我管"] {
                    let t = run.turn(reply, 4.0);
                    store.record_turn(id, &t, 4.0).unwrap();
                }
                if finish {
                    store.end_run(id, "calmed", "Good", 80).unwrap();
                }
            }
            store.override_turn(1, 1, 90, "好").unwrap();
            let _ = store.path();
        }
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;").unwrap();
        drop(conn);
        std::fs::read(&path).unwrap()
    })
}

/// Damage done to a database file.
#[derive(Debug, Clone)]
enum Damage {
    Flip(Index, u8),
    Zero(Index, usize),
    Truncate(Index),
    Garbage(Vec<u8>),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        4 => (any::<Index>(), 1u8..=255).prop_map(|(i, x)| Damage::Flip(i, x)),
        2 => (any::<Index>(), 1usize..4096).prop_map(|(i, n)| Damage::Zero(i, n)),
        1 => any::<Index>().prop_map(Damage::Truncate),
        1 => proptest::collection::vec(any::<u8>(), 0..512).prop_map(Damage::Garbage),
    ]
}

#[test]
fn damaged_records_databases_are_refused_by_name_or_read() {
    let dir = tempfile::tempdir().unwrap();
    let scenarios = defuse::records::load_scenarios(Path::new("scenarios")).0;
    let n = std::cell::Cell::new(0u64);
    fuzz("records damaged file", 100, proptest::collection::vec(damage(), 1..4), |damages| {
        n.set(n.get() + 1);
        let n = n.get();
        let mut bytes = real_database().to_vec();
        for d in &damages {
            match d {
                Damage::Flip(i, x) if !bytes.is_empty() => {
                    let k = i.index(bytes.len());
                    bytes[k] ^= x;
                }
                Damage::Zero(i, len) if !bytes.is_empty() => {
                    let k = i.index(bytes.len());
                    let end = (k + len).min(bytes.len());
                    bytes[k..end].fill(0);
                }
                Damage::Truncate(i) => bytes.truncate(i.index(bytes.len().max(1))),
                Damage::Garbage(g) => bytes = g.clone(),
                _ => {}
            }
        }
        let path = dir.path().join(format!("r{n}.sqlite"));
        std::fs::write(&path, &bytes).unwrap();
        let name = path.display().to_string();
        match read_many(std::slice::from_ref(&path)) {
            Err(e) => prop_assert!(e.to_string().starts_with(&name), "{e}"),
            Ok(sources) => {
                let mut sink = Vec::new();
                defuse::records::export::write_csv(&mut sink, &sources, false).unwrap();
                defuse::records::export::write_jsonl(&mut sink, &sources).unwrap();
                defuse::records::export::write_xapi_runs(&mut sink, &sources, &scenarios).unwrap();
            }
        }
        // The game's open: a damaged file is set aside and a fresh one started, or refused by name.
        match Store::open(&path) {
            Ok((store, _)) => {
                if let Err(e) = store.runs() {
                    return Err(TestCaseError::fail(format!("opened for the game but its runs cannot be read: {e}")));
                }
            }
            Err(e) => prop_assert!(e.to_string().starts_with(&name), "{e}"),
        }
        for f in std::fs::read_dir(dir.path()).unwrap() {
            let _ = std::fs::remove_file(f.unwrap().path());
        }
        Ok(())
    });
}

/// A value SQLite will store in any column, whatever the column's declared type.
fn sql_value() -> impl Strategy<Value = rusqlite::types::Value> {
    use rusqlite::types::Value;
    prop_oneof![
        1 => Just(Value::Null),
        2 => any::<i64>().prop_map(Value::Integer),
        1 => prop::sample::select(vec![0i64, -1, 1, 100, 101, 255, 256, i64::MIN, i64::MAX]).prop_map(Value::Integer),
        1 => any::<f64>().prop_map(Value::Real),
        3 => hostile_text().prop_map(Value::Text),
        1 => prop::sample::select(vec!["", ",", ",,", "empathy,", "empathy,apology", "zh-CN", "xx", "Good", "2026-13-45 99:99:99"])
            .prop_map(|s| Value::Text(s.into())),
        1 => proptest::collection::vec(any::<u8>(), 0..32).prop_map(Value::Blob),
    ]
}

#[test]
fn records_with_strange_values_are_read_reported_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let scenarios = defuse::records::load_scenarios(Path::new("scenarios")).0;
    let n = std::cell::Cell::new(0u64);
    let runs = proptest::collection::vec(proptest::collection::vec(sql_value(), 11), 0..4);
    let turns = proptest::collection::vec(proptest::collection::vec(sql_value(), 11), 0..6);
    let overrides = proptest::collection::vec(proptest::collection::vec(sql_value(), 4), 0..3);
    fuzz("records strange values", 100, (runs, turns, overrides), |(runs, turns, overrides)| {
        n.set(n.get() + 1);
        let n = n.get();
        let path = dir.path().join(format!("v{n}.sqlite"));
        drop(Store::open(&path).unwrap());
        let conn = rusqlite::Connection::open(&path).unwrap();
        // SQLite's NOT NULL and primary keys refuse some rows: those are simply not there.
        for r in &runs {
            let _ = conn.execute(
                "INSERT INTO runs (id, profile, scenario, seed, locale, timed, started, ended, ending, ending_kind, score) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
                rusqlite::params_from_iter(r),
            );
        }
        for t in &turns {
            let _ = conn.execute(
                "INSERT INTO turns (run_id, turn, reply, waited, beat, phrasing, total, techniques, taboos, fit, calls_for) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
                rusqlite::params_from_iter(t),
            );
        }
        for o in &overrides {
            let _ = conn.execute(
                "INSERT INTO overrides (run_id, turn, score, reason) VALUES (?1,?2,?3,?4)",
                rusqlite::params_from_iter(o),
            );
        }
        drop(conn);
        let name = path.display().to_string();
        match read_many(std::slice::from_ref(&path)) {
            Err(e) => prop_assert!(e.to_string().starts_with(&name), "{e}"),
            Ok(sources) => {
                let mut sink = Vec::new();
                defuse::records::export::write_csv(&mut sink, &sources, true).unwrap();
                defuse::records::export::write_jsonl(&mut sink, &sources).unwrap();
                defuse::records::export::write_xapi_runs(&mut sink, &sources, &scenarios).unwrap();
            }
        }
        let _ = std::fs::remove_file(&path);
        Ok(())
    });
}

// ---------------------------------------------------------------------------------------------
// Regressions: the inputs the generators found, kept as plain tests.

#[test]
fn a_database_with_a_damaged_column_name_is_set_aside_by_the_game_and_refused_by_reports() {
    // One flipped byte in the schema text renamed `turns.techniques`: SQLite's integrity check
    // passed, the game opened the file, and every later read failed.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.sqlite");
    let mut bytes = real_database().to_vec();
    let at = bytes.windows(10).position(|w| w == b"techniques").unwrap();
    bytes[at] = b'x';
    std::fs::write(&path, &bytes).unwrap();
    let Err(err) = read_many(std::slice::from_ref(&path)) else { panic!("a damaged schema was read") };
    assert!(
        err.to_string().starts_with(&path.display().to_string()) && err.to_string().contains("not those of a Defuse"),
        "{err}"
    );
    let (store, notice) = Store::open(&path).unwrap();
    assert!(notice.is_some_and(|n| n.contains("kept as")));
    assert!(store.runs().unwrap().is_empty());
}

#[test]
fn a_damaged_byte_in_a_reply_does_not_hide_the_records() {
    // Invalid UTF-8 in one stored reply made every run unreadable.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.sqlite");
    let mut bytes = real_database().to_vec();
    let reply = "这不归我管".as_bytes();
    let at = bytes.windows(reply.len()).position(|w| w == reply).unwrap();
    bytes[at] = 0xFF;
    std::fs::write(&path, &bytes).unwrap();
    let sources = read_many(std::slice::from_ref(&path)).unwrap();
    let replies: Vec<&str> = sources[0].runs.iter().flat_map(|r| &r.turns).map(|t| t.reply.as_str()).collect();
    assert!(replies.iter().any(|r| r.contains('\u{fffd}')), "{replies:?}");
    assert_eq!(replies.len(), 4);
}

/// The xAPI export (statements counted, and the JSON) of a records database holding one run
/// with these SQL values for `profile, scenario, started`.
fn xapi_of_one_run(profile: &str, scenario: &str, started: &str) -> (usize, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("records.sqlite");
    drop(Store::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "INSERT INTO runs (id, profile, scenario, seed, locale, timed, started, ending, ending_kind, score)
         VALUES (1, ?1, ?2, 1, 'zh-CN', 1, ?3, 'resolved', 'Good', 80)",
        rusqlite::params![profile, scenario, started],
    )
    .unwrap();
    drop(conn);
    let sources = read_many(std::slice::from_ref(&path)).unwrap();
    let mut out = Vec::new();
    let n = defuse::records::export::write_xapi_runs(&mut out, &sources, &[]).unwrap();
    (n, String::from_utf8(out).unwrap())
}

#[test]
fn runs_with_an_empty_start_time_or_an_odd_scenario_id_export_as_valid_xapi() {
    assert_eq!(xapi_of_one_run("小林", "退货 / return", "").0, 3);
}

/// Found by the generated-records property: a run whose profile is the empty string (SQLite's
/// NOT NULL allows it) made an actor without an account name.
#[test]
fn a_run_with_an_empty_profile_exports_as_valid_xapi() {
    let (n, json) = xapi_of_one_run("", "late_parcel", "2026-12-01 10:00:00");
    assert_eq!(n, 3);
    assert!(json.contains("(unnamed)"));
}

#[test]
fn any_text_with_choice_words_gives_a_choice_or_none_without_panicking() {
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "还是", "或者", " or ", "?", "？", "，", ",", ":", "。", " for ", " when ", "您", "也", "方便", "吗", "İ", "日",
            "Would you like ", "the ", " on",
        ])
        .prop_map(str::to_string),
        2 => proptest::collection::vec(nasty_char(), 1..6).prop_map(|v| v.into_iter().collect::<String>()),
        1 => any::<String>(),
    ];
    fuzz("choices", 1, proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat()), |text| {
        if let Some(c) = defuse::scenario::choice::asked(&text) {
            prop_assert!(!c.option.trim().is_empty() && c.start <= c.end && c.end <= text.chars().count(), "{c:?}");
        }
        Ok(())
    });
}

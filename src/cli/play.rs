//! `defuse play`: play a scenario headless from a script, one reply per line.

use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::scenario::LoadedScenario;
use crate::scenario::library::{Library, default_rules};
use crate::scenario::runtime::{Next, Run, TurnResult};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Output formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per turn, then one for the ending.
    Jsonl,
    /// A readable transcript.
    Text,
    /// What the trainee sees in the chat: the customer's lines and reactions, the meters and the
    /// ending, without the engine's findings (for blind playtests).
    Chat,
}

/// Arguments of `defuse play`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Scenario id (a folder under scenarios/).
    #[arg(long)]
    pub scenario: String,
    /// Replies, one per line (`-` reads standard input).
    #[arg(long)]
    pub script: PathBuf,
    /// Seed for the customer's line variants.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Locale of the replies and the customer's lines.
    #[arg(long, default_value = "zh-CN")]
    pub locale: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Seconds the customer waits before each reply (drains patience in timed scenarios).
    #[arg(long, default_value_t = 0.0)]
    pub wait: f32,
    /// Scenario folder (default: scenarios/).
    #[arg(long)]
    pub scenarios: Option<PathBuf>,
}

/// Plays the script; errors in `lang` (see `--lang`), the transcript as it is.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words(lang) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let locale: Locale = match args.locale.parse() {
        Ok(l) => l,
        Err(e) => return super::fail(e),
    };
    let rules = match default_rules() {
        Ok(r) => r,
        Err(e) => return super::fail(e),
    };
    let dir = args.scenarios.clone().unwrap_or_else(crate::paths::scenarios_dir);
    let lib = Library::load(&dir, Some(&rules));
    let Some(ls) = lib.get(&args.scenario) else {
        let ids: Vec<&str> = lib.scenarios.iter().map(|s| s.scenario.id.as_str()).collect();
        let hint = crate::text::closest(&args.scenario, ids.iter().copied())
            .map(|c| words.with("check-did-you-mean", &[("id", &c)]))
            .unwrap_or_default();
        let known = ids.join(", ");
        let args = [
            ("id", &args.scenario as &dyn std::fmt::Display),
            ("dir", &dir.display()),
            ("hint", &hint),
            ("known", &known),
        ];
        return super::fail(words.with("play-no-scenario", &args));
    };
    let replies = match read_script(&args.script, &words) {
        Ok(r) => r,
        Err(e) => return super::fail(e),
    };
    let mut run = match Run::new(ls.scenario.clone(), rules, args.seed, locale, args.wait > 0.0) {
        Ok(r) => r,
        Err(e) => return super::fail(e),
    };
    let out = std::io::stdout();
    let mut w = out.lock();
    let opening = ls.text.get(locale, &run.line().line);
    let who = speaker(locale);
    emit_opening(&mut w, args.format, &run, &opening, &who);
    for reply in &replies {
        if run.is_over() {
            eprintln!("defuse: {}", words.t("play-run-ended"));
            break;
        }
        let t = run.turn(reply, args.wait);
        emit_turn(&mut w, args.format, ls, (&run.rules().reactions, locale, &who), &t);
    }
    emit_end(&mut w, args.format, ls, locale, &run);
    ExitCode::SUCCESS
}

fn read_script(path: &PathBuf, words: &super::words::Words) -> Result<Vec<String>, String> {
    let lines: Vec<String> = if path.as_os_str() == "-" {
        std::io::stdin().lock().lines().map_while(Result::ok).collect()
    } else {
        let bytes = std::fs::read(path)
            .map_err(|e| words.with("play-cannot-read-script", &[("path", &path.display()), ("error", &e)]))?;
        String::from_utf8_lossy(&bytes).lines().map(str::to_string).collect()
    };
    Ok(lines.into_iter().filter(|l| !l.trim().is_empty()).collect())
}

/// The customer's label in the scenario's language ("客户", "客戶", "Customer"), from the UI
/// catalog; "Customer" when the catalog cannot be read.
fn speaker(locale: Locale) -> String {
    let (ui, _) = Catalog::load_ui(&crate::paths::locales_dir());
    ui.try_get(locale, "who-customer", &[]).unwrap_or_else(|| "Customer".to_string())
}

fn emit_opening(w: &mut impl Write, f: Format, run: &Run, text: &str, who: &str) {
    let _ = match f {
        Format::Jsonl => writeln!(
            w,
            "{}",
            serde_json::json!({"event": "start", "beat": run.beat(), "customer": text, "meters": run.meters()})
        ),
        Format::Text => writeln!(w, "[{}] {who}: {text}", run.beat()),
        Format::Chat => writeln!(w, "{who}: {text}"),
    };
}

/// One turn; `to` is the shared reactions, the scenario's locale and the customer's label.
fn emit_turn(w: &mut impl Write, f: Format, ls: &LoadedScenario, to: (&Catalog, Locale, &str), t: &TurnResult) {
    let (shared, locale, who) = to;
    let reaction = t.reaction.as_ref().map(|r| crate::scenario::reaction::text(r, &ls.text, shared, locale));
    let (customer, beat) = match &t.next {
        Next::Line(l) => (Some(ls.text.get(locale, &l.line)), l.beat.as_str()),
        Next::Ended(_) => (None, t.beat.as_str()),
    };
    let _ = match f {
        Format::Jsonl => writeln!(
            w,
            "{}",
            serde_json::json!({
                "event": "turn", "turn": t.turn, "beat": t.beat, "reply": t.analysis.text,
                "score": t.score, "techniques": t.analysis.technique_ids(), "taboos": t.analysis.taboo_ids(),
                "changes": t.changes, "meters": t.meters, "branch": t.branch, "passed": t.passed,
                "reaction": reaction, "customer": customer,
            })
        ),
        Format::Text => {
            let m = t.meters;
            let _ = writeln!(w, "  > {}", t.analysis.text);
            let _ = writeln!(
                w,
                "    score {} (phrasing {}, fit {}) techniques {:?} taboos {:?}",
                t.score.total,
                t.score.phrasing,
                t.score.fit,
                t.analysis.technique_ids(),
                t.analysis.taboo_ids()
            );
            let passed = if t.passed.is_empty() { String::new() } else { format!(" (passed {})", t.passed.join(", ")) };
            let _ = writeln!(
                w,
                "    anger {:.0} trust {:.0} patience {:.0} -> {}{passed}",
                m.anger,
                m.trust,
                m.patience,
                t.branch.as_deref().unwrap_or("(stays)")
            );
            emit_customer(w, beat, who, reaction.as_deref(), customer.as_deref())
        }
        Format::Chat => {
            let m = t.meters;
            let _ = writeln!(w, "  > {}", t.analysis.text);
            let _ = writeln!(w, "    anger {:.0} trust {:.0} patience {:.0}", m.anger, m.trust, m.patience);
            emit_customer(w, "", who, reaction.as_deref(), customer.as_deref())
        }
    };
}

/// The customer's reaction and next line, tagged with the beat (none in the chat view).
fn emit_customer(
    w: &mut impl Write,
    beat: &str,
    who: &str,
    reaction: Option<&str>,
    customer: Option<&str>,
) -> std::io::Result<()> {
    let tag = if beat.is_empty() { String::new() } else { format!("[{beat}] ") };
    if let Some(r) = reaction {
        writeln!(w, "{tag}{who} (reacts): {r}")?;
    }
    match customer {
        Some(c) => writeln!(w, "{tag}{who}: {c}"),
        None => Ok(()),
    }
}

fn emit_end(w: &mut impl Write, f: Format, ls: &LoadedScenario, locale: Locale, run: &Run) {
    let g = run.grade();
    let (ending, debrief) = match run.outcome() {
        Some(o) => (Some(o.ending.clone()), Some(ls.text.get(locale, &o.debrief))),
        None => (None, None),
    };
    let generated = crate::scenario::debrief::of_run(run);
    let _ = match f {
        Format::Jsonl => writeln!(
            w,
            "{}",
            serde_json::json!({"event": "end", "ending": ending, "grade": g, "debrief": debrief, "went_well": generated.went_well, "to_change": generated.to_change})
        ),
        Format::Chat => writeln!(w, "== {}", ending.as_deref().unwrap_or("(not finished)")),
        Format::Text => {
            let (ui, _) = crate::i18n::Catalog::load_ui(&crate::paths::locales_dir());
            let lines = crate::scenario::debrief::render_lines(&generated, &ui, locale);
            writeln!(
                w,
                "== {} — grade {} ({})\n{}\n{}",
                ending.as_deref().unwrap_or("(not finished)"),
                g.letter,
                g.score,
                debrief.unwrap_or_default(),
                lines.join("\n")
            )
        }
    };
}

//! `defuse train`: fits the learned layer on labelled replies (the dev set's tuning part) and
//! writes its weights as data. Same data, same weights.

use super::words::Words;
use crate::locale::Locale;
use crate::phrasing::Engine;
use crate::phrasing::ids::TECHNIQUES;
use crate::phrasing::train::{Choose, Example, train};
use clap::Args as ClapArgs;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `defuse train`.
#[derive(Debug, ClapArgs)]
pub struct Args {
    /// Labelled replies: TSV with a header holding `text` and `ids` columns (ids comma-separated).
    #[arg(long, required = true)]
    pub data: Vec<PathBuf>,
    /// A part the levels are chosen on instead of held-back folds (repeat for several): replies
    /// the rules had not been tuned on, with a `rules` column holding the ids the rules of that
    /// time found (without it, today's rules are run). Each part is also trained on.
    #[arg(long)]
    pub choose_on: Vec<PathBuf>,
    /// Where to write the model (JSON).
    #[arg(long, default_value = "assets/model/learned.json")]
    pub out: PathBuf,
}

/// Runs `defuse train`, speaking `lang` (see `--lang`).
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words(lang) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let engine = match Engine::load_default() {
        Ok(e) => e.rules_only(),
        Err(e) => return super::fail(e),
    };
    // The model reads only words: the tuning replies need the rules' hits only when the levels
    // are chosen on them.
    let rules = args.choose_on.is_empty().then_some(&engine);
    let mut parts = Vec::new();
    for path in &args.choose_on {
        match read(path, Some(&engine), &words) {
            Ok(p) => parts.push(p),
            Err(e) => return super::fail(e),
        }
    }
    let mut examples = Vec::new();
    for path in &args.data {
        match read(path, rules, &words) {
            Ok(mut ex) => examples.append(&mut ex),
            Err(e) => return super::fail(e),
        }
    }
    // Techniques only: a taboo is an accusation the trainee must be able to check word by word,
    // so taboos stay with the rules (and their rewrites stay checkable).
    // commit_timeline too stays with the rules: whether a time is a promise, a process fact or
    // the past (上次说好…) is grammar that n-grams do not see; and warm_handoff, which needs who
    // takes the case *and* how the customer is reached (a model hearing "跟他" alone is not it);
    // and when_question, which answers an insult: the customer's line decides it, and a model of
    // the reply alone heard every "什么时候" as one.
    let rules_only = ["commit_timeline", "warm_handoff", "when_question"];
    let ids: Vec<&str> = TECHNIQUES.iter().copied().filter(|id| !rules_only.contains(id)).collect();
    let names = |paths: &[PathBuf]| paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>();
    let mut note = format!("defuse train --data {} ({} replies)", names(&args.data).join(" --data "), examples.len());
    let choose = if parts.is_empty() {
        Choose::OutOfFold
    } else {
        let n: usize = parts.iter().map(Vec::len).sum();
        note += &format!(
            ", levels chosen across --choose-on {} ({n} replies)",
            names(&args.choose_on).join(" --choose-on ")
        );
        Choose::Across(&parts)
    };
    let model = train(&examples, choose, &ids, engine.negation_cues(), &note);
    let used = model.ids.iter().filter(|m| m.threshold <= 1.0 || m.veto > 0.0).count();
    let summary =
        [("ids", &model.ids.len() as &dyn std::fmt::Display), ("used", &used), ("features", &model.features.len())];
    eprintln!("{}", words.with("train-summary", &summary));
    match serde_json::to_string(&model) {
        Ok(text) => super::write_out(Some(&args.out), &text, &words),
        Err(e) => super::fail(e),
    }
}

/// Reads one labelled TSV file; each reply's rule hits come from its `rules` column if the
/// file has one, else from running `engine`'s rules (none without an engine).
fn read(path: &std::path::Path, engine: Option<&Engine>, words: &Words) -> Result<Vec<Example>, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| words.with("cli-cannot-read", &[("path", &path.display()), ("error", &e)]))?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .ok_or_else(|| words.with("train-no-column", &[("path", &path.display()), ("column", &name)]))
    };
    let (t, i) = (col("text")?, col("ids")?);
    let given = header.iter().position(|h| *h == "rules");
    let list = |s: &str| s.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
    let mut out = Vec::new();
    for (n, line) in lines.enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        let Some(reply) = f.get(t) else {
            return Err(words.with("train-missing-text", &[("path", &path.display()), ("line", &(n + 2))]));
        };
        let rule_ids = match (given, engine) {
            (Some(r), _) => list(f.get(r).unwrap_or(&"")),
            (None, Some(engine)) => {
                let a = engine.analyse(reply, Locale::ZhCn);
                a.techniques.iter().map(|h| h.id.clone()).chain(a.taboos.iter().map(|h| h.hit.id.clone())).collect()
            }
            (None, None) => Default::default(),
        };
        out.push(Example { text: reply.to_string(), ids: list(f.get(i).unwrap_or(&"")), rule_ids });
    }
    Ok(out)
}

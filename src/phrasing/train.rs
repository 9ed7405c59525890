//! Training the learned layer: per id, a logistic regression over the reply's n-grams fitted
//! by stochastic gradient descent (seeded, so the same data gives the same weights), and the
//! levels at which it adds an id or withdraws a rule's hit, chosen where they help.
//!
//! The model reads only the words, never the rules' hits: on the tuning part the rules are
//! nearly always right (they were tuned there), so a model leaning on them learns little that
//! holds for a new trainee. Its levels are best chosen on parts the rules were *not* tuned on
//! ([`Choose::Across`]), each part predicted by a model that did not see it.

use super::learned::{IdModel, ModelFile, gram_names};
use super::negscope::Scope;
use super::normalise::Normalised;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use std::collections::{BTreeMap, BTreeSet};

/// One labelled reply.
pub struct Example {
    /// The reply.
    pub text: String,
    /// The ids a labeller gave it.
    pub ids: BTreeSet<String>,
    /// The ids the rules found (used only to choose the levels).
    pub rule_ids: BTreeSet<String>,
}

/// Ids with fewer positives than this are left to the rules.
const MIN_POSITIVES: usize = 8;
const FOLDS: usize = 5;
/// Training settings (epochs, L2, learning rate), chosen by F1 across the held-back parts;
/// `DEFUSE_TRAIN_EPOCHS` / `_L2` / `_LR` override them for experiments.
fn knob(name: &str, default: f32) -> f32 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
/// Model additions must be right at least this often where the levels are chosen: techniques,
/// and taboos if a caller trains them (a false accusation costs the trainee more than a miss).
/// Measured across parts the rules had not seen, each predicted by a model fitted without it
/// (`scripts/train_model.py --cv`): with three parts, 0.5 and 0.6 kept precision where the rules
/// alone have it (0.870) and raised recall 0.770 → 0.809, where 0.7 and 0.7 gave 0.881 / 0.778;
/// with four (2,654 replies), precision 0.869 → 0.865 and recall 0.774 → 0.817.
const MIN_ADDED_PRECISION: f64 = 0.5;
const MIN_ADDED_PRECISION_TABOO: f64 = 0.85;
/// A veto must withdraw wrong hits at least this often where it is chosen.
const MIN_WITHDRAWN_WRONG: f64 = 0.6;
/// Smaller weights are dropped (`DEFUSE_TRAIN_CUT` overrides): at 0.1 the model file is 3.9 MB
/// instead of 5.5 MB at 0.02, for F1 0.8405 instead of 0.8412 in the four-part measure.
const MIN_WEIGHT: f32 = 0.1;
/// Lowest threshold a taboo may use.
const MIN_TABOO_THRESHOLD: f32 = 0.8;

/// Where each id's levels are chosen.
pub enum Choose<'a> {
    /// On out-of-fold predictions over the training replies, against today's rules.
    OutOfFold,
    /// On parts the rules had not been tuned on, each with the hits of the rules of its time:
    /// each part is predicted by a model fitted on everything else, so what the model adds there
    /// is what it adds for a new trainee. The parts are trained on too, in the final fit.
    Across(&'a [Vec<Example>]),
}

/// Trains one model per id that has enough positives.
/// `negations` are the phrasebooks' negation cues and not-negation phrases
/// ([`crate::phrasing::Engine::negation_cues`]), stored with the model.
pub fn train(
    examples: &[Example],
    choose: Choose,
    ids: &[&str],
    negations: (Vec<String>, Vec<String>),
    note: &str,
) -> ModelFile {
    let parts: &[Vec<Example>] = match &choose {
        Choose::Across(p) => p,
        Choose::OutOfFold => &[],
    };
    let all: Vec<&Example> = examples.iter().chain(parts.iter().flatten()).collect();
    let scope = Scope::new(&negations.0, &negations.1);
    let (features, rows) = featurise(&all, &scope);
    // Per part, its rows in `rows`.
    let mut spans = Vec::new();
    let mut from = examples.len();
    for p in parts {
        spans.push(from..from + p.len());
        from += p.len();
    }
    let (negations, not_negations) = negations;
    let mut out = ModelFile { trained_on: note.to_string(), features, negations, not_negations, ids: Vec::new() };
    let dims = out.features.len();
    for id in ids {
        let y: Vec<bool> = all.iter().map(|e| e.ids.contains(*id)).collect();
        if y.iter().filter(|&&v| v).count() < MIN_POSITIVES {
            continue;
        }
        if std::env::var_os("DEFUSE_TRAIN_VERBOSE").is_some() {
            eprintln!("{id}:");
        }
        let (p, y_at, rule) = if spans.is_empty() {
            (out_of_fold(&rows, &y, dims), y.clone(), rule_hits(&all, id))
        } else {
            across(&rows, &y, dims, &spans, &all, id)
        };
        let taboo = crate::phrasing::ids::TABOOS.contains(id);
        let threshold = choose_threshold(&p, &y_at, &rule, taboo);
        let veto = if taboo { 0.0 } else { choose_veto(&p, &y_at, &rule, threshold) };
        if threshold > 1.0 && veto == 0.0 {
            continue;
        }
        let (w, bias) = fit(&rows, &y, dims, &(0..rows.len()).collect::<Vec<_>>());
        let weights = w.iter().enumerate().filter(|(_, v)| **v != 0.0).map(|(i, v)| (i as u32, *v)).collect();
        out.ids.push(IdModel { id: id.to_string(), bias, threshold, veto, weights });
    }
    prune(out)
}

/// One reply's prediction: the probability, and what its words alone say (the bias left out:
/// 0.5 when none of them is known). A veto looks at the words alone, so a rule's hit is
/// withdrawn only on evidence against it, never because the model knows none of the words.
#[derive(Clone, Copy, Default)]
struct Pred {
    p: f32,
    words: f32,
}

/// Each held-back part's predictions from a model fitted on every other row, with the
/// part's labels and rule hits, pooled.
fn across(
    rows: &[Vec<u32>],
    y: &[bool],
    dims: usize,
    spans: &[std::ops::Range<usize>],
    all: &[&Example],
    id: &str,
) -> (Vec<Pred>, Vec<bool>, Vec<bool>) {
    let (mut p, mut y_at, mut rule) = (Vec::new(), Vec::new(), Vec::new());
    for span in spans {
        let train: Vec<usize> = (0..rows.len()).filter(|i| !span.contains(i)).collect();
        let (w, b) = fit(rows, y, dims, &train);
        for i in span.clone() {
            p.push(predict(&w, b, &rows[i]));
            y_at.push(y[i]);
            rule.push(all[i].rule_ids.contains(id));
        }
    }
    (p, y_at, rule)
}

/// Per reply: whether the rules found `id`.
fn rule_hits(examples: &[&Example], id: &str) -> Vec<bool> {
    examples.iter().map(|e| e.rule_ids.contains(id)).collect()
}

/// The model's prediction for one reply's feature row.
fn predict(w: &[f32], bias: f32, row: &[u32]) -> Pred {
    let s: f32 = row.iter().map(|&f| w[f as usize]).sum::<f32>();
    let sigmoid = |x: f32| 1.0 / (1.0 + (-x).exp());
    Pred { p: sigmoid(bias + s), words: sigmoid(s) }
}

/// Keeps only the features some id weighs, renumbering the weights.
fn prune(mut m: ModelFile) -> ModelFile {
    let used: BTreeSet<u32> = m.ids.iter().flat_map(|i| i.weights.iter().map(|w| w.0)).collect();
    let renumber: BTreeMap<u32, u32> = used.iter().enumerate().map(|(new, old)| (*old, new as u32)).collect();
    m.features = used.iter().map(|&i| m.features[i as usize].clone()).collect();
    for idm in &mut m.ids {
        for w in &mut idm.weights {
            w.0 = renumber[&w.0];
        }
    }
    m
}

/// Feature names seen in at least two replies, and each reply as sorted feature indices.
fn featurise(examples: &[&Example], scope: &Scope) -> (Vec<String>, Vec<Vec<u32>>) {
    let names: Vec<BTreeSet<String>> =
        examples.iter().map(|e| gram_names(&Normalised::new(&e.text), scope).into_iter().collect()).collect();
    let mut df: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &names {
        for n in s {
            *df.entry(n.as_str()).or_default() += 1;
        }
    }
    let vocab: Vec<String> = df.iter().filter(|(_, c)| **c >= 2).map(|(n, _)| n.to_string()).collect();
    let index: BTreeMap<&str, u32> = vocab.iter().enumerate().map(|(i, n)| (n.as_str(), i as u32)).collect();
    let rows = names.iter().map(|s| s.iter().filter_map(|n| index.get(n.as_str()).copied()).collect()).collect();
    (vocab, rows)
}

/// Logistic regression on the rows in `train`; positives weighted up to balance rare ids.
fn fit(rows: &[Vec<u32>], y: &[bool], dims: usize, train: &[usize]) -> (Vec<f32>, f32) {
    let (mut w, mut b) = (vec![0f32; dims], 0f32);
    let pos = train.iter().filter(|&&i| y[i]).count().max(1) as f32;
    let pos_weight = ((train.len() as f32 - pos) / pos).clamp(1.0, 4.0);
    let mut order = train.to_vec();
    let mut rng = StdRng::seed_from_u64(7);
    let (epochs, l2, lr0) =
        (knob("DEFUSE_TRAIN_EPOCHS", 10.0) as usize, knob("DEFUSE_TRAIN_L2", 1e-2), knob("DEFUSE_TRAIN_LR", 0.2));
    for epoch in 0..epochs {
        order.shuffle(&mut rng);
        let lr = lr0 / (1.0 + epoch as f32 * 0.3);
        for &i in &order {
            let s: f32 = b + rows[i].iter().map(|&f| w[f as usize]).sum::<f32>();
            let p = 1.0 / (1.0 + (-s).exp());
            let target = if y[i] { 1.0 } else { 0.0 };
            let g = (p - target) * if y[i] { pos_weight } else { 1.0 };
            b -= lr * g;
            for &f in &rows[i] {
                let wf = &mut w[f as usize];
                *wf -= lr * (g + l2 * *wf);
            }
        }
    }
    // Weights this small barely move a probability: dropped, and the rest kept to three
    // decimals (a smaller file that loads faster), here, so the levels are chosen on the model
    // that ships.
    let cut = knob("DEFUSE_TRAIN_CUT", MIN_WEIGHT);
    w.iter_mut().for_each(|v| *v = if v.abs() < cut { 0.0 } else { (*v * 1000.0).round() / 1000.0 });
    (w, b)
}

/// Each reply's probability from a model that did not see its fold.
fn out_of_fold(rows: &[Vec<u32>], y: &[bool], dims: usize) -> Vec<Pred> {
    let mut p = vec![Pred::default(); rows.len()];
    for k in 0..FOLDS {
        let train: Vec<usize> = (0..rows.len()).filter(|i| i % FOLDS != k).collect();
        let (w, b) = fit(rows, y, dims, &train);
        for i in (0..rows.len()).filter(|i| i % FOLDS == k) {
            p[i] = predict(&w, b, &rows[i]);
        }
    }
    p
}

/// Counts of one choice of levels: F1, precision of what the model adds, share of withdrawn
/// rule hits that were wrong.
struct Outcome {
    f1: f64,
    added_precision: f64,
    withdrawn_wrong: f64,
}

/// F1 of "rule hit not withdrawn, or model above `add`" against the labels `y`.
fn outcome(p: &[Pred], y: &[bool], rule: &[bool], add: f32, veto: f32) -> Outcome {
    let (mut tp, mut fp, mut fneg) = (0f64, 0f64, 0f64);
    let (mut add_tp, mut add_fp, mut gone_right, mut gone_wrong) = (0f64, 0f64, 0f64, 0f64);
    for i in 0..y.len() {
        let model = p[i].p >= add && !rule[i];
        let withdrawn = rule[i] && p[i].words < veto;
        match ((rule[i] && !withdrawn) || model, y[i]) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fneg += 1.0,
            _ => {}
        }
        if model {
            if y[i] { add_tp += 1.0 } else { add_fp += 1.0 }
        }
        if withdrawn {
            if y[i] { gone_right += 1.0 } else { gone_wrong += 1.0 }
        }
    }
    let share = |a: f64, b: f64| if a + b > 0.0 { a / (a + b) } else { 1.0 };
    Outcome {
        f1: 2.0 * tp / (2.0 * tp + fp + fneg).max(1.0),
        added_precision: share(add_tp, add_fp),
        withdrawn_wrong: share(gone_wrong, gone_right),
    }
}

/// The threshold with the best F1 of rules-or-model, if the model's additions are precise
/// enough and the F1 improves on the rules alone; otherwise 2.0 (never reported).
fn choose_threshold(p: &[Pred], y: &[bool], rule: &[bool], taboo: bool) -> f32 {
    let (min_precision, min_t) =
        if taboo { (MIN_ADDED_PRECISION_TABOO, MIN_TABOO_THRESHOLD) } else { (MIN_ADDED_PRECISION, 0.3) };
    let rules_only = outcome(p, y, rule, 2.0, 0.0).f1;
    let mut best = (rules_only + 0.005, 2.0f32);
    for step in 6..20 {
        let t = step as f32 * 0.05;
        let o = outcome(p, y, rule, t, 0.0);
        if std::env::var_os("DEFUSE_TRAIN_DEBUG").is_some() {
            eprintln!("    t {t:.2}: F1 {:.2}, added precision {:.2}", o.f1, o.added_precision);
        }
        if o.added_precision >= min_precision && t >= min_t - 1e-6 && o.f1 > best.0 {
            best = (o.f1, t);
        }
    }
    if std::env::var_os("DEFUSE_TRAIN_VERBOSE").is_some() {
        eprintln!("  F1: rules {rules_only:.2} → with model {:.2} (threshold {})", best.0, best.1);
    }
    best.1
}

/// The veto level with the best F1 once the threshold `add` is set, if most of what it
/// withdraws is wrong and the F1 improves; otherwise 0 (never withdraws).
fn choose_veto(p: &[Pred], y: &[bool], rule: &[bool], add: f32) -> f32 {
    let kept = outcome(p, y, rule, add, 0.0).f1;
    let mut best = (kept + 0.005, 0.0f32);
    for step in 1..=10 {
        let v = step as f32 * 0.05;
        if v > knob("DEFUSE_TRAIN_MAX_VETO", 0.5) {
            break;
        }
        let o = outcome(p, y, rule, add, v);
        if o.withdrawn_wrong >= MIN_WITHDRAWN_WRONG && o.f1 > best.0 {
            best = (o.f1, v);
        }
    }
    if std::env::var_os("DEFUSE_TRAIN_VERBOSE").is_some() {
        eprintln!("  F1 with vetoes: {kept:.2} → {:.2} (veto {})", best.0.max(kept), best.1);
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(text: &str, ids: &[&str]) -> Example {
        Example { text: text.into(), ids: ids.iter().map(|s| s.to_string()).collect(), rule_ids: BTreeSet::new() }
    }

    #[test]
    fn a_learnable_id_gets_weights_and_a_threshold_and_training_is_deterministic() {
        let mut data = Vec::new();
        for i in 0..40 {
            data.push(ex(&format!("看到照片我都心疼了{i}"), &["empathy"]));
            data.push(ex(&format!("订单号是多少{i}"), &[]));
        }
        let a = train(&data, Choose::OutOfFold, &["empathy", "apology"], Default::default(), "test");
        let b = train(&data, Choose::OutOfFold, &["empathy", "apology"], Default::default(), "test");
        assert_eq!(a.ids.len(), 1, "apology has no positives");
        assert!(a.ids[0].threshold <= 1.0, "a clean signal is used");
        assert_eq!(format!("{:?}", a.ids[0].weights), format!("{:?}", b.ids[0].weights));
    }
}

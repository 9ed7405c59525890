//! Training the learned layer: per id, a logistic regression over binary features fitted by
//! stochastic gradient descent (seeded, so the same data gives the same weights), and a
//! threshold chosen on out-of-fold predictions so that the model only adds where it helps.

use super::learned::{IdModel, ModelFile, gram_names};
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
    /// The ids the rules found.
    pub rule_ids: BTreeSet<String>,
}

/// Ids with fewer positives than this are left to the rules.
const MIN_POSITIVES: usize = 8;
const FOLDS: usize = 5;
/// Training settings (epochs, L2, learning rate), chosen by out-of-fold F1 on the tuning part;
/// `DEFUSE_TRAIN_EPOCHS` / `_L2` / `_LR` override them for experiments.
fn knob(name: &str, default: f32) -> f32 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
/// Model additions must be right at least this often on held-back folds: techniques, and
/// taboos if a caller trains them (a false accusation costs the trainee more than a miss).
const MIN_ADDED_PRECISION: f64 = 0.7;
const MIN_ADDED_PRECISION_TABOO: f64 = 0.85;
/// Lowest threshold a taboo may use.
const MIN_TABOO_THRESHOLD: f32 = 0.8;

/// Trains one model per id that has enough positives.
pub fn train(examples: &[Example], ids: &[&str], note: &str) -> ModelFile {
    let (features, rows) = featurise(examples);
    let mut out = ModelFile { trained_on: note.to_string(), features, ids: Vec::new() };
    for id in ids {
        let y: Vec<bool> = examples.iter().map(|e| e.ids.contains(*id)).collect();
        let rule: Vec<bool> = examples.iter().map(|e| e.rule_ids.contains(*id)).collect();
        if y.iter().filter(|&&v| v).count() < MIN_POSITIVES {
            continue;
        }
        let oof = out_of_fold(&rows, &y, out.features.len());
        if std::env::var_os("DEFUSE_TRAIN_VERBOSE").is_some() {
            eprintln!("{id}:");
        }
        let taboo = crate::phrasing::ids::TABOOS.contains(id);
        let threshold = choose_threshold(&oof, &y, &rule, taboo);
        if threshold > 1.0 {
            continue;
        }
        let (w, bias) = fit(&rows, &y, out.features.len(), &(0..rows.len()).collect::<Vec<_>>());
        let weights = w.iter().enumerate().filter(|(_, v)| v.abs() >= 0.02).map(|(i, v)| (i as u32, *v)).collect();
        out.ids.push(IdModel { id: id.to_string(), bias, threshold, weights });
    }
    prune(out)
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
fn featurise(examples: &[Example]) -> (Vec<String>, Vec<Vec<u32>>) {
    let names: Vec<BTreeSet<String>> = examples
        .iter()
        .map(|e| {
            let mut s: BTreeSet<String> = gram_names(&Normalised::new(&e.text)).into_iter().collect();
            s.extend(e.rule_ids.iter().map(|r| format!("r:{r}")));
            s
        })
        .collect();
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
    (w, b)
}

/// Each reply's probability from a model that did not see its fold.
fn out_of_fold(rows: &[Vec<u32>], y: &[bool], dims: usize) -> Vec<f32> {
    let mut p = vec![0f32; rows.len()];
    for k in 0..FOLDS {
        let train: Vec<usize> = (0..rows.len()).filter(|i| i % FOLDS != k).collect();
        let (w, b) = fit(rows, y, dims, &train);
        for i in (0..rows.len()).filter(|i| i % FOLDS == k) {
            let s: f32 = b + rows[i].iter().map(|&f| w[f as usize]).sum::<f32>();
            p[i] = 1.0 / (1.0 + (-s).exp());
        }
    }
    p
}

/// The threshold with the best F1 of rules-or-model, if the model's additions are precise
/// enough and the F1 improves on the rules alone; otherwise 2.0 (never reported).
fn choose_threshold(p: &[f32], y: &[bool], rule: &[bool], taboo: bool) -> f32 {
    let (min_precision, min_t) =
        if taboo { (MIN_ADDED_PRECISION_TABOO, MIN_TABOO_THRESHOLD) } else { (MIN_ADDED_PRECISION, 0.3) };
    let f1 = |t: f32| {
        let (mut tp, mut fp, mut fneg, mut add_tp, mut add_fp) = (0f64, 0f64, 0f64, 0f64, 0f64);
        for i in 0..y.len() {
            let model = p[i] >= t && !rule[i];
            let said = rule[i] || model;
            match (said, y[i]) {
                (true, true) => tp += 1.0,
                (true, false) => fp += 1.0,
                (false, true) => fneg += 1.0,
                _ => {}
            }
            if model {
                if y[i] { add_tp += 1.0 } else { add_fp += 1.0 }
            }
        }
        let added_precision = if add_tp + add_fp > 0.0 { add_tp / (add_tp + add_fp) } else { 1.0 };
        (2.0 * tp / (2.0 * tp + fp + fneg).max(1.0), added_precision)
    };
    let (rules_only, _) = f1(2.0);
    let mut best = (rules_only + 0.005, 2.0f32);
    for step in 6..20 {
        let t = step as f32 * 0.05;
        let (f, prec) = f1(t);
        if std::env::var_os("DEFUSE_TRAIN_DEBUG").is_some() {
            eprintln!("    t {t:.2}: F1 {f:.2}, added precision {prec:.2}");
        }
        if prec >= min_precision && t >= min_t - 1e-6 && f > best.0 {
            best = (f, t);
        }
    }
    if std::env::var_os("DEFUSE_TRAIN_VERBOSE").is_some() {
        eprintln!("  out-of-fold F1: rules {rules_only:.2} → with model {:.2} (threshold {})", best.0, best.1);
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
        let a = train(&data, &["empathy", "apology"], "test");
        let b = train(&data, &["empathy", "apology"], "test");
        assert_eq!(a.ids.len(), 1, "apology has no positives");
        assert!(a.ids[0].threshold <= 1.0, "a clean signal is used");
        assert_eq!(format!("{:?}", a.ids[0].weights), format!("{:?}", b.ids[0].weights));
    }
}

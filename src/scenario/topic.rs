//! What a question is about: the scenario's `topics` (name → words) found in the sentence that
//! asks, so that "他哪天过生日？" is answered with the birthday and "哪天签收的？" with the day
//! the parcel was signed for. Words and reply are compared folded (case, width, traditional →
//! simplified), so one list serves every locale.

use crate::phrasing::Analysis;
use crate::phrasing::normalise::{Normalised, ends_sentence, fold_char};
use std::collections::BTreeMap;

/// The topics named in the clauses where the reply uses technique `id` (so that "生日礼物碎了真难受，
/// 请问是哪天签收的？" asks about the parcel), in the order their words first appear (each once).
pub fn heard(a: &Analysis, id: &str, topics: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    if topics.is_empty() {
        return Vec::new();
    }
    let chars: Vec<char> = a.text.chars().collect();
    let mut found: Vec<(usize, &String)> = Vec::new();
    for hit in a.techniques.iter().filter(|h| h.id == id) {
        let clause = Normalised::text_of(&clause_around(&chars, hit.start, hit.end));
        for (name, words) in topics {
            let first = words.iter().filter_map(|w| clause.find(&Normalised::text_of(w))).min();
            if let Some(at) = first.filter(|_| !found.iter().any(|(_, n)| *n == name)) {
                found.push((at, name));
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n.clone()).collect()
}

/// The clauses holding characters `start..end` of the reply (split at sentence ends, commas and
/// colons, after folding).
fn clause_around(chars: &[char], start: usize, end: usize) -> String {
    let (start, end) = (start.min(chars.len()), end.clamp(start.min(chars.len()), chars.len()));
    let ends = |c: &char| matches!(fold_char(*c), ',' | ':') || ends_sentence(fold_char(*c));
    let from = chars[..start].iter().rposition(ends).map_or(0, |i| i + 1);
    let to = chars[end..].iter().position(ends).map_or(chars.len(), |i| end + i + 1);
    chars[from..to].iter().collect()
}

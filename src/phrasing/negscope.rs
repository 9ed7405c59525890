//! Negation scope for the learned layer: which characters of a reply stand just after a
//! negation in their clause ("我不会**帮您处**理", "I don't **need** to check with my supervisor"), so
//! the model reads "帮您" there as a different word from the offer it usually is.
//!
//! The cues are the phrasebooks' own `negations` and `not_negations` (data, not code), stored
//! in the model file so that training and scoring mark the same characters.

use super::normalise::Normalised;
use aho_corasick::{AhoCorasick, MatchKind};

/// The compiled cues; empty marks nothing.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    ac: Option<AhoCorasick>,
    /// Patterns below this index are negations; the rest are not-negation phrases.
    negations: usize,
}

/// How many characters after a negation it governs (and never past its clause): the next word
/// or so. Across four parts the rules had not seen (`scripts/train_model.py --cv`), a reach of
/// 3 gave F1 0.8411, 6 gave 0.8403, 12 gave 0.8389 and the whole clause 0.8383 (none: 0.8412);
/// 3 keeps the score and stops "我不会帮您处理" from reading as an offer.
const REACH: usize = 3;

/// Characters that end a negation's reach (the normalised text has ASCII punctuation).
fn ends_clause(c: char) -> bool {
    matches!(c, ',' | '.' | '!' | '?' | ';' | ':' | '\n' | '~' | '—')
}

impl Scope {
    /// Compiles negation cues and the phrases that contain a cue without negating
    /// ("不客气", "no problem"); both as normalised (lowercase, simplified) text.
    pub fn new(negations: &[String], not_negations: &[String]) -> Scope {
        let patterns: Vec<&str> = negations.iter().chain(not_negations).map(String::as_str).collect();
        let ac = (!negations.is_empty())
            .then(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns).ok())
            .flatten();
        Scope { ac, negations: negations.len() }
    }

    /// Per character of `norm` (`chars`, its first characters as the caller read them): whether a negation just before it, in its
    /// clause, governs it. A cue inside a longer not-negation phrase, or inside an ASCII word ("no" in
    /// "know"), negates nothing.
    pub fn negated(&self, norm: &Normalised, chars: &[char]) -> Vec<bool> {
        let mut out = vec![false; chars.len()];
        let Some(ac) = &self.ac else { return out };
        let alnum = |i: Option<usize>| i.and_then(|i| chars.get(i)).is_some_and(|c| c.is_ascii_alphanumeric());
        for m in ac.find_iter(&norm.text) {
            let (start, end) = (norm.char_index(m.start()), norm.char_index(m.end()));
            if start >= chars.len() || m.pattern().as_usize() >= self.negations {
                continue;
            }
            let ascii = chars[start].is_ascii_alphabetic();
            if ascii && (alnum(start.checked_sub(1)) || alnum(Some(end)) || chars.get(end) == Some(&'-')) {
                continue;
            }
            for i in end..chars.len().min(end + REACH) {
                if ends_clause(chars[i]) {
                    break;
                }
                out[i] = true;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> Scope {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        Scope::new(&s(&["不", "不会", "don't", "no"]), &s(&["不客气", "no problem"]))
    }

    fn marked(text: &str) -> String {
        let n = Normalised::new(text);
        let neg = scope().negated(&n, &n.text.chars().collect::<Vec<_>>());
        n.text.chars().zip(neg).map(|(c, m)| if m { c.to_ascii_uppercase() } else { '.' }).collect()
    }

    #[test]
    fn a_negation_reaches_the_next_few_characters_of_its_clause_only() {
        assert_eq!(marked("我不会帮您，但是可以"), "...帮您.....");
        assert_eq!(marked("我不会帮您处理这种要求"), "...帮您处.....");
        assert_eq!(marked("I don't know, sorry"), "....... KN.........");
    }

    #[test]
    fn phrases_that_only_look_negative_and_words_that_contain_a_cue_negate_nothing() {
        assert!(!marked("不客气，我帮您查").chars().any(|c| c != '.'));
        assert!(!marked("no problem at all, I know now").chars().any(|c| c.is_ascii_uppercase()));
        assert!(!Scope::default().negated(&Normalised::new("我不会"), &['我', '不', '会']).contains(&true));
    }
}

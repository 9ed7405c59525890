//! What a question is about: the scenario's `topics` (name → words) found in the sentence that
//! asks, so that "他哪天过生日？" is answered with the birthday and "哪天签收的？" with the day
//! the parcel was signed for. Words and reply are compared folded (case, width, traditional →
//! simplified), so one list serves every locale.

use super::choice::{self, Choice};
use super::reaction::{QUESTIONS, is_question};
use crate::phrasing::Analysis;
use crate::phrasing::normalise::{Normalised, ends_sentence, fold_char};
use std::collections::{BTreeMap, BTreeSet};

/// The scenario's topics and the shared ones, as one map with every word folded (once a run): a
/// scenario topic replaces a shared one of the same name, and a shared topic loses the words a
/// scenario topic already hears (in quality_complaint "when will you be home?" is the pickup
/// slot, not a second, shared question).
pub fn merged(
    shared: &BTreeMap<String, Vec<String>>,
    own: &BTreeMap<String, Vec<String>>,
) -> BTreeMap<String, Vec<String>> {
    let fold = |words: &Vec<String>| words.iter().map(|w| Normalised::text_of(w)).collect::<Vec<_>>();
    let theirs: Vec<String> = own.values().flat_map(fold).collect();
    let overlaps = |w: &String| theirs.iter().any(|t| w.contains(t.as_str()) || t.contains(w.as_str()));
    let mut out: BTreeMap<String, Vec<String>> = shared
        .iter()
        .map(|(k, words)| (k.clone(), fold(words).into_iter().filter(|w| !overlaps(w)).collect::<Vec<_>>()))
        .filter(|(_, words)| !words.is_empty())
        .collect();
    out.extend(own.iter().map(|(k, v)| (k.clone(), fold(v))));
    out
}

/// Where the first of `words` (folded) occurs in `text` (folded).
fn first_at(text: &str, words: &[String]) -> Option<usize> {
    words.iter().filter_map(|w| text.find(w.as_str())).min()
}

/// What a reply asked about, for the customer's reaction.
#[derive(Debug, Default)]
pub struct Asked {
    /// Per reaction key, the topics asked about with it, in the reply's order.
    pub per: BTreeMap<String, Vec<String>>,
    /// Question keys that also asked about none of the topics.
    pub elsewhere: BTreeSet<String>,
    /// The choice the reply's last choice question offered, unless its clause names a topic.
    pub choice: Option<Choice>,
    /// The topics asked in sentences that end with a question mark ([`asked`]).
    pub direct: BTreeSet<String>,
    /// Whether the choice is all the reply asked (no other question heard, no topic).
    pub only_choice: bool,
}

/// What the reply asked about, per reaction key (`topics` as [`merged`] gives them). A question about a topic is answered even where
/// the engine heard no question technique in it (a blind player's "您这几天是急着要用吗？" got
/// "嗯，谢谢你这么说"): she hears a question, so a probing question is added to `keys` (for the
/// reaction only), and such topics go with the first question.
pub fn per_key(a: &Analysis, keys: &mut Vec<String>, topics: &BTreeMap<String, Vec<String>>) -> Asked {
    let mut out = Asked::default();
    let questions = asked(&a.text, topics);
    out.direct = questions.iter().cloned().collect();
    if !questions.is_empty() && !keys.iter().any(|k| is_question(k)) {
        let at = keys.iter().take_while(|k| k.starts_with("taboo-") || *k == "technique-offer_alternative").count();
        keys.insert(at, "technique-probing_question".to_string());
    }
    // Only a question asks about a topic: a time promised to "the phone number on the order" is not
    // a question about the callback number (a blind player got "Just call the number on my account").
    for (k, id) in keys.iter().filter(|k| is_question(k)).filter_map(|k| Some((k, k.strip_prefix("technique-")?))) {
        let (heard, other) = heard(a, id, topics);
        if other {
            out.elsewhere.insert(k.clone());
        }
        if !heard.is_empty() {
            out.per.insert(k.clone(), heard);
        }
    }
    // "麻烦提供公司全称…另外专票要寄到哪个信箱？": the mailbox is asked too.
    if let Some(first) = keys.iter().find(|k| is_question(k)) {
        let heard: BTreeSet<&String> = out.per.values().flatten().collect();
        let new: Vec<String> = questions.into_iter().filter(|t| !heard.contains(t)).collect();
        let list = out.per.entry(first.clone()).or_default();
        list.extend(new);
        // In the order the reply asks them.
        let text = Normalised::text_of(&a.text);
        list.sort_by_key(|t| topics.get(t).and_then(|w| first_at(&text, w)));
        if list.is_empty() {
            out.per.remove(first);
        }
    }
    out.choice = choice::asked(&a.text).filter(|c| !names_topic(a, c, topics));
    if let Some(choice) = &out.choice {
        let outside = |h: &&crate::phrasing::analysis::Hit| h.end <= choice.start || h.start >= choice.end;
        let asks_more = a.techniques.iter().filter(|h| QUESTIONS.contains(&h.id.as_str())).any(|h| outside(&h));
        out.only_choice = out.per.is_empty() && !asks_more;
    }
    out
}

/// Whether the choice's clause names a topic: its answer is the scenario's or the shared word on
/// it ("您跟闺蜜是打算一起用同款，还是准备送人的呀？" gets flash_sale_sold_out's line about the
/// friend, "发短信还是打电话？" the shared contact line), not the option said back.
fn names_topic(a: &Analysis, choice: &Choice, topics: &BTreeMap<String, Vec<String>>) -> bool {
    let clause: String = a.text.chars().skip(choice.start).take(choice.end - choice.start).collect();
    let clause = Normalised::text_of(&clause);
    topics.values().any(|w| first_at(&clause, w).is_some())
}

/// The topics named in the clauses where the reply uses technique `id` (so that "生日礼物碎了真难受，
/// 请问是哪天签收的？" asks about the parcel), in the order their words first appear (each once), and
/// whether some such clause is about none of them ("订单号是多少？方便留个电话吗？" asks about the
/// phone *and* something else).
pub fn heard(a: &Analysis, id: &str, topics: &BTreeMap<String, Vec<String>>) -> (Vec<String>, bool) {
    let chars: Vec<char> = a.text.chars().collect();
    let mut found: Vec<(usize, &String)> = Vec::new();
    let mut elsewhere = false;
    for hit in a.techniques.iter().filter(|h| h.id == id) {
        let clause = Normalised::text_of(&clause_around(&chars, hit.start, hit.end));
        let mut any = false;
        for (name, words) in topics {
            let first = first_at(&clause, words);
            any |= first.is_some();
            if let Some(at) = first.filter(|_| !found.iter().any(|(_, n)| *n == name)) {
                found.push((at, name));
            }
        }
        elsewhere |= !any;
    }
    found.sort();
    (found.into_iter().map(|(_, n)| n.clone()).collect(), elsewhere)
}

/// The topics asked about in the reply's questions, whatever the engine heard in them: the
/// last clause of each sentence that ends with a question mark ("您这几天是急着要用吗？" asks about
/// urgency even where no technique is heard; "生日礼物碎了，请问哪天签收的？" does not ask about the
/// birthday). In the order their words appear, each once.
pub fn asked(text: &str, topics: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let norm = Normalised::text_of(text);
    let mut found: Vec<(usize, &String)> = Vec::new();
    let mut from = 0;
    for (i, c) in norm.char_indices() {
        if !ends_sentence(c) {
            continue;
        }
        let last = question_start(&norm, from, i);
        from = i + c.len_utf8();
        if c != '?' {
            continue;
        }
        for (name, words) in topics {
            let at = first_at(&norm[last..i], words);
            if let Some(at) = at.filter(|_| !found.iter().any(|(_, n)| *n == name)) {
                found.push((last + at, name));
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, n)| n.clone()).collect()
}

/// Where the question ending at byte `end` of the folded text starts: its last clause, or in
/// English the last clause that opens like a question ("Should I send it to the same address,
/// or somewhere else, like your office?" is one question; "I'm so sorry about the birthday, when
/// did it arrive?" asks only when).
fn question_start(norm: &str, from: usize, end: usize) -> usize {
    const OPENERS: [&str; 25] = [
        "should", "shall", "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "may",
        "when", "where", "what", "which", "how", "who", "whose", "why", "have", "has", "any",
    ];
    let starts: Vec<usize> =
        std::iter::once(from).chain(norm[from..end].match_indices([',', ':']).map(|(j, _)| from + j + 1)).collect();
    let opens = |at: &usize| {
        let words = norm[*at..end].split_whitespace();
        let mut words = words.skip_while(|w| matches!(*w, "and" | "or" | "so" | "but" | "also" | "then"));
        words.next().is_some_and(|w| OPENERS.contains(&w))
    };
    starts.iter().rev().find(|at| opens(at)).or(starts.last()).copied().unwrap_or(from)
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

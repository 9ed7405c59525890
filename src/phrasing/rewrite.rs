//! The reply rewritten in place: every taboo replaced, and the result checked again until it
//! holds none (the manual's 习惯用语 → 专业表达, applied to the trainee's own sentence).
//!
//! A hit with an in-place replacement is swapped word for word; chat slang with none is
//! removed; any other taboo has its clause replaced by the phrasebook's first rewrite. A
//! clause that still holds a taboo after a few rounds is dropped.

use super::analysis::TabooHit;
use super::phrasebook::Severity;

/// Rounds of rewrite-and-check before the remaining taboo clauses are dropped.
const ROUNDS: usize = 3;

/// Rewrites `text` until `taboos_in` finds nothing; `None` when `first` is empty.
pub fn clean(text: &str, first: &[TabooHit], taboos_in: impl Fn(&str) -> Vec<TabooHit>) -> Option<String> {
    if first.is_empty() {
        return None;
    }
    let mut cur = apply(text, first, false);
    // A reply that was nothing but the habit ("Sorry about the wait!") takes the professional
    // sentence, not an empty line.
    if cur.chars().all(|c| is_boundary(c) || c.is_whitespace()) {
        cur = first.iter().find_map(|h| h.rewrite.clone()).unwrap_or_default();
    }
    for _ in 0..ROUNDS {
        let left = taboos_in(&cur);
        if left.is_empty() {
            return Some(cur);
        }
        cur = apply(&cur, &left, false);
    }
    let left = taboos_in(&cur);
    Some(if left.is_empty() { cur } else { apply(&cur, &left, true) })
}

/// One pass over non-overlapping hits, left to right.
fn apply(text: &str, hits: &[TabooHit], drop_clauses: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut edits: Vec<(usize, usize, String)> = hits.iter().map(|h| edit(&chars, h, drop_clauses)).collect();
    edits.sort_by_key(|e| (e.0, e.1));
    let mut out = String::new();
    let mut at = 0;
    let mut said: Vec<String> = Vec::new();
    for (start, end, with) in edits {
        if start < at || end > chars.len() {
            continue;
        }
        out.extend(&chars[at..start]);
        // Two clauses of one habit take the professional sentence once, not twice.
        if with.chars().count() > 8 && said.contains(&with) {
            at = end;
            continue;
        }
        out.push_str(&with);
        said.push(with);
        at = end;
    }
    out.extend(&chars[at.min(chars.len())..]);
    tidy(&out)
}

/// The span to replace for one hit, and what goes there.
fn edit(chars: &[char], h: &TabooHit, drop_clause: bool) -> (usize, usize, String) {
    let (start, end) = (h.hit.start.min(chars.len()), h.hit.end.min(chars.len()));
    if drop_clause {
        let (s, e) = clause(chars, start, end);
        return (s, e, String::new());
    }
    if let Some(r) = &h.replace {
        // A replacement written as a sentence ("Thank you for your patience") takes its clause
        // from the start: "Hi, I'm so sorry about the wait." → "Hi, thank you for your patience."
        // ("I don't know" for "idk" is a word's, not a sentence's: "I" is always a capital.)
        if r.starts_with(char::is_uppercase) && !r.starts_with("I ") && !r.starts_with("I'") {
            let (s, _) = clause(chars, start, end);
            let opens = chars[..s].iter().rev().find(|c| !c.is_whitespace()).is_none_or(|c| ends_sentence(*c));
            return (s, end, if opens { r.clone() } else { lower_first(r) });
        }
        return (start, end, keep_case(chars.get(start), r));
    }
    if h.severity == Severity::Minor {
        return (start, end, String::new());
    }
    let (s, e) = clause(chars, start, end);
    let with = h.rewrite.as_deref().unwrap_or_default();
    let followed = chars.get(e).is_some_and(|c| is_boundary(*c));
    // A rewrite that asks keeps its question mark and takes the place of the reply's own stop
    // ("…留下联系方式可以吗?", not "…可以吗。").
    if followed && with.ends_with(['?', '？']) {
        return (s, e + 1, with.to_string());
    }
    let with = if followed { with.trim_end_matches(is_boundary) } else { with };
    (s, e, with.to_string())
}

/// The clause around `start..end`: from after the previous boundary to before the next one.
fn clause(chars: &[char], start: usize, end: usize) -> (usize, usize) {
    let s = chars[..start].iter().rposition(|c| is_boundary(*c)).map_or(0, |i| i + 1);
    let e = chars[end..].iter().position(|c| is_boundary(*c)).map_or(chars.len(), |i| end + i);
    let lead = chars[s..e].iter().take_while(|c| c.is_whitespace()).count();
    (s + lead.min(e - s), e)
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '.' | '！' | '!' | '？' | '?' | '\n')
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

fn is_boundary(c: char) -> bool {
    matches!(c, '，' | ',' | '。' | '.' | '！' | '!' | '？' | '?' | '；' | ';' | '\n' | '…' | '～' | '~')
}

/// "You must…" → "We'd recommend…": the replacement takes the replaced word's capital.
fn keep_case(first: Option<&char>, with: &str) -> String {
    let mut w = with.chars();
    match (first, w.next()) {
        (Some(c), Some(f)) if c.is_uppercase() => f.to_uppercase().chain(w).collect(),
        _ => with.to_string(),
    }
}

/// Removes what deletions leave behind: doubled marks, marks or spaces at the start.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let is_mark = |c: char| matches!(c, '，' | ',' | '；' | ';' | '～' | '~' | '、');
    for c in s.chars() {
        let last = out.chars().last();
        // A mark after a mark or a boundary, spaces between them or not ("number, ,"), goes, and
        // so does any mark at the start ("!" left of "Sorry about the wait!").
        let before = out.trim_end().chars().last();
        if ((is_mark(c) || is_boundary(c)) && before.is_none())
            || (is_mark(c) && before.is_some_and(|l| is_boundary(l) || is_mark(l)))
        {
            continue;
        }
        if c == ' ' && last.is_none_or(|l| l == ' ') {
            continue;
        }
        if is_boundary(c) && last.is_some_and(|l| matches!(l, '，' | ',' | '；' | ';' | '～' | '~')) {
            out.pop();
        }
        out.push(c);
    }
    // A reply cut after a comma ends as a sentence: "…请您尽管放心，" → "…请您尽管放心。".
    let trimmed = out.trim().trim_end_matches(|c: char| is_mark(c) || c == ' ');
    let cut = trimmed.len() < out.trim().len();
    match trimmed.chars().last() {
        Some(c) if cut && !is_boundary(c) => format!("{trimmed}{}", if c.is_ascii() { "." } else { "。" }),
        _ => trimmed.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasing::Hit;

    fn taboo(start: usize, end: usize, severity: Severity, replace: Option<&str>, rewrite: &str) -> TabooHit {
        TabooHit {
            hit: Hit { id: "x".into(), start, end, evidence: String::new() },
            severity,
            rewrite: Some(rewrite.into()),
            rewrites: vec![rewrite.into()],
            replace: replace.map(String::from),
        }
    }

    #[test]
    fn slang_is_removed_and_a_taboo_clause_takes_the_rewrite() {
        let text = "亲~ 这是公司规定，我也没办法。";
        let hits = [
            taboo(0, 1, Severity::Minor, None, "您好"),
            taboo(3, 9, Severity::Moderate, None, "我来帮您看看还有什么办法。"),
        ];
        let out = clean(text, &hits, |_| Vec::new()).unwrap();
        assert_eq!(out, "我来帮您看看还有什么办法，我也没办法。");
    }

    #[test]
    fn a_rewrite_that_asks_keeps_its_question_mark() {
        let text = "您直接找他。谢谢。";
        let h = taboo(0, 5, Severity::Moderate, None, "我帮您联系他,可以吗?");
        assert_eq!(apply(text, &[h], false), "我帮您联系他,可以吗?谢谢。");
    }

    #[test]
    fn a_reply_cut_after_a_comma_ends_as_a_sentence() {
        assert_eq!(tidy("您的问题我们会解决,请您放心，"), "您的问题我们会解决,请您放心。");
        assert_eq!(
            tidy("I'll contact them for you. Your best number, ,"),
            "I'll contact them for you. Your best number."
        );
        assert_eq!(tidy("这样可以吗？我帮您查"), "这样可以吗？我帮您查", "nothing was cut: nothing is added");
        assert_eq!(tidy("，，好的"), "好的");
    }

    #[test]
    fn a_sentence_replacement_takes_its_clause_and_an_emptied_reply_the_rewrite() {
        let thanks = |start, end| {
            taboo(start, end, Severity::Minor, Some("Thank you for your patience"), "Thank you for your patience.")
        };
        let text = "Hi, I'm so sorry about the wait. I have your order open.";
        assert_eq!(apply(text, &[thanks(8, 31)], false), "Hi, thank you for your patience. I have your order open.");
        let text = "We are so sorry for the long wait.";
        assert_eq!(apply(text, &[thanks(7, 33)], false), "Thank you for your patience.");
        let bare = taboo(0, 20, Severity::Minor, None, "Thank you for your patience.");
        assert_eq!(clean("Sorry about the wait!", &[bare], |_| Vec::new()).unwrap(), "Thank you for your patience.");
    }

    #[test]
    fn what_still_holds_a_taboo_after_the_rounds_is_dropped() {
        let text = "好的，你自己看。谢谢。";
        let stubborn = |t: &str| {
            t.find("自己")
                .map(|b| {
                    vec![taboo(
                        t[..b].chars().count(),
                        t[..b].chars().count() + 2,
                        Severity::Moderate,
                        None,
                        "你自己看",
                    )]
                })
                .unwrap_or_default()
        };
        let out = clean(text, &stubborn(text), stubborn).unwrap();
        assert!(!out.contains("自己"), "{out}");
        assert!(out.contains("谢谢"), "{out}");
    }
}

//! A question that offers a choice ("您看是补发还是退款？", "Should I text you or call your
//! cell?"): the customer takes one of the options, in the reply's own words ("那就退款吧。",
//! "Call my cell, please."), instead of a line about something else. Blind players' customers
//! answered "reship or refund?" with "好，至少有个办法了" and "message or phone?" with the
//! previous turn's choice.

use crate::phrasing::normalise::{Normalised, ends_sentence};

/// A choice asked in a reply: the option the customer takes, and where its question is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The option she takes (the last one offered), as typed, "you" turned into "me".
    pub option: String,
    /// Characters of the reply the question's clause spans.
    pub start: usize,
    /// One past its last character.
    pub end: usize,
}

/// Longest option she repeats, in characters (Chinese) or words (English): a longer one is a
/// sentence, not a choice.
const MAX_OPTION: (usize, usize) = (10, 5);

/// The last question in `text` that offers options with 还是/或者 or "or", if its last option can
/// be said back; None for a yes-or-no question ("…or not?") or an option that is a clause of its
/// own ("…or is text fine?").
pub fn asked(text: &str) -> Option<Choice> {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<char> = Normalised::text_of(text).chars().collect();
    let mut found = None;
    let mut from = 0;
    for (i, &c) in folded.iter().enumerate() {
        if !ends_sentence(c) {
            continue;
        }
        if c == '?' {
            found = in_question(&chars, &folded, from, i).or(found);
        }
        from = i + 1;
    }
    found
}

/// The choice in the question `from..end`: in its last clause that offers one ("您更希望补发还是
/// 退款，我先帮您备注上？" offers it before the comma). A clause that opens with the last option
/// takes the clause before it too ("A replacement, or a refund?").
fn in_question(chars: &[char], folded: &[char], from: usize, end: usize) -> Option<Choice> {
    let cut = |j: usize| matches!(folded[j], ',' | ':');
    let mut ends: Vec<usize> = (from..end).filter(|&j| cut(j)).collect();
    ends.push(end);
    let starts: Vec<usize> = std::iter::once(from).chain(ends.iter().map(|&j| j + 1)).collect();
    (0..ends.len()).rev().find_map(|k| {
        let opens: String = folded[starts[k]..ends[k]].iter().collect();
        let joined = k > 0 && ["or ", "还是", "或者"].iter().any(|o| opens.trim_start().starts_with(o));
        let start = if joined { starts[k - 1] } else { starts[k] };
        let option = option(&chars[start..ends[k]], &folded[start..ends[k]])?;
        Some(Choice { option, start, end: ends[k] })
    })
}

/// The last option of the clause `typed` (folded: `folded`, same length), said back.
fn option(typed: &[char], folded: &[char]) -> Option<String> {
    let folded: String = folded.iter().collect();
    let at = |s: &str| folded.rfind(s).map(|b| (folded[..b].chars().count(), s.chars().count()));
    let (split, len) = at("还是").or_else(|| at("或者")).or_else(|| at(" or "))?;
    // "楼下有没有快递柜或者门卫室？", "Did the box have a bag or pouch inside?" ask whether, not which.
    if YES_NO.iter().any(|w| folded.contains(w)) || EN_WHETHER.contains(&folded.split_whitespace().next()?) {
        return None;
    }
    if typed[..split].iter().all(|c| c.is_whitespace()) {
        return None;
    }
    let tail = split + len;
    let said = if typed[split].is_ascii() {
        english(&typed[tail..].iter().collect::<String>())?
    } else {
        chinese(&typed[tail..], &folded.chars().collect::<Vec<_>>()[tail..])?
    };
    let size = if typed[split].is_ascii() { said.split_whitespace().count() } else { said.chars().count() };
    let most = if typed[split].is_ascii() { MAX_OPTION.1 } else { MAX_OPTION.0 };
    (1..=most).contains(&size).then_some(said)
}

/// Words that make a clause ask whether rather than which.
const YES_NO: [&str; 4] = ["有没有", "是否", "有无", "是不是"];

/// English openings of a yes-or-no question: an "or" inside it lists, it does not offer.
const EN_WHETHER: [&str; 12] = ["did", "does", "is", "are", "was", "were", "have", "has", "had", "any", "can", "could"];

/// Words after the Chinese option that ask rather than name it ("下午方便吗" → "下午").
const ZH_TAILS: [&str; 20] = [
    "比较方便",
    "比较好",
    "比较合适",
    "更方便",
    "更好",
    "更合适",
    "方便",
    "合适",
    "就可以",
    "就行",
    "就好",
    "好",
    "可以",
    "行",
    "呢",
    "吗",
    "啊",
    "呀",
    "吧",
    "的",
];

/// Words before the Chinese option that are not part of it ("也要纸本" → "要纸本").
const ZH_HEADS: [char; 5] = ['也', '都', '就', '再', '还'];

fn chinese(typed: &[char], folded: &[char]) -> Option<String> {
    let mut folded: String = folded.iter().collect::<String>().trim_end().to_string();
    while let Some(t) = ZH_TAILS.iter().find(|t| folded.ends_with(*t) && folded.len() > t.len()) {
        folded.truncate(folded.len() - t.len());
    }
    let folded = folded.trim_end_matches([',', ' ']);
    // "还是说…" and "还是不要" open a clause of their own, not an option; so does "…下午我们安排师傅上门".
    let clause = ["说", "不", "没", "要不", "您", "你"].iter().any(|p| folded.trim_start().starts_with(p))
        || folded.contains('我');
    let skip = folded.chars().take_while(|c| ZH_HEADS.contains(c)).count();
    let kept: String = typed[skip..folded.chars().count()].iter().collect();
    let me = kept.trim().replace(['您', '你', '妳'], "我");
    (!clause && !me.is_empty()).then_some(me)
}

/// Words that open a clause, not an option: "…or is text fine?", "…or would you rather…".
const EN_CLAUSE: [&str; 24] = [
    "is",
    "are",
    "was",
    "do",
    "does",
    "did",
    "would",
    "will",
    "should",
    "shall",
    "can",
    "could",
    "you",
    "we",
    "i",
    "it",
    "not",
    "no",
    "something",
    "anything",
    "else",
    "so",
    "maybe",
    "perhaps",
];

/// Words after which the rest of the option is no longer the option ("evening for the pickup",
/// "ring you on that number when I have them"). Not "to": "afternoon 2 to 4".
const EN_CUTS: [&str; 7] = [" for ", " instead", " so ", " because ", " when ", " once ", " if "];

/// Words after the English option that ask rather than name it.
const EN_TAILS: [&str; 9] =
    [" better", " best", " easier", " preferable", " more convenient", " works", " suits", " suit", " okay"];

/// Words an option cannot end on: what it was cut from is missing ("ring you on").
const EN_DANGLING: [&str; 10] = ["on", "at", "to", "in", "by", "with", "of", "the", "a", "your"];

fn english(tail: &str) -> Option<String> {
    let mut s = tail.trim().trim_end_matches(['?', '.', '!', ' ']).to_string();
    if let Some(cut) = EN_CUTS.iter().filter_map(|c| s.to_ascii_lowercase().find(c).filter(|&b| b > 0)).min() {
        s.truncate(cut);
    }
    // "…or the weekend better?": the words that ask which is better are not the option.
    while let Some(t) = EN_TAILS.iter().find(|t| s.to_ascii_lowercase().ends_with(*t) && s.len() > t.len()) {
        s.truncate(s.len() - t.len());
    }
    let last = s.split_whitespace().last()?.to_lowercase();
    if EN_DANGLING.contains(&last.as_str()) {
        return None;
    }
    let first = s.split_whitespace().next()?.to_lowercase();
    if EN_CLAUSE.contains(&first.trim_matches(|c: char| !c.is_alphanumeric())) {
        return None;
    }
    let me: Vec<&str> = s
        .split_whitespace()
        .map(|w| match w.to_lowercase().as_str() {
            "you" => "me",
            "your" => "my",
            "yours" => "mine",
            "yourself" => "myself",
            _ => w,
        })
        .collect();
    let mut out = me.join(" ");
    if let Some(c) = out.chars().next() {
        out.replace_range(..c.len_utf8(), &c.to_uppercase().to_string());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn took(text: &str) -> Option<String> {
        asked(text).map(|c| c.option)
    }

    #[test]
    fn the_last_option_of_a_choice_question_is_taken_in_the_replys_words() {
        assert_eq!(took("非常抱歉！您看是给您补发还是直接退款呢？").as_deref(), Some("直接退款"));
        assert_eq!(took("師傅上午還是下午過去比較方便？").as_deref(), Some("下午過去"));
        assert_eq!(took("师傅上门您看上午还是下午方便？").as_deref(), Some("下午"));
        assert_eq!(took("您希望我们发短信或者打您的电话？").as_deref(), Some("打我的电话"));
        assert_eq!(took("Should I text you or call your cell?").as_deref(), Some("Call my cell"));
        assert_eq!(took("And is a weekday or the weekend better?").as_deref(), Some("The weekend"));
        assert_eq!(took("Delivery on a weekday, or the weekend better?").as_deref(), Some("The weekend"));
        assert_eq!(
            took("Would you rather I stay on this chat or ring you on that number when I have them?").as_deref(),
            Some("Ring me on that number")
        );
        assert_eq!(
            took("I just need the slot: morning 9 to 11 or afternoon 2 to 4?").as_deref(),
            Some("Afternoon 2 to 4")
        );
        assert_eq!(
            took("Would you prefer a replacement, or a refund to your card?").as_deref(),
            Some("A refund to my card")
        );
        assert_eq!(took("您更希望补发还是退款，我先帮您备注上？").as_deref(), Some("退款"));
    }

    #[test]
    fn yes_no_questions_statements_and_clauses_offer_no_choice() {
        assert_eq!(took("Do you want the refund or not?"), None);
        assert_eq!(took("Shall I call you, or is a text fine?"), None);
        assert_eq!(took("我们可以补发或者退款。"), None, "a statement asks nothing");
        assert_eq!(took("您是要退款还是说先等等看？"), None);
        assert_eq!(took("还是退款吧？"), None, "no first option");
        // A capital whose lower case is longer does not move the cut off a character boundary.
        assert_eq!(took("Text me or call İİİİİİ for 日本?").as_deref(), Some("Call İİİİİİ"));
        assert_eq!(took("另外您家楼下有没有快递柜或者门卫室？"), None);
        assert_eq!(took("Did the box have any separate bag or pouch inside?"), None);
        assert_eq!(took("電子專票就可以，還是也要紙本？").as_deref(), Some("要紙本"));
        assert_eq!(took("是讓快遞員先打電話給您，還是直接上門就可以？").as_deref(), Some("直接上門"));
        assert_eq!(took("明天上午或者下午我们安排师傅上门，可以吗？"), None, "the options are not what is asked");
        assert_eq!(took("要不要我帮您换一件，还是直接退？").as_deref(), Some("直接退"));
        assert_eq!(
            took("Would you rather wait for the restock, or take the refund now?").as_deref(),
            Some("Take the refund now")
        );
        assert_eq!(
            took("Which works better: a callback tomorrow morning or an email tonight?").as_deref(),
            Some("An email tonight")
        );
    }

    #[test]
    fn the_span_is_the_asking_clause_and_the_last_question_wins() {
        let c = asked("订单号发我一下？另外，您看上午还是下午方便？").expect("a choice");
        assert_eq!(c.option, "下午");
        let chars: Vec<char> = "订单号发我一下？另外，您看上午还是下午方便？".chars().collect();
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), "您看上午还是下午方便");
    }
}

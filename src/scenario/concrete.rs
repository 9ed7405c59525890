//! Concrete replies: a reply that quotes the case's facts (order number, dates, amounts from the
//! case file) or states a concrete plan (a time, a remedy) has been heard, even when no
//! technique matched, so the emotion model never gives it the "unheard" penalty.
//! The plan patterns are data (`concrete_plan` in `assets/emotion.ron`); the facts come from the
//! scenario's case file in every locale.

/// The facts of a case file worth recognising in a reply: digit groups of three digits or more
/// (order numbers, amounts, times; separators such as `-` `.` `:` dropped) and Chinese dates
/// such as `11月18日`.
pub fn fact_tokens<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in texts {
        for t in digit_groups(text).into_iter().chain(dates(text)) {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    out
}

/// True when the reply quotes one of the facts: the same digit group, the last four or more
/// digits of a longer one (an order number's tail), or the same date.
pub fn quotes_facts(reply: &str, facts: &[String]) -> bool {
    let mine: Vec<String> = digit_groups(reply).into_iter().chain(dates(reply)).collect();
    mine.iter().any(|m| facts.iter().any(|f| f == m || (m.chars().count() >= 4 && f.ends_with(m.as_str()))))
}

/// Full-width digits read as ASCII ones.
fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

/// Runs of digits joined by `-` `.` `:` `/`, separators dropped, kept when three digits or more.
fn digit_groups(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if let Some(d) = ascii_digit(c) {
            cur.push(d);
            continue;
        }
        let joins = matches!(c, '-' | '.' | ':' | '/' | '：')
            && !cur.is_empty()
            && chars.get(i + 1).and_then(|n| ascii_digit(*n)).is_some();
        if !joins {
            if cur.len() >= 3 {
                out.push(std::mem::take(&mut cur));
            }
            cur.clear();
        }
    }
    if cur.len() >= 3 {
        out.push(cur);
    }
    out
}

/// Chinese month-day dates (`11月18日`, `11月18号`), as `11月18日`.
fn dates(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().filter_map(|c| ascii_digit(c).or(Some(c))).collect();
    let mut i = 0;
    while i < chars.len() {
        let month: String = chars[i..].iter().take_while(|c| c.is_ascii_digit()).collect();
        let after = i + month.len();
        if !month.is_empty() && chars.get(after) == Some(&'月') && (i == 0 || !chars[i - 1].is_ascii_digit()) {
            let day: String = chars[after + 1..].iter().take_while(|c| c.is_ascii_digit()).collect();
            let end = after + 1 + day.len();
            if !day.is_empty() && matches!(chars.get(end), Some('日' | '号' | '號')) {
                out.push(format!("{}月{}日", month.trim_start_matches('0'), day.trim_start_matches('0')));
                i = end + 1;
                continue;
            }
        }
        i += month.len().max(1);
    }
    out
}

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

/// True when the reply quotes one of the facts (clock times said in words count as their
/// digits: "下午三点十二分" is the case file's 15:12): the same digit group, the last four or more
/// digits of a longer one (an order number's tail), or the same date.
pub fn quotes_facts(reply: &str, facts: &[String]) -> bool {
    let mine: Vec<String> = digit_groups(reply).into_iter().chain(dates(reply)).chain(spoken_times(reply)).collect();
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

/// Clock times said with 点/时 and minutes (`下午三点十二分`, `3点12分`, `十点半`), as the digit groups a
/// case file writes them in (`1512`); an hour before 12 with no morning word may be either half of
/// the day, so both are given (`三点十二分` is `312` and `1512`).
fn spoken_times(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().map(|c| ascii_digit(c).unwrap_or(c)).collect();
    let mut out = Vec::new();
    for (i, _) in chars.iter().enumerate().filter(|(_, c)| matches!(c, '点' | '點' | '时' | '時')) {
        let Some((hour, from)) = number_before(&chars, i) else { continue };
        let Some(minute) = minutes_after(&chars, i + 1) else { continue };
        if hour > 24 || minute > 59 {
            continue;
        }
        let before: String = chars[from.saturating_sub(2)..from].iter().collect();
        let morning = ["上午", "早上", "凌晨", "早晨", "清早"].iter().any(|w| before.ends_with(w));
        let later = ["下午", "晚上", "傍晚", "中午", "夜里", "晚间"].iter().any(|w| before.ends_with(w));
        if !later || hour >= 12 {
            out.push(format!("{hour}{minute:02}"));
        }
        if !morning && (1..12).contains(&hour) {
            out.push(format!("{}{minute:02}", hour + 12));
        }
    }
    out
}

/// The number (digits or Chinese numerals up to 99) ending just before `end`, and where it starts.
fn number_before(chars: &[char], end: usize) -> Option<(u32, usize)> {
    let start = (0..end).rev().take_while(|&k| numeral(chars[k]).is_some()).last()?;
    Some((read_number(&chars[start..end])?, start))
}

/// The minutes after a 点 at `at`: a number followed by 分 or by no further digit, or 半.
fn minutes_after(chars: &[char], at: usize) -> Option<u32> {
    if chars.get(at) == Some(&'半') {
        return Some(30);
    }
    let len = chars[at.min(chars.len())..].iter().take_while(|c| numeral(**c).is_some()).count();
    (len > 0).then(|| read_number(&chars[at..at + len])).flatten()
}

fn numeral(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '零' | '〇' => Some(0),
        '一' => Some(1),
        '二' | '两' | '兩' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        '十' => Some(10),
        _ => None,
    }
}

/// `12`, `十二`, `二十三`, `十`, `三十`: digits as digits, Chinese numerals by their tens.
fn read_number(cs: &[char]) -> Option<u32> {
    if cs.iter().all(char::is_ascii_digit) {
        return cs.iter().collect::<String>().parse().ok().filter(|_| cs.len() <= 2);
    }
    match cs {
        [t] if *t == '十' => Some(10),
        [t, u] if *t == '十' => Some(10 + numeral(*u)?),
        [d, t] if *t == '十' => Some(numeral(*d)? * 10),
        [d, t, u] if *t == '十' => Some(numeral(*d)? * 10 + numeral(*u)?),
        [d] => numeral(*d).filter(|n| *n < 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_times_in_words_quote_the_case_files_digits() {
        let facts = fact_tokens(["11月18日 15:12 本人签收"]);
        for said in ["系统上写的是昨天下午三点十二分本人签收", "显示3点12分签收的", "15点12分签收"]
        {
            assert!(quotes_facts(said, &facts), "{said}");
        }
        for other in ["上午三点十二分", "下午四点十二分", "三点钟", "十二点", "三点多"] {
            assert!(!quotes_facts(other, &facts), "{other}");
        }
        assert_eq!(spoken_times("十点半"), ["1030", "2230"]);
        assert!(spoken_times("点").is_empty() && spoken_times("一百点十分").is_empty());
    }
}

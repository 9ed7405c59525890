//! Input normalisation: one output character for every input character, so that spans found in
//! the normalised text are spans of the reply as typed.
//!
//! Traditional → simplified (fast2s's mapping, `simplify`), full-width → half-width, CJK punctuation → ASCII,
//! curly quotes → straight, lowercase, 妳 (the "you" written to a woman) → 你.

/// The normalised text and, per byte of it, the character index (for char offsets of matches).
#[derive(Debug, Default)]
pub struct Normalised {
    /// Normalised text, same number of characters as the input.
    pub text: String,
    /// `char_at[b]` is the character index of byte `b`; `char_at[len]` is the character count.
    pub char_at: Vec<u32>,
}

impl Normalised {
    /// Normalises `input`.
    pub fn new(input: &str) -> Normalised {
        let text = Normalised::text_of(input);
        if text.is_ascii() {
            let char_at = (0..=text.len() as u32).collect();
            return Normalised { text, char_at };
        }
        let mut char_at = Vec::with_capacity(text.len() + 1);
        let mut count = 0;
        for (i, c) in text.chars().enumerate() {
            char_at.extend(std::iter::repeat_n(i as u32, c.len_utf8()));
            count = i as u32 + 1;
        }
        char_at.push(count);
        Normalised { text, char_at }
    }

    /// The normalised text alone (what a phrasebook word compiles to).
    pub fn text_of(input: &str) -> String {
        let mut out = String::with_capacity(input.len());
        for c in input.chars().map(fold_char) {
            match super::simplify::char_of(c) {
                Some(s) => out.push(s),
                // Converted by its neighbours: the folded text goes through fast2s whole.
                None => return super::simplify::simplified(&input.chars().map(fold_char).collect::<String>()),
            }
        }
        out
    }

    /// Character index of a byte offset.
    pub fn char_index(&self, byte: usize) -> usize {
        self.char_at[byte] as usize
    }
}

/// Width, punctuation and case folding of one character.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => {
            let half = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
            half.to_ascii_lowercase()
        }
        '\u{3000}' => ' ',
        '。' | '｡' => '.',
        '、' => ',',
        '“' | '”' | '「' | '」' => '"',
        '‘' | '’' | '`' => '\'',
        '〜' => '~',
        '妳' => '你',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    }
}

/// True for a Han character (CJK unified ideographs, extension A, compatibility ideographs).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x3400..=0x4DBF | 0xF900..=0xFAFF)
}

/// True when `c` ends a sentence (after folding).
pub fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n' | '…')
}

/// Words a full stop follows without ending the sentence ("Ms. Li", "5 p.m. tomorrow").
const ABBREVIATIONS: [&str; 14] =
    ["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "ext", "approx", "p.m", "a.m", "e.g"];

/// Per character of the normalised `text`, whether it ends a sentence: an end mark, except a full
/// stop inside a number, an address or a domain ("5.30", "li@shop.com") or after a title or an
/// abbreviation ("Ms. Li", "by 5 p.m. tomorrow"). A folded "。" before a digit still ends one.
pub fn sentence_ends(text: &str) -> impl Iterator<Item = bool> + '_ {
    let mut chars = text.chars().peekable();
    // The ASCII letters and dots just before the current character (the last 8).
    let mut word = Word::default();
    let mut prev = ' ';
    std::iter::from_fn(move || {
        let c = chars.next()?;
        // Between two letters or digits ("5.30", "shop.com", not "号码。4点"), or after a title.
        let inside = c == '.'
            && ((prev.is_ascii_alphanumeric() && chars.peek().is_some_and(char::is_ascii_alphanumeric))
                || ABBREVIATIONS.contains(&word.as_str()));
        prev = c;
        if c.is_ascii_alphabetic() || (c == '.' && word.len > 0) {
            word.push(c as u8);
        } else {
            word.len = 0;
        }
        Some(ends_sentence(c) && !inside)
    })
}

/// The last few ASCII letters and dots read, without allocating.
#[derive(Default)]
struct Word {
    bytes: [u8; 8],
    len: usize,
}

impl Word {
    fn push(&mut self, b: u8) {
        if self.len == self.bytes.len() {
            self.bytes.copy_within(1.., 0);
            self.len -= 1;
        }
        self.bytes[self.len] = b;
        self.len += 1;
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_one_char_per_char() {
        let input = "您好！請問ＡＢＣ訂單號？Hello";
        let n = Normalised::new(input);
        assert_eq!(n.text.chars().count(), input.chars().count());
        assert_eq!(n.text, "您好!请问abc订单号?hello");
        assert_eq!(n.char_index(n.text.len()), input.chars().count());
        assert_eq!(Normalised::new("妳自己選的").text, "你自己选的");
    }

    fn sentences(text: &str) -> Vec<String> {
        let mut out = vec![String::new()];
        for (c, end) in text.chars().zip(sentence_ends(text)) {
            out.last_mut().unwrap().push(c);
            if end {
                out.push(String::new());
            }
        }
        out.into_iter().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
    }

    #[test]
    fn titles_times_numbers_and_addresses_do_not_end_a_sentence() {
        let text = "Thanks, Ms. Li, for waiting. it will be emailed to li@shop.com by 12.30 tomorrow. \
                    I call you by 5 p.m. today! OK? 好的。4点前给您回电。";
        assert_eq!(
            sentences(&Normalised::new(text).text),
            [
                "thanks, ms. li, for waiting.",
                "it will be emailed to li@shop.com by 12.30 tomorrow.",
                "i call you by 5 p.m. today!",
                "ok?",
                "好的.",
                "4点前给您回电."
            ]
        );
    }
}

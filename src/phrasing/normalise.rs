//! Input normalisation: one output character for every input character, so that spans found in
//! the normalised text are spans of the reply as typed.
//!
//! Traditional → simplified (fast2s), full-width → half-width, CJK punctuation → ASCII,
//! curly quotes → straight, lowercase.

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
        let mut folded = String::with_capacity(input.len());
        folded.extend(input.chars().map(fold_char));
        if folded.is_ascii() {
            let char_at = (0..=folded.len() as u32).collect();
            return Normalised { text: folded, char_at };
        }
        // Traditional → simplified only where there is a CJK character to convert.
        let text = match folded.chars().any(|c| c >= '\u{2E80}') {
            true => fast2s::convert(&folded),
            false => folded,
        };
        let mut char_at = Vec::with_capacity(text.len() + 1);
        let mut count = 0;
        for (i, c) in text.chars().enumerate() {
            char_at.extend(std::iter::repeat_n(i as u32, c.len_utf8()));
            count = i as u32 + 1;
        }
        char_at.push(count);
        Normalised { text, char_at }
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
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    }
}

/// True when `c` ends a sentence (after folding).
pub fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | '\n' | '…')
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
    }
}

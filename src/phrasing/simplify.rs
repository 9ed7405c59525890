//! Traditional → simplified exactly as `fast2s` converts, at one table lookup per character.
//!
//! `fast2s` looks every character up in three hash maps (6 % of a reply's cost when scoring real
//! lines, measured with callgrind). Its per-character mapping is read once into a table; the few
//! characters it converts by their neighbours (計畫 → 计划, 乾隆 stays) send the text to `fast2s`.

use std::sync::LazyLock;

/// Characters `fast2s` converts depending on the characters around them (its special cases).
const BY_CONTEXT: &str = "兒覆夥藉瞭麽幺於乾著苧闔鍾讎畫";

/// `fast2s` only converts characters of three UTF-8 bytes.
const FIRST: u32 = 0x800;
const LAST: u32 = 0xFFFF;

/// Table entry: the character is unchanged.
const SAME: u16 = 0;
/// Table entry: converted by context (or not to one BMP character): ask `fast2s`.
const ASK: u16 = 1;

/// Per character in `FIRST..=LAST`: [`SAME`], [`ASK`] or its simplified form.
static TABLE: LazyLock<Box<[u16]>> = LazyLock::new(|| {
    let mut table = vec![SAME; (LAST - FIRST + 1) as usize];
    let chars: Vec<char> = (FIRST..=LAST).filter_map(char::from_u32).collect();
    // One conversion of every character between spaces: no neighbour makes a special case.
    let spaced: String = chars.iter().flat_map(|&c| [c, ' ']).collect();
    for (&c, s) in chars.iter().zip(fast2s::convert(&spaced).chars().step_by(2)) {
        table[(c as u32 - FIRST) as usize] = match s as u32 {
            _ if s == c => SAME,
            code @ 2..=0xFFFF => code as u16,
            _ => ASK,
        };
    }
    for c in BY_CONTEXT.chars() {
        table[(c as u32 - FIRST) as usize] = ASK;
    }
    table.into_boxed_slice()
});

/// What one character becomes, or `None` when `fast2s` must see the whole text.
pub fn char_of(c: char) -> Option<char> {
    let code = c as u32;
    if !(FIRST..=LAST).contains(&code) {
        return Some(c);
    }
    match TABLE[(code - FIRST) as usize] {
        SAME => Some(c),
        ASK => None,
        s => char::from_u32(s as u32),
    }
}

/// `text` in simplified characters, as `fast2s::convert` gives it.
pub fn simplified(text: &str) -> String {
    text.chars().map(char_of).collect::<Option<String>>().unwrap_or_else(|| fast2s::convert(text))
}

/// Whether `text` holds a character that converts (a traditional text).
pub fn changes(text: &str) -> bool {
    for c in text.chars() {
        match char_of(c) {
            Some(s) if s == c => {}
            Some(_) => return true,
            None => return fast2s::convert(text) != text,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_converts_as_fast2s_converts_it() {
        for c in (FIRST..=LAST).filter_map(char::from_u32) {
            for text in [format!("{c}"), format!("a{c}中"), format!("臺{c}")] {
                assert_eq!(simplified(&text), fast2s::convert(&text), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn characters_converted_by_their_neighbours_follow_fast2s() {
        let words = "兒寬 答覆 回覆 甚夥 慰藉 藉口 憑藉 瞭望 幺麽 樊於 乾隆 乾坤 看著 苧麻 闔家 鍾書 校讎 計畫 企畫 畫畫 頭髮乾了";
        assert_eq!(simplified(words), fast2s::convert(words));
        assert_eq!(simplified("計畫"), "计划");
        assert!(changes("訂單") && !changes("订单") && !changes("order 123"));
    }
}

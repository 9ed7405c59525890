//! English surface forms, computed once when the phrasebooks compile: the inflections of a
//! `~word` anchor (checked against the Snowball stemmer, so only forms of the same word are
//! kept) and the spellings of contractions (can't / cant / cannot / can not).
//!
//! Doing this at compile time keeps the scan a single automaton pass: a reply is never stemmed.

use rust_stemmers::{Algorithm, Stemmer};

/// Every inflection of `word` that stems like it: `apologize` → apologize, apologizes,
/// apologized, apologizing, apologise, apologises… Multi-word anchors inflect their last word.
pub fn inflections(word: &str) -> Vec<String> {
    let (head, last) = match word.rfind(' ') {
        Some(i) => (&word[..=i], &word[i + 1..]),
        None => ("", word),
    };
    let stemmer = Stemmer::create(Algorithm::English);
    let bases = spelling_variants(last);
    let stems: Vec<String> = bases.iter().map(|b| stemmer.stem(b).to_string()).collect();
    let mut forms: Vec<String> = bases
        .iter()
        .flat_map(|b| suffixed(b))
        .filter(|f| bases.contains(f) || stems.iter().any(|s| stemmer.stem(f) == s.as_str()))
        .map(|f| format!("{head}{f}"))
        .collect();
    forms.sort();
    forms.dedup();
    forms
}

/// The word with its British/American -ise/-ize, -our/-or spellings.
fn spelling_variants(w: &str) -> Vec<String> {
    let mut bases = vec![w.to_string()];
    for (a, b) in [("ize", "ise"), ("ise", "ize"), ("yze", "yse"), ("our", "or"), ("or", "our")] {
        if let Some(stem) = w.strip_suffix(a) {
            bases.push(format!("{stem}{b}"));
        }
    }
    bases
}

/// Candidate inflections of one spelling (the stemmer decides which are real).
fn suffixed(w: &str) -> Vec<String> {
    if let Some(stem) = w.strip_suffix('e') {
        return vec![w.to_string(), format!("{w}s"), format!("{w}d"), format!("{stem}ing")];
    }
    let mut out = vec![w.to_string(), format!("{w}s"), format!("{w}es"), format!("{w}ed"), format!("{w}ing")];
    if let Some(stem) = w.strip_suffix('y') {
        out.extend([format!("{stem}ies"), format!("{stem}ied")]);
    }
    if let Some(last) = w.chars().last().filter(|c| !"aeiouwxy".contains(*c)) {
        out.extend([format!("{w}{last}ed"), format!("{w}{last}ing")]);
    }
    out
}

/// The spellings a typist uses for one literal: `can't` → can't, cant, cannot, can not;
/// `do not` → do not, don't, dont. Literals without a contraction come back alone.
pub fn spellings(literal: &str) -> Vec<String> {
    if !literal.bytes().any(|b| b.is_ascii_alphabetic()) {
        return vec![literal.to_string()];
    }
    let has = Needles::of(literal);
    let mut out = contracted(literal, &has);
    // Chat spellings of whole words: "i'll call you" is also "i'll call u", "ill call u".
    for (_, (word, chat)) in CHAT.iter().enumerate().filter(|(i, _)| has.chat(*i)) {
        let found: Vec<String> = out.iter().filter_map(|s| swap_word(s, word, chat)).collect();
        out.extend(found);
    }
    out.sort();
    out.dedup();
    out
}

/// `s` with every whole word `word` spelled `chat`, if it has one.
fn swap_word(s: &str, word: &str, chat: &str) -> Option<String> {
    let words: Vec<&str> = s.split(' ').collect();
    words.contains(&word).then(|| words.iter().map(|w| if *w == word { chat } else { w }).collect::<Vec<_>>().join(" "))
}

/// Words as they are typed in chat; none of the short forms is another English word.
const CHAT: [(&str, &str); 8] = [
    ("you", "u"),
    ("your", "ur"),
    ("you're", "ur"),
    ("please", "pls"),
    ("please", "plz"),
    ("thanks", "thx"),
    ("tomorrow", "tmr"),
    ("tonight", "tonite"),
];

/// Which contractions, full forms and chat words occur in a literal, found in one pass (a
/// phrasebook compiles some 20,000 literals; one `contains` per needle was a sixth of loading).
struct Needles(u128);

/// Every needle, in the order [`Needles`] numbers them: contractions, full forms, chat words.
static NEEDLES: std::sync::LazyLock<aho_corasick::AhoCorasick> = std::sync::LazyLock::new(|| {
    let all = CONTRACTIONS.iter().map(|c| c.0).chain(CONTRACTIONS.iter().map(|c| c.1)).chain(CHAT.iter().map(|c| c.0));
    aho_corasick::AhoCorasick::new(all).expect("plain strings build")
});

impl Needles {
    fn of(literal: &str) -> Needles {
        // Every needle is ASCII: a literal without an ASCII letter holds none.
        if !literal.bytes().any(|b| b.is_ascii_alphabetic()) {
            return Needles(0);
        }
        Needles(NEEDLES.find_overlapping_iter(literal).fold(0, |bits, m| bits | 1 << m.pattern().as_usize()))
    }
    fn short(&self, i: usize) -> bool {
        self.0 >> i & 1 == 1
    }
    fn long(&self, i: usize) -> bool {
        self.0 >> (CONTRACTIONS.len() + i) & 1 == 1
    }
    fn chat(&self, i: usize) -> bool {
        self.0 >> (2 * CONTRACTIONS.len() + i) & 1 == 1
    }
}

/// The literal with its contractions spelled every way.
fn contracted(literal: &str, has: &Needles) -> Vec<String> {
    let mut out = vec![literal.to_string()];
    // Every contraction has an apostrophe and every full form a space.
    if !literal.contains(['\'', ' ']) {
        return out;
    }
    for (i, (short, long)) in CONTRACTIONS.into_iter().enumerate() {
        if has.short(i) {
            out.push(literal.replace(short, long));
            out.push(literal.replace(short, &short.replace('\'', "")));
        } else if has.long(i) {
            out.push(literal.replace(long, short));
            out.push(literal.replace(long, &short.replace('\'', "")));
        }
    }
    if has.short(0) || has.long(0) {
        out.push(literal.replace("can't", "cannot").replace("can not", "cannot"));
    }
    // Texting drops every apostrophe at once: "i don't know if they'll" → "i dont know if theyll",
    // "the rule's the rule" → "the rules the rule".
    let bare: Vec<String> = out.iter().filter(|s| s.contains('\'')).map(|s| s.replace('\'', "")).collect();
    out.extend(bare);
    // Dropping the apostrophe of "i'm" / "you're" is common; "we'll" → "well" is a word, so a
    // derived spelling that is another word is dropped (the literal as written always stays).
    let derived_words = ["well", "were", "wed", "its", "id", "ill", "hell", "shell", "cant", "wont", "lets", "shed"];
    out.retain(|s| !s.is_empty() && (s == literal || !derived_words.contains(&s.as_str())));
    out
}

/// Contracted and full forms; the apostrophe-less spelling is derived.
const CONTRACTIONS: [(&str, &str); 32] = [
    ("can't", "can not"),
    ("won't", "will not"),
    ("don't", "do not"),
    ("doesn't", "does not"),
    ("didn't", "did not"),
    ("isn't", "is not"),
    ("aren't", "are not"),
    ("wasn't", "was not"),
    ("couldn't", "could not"),
    ("wouldn't", "would not"),
    ("shouldn't", "should not"),
    ("haven't", "have not"),
    ("i'm", "i am"),
    ("you're", "you are"),
    ("i'll", "i will"),
    ("i've", "i have"),
    ("we're", "we are"),
    ("we'll", "we will"),
    ("we've", "we have"),
    ("that's", "that is"),
    ("there's", "there is"),
    ("let's", "let us"),
    ("what's", "what is"),
    ("you'll", "you will"),
    ("it's", "it is"),
    ("it'll", "it will"),
    ("they're", "they are"),
    ("they'll", "they will"),
    ("they've", "they have"),
    ("you've", "you have"),
    ("hasn't", "has not"),
    ("weren't", "were not"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_follow_the_stemmer() {
        let f = inflections("apologize");
        for want in ["apologize", "apologizes", "apologized", "apologizing", "apologise", "apologising"] {
            assert!(f.contains(&want.to_string()), "{want} missing from {f:?}");
        }
        assert!(!f.iter().any(|x| x == "apologizeing"), "{f:?}");
    }

    #[test]
    fn a_phrase_inflects_its_last_word() {
        let f = inflections("look into");
        assert!(f.contains(&"look into".to_string()));
        let f = inflections("i understand");
        assert!(f.contains(&"i understand".to_string()) && f.contains(&"i understands".to_string()));
    }

    #[test]
    fn contractions_have_every_spelling() {
        let s = spellings("i can't");
        for want in ["i can't", "i cant", "i cannot", "i can not"] {
            assert!(s.contains(&want.to_string()), "{want} missing from {s:?}");
        }
        assert!(spellings("we do not").contains(&"we don't".to_string()));
        assert_eq!(spellings("sorry"), vec!["sorry"]);
        assert_eq!(spellings("its"), vec!["its"], "a literal is never dropped");
        assert!(!spellings("we'll").contains(&"well".to_string()), "a derived spelling that is another word is");
    }

    #[test]
    fn chat_spellings_of_whole_words() {
        let s = spellings("i'll call you tomorrow");
        for want in ["i'll call u tomorrow", "ill call u tmr", "i will call you tomorrow", "i'll call you tmr"] {
            assert!(s.contains(&want.to_string()), "{want} missing from {s:?}");
        }
        assert!(spellings("let's sort it").contains(&"lets sort it".to_string()));
        let s = spellings("i don't know if they'll");
        for want in ["i dont know if theyll", "i dont know if they will", "i don't know if theyll"] {
            assert!(s.contains(&want.to_string()), "{want} missing from {s:?}");
        }
        assert!(spellings("rule's the rule").contains(&"rules the rule".to_string()));
        assert!(spellings("it's only a small").contains(&"its only a small".to_string()));
        assert_eq!(spellings("it's"), vec!["it is", "it's"], "\"its\" is another word");
        assert_eq!(spellings("youth"), vec!["youth"], "only whole words");
        assert_eq!(
            spellings("please hold"),
            vec!["please hold", "pls hold", "plz hold"],
            "both chat forms of one word"
        );
        assert_eq!(spellings("我帮您查一下"), vec!["我帮您查一下"]);
        assert!(spellings("您check一下you").contains(&"您check一下you".to_string()));
    }
}

//! Small text helpers shared by every layer: edit distance for "did you mean" hints,
//! character offsets and line/column positions.

/// The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// 1-based line and column of a byte offset in `text`.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_ids_only() {
        let ids = ["empathy", "apology", "closing"];
        assert_eq!(closest("empaty", ids), Some("empathy"));
        assert_eq!(closest("zzzzzzz", ids), None);
        assert_eq!(closest("吗啡", ["咖啡", "茶"]), Some("咖啡"), "distance counts characters, not bytes");
    }

    #[test]
    fn line_col_counts_chars() {
        assert_eq!(line_col("ab\n中文x", 9), (2, 3));
    }
}

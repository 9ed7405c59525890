//! The technique and taboo ids of `TECHNIQUES.md`: a public contract, never renamed.

/// Every technique id, in the order of `TECHNIQUES.md`.
pub const TECHNIQUES: &[&str] = &[
    "when_question",
    "topic_shift",
    "pause_consult",
    "set_limits",
    "polite_no",
    "offer_alternative",
    "empathy",
    "apology",
    "paraphrase_confirm",
    "probing_question",
    "offer_help",
    "commit_timeline",
    "thank_customer",
    "positive_wording",
    "i_statement",
    "warm_handoff",
    "greeting",
    "hold_notice",
    "reassurance",
    "closing",
];

/// Every taboo id, in the order of `TECHNIQUES.md`.
pub const TABOOS: &[&str] = &[
    "blame_customer",
    "policy_shield",
    "pass_the_buck",
    "commanding",
    "dismissive",
    "negative_wording",
    "argue_back",
    "threaten",
    "lecture",
    "badmouth_company",
    "weak_commitment",
    "share_private_data",
    "internet_slang",
];

/// True when `id` is a technique id.
pub fn is_technique(id: &str) -> bool {
    TECHNIQUES.contains(&id)
}

/// True when `id` is a taboo id.
pub fn is_taboo(id: &str) -> bool {
    TABOOS.contains(&id)
}

/// True when `id` names a technique or a taboo.
pub fn is_known(id: &str) -> bool {
    is_technique(id) || is_taboo(id)
}

/// The known id closest to a misspelt one, for "did you mean" hints.
pub fn suggest(id: &str) -> Option<&'static str> {
    crate::text::closest(id, TECHNIQUES.iter().chain(TABOOS).copied())
}

//! The scenario format trainers write in RON (`scenarios/<id>/scenario.ron`).
//! Every user-facing string is a Fluent id looked up in the scenario's own `.ftl` files.
//! Documented for authors in `docs/scenario-format.md`.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

/// One angry-customer scenario.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Folder name and stable id (`late_parcel`).
    pub id: String,
    /// Fluent id of the title.
    pub title: String,
    /// Fluent id of the briefing shown before the run.
    pub briefing: String,
    /// Chat window or phone call.
    pub channel: Channel,
    /// How hard the customer is.
    pub difficulty: Difficulty,
    /// Technique ids this scenario trains.
    pub trains: Vec<String>,
    /// Free tags for the picker (`logistics`, `refund`…).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Who the customer is.
    pub persona: Persona,
    /// Patience lost per second while the customer waits for a reply (0 = relaxed).
    #[serde(default)]
    pub patience_drain: f32,
    /// What the agent can look up: order, logistics, policies (Fluent ids).
    #[serde(default)]
    pub case: Case,
    /// Meter effects that replace the shared defaults for this scenario, by technique/taboo id.
    #[serde(default)]
    pub effects: BTreeMap<String, Effect>,
    /// Endings that fire by themselves when a meter runs out.
    #[serde(default)]
    pub limits: Limits,
    /// The first beat.
    pub start: String,
    /// The moments of the conversation, by id.
    pub beats: BTreeMap<String, Beat>,
    /// How the run can end, by id (shares the id space with beats).
    pub endings: BTreeMap<String, Ending>,
    /// Regression tests the author keeps with the scenario (run by `defuse check`).
    #[serde(default)]
    pub tests: Vec<Golden>,
    /// What the agent's questions can be about, by name (`birthday`): the words, in any of the
    /// scenario's languages, that show the sentence asking is about it. A question about a topic
    /// gets the reaction `react-<key>-<topic>-<n>` when the scenario has one ("生日是哪天？" is
    /// answered with the birthday, not the day the parcel was signed for).
    #[serde(default)]
    pub topics: BTreeMap<String, Vec<String>>,
    /// The case file's facts (digit groups, dates) in every locale, filled in when the scenario
    /// is loaded with its text: a reply quoting them is concrete, never "unheard".
    #[serde(skip)]
    #[schemars(skip)]
    pub case_facts: Vec<String>,
    /// Reaction ids (`react-…`) the scenario's own `.ftl` files define, filled in at load:
    /// they override the shared reactions (`scenario::reaction`).
    #[serde(skip)]
    #[schemars(skip)]
    pub reaction_ids: std::collections::BTreeSet<String>,
}

/// Chat or phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Channel {
    /// A chat window (千牛/咚咚 style).
    Chat,
    /// A phone call; the customer's words show as captions.
    Phone,
}

/// Difficulty level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum Difficulty {
    /// A gentle first scenario.
    Easy,
    /// Needs several techniques.
    Medium,
    /// Only the right technique at the right moment saves it.
    Hard,
}

/// The customer.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Fluent id of the customer's name.
    pub name: String,
    /// What kind of complaint (事务型/态度型/意见型).
    pub complaint: ComplaintType,
    /// The manual's four temperaments; scales how techniques land.
    pub temperament: Temperament,
    /// Meters at the start.
    pub meters: Meters,
}

/// 事务型 / 态度型 / 意见型.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum ComplaintType {
    /// 事务型: something went wrong with the order.
    Factual,
    /// 态度型: the service attitude hurt.
    Attitude,
    /// 意见型: disagrees with a policy or product.
    Opinion,
}

/// 支配型 / 表达型 / 和蔼型 / 分析型.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum Temperament {
    /// 支配型: wants control and results; hates being told what to do.
    Dominant,
    /// 表达型: wants to be heard and liked.
    Expressive,
    /// 和蔼型: wants warmth and reassurance.
    Amiable,
    /// 分析型: wants facts, times and details.
    Analytical,
}

/// The three emotion meters, 0-100.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meters {
    /// 怒气: high is bad.
    pub anger: f32,
    /// 信任: high is good.
    pub trust: f32,
    /// 耐心: when it runs out the customer leaves.
    pub patience: f32,
}

/// One meter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Meter {
    /// 怒气.
    Anger,
    /// 信任.
    Trust,
    /// 耐心.
    Patience,
}

/// A change to the three meters.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Effect {
    /// Change to anger.
    pub anger: f32,
    /// Change to trust.
    pub trust: f32,
    /// Change to patience.
    pub patience: f32,
}

/// What the agent can look up during the run.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Case {
    /// Order facts (number, item, price, paid at), as Fluent ids.
    pub order: Vec<String>,
    /// Logistics events, oldest first, as Fluent ids.
    pub logistics: Vec<String>,
    /// Policies that apply (return window, shipping rules), as Fluent ids.
    pub policies: Vec<String>,
}

/// Endings that fire when a meter runs out, checked before the beat's branches.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Ending when anger reaches 100.
    pub anger_max: Option<String>,
    /// Ending when patience reaches 0.
    pub patience_out: Option<String>,
    /// Most replies in one run.
    pub max_turns: u32,
    /// Ending when `max_turns` is reached.
    pub turns_out: Option<String>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { anger_max: None, patience_out: None, max_turns: 20, turns_out: None }
    }
}

/// A complaint-handling stage (the manual's 受理 → 澄清 → 方案 → 回访).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize, JsonSchema)]
pub enum Stage {
    /// 受理: receive the complaint, calm the customer.
    #[default]
    Accept,
    /// 澄清: find the facts.
    Clarify,
    /// 方案: offer the solution.
    Solve,
    /// 回访: follow up and close.
    FollowUp,
}

impl Stage {
    /// All stages in order.
    pub const ALL: [Stage; 4] = [Stage::Accept, Stage::Clarify, Stage::Solve, Stage::FollowUp];

    /// The stage's stable key (`accept`…), used in Fluent ids and exports.
    pub fn key(self) -> &'static str {
        match self {
            Stage::Accept => "accept",
            Stage::Clarify => "clarify",
            Stage::Solve => "solve",
            Stage::FollowUp => "follow-up",
        }
    }
}

/// One moment of the conversation: the customer speaks, the trainee replies, a branch is taken.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Beat {
    /// Variants of what the customer says (Fluent ids); one is picked from the run's seed.
    pub lines: Vec<String>,
    /// Technique ids this moment calls for (shown by the hint, scored as fit).
    #[serde(default)]
    pub calls_for: Vec<String>,
    /// The stage this beat belongs to.
    #[serde(default)]
    pub stage: Stage,
    /// Authored replies for choice mode; the engine scores them.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// Checked in order after the reply; the first that holds is taken. None: the beat repeats.
    #[serde(default)]
    pub branches: Vec<Branch>,
    /// When this holds for the reply that brings the run into the beat, the beat is passed: its
    /// branches are tried at once with that same reply. Written bare (`passed_when: Cited`).
    #[serde(default, deserialize_with = "bare", skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Cond")]
    pub passed_when: Option<Cond>,
    /// Line variants not to say while their condition holds, by line id (the transcript already
    /// holds what they ask for). When every variant is excluded, the usual pick applies.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unless: BTreeMap<String, Cond>,
}

/// An optional condition written without `Some(…)`.
fn bare<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cond>, D::Error> {
    Cond::deserialize(d).map(Some)
}

/// An authored reply for choice mode.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Fluent id of the reply text.
    pub text: String,
    /// Whether the author meant it as a good reply (the checker compares scores).
    pub good: bool,
}

/// A way out of a beat.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// When to take it.
    pub when: Cond,
    /// A beat id or an ending id.
    pub goto: String,
    /// Flags to set when taken.
    #[serde(default)]
    pub set: Vec<String>,
}

/// A branch condition on the reply, the transcript so far, the meters, the turn count and flags.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub enum Cond {
    /// Always holds (a fallback).
    Always,
    /// The reply shows this technique or contains this taboo.
    Used(String),
    /// Some reply so far (this one included) showed this technique or contained this taboo.
    Said(String),
    /// Some reply so far (this one included) quoted the case file: the order number or its last
    /// digits, a date, an amount.
    Cited,
    /// The reply contains any taboo.
    AnyTaboo,
    /// The reply shows none of the techniques this beat calls for.
    Missed,
    /// A meter (after this reply) is above the value.
    Above(Meter, f32),
    /// A meter (after this reply) is below the value.
    Below(Meter, f32),
    /// The reply's phrasing score is at least this.
    ScoreAtLeast(u8),
    /// At least this many replies were given in this beat (this one included).
    TurnsHere(u32),
    /// At least this many replies in the whole run.
    Turns(u32),
    /// A flag set by an earlier branch.
    Flag(String),
    /// Every condition holds.
    All(Vec<Cond>),
    /// At least one holds.
    Any(Vec<Cond>),
    /// The condition does not hold.
    Not(Box<Cond>),
}

/// How a run ended.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    /// The outcome.
    pub kind: EndingKind,
    /// Fluent id of the debrief text.
    pub debrief: String,
}

/// Outcomes, from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum EndingKind {
    /// The problem is solved and the customer is satisfied.
    Resolved,
    /// The customer was angry and now trusts the shop again.
    WonBack,
    /// The agent set limits and rescheduled the talk calmly.
    Rescheduled,
    /// The customer escalates (complaint to the platform, a bad review).
    Escalated,
    /// The customer left.
    CustomerLeft,
}

impl EndingKind {
    /// Whether this counts as a good outcome.
    pub fn is_good(self) -> bool {
        matches!(self, EndingKind::Resolved | EndingKind::WonBack | EndingKind::Rescheduled)
    }

    /// Points the outcome is worth in the run grade.
    pub fn value(self) -> f32 {
        match self {
            EndingKind::Resolved | EndingKind::WonBack => 100.0,
            EndingKind::Rescheduled => 70.0,
            EndingKind::Escalated => 20.0,
            EndingKind::CustomerLeft => 0.0,
        }
    }

    /// Stable key for Fluent ids and exports.
    pub fn key(self) -> &'static str {
        match self {
            EndingKind::Resolved => "resolved",
            EndingKind::WonBack => "won-back",
            EndingKind::Rescheduled => "rescheduled",
            EndingKind::Escalated => "escalated",
            EndingKind::CustomerLeft => "customer-left",
        }
    }
}

/// A golden transcript: scripted replies and what must come out.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Golden {
    /// A name for messages.
    pub name: String,
    /// Seed of the run.
    #[serde(default)]
    pub seed: u64,
    /// Locale the replies are in.
    #[serde(default = "default_locale")]
    pub locale: String,
    /// The trainee's replies, in order.
    pub replies: Vec<String>,
    /// The ending id the run must reach (None: the run must still be going).
    pub ending: Option<String>,
    /// Checks on chosen turns.
    #[serde(default)]
    pub expect: Vec<Expect>,
}

fn default_locale() -> String {
    "zh-CN".into()
}

/// What one turn of a golden transcript must show.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// 1-based turn number.
    pub turn: usize,
    /// Ids the engine must find.
    #[serde(default)]
    pub has: Vec<String>,
    /// Ids the engine must not find.
    #[serde(default)]
    pub lacks: Vec<String>,
    /// Lowest acceptable phrasing score.
    #[serde(default)]
    pub min_score: Option<u8>,
    /// Highest acceptable phrasing score.
    #[serde(default)]
    pub max_score: Option<u8>,
}

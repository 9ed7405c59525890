//! The customer's emotion model: how a reply, and waiting, move anger, trust and patience.
//!
//! Data in `assets/emotion.ron`; the model is documented in `docs/emotion-model.md`.
//! "先处理心情再处理事情": solutions land in proportion to how calm the customer already is,
//! so calming first and solving second beats solving at once.

use super::format::{Effect, Meter, Meters, Temperament};
use crate::phrasing::Analysis;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a technique does, for the calm-first rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
pub enum Family {
    /// Lowers the heat (empathy, apology, when-question…): full effect at any anger.
    #[default]
    Calm,
    /// Solves the matter (alternatives, timelines…): damped while anger is high.
    Solve,
}

/// The shared model, loaded from `assets/emotion.ron`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
pub struct EmotionModel {
    /// Default effect of each technique and taboo id.
    pub effects: BTreeMap<String, Effect>,
    /// Techniques of the Solve family (the rest are Calm).
    pub solve: Vec<String>,
    /// Per temperament, multipliers for chosen ids (1.0 where absent).
    pub temperaments: BTreeMap<Temperament, BTreeMap<String, f32>>,
    /// A reply with no technique and no taboo: the customer feels unheard.
    pub unheard: Effect,
    /// Extra effect when the reply shows a technique the beat called for.
    pub called_for: Effect,
    /// How much anger damps a solution: factor `1 - solve_damping * anger / 100`.
    pub solve_damping: f32,
    /// Each earlier use of the same technique in the run multiplies its effect by this.
    pub repeat_decay: f32,
    /// Patterns (regular expressions) of a concrete plan: a time, a date, a remedy. A reply
    /// that matches one, or quotes the case's facts, is never "unheard".
    #[serde(default)]
    pub concrete_plan: Vec<String>,
    #[serde(skip)]
    #[schemars(skip)]
    plan: Vec<regex::Regex>,
}

/// Why a meter moved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reason {
    /// A technique in the reply.
    Technique(String),
    /// A taboo in the reply.
    Taboo(String),
    /// The customer waited this many seconds.
    Waiting(f32),
    /// No technique, no taboo: the customer felt unheard.
    Unheard,
    /// The reply gave what the moment called for.
    CalledFor(String),
}

/// One meter change with its reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeterChange {
    /// Which meter.
    pub meter: Meter,
    /// By how much (after clamping is not applied: the raw effect).
    pub delta: f32,
    /// Why.
    pub reason: Reason,
}

/// Everything the model needs to judge one reply.
pub struct ReplyContext<'a> {
    /// The engine's analysis.
    pub analysis: &'a Analysis,
    /// Seconds the customer waited for this reply.
    pub waited: f32,
    /// Patience lost per second of waiting.
    pub drain: f32,
    /// The customer's temperament.
    pub temperament: Temperament,
    /// Techniques the beat calls for.
    pub calls_for: &'a [String],
    /// Scenario overrides of the default effects.
    pub overrides: &'a BTreeMap<String, Effect>,
    /// How often each technique was used earlier in the run.
    pub used_before: &'a BTreeMap<String, u32>,
    /// The reply gives the case's facts or a concrete plan ([`EmotionModel::is_concrete`]):
    /// it is never "unheard".
    pub concrete: bool,
}

impl EmotionModel {
    /// Parses the model from RON text.
    pub fn from_ron(text: &str) -> Result<EmotionModel, ron::error::SpannedError> {
        let mut m: EmotionModel = ron::from_str(text)?;
        for p in &m.concrete_plan {
            let re = regex::Regex::new(p).map_err(|e| {
                let line = text.lines().position(|l| l.contains(p.as_str())).map_or(1, |n| n + 1);
                let at = ron::error::Position { line, col: 1 };
                ron::error::SpannedError {
                    code: ron::Error::Message(format!(
                        "concrete_plan pattern {p:?} is not a valid regular expression: {e}"
                    )),
                    span: ron::error::Span { start: at, end: at },
                }
            })?;
            m.plan.push(re);
        }
        Ok(m)
    }

    /// True when the reply quotes one of the case's `facts` (see [`super::concrete::fact_tokens`])
    /// or matches a `concrete_plan` pattern.
    pub fn is_concrete(&self, reply: &str, facts: &[String]) -> bool {
        super::concrete::quotes_facts(reply, facts) || self.plan.iter().any(|re| re.is_match(reply))
    }

    /// The family of a technique.
    pub fn family(&self, id: &str) -> Family {
        if self.solve.iter().any(|s| s == id) { Family::Solve } else { Family::Calm }
    }

    fn effect(&self, id: &str, ctx: &ReplyContext) -> Effect {
        let base = ctx.overrides.get(id).or_else(|| self.effects.get(id)).copied().unwrap_or_default();
        let k = self.temperaments.get(&ctx.temperament).and_then(|t| t.get(id)).copied().unwrap_or(1.0);
        scale(base, k)
    }

    /// Applies one reply to the meters; returns the changes with reasons, in order.
    pub fn apply(&self, meters: &mut Meters, ctx: &ReplyContext) -> Vec<MeterChange> {
        let mut changes = Vec::new();
        if ctx.drain > 0.0 && ctx.waited > 0.0 {
            let loss = Effect { patience: -ctx.drain * ctx.waited, ..Effect::default() };
            push(&mut changes, loss, Reason::Waiting(ctx.waited));
        }
        let anger_before = meters.anger;
        for id in ctx.analysis.technique_ids() {
            let mut e = self.effect(id, ctx);
            let times = ctx.used_before.get(id).copied().unwrap_or(0);
            e = scale(e, self.repeat_decay.powi(times as i32));
            if self.family(id) == Family::Solve {
                e = damp_gains(e, 1.0 - self.solve_damping * anger_before / 100.0);
            }
            push(&mut changes, e, Reason::Technique(id.to_string()));
        }
        for id in ctx.analysis.taboo_ids() {
            push(&mut changes, self.effect(id, ctx), Reason::Taboo(id.to_string()));
        }
        if ctx.analysis.techniques.is_empty() && ctx.analysis.taboos.is_empty() && !ctx.concrete {
            push(&mut changes, self.unheard, Reason::Unheard);
        }
        if let Some(id) = ctx.calls_for.iter().find(|c| ctx.analysis.has_technique(c)) {
            push(&mut changes, self.called_for, Reason::CalledFor(id.clone()));
        }
        for c in &changes {
            let m = meter_mut(meters, c.meter);
            *m = (*m + c.delta).clamp(0.0, 100.0);
        }
        changes
    }
}

/// A mutable reference to one meter.
pub fn meter_mut(m: &mut Meters, which: Meter) -> &mut f32 {
    match which {
        Meter::Anger => &mut m.anger,
        Meter::Trust => &mut m.trust,
        Meter::Patience => &mut m.patience,
    }
}

/// The value of one meter.
pub fn meter(m: &Meters, which: Meter) -> f32 {
    match which {
        Meter::Anger => m.anger,
        Meter::Trust => m.trust,
        Meter::Patience => m.patience,
    }
}

fn scale(e: Effect, k: f32) -> Effect {
    Effect { anger: e.anger * k, trust: e.trust * k, patience: e.patience * k }
}

/// Scales only the helpful parts (anger down, trust and patience up).
fn damp_gains(e: Effect, k: f32) -> Effect {
    let k = k.clamp(0.0, 1.0);
    Effect {
        anger: if e.anger < 0.0 { e.anger * k } else { e.anger },
        trust: if e.trust > 0.0 { e.trust * k } else { e.trust },
        patience: if e.patience > 0.0 { e.patience * k } else { e.patience },
    }
}

fn push(changes: &mut Vec<MeterChange>, e: Effect, reason: Reason) {
    for (meter, delta) in [(Meter::Anger, e.anger), (Meter::Trust, e.trust), (Meter::Patience, e.patience)] {
        if delta.abs() >= 0.05 {
            changes.push(MeterChange { meter, delta: (delta * 10.0).round() / 10.0, reason: reason.clone() });
        }
    }
}

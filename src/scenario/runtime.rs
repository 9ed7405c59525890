//! The deterministic runtime: a reply in, the customer's next move out.
//! Same scenario, seed and replies give the same run, always.

use super::cond::Moment;
use super::emotion::{EmotionModel, MeterChange, ReplyContext};
use super::format::{Beat, EndingKind, Meters, Scenario, Stage};
use super::grade::{Grade, TurnScore, grade_run, score_turn};
use super::held::Held;
use super::reaction::Reaction;
use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::phrasing::{Analysis, Engine};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// A customer line: which beat, and which variant (a Fluent id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerLine {
    /// The beat the customer is in.
    pub beat: String,
    /// Fluent id of the line picked.
    pub line: String,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Ending id.
    pub ending: String,
    /// The ending's kind.
    pub kind: EndingKind,
    /// Fluent id of the debrief.
    pub debrief: String,
}

/// What happens after a reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Next {
    /// The customer speaks again.
    Line(CustomerLine),
    /// The run is over.
    Ended(Outcome),
}

/// Everything one reply caused.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TurnResult {
    /// 1-based turn number.
    pub turn: usize,
    /// The beat the reply answered.
    pub beat: String,
    /// The stage of that beat.
    pub stage: Stage,
    /// The engine's analysis of the reply.
    pub analysis: Analysis,
    /// Meter changes with reasons.
    pub changes: Vec<MeterChange>,
    /// Meters after the reply.
    pub meters: Meters,
    /// Where the run went: the last branch target taken (after any passed beats), or None
    /// when the beat repeats.
    pub branch: Option<String>,
    /// The beats passed on the way, in order: each one's `passed_when` held for this reply, so
    /// its branches were tried with it at once. Empty in records made before passing existed.
    #[serde(default)]
    pub passed: Vec<String>,
    /// The turn's score.
    pub score: TurnScore,
    /// The customer's reaction to what the reply did, said before the next line (None when
    /// nothing in the reply calls for one, or the run ended). Absent in records made before
    /// reactions existed.
    #[serde(default)]
    pub reaction: Option<Reaction>,
    /// What comes next.
    pub next: Next,
}

/// The shared, read-only pieces a run needs.
#[derive(Clone)]
pub struct Rules {
    /// The phrasing engine.
    pub engine: Arc<Engine>,
    /// The emotion model.
    pub emotion: Arc<EmotionModel>,
    /// The shared customer reactions (`assets/reactions/`).
    pub reactions: Arc<Catalog>,
    /// The shared topics a customer answers questions about (`assets/reactions/topics.ron`).
    pub topics: Arc<BTreeMap<String, Vec<String>>>,
}

/// The replayable record of a run: enough to rebuild it exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunLog {
    /// Scenario id.
    pub scenario: String,
    /// Seed.
    pub seed: u64,
    /// Locale.
    pub locale: Locale,
    /// Whether patience drains with time (false in relaxed mode).
    pub timed: bool,
    /// Each reply with the seconds the customer waited for it.
    pub replies: Vec<(String, f32)>,
}

/// A run in progress.
#[derive(Clone)]
pub struct Run {
    scenario: Arc<Scenario>,
    rules: Rules,
    log: RunLog,
    meters: Meters,
    beat: String,
    beat_turns: u32,
    flags: BTreeSet<String>,
    used: BTreeMap<String, u32>,
    history: Vec<TurnResult>,
    line: CustomerLine,
    outcome: Option<Outcome>,
    /// Reaction ids said in this run, answers included (each line is said once while others remain).
    said: BTreeSet<String>,
    /// The ids that opened a reaction: a topic answered there is not answered again.
    led: BTreeSet<String>,
    held: Held,
    /// The scenario's topics and the shared ones, folded ([`super::topic::merged`]).
    topics: BTreeMap<String, Vec<String>>,
}

impl Run {
    /// Starts a run; the customer's opening line is [`Run::line`]. Fails on a scenario whose
    /// beats or branch targets are missing (run `defuse check` for the details).
    pub fn new(scenario: Arc<Scenario>, rules: Rules, seed: u64, locale: Locale, timed: bool) -> Result<Run, String> {
        playable(&scenario)?;
        let log = RunLog { scenario: scenario.id.clone(), seed, locale, timed, replies: Vec::new() };
        let beat = scenario.start.clone();
        let mut run = Run {
            meters: scenario.persona.meters,
            line: CustomerLine { beat: beat.clone(), line: String::new() },
            scenario,
            rules,
            log,
            beat,
            beat_turns: 0,
            flags: BTreeSet::new(),
            used: BTreeMap::new(),
            history: Vec::new(),
            outcome: None,
            said: BTreeSet::new(),
            led: BTreeSet::new(),
            held: Held::default(),
            topics: BTreeMap::new(),
        };
        run.topics = super::topic::merged(&run.rules.topics, &run.scenario.topics);
        run.line = run.pick_line(None, None);
        Ok(run)
    }

    /// Rebuilds a run from its log, replaying the first `upto` replies (all if None).
    pub fn replay(scenario: Arc<Scenario>, rules: Rules, log: &RunLog, upto: Option<usize>) -> Result<Run, String> {
        let mut run = Run::new(scenario, rules, log.seed, log.locale, log.timed)?;
        let n = upto.unwrap_or(log.replies.len()).min(log.replies.len());
        for (reply, waited) in &log.replies[..n] {
            if run.is_over() {
                break;
            }
            run.turn(reply, *waited);
        }
        Ok(run)
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    /// The shared rules the run plays by.
    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The customer's current line.
    pub fn line(&self) -> &CustomerLine {
        &self.line
    }

    /// The meters now.
    pub fn meters(&self) -> Meters {
        self.meters
    }

    /// The current beat id.
    pub fn beat(&self) -> &str {
        &self.beat
    }

    /// Flags set so far.
    pub fn flags(&self) -> &BTreeSet<String> {
        &self.flags
    }

    /// What the transcript holds so far: the ids used, whether the case file was quoted, the
    /// questions not yet answered.
    pub fn held(&self) -> &Held {
        &self.held
    }

    /// Every turn so far.
    pub fn history(&self) -> &[TurnResult] {
        &self.history
    }

    /// The replayable log.
    pub fn log(&self) -> &RunLog {
        &self.log
    }

    /// The ending, once reached.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    /// True once an ending is reached.
    pub fn is_over(&self) -> bool {
        self.outcome.is_some()
    }

    /// The run's grade so far (final once over).
    pub fn grade(&self) -> Grade {
        grade_run(&self.history, self.outcome.as_ref().map(|o| o.kind))
    }

    /// Techniques the current beat calls for (the hint).
    pub fn calls_for(&self) -> &[String] {
        self.scenario.beats.get(&self.beat).map_or(&[], |b| &b.calls_for)
    }

    /// Author mode: what this reply would do, without playing it.
    pub fn preview(&self, reply: &str, waited: f32) -> TurnResult {
        self.clone().turn(reply, waited)
    }

    /// Author mode: move to another beat. The log is not changed, so a replay will not repeat
    /// the jump; returns false for an unknown beat.
    pub fn jump_to(&mut self, beat: &str) -> bool {
        if !self.scenario.beats.contains_key(beat) || self.is_over() {
            return false;
        }
        self.beat = beat.to_string();
        self.beat_turns = 0;
        let line = self.pick_line(None, self.history.last().map(|t| &t.analysis));
        self.line = line;
        true
    }

    /// Author mode: set the meters by hand (clamped to 0-100; not part of the log).
    pub fn set_meters(&mut self, m: Meters) {
        self.meters = Meters {
            anger: m.anger.clamp(0.0, 100.0),
            trust: m.trust.clamp(0.0, 100.0),
            patience: m.patience.clamp(0.0, 100.0),
        };
    }

    /// Plays one reply; `waited` is how many seconds the customer waited for it.
    /// After the run is over, further replies are ignored and the last result is repeated.
    pub fn turn(&mut self, reply: &str, waited: f32) -> TurnResult {
        if let (Some(_), Some(last)) = (&self.outcome, self.history.last()) {
            return last.clone();
        }
        let waited = if waited.is_finite() { waited.max(0.0) } else { 0.0 };
        self.log.replies.push((reply.to_string(), waited));
        let analysis = self.rules.engine.analyse(reply, self.log.locale);
        let scenario = Arc::clone(&self.scenario);
        let beat = &scenario.beats[&self.beat];
        let drain = if self.log.timed { scenario.patience_drain } else { 0.0 };
        let ctx = ReplyContext {
            analysis: &analysis,
            waited,
            drain,
            temperament: scenario.persona.temperament,
            calls_for: &beat.calls_for,
            overrides: &scenario.effects,
            used_before: &self.used,
            concrete: self.rules.emotion.is_concrete(reply, &scenario.case_facts),
        };
        let concrete = ctx.concrete;
        let changes = self.rules.emotion.apply(&mut self.meters, &ctx);
        for id in analysis.technique_ids() {
            *self.used.entry(id.to_string()).or_default() += 1;
        }
        self.held.hear(&analysis, super::concrete::quotes_facts(reply, &scenario.case_facts));
        self.beat_turns += 1;
        let turn = self.history.len() + 1;
        let score = score_turn(&analysis, &beat.calls_for, waited, drain);
        let answered = self.beat.clone();
        let (branch, passed, next) = self.advance(&analysis, turn);
        // She reacts before an ending too: a run that ends on a reply asking her something no
        // longer leaves the question hanging (four blind players' last questions went unanswered).
        let reaction = self.react(&analysis, concrete, &answered, turn);
        self.held.react(reaction.as_ref());
        let result = TurnResult {
            turn,
            beat: answered,
            stage: beat.stage,
            analysis,
            changes,
            meters: self.meters,
            branch,
            passed,
            score,
            reaction,
            next,
        };
        self.history.push(result.clone());
        result
    }

    /// The customer's reaction to this reply, remembered so that it is not said again soon.
    fn react(&mut self, a: &Analysis, concrete: bool, beat: &str, turn: usize) -> Option<Reaction> {
        let mut keys = super::reaction::keys(a, concrete);
        let asked = super::topic::per_key(a, &mut keys, &self.topics);
        let mut rng =
            StdRng::seed_from_u64(self.log.seed.rotate_left(17) ^ (turn as u64).wrapping_mul(0xA076_1D64_78BD_642F));
        let r = super::reaction::choose(&super::reaction::Choose {
            keys: &keys,
            beat,
            temperament: self.scenario.persona.temperament,
            scenario_ids: &self.scenario.reaction_ids,
            shared: &self.rules.reactions,
            said: &self.said,
            led: &self.led,
            roll: rng.random(),
            asked: &asked,
        })?;
        self.led.insert(r.id.clone());
        self.said.extend(std::iter::successors(Some(&r), |r| r.answer.as_deref()).map(|r| r.id.clone()));
        Some(r)
    }

    /// Chooses the branch and moves on. A beat the branch leads to is passed when its
    /// `passed_when` holds for this reply: its branches are tried at once with the same reply
    /// (`TurnsHere` is 0 there). Each beat is passed at most once per reply; the answered beat
    /// never is.
    fn advance(&mut self, a: &Analysis, turn: usize) -> (Option<String>, Vec<String>, Next) {
        let answered = self.beat.clone();
        let Some(mut target) = self.forced(turn).or_else(|| self.branch(&answered, a, turn, self.beat_turns)) else {
            self.line = self.pick_line(Some(&self.line.line.clone()), Some(a));
            return (None, Vec::new(), Next::Line(self.line.clone()));
        };
        let mut passed = Vec::new();
        while target != answered && !passed.contains(&target) && self.passes(&target, a, turn) {
            match self.branch(&target.clone(), a, turn, 0) {
                Some(next) => passed.push(std::mem::replace(&mut target, next)),
                None => break,
            }
        }
        if let Some(end) = self.scenario.endings.get(&target) {
            let o = Outcome { ending: target.clone(), kind: end.kind, debrief: end.debrief.clone() };
            self.outcome = Some(o.clone());
            return (Some(target), passed, Next::Ended(o));
        }
        let goes_on = target == answered && passed.is_empty();
        let previous = goes_on.then(|| self.line.line.clone());
        if !goes_on {
            self.beat = target.clone();
            self.beat_turns = 0;
        }
        self.line = self.pick_line(previous.as_ref(), Some(a));
        (Some(target), passed, Next::Line(self.line.clone()))
    }

    /// The limit ending that fires now, if any (checked before the branches).
    fn forced(&self, turn: usize) -> Option<String> {
        let limits = &self.scenario.limits;
        [
            (self.meters.anger >= 100.0, &limits.anger_max),
            (self.meters.patience <= 0.0, &limits.patience_out),
            (turn as u32 >= limits.max_turns, &limits.turns_out),
        ]
        .into_iter()
        .find_map(|(hit, ending)| ending.as_ref().filter(|_| hit).cloned())
    }

    /// The first branch of `beat` that holds: its flags are set and its target returned.
    fn branch(&mut self, beat: &str, a: &Analysis, turn: usize, turns_here: u32) -> Option<String> {
        let scenario = Arc::clone(&self.scenario);
        let b = &scenario.beats[beat];
        let now = self.moment(b, Some(a), turns_here, turn);
        let taken = b.branches.iter().find(|br| now.holds(&br.when))?;
        self.flags.extend(taken.set.iter().cloned());
        Some(taken.goto.clone())
    }

    /// True when `target` is a beat whose `passed_when` holds for this reply.
    fn passes(&self, target: &str, a: &Analysis, turn: usize) -> bool {
        let Some(b) = self.scenario.beats.get(target) else { return false };
        b.passed_when.as_ref().is_some_and(|c| self.moment(b, Some(a), 0, turn).holds(c))
    }

    /// What a condition tried in `beat` looks at.
    fn moment<'a>(&'a self, beat: &'a Beat, reply: Option<&'a Analysis>, turns_here: u32, turns: usize) -> Moment<'a> {
        Moment {
            reply,
            calls_for: &beat.calls_for,
            meters: self.meters,
            turns_here,
            turns,
            flags: &self.flags,
            held: &self.held,
        }
    }

    /// Picks a line variant of the current beat from the seed and turn, avoiding `avoid` and
    /// the variants whose `unless` holds (all of them excluded: the usual pick).
    fn pick_line(&self, avoid: Option<&String>, reply: Option<&Analysis>) -> CustomerLine {
        let beat = &self.scenario.beats[&self.beat];
        let turn = self.log.replies.len();
        let now = self.moment(beat, reply, self.beat_turns, turn);
        let open: Vec<&String> =
            beat.lines.iter().filter(|l| !beat.unless.get(*l).is_some_and(|c| now.holds(c))).collect();
        let lines = if open.is_empty() { beat.lines.iter().collect() } else { open };
        let mut rng = StdRng::seed_from_u64(self.log.seed ^ (turn as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut i = rng.random_range(0..lines.len().max(1));
        if lines.len() > 1 && avoid == lines.get(i).copied() {
            i = (i + 1) % lines.len();
        }
        CustomerLine { beat: self.beat.clone(), line: lines.get(i).map(|l| l.to_string()).unwrap_or_default() }
    }
}

/// The structural facts the runtime relies on: the start beat and every target exist, and
/// every beat has a line.
fn playable(s: &Scenario) -> Result<(), String> {
    if !s.beats.contains_key(&s.start) {
        return Err(format!("scenario {}: start beat \"{}\" does not exist", s.id, s.start));
    }
    let limits = [&s.limits.anger_max, &s.limits.patience_out, &s.limits.turns_out];
    let gotos = s.beats.values().flat_map(|b| b.branches.iter().map(|br| &br.goto));
    for t in gotos.chain(limits.into_iter().flatten()) {
        if !s.beats.contains_key(t) && !s.endings.contains_key(t) {
            return Err(format!("scenario {}: \"{t}\" is neither a beat nor an ending", s.id));
        }
    }
    match s.beats.iter().find(|(_, b)| b.lines.is_empty()) {
        Some((id, _)) => Err(format!("scenario {}: beat \"{id}\" has no lines", s.id)),
        None => Ok(()),
    }
}

//! The run being played: actions in (from the UI or tests), the runtime called, the transcript
//! and messages out. The UI never calls the runtime itself.

use super::content::Content;
use super::screen::Screen;
use super::settings::Settings;
use crate::scenario::format::EndingKind;
use crate::scenario::runtime::{Next, Run, TurnResult};
use bevy::prelude::*;

/// Points a hint costs in the run's final score.
pub const HINT_COST: u8 = 3;

/// Something the player did.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum Action {
    /// Go to a screen.
    Open(Screen),
    /// Choose a scenario (shows its briefing).
    Pick(String),
    /// Start the chosen scenario.
    Start,
    /// Send a reply.
    Send(String),
    /// Show which techniques this moment calls for (costs points).
    Hint,
    /// Restart the run keeping the replies before this 1-based turn.
    ReplayFrom(usize),
    /// Write the transcript to a file.
    Export,
    /// Resume the stored unfinished run of this scenario.
    Resume(String),
    /// Author mode: jump to a beat.
    JumpTo(String),
    /// Author mode: set the meters by hand.
    SetMeters(crate::scenario::format::Meters),
    /// Switch to (or create) a learner profile.
    SetProfile(String),
    /// A trainer overrides a turn's score of the run just played, with a one-line reason.
    Override {
        /// 1-based turn.
        turn: usize,
        /// The trainer's score.
        score: u8,
        /// Why.
        reason: String,
    },
    /// The player says the engine got one of their replies wrong (stored with the turn; no
    /// score changes).
    Dispute {
        /// 1-based turn.
        turn: usize,
        /// Missed or misread.
        kind: crate::records::DisputeKind,
        /// The technique or taboo id.
        id: String,
        /// An optional note.
        note: String,
    },
}

/// One line of the transcript.
#[derive(Debug, Clone)]
pub enum Entry {
    /// The customer speaks.
    Customer {
        /// Beat id.
        beat: String,
        /// The words, in the player's language.
        text: String,
        /// Anger when speaking (for the mood shown beside the name).
        anger: f32,
    },
    /// The trainee's reply with everything it caused.
    Agent(Box<TurnResult>),
    /// The run ended.
    Ending {
        /// Debrief text.
        text: String,
        /// Outcome.
        kind: EndingKind,
    },
}

/// A reply was played (for records and effects).
#[derive(Message, Debug, Clone)]
pub struct TurnPlayed(pub Box<TurnResult>);

/// A run reached its ending.
#[derive(Message, Debug, Clone)]
pub struct RunEnded {
    /// Scenario id.
    pub scenario: String,
    /// Ending id.
    pub ending: String,
}

/// The run in progress and what the conversation screen shows.
#[derive(Resource, Default)]
pub struct Session {
    /// The chosen scenario id.
    pub scenario: Option<String>,
    /// The run, once started.
    pub run: Option<Run>,
    /// Everything said so far.
    pub transcript: Vec<Entry>,
    /// Seconds since the customer's last line.
    pub waited: f32,
    /// Hints used in this run.
    pub hints: u32,
    /// Whether the hint is showing for the current beat.
    pub hint_open: bool,
    /// The text box.
    pub draft: String,
    /// Where the transcript was last exported.
    pub exported: Option<String>,
    /// Seed of the current run.
    pub seed: u64,
    /// The "engine missed / misread this" form on the replies, and the disputes stored.
    pub dispute: super::ui::dispute::Form,
}

impl Session {
    /// Live patience: the meter minus the drain of the current wait.
    pub fn live_patience(&self, relaxed: bool) -> f32 {
        let Some(run) = &self.run else { return 0.0 };
        let drain = if relaxed { 0.0 } else { run.scenario().patience_drain };
        (run.meters().patience - drain * self.waited).max(0.0)
    }

    /// The run's score after hint costs.
    pub fn final_score(&self) -> u8 {
        let g = self.run.as_ref().map_or(0, |r| r.grade().score);
        g.saturating_sub(HINT_COST.saturating_mul(self.hints.min(30) as u8))
    }
}

/// Applies the player's actions.
fn apply(
    mut actions: MessageReader<Action>,
    mut session: ResMut<Session>,
    content: Res<Content>,
    mut settings: ResMut<Settings>,
    mut next: ResMut<NextState<Screen>>,
    mut played: MessageWriter<TurnPlayed>,
    mut ended: MessageWriter<RunEnded>,
) {
    for action in actions.read() {
        match action {
            Action::Open(s) => next.set(*s),
            Action::Pick(id) => {
                session.scenario = Some(id.clone());
                next.set(Screen::Briefing);
            }
            Action::Start => {
                let seed = std::env::var("DEFUSE_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(rand::random);
                if start(&mut session, &content, &settings, seed, &[]) {
                    next.set(Screen::Conversation);
                } else {
                    next.set(Screen::Error);
                }
            }
            Action::Send(text) => {
                if let Some(t) = send(&mut session, &content, &settings, text) {
                    if let Next::Ended(o) = &t.next {
                        ended.write(RunEnded {
                            scenario: session.scenario.clone().unwrap_or_default(),
                            ending: o.ending.clone(),
                        });
                        next.set(Screen::Debrief);
                    }
                    played.write(TurnPlayed(Box::new(t)));
                }
            }
            Action::Hint => {
                if !session.hint_open {
                    session.hints += 1;
                    session.hint_open = true;
                }
            }
            Action::ReplayFrom(turn) => {
                let replies = session.run.as_ref().map(|r| r.log().replies.clone()).unwrap_or_default();
                let keep = turn.saturating_sub(1).min(replies.len());
                let seed = session.seed;
                if start(&mut session, &content, &settings, seed, &replies[..keep]) {
                    next.set(Screen::Conversation);
                }
            }
            Action::Export => session.exported = Some(export(&session, &content, &settings)),
            Action::Resume(_) | Action::Override { .. } | Action::Dispute { .. } => {}
            Action::JumpTo(beat) => {
                if session.run.as_mut().is_some_and(|r| r.jump_to(beat)) {
                    session.hint_open = false;
                    push_customer(&mut session, &content, &settings);
                }
            }
            Action::SetProfile(name) => {
                let name = name.trim();
                if !name.is_empty() && name != settings.profile {
                    settings.profile = name.chars().take(40).collect();
                }
            }
            Action::SetMeters(m) => {
                if let Some(run) = session.run.as_mut() {
                    run.set_meters(*m);
                }
            }
        }
    }
}

/// Starts (or restarts) the chosen scenario, replaying `replies` first.
pub fn start(
    session: &mut Session,
    content: &Content,
    settings: &Settings,
    seed: u64,
    replies: &[(String, f32)],
) -> bool {
    let (Some(id), Ok(rules)) = (session.scenario.clone(), content.rules.as_ref()) else { return false };
    let Some(ls) = content.scenario(&id) else { return false };
    let Ok(run) = Run::new(ls.scenario.clone(), rules.clone(), seed, settings.locale, !settings.relaxed) else {
        return false;
    };
    session.run = Some(run);
    session.seed = seed;
    session.transcript.clear();
    session.hints = 0;
    session.hint_open = false;
    session.waited = 0.0;
    session.exported = None;
    push_customer(session, content, settings);
    for (reply, waited) in replies {
        session.waited = *waited;
        send(session, content, settings, reply);
    }
    true
}

/// Plays one reply and extends the transcript.
pub fn send(session: &mut Session, content: &Content, settings: &Settings, text: &str) -> Option<TurnResult> {
    let waited = session.waited;
    let run = session.run.as_mut().filter(|r| !r.is_over())?;
    let t = run.turn(text, waited);
    session.transcript.push(Entry::Agent(Box::new(t.clone())));
    session.waited = 0.0;
    session.hint_open = false;
    // The customer reacts to what was said, then goes on with the beat's line (or the run ends).
    if let Some(r) = &t.reaction {
        let text = crate::scenario::reaction::joined(r, settings.locale, |r| match r.source {
            crate::scenario::reaction::Source::Scenario => scenario_text(session, content, settings, &r.id),
            crate::scenario::reaction::Source::Shared => {
                let reactions = session.run.as_ref().map(|run| &run.rules().reactions);
                reactions.map(|c| c.get_args(settings.locale, &r.id, &r.args())).unwrap_or_default()
            }
        });
        let beat = match &t.next {
            Next::Line(line) => line.beat.clone(),
            Next::Ended(_) => t.beat.clone(),
        };
        session.transcript.push(Entry::Customer { beat, text, anger: t.meters.anger });
    }
    match &t.next {
        Next::Line(_) => push_customer(session, content, settings),
        Next::Ended(o) => {
            let text = scenario_text(session, content, settings, &o.debrief);
            session.transcript.push(Entry::Ending { text, kind: o.kind });
        }
    }
    Some(t)
}

fn push_customer(session: &mut Session, content: &Content, settings: &Settings) {
    let Some(run) = &session.run else { return };
    let (beat, line, anger) = (run.line().beat.clone(), run.line().line.clone(), run.meters().anger);
    let text = scenario_text(session, content, settings, &line);
    session.transcript.push(Entry::Customer { beat, text, anger });
}

/// A message of the current scenario in the player's language.
pub fn scenario_text(session: &Session, content: &Content, settings: &Settings, id: &str) -> String {
    session
        .scenario
        .as_deref()
        .and_then(|s| content.scenario(s))
        .map_or_else(|| id.to_string(), |ls| ls.text.get(settings.locale, id))
}

/// Writes the transcript as text into the data folder; returns the path or the error.
fn export(session: &Session, content: &Content, settings: &Settings) -> String {
    let l = settings.locale;
    let mut out = String::new();
    for e in &session.transcript {
        match e {
            Entry::Customer { text, .. } => out.push_str(&format!("{}: {text}\n", content.ui.get(l, "who-customer"))),
            Entry::Agent(t) => {
                let ids: Vec<&str> = t.analysis.technique_ids().into_iter().chain(t.analysis.taboo_ids()).collect();
                out.push_str(&format!(
                    "{}: {}\n    [{} {}] {}\n",
                    content.ui.get(l, "who-agent"),
                    t.analysis.text,
                    content.ui.get(l, "label-score"),
                    t.score.total,
                    ids.join(", ")
                ));
            }
            Entry::Ending { text, .. } => out.push_str(&format!("== {text}\n")),
        }
    }
    let dir = crate::records::data_dir().join("exports");
    let name = format!("{}-{}.txt", session.scenario.as_deref().unwrap_or("run"), session.seed);
    let path = dir.join(name);
    match std::fs::create_dir_all(&dir).and_then(|_| std::fs::write(&path, out)) {
        Ok(()) => path.display().to_string(),
        Err(e) => format!("{}: {e}", path.display()),
    }
}

/// Counts the customer's waiting time while the conversation is open; lets an impatient
/// customer leave when live patience runs out.
fn tick(time: Res<Time>, mut session: ResMut<Session>, settings: Res<Settings>, mut actions: MessageWriter<Action>) {
    if session.run.as_ref().is_none_or(Run::is_over) {
        return;
    }
    session.waited += time.delta_secs();
    let leaves = session.run.as_ref().is_some_and(|r| r.scenario().limits.patience_out.is_some());
    if leaves && !settings.relaxed && session.live_patience(false) <= 0.0 {
        actions.write(Action::Send(String::new()));
    }
}

/// The session's systems (records run after them).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct SessionSystems;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Session>()
        .add_message::<Action>()
        .add_message::<TurnPlayed>()
        .add_message::<RunEnded>()
        .add_systems(Update, (tick.run_if(in_state(Screen::Conversation)), apply).chain().in_set(SessionSystems));
}

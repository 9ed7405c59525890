//! Stores every turn as it is played and keeps the picker's best scores and unfinished runs.

use super::session::{Action, Session, TurnPlayed};
use crate::records::{Dispute, ScenarioMeta, Store, mastery};
use bevy::prelude::*;
use std::collections::HashMap;
use std::sync::Mutex;

/// The records database, if it could be opened (the game still runs without it).
#[derive(Resource, Default)]
pub struct Records {
    /// The open store (a `Mutex` because SQLite connections are not `Sync`).
    pub store: Option<Mutex<Store>>,
    /// The run being recorded.
    pub run_id: Option<i64>,
    /// A message for the player (a database set aside, or records unavailable).
    pub notice: Option<String>,
    /// The last run stored (for a trainer's override in the debrief).
    pub last_run: Option<i64>,
    /// Turn scores overridden in the last run: (turn, score, reason).
    pub overridden: Vec<(usize, u8, String)>,
    /// Disputes of the engine's reading of the last run's turns.
    pub disputed: Vec<Dispute>,
}

/// What the picker and the progress screen show.
#[derive(Resource, Default, Debug)]
pub struct Progress {
    /// Best score per scenario.
    pub best: HashMap<String, u8>,
    /// Unfinished run per scenario.
    pub unfinished: HashMap<String, i64>,
    /// Mastery per technique, weakest first.
    pub mastery: Vec<mastery::TechniqueMastery>,
    /// Taboos that keep slipping in.
    pub slipping: Vec<mastery::TabooTrend>,
    /// What to practise next.
    pub next: Option<mastery::Recommendation>,
    /// Finished runs, oldest first: (scenario id, score).
    pub history: Vec<(String, u8)>,
    /// Every learner profile on this machine with a run.
    pub profiles: Vec<String>,
}

/// The scenarios on offer, as the mastery model sees them.
#[derive(Resource, Default, Debug, Clone)]
pub struct Offer(pub Vec<ScenarioMeta>);

impl Offer {
    /// The playable scenarios of the loaded library, easiest first.
    pub fn from_content(content: &super::content::Content) -> Offer {
        let metas = content
            .library
            .scenarios
            .iter()
            .map(|ls| {
                let s = &ls.scenario;
                ScenarioMeta {
                    id: s.id.clone(),
                    titles: Default::default(),
                    trains: s.trains.clone(),
                    calls_for: s.beats.iter().map(|(k, b)| (k.clone(), b.calls_for.clone())).collect(),
                }
            })
            .collect();
        Offer(metas)
    }
}

fn refresh(records: &Records, progress: &mut Progress, offer: &Offer, profile: &str) {
    *progress = Progress::default();
    let Some(s) = records.store.as_ref().and_then(|m| m.lock().ok()) else { return };
    progress.profiles = s.profiles().unwrap_or_default();
    progress.best = s.best_scores(profile).unwrap_or_default();
    progress.unfinished = s.unfinished(profile).unwrap_or_default();
    let runs = s.runs().unwrap_or_default();
    let mine: Vec<&crate::records::store::RunRecord> =
        runs.iter().filter(|r| r.profile == profile && !r.turns.is_empty()).collect();
    let samples = crate::records::report::samples(&mine, &offer.0);
    let params = mastery::Params::default();
    let mut m = mastery::techniques(&samples, &params);
    m.sort_by(|a, b| a.level.total_cmp(&b.level));
    let infos: Vec<mastery::ScenarioInfo> =
        offer.0.iter().map(|s| mastery::ScenarioInfo { id: s.id.clone(), trains: s.trains.clone() }).collect();
    progress.next = mastery::recommend(&m, &infos, mine.last().map(|r| r.scenario.as_str()));
    progress.slipping = mastery::taboos(&samples, &params).into_iter().filter(|t| t.slipping).collect();
    progress.mastery = m;
    progress.history = mine.iter().filter_map(|r| Some((r.scenario.clone(), r.score?))).collect();
}

fn record(
    mut played: MessageReader<TurnPlayed>,
    mut actions: MessageReader<Action>,
    mut records: ResMut<Records>,
    session: Res<Session>,
    mut progress: ResMut<Progress>,
    offer: Res<Offer>,
    settings: Res<super::settings::Settings>,
) {
    let restarted = actions.read().any(|a| matches!(a, Action::Start | Action::ReplayFrom(_)));
    // (A resumed run keeps its id: `resume` runs before this system and sets it.)
    if restarted {
        records.run_id = None;
    }
    for TurnPlayed(t) in played.read() {
        let Some(run) = &session.run else { continue };
        let Some(store) = records.store.as_ref().and_then(|m| m.lock().ok()) else { continue };
        let id = match records.run_id {
            Some(id) => id,
            None => match store.start_run(&settings.profile, run.log()) {
                Ok(id) => {
                    // Turns replayed before this one (replay from a turn) are stored too.
                    for earlier in run.history().iter().filter(|h| h.turn < t.turn) {
                        let waited = run.log().replies.get(earlier.turn - 1).map_or(0.0, |r| r.1);
                        let _ = store.record_turn_calls(id, earlier, waited, &calls(run, &earlier.beat));
                    }
                    id
                }
                Err(e) => {
                    warn!("{e}");
                    continue;
                }
            },
        };
        let waited = run.log().replies.get(t.turn - 1).map_or(0.0, |r| r.1);
        if let Err(e) = store.record_turn_calls(id, t, waited, &calls(run, &t.beat)) {
            warn!("{e}");
        }
        let finished = run.outcome().map(|o| store.end_run(id, &o.ending, o.kind.key(), session.final_score()));
        drop(store);
        records.run_id = if finished.is_some() { None } else { Some(id) };
        if records.last_run != Some(id) {
            records.overridden.clear();
            records.disputed.clear();
        }
        records.last_run = Some(id);
        refresh(&records, &mut progress, &offer, &settings.profile);
    }
}

/// Stores a trainer's override of a turn of the last run, beside the engine's score.
fn override_turn(mut actions: MessageReader<Action>, mut records: ResMut<Records>) {
    for action in actions.read() {
        let Action::Override { turn, score, reason } = action else { continue };
        let Some(run) = records.last_run else { continue };
        let result = records
            .store
            .as_ref()
            .and_then(|m| m.lock().ok())
            .map(|s| s.override_turn(run, *turn as u32, *score, reason));
        match result {
            Some(Ok(())) => {
                records.overridden.retain(|o| o.0 != *turn);
                records.overridden.push((*turn, *score, reason.trim().to_string()));
            }
            Some(Err(e)) => warn!("{e}"),
            None => {}
        }
    }
}

/// Stores the player's dispute of a turn of the last run at once (scores stay as they are).
fn dispute_turn(
    mut actions: MessageReader<Action>,
    mut records: ResMut<Records>,
    settings: Res<super::settings::Settings>,
) {
    for action in actions.read() {
        let Action::Dispute { turn, kind, id, note } = action else { continue };
        let Some(run) = records.last_run else { continue };
        let note = Some(note.as_str()).filter(|n| !n.trim().is_empty());
        let result = records.store.as_ref().and_then(|m| m.lock().ok()).map(|s| {
            s.dispute_turn(run, *turn as u32, *kind, id, note, &settings.profile)
                .and_then(|()| Ok(s.run_disputes(run)?))
        });
        match result {
            Some(Ok(stored)) => records.disputed = stored,
            Some(Err(e)) => warn!("{e}"),
            None => {}
        }
    }
}

/// Reloads the progress when the learner switches profile.
fn on_profile_change(
    settings: Res<super::settings::Settings>,
    records: Res<Records>,
    offer: Res<Offer>,
    mut progress: ResMut<Progress>,
    mut last: Local<Option<String>>,
) {
    if last.as_deref() != Some(settings.profile.as_str()) {
        refresh(&records, &mut progress, &offer, &settings.profile);
        *last = Some(settings.profile.clone());
    }
}

/// The techniques a beat called for.
fn calls(run: &crate::scenario::Run, beat: &str) -> Vec<String> {
    run.scenario().beats.get(beat).map(|b| b.calls_for.clone()).unwrap_or_default()
}

/// Resumes a stored unfinished run: the same seed and replies rebuild it exactly.
fn resume(
    mut actions: MessageReader<Action>,
    mut records: ResMut<Records>,
    mut session: ResMut<Session>,
    content: Res<super::content::Content>,
    settings: Res<super::settings::Settings>,
    progress: Res<Progress>,
    mut next: ResMut<NextState<super::screen::Screen>>,
) {
    for action in actions.read() {
        let Action::Resume(id) = action else { continue };
        let Some(run_id) = progress.unfinished.get(id).copied() else { continue };
        let log = records.store.as_ref().and_then(|m| m.lock().ok()).and_then(|s| s.run_log(run_id).ok().flatten());
        let Some(log) = log else { continue };
        session.scenario = Some(id.clone());
        if super::session::start(&mut session, &content, &settings, log.seed, &log.replies) {
            records.run_id = Some(run_id);
            // The replayed turns are this run's: disputes go to it and show at once.
            records.last_run = Some(run_id);
            records.overridden.clear();
            records.disputed = records
                .store
                .as_ref()
                .and_then(|m| m.lock().ok())
                .and_then(|s| s.run_disputes(run_id).ok())
                .unwrap_or_default();
            next.set(super::screen::Screen::Conversation);
        }
    }
}

pub(super) fn plugin(app: &mut App) {
    if !app.world().contains_resource::<Records>() {
        let records = match Store::open_default() {
            Ok((store, notice)) => Records { store: Some(Mutex::new(store)), notice, ..Default::default() },
            Err(e) => Records { notice: Some(e.to_string()), ..Default::default() },
        };
        app.insert_resource(records);
    }
    let offer = Offer::from_content(app.world().resource::<super::content::Content>());
    let profile = app.world().resource::<super::settings::Settings>().profile.clone();
    let mut progress = Progress::default();
    refresh(app.world().resource::<Records>(), &mut progress, &offer, &profile);
    app.insert_resource(progress).insert_resource(offer).add_systems(
        Update,
        (resume, record, override_turn, dispute_turn, on_profile_change).chain().after(super::session::SessionSystems),
    );
}

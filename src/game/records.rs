//! Stores every turn as it is played and keeps the picker's best scores and unfinished runs.

use super::session::{Action, Session, TurnPlayed};
use crate::records::Store;
use bevy::prelude::*;
use std::collections::HashMap;

/// The records database, if it could be opened (the game still runs without it).
#[derive(Resource, Default)]
pub struct Records {
    /// The open store.
    pub store: Option<Store>,
    /// The run being recorded.
    pub run_id: Option<i64>,
    /// A message for the player (a database set aside, or records unavailable).
    pub notice: Option<String>,
}

/// What the picker shows.
#[derive(Resource, Default, Debug)]
pub struct Progress {
    /// Best score per scenario.
    pub best: HashMap<String, u8>,
    /// Unfinished run per scenario.
    pub unfinished: HashMap<String, i64>,
}

/// The learner's profile name.
pub const PROFILE: &str = "default";

fn refresh(records: &Records, progress: &mut Progress) {
    if let Some(s) = &records.store {
        progress.best = s.best_scores(PROFILE).unwrap_or_default();
        progress.unfinished = s.unfinished(PROFILE).unwrap_or_default();
    }
}

fn record(
    mut played: MessageReader<TurnPlayed>,
    mut actions: MessageReader<Action>,
    mut records: ResMut<Records>,
    session: Res<Session>,
    mut progress: ResMut<Progress>,
) {
    let restarted = actions.read().any(|a| matches!(a, Action::Start | Action::ReplayFrom(_)));
    if restarted {
        records.run_id = None;
    }
    for TurnPlayed(t) in played.read() {
        let Some(run) = &session.run else { continue };
        let Some(store) = &records.store else { continue };
        let id = match records.run_id {
            Some(id) => id,
            None => match store.start_run(PROFILE, run.log()) {
                Ok(id) => {
                    // Turns replayed before this one (replay from a turn) are stored too.
                    for earlier in run.history().iter().filter(|h| h.turn < t.turn) {
                        let waited = run.log().replies.get(earlier.turn - 1).map_or(0.0, |r| r.1);
                        let _ = store.record_turn(id, earlier, waited);
                    }
                    id
                }
                Err(e) => {
                    warn!("{e}");
                    continue;
                }
            },
        };
        records.run_id = Some(id);
        let waited = run.log().replies.get(t.turn - 1).map_or(0.0, |r| r.1);
        if let Err(e) = store.record_turn(id, t, waited) {
            warn!("{e}");
        }
        if let Some(o) = run.outcome() {
            let _ = store.end_run(id, &o.ending, o.kind.key(), session.final_score());
            records.run_id = None;
        }
        refresh(&records, &mut progress);
    }
}

pub(super) fn plugin(app: &mut App) {
    if !app.world().contains_resource::<Records>() {
        let records = match Store::open_default() {
            Ok((store, notice)) => Records { store: Some(store), run_id: None, notice },
            Err(e) => Records { store: None, run_id: None, notice: Some(e.to_string()) },
        };
        app.insert_resource(records);
    }
    let mut progress = Progress::default();
    refresh(app.world().resource::<Records>(), &mut progress);
    app.insert_resource(progress).add_systems(Update, record.after(super::session::SessionSystems));
}

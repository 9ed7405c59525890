//! The game's screens as Bevy states: title → picker → briefing → conversation → debrief.

use bevy::prelude::*;

/// Which screen is showing.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// Title with start, settings and quit.
    #[default]
    Title,
    /// The scenario picker (the queue of waiting customers).
    Picker,
    /// The briefing of the chosen scenario.
    Briefing,
    /// The conversation.
    Conversation,
    /// The debrief after an ending.
    Debrief,
    /// Settings.
    Settings,
    /// The learner's progress and what to practise next.
    Progress,
    /// A problem the player must see (a broken scenario file).
    Error,
}

pub(super) fn plugin(app: &mut App) {
    app.init_state::<Screen>();
}

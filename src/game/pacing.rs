//! Keeps the game a desktop app: it redraws on input, not 60 times a second.
//!
//! bevy_egui 0.42 pushes `ModifiersChanged` into egui's input on every frame, and egui 0.36
//! treats any input event as a reason to repaint at once, so the app never goes idle. We drop
//! the event when the modifiers did not change. The conversation wakes once a second while a
//! timed customer waits, so the patience meter drains on screen.

use super::screen::Screen;
use super::settings::Settings;
use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};
use bevy_egui::{EguiInput, EguiPreUpdateSet, egui};
use std::time::Duration;

/// Removes `ModifiersChanged` events that repeat the modifiers already known.
fn drop_repeated_modifiers(mut inputs: Query<&mut EguiInput>, mut last: Local<Option<egui::Modifiers>>) {
    for mut input in &mut inputs {
        input.0.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) if Some(*m) == *last => false,
            egui::Event::ModifiersChanged(m) => {
                *last = Some(*m);
                true
            }
            _ => true,
        });
    }
}

/// Wakes once a second while a timed customer is waiting; otherwise redraws only on input.
fn pace(screen: Res<State<Screen>>, settings: Res<Settings>, mut winit: ResMut<WinitSettings>) {
    let ticking = *screen.get() == Screen::Conversation && !settings.relaxed;
    let wanted =
        if ticking { UpdateMode::reactive(Duration::from_secs(1)) } else { WinitSettings::desktop_app().focused_mode };
    if winit.focused_mode != wanted {
        winit.focused_mode = wanted;
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        PreUpdate,
        drop_repeated_modifiers.after(EguiPreUpdateSet::ProcessInput).before(EguiPreUpdateSet::BeginPass),
    );
    if std::env::var_os("DEFUSE_SMOKE").is_none() {
        app.add_systems(Update, pace);
    }
}

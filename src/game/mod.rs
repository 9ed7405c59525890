//! The Bevy front end: one plugin per feature, egui screens, states for the flow.
//! It calls the pure core and never re-implements it.

pub mod content;
pub mod fonts;
pub mod keyboard;
pub mod pacing;
pub mod records;
pub mod screen;
pub mod session;
pub mod settings;
pub mod smoke;
pub mod theme;
pub mod ui;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use std::process::ExitCode;

/// Everything except windowing and rendering: states, content, settings, session, records.
/// Headless tests add this to a minimal app.
pub fn core_plugin(app: &mut App) {
    app.add_plugins((screen::plugin, settings::plugin, content::plugin, session::plugin, records::plugin));
}

/// When the process started the game (for the startup-time figure).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Opens the game window and runs until the player quits.
pub fn run(author: bool) -> ExitCode {
    STARTED.get_or_init(std::time::Instant::now);
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window { title: "化解 Defuse".into(), resolution: (1280, 800).into(), ..default() }),
        ..default()
    }))
    .add_plugins(bevy_egui::EguiPlugin::default())
    .insert_resource(ClearColor(Color::srgb_u8(0xF4, 0xF6, 0xF9)))
    .insert_resource(WinitSettings::desktop_app());
    core_plugin(&mut app);
    if author {
        app.world_mut().resource_mut::<settings::Settings>().author = true;
    }
    app.add_plugins((fonts::plugin, keyboard::plugin, ui::plugin, pacing::plugin, smoke::plugin)).add_systems(
        Startup,
        |mut commands: Commands| {
            commands.spawn(Camera2d);
        },
    );
    match app.run() {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}

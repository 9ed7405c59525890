//! Player settings: UI language, text size, relaxed mode, colour-blind meters, choice mode.
//! Saved as RON in the platform's config folder; chosen from the system locale on first start.

use bevy::prelude::*;
use std::path::PathBuf;

pub use crate::settings::Settings;

/// Where settings are stored (`None` in tests: never written).
#[derive(Resource, Debug, Clone)]
pub struct SettingsPath(pub Option<PathBuf>);

impl SettingsPath {
    /// `$DEFUSE_SETTINGS`, else the platform's config folder, `…/defuse/settings.ron`.
    pub fn platform() -> SettingsPath {
        if let Some(p) = std::env::var_os("DEFUSE_SETTINGS") {
            return SettingsPath(Some(p.into()));
        }
        let dir = directories::ProjectDirs::from("", "", "defuse").map(|d| d.config_dir().join("settings.ron"));
        SettingsPath(dir)
    }
}

/// Reads settings; a missing or unreadable file gives defaults (a broken file is kept aside).
pub fn load(path: &SettingsPath) -> Settings {
    let Some(p) = &path.0 else { return Settings::default() };
    let (settings, notice) = crate::settings::read(p);
    if let Some(n) = notice {
        warn!("{n}");
    }
    settings
}

/// Writes settings atomically (temp file, then rename).
pub fn save(path: &SettingsPath, s: &Settings) -> std::io::Result<()> {
    match &path.0 {
        Some(p) => crate::settings::write(p, s),
        None => Ok(()),
    }
}

fn save_on_change(settings: Res<Settings>, path: Res<SettingsPath>) {
    if settings.is_changed()
        && !settings.is_added()
        && let Err(e) = save(&path, &settings)
    {
        warn!("cannot save settings: {e}");
    }
}

pub(super) fn plugin(app: &mut App) {
    if !app.world().contains_resource::<SettingsPath>() {
        app.insert_resource(SettingsPath::platform());
    }
    let path = app.world().resource::<SettingsPath>().clone();
    if !app.world().contains_resource::<Settings>() {
        app.insert_resource(load(&path));
    }
    app.add_systems(Update, save_on_change);
}

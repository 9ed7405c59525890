//! Player settings: UI language, text size, relaxed mode, colour-blind meters, choice mode.
//! Saved as RON in the platform's config folder; chosen from the system locale on first start.

use crate::locale::Locale;
use bevy::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// What the player chose.
#[derive(Resource, Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// UI and scenario language.
    pub locale: Locale,
    /// Text scale (1.0 = normal, up to 2.0).
    pub text_scale: f32,
    /// No patience drain while the customer waits.
    pub relaxed: bool,
    /// Colour-blind-safe meter colours.
    pub colour_blind: bool,
    /// Offer authored replies to choose from (beginners).
    pub choice_mode: bool,
    /// Show the trainer's debug panel (beat id, flags, raw meters).
    pub author: bool,
    /// The learner whose progress is recorded (several learners can share one machine).
    pub profile: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            locale: Locale::from_system(),
            text_scale: 1.0,
            relaxed: false,
            colour_blind: false,
            choice_mode: false,
            author: false,
            profile: "default".into(),
        }
    }
}

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
    let Ok(text) = std::fs::read_to_string(p) else { return Settings::default() };
    ron::from_str(&text).unwrap_or_else(|e| {
        let aside = p.with_extension("ron.broken");
        let _ = std::fs::rename(p, &aside);
        warn!("{}: {e}; settings reset, old file kept as {}", p.display(), aside.display());
        Settings::default()
    })
}

/// Writes settings atomically (temp file, then rename).
pub fn save(path: &SettingsPath, s: &Settings) -> std::io::Result<()> {
    let Some(p) = &path.0 else { return Ok(()) };
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = ron::ser::to_string_pretty(s, ron::ser::PrettyConfig::default()).map_err(std::io::Error::other)?;
    let tmp = p.with_extension("ron.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(tmp, p)
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

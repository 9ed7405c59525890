//! Everything the game reads from disk: rules (engine + emotion model), the scenario library and
//! the UI's Fluent messages. Scenario files hot-reload while the game runs.

use crate::i18n::Catalog;
use crate::scenario::library::{Library, load_rules};
use crate::scenario::{LoadedScenario, Rules};
use bevy::prelude::*;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Where the game's data lives.
#[derive(Resource, Debug, Clone)]
pub struct ContentPaths {
    /// Assets (phrasebooks, emotion model, fonts).
    pub assets: PathBuf,
    /// Scenario library.
    pub scenarios: PathBuf,
    /// UI locales.
    pub locales: PathBuf,
}

impl Default for ContentPaths {
    fn default() -> Self {
        ContentPaths {
            assets: crate::paths::assets_dir(),
            scenarios: crate::paths::scenarios_dir(),
            locales: crate::paths::locales_dir(),
        }
    }
}

/// The loaded content.
#[derive(Resource)]
pub struct Content {
    /// Engine and emotion model; `Err` holds the message when they could not load.
    pub rules: Result<Rules, String>,
    /// Playable scenarios and every diagnostic.
    pub library: Library,
    /// UI messages.
    pub ui: Catalog,
    /// Newest modification time seen in the scenario folder (for hot reload).
    stamp: Option<SystemTime>,
    /// Bumped on every reload, so screens can refresh.
    pub generation: u32,
}

impl Content {
    /// Loads everything from `paths`.
    pub fn load(paths: &ContentPaths) -> Content {
        let rules = load_rules(&paths.assets);
        let (ui, _) = Catalog::load_ui(&paths.locales);
        let locale = crate::locale::Locale::from_system();
        let library = Library::load_in(&paths.scenarios, rules.as_ref().ok(), Some((&ui, locale)));
        Content { rules, library, ui, stamp: newest(&paths.scenarios), generation: 0 }
    }

    /// A playable scenario by id.
    pub fn scenario(&self, id: &str) -> Option<&LoadedScenario> {
        self.library.get(id)
    }

    /// Errors that keep a scenario (or everything) from being played, with the severity word in
    /// the player's language.
    pub fn errors(&self, locale: crate::locale::Locale) -> Vec<String> {
        let mut v: Vec<String> = self.rules.as_ref().err().cloned().into_iter().collect();
        v.extend(self.library.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.render(&self.ui, locale)));
        v
    }
}

/// The newest modification time of any file under `dir` (two levels deep).
fn newest(dir: &Path) -> Option<SystemTime> {
    let mut best = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let p = entry.path();
        let mut consider = |p: &Path| {
            let t = std::fs::metadata(p).and_then(|m| m.modified()).ok();
            best = best.max(t);
        };
        consider(&p);
        if p.is_dir() {
            for f in std::fs::read_dir(&p).into_iter().flatten().flatten() {
                consider(&f.path());
            }
        }
    }
    best
}

/// Polls the scenario folder once a second and reloads the library when a file changed.
fn hot_reload(
    time: Res<Time>,
    mut timer: Local<f32>,
    paths: Res<ContentPaths>,
    mut content: ResMut<Content>,
    locale: Res<MessageLocale>,
) {
    *timer += time.delta_secs();
    if *timer < 1.0 {
        return;
    }
    *timer = 0.0;
    let stamp = newest(&paths.scenarios);
    if stamp != content.stamp {
        let library = Library::load_in(&paths.scenarios, content.rules.as_ref().ok(), Some((&content.ui, locale.0)));
        content.library = library;
        content.stamp = stamp;
        content.generation += 1;
        info!("scenarios reloaded ({} playable)", content.library.scenarios.len());
    }
}

/// The language of the checker's messages in the game (the player's UI language).
#[derive(Resource, Debug, Clone, Copy, Default)]
pub struct MessageLocale(pub crate::locale::Locale);

fn follow_settings(settings: Res<super::settings::Settings>, mut locale: ResMut<MessageLocale>) {
    if locale.0 != settings.locale {
        locale.0 = settings.locale;
    }
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MessageLocale>().add_systems(Update, follow_settings);
    if !app.world().contains_resource::<ContentPaths>() {
        app.insert_resource(ContentPaths::default());
    }
    let paths = app.world().resource::<ContentPaths>().clone();
    app.insert_resource(Content::load(&paths));
    app.add_systems(Update, hot_reload);
}

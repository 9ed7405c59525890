//! A headless game: the core plugins (states, content, settings, session, records) on a
//! minimal Bevy app, with records in `dir` and relaxed play.

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use defuse::game::content::ContentPaths;
use defuse::game::records::Records;
use defuse::game::session::Action;
use defuse::game::settings::{Settings, SettingsPath};
use defuse::locale::Locale;
use defuse::records::Store;

/// The app, one frame run.
pub fn app(locale: Locale, dir: &std::path::Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    let (store, _) = Store::open(&dir.join("records.sqlite")).unwrap();
    app.insert_resource(ContentPaths::default())
        .insert_resource(SettingsPath(None))
        .insert_resource(Settings { locale, relaxed: true, ..Settings::default() })
        .insert_resource(Records { store: Some(std::sync::Mutex::new(store)), ..Default::default() });
    defuse::game::core_plugin(&mut app);
    app.update();
    app
}

/// Sends an action and lets it take effect.
pub fn act(app: &mut App, a: Action) {
    app.world_mut().write_message(a);
    app.update();
    app.update();
}

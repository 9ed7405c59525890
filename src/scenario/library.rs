//! The shared rules (engine + emotion model) and the scenario library, loaded once.

use super::check::check_in;
use super::emotion::EmotionModel;
use super::load::{LoadedScenario, load_in, scenario_dirs};
use super::runtime::Rules;
use crate::diag::Diagnostic;
use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::phrasing::Engine;
use std::path::Path;
use std::sync::Arc;

/// Loads the phrasing engine and the emotion model from an assets folder.
pub fn load_rules(assets: &Path) -> Result<Rules, String> {
    let engine = Engine::load(assets, &[]).map_err(|e| e.to_string())?;
    let path = assets.join("emotion.ron");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let emotion = EmotionModel::from_ron(&text)
        .map_err(|e| format!("{}:{}:{}: error: {}", path.display(), e.span.start.line, e.span.start.col, e.code))?;
    let reactions = super::reaction::load_shared(assets)?;
    let topics = super::reaction::load_topics(assets)?;
    Ok(Rules {
        engine: Arc::new(engine),
        emotion: Arc::new(emotion),
        reactions: Arc::new(reactions),
        topics: Arc::new(topics),
    })
}

/// The shipped rules (assets folder found by [`crate::paths::assets_dir`]).
pub fn default_rules() -> Result<Rules, String> {
    load_rules(&crate::paths::assets_dir())
}

/// A folder of scenarios: those that load and check without errors, and every diagnostic.
#[derive(Debug, Default)]
pub struct Library {
    /// Playable scenarios, sorted by difficulty then id.
    pub scenarios: Vec<LoadedScenario>,
    /// Every problem found (errors keep a scenario out of `scenarios`).
    pub diagnostics: Vec<Diagnostic>,
}

impl Library {
    /// Loads and checks every scenario under `path` (messages in English).
    pub fn load(path: &Path, rules: Option<&Rules>) -> Library {
        Library::load_in(path, rules, None)
    }

    /// Loads and checks every scenario under `path`, with the checker's messages in the
    /// catalog's locale.
    pub fn load_in(path: &Path, rules: Option<&Rules>, lang: Option<(&Catalog, Locale)>) -> Library {
        let mut lib = Library::default();
        for dir in scenario_dirs(path) {
            match load_in(&dir, super::words::Words(lang)) {
                Ok(ls) => {
                    let diags = check_in(&ls, rules, lang);
                    let ok = !diags.iter().any(Diagnostic::is_error);
                    lib.diagnostics.extend(diags);
                    if ok {
                        lib.scenarios.push(ls);
                    }
                }
                Err(d) => lib.diagnostics.extend(d),
            }
        }
        lib.scenarios
            .sort_by(|a, b| (a.scenario.difficulty, &a.scenario.id).cmp(&(b.scenario.difficulty, &b.scenario.id)));
        lib
    }

    /// A scenario by id.
    pub fn get(&self, id: &str) -> Option<&LoadedScenario> {
        self.scenarios.iter().find(|s| s.scenario.id == id)
    }
}

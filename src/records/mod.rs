//! Records: every run and every turn stored as it happens in a local SQLite database, so
//! progress survives a crash. Pure: no Bevy.

pub mod dispute;
pub mod export;
pub mod mastery;
pub mod report;
pub mod store;
pub mod xapi;

pub use dispute::{Dispute, DisputeKind, DisputedTurn};
pub use store::{RunRecord, Source, Store, StoreError, TurnRecord};

use crate::locale::Locale;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The platform's data folder for Defuse (`$DEFUSE_DATA` overrides it).
pub fn data_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("DEFUSE_DATA") {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("", "", "defuse")
        .map_or_else(|| PathBuf::from(".defuse"), |d| d.data_dir().to_path_buf())
}

/// The medal tier for a run score: gold ≥ 90, silver ≥ 75, bronze ≥ 60, else none.
pub fn medal(score: u8) -> &'static str {
    match score {
        90.. => "gold",
        75..=89 => "silver",
        60..=74 => "bronze",
        _ => "none",
    }
}

/// What reports and exports need to know about a scenario: its titles, what it trains, and
/// what each beat calls for (for turns stored without it).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScenarioMeta {
    /// Scenario id.
    pub id: String,
    /// Title by locale tag (`zh-CN`, `en-US`…).
    pub titles: std::collections::BTreeMap<String, String>,
    /// Technique ids it trains.
    pub trains: Vec<String>,
    /// Technique ids each beat calls for, by beat id.
    pub calls_for: HashMap<String, Vec<String>>,
}

impl ScenarioMeta {
    /// The title in `locale` (or its fallbacks), else the id.
    pub fn title(&self, locale: Locale) -> &str {
        locale.fallbacks().iter().find_map(|l| self.titles.get(l.tag())).map_or(&self.id, String::as_str)
    }
}

/// Reads the scenarios under `dir` (no checking), easiest first then by id, with a message
/// for each folder that could not be read.
pub fn load_scenarios(dir: &Path) -> (Vec<ScenarioMeta>, Vec<String>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for d in crate::scenario::load::scenario_dirs(dir) {
        match crate::scenario::load::load(&d) {
            Ok(ls) => {
                let s = &ls.scenario;
                let titles = Locale::ALL
                    .iter()
                    .filter(|l| ls.text.has(**l, &s.title))
                    .map(|l| (l.tag().to_string(), ls.text.get(*l, &s.title)))
                    .collect();
                let calls_for = s.beats.iter().map(|(id, b)| (id.clone(), b.calls_for.clone())).collect();
                let meta = ScenarioMeta { id: s.id.clone(), titles, trains: s.trains.clone(), calls_for };
                found.push((s.difficulty, meta));
            }
            Err(diags) => problems.extend(diags.iter().filter(|d| d.is_error()).map(ToString::to_string)),
        }
    }
    found.sort_by(|a, b| (a.0, &a.1.id).cmp(&(b.0, &b.1.id)));
    (found.into_iter().map(|(_, m)| m).collect(), problems)
}

//! Records: every run and every turn stored as it happens in a local SQLite database, so
//! progress survives a crash. Pure: no Bevy.

pub mod store;

pub use store::{Store, StoreError};

use std::path::PathBuf;

/// The platform's data folder for Defuse (`$DEFUSE_DATA` overrides it).
pub fn data_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("DEFUSE_DATA") {
        return PathBuf::from(p);
    }
    directories::ProjectDirs::from("", "", "defuse").map_or_else(|| PathBuf::from(".defuse"), |d| d.data_dir().to_path_buf())
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

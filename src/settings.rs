//! The player's settings file (`settings.ron`): its format, reading it whatever it holds, and
//! writing it atomically. Pure; the game wraps it as a resource (`game::settings`).

use crate::locale::Locale;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Smallest and largest text scale the settings screen offers.
pub const TEXT_SCALE: std::ops::RangeInclusive<f32> = 0.75..=2.0;

/// Longest learner name kept, in characters (longer names are cut).
pub const MAX_PROFILE_CHARS: usize = 64;

/// What the player chose.
#[cfg_attr(feature = "game", derive(bevy::prelude::Resource))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// UI and scenario language.
    pub locale: Locale,
    /// Text scale (1.0 = normal, 0.75 to 2.0).
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

impl Settings {
    /// The same settings with every value usable: a text scale that is a number within
    /// [`TEXT_SCALE`], a learner name that is not blank, has no control characters and is at
    /// most [`MAX_PROFILE_CHARS`] long.
    pub fn sanitised(mut self) -> Settings {
        self.text_scale = if self.text_scale.is_finite() {
            self.text_scale.clamp(*TEXT_SCALE.start(), *TEXT_SCALE.end())
        } else {
            1.0
        };
        let name: String = self.profile.chars().filter(|c| !c.is_control()).take(MAX_PROFILE_CHARS).collect();
        self.profile = if name.trim().is_empty() { "default".into() } else { name.trim().to_string() };
        self
    }
}

/// A settings file that could not be read as settings.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{col}: {message}")]
pub struct SettingsError {
    /// The file.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    /// What the parser said.
    pub message: String,
}

/// Parses settings text (`path` is for messages); values out of range are brought into range.
pub fn parse(text: &str, path: &Path) -> Result<Settings, SettingsError> {
    ron::from_str::<Settings>(text).map(Settings::sanitised).map_err(|e| SettingsError {
        path: path.into(),
        line: e.span.start.line,
        col: e.span.start.col,
        message: e.code.to_string(),
    })
}

/// What reading the settings file gave: the settings, and a notice when the file was broken
/// (it is then kept aside as `settings.ron.broken` and defaults are used).
pub fn read(path: &Path) -> (Settings, Option<String>) {
    let Ok(bytes) = std::fs::read(path) else { return (Settings::default(), None) };
    let parsed = match String::from_utf8(bytes) {
        Ok(text) => parse(&text, path),
        Err(e) => Err(SettingsError {
            path: path.into(),
            line: 1,
            col: 1,
            message: format!("not UTF-8 text (byte {})", e.utf8_error().valid_up_to()),
        }),
    };
    match parsed {
        Ok(s) => (s, None),
        Err(e) => {
            let aside = path.with_extension("ron.broken");
            let _ = std::fs::rename(path, &aside);
            (Settings::default(), Some(format!("{e}; settings reset, old file kept as {}", aside.display())))
        }
    }
}

/// Writes settings atomically (temp file, then rename).
pub fn write(path: &Path, s: &Settings) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = ron::ser::to_string_pretty(s, ron::ser::PrettyConfig::default()).map_err(std::io::Error::other)?;
    let tmp = path.with_extension("ron.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_scale_that_is_no_number_or_out_of_range_is_made_usable() {
        let p = Path::new("settings.ron");
        assert_eq!(parse("(text_scale: NaN)", p).unwrap().text_scale, 1.0);
        assert_eq!(parse("(text_scale: inf)", p).unwrap().text_scale, 1.0);
        assert_eq!(parse("(text_scale: 1e30)", p).unwrap().text_scale, 2.0);
        assert_eq!(parse("(text_scale: -3)", p).unwrap().text_scale, 0.75);
    }

    #[test]
    fn a_blank_or_huge_learner_name_is_made_usable() {
        let p = Path::new("settings.ron");
        assert_eq!(parse("(profile: \"  \\u{0}\\n\")", p).unwrap().profile, "default");
        let long = format!("(profile: \"{}\")", "林".repeat(10_000));
        assert_eq!(parse(&long, p).unwrap().profile.chars().count(), MAX_PROFILE_CHARS);
    }

    #[test]
    fn a_broken_file_is_kept_aside_and_named_with_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        std::fs::write(&path, "(\n  locale: \"zh-CN\",\n  text_scale: ,\n)").unwrap();
        let (s, notice) = read(&path);
        assert_eq!(s, Settings::default());
        let notice = notice.unwrap();
        assert!(notice.starts_with(&format!("{}:3:", path.display())), "{notice}");
        assert!(path.with_extension("ron.broken").is_file() && !path.exists());
    }
}

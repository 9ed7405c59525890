//! The locales Defuse speaks, and how a system or user locale string maps onto them.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A supported locale. zh-TW shares the Chinese rules through traditional→simplified normalisation.
/// Serialised as its tag (`"zh-CN"`) in every format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// Simplified Chinese (the default).
    #[default]
    ZhCn,
    /// Traditional Chinese.
    ZhTw,
    /// English.
    EnUs,
}

impl Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let tag = String::deserialize(d)?;
        tag.parse().map_err(serde::de::Error::custom)
    }
}

impl Locale {
    /// All locales, in fallback order of preference for display.
    pub const ALL: [Locale; 3] = [Locale::ZhCn, Locale::ZhTw, Locale::EnUs];

    /// The BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::ZhTw => "zh-TW",
            Locale::EnUs => "en-US",
        }
    }

    /// Locales to try, in order, when a message is missing in this one.
    pub fn fallbacks(self) -> &'static [Locale] {
        match self {
            Locale::ZhCn => &[Locale::ZhCn, Locale::EnUs],
            Locale::ZhTw => &[Locale::ZhTw, Locale::ZhCn, Locale::EnUs],
            Locale::EnUs => &[Locale::EnUs, Locale::ZhCn],
        }
    }

    /// True for the Chinese locales.
    pub fn is_chinese(self) -> bool {
        matches!(self, Locale::ZhCn | Locale::ZhTw)
    }

    /// Maps any BCP 47 tag (`zh-Hans-SG`, `zh_HK.UTF-8`, `en-GB`) to the nearest supported locale.
    pub fn negotiate(tag: &str) -> Option<Locale> {
        let t = tag.split('.').next().unwrap_or("").replace('_', "-").to_ascii_lowercase();
        let parts: Vec<&str> = t.split('-').collect();
        match parts.first().copied()? {
            "zh" => {
                let traditional = parts[1..].iter().any(|p| matches!(*p, "hant" | "tw" | "hk" | "mo"));
                let simplified = parts[1..].contains(&"hans");
                Some(if traditional && !simplified { Locale::ZhTw } else { Locale::ZhCn })
            }
            "en" => Some(Locale::EnUs),
            _ => None,
        }
    }

    /// The locale of the running system, defaulting to zh-CN.
    pub fn from_system() -> Locale {
        sys_locale::get_locale().and_then(|l| Locale::negotiate(&l)).unwrap_or_default()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Locale {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::negotiate(s).ok_or_else(|| format!("unknown locale '{s}': use zh-CN, zh-TW or en-US"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_its_tag() {
        assert_eq!(serde_json::to_string(&Locale::ZhTw).unwrap(), "\"zh-TW\"");
        assert_eq!(ron::from_str::<Locale>("\"en-US\"").unwrap(), Locale::EnUs);
    }

    #[test]
    fn negotiates_chinese_scripts_and_regions() {
        assert_eq!(Locale::negotiate("zh-Hans"), Some(Locale::ZhCn));
        assert_eq!(Locale::negotiate("zh-SG"), Some(Locale::ZhCn));
        assert_eq!(Locale::negotiate("zh-Hant"), Some(Locale::ZhTw));
        assert_eq!(Locale::negotiate("zh_HK.UTF-8"), Some(Locale::ZhTw));
        assert_eq!(Locale::negotiate("zh-MO"), Some(Locale::ZhTw));
        assert_eq!(Locale::negotiate("en-GB"), Some(Locale::EnUs));
        assert_eq!(Locale::negotiate("fr-FR"), None);
    }
}

//! Where Defuse finds its shipped data (assets, scenarios, locales) and keeps its own files.

use std::path::PathBuf;

/// The first existing folder among: `$DEFUSE_<NAME>`, `./<name>`, next to the executable, and
/// the source checkout the binary was built from.
fn find(env: &str, name: &str) -> PathBuf {
    if let Some(p) = std::env::var_os(env) {
        return PathBuf::from(p);
    }
    let local = PathBuf::from(name);
    if local.is_dir() {
        return local;
    }
    if let Some(dir) = std::env::current_exe().ok().and_then(|e| e.parent().map(|p| p.join(name)))
        && dir.is_dir()
    {
        return dir;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// The assets folder (phrasebooks, fonts, emotion model).
pub fn assets_dir() -> PathBuf {
    find("DEFUSE_ASSETS", "assets")
}

/// The scenarios folder.
pub fn scenarios_dir() -> PathBuf {
    find("DEFUSE_SCENARIOS", "scenarios")
}

/// The UI locales folder.
pub fn locales_dir() -> PathBuf {
    find("DEFUSE_LOCALES", "locales")
}

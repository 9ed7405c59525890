//! The UI's Fluent files: the three locales define the same messages, and every message the
//! code or a template asks for exists.

use defuse::i18n::Catalog;
use defuse::locale::Locale;
use regex::Regex;
use std::collections::BTreeSet;
use std::path::Path;

/// Files that every locale has in full.
const SHARED: [&str; 3] = ["report.ftl", "cli.ftl", "check.ftl"];

fn ids(path: &Path) -> BTreeSet<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let re = Regex::new(r"(?m)^([a-z][a-z0-9-]*)\s*=").unwrap();
    re.captures_iter(&text).map(|c| c[1].to_string()).collect()
}

/// Message ids with `prefix` quoted in the files under `dir`.
fn used(dir: &str, prefix: &str) -> BTreeSet<String> {
    let re = Regex::new(&format!(r#""({prefix}[a-z0-9-]+)""#)).unwrap();
    let mut out = BTreeSet::new();
    let mut todo = vec![Path::new(dir).to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap().map(|e| e.unwrap().path()) {
            if e.is_dir() {
                todo.push(e);
            } else if let Ok(text) = std::fs::read_to_string(&e) {
                out.extend(re.captures_iter(&text).map(|c| c[1].to_string()));
            }
        }
    }
    out
}

#[test]
fn every_locale_has_the_same_messages() {
    for file in SHARED {
        let en = ids(&Path::new("locales/en-US").join(file));
        assert!(!en.is_empty());
        for tag in ["zh-CN", "zh-TW"] {
            assert_eq!(ids(&Path::new("locales").join(tag).join(file)), en, "{tag}/{file} differs from en-US");
        }
    }
}

#[test]
fn the_report_the_checker_and_the_command_line_ask_only_for_messages_that_exist() {
    let (catalog, problems) = Catalog::load_ui(Path::new("locales"));
    assert!(problems.is_empty(), "{problems:?}");
    let mut wanted = used("templates/report", "report-");
    wanted.extend(used("src/records/report", "report-"));
    assert!(wanted.len() > 30, "found only {wanted:?}");
    let cli: BTreeSet<String> = [
        "cli-",
        "report-cli-",
        "export-cli-",
        "check-",
        "score-cli-",
        "review-",
        "lint-",
        "graph-cli-",
        "play-",
        "new-",
        "train-",
        "disputes-",
        "override-",
    ]
    .iter()
    .flat_map(|p| used("src/cli", p))
    .chain(used("src/scenario", "check-"))
    .chain(used("src", "diag-"))
    .chain(used("src", "check-fluent-"))
    .collect();
    assert!(cli.len() >= 30, "found only {cli:?}");
    wanted.extend(cli);
    for id in &wanted {
        for l in Locale::ALL {
            assert!(catalog.has(l, id), "{id} missing in {l}");
        }
    }
}

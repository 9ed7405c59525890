//! The trainer's report: one self-contained HTML page (inline CSS, charts as inline SVG; no
//! script, no network) for one learner or a cohort merged from several databases. Sections:
//! summary, practise next, weakest techniques, taboos that keep slipping in (with the replies
//! quoted), grades per scenario, trainer overrides, runs over time. The markup is the askama
//! templates in `templates/report/` (escaped automatically); the words are the Fluent messages
//! `report-*` in `locales/<lang>/report.ftl`.

mod charts;
mod dates;
mod page;
mod words;

pub use dates::{civil_from_days, days_from_civil, now_utc};

use super::ScenarioMeta;
use super::mastery::{Params, RunSample, TurnSample};
use super::store::{RunRecord, Source};
use crate::i18n::Catalog;
use crate::locale::Locale;
use askama::Template;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the report needs besides the runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Language of the page (labels, titles, technique names).
    pub locale: Locale,
    /// The scenario library (titles, what each trains, what each beat calls for).
    pub scenarios: Vec<ScenarioMeta>,
    /// Display names of technique and taboo ids (missing ids show as themselves).
    pub names: HashMap<String, String>,
    /// The mastery model's tuning.
    pub params: Params,
    /// When the report was made (shown as given).
    pub generated: String,
}

/// One learner: a profile in one database.
#[derive(Debug, Clone)]
pub struct Learner<'a> {
    /// How the report names them.
    pub label: String,
    /// Their runs, oldest first.
    pub runs: Vec<&'a RunRecord>,
}

/// Groups runs by (database, profile). Learners are named by profile when profiles are
/// unique across the databases, else by profile and file.
pub fn learners(sources: &[Source]) -> Vec<Learner<'_>> {
    let mut groups: BTreeMap<(usize, &str), Vec<&RunRecord>> = BTreeMap::new();
    for (i, src) in sources.iter().enumerate() {
        for r in &src.runs {
            groups.entry((i, r.profile.as_str())).or_default().push(r);
        }
    }
    let profiles: BTreeSet<&str> = groups.keys().map(|(_, p)| *p).collect();
    let unique = profiles.len() == groups.len();
    groups
        .into_iter()
        .map(|((i, profile), runs)| {
            let label =
                if unique { profile.to_string() } else { format!("{profile} · {}", sources[i].path.display()) };
            Learner { label, runs }
        })
        .collect()
}

/// A learner's runs as mastery samples; turns stored without `calls_for` take it from the
/// scenario's beat.
pub fn samples(runs: &[&RunRecord], scenarios: &[ScenarioMeta]) -> Vec<RunSample> {
    let by_id: HashMap<&str, &ScenarioMeta> = scenarios.iter().map(|s| (s.id.as_str(), s)).collect();
    runs.iter()
        .map(|r| RunSample {
            scenario: r.scenario.clone(),
            turns: r
                .turns
                .iter()
                .map(|t| TurnSample {
                    calls_for: t.calls_for.clone().unwrap_or_else(|| {
                        by_id
                            .get(r.scenario.as_str())
                            .and_then(|s| s.calls_for.get(&t.beat))
                            .cloned()
                            .unwrap_or_default()
                    }),
                    techniques: t.techniques.clone(),
                    taboos: t.taboos.clone(),
                    phrasing: t.phrasing,
                })
                .collect(),
        })
        .collect()
}

/// Escapes text for HTML and SVG (element content and quoted attributes), as the templates do.
pub fn escape(s: &str) -> String {
    askama::filters::escape(s, askama::filters::Html).map_or_else(|_| String::new(), |e| e.to_string())
}

/// Renders the whole page, with the words from the UI catalog in `locales/`.
pub fn render(sources: &[Source], opts: &Options) -> String {
    let (catalog, _) = Catalog::load_ui(&crate::paths::locales_dir());
    render_with(sources, opts, &catalog)
}

/// Renders the whole page with the words from `catalog`.
pub fn render_with(sources: &[Source], opts: &Options, catalog: &Catalog) -> String {
    let w = words::Words::new(catalog, opts.locale);
    let mut html = page::page(sources, opts, &w).render().unwrap_or_else(|e| format!("report: {e}"));
    html.push('\n');
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_without_calls_for_take_it_from_the_beat() {
        use crate::records::store::TurnRecord;
        let t = |calls_for: Option<Vec<String>>| TurnRecord {
            turn: 1,
            reply: "好的".into(),
            waited: 1.0,
            beat: "opening".into(),
            phrasing: 70,
            total: 70,
            fit: None,
            calls_for,
            techniques: vec![],
            taboos: vec![],
        };
        let run = RunRecord {
            id: 1,
            profile: "p".into(),
            scenario: "s".into(),
            seed: 0,
            locale: "zh-CN".into(),
            timed: true,
            started: "2026-01-01 00:00:00".into(),
            ended: None,
            ending: None,
            ending_kind: None,
            score: None,
            turns: vec![t(None), t(Some(vec!["apology".into()])), t(Some(vec![]))],
        };
        let meta = ScenarioMeta {
            id: "s".into(),
            calls_for: [("opening".to_string(), vec!["empathy".to_string()])].into(),
            ..ScenarioMeta::default()
        };
        let got: Vec<Vec<String>> = samples(&[&run], &[meta])[0].turns.iter().map(|t| t.calls_for.clone()).collect();
        assert_eq!(got, [vec!["empathy".to_string()], vec!["apology".to_string()], vec![]]);
        assert!(samples(&[&run], &[])[0].turns[0].calls_for.is_empty(), "unknown scenario: nothing called for");
    }

    #[test]
    fn escaping_covers_markup() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&#60;script&#62;alert(&#39;x&#39;) &#38; &#34;y&#34;&#60;/script&#62;"
        );
    }
}

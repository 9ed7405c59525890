//! Runs and turns as CSV (one row per turn, run columns repeated) or JSON Lines (one run per
//! line with its turns), and xAPI statements as a JSON array.

use super::ScenarioMeta;
use super::store::{RunRecord, Source};
use super::xapi::{self, Statement};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 22] = [
    "source",
    "run_id",
    "profile",
    "scenario",
    "seed",
    "locale",
    "timed",
    "started",
    "ended",
    "ending",
    "ending_kind",
    "score",
    "turn",
    "beat",
    "reply",
    "waited",
    "phrasing",
    "total",
    "fit",
    "calls_for",
    "techniques",
    "taboos",
];

/// One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map_or_else(String::new, ToString::to_string)
}

/// Writes every run's turns as CSV rows (a run without turns gets one row with empty turn
/// columns); id lists are joined with `;`. `bom` starts the file with a UTF-8 byte-order mark,
/// which spreadsheet programs need to read Chinese correctly.
pub fn write_csv(w: &mut impl Write, sources: &[Source], bom: bool) -> io::Result<()> {
    if bom {
        w.write_all("\u{feff}".as_bytes())?;
    }
    writeln!(w, "{}", CSV_COLUMNS.join(","))?;
    for src in sources {
        let source = src.path.display().to_string();
        for run in &src.runs {
            let head = [
                csv_field(&source),
                run.id.to_string(),
                csv_field(&run.profile),
                csv_field(&run.scenario),
                run.seed.to_string(),
                csv_field(&run.locale),
                run.timed.to_string(),
                csv_field(&run.started),
                csv_field(&opt(&run.ended)),
                csv_field(&opt(&run.ending)),
                csv_field(&opt(&run.ending_kind)),
                opt(&run.score),
            ]
            .join(",");
            if run.turns.is_empty() {
                writeln!(w, "{head}{}", ",".repeat(CSV_COLUMNS.len() - 12))?;
            }
            for t in &run.turns {
                writeln!(
                    w,
                    "{head},{},{},{},{},{},{},{},{},{},{}",
                    t.turn,
                    csv_field(&t.beat),
                    csv_field(&t.reply),
                    t.waited,
                    t.phrasing,
                    t.total,
                    opt(&t.fit),
                    csv_field(&t.calls_for.as_ref().map(|c| c.join(";")).unwrap_or_default()),
                    csv_field(&t.techniques.join(";")),
                    csv_field(&t.taboos.join(";")),
                )?;
            }
        }
    }
    Ok(())
}

#[derive(serde::Serialize)]
struct Line<'a> {
    source: String,
    #[serde(flatten)]
    run: &'a RunRecord,
}

/// Writes one JSON object per run: its fields, `source` (the database), and `turns`.
pub fn write_jsonl(w: &mut impl Write, sources: &[Source]) -> io::Result<()> {
    for src in sources {
        let source = src.path.display().to_string();
        for run in &src.runs {
            serde_json::to_writer(&mut *w, &Line { source: source.clone(), run })?;
            w.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// The xAPI statements of every run in a source, titled from the scenario library.
pub fn statements(source: &Source, scenarios: &[ScenarioMeta]) -> Vec<Statement> {
    let empty = BTreeMap::new();
    let titles: BTreeMap<&str, &BTreeMap<String, String>> =
        scenarios.iter().map(|s| (s.id.as_str(), &s.titles)).collect();
    source
        .runs
        .iter()
        .flat_map(|r| xapi::statements(r, titles.get(r.scenario.as_str()).copied().unwrap_or(&empty)))
        .collect()
}

/// Writes the statements of every run as one pretty JSON array, run by run (memory stays
/// flat however many runs there are). A statement that fails [`xapi::validate`] stops it
/// with an error: it would be a bug.
pub fn write_xapi_runs(w: &mut impl Write, sources: &[Source], scenarios: &[ScenarioMeta]) -> io::Result<usize> {
    let empty = BTreeMap::new();
    let titles: BTreeMap<&str, &BTreeMap<String, String>> =
        scenarios.iter().map(|s| (s.id.as_str(), &s.titles)).collect();
    let mut n = 0;
    w.write_all(b"[")?;
    for run in sources.iter().flat_map(|s| &s.runs) {
        for st in xapi::statements(run, titles.get(run.scenario.as_str()).copied().unwrap_or(&empty)) {
            xapi::validate(&st.json)
                .map_err(|e| io::Error::other(format!("internal error: statement {} is not valid xAPI: {e}", st.id)))?;
            w.write_all(if n == 0 { b"\n" } else { b",\n" })?;
            serde_json::to_writer_pretty(&mut *w, &st.json)?;
            n += 1;
        }
    }
    w.write_all(if n == 0 { b"]\n" } else { b"\n]\n" })?;
    Ok(n)
}

/// Writes statements as one pretty JSON array (what `POST /statements` accepts).
pub fn write_xapi<'a>(w: &mut impl Write, statements: impl IntoIterator<Item = &'a Statement>) -> io::Result<()> {
    let all: Vec<&serde_json::Value> = statements.into_iter().map(|s| &s.json).collect();
    serde_json::to_writer_pretty(&mut *w, &all)?;
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("您好"), "您好");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("说\"不\""), "\"说\"\"不\"\"\"");
        assert_eq!(csv_field("两\n行"), "\"两\n行\"");
    }
}

//! Records: progress survives a kill -9, damaged or newer databases are set aside and never
//! overwritten, the report is one safe page, and exports (CSV, JSON Lines, xAPI) have the
//! right shape; sending to an LRS that is down or refuses marks nothing as sent.

use defuse::locale::Locale;
use defuse::records::export::CSV_COLUMNS;
use defuse::records::store::SCHEMA;
use defuse::records::xapi::{self, EXT_TABOOS, EXT_TECHNIQUES, Verb};
use defuse::records::{Store, StoreError};
use defuse::scenario::runtime::RunLog;
use rusqlite::Connection;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};

/// Set to a database path, the `writer_child` test becomes the child the kill test SIGKILLs.
mod common;
use common::turn;

const WRITER_ENV: &str = "DEFUSE_TEST_WRITER_DB";

const SCRIPT_REPLY: &str = "<script>alert('x')</script> 订单明明已经签收了，您怎么还说没收到？";

fn log(scenario: &str, seed: u64) -> RunLog {
    RunLog { scenario: scenario.into(), seed, locale: Locale::ZhCn, timed: true, replies: vec![] }
}

fn calls(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// A learner's database: a few late_parcel runs (one with a `<script>` reply that argues back)
/// and a refund run, most finished.
fn learner_db(path: &Path, profile: &str) {
    let (s, notice) = Store::open(path).unwrap();
    assert!(notice.is_none());
    let greet = calls(&["greeting", "empathy", "apology"]);
    for (seed, score) in [(1u64, Some(62u8)), (2, Some(81)), (3, Some(93)), (4, None)] {
        let id = s.start_run(profile, &log("late_parcel", seed)).unwrap();
        s.record_turn_calls(
            id,
            &turn(1, "opening", "您好，非常理解您着急的心情。", &["greeting", "empathy"], &[], 85),
            3.0,
            &greet,
        )
        .unwrap();
        let reply = if seed == 1 { SCRIPT_REPLY } else { "我马上为您查询，请稍等两分钟。" };
        let taboos: &[&str] = if seed == 1 { &["argue_back"] } else { &[] };
        s.record_turn_calls(
            id,
            &turn(2, "facts", reply, &["hold_notice"], taboos, 60),
            12.5,
            &calls(&["when_question"]),
        )
        .unwrap();
        if let Some(score) = score {
            s.end_run(id, "resolved", "resolved", score).unwrap();
        }
    }
    let id = s.start_run(profile, &log("refund_policy_no", 9)).unwrap();
    // Recorded without calls_for: the report takes it from the scenario's beat.
    s.record_turn(
        id,
        &turn(1, "opening", "这是规定，我也没办法，你自己看说明。", &[], &["policy_shield", "commanding"], 20),
        40.0,
    )
    .unwrap();
    s.end_run(id, "escalated", "escalated", 35).unwrap();
}

/// A scenario's zh-CN title from the shipped library.
fn title(id: &str) -> String {
    let (all, _) = defuse::records::load_scenarios(Path::new("scenarios"));
    all.into_iter().find(|s| s.id == id).expect("shipped scenario").title(Locale::ZhCn).to_string()
}

fn escape_title(id: &str) -> String {
    defuse::records::report::escape(&title(id))
}

fn defuse(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_defuse"))
        .args(args)
        .env("DEFUSE_DATA", "/nonexistent/defuse-test")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db).unwrap().query_row(sql, [], |r| r.get(0)).unwrap()
}

// ── kill -9 ────────────────────────────────────────────────────────────────────────────────

/// Not a test on its own: with `DEFUSE_TEST_WRITER_DB` set it records turns until killed,
/// printing `committed <n>` after each turn is committed.
#[test]
fn writer_child() {
    let Some(db) = std::env::var_os(WRITER_ENV) else { return };
    let (store, _) = Store::open(Path::new(&db)).unwrap();
    let out = std::io::stdout();
    let mut committed = 0u64;
    for run in 0u64.. {
        let id = store.start_run("writer", &log("late_parcel", run)).unwrap();
        for n in 1..=8 {
            let t = turn(
                n,
                "opening",
                &format!("第 {run} 次练习的第 {n} 条回复：非常理解您的心情。"),
                &["empathy"],
                &[],
                70,
            );
            store.record_turn_calls(id, &t, 1.0, &calls(&["empathy"])).unwrap();
            committed += 1;
            writeln!(out.lock(), "committed {committed}").unwrap();
        }
        if run % 2 == 0 {
            store.end_run(id, "resolved", "resolved", 80).unwrap();
        }
    }
}

#[test]
fn progress_survives_kill_9_mid_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["writer_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(WRITER_ENV, &db)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut last = 0u64;
    for line in lines.by_ref() {
        if let Some(n) = line.unwrap().strip_prefix("committed ") {
            last = n.trim().parse().unwrap();
            if last >= 150 {
                break;
            }
        }
    }
    assert!(last >= 150, "the writer stopped early");
    child.kill().unwrap(); // SIGKILL: no destructors, no checkpoint, possibly mid-transaction
    let status = child.wait().unwrap();
    assert!(!status.success());
    for line in lines {
        if let Some(n) = line.unwrap_or_default().strip_prefix("committed ") {
            last = n.trim().parse().unwrap_or(last);
        }
    }
    let check: String = Connection::open(&db).unwrap().query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let (store, notice) = Store::open(&db).unwrap();
    assert!(notice.is_none(), "the database must not be set aside: {notice:?}");
    let runs = store.runs().unwrap();
    let turns: u64 = runs.iter().map(|r| r.turns.len() as u64).sum();
    // Every turn reported committed is there; at most the one in flight more.
    assert!(turns == last || turns == last + 1, "{turns} turns stored, {last} reported committed");
    for r in &runs {
        let numbers: Vec<u32> = r.turns.iter().map(|t| t.turn).collect();
        assert_eq!(numbers, (1..=numbers.len() as u32).collect::<Vec<_>>(), "no gaps in run {}", r.id);
        assert!(r.turns.iter().all(|t| t.calls_for.as_deref() == Some(&["empathy".to_string()][..])));
    }
    assert!(runs.iter().filter(|r| r.finished()).count() >= runs.len() / 2 - 1);
}

// ── damaged and newer files ───────────────────────────────────────────────────────────────

#[test]
fn a_truncated_database_is_set_aside_unchanged_and_a_fresh_one_started() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    {
        let (s, _) = Store::open(&db).unwrap();
        for r in 0..40 {
            let id = s.start_run("小林", &log("late_parcel", r)).unwrap();
            for n in 1..=6 {
                let reply = format!("第 {r} 次第 {n} 条：非常理解您着急的心情，我马上为您查询物流信息。").repeat(3);
                s.record_turn(id, &turn(n, "opening", &reply, &["empathy"], &[], 80), 2.0).unwrap();
            }
        }
    }
    assert!(!dir.path().join("records.sqlite-wal").exists(), "closed cleanly");
    let bytes = std::fs::read(&db).unwrap();
    std::fs::write(&db, &bytes[..bytes.len() / 2]).unwrap();
    let truncated = std::fs::read(&db).unwrap();

    // A report never touches it: clear error naming the file, exit 2, file unchanged.
    let out = dir.path().join("report.html");
    let o = defuse(&["report", "--db", p(&db), "--out", p(&out)]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(p(&db)), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
    assert_eq!(std::fs::read(&db).unwrap(), truncated);
    assert!(!out.exists());

    // The game's open sets it aside, byte for byte, and starts afresh.
    let (s, notice) = Store::open(&db).unwrap();
    let notice = notice.expect("a notice for the player");
    let aside = dir.path().join("records.sqlite.broken-1");
    assert!(notice.contains(p(&db)) && notice.contains(p(&aside)), "{notice}");
    assert_eq!(std::fs::read(&aside).unwrap(), truncated);
    assert!(s.runs().unwrap().is_empty());
    s.start_run("小林", &log("late_parcel", 1)).unwrap();
}

#[test]
fn a_database_that_passes_sqlites_quick_check_but_cannot_be_read_is_set_aside() {
    // One flipped byte in the runs table's schema text ("PRIMARY KEY" -> "VRIMARY KEY"):
    // SQLite's quick_check passes, but every run's id now reads as NULL (found by tests/fuzz.rs).
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    {
        let (s, _) = Store::open(&db).unwrap();
        s.start_run("小林", &log("late_parcel", 1)).unwrap();
    }
    let mut bytes = std::fs::read(&db).unwrap();
    let find = |hay: &[u8], needle: &[u8], from: usize| {
        hay[from..].windows(needle.len()).position(|w| w == needle).map(|i| i + from)
    };
    let table = find(&bytes, b"CREATE TABLE runs", 0).expect("the schema text");
    let column = find(&bytes, b"id INTEGER PRIMARY KEY", table).expect("the id column");
    bytes[column + "id INTEGER ".len()] ^= 6;
    std::fs::write(&db, &bytes).unwrap();
    let (s, notice) = Store::open(&db).unwrap();
    assert!(notice.expect("a notice for the player").contains("kept as"));
    assert_eq!(std::fs::read(dir.path().join("records.sqlite.broken-1")).unwrap(), bytes);
    assert!(s.runs().unwrap().is_empty(), "a fresh record the game can read");
}

#[test]
fn a_garbage_file_is_set_aside_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let garbage: Vec<u8> = (0..50_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&db, &garbage).unwrap();
    let o = defuse(&["export", "--db", p(&db), "--format", "csv"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(p(&db)), "{}", stderr(&o));
    let (s, notice) = Store::open(&db).unwrap();
    assert!(notice.unwrap().contains("kept as"));
    assert_eq!(std::fs::read(dir.path().join("records.sqlite.broken-1")).unwrap(), garbage);
    assert_eq!(s.version(), SCHEMA);
    // A second damaged file gets the next name; the first is kept.
    drop(s);
    std::fs::write(&db, b"not a database either").unwrap();
    let (_, notice) = Store::open(&db).unwrap();
    assert!(notice.unwrap().contains("broken-2"));
    assert_eq!(std::fs::read(dir.path().join("records.sqlite.broken-1")).unwrap(), garbage);
}

#[test]
fn a_newer_database_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    {
        let c = Connection::open(&db).unwrap();
        c.execute_batch("CREATE TABLE runs (id INTEGER PRIMARY KEY, future TEXT); INSERT INTO runs VALUES (1, '未来'); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    match Store::open_read_only(&db) {
        Err(StoreError::Newer { version: 99, .. }) => {}
        other => panic!("expected Newer, got {:?}", other.err()),
    }
    assert!(matches!(Store::open_existing(&db), Err(StoreError::Newer { .. })));
    let o = defuse(&["report", "--db", p(&db), "--out", p(&dir.path().join("r.html"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("newer Defuse"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&db).unwrap(), before, "reading never writes");
    let (s, notice) = Store::open(&db).unwrap();
    assert!(notice.unwrap().contains("newer Defuse"));
    let aside = dir.path().join("records.sqlite.broken-1");
    assert_eq!(std::fs::read(&aside).unwrap(), before, "kept byte for byte");
    assert_eq!(count(&aside, "PRAGMA user_version"), 99);
    assert_eq!(s.version(), SCHEMA);
}

#[test]
fn a_schema_1_database_is_migrated_and_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.sqlite");
    {
        let c = Connection::open(&db).unwrap();
        c.execute_batch(defuse::records::store::MIGRATIONS[0]).unwrap();
        c.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO runs (profile, scenario, seed, locale, timed, started, ending, ending_kind, score)
               VALUES ('老学员', 'late_parcel', 5, 'zh-CN', 1, '2025-12-01 09:00:00', 'resolved', 'resolved', 77);
             INSERT INTO turns VALUES (1, 1, '您好', 2.0, 'opening', 70, 75, 'greeting', '');",
        )
        .unwrap();
    }
    let ro = Store::open_read_only(&db).unwrap();
    assert_eq!(ro.version(), 1);
    let runs = ro.runs().unwrap();
    assert_eq!(runs[0].turns[0].calls_for, None);
    assert_eq!(runs[0].ended, None);
    drop(ro);
    assert_eq!(count(&db, "PRAGMA user_version"), 1, "read-only leaves the version alone");
    let (s, notice) = Store::open(&db).unwrap();
    assert!(notice.is_none());
    assert_eq!(count(&db, "PRAGMA user_version"), SCHEMA);
    assert_eq!(s.runs().unwrap()[0].turns[0].techniques, ["greeting"]);
    assert_eq!(s.best_scores("老学员").unwrap()["late_parcel"], 77);
}

// ── report ────────────────────────────────────────────────────────────────────────────────

#[test]
fn the_report_is_one_safe_page_with_every_section() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite"), dir.path().join("b.sqlite"));
    learner_db(&a, "小林");
    learner_db(&b, "小王");
    let out = dir.path().join("report.html");
    let o =
        defuse(&["report", "--db", p(&a), p(&b), "--out", p(&out), "--scenarios", "scenarios", "--locale", "zh-CN"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).unwrap();
    for section in [
        "id=\"summary\"",
        "id=\"practise-next\"",
        "id=\"weakest-techniques\"",
        "id=\"taboos\"",
        "id=\"grades\"",
        "id=\"runs-over-time\"",
    ] {
        assert!(html.contains(section), "missing {section}");
    }
    assert!(html.contains("\"Noto Sans CJK SC\",") && html.contains("\"WenQuanYi Micro Hei\""));
    assert!(html.contains("<svg"), "charts are inline SVG");
    assert!(html.contains(&escape_title("late_parcel")), "scenario titles from the library");
    assert!(html.contains("小林") && html.contains("小王"), "a cohort names its learners");
    // The reply is quoted, escaped: no markup from learners ever reaches the page.
    let quoted = defuse::records::report::escape("<script>alert('x')</script> 订单明明已经签收了");
    assert!(quoted.starts_with("&#60;script&#62;alert(&#39;x&#39;)") && html.contains(&quoted), "{quoted}");
    assert!(!html.contains("<script"), "no script at all");
    for external in ["<link", " src=", "@import", "url("] {
        assert!(!html.contains(external), "self-contained: found {external}");
    }
    // Defaults: English, the platform database; a missing file is named, exit 2.
    let missing = dir.path().join("nobody.sqlite");
    let o = defuse(&["report", "--db", p(&missing), "--out", p(&out)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(p(&missing)) && stderr(&o).contains("no such records database"), "{}", stderr(&o));
    assert!(!missing.exists(), "a report never creates a database");
    let o = defuse(&["report", "--out", p(&out)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/defuse-test/records.sqlite"), "{}", stderr(&o));
}

#[test]
fn an_empty_database_gives_a_report_without_data() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("empty.sqlite");
    drop(Store::open(&db).unwrap());
    let out = dir.path().join("r.html");
    let o = defuse(&["report", "--db", p(&db), "--out", p(&out), "--locale", "en-US", "--scenarios", "scenarios"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("No data yet."));
    assert!(html.contains("Practise next"));
}

#[test]
fn the_report_speaks_the_trainers_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    learner_db(&db, "小林");
    for (tag, heading, grades) in
        [("zh-TW", "反覆出現的服務忌語", "各場景的成績分布"), ("zh-CN", "反复出现的服务忌语", "各场景的成绩分布")]
    {
        let out = dir.path().join(format!("{tag}.html"));
        let o = defuse(&["report", "--db", p(&db), "--out", p(&out), "--scenarios", "scenarios", "--locale", tag]);
        assert!(o.status.success(), "{}", stderr(&o));
        let html = std::fs::read_to_string(&out).unwrap();
        assert!(html.contains(&format!("<html lang=\"{tag}\">")), "{tag}");
        assert!(html.contains(heading) && html.contains(grades), "{tag}: words from locales/{tag}/report.ftl");
        assert!(!html.contains("report-"), "{tag}: every message id resolved");
    }
}

// ── export ────────────────────────────────────────────────────────────────────────────────

/// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_has_one_row_per_turn() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    learner_db(&db, "小林");
    {
        let (s, _) = Store::open(&db).unwrap();
        s.start_run("小林", &log("late_parcel", 77)).unwrap(); // no turns yet
        let id = s.start_run("小林", &log("late_parcel", 78)).unwrap();
        s.record_turn(id, &turn(1, "opening", "他说：\"好的, 谢谢\"\n第二行", &[], &[], 50), 1.0).unwrap();
    }
    let out = dir.path().join("runs.csv");
    let o = defuse(&["export", "--db", p(&db), "--format", "csv", "--out", p(&out), "--bom"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("--bom");
    let rows = parse_csv(text);
    assert_eq!(rows[0], CSV_COLUMNS);
    assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()), "every row has every column");
    assert_eq!(rows.len() - 1, 4 * 2 + 1 + 1 + 1, "9 turns + a run without turns + 1");
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    assert!(rows.iter().any(|r| r[col("reply")] == "他说：\"好的, 谢谢\"\n第二行"));
    assert!(rows.iter().any(|r| r[col("taboos")] == "policy_shield;commanding"));
    assert!(rows.iter().any(|r| r[col("calls_for")] == "greeting;empathy;apology"));
    let stdout = defuse(&["export", "--db", p(&db), "--format", "csv"]);
    assert!(!stdout.stdout.starts_with("\u{feff}".as_bytes()));
    assert_eq!(parse_csv(&String::from_utf8(stdout.stdout).unwrap()), rows);
}

#[test]
fn jsonl_has_one_run_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.sqlite"), dir.path().join("b.sqlite"));
    learner_db(&a, "小林");
    learner_db(&b, "小王");
    let o = defuse(&["export", "--db", p(&a), "--db", p(&b), "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<Value> =
        String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 10);
    for l in &lines {
        for key in
            ["source", "id", "profile", "scenario", "seed", "locale", "timed", "started", "ending", "score", "turns"]
        {
            assert!(l.get(key).is_some(), "{key} missing in {l}");
        }
    }
    assert_eq!(lines[0]["source"], p(&a));
    assert_eq!(lines[9]["profile"], "小王");
    assert_eq!(lines[0]["turns"][1]["reply"], SCRIPT_REPLY);
    assert_eq!(lines[0]["turns"][1]["taboos"][0], "argue_back");
    assert_eq!(lines[3]["ending"], Value::Null, "unfinished run");
}

#[test]
fn xapi_statements_are_valid_and_stable() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    learner_db(&db, "小林");
    let export = || {
        let o = defuse(&["export", "--db", p(&db), "--format", "xapi", "--scenarios", "scenarios"]);
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_slice::<Vec<Value>>(&o.stdout).unwrap()
    };
    let st = export();
    assert_eq!(st, export(), "the same records give the same statements");
    // 5 runs attempted, 4 finished: completed + passed/failed each.
    assert_eq!(st.len(), 5 + 4 * 2);
    let ids: std::collections::HashSet<&str> = st.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), st.len());
    let verb = |v: Verb| st.iter().filter(|s| s["verb"]["id"] == v.iri().as_str()).count();
    assert_eq!((verb(Verb::Attempted), verb(Verb::Completed), verb(Verb::Passed), verb(Verb::Failed)), (5, 4, 3, 1));
    for s in &st {
        xapi::validate(s).unwrap_or_else(|e| panic!("{e}: {s}"));
        assert_eq!(s["actor"]["account"]["homePage"], "https://defuse.local");
        assert_eq!(s["actor"]["account"]["name"], "小林");
        assert!(s["verb"]["id"].as_str().unwrap().starts_with("http://adlnet.gov/expapi/verbs/"));
        assert!(s["object"]["id"].as_str().unwrap().starts_with("https://defuse.local/scenarios/"));
        assert_eq!(s["object"]["objectType"], "Activity");
        assert!(s["timestamp"].as_str().unwrap().ends_with('Z'));
    }
    let late = st.iter().find(|s| s["object"]["id"] == "https://defuse.local/scenarios/late_parcel").unwrap();
    assert_eq!(late["object"]["definition"]["name"]["zh-CN"], title("late_parcel"));
    let failed = st.iter().find(|s| s["verb"]["id"] == Verb::Failed.iri().as_str()).unwrap();
    let r = &failed["result"];
    assert_eq!(
        (r["score"]["raw"].as_u64(), r["score"]["min"].as_u64(), r["score"]["max"].as_u64()),
        (Some(35), Some(0), Some(100))
    );
    assert_eq!(r["score"]["scaled"], 0.35);
    assert_eq!((r["success"].as_bool(), r["completion"].as_bool()), (Some(false), Some(true)));
    assert_eq!(r["extensions"][EXT_TABOOS]["policy_shield"], 1);
    assert!(r["extensions"][EXT_TECHNIQUES].is_object());
}

// ── LRS failures (no LRS needed) ──────────────────────────────────────────────────────────

#[test]
fn a_refused_connection_is_a_clear_error_and_marks_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    learner_db(&db, "小林");
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    }; // closed again: nothing listens there
    let url = format!("http://127.0.0.1:{port}/xAPI");
    let o = defuse(&["export", "--db", p(&db), "--format", "xapi", "--lrs", &url, "--auth", "trainer:secret"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("cannot reach the LRS") && err.contains(&url) && err.contains("refused"), "{err}");
    assert!(err.contains("nothing else was marked as sent"), "{err}");
    assert!(!err.contains("panicked"));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM xapi_sent"), 0);
}

/// A minimal HTTP server answering every request with `status` and `body`; returns its URL and
/// the requests it saw (head and body).
/// Requests a fake LRS saw: (head, body).
type Seen = Arc<Mutex<Vec<(String, String)>>>;

fn fake_lrs(status: u16, body: &'static str) -> (String, Seen) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/xAPI", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut reader = BufReader::new(s.try_clone().unwrap());
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            let len = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap())
                })
                .unwrap_or(0);
            let mut buf = vec![0; len];
            reader.read_exact(&mut buf).unwrap();
            let body_in = String::from_utf8_lossy(&buf).into_owned();
            let reply = if status == 200 && body.is_empty() {
                // Echo the ids, as an LRS does.
                let st: Vec<Value> = serde_json::from_str(&body_in).unwrap();
                serde_json::to_string(&st.iter().map(|s| s["id"].clone()).collect::<Vec<_>>()).unwrap()
            } else {
                body.to_string()
            };
            log.lock().unwrap().push((head, body_in));
            let _ = write!(
                s,
                "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{reply}",
                reply.len()
            );
        }
    });
    (url, seen)
}

#[test]
fn an_lrs_that_refuses_marks_nothing_and_one_that_accepts_is_not_sent_twice() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    learner_db(&db, "小林");
    let (url, seen) = fake_lrs(401, r#"{"detail":"Invalid authentication credentials"}"#);
    let o = defuse(&["export", "--db", p(&db), "--format", "xapi", "--lrs", &url, "--auth", "trainer:wrong"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("HTTP 401") && stderr(&o).contains("wrong user or password"), "{}", stderr(&o));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM xapi_sent"), 0);
    let (head, _) = seen.lock().unwrap()[0].clone();
    assert!(head.starts_with("POST /xAPI/statements "), "{head}");
    assert!(
        head.contains("X-Experience-API-Version: 1.0.3")
            || head.to_ascii_lowercase().contains("x-experience-api-version: 1.0.3")
    );
    assert!(
        head.to_ascii_lowercase()
            .contains(&format!("authorization: basic {}", xapi::base64(b"trainer:wrong")).to_ascii_lowercase())
    );

    let (url, seen) = fake_lrs(200, "");
    let o = defuse(&[
        "export",
        "--db",
        p(&db),
        "--format",
        "xapi",
        "--lrs",
        &format!("{url}/"),
        "--auth",
        "trainer:secret",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("sent 13 statement(s)"), "{}", stderr(&o));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM xapi_sent"), 13);
    let posted: Vec<Value> = serde_json::from_str(&seen.lock().unwrap()[0].1).unwrap();
    assert_eq!(posted.len(), 13, "one JSON array");
    // Re-export: nothing new to send, nothing posted.
    let o = defuse(&["export", "--db", p(&db), "--format", "xapi", "--lrs", &url, "--auth", "trainer:secret"]);
    assert!(stderr(&o).contains("sent 0 statement(s)") && stderr(&o).contains("13 sent before"), "{}", stderr(&o));
    assert_eq!(seen.lock().unwrap().len(), 1);
    // A run that finishes later sends only its new statements.
    {
        let (s, _) = Store::open(&db).unwrap();
        let unfinished = s.runs().unwrap().into_iter().find(|r| !r.finished()).unwrap();
        s.end_run(unfinished.id, "resolved", "resolved", 88).unwrap();
    }
    let o = defuse(&["export", "--db", p(&db), "--format", "xapi", "--lrs", &url, "--auth", "trainer:secret"]);
    assert!(stderr(&o).contains("sent 2 statement(s)"), "{}", stderr(&o));
    assert_eq!(count(&db, "SELECT COUNT(*) FROM xapi_sent"), 15);
}

#[test]
fn export_arguments_are_checked() {
    let o = defuse(&["export", "--format", "csv", "--lrs", "http://127.0.0.1:1/xAPI"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--format xapi"));
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("a.sqlite");
    learner_db(&db, "小林");
    let o =
        defuse(&["export", "--db", p(&db), "--format", "xapi", "--lrs", "https://lrs.example/xAPI", "--auth", "a:b"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("lrs-https"), "{}", stderr(&o));
}

// ── a real run, recorded as the game does ─────────────────────────────────────────────────

#[test]
fn a_real_run_reads_back_with_what_each_beat_called_for() {
    use defuse::scenario::library::{Library, default_rules};
    use defuse::scenario::runtime::Run;
    let rules = default_rules().unwrap();
    let lib = Library::load(Path::new("scenarios/late_parcel"), Some(&rules));
    let ls = &lib.scenarios[0];
    let dir = tempfile::tempdir().unwrap();
    let db: PathBuf = dir.path().join("records.sqlite");
    let (store, _) = Store::open(&db).unwrap();
    let mut run = Run::new(ls.scenario.clone(), rules.clone(), 42, Locale::ZhCn, true).unwrap();
    let id = store.start_run("小林", run.log()).unwrap();
    let replies = [
        "您好，我是客服小林，很高兴为您服务。非常理解您等快递的着急心情。",
        "请稍等，我马上为您查询一下物流信息，大约需要两分钟。",
        "我已经联系快递公司加急处理，我会在今天下午5点前给您回复最新进展。",
        "感谢您的耐心，如果还有任何问题请随时联系我们。",
    ];
    let mut expected = Vec::new();
    for r in replies {
        let calls_for = run.calls_for().to_vec();
        let t = run.turn(r, 4.0);
        store.record_turn_calls(id, &t, 4.0, &calls_for).unwrap();
        expected.push((
            calls_for,
            t.analysis.technique_ids().iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            t.score.fit,
        ));
        if run.is_over() {
            break;
        }
    }
    if let Some(o) = run.outcome() {
        store.end_run(id, &o.ending, o.kind.key(), run.grade().score).unwrap();
    }
    let back = Store::open_read_only(&db).unwrap().runs().unwrap();
    assert_eq!(back.len(), 1);
    for (t, (calls_for, techniques, fit)) in back[0].turns.iter().zip(&expected) {
        assert_eq!(t.calls_for.as_ref(), Some(calls_for));
        assert_eq!(&t.techniques, techniques);
        assert_eq!(t.fit, Some(*fit));
    }
    assert_eq!(back[0].finished(), run.is_over());
    if run.is_over() {
        assert!(back[0].ended.is_some());
    }
}

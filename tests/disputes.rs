//! A learner says the engine got a reply wrong: the dispute is stored with the turn (never
//! changing a score), survives the schema-4 → 5 migration, and `defuse disputes` exports it as a
//! dev-set line with the engine's ids corrected.

use defuse::locale::Locale;
use defuse::records::dispute::{DisputeError, NOTE_MAX, disputed_turns, run_disputes};
use defuse::records::store::{MIGRATIONS, SCHEMA, read_many};
use defuse::records::{DisputeKind, Store};
use defuse::scenario::library::{Library, default_rules};
use defuse::scenario::runtime::Run;
use rusqlite::Connection;
use std::path::Path;
use std::process::{Command, Output};

const COLD: &str = "物流慢很正常，你再等等吧。";
const HOLD: &str = "请稍等，我马上为您查询物流信息，大约需要两分钟。";

fn recorded_run(db: &Path, profile: &str) -> i64 {
    let rules = default_rules().unwrap();
    let lib = Library::load(Path::new("scenarios/late_parcel"), Some(&rules));
    let ls = &lib.scenarios[0];
    let (store, _) = Store::open(db).unwrap();
    let mut run = Run::new(ls.scenario.clone(), rules, 7, Locale::ZhCn, false).unwrap();
    let id = store.start_run(profile, run.log()).unwrap();
    for r in [COLD, HOLD] {
        let t = run.turn(r, 0.0);
        store.record_turn(id, &t, 0.0).unwrap();
    }
    id
}

fn defuse(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_defuse"))
        .args(args)
        .env("DEFUSE_DATA", "/nonexistent-defuse-data")
        .output()
        .unwrap()
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_dispute_is_stored_with_the_turn_and_changes_no_score() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let id = recorded_run(&db, "小王");
    let (store, _) = Store::open(&db).unwrap();
    let before = store.runs().unwrap();
    assert!(before[0].turns[0].techniques.iter().all(|t| t != "empathy"), "{:?}", before[0].turns[0]);
    let found = before[0].turns[1].techniques[0].clone();

    store.dispute_turn(id, 1, DisputeKind::Missed, "empathy", Some("  我说了\n理解您 "), "小王").unwrap();
    store.dispute_turn(id, 2, DisputeKind::Misread, &found, None, "小王").unwrap();

    let d = store.disputes().unwrap();
    assert_eq!(d.len(), 2);
    assert_eq!((d[0].turn, d[0].kind, d[0].id.as_str()), (1, DisputeKind::Missed, "empathy"));
    assert_eq!(d[0].note.as_deref(), Some("我说了 理解您"), "the note is trimmed to one line");
    assert_eq!(d[0].who, "小王");
    assert_eq!(d[0].created.len(), "2026-01-01 00:00:00".len());
    assert_eq!((d[1].kind, d[1].note.as_ref()), (DisputeKind::Misread, None));
    assert_eq!(store.run_disputes(id).unwrap(), d);
    assert!(store.run_disputes(id + 1).unwrap().is_empty());

    // No score moved: turn totals, phrasing and fit are what the engine gave, no override.
    assert_eq!(store.runs().unwrap(), before, "a dispute changes no stored score");
    assert!(store.overrides().unwrap().is_empty());

    // The same id of the same turn again replaces the note instead of adding a second line.
    store.dispute_turn(id, 1, DisputeKind::Missed, "empathy", Some("第二次"), "小王").unwrap();
    assert_eq!(store.disputes().unwrap().len(), 2);
    assert_eq!(store.disputes().unwrap()[0].note.as_deref(), Some("第二次"));

    // The pure view the report reads: the turn, its reply, and the corrected ids.
    let sources = read_many(std::slice::from_ref(&db)).unwrap();
    let turns = run_disputes(&sources[0], id);
    assert_eq!(turns.len(), 2);
    assert_eq!(turns[0].turn.reply, COLD);
    assert!(turns[0].corrected_ids().contains(&"empathy"));
    assert!(!turns[1].corrected_ids().contains(&found.as_str()));
    assert_eq!(disputed_turns(&sources).len(), 2);
}

#[test]
fn bad_disputes_are_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let id = recorded_run(&db, "小王");
    let (store, _) = Store::open(&db).unwrap();
    let found = store.runs().unwrap()[0].turns[1].techniques[0].clone();
    let e = store.dispute_turn(id, 1, DisputeKind::Missed, "empaty", None, "小王").unwrap_err();
    assert!(matches!(e, DisputeError::UnknownId { suggestion: Some("empathy"), .. }), "{e:?}");
    assert!(e.to_string().contains("did you mean `empathy`"), "{e}");
    let e = store.dispute_turn(id, 9, DisputeKind::Missed, "empathy", None, "小王").unwrap_err();
    assert!(e.to_string().contains("run 1 has no turn 9"), "{e}");
    let e = store.dispute_turn(id, 2, DisputeKind::Missed, &found, None, "小王").unwrap_err();
    assert!(e.to_string().contains("did find") && e.to_string().contains("misread"), "{e}");
    let e = store.dispute_turn(id, 1, DisputeKind::Misread, "closing", None, "小王").unwrap_err();
    assert!(e.to_string().contains("did not find") && e.to_string().contains("missed"), "{e}");
    let long = "长".repeat(NOTE_MAX + 1);
    let e = store.dispute_turn(id, 1, DisputeKind::Missed, "empathy", Some(&long), "小王").unwrap_err();
    assert!(e.to_string().contains(&NOTE_MAX.to_string()), "{e}");
    assert!(store.disputes().unwrap().is_empty(), "nothing refused was stored");
}

#[test]
fn a_schema_4_database_is_migrated_keeping_its_runs_and_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.sqlite");
    {
        let c = Connection::open(&db).unwrap();
        for m in &MIGRATIONS[..4] {
            c.execute_batch(m).unwrap();
        }
        c.execute_batch(
            "PRAGMA user_version = 4;
             INSERT INTO runs (profile, scenario, seed, locale, timed, started, ending, ending_kind, score, ended)
               VALUES ('老学员', 'late_parcel', 5, 'zh-CN', 1, '2025-12-01 09:00:00', 'resolved', 'resolved', 77, '2025-12-01 09:05:00');
             INSERT INTO turns (run_id, turn, reply, waited, beat, phrasing, total, techniques, taboos, fit, calls_for)
               VALUES (1, 1, '您好', 2.0, 'opening', 70, 75, 'greeting', '', 80, 'greeting,empathy');
             INSERT INTO overrides (run_id, turn, score, reason) VALUES (1, 1, 90, '不错');",
        )
        .unwrap();
    }
    // Read-only tools read it as it is: no disputes table yet, no error.
    let ro = Store::open_read_only(&db).unwrap();
    assert_eq!(ro.version(), 4);
    assert!(ro.disputes().unwrap().is_empty());
    drop(ro);
    let o = defuse(&["disputes", "--db", p(&db), "--list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "no disputes\n");

    let (s, notice) = Store::open(&db).unwrap();
    assert!(notice.is_none());
    assert_eq!((s.version(), SCHEMA), (5, 5));
    let runs = s.runs().unwrap();
    assert_eq!((runs[0].profile.as_str(), runs[0].score, runs[0].turns[0].total), ("老学员", Some(77), 75));
    assert_eq!(runs[0].turns[0].calls_for, Some(vec!["greeting".into(), "empathy".into()]));
    assert_eq!(s.overrides().unwrap()[0].score, 90);
    s.dispute_turn(1, 1, DisputeKind::Missed, "empathy", None, "老学员").unwrap();
    assert_eq!(s.disputes().unwrap().len(), 1);
}

#[test]
fn disputes_export_as_dev_set_lines_and_list_readably() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let id = recorded_run(&db, "小王");
    let (store, _) = Store::open(&db).unwrap();
    let turns = store.runs().unwrap()[0].turns.clone();
    let found = turns[1].techniques[0].clone();
    store.dispute_turn(id, 1, DisputeKind::Missed, "empathy", Some("有\t制表符"), "小王").unwrap();
    store.dispute_turn(id, 2, DisputeKind::Misread, &found, None, "培训师").unwrap();
    drop(store);

    let out = dir.path().join("disputes.tsv");
    let o = defuse(&["disputes", "--db", p(&db), "--out", p(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("2 disputed turn(s)"), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines[0][..8], ["uid", "writer", "locale", "scenario", "beat", "voice", "text", "ids"]);
    assert_eq!(lines.len(), 3, "{text}");
    let first = &lines[1];
    assert_eq!(first.len(), lines[0].len(), "a tab in a note does not add a column");
    assert_eq!(
        first[..7],
        [format!("{id}-1").as_str(), "dispute:小王", "zh-CN", "late_parcel", turns[0].beat.as_str(), "game", COLD]
    );
    let ids1: Vec<&str> = first[7].split(',').collect();
    assert!(ids1.contains(&"empathy"), "missed adds: {ids1:?}");
    for engine in turns[0].techniques.iter().chain(&turns[0].taboos) {
        assert!(ids1.contains(&engine.as_str()), "the engine's own ids stay: {ids1:?}");
    }
    assert!(first[8..].join(" ").contains("missed:empathy") && first[8..].join(" ").contains("有 制表符"));
    let ids2: Vec<&str> = lines[2][7].split(',').collect();
    assert!(!ids2.contains(&found.as_str()), "misread removes: {ids2:?}");
    assert_eq!(lines[2][6], HOLD);

    let out = dir.path().join("disputes.jsonl");
    let o = defuse(&["disputes", "--db", p(&db), "--out", p(&out), "--format", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<serde_json::Value> =
        std::fs::read_to_string(&out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1]["disputes"][0]["kind"], "misread");
    assert_eq!(rows[1]["disputes"][0]["who"], "培训师");
    assert_eq!(rows[0]["text"], COLD);

    let o = defuse(&["disputes", "--db", p(&db), "--list"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let list = String::from_utf8_lossy(&o.stdout);
    assert!(list.contains(&format!("run {id} turn 1")) && list.contains(COLD), "{list}");
    assert!(list.contains("missed  empathy — 有 制表符"), "{list}");
    assert!(list.contains(&format!("misread {found}")), "{list}");

    // Two learners' files: uids stay unique.
    let other = dir.path().join("other.sqlite");
    let id2 = recorded_run(&other, "小李");
    Store::open(&other).unwrap().0.dispute_turn(id2, 1, DisputeKind::Missed, "apology", None, "小李").unwrap();
    let out = dir.path().join("cohort.tsv");
    let o = defuse(&["disputes", "--db", p(&db), p(&other), "--out", p(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let uids: Vec<String> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap().to_string())
        .collect();
    assert_eq!(uids, ["1:1-1", "1:1-2", "2:1-1"]);
}

#[test]
fn wrong_input_is_a_clear_message_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.sqlite");
    let o = defuse(&["disputes", "--db", p(&missing), "--out", p(&dir.path().join("d.tsv"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope.sqlite: no such records database"), "{}", stderr(&o));

    let garbage = dir.path().join("garbage.sqlite");
    std::fs::write(&garbage, "this is not a database, just text that is long enough to be a header....").unwrap();
    let o = defuse(&["disputes", "--db", p(&garbage), "--list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("garbage.sqlite: not a usable records database"), "{}", stderr(&o));

    let newer = dir.path().join("newer.sqlite");
    Connection::open(&newer)
        .unwrap()
        .execute_batch("CREATE TABLE runs (id INTEGER); PRAGMA user_version = 6;")
        .unwrap();
    let o = defuse(&["disputes", "--db", p(&newer), "--list"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("newer.sqlite: written by a newer Defuse") && stderr(&o).contains("update Defuse"));

    let db = dir.path().join("records.sqlite");
    recorded_run(&db, "小王");
    let o = defuse(&["disputes", "--db", p(&db), "--out", p(&dir.path().join("no/such/dir/d.tsv"))]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("d.tsv: cannot write"), "{}", stderr(&o));

    let o = defuse(&["disputes", "--db", p(&db)]);
    assert_eq!(o.status.code(), Some(2), "neither --out nor --list");
    assert!(stderr(&o).contains("--out"), "{}", stderr(&o));
}

#[test]
fn the_report_shows_disputes_to_trainers_in_their_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let id = recorded_run(&db, "小王");
    let (store, _) = Store::open(&db).unwrap();
    store.dispute_turn(id, 1, DisputeKind::Missed, "empathy", Some("我说了理解"), "小王").unwrap();
    drop(store);
    let out = dir.path().join("report.html");
    for (locale, heading, kind) in
        [("en-US", "Disputed engine readings", "missed"), ("zh-CN", "学员对引擎判断的异议", "漏判")]
    {
        let o = defuse(&["report", "--db", p(&db), "--out", p(&out), "--locale", locale]);
        assert!(o.status.success(), "{}", stderr(&o));
        let html = std::fs::read_to_string(&out).unwrap();
        assert!(html.contains(heading) && html.contains(kind), "{locale}: no disputes section");
        assert!(
            html.contains("我说了理解") && html.contains("物流慢很正常"),
            "{locale}: the note and the reply are shown"
        );
    }
    let quiet = dir.path().join("none.sqlite");
    recorded_run(&quiet, "小李");
    let o = defuse(&["report", "--db", p(&quiet), "--out", p(&out), "--locale", "en-US"]);
    assert!(o.status.success());
    assert!(!std::fs::read_to_string(&out).unwrap().contains("Disputed engine readings"), "no empty section");
}

//! `defuse export --lrs` against a real learning record store. Needs one: run
//! `scripts/lrs_test.sh`, which starts Ralph on loopback and runs this file with
//! `DEFUSE_LRS_URL` and `DEFUSE_LRS_AUTH` set. Without them the test fails (it never passes
//! silently); `cargo test` leaves this file out (`test = false` in Cargo.toml).

use defuse::locale::Locale;
use defuse::records::Store;
use defuse::records::xapi::{Lrs, Verb};
use defuse::scenario::runtime::{RunLog, TurnResult};
use serde_json::Value;
use std::process::Command;

mod common;

fn turn(n: usize, reply: &str, techniques: &[&str], taboos: &[&str], phrasing: u8) -> TurnResult {
    common::turn(n, "opening", reply, techniques, taboos, phrasing)
}

/// The LRS from the environment, or a failure telling how to provide one.
fn lrs_from_env() -> (String, String) {
    let url = std::env::var("DEFUSE_LRS_URL").unwrap_or_else(|_| {
        panic!("DEFUSE_LRS_URL is not set: this test needs a real LRS. Run scripts/lrs_test.sh, which starts one on loopback and runs this test against it.")
    });
    let auth = std::env::var("DEFUSE_LRS_AUTH")
        .unwrap_or_else(|_| panic!("DEFUSE_LRS_AUTH (USER:PASS) is not set: run scripts/lrs_test.sh"));
    (url, auth)
}

#[test]
fn lrs_round_trip() {
    let (url, auth) = lrs_from_env();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    // A profile unique to this run, so a long-lived LRS never sees the same ids twice.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let profile = format!("学员-{}-{nanos}", std::process::id());
    {
        let (s, _) = Store::open(&db).unwrap();
        let log =
            RunLog { scenario: "late_parcel".into(), seed: 7, locale: Locale::ZhCn, timed: true, replies: vec![] };
        let id = s.start_run(&profile, &log).unwrap();
        s.record_turn_calls(
            id,
            &turn(1, "您好，非常理解您着急的心情。", &["greeting", "empathy"], &[], 88),
            3.0,
            &["greeting".into()],
        )
        .unwrap();
        s.record_turn_calls(
            id,
            &turn(2, "您先别急，我马上查。", &["hold_notice"], &["commanding"], 64),
            9.0,
            &["hold_notice".into()],
        )
        .unwrap();
        s.end_run(id, "resolved", "resolved", 79).unwrap();
    }
    let out = dir.path().join("statements.json");
    let export = |extra: &[&str]| {
        let mut args = vec!["export", "--db", db.to_str().unwrap(), "--format", "xapi", "--lrs", &url, "--auth", &auth];
        args.extend_from_slice(extra);
        let o = Command::new(env!("CARGO_BIN_EXE_defuse")).args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(o.status.success(), "export failed: {err}");
        err
    };
    let err = export(&["--out", out.to_str().unwrap()]);
    eprintln!("{err}");
    assert!(err.contains("sent 3 statement(s)"), "{err}");
    let sent: Vec<Value> = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(sent.len(), 3);

    // Every statement comes back by id, as sent.
    let lrs = Lrs::new(&url, Some(&auth)).unwrap();
    for s in &sent {
        let id = s["id"].as_str().unwrap();
        let got =
            lrs.statement(id).unwrap_or_else(|e| panic!("GET {id}: {e}")).unwrap_or_else(|| panic!("{id} not stored"));
        assert_eq!(got["id"], s["id"]);
        for ptr in
            ["/actor/account", "/verb/id", "/object/id", "/object/definition/name", "/result", "/context/registration"]
        {
            assert_eq!(got.pointer(ptr), s.pointer(ptr), "{ptr} of {id}");
        }
        // An LRS may write the same instant differently (`Z` or `+00:00`, fractions).
        let ts = |v: &Value| v["timestamp"].as_str().unwrap().chars().take(19).collect::<String>();
        assert_eq!(ts(&got), ts(s));
    }
    let passed = sent.iter().find(|s| s["verb"]["id"] == Verb::Passed.iri().as_str()).unwrap();
    assert_eq!(passed["result"]["score"]["raw"], 79);
    assert_eq!(passed["result"]["extensions"]["https://defuse.local/xapi/extensions/taboos"]["commanding"], 1);

    // Queried by the run's registration, the LRS finds exactly the run's statements. (Not by
    // verb, activity or agent: Ralph 5.1's file backend compares those as parsed IRI objects,
    // or with a slash added to the homePage, and then matches nothing.)
    let registration = passed["context"]["registration"].as_str().unwrap();
    let found = lrs.get(&[("registration", registration)]).unwrap();
    let mut ids: Vec<&str> = found["statements"].as_array().unwrap().iter().filter_map(|s| s["id"].as_str()).collect();
    let mut want: Vec<&str> = sent.iter().map(|s| s["id"].as_str().unwrap()).collect();
    ids.sort();
    want.sort();
    assert_eq!(ids, want, "{found}");

    // Exporting again sends nothing: the ids are recorded as sent.
    let err = export(&[]);
    assert!(err.contains("sent 0 statement(s)") && err.contains("3 sent before"), "{err}");
    let c = rusqlite::Connection::open(&db).unwrap();
    let marked: i64 = c
        .query_row("SELECT COUNT(*) FROM xapi_sent WHERE lrs = ?1", [url.trim_end_matches('/')], |r| r.get(0))
        .unwrap();
    assert_eq!(marked, 3);
}

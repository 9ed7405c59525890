//! Long replies (300 KB here; 3 MB in benches/long_text.rs) on every path a reply takes: they
//! come out whole, scored, and nothing is cut or refused on the way.

use defuse::locale::Locale;
use defuse::records::store::{Store, read_many};
use defuse::scenario::library::default_rules;
use defuse::scenario::load::load;
use defuse::scenario::runtime::Run;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn defuse(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_defuse"))
        .args(args)
        .env("LC_ALL", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&data));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    out
}

/// About 300 KB of real agent sentences, ending with a taboo.
fn long_reply() -> String {
    let unit = "您好，非常理解您着急的心情，请稍等，我马上为您查询物流信息，大约需要两分钟。";
    format!("{}这不归我管。", unit.repeat(300_000 / unit.len()))
}

#[test]
fn score_scores_a_300_kb_line_whole() {
    let reply = long_reply();
    let out = defuse(&["score", "-", "--format", "jsonl"], format!("短的一行\n{reply}\n").as_bytes());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["text"], reply.as_str());
    assert!(lines[1]["techniques"].as_array().is_some_and(|t| !t.is_empty()));
}

#[test]
fn play_plays_a_300_kb_reply_and_reports_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("script.txt");
    let reply = long_reply();
    std::fs::write(&script, format!("{reply}\n请稍等，我马上为您查询。\n")).unwrap();
    let out =
        defuse(&["play", "--scenario", "late_parcel", "--script", script.to_str().unwrap(), "--format", "jsonl"], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let events: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let turn = events.iter().find(|e| e["event"] == "turn").expect("a turn was played");
    assert_eq!(turn["reply"], reply.as_str());
    assert!(turn["taboos"].as_array().unwrap().iter().any(|t| t == "pass_the_buck"), "{}", turn["taboos"]);
}

#[test]
fn check_runs_a_golden_transcript_with_a_300_kb_reply() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("late_parcel");
    std::fs::create_dir(&d).unwrap();
    for f in ["zh-CN.ftl", "en-US.ftl"] {
        std::fs::copy(Path::new("scenarios/late_parcel").join(f), d.join(f)).unwrap();
    }
    let ron = std::fs::read_to_string("scenarios/late_parcel/scenario.ron").unwrap();
    let golden = format!(
        "tests: [\n        Golden(name: \"long\", seed: 7, locale: \"zh-CN\", replies: [\"{}\"], ending: None, expect: [Expect(turn: 1, has: [\"empathy\"])]),",
        long_reply()
    );
    std::fs::write(d.join("scenario.ron"), ron.replacen("tests: [", &golden, 1)).unwrap();
    let out = defuse(&["check", d.to_str().unwrap()], b"");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_300_kb_reply_is_recorded_and_exported_whole() {
    let rules = default_rules().unwrap();
    let ls = load(Path::new("scenarios/late_parcel")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let reply = long_reply();
    {
        let (store, _) = Store::open(&db).unwrap();
        let mut run = Run::new(ls.scenario.clone(), rules, 1, Locale::ZhCn, true).unwrap();
        let id = store.start_run("小林", run.log()).unwrap();
        let t = run.turn(&reply, 5.0);
        store.record_turn(id, &t, 5.0).unwrap();
    }
    assert_eq!(read_many(std::slice::from_ref(&db)).unwrap()[0].runs[0].turns[0].reply, reply);
    for format in ["jsonl", "csv", "xapi"] {
        let out = defuse(&["export", "--db", db.to_str().unwrap(), "--format", format], b"");
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        if format == "xapi" {
            // Statements carry the run's counts, not the replies.
            assert!(
                serde_json::from_str::<serde_json::Value>(&text)
                    .is_ok_and(|v| v.as_array().is_some_and(|a| !a.is_empty()))
            );
        } else {
            assert!(text.contains(&reply), "{format}: the reply is not in the export whole");
        }
    }
}

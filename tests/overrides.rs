//! A trainer overrides a turn's score with a reason: stored beside the engine's score, never
//! instead of it, and shown in the report.

use defuse::locale::Locale;
use defuse::records::Store;
use defuse::records::report::{Options, render};
use defuse::records::store::read_many;
use defuse::scenario::library::{Library, default_rules};
use defuse::scenario::runtime::Run;
use std::path::Path;
use std::process::Command;

fn recorded_run(db: &Path) -> i64 {
    let rules = default_rules().unwrap();
    let lib = Library::load(Path::new("scenarios/late_parcel"), Some(&rules));
    let ls = &lib.scenarios[0];
    let (store, _) = Store::open(db).unwrap();
    let mut run = Run::new(ls.scenario.clone(), rules, 7, Locale::ZhCn, false).unwrap();
    let id = store.start_run("小王", run.log()).unwrap();
    for r in ["物流慢很正常，你再等等吧。", "请稍等，我马上为您查询物流信息，大约需要两分钟。"]
    {
        let t = run.turn(r, 0.0);
        store.record_turn(id, &t, 0.0).unwrap();
    }
    id
}

#[test]
fn an_override_sits_beside_the_engine_score_and_shows_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let id = recorded_run(&db);
    let (store, _) = Store::open(&db).unwrap();
    let engine = store.runs().unwrap()[0].turns[0].total;
    store.override_turn(id, 1, 70, "语气生硬但方向对 <ok>").unwrap();
    let runs = store.runs().unwrap();
    assert_eq!(runs[0].turns[0].total, engine, "the engine's score is never replaced");
    let o = store.overrides().unwrap();
    assert_eq!((o[0].turn, o[0].engine, o[0].score), (1, engine, 70));
    let opts = Options {
        locale: Locale::ZhCn,
        scenarios: Vec::new(),
        names: Default::default(),
        params: Default::default(),
        generated: String::new(),
    };
    let html = render(&read_many(&[db]).unwrap(), &opts);
    assert!(
        html.contains("培训师改分") && html.contains(&defuse::records::report::escape("语气生硬但方向对 <ok>")),
        "override missing from the report"
    );
}

#[test]
fn bad_overrides_are_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("records.sqlite");
    let id = recorded_run(&db);
    let (store, _) = Store::open(&db).unwrap();
    assert!(store.override_turn(id, 9, 50, "no such turn").unwrap_err().to_string().contains("has no turn 9"));
    assert!(store.override_turn(id, 1, 50, "  ").is_err());
    assert!(store.override_turn(id, 1, 101, "too high").is_err());
    let out = Command::new(env!("CARGO_BIN_EXE_defuse"))
        .args([
            "override",
            "--db",
            db.to_str().unwrap(),
            "--run",
            &id.to_string(),
            "--turn",
            "2",
            "--score",
            "90",
            "--reason",
            "good hold notice",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(store.overrides().unwrap().len(), 1);
}

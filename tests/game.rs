//! Headless Bevy tests: the state flow and replies through the same systems the UI uses.
#![cfg(feature = "game")]

use bevy::prelude::*;
use defuse::game::content::ContentPaths;
use defuse::game::records::{Progress, Records};
use defuse::game::screen::Screen;
use defuse::game::session::{Action, Entry, Session};
use defuse::game::settings::{Settings, SettingsPath};
use defuse::locale::Locale;

mod common;
use common::app::{act, app};

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

#[test]
fn title_to_conversation_to_debrief() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::ZhCn, dir.path());
    assert_eq!(screen(&app), Screen::Title);
    act(&mut app, Action::Open(Screen::Picker));
    assert_eq!(screen(&app), Screen::Picker);
    act(&mut app, Action::Pick("late_parcel".into()));
    assert_eq!(screen(&app), Screen::Briefing);
    act(&mut app, Action::Start);
    assert_eq!(screen(&app), Screen::Conversation);
    let s = app.world().resource::<Session>();
    assert!(
        matches!(&s.transcript[0], Entry::Customer { text, .. } if text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
    );
    let anger0 = s.run.as_ref().unwrap().meters().anger;

    act(&mut app, Action::Send("您好，我是客服小林，很高兴为您服务。非常理解您等快递的着急心情。".into()));
    let s = app.world().resource::<Session>();
    let Entry::Agent(t) = &s.transcript[1] else { panic!("agent entry expected") };
    assert!(t.analysis.has_technique("empathy"));
    assert!(s.run.as_ref().unwrap().meters().anger < anger0, "empathy calms the customer");
    assert!(matches!(s.transcript.last(), Some(Entry::Customer { .. })), "the customer answers");

    for r in [
        "请稍等，我马上为您查询一下物流信息，大约需要两分钟。",
        "我已经联系快递公司加急处理，我会在今天下午5点前给您回复最新进展。",
        "感谢您的耐心，如果还有任何问题请随时联系我们。",
    ] {
        act(&mut app, Action::Send(r.into()));
    }
    assert_eq!(screen(&app), Screen::Debrief);
    let s = app.world().resource::<Session>();
    assert!(s.run.as_ref().unwrap().outcome().is_some_and(|o| o.kind.is_good()));
    assert!(matches!(s.transcript.last(), Some(Entry::Ending { .. })));
    // The finished run is stored and shows as the best score in the picker.
    let best = app.world().resource::<Progress>().best.get("late_parcel").copied();
    assert_eq!(best, Some(s.final_score()));
    // Mastery counts the techniques the beats called for, and something to practise next is
    // recommended (not the scenario just played).
    let p = app.world().resource::<Progress>();
    assert_eq!(p.history.len(), 1);
    let empathy = p
        .mastery
        .iter()
        .find(|m| m.id == "empathy")
        .unwrap_or_else(|| panic!("empathy was called for: {:?}", p.mastery));
    assert!(empathy.used >= 1 && empathy.opportunities >= 1, "{empathy:?}");
    let next = p.next.as_ref().expect("a recommendation");
    assert_ne!(next.scenario, "late_parcel");
    act(&mut app, Action::Open(Screen::Progress));
    assert_eq!(screen(&app), Screen::Progress);
}

#[test]
fn taboo_reply_is_flagged_with_a_rewrite_and_angers_the_customer() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::ZhCn, dir.path());
    act(&mut app, Action::Pick("late_parcel".into()));
    act(&mut app, Action::Start);
    let anger0 = app.world().resource::<Session>().run.as_ref().unwrap().meters().anger;
    act(&mut app, Action::Send("这是公司的规定，我也没办法。".into()));
    let s = app.world().resource::<Session>();
    let Entry::Agent(t) = &s.transcript[1] else { panic!() };
    assert!(t.analysis.has_taboo("policy_shield"));
    assert!(t.analysis.taboos[0].rewrite.is_some());
    assert!(s.run.as_ref().unwrap().meters().anger > anger0);
}

#[test]
fn hint_costs_points_and_replay_keeps_earlier_turns() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::EnUs, dir.path());
    act(&mut app, Action::Pick("late_parcel".into()));
    act(&mut app, Action::Start);
    act(&mut app, Action::Hint);
    act(&mut app, Action::Hint);
    assert_eq!(app.world().resource::<Session>().hints, 1, "one hint per moment");
    act(&mut app, Action::Send("Hello, this is Lin. I completely understand how worrying this wait is.".into()));
    act(
        &mut app,
        Action::Send("Please hold on while I check the tracking for you; it will take about two minutes.".into()),
    );
    assert_eq!(app.world().resource::<Session>().run.as_ref().unwrap().history().len(), 2);
    act(&mut app, Action::ReplayFrom(2));
    let s = app.world().resource::<Session>();
    assert_eq!(s.run.as_ref().unwrap().history().len(), 1);
    assert_eq!(s.hints, 0);
    assert_eq!(screen(&app), Screen::Conversation);
}

#[test]
fn unknown_scenario_shows_the_error_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::ZhCn, dir.path());
    act(&mut app, Action::Pick("no_such_scenario".into()));
    act(&mut app, Action::Start);
    assert_eq!(screen(&app), Screen::Error);
}

#[test]
fn a_run_survives_a_restart_of_the_game() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut app = app(Locale::ZhCn, dir.path());
        act(&mut app, Action::Pick("late_parcel".into()));
        act(&mut app, Action::Start);
        act(&mut app, Action::Send("您好，非常理解您着急的心情。".into()));
    }
    let mut app = app(Locale::ZhCn, dir.path());
    assert!(app.world().resource::<Progress>().unfinished.contains_key("late_parcel"));
    act(&mut app, Action::Resume("late_parcel".into()));
    assert_eq!(screen(&app), Screen::Conversation);
    let s = app.world().resource::<Session>();
    assert_eq!(s.run.as_ref().unwrap().history().len(), 1, "the stored turn is replayed");
}

#[test]
fn author_can_jump_to_a_beat_and_set_meters() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::ZhCn, dir.path());
    act(&mut app, Action::Pick("late_parcel".into()));
    act(&mut app, Action::Start);
    act(&mut app, Action::JumpTo("solution".into()));
    let m = defuse::scenario::format::Meters { anger: 95.0, trust: 5.0, patience: 50.0 };
    act(&mut app, Action::SetMeters(m));
    let s = app.world().resource::<Session>();
    let run = s.run.as_ref().unwrap();
    assert_eq!(run.beat(), "solution");
    assert_eq!(run.meters(), m);
    assert!(matches!(s.transcript.last(), Some(Entry::Customer { beat, .. }) if beat == "solution"));
    // The preview tells where a draft would go without playing it.
    let p = run.preview("这不是我们的问题，你找快递公司吧。", 0.0);
    assert_eq!(p.branch.as_deref(), Some("escalated"));
    assert_eq!(run.history().len(), 0);
}

#[test]
fn settings_persist_and_a_broken_file_is_kept_aside() {
    use defuse::game::settings::{load, save};
    let dir = tempfile::tempdir().unwrap();
    let path = SettingsPath(Some(dir.path().join("settings.ron")));
    let s =
        Settings { locale: Locale::ZhTw, text_scale: 1.5, relaxed: true, colour_blind: true, ..Settings::default() };
    save(&path, &s).unwrap();
    assert_eq!(load(&path), s);
    std::fs::write(path.0.as_ref().unwrap(), "(locale: 12, ((").unwrap();
    let fresh = load(&path);
    assert_eq!(fresh.text_scale, 1.0);
    let aside = dir.path().join("settings.ron.broken");
    assert_eq!(std::fs::read_to_string(aside).unwrap(), "(locale: 12, ((");
}

#[test]
fn a_broken_scenario_is_listed_with_file_and_line_and_the_rest_still_play() {
    use defuse::game::content::Content;
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("late_parcel");
    let bad = dir.path().join("broken");
    for d in [&good, &bad] {
        std::fs::create_dir(d).unwrap();
        for f in ["scenario.ron", "zh-CN.ftl", "en-US.ftl"] {
            std::fs::copy(std::path::Path::new("scenarios/late_parcel").join(f), d.join(f)).unwrap();
        }
    }
    let text = std::fs::read_to_string(bad.join("scenario.ron")).unwrap();
    std::fs::write(bad.join("scenario.ron"), text.replacen("channel: Chat,", "channel: Chatt,", 1)).unwrap();
    let paths = ContentPaths { scenarios: dir.path().into(), ..ContentPaths::default() };
    let content = Content::load(&paths);
    assert!(content.scenario("late_parcel").is_some());
    let errors = content.errors(defuse::locale::Locale::EnUs);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("broken/scenario.ron:7:") && errors[0].contains("Chatt"), "{errors:?}");
    let zh = content.errors(Locale::ZhCn);
    assert!(zh[0].contains(": 错误: "), "the error screen names it in the player's language: {zh:?}");
}

#[test]
fn learners_sharing_a_machine_keep_separate_progress() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::ZhCn, dir.path());
    act(&mut app, Action::SetProfile("小王".into()));
    act(&mut app, Action::Pick("late_parcel".into()));
    act(&mut app, Action::Start);
    for r in [
        "您好，我是客服小林，很高兴为您服务。非常理解您等快递的着急心情。",
        "请稍等，我马上为您查询一下物流信息，大约需要两分钟。",
        "我已经联系快递公司加急处理，我会在今天下午5点前给您回复最新进展。",
        "感谢您的耐心，如果还有任何问题请随时联系我们。",
    ] {
        act(&mut app, Action::Send(r.into()));
    }
    assert!(app.world().resource::<Progress>().best.contains_key("late_parcel"));
    act(&mut app, Action::SetProfile("小李".into()));
    let p = app.world().resource::<Progress>();
    assert!(p.best.is_empty(), "the new learner starts fresh");
    assert_eq!(p.profiles, vec!["小王".to_string()]);
    act(&mut app, Action::SetProfile("小王".into()));
    assert!(app.world().resource::<Progress>().best.contains_key("late_parcel"));
}

#[test]
fn a_trainer_override_is_stored_beside_the_engine_score() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::ZhCn, dir.path());
    act(&mut app, Action::Pick("late_parcel".into()));
    act(&mut app, Action::Start);
    act(&mut app, Action::Send("您好，非常理解您着急的心情。".into()));
    act(&mut app, Action::Override { turn: 1, score: 95, reason: "语气很好".into() });
    let r = app.world().resource::<Records>();
    assert_eq!(r.overridden, vec![(1, 95, "语气很好".to_string())]);
    let store = r.store.as_ref().unwrap().lock().unwrap();
    let o = store.overrides().unwrap();
    assert_eq!((o[0].turn, o[0].score), (1, 95));
    assert_ne!(o[0].engine, 95, "the engine's own score is kept");
}

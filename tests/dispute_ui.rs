//! "The engine missed / misread this" in the game: clicking the control under a reply, picking
//! an id and saving stores the dispute in the records at once, through the same systems the
//! window uses, and the reply then shows it; the turn's score stays the engine's.
#![cfg(feature = "game")]

use bevy::prelude::*;
use bevy_egui::egui::{self, Event, Modifiers, PointerButton, RawInput};
use defuse::game::content::Content;
use defuse::game::records::Records;
use defuse::game::session::{Action, Entry, Session};
use defuse::game::settings::Settings;
use defuse::game::ui::{Ctx, conversation, debrief};
use defuse::locale::Locale;
use defuse::records::DisputeKind;

mod common;
use common::app::{act, app};

#[derive(Clone, Copy, PartialEq)]
enum View {
    Conversation,
    Debrief,
}

/// Draws one frame of the screen from the app's resources (as the window's `draw` system
/// does); returns the actions and where each text was drawn.
fn frame(
    app: &mut App,
    ctx: &egui::Context,
    review: &mut debrief::Review,
    view: View,
    events: Vec<Event>,
) -> (Vec<Action>, Vec<(String, egui::Rect)>) {
    let input = RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
        events,
        ..Default::default()
    };
    let mut out = Vec::new();
    let full = app.world_mut().resource_scope(|world, mut session: Mut<Session>| {
        let (content, settings) = (world.resource::<Content>(), world.resource::<Settings>());
        let stored = &world.resource::<Records>().disputed;
        session.dispute.stored.clone_from(stored);
        review.dispute.stored.clone_from(stored);
        let c = Ctx { content, settings };
        ctx.run_ui(input, |ui| match view {
            View::Conversation => out.extend(conversation::show(ui, &c, &mut session)),
            View::Debrief => out.extend(debrief::show(ui, &c, &session, review)),
        })
    });
    let texts = full
        .shapes
        .iter()
        .filter_map(|s| match &s.shape {
            egui::Shape::Text(t) => Some((t.galley.text().to_string(), t.visual_bounding_rect())),
            _ => None,
        })
        .collect();
    full.drop_without_applying_deltas();
    (out, texts)
}

struct Screen<'a> {
    app: &'a mut App,
    ctx: egui::Context,
    review: debrief::Review,
    view: View,
}

impl Screen<'_> {
    fn texts(&mut self) -> Vec<(String, egui::Rect)> {
        frame(self.app, &self.ctx, &mut self.review, self.view, vec![]).1
    }

    /// Clicks the first text drawn that contains `label`; returns the actions of the frames.
    fn click(&mut self, label: &str) -> Vec<Action> {
        let texts = self.texts();
        let (_, rect) = texts.iter().find(|(t, _)| t.contains(label)).unwrap_or_else(|| {
            panic!("`{label}` is not on screen: {:?}", texts.iter().map(|t| &t.0).collect::<Vec<_>>())
        });
        let at = rect.center();
        let press = |pressed| Event::PointerButton {
            pos: at,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        };
        let mut out = Vec::new();
        for events in [vec![Event::PointerMoved(at)], vec![press(true)], vec![press(false)], vec![]] {
            out.extend(frame(self.app, &self.ctx, &mut self.review, self.view, events).0);
        }
        out
    }

    fn type_text(&mut self, text: &str) {
        frame(self.app, &self.ctx, &mut self.review, self.view, vec![Event::Text(text.into())]);
    }

    fn shows(&mut self, label: &str) -> bool {
        self.texts().iter().any(|(t, _)| t.contains(label))
    }
}

fn t(app: &App, id: &str) -> String {
    app.world().resource::<Content>().ui.get(Locale::ZhCn, id)
}

fn first_total(app: &App) -> u8 {
    let s = app.world().resource::<Session>();
    s.transcript.iter().find_map(|e| if let Entry::Agent(t) = e { Some(t.score.total) } else { None }).unwrap()
}

#[test]
fn clicking_engine_missed_and_picking_an_id_stores_the_dispute_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::ZhCn, dir.path());
    act(&mut app, Action::Pick("late_parcel".into()));
    act(&mut app, Action::Start);
    act(&mut app, Action::Send("物流慢很正常，你再等等吧。".into()));
    let score = first_total(&app);
    let (open, empathy) = (t(&app, "dispute-open"), t(&app, "name-empathy"));
    let (pick, note, save) = (t(&app, "dispute-pick"), t(&app, "dispute-note"), t(&app, "dispute-save"));

    let mut s =
        Screen { app: &mut app, ctx: egui::Context::default(), review: Default::default(), view: View::Conversation };
    s.texts();
    assert!(s.click(&open).is_empty(), "opening the form stores nothing");
    assert!(s.click(&pick).is_empty());
    assert!(s.click(&format!("✓ {empathy}")).is_empty());
    s.click(&note);
    s.type_text("我说了“理解”");
    let out = s.click(&save);
    let want =
        Action::Dispute {
            turn: 1, kind: DisputeKind::Missed, id: "empathy".into(), note: "我说了“理解”".into()
        };
    assert_eq!(out, vec![want.clone()]);
    assert!(!s.shows(&save), "the form closes once saved");
    for a in out {
        s.app.world_mut().write_message(a);
    }
    s.app.update();
    s.app.update();

    // In the records at once, with the learner's profile, and shown under the reply.
    let records = s.app.world().resource::<Records>();
    let stored = records.store.as_ref().unwrap().lock().unwrap().disputes().unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!((stored[0].turn, stored[0].kind, stored[0].id.as_str()), (1, DisputeKind::Missed, "empathy"));
    assert_eq!((stored[0].note.as_deref(), stored[0].who.as_str()), (Some("我说了“理解”"), "default"));
    let runs = records.store.as_ref().unwrap().lock().unwrap().runs().unwrap();
    assert_eq!(runs[0].turns[0].total, score, "a dispute changes no score");
    let shown = s.app.world().resource::<Content>().ui.get_args(
        Locale::ZhCn,
        "dispute-stored-missed",
        &[("name", empathy.clone().into())],
    );
    assert!(s.shows(&shown), "the reply shows its dispute: {shown}");
    assert_eq!(first_total(s.app), score);
}

#[test]
fn the_debrief_shows_disputes_made_and_opens_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(Locale::ZhCn, dir.path());
    act(&mut app, Action::Pick("late_parcel".into()));
    act(&mut app, Action::Start);
    act(&mut app, Action::Send("请稍等，我马上为您查询物流信息，大约需要两分钟。".into()));
    let found = {
        let s = app.world().resource::<Session>();
        let Entry::Agent(t) = &s.transcript[1] else { panic!("agent entry expected") };
        t.analysis.technique_ids()[0].to_string()
    };
    act(&mut app, Action::Dispute { turn: 1, kind: DisputeKind::Missed, id: "empathy".into(), note: String::new() });
    let (open, misread, name) =
        (t(&app, "dispute-open"), t(&app, "dispute-misread"), t(&app, &format!("name-{found}")));
    let mut s =
        Screen { app: &mut app, ctx: egui::Context::default(), review: Default::default(), view: View::Debrief };
    s.texts();
    let empathy = t(s.app, "name-empathy");
    let made = s.app.world().resource::<Content>().ui.get_args(
        Locale::ZhCn,
        "dispute-stored-missed",
        &[("name", empathy.into())],
    );
    assert!(s.shows(&made), "the debrief shows the dispute made in the conversation");
    // The form opens on the debrief's turns too.
    s.click(&open);
    assert!(s.shows(&misread), "the dispute form opens under the debrief's turn");
    let _ = (found, name);
}

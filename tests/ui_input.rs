//! The conversation screen as a plain egui function: Chinese typed through an input method
//! reaches the reply box, Enter sends it, Shift+Enter makes a new line, choice chips fill it.
#![cfg(feature = "game")]

use bevy_egui::egui::{self, Event, ImeEvent, Key, Modifiers, RawInput};
use defuse::game::content::{Content, ContentPaths};
use defuse::game::session::{Action, Session, start};
use defuse::game::settings::Settings;
use defuse::game::ui::{Ctx, conversation};
use defuse::locale::Locale;

struct Harness {
    ctx: egui::Context,
    content: Content,
    settings: Settings,
    session: Session,
}

impl Harness {
    fn new(choice_mode: bool) -> Harness {
        let content = Content::load(&ContentPaths::default());
        let settings = Settings { locale: Locale::ZhCn, relaxed: true, choice_mode, ..Settings::default() };
        let mut session = Session { scenario: Some("late_parcel".into()), ..Default::default() };
        assert!(start(&mut session, &content, &settings, 7, &[]));
        Harness { ctx: egui::Context::default(), content, settings, session }
    }

    /// Runs one frame; returns the actions and where each piece of text was drawn.
    fn frame_with_text(&mut self, events: Vec<Event>) -> (Vec<Action>, Vec<(String, egui::Rect)>) {
        let input = RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
            events,
            ..Default::default()
        };
        let mut out = Vec::new();
        let c = Ctx { content: &self.content, settings: &self.settings };
        let session = &mut self.session;
        let full = self.ctx.run_ui(input, |ui| out.extend(conversation::show(ui, &c, session)));
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

    /// Runs one frame with these input events; returns the actions the screen produced.
    fn frame(&mut self, events: Vec<Event>) -> Vec<Action> {
        self.frame_with_text(events).0
    }
}

fn key(k: Key, modifiers: Modifiers) -> Event {
    Event::Key { key: k, physical_key: None, pressed: true, repeat: false, modifiers }
}

#[test]
fn pinyin_composition_then_enter_sends_the_chinese_reply() {
    let mut h = Harness::new(false);
    h.frame(vec![]);
    h.frame(vec![]);
    let preedit = ImeEvent::Preedit { text: "nin hao".into(), active_range_chars: None };
    h.frame(vec![Event::Ime(preedit)]);
    h.frame(vec![Event::Ime(ImeEvent::Commit("您好，非常理解您的心情".into()))]);
    assert_eq!(h.session.draft, "您好，非常理解您的心情");
    let out = h.frame(vec![key(Key::Enter, Modifiers::NONE)]);
    assert_eq!(out, vec![Action::Send("您好，非常理解您的心情".into())]);
    assert!(h.session.draft.is_empty());
}

#[test]
fn shift_enter_adds_a_line_instead_of_sending() {
    let mut h = Harness::new(false);
    h.frame(vec![]);
    h.frame(vec![]);
    h.frame(vec![Event::Text("第一行".into())]);
    let out = h.frame(vec![key(Key::Enter, Modifiers::SHIFT)]);
    assert!(out.is_empty(), "{out:?}");
    h.frame(vec![Event::Text("第二行".into())]);
    assert_eq!(h.session.draft, "第一行\n第二行");
}

#[test]
fn empty_reply_is_not_sent() {
    let mut h = Harness::new(false);
    h.frame(vec![]);
    h.frame(vec![]);
    let out = h.frame(vec![key(Key::Enter, Modifiers::NONE)]);
    assert!(out.is_empty());
}

#[test]
fn hint_key_asks_for_a_hint() {
    let mut h = Harness::new(false);
    h.frame(vec![]);
    let out = h.frame(vec![key(Key::F1, Modifiers::NONE)]);
    assert!(out.contains(&Action::Hint), "{out:?}");
}

#[test]
fn the_phone_hold_button_types_a_real_hold_notice_in_every_language() {
    let content = Content::load(&ContentPaths::default());
    let engine = defuse::phrasing::Engine::load_default().unwrap();
    for l in Locale::ALL {
        let text = content.ui.get(l, "call-hold-text");
        assert!(engine.analyse(&text, l).has_technique("hold_notice"), "{l}: {text}");
    }
}

#[test]
fn choice_mode_offers_the_authored_replies_and_a_click_fills_the_box() {
    let mut h = Harness::new(true);
    h.frame(vec![]);
    let (_, texts) = h.frame_with_text(vec![]);
    let good = h.content.scenario("late_parcel").unwrap().text.get(Locale::ZhCn, "choice-opening-good");
    let (_, rect) = texts.iter().find(|(t, _)| t.replace('\n', "") == good).expect("the good choice is shown");
    let at = rect.center();
    h.frame(vec![Event::PointerMoved(at)]);
    let press = |pressed| Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    h.frame(vec![press(true)]);
    h.frame(vec![press(false)]);
    assert_eq!(h.session.draft, good);
}

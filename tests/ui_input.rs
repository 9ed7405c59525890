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
    /// Seconds since start, 50 ms a frame (egui groups edits for undo by time).
    clock: f64,
}

impl Harness {
    fn new(choice_mode: bool) -> Harness {
        let content = Content::load(&ContentPaths::default());
        let settings = Settings { locale: Locale::ZhCn, relaxed: true, choice_mode, ..Settings::default() };
        let mut session = Session { scenario: Some("late_parcel".into()), ..Default::default() };
        assert!(start(&mut session, &content, &settings, 7, &[]));
        Harness { ctx: egui::Context::default(), content, settings, session, clock: 0.0 }
    }

    /// Runs one frame; returns the actions and where each piece of text was drawn.
    fn frame_with_text(&mut self, events: Vec<Event>) -> (Vec<Action>, Vec<(String, egui::Rect)>) {
        self.clock += 0.05;
        let input = RawInput {
            time: Some(self.clock),
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

/// Key bursts as a window delivers them, through the game's ordered keyboard system and into
/// the reply box: everything in one frame, as remote desktops, paste tools and xdotool send it.
mod bursts {
    use super::Harness;
    use bevy::input::ButtonState;
    use bevy::input::keyboard::{Key as BKey, KeyCode, KeyboardInput};
    use bevy::prelude::*;
    use defuse::game::keyboard::KeyOrder;
    use defuse::game::session::Action;

    fn msg(logical_key: BKey, key_code: KeyCode, state: ButtonState) -> KeyboardInput {
        KeyboardInput { key_code, logical_key, state, text: None, repeat: false, window: Entity::PLACEHOLDER }
    }

    fn tap(k: BKey, code: KeyCode) -> Vec<KeyboardInput> {
        vec![msg(k.clone(), code, ButtonState::Pressed), msg(k, code, ButtonState::Released)]
    }

    /// `m` held around `k`, as `xdotool key ctrl+v` sends it.
    fn combo(m: BKey, mcode: KeyCode, k: BKey, code: KeyCode) -> Vec<KeyboardInput> {
        let mut v = vec![msg(m.clone(), mcode, ButtonState::Pressed)];
        v.extend(tap(k, code));
        v.push(msg(m, mcode, ButtonState::Released));
        v
    }

    fn ctrl(c: char) -> Vec<KeyboardInput> {
        let code = match c {
            'a' => KeyCode::KeyA,
            'c' => KeyCode::KeyC,
            'v' => KeyCode::KeyV,
            'x' => KeyCode::KeyX,
            _ => KeyCode::KeyZ,
        };
        combo(BKey::Control, KeyCode::ControlLeft, BKey::Character(c.to_string().into()), code)
    }

    /// Typed text: capitals with Shift held, as xdotool types them.
    fn typed(s: &str) -> Vec<KeyboardInput> {
        s.chars()
            .flat_map(|c| {
                let k = if c == ' ' { BKey::Space } else { BKey::Character(c.to_string().into()) };
                if c.is_uppercase() {
                    combo(BKey::Shift, KeyCode::ShiftLeft, k, KeyCode::KeyA)
                } else {
                    tap(k, KeyCode::KeyA)
                }
            })
            .collect()
    }

    fn enter() -> Vec<KeyboardInput> {
        tap(BKey::Enter, KeyCode::Enter)
    }

    fn shift_enter() -> Vec<KeyboardInput> {
        combo(BKey::Shift, KeyCode::ShiftLeft, BKey::Enter, KeyCode::Enter)
    }

    /// Plays each burst as one frame (then the frames the held keys need); returns the sends.
    fn play(h: &mut Harness, bursts: Vec<Vec<KeyboardInput>>, clipboard: &str) -> Vec<Action> {
        let mut order = KeyOrder::default();
        let mut out = Vec::new();
        h.frame(vec![]);
        h.frame(vec![]);
        for burst in bursts {
            out.extend(h.frame(order.feed(burst, || Some(clipboard.to_string()))));
            while order.has_held() {
                out.extend(h.frame(order.feed([], || Some(clipboard.to_string()))));
            }
        }
        out
    }

    #[test]
    fn ctrl_v_in_one_burst_pastes_instead_of_typing_v() {
        let mut h = Harness::new(false);
        let out = play(&mut h, vec![[ctrl('v'), enter()].concat()], "您好，我马上帮您查");
        assert_eq!(out, vec![Action::Send("您好，我马上帮您查".into())]);
    }

    #[test]
    fn shift_enter_in_a_burst_is_a_new_line_and_enter_sends_both_lines() {
        let mut h = Harness::new(false);
        let out = play(&mut h, vec![[typed("ab"), shift_enter(), typed("cd"), enter()].concat()], "");
        assert_eq!(out, vec![Action::Send("ab\ncd".into())]);
    }

    #[test]
    fn what_is_typed_after_enter_waits_for_the_next_reply() {
        let mut h = Harness::new(false);
        let out =
            play(&mut h, vec![[typed("ABC def"), shift_enter(), typed("second"), enter(), typed("s")].concat()], "");
        assert_eq!(out, vec![Action::Send("ABC def\nsecond".into())]);
        assert_eq!(h.session.draft, "s");
    }

    #[test]
    fn ctrl_a_selects_all_so_typing_replaces_the_draft() {
        let mut h = Harness::new(false);
        let out = play(&mut h, vec![[typed("wrong"), ctrl('a'), typed("right"), enter()].concat()], "");
        assert_eq!(out, vec![Action::Send("right".into())]);
    }

    #[test]
    fn ctrl_x_cuts_and_ctrl_z_undoes() {
        let mut h = Harness::new(false);
        play(&mut h, vec![typed("keep this")], "");
        h.clock += 2.0; // a pause: egui keeps an undo point once an edit has been still for a second
        play(&mut h, vec![[ctrl('a'), ctrl('x')].concat()], "");
        assert_eq!(h.session.draft, "", "cut empties the box");
        play(&mut h, vec![ctrl('z')], "");
        assert_eq!(h.session.draft, "keep this", "undo brings the text back");
    }

    #[test]
    fn slow_presses_and_bursts_give_the_same_reply() {
        let keys = [typed("Hi"), shift_enter(), typed("there"), enter()].concat();
        let mut slow = Harness::new(false);
        let one_by_one = play(&mut slow, keys.iter().map(|k| vec![k.clone()]).collect(), "");
        let mut fast = Harness::new(false);
        assert_eq!(play(&mut fast, vec![keys], ""), one_by_one);
        assert_eq!(one_by_one, vec![Action::Send("Hi\nthere".into())]);
    }
}

/// The ordered keyboard system inside a Bevy app: bevy_egui's own one is turned off, a frame's
/// keys reach egui in order, and what follows Enter waits for the next frame with a redraw asked.
mod in_the_app {
    use bevy::input::ButtonState;
    use bevy::input::keyboard::{Key as BKey, KeyCode, KeyboardFocusLost, KeyboardInput};
    use bevy::prelude::*;
    use bevy::window::RequestRedraw;
    use bevy_egui::input::EguiInputEvent;
    use bevy_egui::{EguiGlobalSettings, PrimaryEguiContext, egui};

    #[derive(Resource, Default)]
    struct Seen(Vec<egui::Event>, usize);

    fn collect(mut r: MessageReader<EguiInputEvent>, mut redraw: MessageReader<RequestRedraw>, mut seen: ResMut<Seen>) {
        seen.0.extend(r.read().map(|e| e.event.clone()));
        seen.1 += redraw.read().count();
    }

    fn key(k: BKey, state: ButtonState) -> KeyboardInput {
        KeyboardInput {
            key_code: KeyCode::KeyA,
            logical_key: k,
            state,
            text: None,
            repeat: false,
            window: Entity::PLACEHOLDER,
        }
    }

    fn texts(events: &[egui::Event]) -> String {
        events.iter().filter_map(|e| if let egui::Event::Text(t) = e { Some(t.as_str()) } else { None }).collect()
    }

    #[test]
    fn a_burst_is_split_after_enter_and_keeps_its_modifiers() {
        let mut app = App::new();
        app.add_plugins(MinimalPlugins)
            .add_message::<KeyboardInput>()
            .add_message::<KeyboardFocusLost>()
            .add_message::<EguiInputEvent>()
            .add_message::<RequestRedraw>()
            .init_resource::<EguiGlobalSettings>()
            .init_resource::<Seen>()
            .add_plugins(defuse::game::keyboard::plugin)
            .add_systems(Update, collect);
        app.world_mut().spawn(PrimaryEguiContext);
        app.update();
        assert!(
            !app.world()
                .resource::<EguiGlobalSettings>()
                .input_system_settings
                .run_write_keyboard_input_messages_system
        );
        let c = |s: &str| BKey::Character(s.into());
        for (k, st) in [
            (c("a"), ButtonState::Pressed),
            (BKey::Control, ButtonState::Pressed),
            (c("a"), ButtonState::Pressed),
            (BKey::Control, ButtonState::Released),
            (BKey::Enter, ButtonState::Pressed),
            (c("b"), ButtonState::Pressed),
        ] {
            app.world_mut().write_message(key(k, st));
        }
        app.update();
        let seen = &app.world().resource::<Seen>();
        assert_eq!(texts(&seen.0), "a", "Ctrl+A types nothing, b waits: {:?}", seen.0);
        let select = seen
            .0
            .iter()
            .any(|e| matches!(e, egui::Event::Key { key: egui::Key::A, modifiers, .. } if modifiers.command));
        assert!(select, "Ctrl+A reaches egui with Ctrl held: {:?}", seen.0);
        assert!(seen.1 > 0, "a redraw is asked for the held keys");
        app.update();
        assert_eq!(texts(&app.world().resource::<Seen>().0), "ab", "b comes the next frame");
    }
}

#[test]
fn a_huge_paste_is_cut_at_the_cap_and_the_box_says_so() {
    use defuse::game::ui::conversation::REPLY_MAX;
    let mut h = Harness::new(false);
    h.frame(vec![]);
    h.frame(vec![]);
    let huge = "您好，我来帮您查一下。".repeat(300_000); // 3.3 million characters
    let (_, texts) = h.frame_with_text(vec![Event::Paste(huge)]);
    assert_eq!(h.session.draft.chars().count(), REPLY_MAX);
    let (_, texts2) = h.frame_with_text(vec![]);
    let shown = texts.iter().chain(&texts2).any(|(t, _)| t.contains(&REPLY_MAX.to_string()) && t.contains("回复最多"));
    assert!(shown, "the cap message is shown");
    let out = h.frame(vec![key(Key::Enter, Modifiers::NONE)]);
    assert!(matches!(&out[..], [Action::Send(r)] if r.chars().count() <= REPLY_MAX), "{}", out.len());
}

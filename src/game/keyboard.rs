//! Keys handled in the order they were pressed, however many arrive in one frame.
//!
//! bevy_egui 0.42 reads a frame's key messages with the modifiers held at the *end* of the
//! frame, so a burst (a remote desktop, a paste tool, `xdotool key ctrl+v`, a fast typist) loses
//! its modifiers: Ctrl+V types "v", Shift+Enter sends. We replace its keyboard system with one
//! that tracks the modifiers message by message. After a plain Enter the rest of the frame is
//! held for the next one, so nothing typed after Enter joins the reply being sent; after a copy
//! or a cut too, so that a paste in the same burst reads what was just cut.

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardFocusLost, KeyboardInput};
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::input::EguiInputEvent;
use bevy_egui::{EguiClipboard, EguiGlobalSettings, EguiInputSet, PrimaryEguiContext, egui};
use std::collections::VecDeque;

/// Modifiers held now, and key messages held back for the next frame.
#[derive(Debug, Default)]
pub struct KeyOrder {
    shift: bool,
    ctrl: bool,
    alt: bool,
    logo: bool,
    held: VecDeque<KeyboardInput>,
}

impl KeyOrder {
    /// Turns the held messages and then `fresh` into egui events, each with the modifiers held
    /// when it was pressed. Stops after a plain Enter, a copy or a cut; what follows waits for
    /// the next frame.
    /// `paste` reads the clipboard for Ctrl+V.
    pub fn feed(
        &mut self,
        fresh: impl IntoIterator<Item = KeyboardInput>,
        mut paste: impl FnMut() -> Option<String>,
    ) -> Vec<egui::Event> {
        self.held.extend(fresh);
        let mut out = Vec::new();
        while let Some(msg) = self.held.pop_front() {
            if self.track_modifier(&msg) {
                continue;
            }
            if self.events_of(&msg, &mut paste, &mut out) {
                break;
            }
        }
        out
    }

    /// True while messages wait for the next frame.
    pub fn has_held(&self) -> bool {
        !self.held.is_empty()
    }

    /// Forgets the modifiers (the window lost focus: their releases will not come).
    pub fn release_all(&mut self) {
        (self.shift, self.ctrl, self.alt, self.logo) = (false, false, false, false);
    }

    /// The modifiers as egui sees them (Command is Ctrl off macOS, the logo key on it).
    pub fn modifiers(&self) -> egui::Modifiers {
        let mac = cfg!(target_os = "macos");
        egui::Modifiers {
            alt: self.alt,
            ctrl: self.ctrl,
            shift: self.shift,
            mac_cmd: mac && self.logo,
            command: if mac { self.logo } else { self.ctrl },
        }
    }

    /// Updates the modifier state; true when the message was only a modifier.
    fn track_modifier(&mut self, msg: &KeyboardInput) -> bool {
        let down = msg.state == ButtonState::Pressed;
        match msg.logical_key {
            Key::Shift => self.shift = down,
            Key::Control => self.ctrl = down,
            Key::Alt => self.alt = down,
            Key::Super | Key::Meta => self.logo = down,
            _ => return false,
        }
        true
    }

    /// Text typed by a key: none while Ctrl or the logo key is held (AltGr = Ctrl+Alt types).
    fn text_allowed(&self) -> bool {
        (!self.logo && !self.ctrl) || (!cfg!(target_os = "macos") && self.ctrl && self.alt)
    }

    /// Appends the events of one key message; true when the frame must end after it: a plain
    /// Enter (a send), a copy or a cut (the clipboard is written at the end of the frame).
    fn events_of(
        &self,
        msg: &KeyboardInput,
        paste: &mut impl FnMut() -> Option<String>,
        out: &mut Vec<egui::Event>,
    ) -> bool {
        let pressed = msg.state == ButtonState::Pressed;
        let modifiers = self.modifiers();
        if pressed && self.text_allowed() {
            match &msg.logical_key {
                Key::Character(c) if !c.chars().any(char::is_control) => out.push(egui::Event::Text(c.to_string())),
                Key::Space => out.push(egui::Event::Text(" ".into())),
                _ => {}
            }
        }
        let physical_key = bevy_egui::helpers::bevy_to_egui_physical_key(&msg.key_code);
        let Some(key) = bevy_egui::helpers::bevy_to_egui_key(&msg.logical_key).or(physical_key) else {
            return false;
        };
        out.push(egui::Event::Key { key, physical_key, pressed, repeat: msg.repeat, modifiers });
        if pressed && modifiers.command {
            match key {
                egui::Key::C => out.push(egui::Event::Copy),
                egui::Key::X => out.push(egui::Event::Cut),
                egui::Key::V => out.extend(paste().map(egui::Event::Paste)),
                _ => {}
            }
            if matches!(key, egui::Key::C | egui::Key::X) {
                return true;
            }
        }
        pressed && key == egui::Key::Enter && !modifiers.shift && !modifiers.ctrl && !modifiers.alt && !self.logo
    }
}

/// Feeds this frame's key messages to the primary egui context, in order.
fn write_keys_in_order(
    mut keys: MessageReader<KeyboardInput>,
    mut focus_lost: MessageReader<KeyboardFocusLost>,
    mut order: Local<KeyOrder>,
    mut clipboard: Option<ResMut<EguiClipboard>>,
    context: Query<Entity, With<PrimaryEguiContext>>,
    mut events: MessageWriter<EguiInputEvent>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    if focus_lost.read().count() > 0 {
        order.release_all();
    }
    let Ok(context) = context.single() else { return };
    let paste = || clipboard.as_mut().and_then(|c| c.get_text());
    for event in order.feed(keys.read().cloned(), paste) {
        events.write(EguiInputEvent { context, event });
    }
    if order.has_held() {
        redraw.write(RequestRedraw);
    }
}

/// Turns bevy_egui's own keyboard system off.
fn take_over_keys(mut settings: ResMut<EguiGlobalSettings>) {
    settings.input_system_settings.run_write_keyboard_input_messages_system = false;
}

/// The plugin: our ordered keyboard system in bevy_egui's place.
pub fn plugin(app: &mut App) {
    app.add_systems(Startup, take_over_keys)
        .add_systems(PreUpdate, write_keys_in_order.in_set(EguiInputSet::ReadBevyMessages));
}

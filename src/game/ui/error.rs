//! The error screen: which file is broken, where, and what to do; the player can go back.

use super::Ctx;
use super::widgets::card;
use crate::game::screen::Screen;
use crate::game::session::Action;
use bevy_egui::egui::{self, RichText, Ui};

/// Lists every problem that keeps a scenario from being played.
pub fn show(ui: &mut Ui, c: &Ctx) -> Vec<Action> {
    let mut out = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        ui.heading(c.t("error-title"));
        ui.label(c.t("error-help"));
        egui::ScrollArea::vertical().max_height(ui.available_height() - 60.0).show(ui, |ui| {
            card(ui, |ui| {
                let errors = c.content.errors(c.settings.locale);
                if errors.is_empty() {
                    ui.label(c.t("error-none"));
                }
                for e in errors {
                    ui.label(RichText::new(e).monospace().color(crate::game::theme::BAD));
                }
            });
        });
        if ui.button(c.t("back")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            out.push(Action::Open(Screen::Picker));
        }
    });
    out
}

//! Settings: language, text size, relaxed mode, colour-blind meters, choice mode.

use crate::game::screen::Screen;
use crate::game::session::Action;
use crate::game::settings::Settings;
use crate::i18n::Catalog;
use crate::locale::Locale;
use bevy_egui::egui::{self, Ui};

/// Edits `s` in place; the caller saves it when it changed.
pub fn show(ui: &mut Ui, cat: &Catalog, s: &mut Settings) -> Vec<Action> {
    let locale = s.locale;
    let t = |id: &str| cat.get(locale, id);
    let mut out = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(24.0);
        super::widgets::column(ui, 560.0, |ui| {
            super::widgets::card(ui, |ui| {
                ui.heading(t("settings-title"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    ui.label(t("settings-language"));
                    for l in Locale::ALL {
                        ui.selectable_value(&mut s.locale, l, cat.get(l, "language-name"));
                    }
                });
                ui.add(egui::Slider::new(&mut s.text_scale, 0.75..=2.0).text(t("settings-text-size")));
                ui.checkbox(&mut s.relaxed, t("settings-relaxed"));
                ui.checkbox(&mut s.choice_mode, t("settings-choice-mode"));
                ui.checkbox(&mut s.colour_blind, t("settings-colour-blind"));
                ui.checkbox(&mut s.author, t("settings-author"));
                ui.add_space(8.0);
                if ui.button(t("back")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    out.push(Action::Open(Screen::Title));
                }
            });
        });
    });
    out
}

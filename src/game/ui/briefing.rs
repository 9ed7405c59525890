//! The briefing: who the customer is and what this scenario trains.

use super::Ctx;
use super::widgets::{card, chip, column, primary};
use crate::game::screen::Screen;
use crate::game::session::{Action, Session};
use crate::game::theme::{GOOD, GOOD_SOFT, MUTED};
use bevy_egui::egui::{self, RichText, Ui};

/// Draws the briefing of the picked scenario; Enter starts, Esc goes back.
pub fn show(ui: &mut Ui, c: &Ctx, session: &Session) -> Vec<Action> {
    let mut out = Vec::new();
    let Some(ls) = session.scenario.as_deref().and_then(|id| c.content.scenario(id)) else {
        return vec![Action::Open(Screen::Picker)];
    };
    let s = &ls.scenario;
    let l = c.settings.locale;
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(24.0);
        column(ui, 760.0, |ui| {
            card(ui, |ui| {
                ui.label(RichText::new(ls.text.get(l, &s.title)).size(28.0).strong());
                let meta = format!(
                    "{} · {} · {} · {}",
                    c.t(&format!("channel-{:?}", s.channel).to_lowercase()),
                    c.t(&format!("difficulty-{:?}", s.difficulty).to_lowercase()),
                    c.t(&format!("temperament-{:?}", s.persona.temperament).to_lowercase()),
                    c.t(&format!("complaint-{:?}", s.persona.complaint).to_lowercase()),
                );
                ui.label(RichText::new(meta).color(MUTED));
                ui.add_space(8.0);
                ui.label(RichText::new(ls.text.get(l, &s.briefing)).size(17.0));
                ui.add_space(8.0);
                ui.label(RichText::new(c.t("briefing-trains")).strong());
                ui.horizontal_wrapped(|ui| {
                    for id in &s.trains {
                        chip(ui, &c.t(&format!("name-{id}")), GOOD, GOOD_SOFT)
                            .on_hover_text(c.t(&format!("desc-{id}")));
                    }
                });
                ui.add_space(12.0);
                let mode = if c.settings.relaxed { "briefing-relaxed" } else { "briefing-timed" };
                ui.label(RichText::new(c.t(mode)).color(MUTED));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if primary(ui, &c.t("briefing-start")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        out.push(Action::Start);
                    }
                    if ui.button(c.t("back")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                        out.push(Action::Open(Screen::Picker));
                    }
                });
            });
        });
    });
    out
}

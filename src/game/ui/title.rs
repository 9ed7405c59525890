//! The title screen.

use super::Ctx;
use super::widgets::{card, primary};
use crate::game::screen::Screen;
use crate::game::session::Action;
use bevy_egui::egui::{self, RichText, Ui};

/// Draws the title; Enter starts.
pub fn show(ui: &mut Ui, c: &Ctx, notice: Option<&str>, profiles: &[String], new_name: &mut String) -> Vec<Action> {
    let mut out = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        ui.add_space(ui.available_height() * 0.18);
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(c.t("app-title")).size(56.0).strong().color(crate::game::theme::BRAND));
            ui.label(RichText::new(c.t("app-tagline")).size(18.0).color(crate::game::theme::MUTED));
            ui.add_space(28.0);
        });
        super::widgets::column(ui, 420.0, |ui| {
            card(ui, |ui| {
                ui.vertical_centered(|ui| {
                    let typing = ui.memory(|m| m.focused().is_some());
                    if primary(ui, &c.t("title-start")).clicked()
                        || (!typing && ui.input(|i| i.key_pressed(egui::Key::Enter)))
                    {
                        out.push(Action::Open(Screen::Picker));
                    }
                    if ui.button(c.t("title-settings")).clicked() {
                        out.push(Action::Open(Screen::Settings));
                    }
                    ui.add_space(6.0);
                    learner(ui, c, profiles, new_name, &mut out);
                    ui.label(RichText::new(c.t("title-keys")).size(12.0).color(crate::game::theme::MUTED));
                });
            });
        });
        ui.vertical_centered(|ui| {
            if let Some(n) = notice {
                ui.add_space(12.0);
                ui.label(
                    RichText::new(c.ta("title-records-notice", &[("detail", n.to_string().into())]))
                        .color(crate::game::theme::BAD),
                );
            }
            let errors = c.content.errors(c.settings.locale);
            if !errors.is_empty() {
                ui.add_space(12.0);
                if ui.link(c.ta("title-problems", &[("count", errors.len().into())])).clicked() {
                    out.push(Action::Open(Screen::Error));
                }
            }
        });
    });
    out
}

/// Who is practising: pick a learner on this machine or add one.
fn learner(ui: &mut Ui, c: &Ctx, profiles: &[String], new_name: &mut String, out: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        ui.label(c.t("title-learner"));
        egui::ComboBox::from_id_salt("learner").selected_text(c.settings.profile.as_str()).show_ui(ui, |ui| {
            for p in profiles {
                if ui.selectable_label(*p == c.settings.profile, p).clicked() {
                    out.push(Action::SetProfile(p.clone()));
                }
            }
        });
        let edit =
            ui.add(egui::TextEdit::singleline(new_name).hint_text(c.t("title-new-learner")).desired_width(140.0));
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(c.t("title-add-learner")).clicked() || enter) && !new_name.trim().is_empty() {
            out.push(Action::SetProfile(std::mem::take(new_name)));
        }
    });
}

//! The scenario picker, styled as the workbench's queue of waiting customers, with filters.

use super::Ctx;
use super::widgets::{card, chip};
use crate::game::records::Progress;
use crate::game::screen::Screen;
use crate::game::session::Action;
use crate::game::theme::{BRAND, GOOD, GOOD_SOFT, MUTED};
use crate::phrasing::ids::TECHNIQUES;
use crate::scenario::format::{Channel, Difficulty};
use bevy_egui::egui::{self, RichText, Ui};

/// The picker's filters.
#[derive(Default, Debug, Clone)]
pub struct PickerView {
    /// Only scenarios training this technique.
    pub technique: Option<String>,
    /// Only this difficulty.
    pub difficulty: Option<Difficulty>,
    /// Only this channel.
    pub channel: Option<Channel>,
}

/// Draws the picker.
pub fn show(ui: &mut Ui, c: &Ctx, view: &mut PickerView, progress: &Progress) -> Vec<Action> {
    let mut out = Vec::new();
    egui::Panel::top("picker-top").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.label(RichText::new(c.t("picker-title")).size(22.0).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(c.t("back")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    out.push(Action::Open(Screen::Title));
                }
                if ui.button(c.t("title-settings")).clicked() {
                    out.push(Action::Open(Screen::Settings));
                }
                if ui.button(c.t("progress-title")).clicked() {
                    out.push(Action::Open(Screen::Progress));
                }
            });
        });
        filters(ui, c, view);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            let l = c.settings.locale;
            let shown: Vec<_> = c.content.library.scenarios.iter().filter(|ls| keep(view, &ls.scenario)).collect();
            ui.label(RichText::new(c.ta("picker-waiting", &[("count", shown.len().into())])).color(MUTED));
            for ls in shown {
                let s = &ls.scenario;
                card(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.vertical(|ui| {
                            ui.label(RichText::new(ls.text.get(l, &s.title)).size(18.0).strong());
                            let meta = format!(
                                "{} · {} · {} · {}",
                                ls.text.get(l, &s.persona.name),
                                c.t(&format!("channel-{:?}", s.channel).to_lowercase()),
                                c.t(&format!("difficulty-{:?}", s.difficulty).to_lowercase()),
                                c.t(&format!("temperament-{:?}", s.persona.temperament).to_lowercase()),
                            );
                            ui.label(RichText::new(meta).color(MUTED));
                            ui.horizontal_wrapped(|ui| {
                                for id in &s.trains {
                                    chip(ui, &c.t(&format!("name-{id}")), GOOD, GOOD_SOFT);
                                }
                            });
                        });
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            if ui.button(c.t("picker-open")).clicked() {
                                out.push(Action::Pick(s.id.clone()));
                            }
                            if let Some(best) = progress.best.get(&s.id) {
                                let medal = crate::records::medal(*best);
                                ui.label(
                                    RichText::new(format!("{} {}", c.t(&format!("medal-{medal}")), best))
                                        .color(BRAND)
                                        .strong(),
                                );
                            }
                            if progress.unfinished.contains_key(&s.id) && ui.button(c.t("picker-resume")).clicked() {
                                out.push(Action::Resume(s.id.clone()));
                            }
                        });
                    });
                });
            }
        });
    });
    out
}

fn filters(ui: &mut Ui, c: &Ctx, view: &mut PickerView) {
    ui.horizontal(|ui| {
        let all = c.t("filter-all");
        let tech_label = view.technique.as_ref().map_or(all.clone(), |id| c.t(&format!("name-{id}")));
        egui::ComboBox::from_label(c.t("filter-technique")).selected_text(tech_label).show_ui(ui, |ui| {
            ui.selectable_value(&mut view.technique, None, all.clone());
            for id in TECHNIQUES {
                ui.selectable_value(&mut view.technique, Some(id.to_string()), c.t(&format!("name-{id}")));
            }
        });
        ui.separator();
        ui.selectable_value(&mut view.difficulty, None, all.clone());
        for d in [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard] {
            ui.selectable_value(&mut view.difficulty, Some(d), c.t(&format!("difficulty-{d:?}").to_lowercase()));
        }
        ui.separator();
        ui.selectable_value(&mut view.channel, None, all);
        for ch in [Channel::Chat, Channel::Phone] {
            ui.selectable_value(&mut view.channel, Some(ch), c.t(&format!("channel-{ch:?}").to_lowercase()));
        }
    });
}

/// Whether a scenario passes the filters.
pub fn keep(view: &PickerView, s: &crate::scenario::Scenario) -> bool {
    view.technique.as_ref().is_none_or(|t| s.trains.contains(t))
        && view.difficulty.is_none_or(|d| d == s.difficulty)
        && view.channel.is_none_or(|c| c == s.channel)
}

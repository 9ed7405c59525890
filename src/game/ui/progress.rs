//! The learner's progress: mastery per technique, taboos that keep slipping in, scores over
//! time with medals, and what to practise next.

use super::Ctx;
use super::widgets::{card, column, primary};
use crate::game::records::Progress;
use crate::game::screen::Screen;
use crate::game::session::Action;
use crate::game::theme::{BAD, BRAND, MUTED};
use crate::records::mastery::Why;
use bevy_egui::egui::{self, RichText, Ui};
use egui_plot::{Line, PlotPoints, Points};

/// Draws the progress screen.
pub fn show(ui: &mut Ui, c: &Ctx, p: &Progress) -> Vec<Action> {
    let mut out = Vec::new();
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            column(ui, 900.0, |ui| {
                ui.horizontal(|ui| {
                    ui.label(RichText::new(c.t("progress-title")).size(24.0).strong());
                    if ui.button(c.t("back")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                        out.push(Action::Open(Screen::Picker));
                    }
                });
                next_card(ui, c, p, &mut out);
                if p.history.is_empty() {
                    card(ui, |ui| {
                        ui.label(c.t("progress-empty"));
                    });
                    return;
                }
                card(ui, |ui| mastery(ui, c, p));
                if !p.slipping.is_empty() {
                    card(ui, |ui| {
                        ui.label(RichText::new(c.t("progress-slipping")).strong());
                        for t in &p.slipping {
                            let name = c.t(&format!("name-{}", t.id));
                            ui.label(
                                RichText::new(
                                    c.ta("progress-slip-line", &[("name", name.into()), ("runs", t.runs.into())]),
                                )
                                .color(BAD),
                            );
                        }
                    });
                }
                card(ui, |ui| history(ui, c, p));
            });
        });
    });
    out
}

fn next_card(ui: &mut Ui, c: &Ctx, p: &Progress, out: &mut Vec<Action>) {
    let Some(next) = &p.next else { return };
    let Some(ls) = c.content.scenario(&next.scenario) else { return };
    card(ui, |ui| {
        ui.label(RichText::new(c.t("progress-next")).strong());
        let technique = c.t(&format!("name-{}", next.technique));
        let why = match next.why {
            Why::Review { runs_since } => {
                c.ta("progress-why-review", &[("name", technique.into()), ("runs", runs_since.into())])
            }
            Why::Weakest { level } => c.ta(
                "progress-why-weakest",
                &[("name", technique.into()), ("level", ((level * 100.0).round() as i64).into())],
            ),
            Why::NotYetPractised => c.ta("progress-why-new", &[("name", technique.into())]),
        };
        ui.label(why);
        ui.horizontal(|ui| {
            ui.label(RichText::new(ls.text.get(c.settings.locale, &ls.scenario.title)).size(17.0));
            if primary(ui, &c.t("picker-open")).clicked() {
                out.push(Action::Pick(next.scenario.clone()));
            }
        });
    });
}

fn mastery(ui: &mut Ui, c: &Ctx, p: &Progress) {
    ui.label(RichText::new(c.t("progress-mastery")).strong());
    for m in &p.mastery {
        ui.horizontal(|ui| {
            ui.add_sized([150.0, 18.0], egui::Label::new(c.t(&format!("name-{}", m.id))));
            let pct = (m.level * 100.0).round() as i64;
            let bar = egui::ProgressBar::new(m.level as f32).desired_width(360.0).fill(BRAND).text(format!("{pct}%"));
            ui.add(bar);
            let tag = if m.mastered {
                c.t("progress-mastered")
            } else {
                c.ta("progress-chances", &[("n", m.opportunities.into())])
            };
            ui.label(RichText::new(tag).color(MUTED).size(12.0));
        });
    }
}

fn history(ui: &mut Ui, c: &Ctx, p: &Progress) {
    ui.label(RichText::new(c.t("progress-history")).strong());
    let pts: Vec<[f64; 2]> = p.history.iter().enumerate().map(|(i, (_, s))| [i as f64 + 1.0, *s as f64]).collect();
    super::widgets::score_plot("progress-history").show(ui, |plot| {
        plot.line(
            Line::new(c.t("progress-score"), PlotPoints::from(pts.clone())).stroke(egui::Stroke::new(2.0, BRAND)),
        );
        plot.points(Points::new(c.t("progress-score"), PlotPoints::from(pts)).radius(3.0).color(BRAND));
    });
    let l = c.settings.locale;
    for ls in &c.content.library.scenarios {
        if let Some(best) = p.best.get(&ls.scenario.id) {
            let medal = c.t(&format!("medal-{}", crate::records::medal(*best)));
            ui.label(format!("{medal} {best} · {}", ls.text.get(l, &ls.scenario.title)));
        }
    }
}

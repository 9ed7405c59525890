//! The debrief: grade, breakdown by the four stages, meters over the turns, the annotated
//! transcript with "replay from this turn", disputes of the engine's reading, and export.

use super::Ctx;
use super::conversation::{changes_line, underlined};
use super::widgets::{card, primary};
use crate::game::screen::Screen;
use crate::game::session::{Action, Entry, Session};
use crate::game::theme::{self, BRAND, INK, MUTED};
use crate::scenario::format::Meter;
use bevy_egui::egui::{self, RichText, Ui};
use egui_plot::{Legend, Line, PlotPoints};

/// Draws the debrief of the finished (or abandoned) run.
pub fn show(ui: &mut Ui, c: &Ctx, session: &Session, review: &mut Review) -> Vec<Action> {
    let mut out = Vec::new();
    let Some(run) = &session.run else { return vec![Action::Open(Screen::Picker)] };
    let grade = run.grade();
    egui::Panel::left("debrief-summary").exact_size(400.0).show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            card(ui, |ui| {
                let score = session.final_score();
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(crate::scenario::grade::letter(score).to_string())
                            .size(64.0)
                            .strong()
                            .color(BRAND),
                    );
                    ui.vertical(|ui| {
                        ui.label(RichText::new(c.ta("debrief-score", &[("score", score.into())])).size(20.0));
                        if let Some(o) = run.outcome() {
                            ui.label(RichText::new(c.t(&format!("ending-{}", o.kind.key()))).strong());
                        }
                        if session.hints > 0 {
                            ui.label(
                                RichText::new(c.ta("debrief-hints", &[("count", session.hints.into())])).color(MUTED),
                            );
                        }
                    });
                });
                if let Some(Entry::Ending { text, .. }) = session.transcript.last() {
                    ui.label(text);
                }
            });
            card(ui, |ui| generated(ui, c, run));
            card(ui, |ui| {
                ui.label(RichText::new(c.t("debrief-stages")).strong());
                for (stage, value) in &grade.stages {
                    ui.horizontal(|ui| {
                        ui.add_sized([90.0, 18.0], egui::Label::new(c.t(&format!("stage-{}", stage.key()))));
                        match value {
                            Some(v) => {
                                ui.add(
                                    egui::ProgressBar::new(*v as f32 / 100.0)
                                        .text(v.to_string())
                                        .fill(BRAND)
                                        .desired_width(220.0),
                                );
                            }
                            None => {
                                ui.label(RichText::new(c.t("debrief-stage-none")).color(MUTED));
                            }
                        }
                    });
                }
            });
            card(ui, |ui| {
                ui.label(RichText::new(c.t("debrief-meters")).strong());
                meters_plot(ui, c, session);
            });
            ui.horizontal(|ui| {
                if primary(ui, &c.t("debrief-again")).clicked() {
                    out.push(Action::ReplayFrom(1));
                }
                if ui.button(c.t("debrief-export")).clicked() {
                    out.push(Action::Export);
                }
                if ui.button(c.t("debrief-back")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    out.push(Action::Open(Screen::Picker));
                }
            });
            if let Some(p) = &session.exported {
                ui.label(
                    RichText::new(c.ta("debrief-exported", &[("path", p.clone().into())])).size(12.0).color(MUTED),
                );
            }
        });
    });
    egui::CentralPanel::default().show(ui, |ui| {
        ui.label(RichText::new(c.t("debrief-transcript")).size(18.0).strong());
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| transcript(ui, c, session, review, &mut out));
    });
    out
}

/// What went well and what to change, generated from the run's turns (`scenario::debrief`).
fn generated(ui: &mut Ui, c: &Ctx, run: &crate::scenario::Run) {
    use crate::scenario::debrief::{of_run, render};
    let d = of_run(run);
    let (cat, locale) = (&c.content.ui, c.settings.locale);
    for (title, none, items, colour) in [
        ("debrief-went-well", "debrief-went-well-none", &d.went_well, theme::GOOD),
        ("debrief-to-change", "debrief-to-change-none", &d.to_change, theme::BAD),
    ] {
        ui.label(RichText::new(c.t(title)).strong());
        if items.is_empty() {
            ui.label(RichText::new(c.t(none)).color(MUTED));
        }
        for item in items {
            ui.label(RichText::new(render(item, cat, locale)).color(colour));
        }
    }
}

/// A trainer's review of the run just played (author mode): overrides with reasons.
#[derive(Default, Debug)]
pub struct Review {
    /// Overrides already stored: (turn, score, reason).
    pub stored: Vec<(usize, u8, String)>,
    /// The score being typed, per turn.
    pub score: std::collections::HashMap<usize, u8>,
    /// The reason being typed, per turn.
    pub reason: std::collections::HashMap<usize, String>,
    /// "The engine missed / misread this" on each turn, and the disputes stored.
    pub dispute: super::dispute::Form,
}

fn override_row(ui: &mut Ui, c: &Ctx, turn: usize, engine: u8, review: &mut Review, out: &mut Vec<Action>) {
    if let Some((_, s, r)) = review.stored.iter().find(|o| o.0 == turn) {
        ui.label(
            RichText::new(c.ta(
                "review-stored",
                &[("engine", engine.into()), ("score", (*s).into()), ("reason", r.clone().into())],
            ))
            .color(BRAND),
        );
    }
    if !c.settings.author {
        return;
    }
    ui.horizontal(|ui| {
        let score = review.score.entry(turn).or_insert(engine);
        ui.add(egui::DragValue::new(score).range(0..=100).prefix(c.t("review-score")));
        let reason = review.reason.entry(turn).or_default();
        ui.add(egui::TextEdit::singleline(reason).hint_text(c.t("review-reason")).desired_width(260.0));
        if ui.small_button(c.t("review-save")).clicked() && !reason.trim().is_empty() {
            out.push(Action::Override { turn, score: *score, reason: reason.trim().to_string() });
        }
    });
}

fn transcript(ui: &mut Ui, c: &Ctx, session: &Session, review: &mut Review, out: &mut Vec<Action>) {
    for e in &session.transcript {
        match e {
            Entry::Customer { text, .. } => {
                ui.label(RichText::new(format!("{}: {text}", c.t("who-customer"))).color(MUTED));
            }
            Entry::Agent(t) => card(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(
                            c.ta("debrief-turn", &[("turn", t.turn.into()), ("score", t.score.total.into())]),
                        )
                        .strong(),
                    );
                    if ui.small_button(c.t("debrief-replay-here")).clicked() {
                        out.push(Action::ReplayFrom(t.turn));
                    }
                });
                ui.label(underlined(t, INK));
                let ids: Vec<String> =
                    t.analysis.technique_ids().iter().map(|id| format!("✓ {}", c.t(&format!("name-{id}")))).collect();
                let bad: Vec<String> =
                    t.analysis.taboo_ids().iter().map(|id| format!("× {}", c.t(&format!("name-{id}")))).collect();
                ui.label(RichText::new(ids.join("  ")).color(theme::GOOD));
                if !bad.is_empty() {
                    ui.label(RichText::new(bad.join("  ")).color(theme::BAD));
                }
                if let Some(r) = crate::scenario::debrief::say_instead(&t.analysis) {
                    ui.label(RichText::new(format!("{} {r}", c.t("label-instead"))).size(13.0));
                }
                ui.label(RichText::new(changes_line(c, t)).size(12.0).color(MUTED));
                override_row(ui, c, t.turn, t.score.total, review, out);
                super::dispute::control(ui, c, t, &mut review.dispute, out);
            }),
            Entry::Ending { text, .. } => {
                ui.label(RichText::new(text).italics());
            }
        }
    }
}

fn meters_plot(ui: &mut Ui, c: &Ctx, session: &Session) {
    let Some(run) = &session.run else { return };
    let start = run.scenario().persona.meters;
    let series = |m: Meter| -> Vec<[f64; 2]> {
        let first = crate::scenario::emotion::meter(&start, m) as f64;
        std::iter::once([0.0, first])
            .chain(run.history().iter().map(|t| [t.turn as f64, crate::scenario::emotion::meter(&t.meters, m) as f64]))
            .collect()
    };
    super::widgets::score_plot("meters").legend(Legend::default()).show(ui, |p| {
        for (m, key) in
            [(Meter::Anger, "meter-anger"), (Meter::Trust, "meter-trust"), (Meter::Patience, "meter-patience")]
        {
            let colour = theme::meter_colour(m, c.settings.colour_blind);
            p.line(Line::new(c.t(key), PlotPoints::from(series(m))).stroke(egui::Stroke::new(2.5, colour)));
        }
    });
}

//! Small drawing pieces shared by the screens: cards, chips, meters, the portrait.

use super::super::theme::{self, BRAND, CARD, MUTED};
use crate::scenario::format::{Meter, Meters};
use bevy_egui::egui::{self, Color32, CornerRadius, Frame, Margin, RichText, Sense, Stroke, Ui, pos2, vec2};

/// A white rounded card.
pub fn card(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    Frame::new()
        .fill(CARD)
        .corner_radius(CornerRadius::same(10))
        .inner_margin(Margin::same(14))
        .stroke(Stroke::new(1.0, Color32::from_gray(225)))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        });
}

/// A column of at most `width`, centred horizontally, laid out top-down and left-aligned.
pub fn column(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui)) {
    let width = width.min(ui.available_width());
    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
    ui.horizontal_top(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width);
            add(ui)
        });
    });
}

/// A pill-shaped label.
pub fn chip(ui: &mut Ui, text: &str, fg: Color32, bg: Color32) -> egui::Response {
    Frame::new()
        .fill(bg)
        .corner_radius(CornerRadius::same(12))
        .inner_margin(Margin::symmetric(8, 3))
        .show(ui, |ui| ui.label(RichText::new(text).color(fg).size(13.0)))
        .response
        .interact(Sense::click())
}

/// A primary (brand-coloured) button.
pub fn primary(ui: &mut Ui, text: &str) -> egui::Response {
    ui.add(
        egui::Button::new(RichText::new(text).color(Color32::WHITE).strong()).fill(BRAND).min_size(vec2(120.0, 34.0)),
    )
}

/// The three meters as labelled, animated bars with numbers (colour and label: colour-blind safe).
pub fn meters(ui: &mut Ui, m: &Meters, live_patience: f32, names: [String; 3], colour_blind: bool) {
    let rows = [(Meter::Anger, m.anger, "▲"), (Meter::Trust, m.trust, "◆"), (Meter::Patience, live_patience, "●")];
    for ((meter, value, shape), name) in rows.into_iter().zip(names) {
        let id = ui.id().with(("meter", meter as u8));
        let shown = ui.ctx().animate_value_with_time(id, value, 0.6);
        ui.horizontal(|ui| {
            let colour = theme::meter_colour(meter, colour_blind);
            ui.label(RichText::new(shape).color(colour));
            ui.add_sized(vec2(48.0, 18.0), egui::Label::new(RichText::new(name).color(MUTED)));
            let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width() - 44.0, 12.0), Sense::hover());
            ui.painter().rect_filled(rect, 6.0, Color32::from_gray(232));
            let mut fill = rect;
            fill.set_width(rect.width() * (shown / 100.0).clamp(0.0, 1.0));
            ui.painter().rect_filled(fill, 6.0, colour);
            ui.label(RichText::new(format!("{:>3.0}", shown)).monospace());
        });
    }
}

/// A calm, code-drawn portrait whose brows and mouth follow anger and trust.
pub fn portrait(ui: &mut Ui, m: &Meters, size: f32) {
    let (rect, _) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    let p = ui.painter();
    let c = rect.center();
    let r = size * 0.42;
    let anger = ui.ctx().animate_value_with_time(ui.id().with("p-anger"), m.anger, 0.6) / 100.0;
    let trust = ui.ctx().animate_value_with_time(ui.id().with("p-trust"), m.trust, 0.6) / 100.0;
    let flush = Color32::from_rgb(0xF6, (0xD9 as f32 - 60.0 * anger) as u8, (0xC2 as f32 - 70.0 * anger) as u8);
    p.circle_filled(c, r + 4.0, Color32::from_rgb(0xDD, 0xE3, 0xEA));
    p.circle_filled(c, r, flush);
    let ink = Stroke::new(2.5, Color32::from_rgb(0x3A, 0x2E, 0x2A));
    for side in [-1.0f32, 1.0] {
        let eye = pos2(c.x + side * r * 0.38, c.y - r * 0.12);
        p.circle_filled(eye, r * 0.07, ink.color);
        let tilt = (anger - 0.3) * r * 0.35;
        let inner = pos2(eye.x - side * r * 0.16, eye.y - r * 0.2 + tilt);
        let outer = pos2(eye.x + side * r * 0.16, eye.y - r * 0.2 - tilt);
        p.line_segment([inner, outer], ink);
    }
    let smile = (trust - anger) * r * 0.3;
    let mouth_y = c.y + r * 0.42;
    let pts: Vec<egui::Pos2> = (0..=12)
        .map(|i| {
            let t = i as f32 / 12.0 * 2.0 - 1.0;
            pos2(c.x + t * r * 0.32, mouth_y + smile * (1.0 - t * t))
        })
        .collect();
    p.add(egui::Shape::line(pts, ink));
}

/// A mood word for the customer's anger.
pub fn mood_key(anger: f32) -> &'static str {
    match anger {
        a if a >= 75.0 => "mood-furious",
        a if a >= 50.0 => "mood-angry",
        a if a >= 25.0 => "mood-annoyed",
        _ => "mood-calm",
    }
}

/// A fixed 0-100 chart for the learner to read, not to pan or zoom.
pub fn score_plot(id: &str) -> egui_plot::Plot<'static> {
    egui_plot::Plot::new(id.to_string())
        .height(180.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
}

//! The look: calm and professional, one brand colour, generous spacing (see UI-NOTES).

use super::settings::Settings;
use bevy_egui::egui::{self, Color32, CornerRadius, Stroke, Visuals};

/// The brand colour (agent bubbles, primary buttons).
pub const BRAND: Color32 = Color32::from_rgb(0x1F, 0x6F, 0xEB);
/// Page background.
pub const PAGE: Color32 = Color32::from_rgb(0xF4, 0xF6, 0xF9);
/// Panels and cards.
pub const CARD: Color32 = Color32::WHITE;
/// Customer bubbles.
pub const CUSTOMER_BUBBLE: Color32 = Color32::from_rgb(0xEC, 0xEF, 0xF3);
/// Body text.
pub const INK: Color32 = Color32::from_rgb(0x22, 0x2B, 0x36);
/// Secondary text.
pub const MUTED: Color32 = Color32::from_rgb(0x6B, 0x77, 0x85);
/// Good (technique chips).
pub const GOOD: Color32 = Color32::from_rgb(0x1E, 0x8E, 0x3E);
/// Bad (taboos).
pub const BAD: Color32 = Color32::from_rgb(0xD9, 0x30, 0x25);
/// Taboo chip fill.
pub const BAD_SOFT: Color32 = Color32::from_rgb(0xFD, 0xEC, 0xEA);
/// Technique chip fill.
pub const GOOD_SOFT: Color32 = Color32::from_rgb(0xE6, 0xF4, 0xEA);

/// Meter colours: normal palette, or Okabe-Ito colour-blind-safe palette.
pub fn meter_colour(meter: crate::scenario::format::Meter, colour_blind: bool) -> Color32 {
    use crate::scenario::format::Meter::*;
    match (meter, colour_blind) {
        (Anger, false) => Color32::from_rgb(0xE5, 0x48, 0x3A),
        (Trust, false) => Color32::from_rgb(0x2E, 0x9E, 0x5B),
        (Patience, false) => Color32::from_rgb(0xF0, 0xA2, 0x02),
        (Anger, true) => Color32::from_rgb(0xD5, 0x5E, 0x00),
        (Trust, true) => Color32::from_rgb(0x00, 0x72, 0xB2),
        (Patience, true) => Color32::from_rgb(0xCC, 0x79, 0xA7),
    }
}

/// Applies visuals and text size.
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    let mut v = Visuals::light();
    v.panel_fill = PAGE;
    v.window_fill = CARD;
    v.extreme_bg_color = CARD;
    v.override_text_color = Some(INK);
    v.selection.bg_fill = BRAND.linear_multiply(0.35);
    v.widgets.inactive.corner_radius = CornerRadius::same(6);
    v.widgets.hovered.corner_radius = CornerRadius::same(6);
    v.widgets.active.corner_radius = CornerRadius::same(6);
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(210));
    ctx.set_visuals(v);
    ctx.all_styles_mut(|s| {
        s.spacing.item_spacing = egui::vec2(10.0, 8.0);
        s.spacing.button_padding = egui::vec2(12.0, 6.0);
    });
    ctx.set_zoom_factor(settings.text_scale.clamp(0.75, 2.0) * 1.15);
}

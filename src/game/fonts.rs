//! Installs the shipped CJK font (WenQuanYi Micro Hei, Apache-2.0) into egui, after egui's own
//! Latin fonts so Latin text keeps its look and Chinese falls back to the CJK face.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

/// The font file, relative to the assets folder.
pub const CJK_FONT: &str = "fonts/wqy-microhei.ttc";

/// Font definitions with the CJK face appended to both families; `None` if the file is missing.
pub fn definitions(assets: &std::path::Path) -> Option<egui::FontDefinitions> {
    let bytes = std::fs::read(assets.join(CJK_FONT)).ok()?;
    let mut defs = egui::FontDefinitions::default();
    defs.font_data.insert("cjk".into(), std::sync::Arc::new(egui::FontData::from_owned(bytes)));
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        defs.families.entry(family).or_default().push("cjk".into());
    }
    Some(defs)
}

/// Runs until an egui context exists, then installs fonts and the theme once.
fn install(
    mut contexts: EguiContexts,
    mut done: Local<bool>,
    paths: Res<super::content::ContentPaths>,
    settings: Res<super::settings::Settings>,
) {
    if *done {
        return;
    }
    let Ok(ctx) = contexts.ctx_mut() else { return };
    match definitions(&paths.assets) {
        Some(defs) => ctx.set_fonts(defs),
        None => warn!("{} not found under {}: Chinese text will not render", CJK_FONT, paths.assets.display()),
    }
    super::theme::apply(ctx, &settings);
    *done = true;
    if let Some(t) = super::STARTED.get() {
        info!("first interactive frame {} ms after launch", t.elapsed().as_millis());
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(bevy_egui::EguiPrimaryContextPass, install);
}

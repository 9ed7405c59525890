//! "The engine missed / misread this": a small control under each of the trainee's replies (in
//! the conversation and the debrief) to say the engine got the reply wrong, pick the technique
//! or taboo, add a note, and save it at once to the records. Stored disputes show beside it.

use super::Ctx;
use crate::game::session::Action;
use crate::game::theme::{BRAND, MUTED};
use crate::phrasing::ids::{TABOOS, TECHNIQUES};
use crate::records::dispute::NOTE_MAX;
use crate::records::{Dispute, DisputeKind};
use crate::scenario::runtime::TurnResult;
use bevy_egui::egui::{self, RichText, Ui};

/// The form's state and the disputes already stored for the run shown.
#[derive(Debug, Clone, Default)]
pub struct Form {
    /// The turn whose form is open.
    pub open: Option<usize>,
    /// Missed or misread.
    pub kind: DisputeKind,
    /// The id picked.
    pub id: Option<String>,
    /// The note being typed.
    pub note: String,
    /// Disputes stored for this run (the records system keeps them).
    pub stored: Vec<Dispute>,
}

fn name(c: &Ctx, id: &str) -> String {
    c.t(&format!("name-{id}"))
}

/// "Disputed: the engine missed Empathy — note".
pub fn stored_line(c: &Ctx, d: &Dispute) -> String {
    let line = c.ta(&format!("dispute-stored-{}", d.kind.key()), &[("name", name(c, &d.id).into())]);
    match &d.note {
        Some(n) => format!("{line} — {n}"),
        None => line,
    }
}

/// The control under one reply: the disputes stored for it, then a small button that opens the
/// form (kind, id, note, save).
pub fn control(ui: &mut Ui, c: &Ctx, t: &TurnResult, form: &mut Form, out: &mut Vec<Action>) {
    let turn = t.turn;
    for d in form.stored.iter().filter(|d| d.turn as usize == turn) {
        ui.label(RichText::new(format!("⚑ {}", stored_line(c, d))).size(12.0).color(BRAND));
    }
    if form.open != Some(turn) {
        let button =
            egui::Button::new(RichText::new(format!("⚑ {}", c.t("dispute-open"))).size(12.0).color(MUTED)).frame(false);
        if ui.add(button).on_hover_text(c.t("dispute-open-hint")).clicked() {
            *form = Form { open: Some(turn), stored: std::mem::take(&mut form.stored), ..Form::default() };
        }
        return;
    }
    // Each id once, even when the engine found it in several places of the reply.
    let mut found: Vec<&str> = t.analysis.technique_ids().into_iter().chain(t.analysis.taboo_ids()).collect();
    let mut seen = std::collections::HashSet::new();
    found.retain(|id| seen.insert(*id));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.horizontal(|ui| {
            for k in DisputeKind::ALL {
                if ui.radio_value(&mut form.kind, k, c.t(&format!("dispute-{}", k.key()))).changed() {
                    form.id = None;
                }
            }
        });
        let choices: Vec<&str> = match form.kind {
            DisputeKind::Missed => TECHNIQUES.iter().chain(TABOOS).copied().filter(|id| !found.contains(id)).collect(),
            DisputeKind::Misread => found.clone(),
        };
        if choices.is_empty() {
            ui.label(RichText::new(c.t("dispute-nothing-found")).color(MUTED));
        } else {
            let shown = form.id.as_deref().map_or_else(|| c.t("dispute-pick"), |id| name(c, id));
            egui::ComboBox::from_id_salt(("dispute-id", turn)).selected_text(shown).width(220.0).show_ui(ui, |ui| {
                for id in choices {
                    let mark = if TABOOS.contains(&id) { "×" } else { "✓" };
                    ui.selectable_value(&mut form.id, Some(id.to_string()), format!("{mark} {}", name(c, id)));
                }
            });
        }
        ui.add(
            egui::TextEdit::singleline(&mut form.note)
                .char_limit(NOTE_MAX)
                .hint_text(c.t("dispute-note"))
                .desired_width(260.0),
        );
        ui.horizontal(|ui| {
            let ready = form.id.is_some();
            if ui.add_enabled(ready, egui::Button::new(c.t("dispute-save"))).clicked()
                && let Some(id) = form.id.take()
            {
                out.push(Action::Dispute { turn, kind: form.kind, id, note: form.note.trim().to_string() });
                form.open = None;
            }
            if ui.button(c.t("dispute-cancel")).clicked() {
                form.open = None;
            }
        });
    });
}

/// Author mode: every dispute of the run, for the trainer.
pub fn author_list(ui: &mut Ui, c: &Ctx, stored: &[Dispute]) {
    ui.label(RichText::new(c.ta("author-disputes", &[("count", stored.len().into())])).strong());
    for d in stored {
        ui.label(
            RichText::new(c.ta("author-dispute-turn", &[("turn", d.turn.into()), ("line", stored_line(c, d).into())]))
                .size(12.0),
        );
    }
}

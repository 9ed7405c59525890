//! The conversation: chat in the centre, the customer panel and case file on the right, the
//! composer at the bottom. Feedback sits beside the agent's own bubble, never in a modal.

use super::Ctx;
use super::widgets::{card, chip, meters, mood_key, portrait, primary};
use crate::game::screen::Screen;
use crate::game::session::{Action, Entry, Session};
use crate::game::theme::{BAD, BAD_SOFT, BRAND, CUSTOMER_BUBBLE, GOOD, GOOD_SOFT, MUTED};
use crate::scenario::LoadedScenario;
use crate::scenario::emotion::Reason;
use crate::scenario::format::{Channel, Meter};
use crate::scenario::runtime::TurnResult;
use bevy_egui::egui::{self, Color32, CornerRadius, Frame, Margin, RichText, Stroke, Ui, text::LayoutJob};

/// The longest reply the box takes (a chat message, not a document); a paste beyond it is cut
/// there and a message says so.
pub const REPLY_MAX: usize = 2000;

/// Draws the conversation and edits the draft; returns the player's actions.
pub fn show(ui: &mut Ui, c: &Ctx, session: &mut Session) -> Vec<Action> {
    let mut out = Vec::new();
    let Some(ls) = session.scenario.as_deref().and_then(|id| c.content.scenario(id)) else {
        return vec![Action::Open(Screen::Picker)];
    };
    top_bar(ui, c, ls, session, &mut out);
    customer_panel(ui, c, ls, session, &mut out);
    composer(ui, c, ls, session, &mut out);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().stick_to_bottom(true).auto_shrink([false, false]).show(ui, |ui| {
            let name = ls.text.get(c.settings.locale, &ls.scenario.persona.name);
            for entry in &session.transcript {
                match entry {
                    Entry::Customer { text, anger, .. } => customer_bubble(ui, c, &name, text, *anger),
                    Entry::Agent(t) => {
                        agent_bubble(ui, c, t);
                        ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
                            super::dispute::control(ui, c, t, &mut session.dispute, &mut out);
                        });
                    }
                    Entry::Ending { text, .. } => {
                        ui.vertical_centered(|ui| ui.label(RichText::new(text).italics().color(MUTED)));
                    }
                }
            }
            if session.run.as_ref().is_some_and(|r| !r.is_over()) && session.waited < 0.8 {
                ui.label(RichText::new(c.ta("typing", &[("name", name.into())])).italics().color(MUTED));
            }
        });
    });
    out
}

fn top_bar(ui: &mut Ui, c: &Ctx, ls: &LoadedScenario, session: &Session, out: &mut Vec<Action>) {
    egui::Panel::top("conv-top").show(ui, |ui| {
        ui.horizontal(|ui| {
            let l = c.settings.locale;
            ui.label(RichText::new(ls.text.get(l, &ls.scenario.title)).size(18.0).strong());
            if ls.scenario.channel == Channel::Phone {
                let secs = session.run.as_ref().map_or(0.0, |r| r.log().replies.iter().map(|x| x.1).sum::<f32>())
                    + session.waited;
                ui.label(
                    RichText::new(format!("📞 {} {:02}:{:02}", c.t("call-live"), secs as u32 / 60, secs as u32 % 60))
                        .color(GOOD),
                );
            }
            if !c.settings.relaxed && ls.scenario.patience_drain > 0.0 {
                ui.label(
                    RichText::new(c.ta("waiting", &[("seconds", (session.waited.round() as i64).into())])).color(MUTED),
                );
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(c.t("conv-leave")).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    out.push(Action::Open(Screen::Picker));
                }
                let hint = c.ta("conv-hint", &[("cost", crate::game::session::HINT_COST.into())]);
                if ui.button(hint).clicked() || ui.input(|i| i.key_pressed(egui::Key::F1)) {
                    out.push(Action::Hint);
                }
            });
        });
    });
}

fn customer_panel(ui: &mut Ui, c: &Ctx, ls: &LoadedScenario, session: &Session, out: &mut Vec<Action>) {
    let Some(run) = &session.run else { return };
    let l = c.settings.locale;
    egui::Panel::right("conv-customer").exact_size(340.0).show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            card(ui, |ui| {
                ui.horizontal(|ui| {
                    portrait(ui, &run.meters(), 84.0);
                    ui.vertical(|ui| {
                        ui.label(RichText::new(ls.text.get(l, &ls.scenario.persona.name)).size(20.0).strong());
                        let p = &ls.scenario.persona;
                        ui.label(
                            RichText::new(c.t(&format!("temperament-{:?}", p.temperament).to_lowercase())).color(MUTED),
                        );
                        ui.label(RichText::new(c.t(mood_key(run.meters().anger))).strong());
                    });
                });
                ui.add_space(6.0);
                let names = [c.t("meter-anger"), c.t("meter-trust"), c.t("meter-patience")];
                meters(ui, &run.meters(), session.live_patience(c.settings.relaxed), names, c.settings.colour_blind);
            });
            if session.hint_open {
                card(ui, |ui| {
                    ui.label(RichText::new(c.t("hint-title")).strong());
                    for id in run.calls_for() {
                        ui.label(format!("• {} — {}", c.t(&format!("name-{id}")), c.t(&format!("desc-{id}"))));
                    }
                });
            }
            case_file(ui, c, ls);
            if c.settings.author {
                author_panel(ui, c, ls, session, out);
            }
        });
    });
}

/// Author mode: live problems, beat jumping, meters by hand, and where the draft would branch.
fn author_panel(ui: &mut Ui, c: &Ctx, ls: &LoadedScenario, session: &Session, out: &mut Vec<Action>) {
    let Some(run) = &session.run else { return };
    card(ui, |ui| {
        ui.label(RichText::new(c.t("author-debug")).strong());
        let problems: Vec<String> = c
            .content
            .library
            .diagnostics
            .iter()
            .filter(|d| d.path.starts_with(&ls.dir))
            .map(|d| d.render(&c.content.ui, c.settings.locale))
            .collect();
        ui.label(
            RichText::new(c.ta("author-problems", &[("count", problems.len().into())])).color(if problems.is_empty() {
                GOOD
            } else {
                BAD
            }),
        );
        for p in problems.iter().take(8) {
            ui.label(RichText::new(p).monospace().size(11.0));
        }
        let passed = run.history().last().map(|t| t.passed.join(", ")).unwrap_or_default();
        ui.monospace(format!("beat: {}\npassed: {passed}\nflags: {:?}", run.beat(), run.flags()));
        egui::ComboBox::from_label(c.t("author-jump")).selected_text(run.beat()).show_ui(ui, |ui| {
            for beat in ls.scenario.beats.keys() {
                if ui.selectable_label(beat == run.beat(), beat).clicked() {
                    out.push(Action::JumpTo(beat.clone()));
                }
            }
        });
        let mut m = run.meters();
        let before = m;
        ui.add(egui::Slider::new(&mut m.anger, 0.0..=100.0).text(c.t("meter-anger")));
        ui.add(egui::Slider::new(&mut m.trust, 0.0..=100.0).text(c.t("meter-trust")));
        ui.add(egui::Slider::new(&mut m.patience, 0.0..=100.0).text(c.t("meter-patience")));
        if m != before {
            out.push(Action::SetMeters(m));
        }
        if !session.draft.trim().is_empty() && !run.is_over() {
            let p = run.preview(&session.draft, session.waited);
            let mut target = p.branch.unwrap_or_else(|| c.t("author-stays"));
            if !p.passed.is_empty() {
                target = format!("{target} ({})", p.passed.join(" → "));
            }
            ui.label(c.ta("author-preview", &[("target", target.into()), ("score", p.analysis.score.into())]));
        }
        super::dispute::author_list(ui, c, &session.dispute.stored);
        if ui.button(c.t("author-restart")).clicked() {
            out.push(Action::ReplayFrom(1));
        }
    });
}

fn case_file(ui: &mut Ui, c: &Ctx, ls: &LoadedScenario) {
    let case = &ls.scenario.case;
    if case.order.is_empty() && case.logistics.is_empty() && case.policies.is_empty() {
        return;
    }
    let l = c.settings.locale;
    card(ui, |ui| {
        ui.label(RichText::new(c.t("case-title")).strong());
        for (title, items) in
            [("case-order", &case.order), ("case-logistics", &case.logistics), ("case-policies", &case.policies)]
        {
            if items.is_empty() {
                continue;
            }
            egui::CollapsingHeader::new(c.t(title)).default_open(true).show(ui, |ui| {
                for id in items {
                    ui.label(RichText::new(ls.text.get(l, id)).size(13.0));
                }
            });
        }
    });
}

fn composer(ui: &mut Ui, c: &Ctx, ls: &LoadedScenario, session: &mut Session, out: &mut Vec<Action>) {
    let over = session.run.as_ref().is_none_or(|r| r.is_over());
    egui::Panel::bottom("conv-composer").show(ui, |ui| {
        ui.add_space(6.0);
        if over {
            if primary(ui, &c.t("conv-see-debrief")).clicked() {
                out.push(Action::Open(Screen::Debrief));
            }
            return;
        }
        if c.settings.choice_mode
            && let Some(beat) = session.run.as_ref().and_then(|r| ls.scenario.beats.get(r.beat()))
        {
            // Quick replies, one per row like an agent's saved phrases; long ones wrap.
            for choice in &beat.choices {
                let text = ls.text.get(c.settings.locale, &choice.text);
                let button = egui::Button::new(RichText::new(&text).color(BRAND)).wrap().fill(Color32::from_rgb(0xE8, 0xF0, 0xFE));
                if ui.add_sized([ui.available_width() - 8.0, 0.0], button).clicked() {
                    session.draft = text;
                }
            }
        }
        if ls.scenario.channel == Channel::Phone {
            // The softphone's hold button: a hold notice to send before going to check.
            if ui.button(c.t("call-hold")).on_hover_text(c.t("call-hold-hint")).clicked() {
                session.draft = c.t("call-hold-text");
            }
        }
        ui.horizontal(|ui| {
            let id = ui.make_persistent_id("composer");
            // Plain Enter sends; Shift+Enter is left to the text box (a new line). Removed by hand
            // because egui's `consume_key` treats Shift as optional and would take a Shift+Enter
            // that came in the same frame.
            let send_key = ui.memory(|m| m.has_focus(id))
                && ui.input_mut(|i| {
                    let before = i.events.len();
                    i.events.retain(|e| {
                        !matches!(e, egui::Event::Key { key: egui::Key::Enter, pressed: true, modifiers, .. } if modifiers.is_none())
                    });
                    i.events.len() != before
                });
            let edit = egui::TextEdit::multiline(&mut session.draft)
                .id(id)
                .char_limit(REPLY_MAX)
                .desired_rows(3)
                .desired_width(ui.available_width() - 150.0)
                .return_key(egui::KeyboardShortcut::new(egui::Modifiers::SHIFT, egui::Key::Enter))
                .hint_text(c.t("conv-placeholder"));
            let resp = ui.add(edit);
            if !resp.has_focus() && session.draft.is_empty() && !ui.ctx().memory(|m| m.focused().is_some()) {
                resp.request_focus();
            }
            let clicked = primary(ui, &c.t("conv-send")).clicked();
            if (send_key || clicked) && !session.draft.trim().is_empty() {
                out.push(Action::Send(std::mem::take(&mut session.draft).trim().to_string()));
                resp.request_focus();
            }
        });
        let typed = session.draft.chars().count();
        if typed >= REPLY_MAX {
            ui.label(RichText::new(c.ta("conv-cap", &[("max", REPLY_MAX.into())])).color(BAD));
        }
        ui.label(RichText::new(c.t("conv-keys")).size(12.0).color(MUTED));
    });
}

fn customer_bubble(ui: &mut Ui, c: &Ctx, name: &str, text: &str, anger: f32) {
    ui.horizontal(|ui| {
        ui.set_max_width(ui.available_width() * 0.72);
        ui.vertical(|ui| {
            ui.label(RichText::new(format!("{name} · {}", c.t(mood_key(anger)))).size(12.0).color(MUTED));
            bubble(CUSTOMER_BUBBLE).show(ui, |ui| ui.label(RichText::new(text).size(16.0)));
        });
    });
    ui.add_space(4.0);
}

fn bubble(fill: Color32) -> Frame {
    Frame::new().fill(fill).corner_radius(CornerRadius::same(12)).inner_margin(Margin::symmetric(12, 8))
}

/// The reply with taboo words underlined in red.
pub fn underlined(t: &TurnResult, colour: Color32) -> LayoutJob {
    let mut job = LayoutJob::default();
    let font = egui::FontId::proportional(16.0);
    let plain = egui::TextFormat { font_id: font.clone(), color: colour, ..Default::default() };
    let marked = egui::TextFormat {
        font_id: font,
        color: colour,
        underline: Stroke::new(2.0, Color32::from_rgb(0xFF, 0xD1, 0xCC)),
        background: Color32::from_rgba_unmultiplied(0xD9, 0x30, 0x25, 120),
        ..Default::default()
    };
    let chars: Vec<char> = t.analysis.text.chars().collect();
    let mut at = 0;
    let mut spans: Vec<(usize, usize)> = t.analysis.taboos.iter().map(|x| (x.hit.start, x.hit.end)).collect();
    spans.sort();
    for (s, e) in spans {
        if s < at || e > chars.len() {
            continue;
        }
        job.append(&chars[at..s].iter().collect::<String>(), 0.0, plain.clone());
        job.append(&chars[s..e].iter().collect::<String>(), 0.0, marked.clone());
        at = e;
    }
    job.append(&chars[at..].iter().collect::<String>(), 0.0, plain);
    job
}

fn agent_bubble(ui: &mut Ui, c: &Ctx, t: &TurnResult) {
    let l = c.settings.locale;
    ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
        ui.label(RichText::new(c.ta("turn-score", &[("score", t.score.total.into())])).size(12.0).color(MUTED));
        let resp = bubble(BRAND).show(ui, |ui| {
            ui.set_max_width(ui.available_width() * 0.7);
            ui.label(underlined(t, Color32::WHITE))
        });
        if let Some(first) = t.analysis.taboos.first() {
            resp.response.on_hover_text(rewrite_text(c, first));
        }
        ui.horizontal_wrapped(|ui| {
            ui.set_max_width(ui.available_width() * 0.7);
            let mut shown: Vec<&str> = Vec::new();
            for h in &t.analysis.techniques {
                if shown.contains(&h.id.as_str()) {
                    continue;
                }
                shown.push(&h.id);
                let why = reason(c, &h.id, &h.evidence);
                chip(ui, &format!("✓ {}", c.t(&format!("name-{}", h.id))), GOOD, GOOD_SOFT).on_hover_text(why);
            }
            for x in &t.analysis.taboos {
                if shown.contains(&x.hit.id.as_str()) {
                    continue;
                }
                shown.push(&x.hit.id);
                let tip = format!("{}\n\n{}", reason(c, &x.hit.id, &x.hit.evidence), rewrite_text(c, x));
                chip(ui, &format!("× {}", c.t(&format!("name-{}", x.hit.id))), BAD, BAD_SOFT).on_hover_text(tip);
            }
        });
        if let Some(r) = &t.analysis.rewritten {
            ui.label(RichText::new(format!("{} {r}", c.t("label-rewritten"))).size(13.0).color(GOOD));
        }
        ui.label(RichText::new(changes_line(c, t)).size(12.0).color(MUTED));
        let _ = l;
    });
    ui.add_space(6.0);
}

fn reason(c: &Ctx, id: &str, evidence: &str) -> String {
    c.ta(&format!("why-{id}"), &[("evidence", evidence.to_string().into()), ("points", 0.into())])
}

fn rewrite_text(c: &Ctx, x: &crate::phrasing::TabooHit) -> String {
    let mut s = c.t("label-instead");
    for r in &x.rewrites {
        s.push_str(&format!("\n• {r}"));
    }
    s
}

/// "Empathy: anger −12, trust +5 · Waited 30 s: patience −6": meter changes grouped by reason.
pub fn changes_line(c: &Ctx, t: &TurnResult) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for ch in t.changes.iter().filter(|ch| ch.delta.abs() >= 0.5) {
        let meter = c.t(match ch.meter {
            Meter::Anger => "meter-anger",
            Meter::Trust => "meter-trust",
            Meter::Patience => "meter-patience",
        });
        let why = match &ch.reason {
            Reason::Technique(id) | Reason::Taboo(id) => c.t(&format!("name-{id}")),
            Reason::Waiting(s) => c.ta("reason-waiting", &[("seconds", (s.round() as i64).into())]),
            Reason::Unheard => c.t("reason-unheard"),
            Reason::CalledFor(id) => c.ta("reason-called-for", &[("name", c.t(&format!("name-{id}")).into())]),
        };
        let part = format!("{meter} {:+.0}", ch.delta);
        match groups.last_mut() {
            Some((w, parts)) if *w == why => parts.push(part),
            _ => groups.push((why, vec![part])),
        }
    }
    groups.into_iter().map(|(why, parts)| format!("{why}: {}", parts.join(" "))).collect::<Vec<_>>().join(" · ")
}

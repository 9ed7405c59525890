//! egui screens. Each screen is a plain function of `(ui, view)` returning the player's
//! [`Action`]s, so it can be tested without Bevy; the systems here only wire them up.

pub mod briefing;
pub mod conversation;
pub mod debrief;
pub mod dispute;
pub mod error;
pub mod picker;
pub mod progress;
pub mod settings;
pub mod title;
pub mod widgets;

use super::content::Content;
use super::records::Progress;
use super::screen::Screen;
use super::session::{Action, Session};
use super::settings::Settings;
use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

/// Read-only things every screen needs: text, settings.
pub struct Ctx<'a> {
    /// Loaded content (UI messages, scenarios).
    pub content: &'a Content,
    /// The player's settings.
    pub settings: &'a Settings,
}

impl Ctx<'_> {
    /// A UI message in the player's language.
    pub fn t(&self, id: &str) -> String {
        self.content.ui.get(self.settings.locale, id)
    }

    /// A UI message with arguments.
    pub fn ta(&self, id: &str, args: &[(&str, fluent::FluentValue)]) -> String {
        self.content.ui.get_args(self.settings.locale, id, args)
    }
}

/// A full-window `Ui` to lay panels into.
pub fn root_ui(ctx: &egui::Context) -> egui::Ui {
    let builder = egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.viewport_rect());
    egui::Ui::new(ctx.clone(), "root".into(), builder)
}

#[expect(clippy::too_many_arguments, reason = "a Bevy system takes its resources as parameters")]
fn draw(
    mut contexts: EguiContexts,
    screen: Res<State<Screen>>,
    content: Res<Content>,
    mut settings: ResMut<Settings>,
    mut session: ResMut<Session>,
    progress: Res<Progress>,
    records: Res<super::records::Records>,
    mut view: Local<picker::PickerView>,
    mut new_name: Local<String>,
    mut review: Local<debrief::Review>,
    mut actions: MessageWriter<Action>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut ui = root_ui(ctx);
    let mut s = settings.bypass_change_detection().clone();
    let out = if *screen.get() == Screen::Settings {
        settings::show(&mut ui, &content.ui, &mut s)
    } else {
        let c = Ctx { content: &content, settings: &s };
        match screen.get() {
            Screen::Title => title::show(&mut ui, &c, records.notice.as_deref(), &progress.profiles, &mut new_name),
            Screen::Picker => picker::show(&mut ui, &c, &mut view, &progress),
            Screen::Briefing => briefing::show(&mut ui, &c, &session),
            Screen::Conversation => {
                if session.dispute.stored != records.disputed {
                    session.dispute.stored.clone_from(&records.disputed);
                }
                conversation::show(&mut ui, &c, &mut session)
            }
            Screen::Debrief => {
                review.stored.clone_from(&records.overridden);
                review.dispute.stored.clone_from(&records.disputed);
                debrief::show(&mut ui, &c, &session, &mut review)
            }
            Screen::Progress => progress::show(&mut ui, &c, &progress),
            Screen::Settings | Screen::Error => error::show(&mut ui, &c),
        }
    };
    if s != *settings {
        if s.text_scale != settings.text_scale {
            super::theme::apply(ctx, &s);
        }
        *settings = s;
    }
    actions.write_batch(out);
    if std::env::var_os("DEFUSE_DEBUG_REPAINT").is_some() && ctx.has_requested_repaint() {
        info!("repaint requested: {:?} events {:?}", ctx.repaint_causes(), ctx.input(|i| i.events.clone()));
    }
    Ok(())
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw);
}

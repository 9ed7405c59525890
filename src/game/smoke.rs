//! Scripted smoke runs for CI and for looking at the game: with `DEFUSE_SMOKE=<file.png>` the
//! game walks to a screen (`DEFUSE_SMOKE_SCREEN`: title, picker, briefing, conversation,
//! debrief), plays the replies in `DEFUSE_SMOKE_REPLIES` (separated by `|`), saves a
//! screenshot and exits.

use super::screen::Screen;
use super::session::Action;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
use bevy::winit::WinitSettings;

/// The scripted walk.
#[derive(Resource, Debug)]
struct Smoke {
    path: String,
    target: String,
    replies: Vec<String>,
    frame: u32,
    shot_at: Option<u32>,
}

const DEFAULT_REPLIES: &str =
    "您好，我是客服小林，非常理解您着急的心情。|请稍等，我马上为您查询物流信息，大约需要两分钟。";

fn step(
    mut smoke: ResMut<Smoke>,
    mut actions: MessageWriter<Action>,
    content: Res<super::content::Content>,
    mut commands: Commands,
    mut exit: MessageWriter<AppExit>,
) {
    smoke.frame += 1;
    let f = smoke.frame;
    let id = std::env::var("DEFUSE_SMOKE_SCENARIO")
        .ok()
        .or_else(|| content.library.scenarios.first().map(|s| s.scenario.id.clone()));
    let target = smoke.target.clone();
    let walk: &[&str] = &["title", "picker", "briefing", "conversation", "debrief"];
    let depth = walk.iter().position(|w| *w == target).unwrap_or(3);
    match f {
        20 if depth >= 1 => {
            actions.write(Action::Open(Screen::Picker));
        }
        30 if depth >= 2 => {
            if let Some(id) = id {
                actions.write(Action::Pick(id));
            }
        }
        40 if depth >= 3 => {
            actions.write(Action::Start);
        }
        n if depth >= 3 && n >= 50 && n < 50 + 10 * smoke.replies.len() as u32 && (n - 50) % 10 == 0 => {
            let r = smoke.replies[((n - 50) / 10) as usize].clone();
            actions.write(Action::Send(r));
        }
        _ => {}
    }
    let typing = if std::env::var_os("DEFUSE_SMOKE_TYPE").is_some() { 150 } else { 0 };
    let ready = 60 + 10 * smoke.replies.len() as u32 + typing;
    if f == ready && waiting_for_driver() {
        smoke.frame -= 1;
    } else if f == ready {
        if depth >= 4 {
            actions.write(Action::Open(Screen::Debrief));
        }
    } else if f == ready + 30 && smoke.shot_at.is_none() {
        let path = smoke.path.clone();
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path));
        smoke.shot_at = Some(f);
        info!("smoke: screenshot requested");
    } else if smoke.shot_at.is_some_and(|s| f > s + 30) {
        println!("screenshot: {}", smoke.path);
        exit.write(AppExit::Success);
    }
}

/// With `DEFUSE_SMOKE_UNTIL=<file>` the conversation stays open for an outside driver (the
/// keyboard test's xdotool) until that file exists.
fn waiting_for_driver() -> bool {
    std::env::var_os("DEFUSE_SMOKE_UNTIL").is_some_and(|f| !std::path::Path::new(&f).exists())
}

/// With `DEFUSE_SMOKE_TYPE=1`: types one character a frame into the reply box for 120 frames
/// once the conversation is open, and prints the mean and worst frame time.
fn typing(
    time: Res<Time>,
    screen: Res<State<Screen>>,
    mut session: ResMut<super::session::Session>,
    mut frames: Local<Vec<f32>>,
) {
    if std::env::var_os("DEFUSE_SMOKE_TYPE").is_none() || *screen.get() != Screen::Conversation {
        return;
    }
    if frames.len() < 120 {
        session.draft.push(if frames.len().is_multiple_of(2) { '您' } else { 'a' });
        frames.push(time.delta_secs() * 1000.0);
        if frames.len() == 120 {
            let mean = frames[10..].iter().sum::<f32>() / (frames.len() - 10) as f32;
            let worst = frames[10..].iter().copied().fold(0.0, f32::max);
            println!("typing: mean frame {mean:.1} ms, worst {worst:.1} ms over {} frames", frames.len() - 10);
        }
    }
}

/// With `DEFUSE_SMOKE_DISPUTE=<kind>:<id>`: once the replies are played, disputes turn 1 that
/// way and opens the "engine missed / misread this" form on the last turn, for a screenshot.
fn dispute(smoke: Res<Smoke>, mut session: ResMut<super::session::Session>, mut actions: MessageWriter<Action>) {
    let Ok(spec) = std::env::var("DEFUSE_SMOKE_DISPUTE") else { return };
    if smoke.frame != 55 + 10 * smoke.replies.len() as u32 {
        return;
    }
    if let Some((kind, id)) = spec.split_once(':')
        && let Ok(kind) = kind.parse()
    {
        actions.write(Action::Dispute { turn: 1, kind, id: id.to_string(), note: String::new() });
    }
    session.dispute.open = Some(smoke.replies.len());
}

fn report(screen: Res<State<Screen>>) {
    if screen.is_changed() {
        info!("smoke: screen {:?}", screen.get());
    }
}

pub(super) fn plugin(app: &mut App) {
    let Ok(path) = std::env::var("DEFUSE_SMOKE") else { return };
    let replies = std::env::var("DEFUSE_SMOKE_REPLIES").unwrap_or_else(|_| DEFAULT_REPLIES.to_string());
    let target = std::env::var("DEFUSE_SMOKE_SCREEN").unwrap_or_else(|_| "conversation".into());
    app.insert_resource(Smoke {
        path,
        target,
        replies: replies.split('|').filter(|r| !r.is_empty()).map(str::to_string).collect(),
        frame: 0,
        shot_at: None,
    })
    .insert_resource(WinitSettings::continuous())
    .add_systems(Update, (step, report, typing, dispute));
}

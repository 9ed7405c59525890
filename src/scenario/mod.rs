//! Scenarios as data: the RON format, loading and checking, the emotion model, the
//! deterministic runtime, grading and golden transcripts. Pure: no Bevy.

pub mod check;
pub mod concrete;
pub mod debrief;
pub mod emotion;
pub mod format;
pub mod golden;
pub mod grade;
pub mod library;
pub mod load;
pub mod reaction;
pub mod runtime;
pub mod words;

pub use emotion::EmotionModel;
pub use format::Scenario;
pub use load::LoadedScenario;
pub use runtime::{Rules, Run, RunLog, TurnResult};

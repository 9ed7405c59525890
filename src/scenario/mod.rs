//! Scenarios as data: the RON format, loading and checking, the emotion model, the
//! deterministic runtime with its transcript memory, grading and golden transcripts. Pure: no Bevy.

pub mod check;
pub mod choice;
pub mod concrete;
pub mod cond;
pub mod debrief;
pub mod emotion;
pub mod format;
pub mod golden;
pub mod grade;
pub mod held;
pub mod library;
pub mod load;
pub mod reaction;
pub mod runtime;
pub mod topic;
pub mod words;

pub use emotion::EmotionModel;
pub use format::Scenario;
pub use load::LoadedScenario;
pub use runtime::{Rules, Run, RunLog, TurnResult};

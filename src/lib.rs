//! Defuse (化解): a training game for e-commerce customer service.
//!
//! The pure core — [`phrasing`], [`scenario`] — never imports Bevy; the game
//! (`game`, behind the default `game` feature) and the command line ([`cli`]) are thin front
//! ends over it.
#![warn(missing_docs)]

/// mimalloc for every binary built on this crate (the game, the CLI, tests and benchmarks):
/// loading the phrasebooks and scoring a reply allocate many small strings, and glibc's
/// allocator spent a fifth of loading in malloc and free.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod cli;
pub mod diag;
#[cfg(feature = "game")]
pub mod game;
pub mod i18n;
pub mod locale;
pub mod paths;
pub mod phrasing;
pub mod records;
pub mod scenario;
pub mod settings;
pub mod text;

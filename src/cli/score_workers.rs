//! The workers behind `defuse score`: one thread per core for the whole stream (so each keeps
//! its regex caches warm), fed chunks of lines in order and handing back their rendered output,
//! which the caller writes in input order while the next chunks are being scored.

use crate::locale::Locale;
use crate::phrasing::{Analysis, Engine};
use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, Sender, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

/// One line's number, analysis and rendered output.
pub type Scored = (usize, Analysis, std::io::Result<Vec<u8>>);

/// A chunk's results, or the payload of a worker's panic.
type Outcome = std::thread::Result<Vec<Scored>>;

/// Lines of one chunk: (line number, text).
pub type Chunk = Vec<(usize, String)>;

/// Lines per chunk: small enough to keep every core busy, large enough that handing chunks
/// over costs nothing.
pub const CHUNK_LINES: usize = 4096;
/// Bytes per chunk (long lines make smaller chunks).
pub const CHUNK_BYTES: usize = 1 << 20;

/// The sending side of the pool: chunks go out numbered, results come back in order.
pub struct Workers {
    jobs: Option<SyncSender<(usize, Chunk)>>,
    results: Receiver<(usize, Outcome)>,
    sent: usize,
    next: usize,
    waiting: BTreeMap<usize, Outcome>,
}

impl Workers {
    /// Starts one worker per core in `scope`; each analyses a chunk's lines (locale `fixed`, or
    /// detected per line by `detect`) and renders them with `render`.
    pub fn start<'scope, 'env>(
        scope: &'scope std::thread::Scope<'scope, 'env>,
        engine: &'env Engine,
        fixed: Option<Locale>,
        detect: fn(&str) -> Locale,
        render: &'env (impl Fn(&mut Vec<u8>, &Analysis, usize) -> std::io::Result<()> + Sync),
    ) -> Workers {
        let n = std::thread::available_parallelism().map_or(1, |n| n.get());
        // At most two chunks a worker in flight: memory stays bounded whatever the input.
        let (jobs, inbox) = sync_channel::<(usize, Chunk)>(2 * n);
        let inbox = Arc::new(Mutex::new(inbox));
        let (done, results) = std::sync::mpsc::channel();
        for _ in 0..n {
            let (inbox, done): (_, Sender<(usize, Outcome)>) = (Arc::clone(&inbox), done.clone());
            scope.spawn(move || {
                while let Some((seq, chunk)) = inbox.lock().ok().and_then(|rx| rx.recv().ok()) {
                    let work =
                        || chunk.iter().map(|(line, text)| one(engine, fixed, detect, render, *line, text)).collect();
                    if done.send((seq, std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)))).is_err() {
                        break;
                    }
                }
            });
        }
        Workers { jobs: Some(jobs), results, sent: 0, next: 0, waiting: BTreeMap::new() }
    }

    /// Hands a chunk to the workers (waits while they are two chunks a worker behind).
    pub fn send(&mut self, chunk: Chunk) {
        if chunk.is_empty() {
            return;
        }
        if let Some(jobs) = &self.jobs
            && jobs.send((self.sent, chunk)).is_ok()
        {
            self.sent += 1;
        }
    }

    /// The next chunk's results in input order: without waiting (`wait` false) only when it is
    /// ready; `None` when nothing more is due. A worker's panic is raised here.
    pub fn next(&mut self, wait: bool) -> Option<Vec<Scored>> {
        while self.next < self.sent && !self.waiting.contains_key(&self.next) {
            let got = if wait { self.results.recv().ok() } else { self.results.try_recv().ok() };
            let (seq, outcome) = got?;
            self.waiting.insert(seq, outcome);
        }
        let outcome = self.waiting.remove(&self.next)?;
        self.next += 1;
        Some(outcome.unwrap_or_else(|p| std::panic::resume_unwind(p)))
    }

    /// No more chunks: the workers stop once the queue is empty.
    pub fn close(&mut self) {
        self.jobs = None;
    }
}

fn one(
    engine: &Engine,
    fixed: Option<Locale>,
    detect: fn(&str) -> Locale,
    render: &impl Fn(&mut Vec<u8>, &Analysis, usize) -> std::io::Result<()>,
    line: usize,
    text: &str,
) -> Scored {
    let a = engine.analyse(text, fixed.unwrap_or_else(|| detect(text)));
    let mut out = Vec::with_capacity(256 + 2 * text.len());
    let written = render(&mut out, &a, line).map(|()| out);
    (line, a, written)
}

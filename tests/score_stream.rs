//! `defuse score` over many chunks: every line comes out once, in input order, and a writer
//! that fails stops the stream with an error naming the line instead of hanging.

use defuse::cli::score::{Format, StreamError, score_stream};
use defuse::i18n::Catalog;
use defuse::phrasing::Engine;

fn setup() -> (Engine, Catalog) {
    (Engine::load_default().expect("phrasebooks load"), Catalog::load_ui(&defuse::paths::locales_dir()).0)
}

/// Many more lines than one worker chunk, Chinese and English, with blank lines between.
fn input(n: usize) -> String {
    (0..n)
        .map(|i| if i % 7 == 3 { "\n".to_string() } else { format!("第{i}位客户您好，我马上帮您查 #{i}\n") })
        .collect()
}

#[test]
fn every_line_comes_out_once_in_input_order() {
    let (engine, catalog) = setup();
    let text = input(20_000);
    let mut out = Vec::new();
    let s = score_stream(&engine, &catalog, None, Format::Jsonl, false, text.as_bytes(), &mut out, |_| {}).unwrap();
    let expected: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    let got: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!((s.lines, s.scored, s.empty), (20_000, expected.len(), 20_000 - expected.len()));
    assert_eq!(got, expected);
}

/// Accepts `left` bytes, then fails.
struct Failing {
    left: usize,
}

impl std::io::Write for Failing {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.left < buf.len() {
            return Err(std::io::Error::other("disk full"));
        }
        self.left -= buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failing_writer_stops_the_stream_with_the_line_it_was_writing() {
    let (engine, catalog) = setup();
    let text = input(20_000);
    let w = Failing { left: 200_000 };
    match score_stream(&engine, &catalog, None, Format::Jsonl, false, text.as_bytes(), w, |_| {}) {
        Err(StreamError::Write { line, .. }) => assert!(line > 1 && line < 20_000, "line {line}"),
        other => panic!("expected a write error, got {:?}", other.map(|s| s.scored)),
    }
}

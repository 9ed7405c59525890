//! xAPI 1.0.3 statements for runs, and a small client for a learning record store (LRS).
//!
//! Each run gives `attempted` (when it started) and, once finished, `completed` plus `passed`
//! or `failed` (passed: score ≥ [`PASS_SCORE`], the bronze medal). The actor is the profile as
//! an account on [`HOME_PAGE`]; the object is the scenario as an Activity
//! `https://defuse.local/scenarios/<id>`. Statement ids are name-based UUIDs (version 5, SHA-1,
//! URL namespace) of the profile, run id, start time and verb, so the same run always gives the
//! same ids and an LRS never stores a run twice.

use super::store::{RunRecord, Store, StoreError};
use base64::Engine;
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashSet};
use std::time::Duration;
use uuid::Uuid;

/// The xAPI version spoken (header `X-Experience-API-Version`).
pub const VERSION: &str = "1.0.3";
/// The account home page of every actor.
pub const HOME_PAGE: &str = "https://defuse.local";
/// Activity ids are this plus the scenario id.
pub const ACTIVITY_BASE: &str = "https://defuse.local/scenarios/";
/// Result extension: technique id → turns that showed it.
pub const EXT_TECHNIQUES: &str = "https://defuse.local/xapi/extensions/techniques";
/// Result extension: taboo id → turns that contained it.
pub const EXT_TABOOS: &str = "https://defuse.local/xapi/extensions/taboos";
/// Result extension: the ending's kind (`resolved`, `escalated`…).
pub const EXT_ENDING: &str = "https://defuse.local/xapi/extensions/ending";
/// Context extension: the run's seed (with the replies it rebuilds the run exactly).
pub const EXT_SEED: &str = "https://defuse.local/xapi/extensions/seed";
/// Context extension: whether patience drained with time.
pub const EXT_TIMED: &str = "https://defuse.local/xapi/extensions/timed";
/// Context extension: the number of turns played.
pub const EXT_TURNS: &str = "https://defuse.local/xapi/extensions/turns";
/// The activity type of a scenario.
pub const ACTIVITY_TYPE: &str = "http://adlnet.gov/expapi/activities/simulation";
/// A finished run with at least this score is `passed`, else `failed`.
pub const PASS_SCORE: u8 = 60;
/// The verbs used, with their ADL IRIs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verb {
    /// The run started.
    Attempted,
    /// The run reached an ending.
    Completed,
    /// The run finished with a passing score.
    Passed,
    /// The run finished below the passing score.
    Failed,
}

impl Verb {
    /// Every verb.
    pub const ALL: [Verb; 4] = [Verb::Attempted, Verb::Completed, Verb::Passed, Verb::Failed];

    /// The short name (`attempted`…), also the English display.
    pub fn key(self) -> &'static str {
        match self {
            Verb::Attempted => "attempted",
            Verb::Completed => "completed",
            Verb::Passed => "passed",
            Verb::Failed => "failed",
        }
    }

    /// The ADL verb IRI.
    pub fn iri(self) -> String {
        format!("http://adlnet.gov/expapi/verbs/{}", self.key())
    }
}

/// One statement with what it was made from.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// The statement id (a UUID).
    pub id: String,
    /// The run's id in its database.
    pub run_id: i64,
    /// The verb.
    pub verb: Verb,
    /// The statement as JSON.
    pub json: Value,
}

/// A version 5 (SHA-1, name-based) UUID of `name` in the URL namespace, lower-case hyphenated.
fn url_uuid(name: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, name.as_bytes()).to_string()
}

/// The stable id of a run's statement with `verb`.
pub fn statement_id(run: &RunRecord, verb: Verb) -> String {
    url_uuid(&format!("{HOME_PAGE}/runs/{}/{}/{}/{}", run.profile, run.id, run.started, verb.key()))
}

/// The run's registration (shared by its statements).
pub fn registration(run: &RunRecord) -> String {
    url_uuid(&format!("{HOME_PAGE}/runs/{}/{}/{}", run.profile, run.id, run.started))
}

/// A stored time (`YYYY-MM-DD HH:MM:SS`, UTC) as an xAPI timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
pub fn timestamp(stored: &str) -> String {
    let t = stored.trim().replacen(' ', "T", 1);
    let has_zone = t.ends_with('Z') || t.get(19..).is_some_and(|rest| rest.contains(['+', '-']));
    if has_zone { t } else { format!("{t}Z") }
}

/// Counts of ids over a run's turns, as a JSON object (sorted by id).
fn counts<'a>(ids: impl Iterator<Item = &'a String>) -> Value {
    let mut m: BTreeMap<&str, u64> = BTreeMap::new();
    for id in ids {
        *m.entry(id).or_default() += 1;
    }
    Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), json!(v))).collect())
}

/// The run's statements: `attempted`, and once finished `completed` and `passed`/`failed`.
/// `titles` maps language tags to the scenario's title (the scenario id is used when empty).
pub fn statements(run: &RunRecord, titles: &BTreeMap<String, String>) -> Vec<Statement> {
    let name: Map<String, Value> = if titles.is_empty() {
        [("en-US".to_string(), json!(run.scenario))].into_iter().collect()
    } else {
        titles.iter().map(|(k, v)| (k.clone(), json!(v))).collect()
    };
    // xAPI needs a non-empty account name; a record with an empty profile is a nameless learner.
    let who = if run.profile.is_empty() { "(unnamed)" } else { run.profile.as_str() };
    let actor = json!({
        "objectType": "Agent",
        "name": who,
        "account": {"homePage": HOME_PAGE, "name": who},
    });
    let object = json!({
        "objectType": "Activity",
        "id": format!("{ACTIVITY_BASE}{}", iri_segment(&run.scenario)),
        "definition": {"type": ACTIVITY_TYPE, "name": name},
    });
    let context = json!({
        "registration": registration(run),
        "platform": "Defuse",
        "language": run.locale,
        "extensions": {EXT_SEED: run.seed, EXT_TIMED: run.timed, EXT_TURNS: run.turns.len()},
    });
    let seconds: f64 = run.turns.iter().map(|t| f64::from(t.waited.max(0.0))).sum();
    let statement = |verb: Verb, when: &str, result: Option<Value>| {
        let mut s = json!({
            "id": statement_id(run, verb),
            "actor": actor,
            "verb": {"id": verb.iri(), "display": {"en-US": verb.key()}},
            "object": object,
            "context": context,
            "version": VERSION,
        });
        // A stored time that is not a time (a damaged or hand-edited database) is left out, or
        // the start time stands in: the timestamp is optional and the LRS adds `stored`.
        if let Some(t) = [when, run.started.as_str()].into_iter().map(timestamp).find(|t| is_timestamp(t)) {
            s["timestamp"] = json!(t);
        }
        if let Some(r) = result {
            s["result"] = r;
        }
        Statement { id: statement_id(run, verb), run_id: run.id, verb, json: s }
    };
    let mut out = vec![statement(Verb::Attempted, &run.started, None)];
    let (Some(score), Some(_)) = (run.score, &run.ending) else { return out };
    let passed = score >= PASS_SCORE;
    let mut extensions = Map::new();
    extensions.insert(EXT_TECHNIQUES.into(), counts(run.turns.iter().flat_map(|t| &t.techniques)));
    extensions.insert(EXT_TABOOS.into(), counts(run.turns.iter().flat_map(|t| &t.taboos)));
    if let Some(kind) = &run.ending_kind {
        extensions.insert(EXT_ENDING.into(), json!(kind));
    }
    let mut result = json!({
        "score": {"scaled": f64::from(score) / 100.0, "raw": score, "min": 0, "max": 100},
        "success": passed,
        "completion": true,
        "extensions": extensions,
    });
    if seconds > 0.0 {
        result["duration"] = json!(format!("PT{:.2}S", seconds));
    }
    let ended = run.ended.as_deref().unwrap_or(&run.started);
    out.push(statement(Verb::Completed, ended, Some(result.clone())));
    out.push(statement(if passed { Verb::Passed } else { Verb::Failed }, ended, Some(result)));
    out
}

/// A path segment for an IRI: shipped scenario ids (`late_parcel`) stay as they are; any other
/// byte (a space, a slash, Chinese in a hand-made id) is percent-encoded.
fn iri_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A UUID in the hyphenated form xAPI asks for.
fn is_uuid(s: &str) -> bool {
    s.len() == 36 && Uuid::try_parse(s).is_ok()
}

fn is_iri(s: &str) -> bool {
    let Some((scheme, rest)) = s.split_once(':') else { return false };
    !scheme.is_empty()
        && scheme.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
        && !rest.is_empty()
        && !s.contains(char::is_whitespace)
}

fn is_lang_map(v: &Value) -> bool {
    v.as_object().is_some_and(|m| !m.is_empty() && m.values().all(Value::is_string))
}

fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    b.len() >= 20
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
        && (s.ends_with('Z') || s[19..].contains(['+', '-']))
}

/// Checks the xAPI 1.0.3 requirements a statement from [`statements`] must meet (id, actor
/// with one identifier, verb, activity, result score bounds, extension keys, timestamp);
/// the first problem found is returned.
pub fn validate(s: &Value) -> Result<(), String> {
    let str_at = |ptr: &str| s.pointer(ptr).and_then(Value::as_str);
    let need = |ok: bool, what: &str| if ok { Ok(()) } else { Err(what.to_string()) };
    need(str_at("/id").is_some_and(is_uuid), "id must be a UUID")?;
    let actor = s.get("actor").ok_or("actor is required")?;
    need(actor.get("objectType").is_none_or(|t| t == "Agent"), "actor must be an Agent")?;
    let ifis = ["mbox", "mbox_sha1sum", "openid", "account"].iter().filter(|k| actor.get(**k).is_some()).count();
    need(ifis == 1, "actor needs exactly one identifier")?;
    if let Some(acc) = actor.get("account") {
        need(acc.get("homePage").and_then(Value::as_str).is_some_and(is_iri), "account.homePage must be an IRL")?;
        need(acc.get("name").and_then(Value::as_str).is_some_and(|n| !n.is_empty()), "account.name is required")?;
    }
    need(str_at("/verb/id").is_some_and(is_iri), "verb.id must be an IRI")?;
    need(s.pointer("/verb/display").is_none_or(is_lang_map), "verb.display must be a language map")?;
    let object = s.get("object").ok_or("object is required")?;
    need(object.get("objectType").is_none_or(|t| t == "Activity"), "object must be an Activity")?;
    need(str_at("/object/id").is_some_and(is_iri), "object.id must be an IRI")?;
    need(s.pointer("/object/definition/name").is_none_or(is_lang_map), "activity name must be a language map")?;
    if let Some(r) = s.get("result") {
        if let Some(score) = r.get("score") {
            let n = |k: &str| score.get(k).and_then(Value::as_f64);
            need(n("scaled").is_none_or(|x| (-1.0..=1.0).contains(&x)), "score.scaled must be within -1..1")?;
            let (min, max, raw) = (n("min"), n("max"), n("raw"));
            need(min.zip(max).is_none_or(|(a, b)| a < b), "score.min must be below score.max")?;
            need(raw.zip(min).is_none_or(|(r, a)| r >= a), "score.raw must not be below score.min")?;
            need(raw.zip(max).is_none_or(|(r, b)| r <= b), "score.raw must not be above score.max")?;
        }
        need(r.get("success").is_none_or(Value::is_boolean), "result.success must be a boolean")?;
        need(r.get("completion").is_none_or(Value::is_boolean), "result.completion must be a boolean")?;
        let keys_ok = r.get("extensions").is_none_or(|e| e.as_object().is_some_and(|m| m.keys().all(|k| is_iri(k))));
        need(keys_ok, "result extension keys must be IRIs")?;
    }
    if let Some(c) = s.get("context") {
        need(
            c.get("registration").is_none_or(|r| r.as_str().is_some_and(is_uuid)),
            "context.registration must be a UUID",
        )?;
        let keys_ok = c.get("extensions").is_none_or(|e| e.as_object().is_some_and(|m| m.keys().all(|k| is_iri(k))));
        need(keys_ok, "context extension keys must be IRIs")?;
    }
    need(str_at("/timestamp").is_none_or(is_timestamp), "timestamp must be ISO 8601 with a zone")?;
    Ok(())
}

/// Why the LRS could not take the statements.
#[derive(Debug, thiserror::Error)]
pub enum LrsError {
    /// The URL or the credentials are not usable.
    #[error("{0}")]
    Config(String),
    /// Nothing answered (down, wrong port, no route, timeout).
    #[error("cannot reach the LRS at {url}: {detail}; is it running, and is the URL right?")]
    Unreachable {
        /// The statements endpoint.
        url: String,
        /// What failed.
        detail: String,
    },
    /// The LRS answered with an error status.
    #[error("the LRS at {url} refused the request: HTTP {status}{hint}{body}")]
    Refused {
        /// The statements endpoint.
        url: String,
        /// The HTTP status.
        status: u16,
        /// What the status usually means.
        hint: &'static str,
        /// The start of the LRS's answer.
        body: String,
    },
    /// The LRS answered 2xx with something that is not what xAPI says.
    #[error("the LRS at {url} gave an unexpected answer: {detail}")]
    BadAnswer {
        /// The statements endpoint.
        url: String,
        /// What was wrong.
        detail: String,
    },
}

/// Standard base64 with padding (for HTTP basic authentication).
pub fn base64(data: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(data)
}

/// A learning record store: its xAPI endpoint (`http://host:port/xAPI`) and credentials.
pub struct Lrs {
    endpoint: String,
    authorization: Option<String>,
    agent: ureq::Agent,
}

impl Lrs {
    /// An LRS at `endpoint` (the xAPI base URL, without `/statements`); `auth` is `USER:PASS`
    /// for HTTP basic authentication.
    pub fn new(endpoint: &str, auth: Option<&str>) -> Result<Lrs, LrsError> {
        let endpoint = endpoint.trim().trim_end_matches('/').to_string();
        let Some((scheme, rest)) = endpoint.split_once("://") else {
            return Err(LrsError::Config(format!("--lrs {endpoint}: not a URL (expected http://host:port/xAPI)")));
        };
        match scheme.to_ascii_lowercase().as_str() {
            "http" => {}
            "https" if cfg!(feature = "lrs-https") => {}
            "https" => {
                return Err(LrsError::Config(format!(
                    "--lrs {endpoint}: this build speaks plain HTTP only; build Defuse with `--features lrs-https` for HTTPS"
                )));
            }
            other => {
                return Err(LrsError::Config(format!("--lrs {endpoint}: unsupported scheme \"{other}\" (use http)")));
            }
        }
        let authorization = match auth {
            None => None,
            Some(a) if a.contains(':') => Some(format!("Basic {}", base64(a.as_bytes()))),
            Some(_) => return Err(LrsError::Config("--auth must be USER:PASS".into())),
        };
        let host = rest.split('/').next().unwrap_or("");
        let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
        let host = if host.starts_with('[') {
            host.split(']').next().unwrap_or("").trim_start_matches('[')
        } else {
            host.split(':').next().unwrap_or("")
        };
        let loopback = host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
        let mut config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_global(Some(Duration::from_secs(120)))
            .user_agent(concat!("defuse/", env!("CARGO_PKG_VERSION")));
        if loopback {
            // A proxy from the environment must not capture a store on this machine.
            config = config.proxy(None);
        }
        Ok(Lrs { endpoint, authorization, agent: config.build().new_agent() })
    }

    /// The xAPI base URL, without a trailing slash (the key under which sent ids are kept).
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    fn statements_url(&self) -> String {
        format!("{}/statements", self.endpoint)
    }

    fn answer(&self, r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Result<Value, LrsError> {
        let url = self.statements_url();
        let mut resp = r.map_err(|e| LrsError::Unreachable { url: url.clone(), detail: unreachable_detail(&e) })?;
        let status = resp.status().as_u16();
        let body = resp.body_mut().read_to_string().unwrap_or_default();
        if !(200..300).contains(&status) {
            let hint = match status {
                401 => " (wrong user or password)",
                403 => " (these credentials may not write statements)",
                404 => " (no xAPI here: the URL should end with the xAPI base, e.g. /xAPI)",
                409 => " (a different statement with the same id is already stored)",
                400 => " (the statements were rejected as invalid)",
                _ => "",
            };
            let body: String = body.trim().chars().take(300).collect();
            let body = if body.is_empty() { body } else { format!(": {body}") };
            return Err(LrsError::Refused { url, status, hint, body });
        }
        if body.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_json::from_str(&body).map_err(|e| LrsError::BadAnswer { url, detail: format!("not JSON ({e})") })
    }

    /// POSTs statements (a JSON array) to `<endpoint>/statements`; returns the ids the LRS
    /// stored.
    pub fn post(&self, statements: &[Value]) -> Result<Vec<String>, LrsError> {
        let body = serde_json::to_vec(statements).map_err(|e| LrsError::Config(e.to_string()))?;
        let mut req = self
            .agent
            .post(self.statements_url())
            .header("X-Experience-API-Version", VERSION)
            .header("Content-Type", "application/json");
        if let Some(a) = &self.authorization {
            req = req.header("Authorization", a);
        }
        let answer = self.answer(req.send(&body[..]))?;
        match answer {
            Value::Array(ids) => Ok(ids.into_iter().filter_map(|v| v.as_str().map(str::to_string)).collect()),
            Value::Null => Ok(statements.iter().filter_map(|s| s["id"].as_str().map(str::to_string)).collect()),
            other => Err(LrsError::BadAnswer {
                url: self.statements_url(),
                detail: format!(
                    "expected an array of statement ids, got {}",
                    other.to_string().chars().take(200).collect::<String>()
                ),
            }),
        }
    }

    /// GETs `<endpoint>/statements?<query>`: one statement for `statementId`, else a
    /// `StatementResult` (`{"statements": […], "more": …}`).
    pub fn get(&self, query: &[(&str, &str)]) -> Result<Value, LrsError> {
        let mut req = self.agent.get(self.statements_url()).header("X-Experience-API-Version", VERSION);
        for (k, v) in query {
            req = req.query(*k, *v);
        }
        if let Some(a) = &self.authorization {
            req = req.header("Authorization", a);
        }
        self.answer(req.call())
    }

    /// One stored statement by id (`GET …/statements?statementId=<id>`); accepts both the
    /// single statement xAPI specifies and a `StatementResult` some stores answer with.
    pub fn statement(&self, id: &str) -> Result<Option<Value>, LrsError> {
        let answer = self.get(&[("statementId", id)])?;
        Ok(match answer.get("statements").and_then(Value::as_array) {
            Some(list) => list.iter().find(|s| s["id"] == id).cloned(),
            None if answer["id"] == id => Some(answer),
            None => None,
        })
    }
}

fn unreachable_detail(e: &ureq::Error) -> String {
    match e {
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => "connection refused".into(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::Timeout(t) => format!("timed out ({t})"),
        other => other.to_string(),
    }
}

/// Why sending stopped.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The LRS failed; `sent` statements were stored and marked before it did.
    #[error("{source} ({sent} statement(s) sent and marked before this; nothing else was marked as sent)")]
    Lrs {
        /// Statements sent and marked before the failure.
        sent: usize,
        /// The LRS's error.
        source: LrsError,
    },
    /// The records database could not be written.
    #[error("{0}")]
    Store(#[from] StoreError),
}

/// What [`send`] did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    /// Statements posted and marked as sent.
    pub sent: usize,
    /// Statements skipped because they were sent before.
    pub skipped: usize,
}

/// Statements per POST.
pub const BATCH: usize = 200;

/// Posts the statements `store` has not yet sent to this LRS (all with `resend`), in batches;
/// each batch the LRS accepts is marked in `xapi_sent` at once, a refused one is not.
pub fn send(store: &Store, lrs: &Lrs, statements: &[Statement], resend: bool) -> Result<Sent, SendError> {
    let already: HashSet<String> = if resend { HashSet::new() } else { store.sent_statements(lrs.endpoint())? };
    let todo: Vec<&Statement> = statements.iter().filter(|s| !already.contains(&s.id)).collect();
    let mut done = Sent { sent: 0, skipped: statements.len() - todo.len() };
    for batch in todo.chunks(BATCH) {
        let json: Vec<Value> = batch.iter().map(|s| s.json.clone()).collect();
        lrs.post(&json).map_err(|source| SendError::Lrs { sent: done.sent, source })?;
        let marks: Vec<(String, i64, String)> =
            batch.iter().map(|s| (s.id.clone(), s.run_id, s.verb.key().to_string())).collect();
        store.mark_sent(lrs.endpoint(), &marks)?;
        done.sent += batch.len();
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::store::TurnRecord;

    #[test]
    fn statement_uuids_match_known_values() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://defuse.local")
        assert_eq!(url_uuid("https://defuse.local"), "ced62e4d-9c0c-5bcd-b2cf-44dd2e365752");
        assert_eq!(
            Uuid::new_v5(&Uuid::NAMESPACE_DNS, b"www.example.com").to_string(),
            "2ed6657d-e927-568b-95e1-2665a8aea6a2"
        );
    }

    #[test]
    fn uuids_are_checked_in_hyphenated_form() {
        assert!(is_uuid("ced62e4d-9c0c-5bcd-b2cf-44dd2e365752"));
        assert!(!is_uuid("ced62e4d9c0c5bcdb2cf44dd2e365752"));
        assert!(!is_uuid("ced62e4d-9c0c-5bcd-b2cf-44dd2e36575g"));
    }

    #[test]
    fn base64_pads() {
        assert_eq!(base64(b"trainer:secret"), "dHJhaW5lcjpzZWNyZXQ=");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"abc"), "YWJj");
        assert_eq!(base64(b""), "");
    }

    #[test]
    fn a_run_whose_stored_times_are_not_times_still_gives_valid_statements() {
        // Found by tests/fuzz.rs: `started` = "" or a scenario id with a space made
        // `defuse export --format xapi` fail.
        for (started, ended) in [("", Some("")), ("2026-13", None), ("yesterday", Some("2026-05-01 08:05:00"))] {
            let mut r = run(Some(80));
            r.started = started.into();
            r.ended = ended.map(str::to_string);
            for s in statements(&r, &BTreeMap::new()) {
                validate(&s.json).unwrap_or_else(|e| panic!("{started:?}: {e}: {}", s.json));
            }
        }
        let mut r = run(Some(80));
        r.scenario = "退货 / return".into();
        for s in statements(&r, &BTreeMap::new()) {
            validate(&s.json).unwrap_or_else(|e| panic!("{e}: {}", s.json));
        }
        assert_eq!(
            statements(&r, &BTreeMap::new())[0].json["object"]["id"],
            format!("{ACTIVITY_BASE}%E9%80%80%E8%B4%A7%20%2F%20return")
        );
        let mut r = run(Some(80));
        r.ended = Some("garbage".into());
        assert_eq!(statements(&r, &BTreeMap::new())[1].json["timestamp"], "2026-05-01T08:00:00Z");
    }

    #[test]
    fn timestamps_get_a_zone() {
        assert_eq!(timestamp("2026-05-01 08:09:10"), "2026-05-01T08:09:10Z");
        assert_eq!(timestamp("2026-05-01T08:09:10+08:00"), "2026-05-01T08:09:10+08:00");
    }

    fn run(score: Option<u8>) -> RunRecord {
        RunRecord {
            id: 7,
            profile: "小林".into(),
            scenario: "late_parcel".into(),
            seed: 3,
            locale: "zh-CN".into(),
            timed: true,
            started: "2026-05-01 08:00:00".into(),
            ended: score.map(|_| "2026-05-01 08:05:00".into()),
            ending: score.map(|_| "resolved".into()),
            ending_kind: score.map(|_| "resolved".into()),
            score,
            turns: vec![TurnRecord {
                turn: 1,
                reply: "您好".into(),
                waited: 4.5,
                beat: "opening".into(),
                phrasing: 80,
                total: 85,
                fit: Some(100),
                calls_for: None,
                techniques: vec!["greeting".into(), "empathy".into()],
                taboos: vec!["commanding".into()],
            }],
        }
    }

    #[test]
    fn a_finished_run_gives_three_valid_stable_statements() {
        let titles: BTreeMap<String, String> = [("zh-CN".to_string(), "快递迟迟不到".to_string())].into();
        let st = statements(&run(Some(72)), &titles);
        let verbs: Vec<Verb> = st.iter().map(|s| s.verb).collect();
        assert_eq!(verbs, [Verb::Attempted, Verb::Completed, Verb::Passed]);
        for s in &st {
            validate(&s.json).unwrap_or_else(|e| panic!("{e}: {}", s.json));
            assert_eq!(s.json["id"], s.id.as_str());
        }
        assert_eq!(st, statements(&run(Some(72)), &titles), "same run, same statements");
        let ids: HashSet<&str> = st.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids.len(), 3);
        let passed = &st[2].json;
        assert_eq!(passed["result"]["score"]["scaled"], 0.72);
        assert_eq!(passed["result"]["extensions"][EXT_TECHNIQUES]["empathy"], 1);
        assert_eq!(passed["timestamp"], "2026-05-01T08:05:00Z");
        assert_eq!(st[0].json["timestamp"], "2026-05-01T08:00:00Z");
        assert_eq!(statements(&run(Some(40)), &titles)[2].verb, Verb::Failed);
        assert_eq!(statements(&run(None), &titles).len(), 1);
    }

    #[test]
    fn validation_catches_missing_and_bad_fields() {
        let good = statements(&run(Some(90)), &BTreeMap::new())[1].json.clone();
        validate(&good).unwrap();
        let broken = |f: &dyn Fn(&mut Value)| {
            let mut s = good.clone();
            f(&mut s);
            validate(&s).is_err()
        };
        assert!(broken(&|s| s["id"] = json!("nope")));
        assert!(broken(&|s| s["actor"]["mbox"] = json!("mailto:a@b.c")));
        assert!(broken(&|s| s["verb"]["id"] = json!("attempted")));
        assert!(broken(&|s| s["result"]["score"]["raw"] = json!(120)));
        assert!(broken(&|s| s["result"]["extensions"]["techniques"] = json!(1)));
        assert!(broken(&|s| s["timestamp"] = json!("2026-05-01 08:00")));
        assert!(broken(&|s| drop(s.as_object_mut().unwrap().remove("object"))));
    }

    #[test]
    fn lrs_urls_are_checked() {
        assert!(Lrs::new("localhost:8100", None).is_err());
        assert!(Lrs::new("ftp://x/xAPI", None).is_err());
        assert!(Lrs::new("http://127.0.0.1:1/xAPI/", Some("nopass")).is_err());
        assert_eq!(Lrs::new("http://127.0.0.1:1/xAPI/", Some("a:b")).unwrap().endpoint(), "http://127.0.0.1:1/xAPI");
    }
}

//! The customer's reaction to what was said, before she goes on with the beat's line: a taboo is
//! named for what it was, a question gets an answer, a time or a plan is acknowledged.
//!
//! Reactions are data. Shared defaults live in `assets/reactions/<locale>.ftl` as
//! `react-<key>-<n>` (key `taboo-<id>`, `technique-<id>` or `concrete`), with temperament
//! variants `react-<temperament>-<key>-<n>`. A scenario's own `.ftl` overrides a key with the
//! same ids, and one beat with `react-<beat>-<key>-<n>`. The variant is picked from the seed and
//! the turn, avoiding reactions already said in the run, so replays repeat and runs vary.

use super::format::Temperament;
use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::phrasing::Analysis;
use crate::phrasing::analysis::TabooHit;
use crate::phrasing::phrasebook::Severity;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Where a reaction's text lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// The scenario's own `.ftl` files.
    Scenario,
    /// The shared `assets/reactions/` files.
    Shared,
}

/// A reaction: which Fluent id, and where to look it up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reaction {
    /// What it reacts to (`taboo-policy_shield`, `technique-when_question`, `concrete`).
    pub key: String,
    /// The Fluent id of the line.
    pub id: String,
    /// Scenario text or shared text.
    pub source: Source,
    /// The answer to a question the reply also asked about one of the scenario's topics, said
    /// after the reaction ("太好了，那就换新的吧！下午两点以后我都在家。").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Box<Reaction>>,
    /// The option a choice answer takes (`$option` in `react-choice-<n>`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub option: Option<String>,
}

impl Reaction {
    /// The Fluent arguments of its line: the option taken, for a choice answer.
    pub fn args(&self) -> Vec<(&'static str, fluent::FluentValue<'_>)> {
        self.option.iter().map(|o| ("option", fluent::FluentValue::from(o.as_str()))).collect()
    }
}

/// Most variants looked for per key.
const MAX_VARIANTS: usize = 20;

/// Techniques that ask the customer something: she answers first.
pub const QUESTIONS: [&str; 3] = ["when_question", "topic_shift", "probing_question"];
/// Techniques that give a time or a plan: she acknowledges it.
const PLANS: [&str; 3] = ["commit_timeline", "offer_alternative", "warm_handoff"];
/// Her words said back for her to confirm: after the questions and plans, before the rest.
const CONFIRM: &str = "paraphrase_confirm";

/// What the reply did that the customer reacts to, most pressing first: the taboos, the
/// options offered, the questions, the times and plans, a paraphrase to confirm, a concrete reply,
/// the style slips (Minor taboos: chat slang, "让您久等了"), then the other techniques.
pub fn keys(a: &Analysis, concrete: bool) -> Vec<String> {
    // A style slip is remarked on only when nothing more pressing was said: after "sorry for the
    // wait, the gift goes out before 5 pm" she takes the time (a blind player's customer asked
    // "so what happens now?" instead).
    let (slips, serious): (Vec<&TabooHit>, Vec<&TabooHit>) =
        a.taboos.iter().partition(|t| t.severity == Severity::Minor);
    let taboo_keys = |hits: Vec<&TabooHit>| {
        let mut keys: Vec<String> = Vec::new();
        for key in hits.iter().map(|t| format!("taboo-{}", t.hit.id)) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
        keys
    };
    let mut keys = taboo_keys(serious);
    let techniques = a.technique_ids();
    // Options offered with a question ("A or B, which suits you?") are a choice: she weighs it.
    if techniques.contains(&"offer_alternative") {
        keys.push("technique-offer_alternative".into());
    }
    for group in [&QUESTIONS[..], &PLANS[..]] {
        let fresh = techniques.iter().filter(|t| group.contains(t) && **t != "offer_alternative");
        keys.extend(fresh.map(|t| format!("technique-{t}")));
    }
    // A time committed in a reply that also asks for facts is what she had been waiting for: she
    // takes it first ("有个准时间就好办了") and sends the facts in her next line, rather than
    // complaining she was asked instead of answered (a blind player's "能辦。明天中午前…").
    if let (Some(ask), Some(time)) =
        (position(&keys, "technique-probing_question"), position(&keys, "technique-commit_timeline"))
    {
        let commit = keys.remove(time);
        keys.insert(ask, commit);
    }
    // Her complaint said back to her ("…想退款对吧？") asks her to confirm it: she does, before
    // reacting to the facts quoted in it (a blind player's paraphrase got a bare "好。").
    if techniques.contains(&CONFIRM) {
        keys.push(format!("technique-{CONFIRM}"));
    }
    if concrete {
        keys.push("concrete".into());
    }
    keys.extend(taboo_keys(slips));
    let rest = |t: &&&str| !QUESTIONS.contains(t) && !PLANS.contains(t) && **t != CONFIRM;
    keys.extend(techniques.iter().filter(rest).map(|t| format!("technique-{t}")));
    keys
}

fn position(keys: &[String], key: &str) -> Option<usize> {
    keys.iter().position(|k| k == key)
}

/// Everything needed to choose a reaction for one reply.
pub struct Choose<'a> {
    /// Keys in order of priority ([`keys`]).
    pub keys: &'a [String],
    /// The beat the reply answered.
    pub beat: &'a str,
    /// The customer's temperament.
    pub temperament: Temperament,
    /// Reaction ids in the scenario's own text.
    pub scenario_ids: &'a BTreeSet<String>,
    /// The shared reactions.
    pub shared: &'a Catalog,
    /// Reactions already said in this run.
    pub said: &'a BTreeSet<String>,
    /// The ids among them that opened a reaction (a topic answered there is not answered again;
    /// one answered further on is, when asked again outright).
    pub led: &'a BTreeSet<String>,
    /// A number from the run's seed and the turn.
    pub roll: u64,
    /// What the reply asked about (the scenario's topics and the shared ones), per key.
    pub asked: &'a super::topic::Asked,
}

/// Most answers said after the reaction, in one line.
const MAX_ANSWERS: usize = 2;

/// The reaction for the first key that has any line, or None when nothing fits. After it she
/// answers the other topics the reply asked about (a blind player's "您是住在市区还是乡镇？" after
/// an offer went unanswered; "Same address? And how old is he turning?" got the address only),
/// then, when the reaction answered a topic, the rest of what was asked; after naming a taboo, the
/// question with the case's facts.
pub fn choose(c: &Choose) -> Option<Reaction> {
    let (mut first, topic) = pick(c)?;
    let mut then = topic_answers(c, topic.iter().cloned().collect());
    let chose = choice(c, &first, topic.is_some());
    if is_question(&first.key)
        && topic.is_some()
        && c.asked.elsewhere.contains(&first.key)
        && then.len() < MAX_ANSWERS
        && chose.is_none()
    {
        then.extend(plain(c, &first.key));
    }
    // The option she takes answers the question itself, or comes first after the reaction.
    match chose {
        Some((answer, true)) => first = answer,
        Some((answer, false)) => {
            then.insert(0, answer);
            then.truncate(MAX_ANSWERS);
        }
        None => {}
    }
    // "这对你是小事，对我可不是。箱子里就只有炸锅和说明书": a blind player's question was lost behind the taboo.
    if first.key.starts_with("taboo-") && then.is_empty() {
        let asked = c.keys.iter().filter(|k| is_question(k));
        then.extend(asked.filter_map(|k| Some(reaction(c, k, &in_scenario(c, k, None)?, Source::Scenario))).take(1));
    }
    // She does not say her piece again when she has an answer to give instead: "message or
    // phone?" after her choice of a refund got a second refund line (a blind player's run).
    if topic.is_none() && !first.key.starts_with("taboo-") && said_before(c, &first) && !then.is_empty() {
        first = then.remove(0);
    }
    Some(chained(first, then))
}

/// The answers to the topics asked that `told` does not hold yet, in the order asked, at most
/// [`MAX_ANSWERS`].
fn topic_answers(c: &Choose, mut told: Vec<String>) -> Vec<Reaction> {
    let mut then: Vec<Reaction> = Vec::new();
    for k in c.keys.iter().filter(|k| is_question(k)) {
        while then.len() < MAX_ANSWERS {
            let Some((t, ids, source)) = on_topic(c, k, &told) else { break };
            told.push(t);
            then.push(reaction(c, k, &ids, source));
        }
    }
    then
}

/// `first` with `then` said after it, in order: each answer carries the next.
fn chained(mut first: Reaction, then: Vec<Reaction>) -> Reaction {
    for mut a in then.into_iter().rev() {
        a.answer = first.answer.take();
        first.answer = Some(Box::new(a));
    }
    first
}

/// Her answer to the choice the reply offered, and whether it takes the place of `first`: it
/// does when `first` only reacted to the asking (a question or an offer, about no topic) and the
/// choice is all that was asked. None without a choice, or when `first` is the scenario's own
/// word on the offer or the question, said for the first time (damaged_parcel's "那就补发吧，孩子就
/// 等着这个呢").
fn choice(c: &Choose, first: &Reaction, topic: bool) -> Option<(Reaction, bool)> {
    let option = c.asked.choice.as_ref()?.option.clone();
    let offer = first.key == "technique-offer_alternative";
    // The scenario's own answer to the asking says what she wants ("Where do they rub, the heel or
    // the toes?" → "…rubbed my heels raw"), unless she has said her piece already.
    if (offer || is_question(&first.key)) && first.source == Source::Scenario && !said_before(c, first) {
        return None;
    }
    let ids = in_shared(c, "choice", None)?;
    let answer = Reaction { option: Some(option), ..reaction(c, "choice", &ids, Source::Shared) };
    let instead = (offer || is_question(&first.key)) && !topic && c.asked.only_choice;
    Some((answer, instead))
}

/// Whether a line of `r`'s (any variant of its id) was said before in the run.
fn said_before(c: &Choose, r: &Reaction) -> bool {
    let family = |id: &str| id.rsplit_once('-').map_or(id.to_string(), |(head, _)| head.to_string());
    let mine = family(&r.id);
    c.said.iter().any(|id| family(id) == mine)
}

/// Whether reaction key `key` is a question the customer answers (`technique-<QUESTIONS>`).
pub fn is_question(key: &str) -> bool {
    key.strip_prefix("technique-").is_some_and(|t| QUESTIONS.contains(&t))
}

/// The reaction for the first key with any line, and the topic it answers: about a topic asked
/// of it, else [`plain`].
fn pick(c: &Choose) -> Option<(Reaction, Option<String>)> {
    c.keys.iter().find_map(|key| match on_topic(c, key, &[]) {
        Some((t, ids, source)) => Some((reaction(c, key, &ids, source), Some(t))),
        None => plain(c, key).map(|r| (r, None)),
    })
}

/// The reaction to `key` about no topic: the scenario's own (this beat's, else the whole
/// scenario's), then the shared ones (this temperament's first).
fn plain(c: &Choose, key: &str) -> Option<Reaction> {
    let found = in_scenario(c, key, None)
        .map(|ids| (ids, Source::Scenario))
        .or_else(|| Some((in_shared(c, key, None)?, Source::Shared)));
    found.map(|(ids, source)| reaction(c, key, &ids, source))
}

/// The scenario's variants for `key` (about `topic` when given): this beat's, else the scenario's.
fn in_scenario(c: &Choose, key: &str, topic: Option<&str>) -> Option<Vec<String>> {
    let tail = topic.map_or(String::new(), |t| format!("-{t}"));
    let has = |id: &str| c.scenario_ids.contains(id);
    [format!("react-{}-{key}{tail}", c.beat), format!("react-{key}{tail}")]
        .iter()
        .map(|prefix| variants(has, prefix))
        .find(|v| !v.is_empty())
}

/// The answer to question `key` about the first topic it was asked about that has one: the
/// scenario's, then the shared ones. An answer written for another kind of question serves too
/// ("When is his birthday?" heard as a topic shift still gets the birthday).
fn on_topic(c: &Choose, key: &str, told: &[String]) -> Option<(String, Vec<String>, Source)> {
    let kinds = || std::iter::once(key.to_string()).chain(QUESTIONS.iter().map(|q| format!("technique-{q}")));
    // A topic she has answered in this run is not answered again: "shall I send it before the
    // birthday, or refund?" does not ask the birthday a second time (a blind player's run).
    // One she answered further on in a line is answered again only when asked again outright
    // ("快递员打订单上的手机号可以吗？"), not when named in passing ("您和闺蜜还是同款").
    let again = |t: &String| c.asked.direct.contains(t) || !c.said.iter().any(|id| answers(id, t));
    let fresh = |t: &&String| !told.contains(*t) && !c.led.iter().any(|id| answers(id, t)) && again(t);
    c.asked.per.get(key)?.iter().filter(fresh).find_map(|t| {
        let scenario = kinds().find_map(|k| in_scenario(c, &k, Some(t))).map(|ids| (ids, Source::Scenario));
        let found =
            scenario.or_else(|| kinds().find_map(|k| in_shared(c, &k, Some(t))).map(|ids| (ids, Source::Shared)));
        found.map(|(ids, source)| (t.clone(), ids, source))
    })
}

/// Whether reaction `id` answers `topic` (`react-…-<topic>-<n>`).
fn answers(id: &str, topic: &str) -> bool {
    let Some((head, n)) = id.rsplit_once('-') else { return false };
    n.bytes().all(|b| b.is_ascii_digit()) && head.strip_suffix(topic).is_some_and(|h| h.ends_with('-'))
}

/// The shared variants for `key` (about `topic` when given): this temperament's, else the default.
fn in_shared(c: &Choose, key: &str, topic: Option<&str>) -> Option<Vec<String>> {
    let tail = topic.map_or(String::new(), |t| format!("-{t}"));
    let temperament = format!("{:?}", c.temperament).to_lowercase();
    let has = |id: &str| c.shared.has(Locale::ZhCn, id);
    [format!("react-{temperament}-{key}{tail}"), format!("react-{key}{tail}")]
        .iter()
        .map(|prefix| variants(has, prefix))
        .find(|v| !v.is_empty())
}

/// One of `ids` as the reaction to `key`, preferring a line not said yet in the run.
fn reaction(c: &Choose, key: &str, ids: &[String], source: Source) -> Reaction {
    let fresh: Vec<&String> = ids.iter().filter(|id| !c.said.contains(*id)).collect();
    let pool: Vec<&String> = if fresh.is_empty() { ids.iter().collect() } else { fresh };
    let id = pool[(c.roll % pool.len() as u64) as usize].clone();
    Reaction { key: key.to_string(), id, source, answer: None, option: None }
}

fn variants(has: impl Fn(&str) -> bool, prefix: &str) -> Vec<String> {
    (1..=MAX_VARIANTS).map(|n| format!("{prefix}-{n}")).take_while(|id| has(id)).collect()
}

/// The reaction's words in `locale`, its answer included.
pub fn text(r: &Reaction, scenario: &Catalog, shared: &Catalog, locale: Locale) -> String {
    joined(r, locale, |r| match r.source {
        Source::Scenario => scenario.get(locale, &r.id),
        Source::Shared => shared.get_args(locale, &r.id, &r.args()),
    })
}

/// A reaction and its answers as one line, each looked up by `words` (Chinese runs on, English
/// takes a space).
pub fn joined(r: &Reaction, locale: Locale, words: impl Fn(&Reaction) -> String) -> String {
    let mut out = words(r);
    let mut next = r.answer.as_deref();
    while let Some(a) = next {
        if locale == Locale::EnUs {
            out.push(' ');
        }
        out.push_str(&words(a));
        next = a.answer.as_deref();
    }
    out
}

/// The shared reactions from an assets folder (`assets/reactions/<locale>.ftl`).
pub fn load_shared(assets: &std::path::Path) -> Result<Catalog, String> {
    let mut cat = Catalog::new();
    for locale in Locale::ALL {
        let path = assets.join("reactions").join(format!("{}.ftl", locale.tag()));
        let diags = cat.add_file(locale, &path);
        if let Some(d) = diags.iter().find(|d| d.is_error()) {
            return Err(d.to_string());
        }
    }
    Ok(cat)
}

/// The shared topics (`assets/reactions/topics.ron`: name → words), which any scenario's
/// customer answers with the shared `react-technique-<question>-<topic>-<n>` lines unless the
/// scenario names the topic itself. A missing file is no topics.
pub fn load_topics(assets: &std::path::Path) -> Result<BTreeMap<String, Vec<String>>, String> {
    let path = assets.join("reactions").join("topics.ron");
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(format!("{}: cannot read: {e}", path.display())),
    };
    ron::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: error: {} (expected a map of topic names to lists of words)",
            path.display(),
            e.span.start.line,
            e.span.start.col,
            e.code
        )
    })
}

/// The reaction ids (`react-…`) defined in Fluent source text.
pub fn ids_in(ftl: &str) -> impl Iterator<Item = String> + '_ {
    ftl.lines().filter(|l| l.starts_with("react-")).filter_map(|l| l.split('=').next()).map(|id| id.trim().to_string())
}

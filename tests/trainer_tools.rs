//! The trainer's toolkit: `defuse new`, `graph`, `review`, `lint`, `schema`, and the exact
//! messages `defuse check` gives for the mistakes trainers make.
//!
//! The broken scenarios are built in a temporary folder by editing the text of
//! `scenarios/late_parcel`. Each snapshot is the checker's complete output with the folder
//! replaced by `<dir>`; the line and column are computed from the edited text (where the mistake
//! is), so the snapshots stay exact when late_parcel itself gains lines.

use defuse::cli::graph::Graph;
use defuse::cli::lint::lint_dir;
use defuse::cli::new::{ChannelArg, copy_scenario, create, validate_id};
use defuse::cli::review::review_dir;
use defuse::cli::words::Words;
use defuse::scenario::check::check;
use defuse::scenario::library::default_rules;
use defuse::scenario::load::{load, parse};
use defuse::text::line_col;
use std::path::{Path, PathBuf};
use std::process::Command;

const EXAMPLE: &str = "tests/data/fixture/late_parcel";

/// A copy of late_parcel in a temporary folder, with each file edited.
struct Copy {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    dir: PathBuf,
    ron: String,
}

fn copy_example(ron: impl Fn(&str) -> String, zh: impl Fn(&str) -> String, en: impl Fn(&str) -> String) -> Copy {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().to_path_buf();
    let dir = root.join("late_parcel");
    std::fs::create_dir(&dir).unwrap();
    let read = |f: &str| std::fs::read_to_string(Path::new(EXAMPLE).join(f)).unwrap();
    let ron_text = ron(&read("scenario.ron"));
    std::fs::write(dir.join("scenario.ron"), &ron_text).unwrap();
    std::fs::write(dir.join("zh-CN.ftl"), zh(&read("zh-CN.ftl"))).unwrap();
    std::fs::write(dir.join("en-US.ftl"), en(&read("en-US.ftl"))).unwrap();
    Copy { _tmp: tmp, root, dir, ron: ron_text }
}

/// The command line's words in English.
fn english() -> Words {
    Words::load(Some("en-US")).unwrap()
}

fn same(s: &str) -> String {
    s.to_string()
}

/// `old` replaced by `new` once; panics when late_parcel no longer has `old` (update the test).
fn edit(s: &str, old: &str, new: &str) -> String {
    assert!(s.contains(old), "late_parcel no longer contains {old:?}");
    s.replacen(old, new, 1)
}

/// Every diagnostic `defuse check` gives (load errors or check results), with the folder as `<dir>`.
fn check_dir(c: &Copy) -> Vec<String> {
    let rules = default_rules().unwrap();
    let diags = match load(&c.dir) {
        Ok(ls) => check(&ls, Some(&rules)),
        Err(d) => d,
    };
    let root = c.root.display().to_string();
    diags.iter().map(|d| d.to_string().replace(&root, "<dir>")).collect()
}

/// Line and column of the first `needle` in `text` (after `after`, when given).
fn pos(text: &str, needle: &str, after: Option<&str>) -> (usize, usize) {
    let from = after.map_or(0, |a| text.find(a).unwrap_or_else(|| panic!("{a:?} not found")));
    let at = text[from..].find(needle).unwrap_or_else(|| panic!("{needle:?} not found")) + from;
    line_col(text, at)
}

fn ron_at((line, col): (usize, usize), rest: &str) -> String {
    format!("<dir>/late_parcel/scenario.ron:{line}:{col}: {rest}")
}

// ───────────────────────── the checker's messages ─────────────────────────

#[test]
fn snapshot_misspelt_technique() {
    let c = copy_example(
        |s| edit(s, "trains: [\"when_question\", \"empathy\"", "trains: [\"when_question\", \"empahty\""),
        same,
        same,
    );
    let at = pos(&c.ron, "\"empahty\"", None);
    assert_eq!(check_dir(&c), [ron_at(at, "error: unknown technique id \"empahty\" (did you mean \"empathy\"?)")]);
}

#[test]
fn snapshot_misspelt_technique_in_a_branch() {
    let c = copy_example(
        |s| edit(s, "Used(\"apology\"), Used(\"greeting\")", "Used(\"apolgy\"), Used(\"greeting\")"),
        same,
        same,
    );
    let at = pos(&c.ron, "\"apolgy\"", None);
    assert_eq!(
        check_dir(&c),
        [ron_at(at, "error: unknown technique or taboo id \"apolgy\" (did you mean \"apology\"?)")]
    );
}

#[test]
fn snapshot_misspelt_goto() {
    let c = copy_example(|s| edit(s, "goto: \"solution\"", "goto: \"soluton\""), same, same);
    let at = pos(&c.ron, "\"soluton\"", None);
    assert_eq!(
        check_dir(&c),
        [ron_at(
            at,
            "error: branch goes to \"soluton\", which is neither a beat nor an ending (did you mean \"solution\"?)"
        )]
    );
}

#[test]
fn snapshot_misspelt_limit_ending() {
    let c = copy_example(|s| edit(s, "patience_out: Some(\"left\")", "patience_out: Some(\"lefft\")"), same, same);
    let at = pos(&c.ron, "\"lefft\"", None);
    assert_eq!(check_dir(&c), [ron_at(at, "error: limit ending \"lefft\" is not an ending (did you mean \"left\"?)")]);
}

#[test]
fn snapshot_missing_comma() {
    let c = copy_example(|s| edit(s, "difficulty: Easy,", "difficulty: Easy"), same, same);
    let (line, _) = pos(&c.ron, "difficulty: Easy", None);
    let col = "    difficulty: Easy".chars().count() + 1;
    assert_eq!(
        check_dir(&c),
        [ron_at((line, col), &format!("error: Expected comma: a comma is probably missing at the end of line {line}"))]
    );
}

#[test]
fn snapshot_unknown_field() {
    let c = copy_example(|s| edit(s, "patience_drain: 0.2,", "patience_drian: 0.2,"), same, same);
    let at = pos(&c.ron, "patience_drian", None);
    assert_eq!(
        check_dir(&c),
        [ron_at(
            at,
            "error: unknown field `patience_drian` in Scenario (did you mean `patience_drain`?); the fields are: id, \
             title, briefing, channel, difficulty, trains, tags, persona, patience_drain, case, effects, limits, start, \
             beats, endings, tests, topics"
        )]
    );
}

#[test]
fn snapshot_misspelt_choice_from_a_fixed_set() {
    let c = copy_example(|s| edit(s, "temperament: Amiable", "temperament: Amiabel"), same, same);
    let at = pos(&c.ron, "Amiabel", None);
    assert_eq!(
        check_dir(&c),
        [ron_at(
            at,
            "error: unknown value `Amiabel` in Temperament (did you mean `Amiable`?); use one of: Dominant, \
             Expressive, Amiable, Analytical"
        )]
    );
}

#[test]
fn snapshot_optional_value_without_some() {
    let c = copy_example(|s| edit(s, "anger_max: Some(\"escalated\")", "anger_max: \"escalated\""), same, same);
    // RON points at the space before the value, one column left of the quote.
    let (line, col) = pos(&c.ron, "\"escalated\"", Some("anger_max:"));
    assert_eq!(check_dir(&c), [ron_at((line, col - 1), "error: expected an optional value: write Some(…) or None")]);
}

#[test]
fn snapshot_missing_fluent_message() {
    let drop_line =
        |s: &str| s.lines().filter(|l| !l.starts_with("upset-2 ")).map(|l| format!("{l}\n")).collect::<String>();
    let c = copy_example(same, same, drop_line);
    let at = pos(&c.ron, "\"upset-2\"", None);
    assert_eq!(
        check_dir(&c),
        [ron_at(at, "error: message \"upset-2\" is missing from <dir>/late_parcel/en-US.ftl; add `upset-2 = …` there")]
    );
}

#[test]
fn snapshot_unreachable_beat() {
    let orphan = "\"orphan\": Beat(\n            lines: [\"orphan-1\", \"orphan-2\"],\n            branches: [Branch(when: Always, goto: \"resolved\")],\n        ),\n        \"wrapup\": Beat(";
    let add = |s: &str| format!("{s}orphan-1 = …\norphan-2 = …\n");
    let c = copy_example(|s| edit(s, "\"wrapup\": Beat(", orphan), add, add);
    let at = pos(&c.ron, "\"orphan\"", None);
    assert_eq!(check_dir(&c), [ron_at(at, "warning: beat \"orphan\" can never be reached from \"opening\"")]);
}

#[test]
fn snapshot_meter_out_of_range() {
    let c = copy_example(|s| edit(s, "anger: 45", "anger: 145"), same, same);
    let at = pos(&c.ron, "anger: 145", None);
    assert_eq!(check_dir(&c), [ron_at(at, "error: starting anger is 145: meters run from 0 to 100")]);
}

#[test]
fn snapshot_duplicate_fluent_id() {
    let c = copy_example(same, same, |s| format!("{s}title = The parcel, again\n"));
    assert_eq!(
        check_dir(&c),
        [
            "<dir>/late_parcel/en-US.ftl:50:1: warning: message \"title\" is defined again here; the first definition (line 1) is used"
        ]
    );
}

#[test]
fn snapshot_taboo_in_calls_for() {
    let c = copy_example(
        |s| edit(s, "calls_for: [\"apology\", \"empathy\"]", "calls_for: [\"apology\", \"policy_shield\"]"),
        same,
        same,
    );
    let at = pos(&c.ron, "\"policy_shield\"", Some("\"upset\": Beat"));
    assert_eq!(
        check_dir(&c),
        [ron_at(at, "error: \"policy_shield\" is a taboo; only techniques can be trained or called for")]
    );
}

// ───────────────────────── defuse new ─────────────────────────

fn check_clean(dir: &Path) {
    let rules = default_rules().unwrap();
    let ls = load(dir).unwrap_or_else(|d| panic!("{d:#?}"));
    assert!(!ls.scenario.tests.is_empty(), "the template carries golden transcripts");
    let diags: Vec<String> = check(&ls, Some(&rules)).iter().map(ToString::to_string).collect();
    assert!(diags.is_empty(), "{diags:#?}");
}

#[test]
fn new_scenarios_pass_check_at_once() {
    let tmp = tempfile::tempdir().unwrap();
    for (id, channel) in [("first_chat", ChannelArg::Chat), ("first_call", ChannelArg::Phone)] {
        let dir = create(tmp.path(), id, channel).unwrap();
        check_clean(&dir);
        let s = parse(&std::fs::read_to_string(dir.join("scenario.ron")).unwrap(), &dir).unwrap();
        assert_eq!(s.id, id);
        assert!((3..=4).contains(&s.beats.len()), "3-4 beats");
        assert!(s.beats.values().all(|b| b.lines.len() == 2 && !b.choices.is_empty()));
        assert!(s.limits.anger_max.is_some() && !s.case.order.is_empty());
    }
    let ron = std::fs::read_to_string(tmp.path().join("first_call/scenario.ron")).unwrap();
    assert!(ron.contains("channel: Phone") && ron.contains("// "), "commented, on the phone");
}

#[test]
fn new_refuses_to_overwrite_and_explains_bad_ids() {
    let tmp = tempfile::tempdir().unwrap();
    create(tmp.path(), "taken", ChannelArg::Chat).unwrap();
    std::fs::write(tmp.path().join("taken/zh-CN.ftl"), "mine").unwrap();
    let e = create(tmp.path(), "taken", ChannelArg::Chat).unwrap_err();
    assert!(e.contains("already exists; nothing was changed"), "{e}");
    assert_eq!(std::fs::read_to_string(tmp.path().join("taken/zh-CN.ftl")).unwrap(), "mine");
    assert_eq!(
        validate_id("Refund-Delay").unwrap_err(),
        "scenario id \"Refund-Delay\" is not valid: use lowercase letters a-z, digits 0-9 and underscores _, \
         starting with a letter (for example refund_delay); did you mean \"refund_delay\"?"
    );
    assert!(validate_id("退款").is_err() && validate_id("").is_err() && validate_id("9lives").is_err());
    assert!(validate_id("refund_delay_2").is_ok());
}

#[test]
fn new_from_copies_and_renames() {
    let c = copy_example(same, same, same);
    let dir = copy_scenario(&c.root, "late_parcel", "late_parcel_hard").unwrap();
    check_clean(&dir);
    let ron = std::fs::read_to_string(dir.join("scenario.ron")).unwrap();
    assert_eq!(ron, edit(&c.ron, "id: \"late_parcel\",", "id: \"late_parcel_hard\","), "only the id changes");
    let e = copy_scenario(&c.root, "late_parcle", "x").unwrap_err();
    assert!(e.contains("no scenario \"late_parcle\"") && e.contains("did you mean \"late_parcel\"?"), "{e}");
    let e = copy_scenario(&c.root, "late_parcel", "late_parcel_hard").unwrap_err();
    assert!(e.contains("already exists"), "{e}");
}

// ───────────────────────── defuse graph ─────────────────────────

#[test]
fn graph_shows_every_beat_and_ending() {
    let source = std::fs::read_to_string(Path::new(EXAMPLE).join("scenario.ron")).unwrap();
    let s = parse(&source, Path::new(EXAMPLE)).unwrap();
    let g = Graph::build(&s);
    let (dot, mermaid) = (g.dot(), g.mermaid());
    for id in s.beats.keys().chain(s.endings.keys()) {
        assert!(dot.contains(&format!("label=\"{id}\\n")), "dot lacks {id}");
        assert!(mermaid.contains(&format!("\"{id}<br/>")), "mermaid lacks {id}");
    }
    assert!(dot.contains("Used(empathy) | Used(apology)"), "conditions are readable");
    assert!(dot.contains("style=dashed"), "limit endings are dashed");
    for svg in pictures(&g) {
        for id in s.beats.keys().chain(s.endings.keys()) {
            assert_eq!(node_state(&svg, id), Some("reachable"), "svg lacks {id}");
        }
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
        assert!(svg.contains("Used(empathy) | Used(apology)"), "conditions on the arrows");
    }
}

/// The SVG pictures this machine can make: layout-rs's, and Graphviz's when `dot` is installed.
fn pictures(g: &Graph) -> Vec<String> {
    let mut out = vec![defuse::cli::graph::svg::layered(g)];
    out.extend(defuse::cli::graph::svg::graphviz(g));
    out
}

/// The state class (`reachable`, `unreachable`, `missing`) of the node drawn for `id`.
fn node_state<'a>(svg: &'a str, id: &str) -> Option<&'a str> {
    // Graphviz writes the id's hyphen as `&#45;`.
    let id = format!("node(?:-|&#45;){id}");
    let re =
        regex::Regex::new(&format!(r#"<g (?:id="{id}" class="node (\w+)"|class="node (\w+)" id="{id}")"#)).unwrap();
    let c = re.captures(svg)?;
    c.get(1).or(c.get(2)).map(|m| m.as_str())
}

#[test]
fn graph_marks_unreachable_and_missing() {
    let orphan = "\"orphan\": Beat(lines: [\"o-1\", \"o-2\"], branches: [Branch(when: All([Used(\"empathy\"), Below(Anger, 50)]), goto: \"nowhere\")]),\n        \"wrapup\": Beat(";
    let c = copy_example(|s| edit(s, "\"wrapup\": Beat(", orphan), same, same);
    let s = parse(&c.ron, &c.dir).unwrap();
    let g = Graph::build(&s);
    for svg in pictures(&g) {
        assert_eq!(node_state(&svg, "orphan"), Some("unreachable"), "grey and dashed");
        assert_eq!(node_state(&svg, "nowhere"), Some("missing"));
        assert!(svg.contains("Used(empathy) &amp; anger&lt;50"));
    }
    assert!(g.dot().contains("style=\"rounded,dashed\", color=grey"));
    let mermaid = g.mermaid();
    let class_line = mermaid
        .lines()
        .find(|l| l.trim_end().ends_with(" unreachable") && l.trim_start().starts_with("class "))
        .unwrap();
    let orphan = g.nodes.iter().position(|n| n.id == "orphan").unwrap();
    assert!(class_line.contains(&format!("n{orphan}")), "{class_line}");
}

// ───────────────────────── defuse review ─────────────────────────

#[test]
fn review_flags_one_sided_and_mismatched_messages() {
    let clean = review_dir(Path::new(EXAMPLE), &english());
    assert_eq!(clean.flagged(), 0, "{:#?}", clean.rows.iter().filter(|r| !r.flags.is_empty()).collect::<Vec<_>>());
    let c = copy_example(
        same,
        |s| {
            edit(s, "title = ", "title = 第 { $days } 天：")
                .lines()
                .filter(|l| !l.starts_with("upset-2 "))
                .map(|l| format!("{l}\n"))
                .collect()
        },
        same,
    );
    let r = review_dir(&c.dir, &english());
    let flags = |id: &str| r.rows.iter().find(|row| row.id == id).map(|row| row.flags.clone()).unwrap_or_default();
    assert_eq!(flags("title"), ["placeholders differ: zh-CN has { $days }, en-US has none"]);
    assert_eq!(flags("upset-2"), ["only in en-US: add it to zh-CN.ftl"]);
    assert_eq!(r.flagged(), 2);
    let out = Command::new(env!("CARGO_BIN_EXE_defuse"))
        .args(["review", "--format", "markdown"])
        .arg(&c.dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("| `upset-2` | — |"), "{md}");
    let ok = Command::new(env!("CARGO_BIN_EXE_defuse")).args(["review", EXAMPLE]).output().unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stderr));
}

// ───────────────────────── defuse lint ─────────────────────────

#[test]
fn lint_fix_makes_a_broken_scenario_pass_and_is_idempotent() {
    let drop = |prefixes: &'static [&'static str]| {
        move |s: &str| {
            s.lines()
                .filter(|l| !prefixes.iter().any(|p| l.starts_with(p)))
                .map(|l| format!("{l}\n"))
                .collect::<String>()
        }
    };
    let c = copy_example(
        |s| {
            edit(
                s,
                "trains: [\"when_question\", \"empathy\"",
                "trains: [\"when_question\", \"empathy\", \"when_question\"",
            )
        },
        drop(&["choice-facts-bad "]),
        drop(&["upset-2 ", "end-left "]),
    );
    assert!(check_dir(&c).iter().filter(|d| d.contains(": error: ")).count() == 3, "{:#?}", check_dir(&c));

    let dry = lint_dir(&c.dir, false, &english()).unwrap();
    assert_eq!(dry.findings.len(), 4, "{:#?}", dry.findings);
    assert_eq!(std::fs::read_to_string(c.dir.join("scenario.ron")).unwrap(), c.ron, "a dry run changes nothing");

    let fixed = lint_dir(&c.dir, true, &english()).unwrap();
    assert_eq!(fixed.findings.len(), 4);
    assert!(check_dir(&c).iter().all(|d| !d.contains(": error: ")), "{:#?}", check_dir(&c));
    let en = std::fs::read_to_string(c.dir.join("en-US.ftl")).unwrap();
    assert!(en.contains("\nupset-2 = TODO(en-US): "), "{en}");
    let zh = std::fs::read_to_string(c.dir.join("zh-CN.ftl")).unwrap();
    assert!(zh.contains("\nchoice-facts-bad = TODO(zh-CN): "), "{zh}");
    let ron = std::fs::read_to_string(c.dir.join("scenario.ron")).unwrap();
    let trains = ron.lines().find(|l| l.trim_start().starts_with("trains:")).unwrap();
    let list: Vec<&str> = trains.split('"').skip(1).step_by(2).collect();
    let rank = |id: &&str| defuse::phrasing::ids::TECHNIQUES.iter().position(|t| t == id);
    let mut sorted = list.clone();
    sorted.sort_by_key(rank);
    sorted.dedup();
    assert_eq!(list, sorted, "in the manual's order, without duplicates");
    assert_eq!(ron.lines().count(), c.ron.lines().count(), "only the trains line changes");
    assert!(ron.starts_with("// "), "comments are kept");

    let snapshot =
        |d: &Path| ["scenario.ron", "zh-CN.ftl", "en-US.ftl"].map(|f| std::fs::read_to_string(d.join(f)).unwrap());
    let before = snapshot(&c.dir);
    let again = lint_dir(&c.dir, true, &english()).unwrap();
    assert!(again.findings.is_empty(), "{:#?}", again.findings);
    assert_eq!(snapshot(&c.dir), before, "a second --fix changes nothing");

    let out = Command::new(env!("CARGO_BIN_EXE_defuse")).arg("lint").arg(&c.dir).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn lint_reports_without_fixing_and_exits_1() {
    let c = copy_example(
        |s| edit(s, "trains: [\"when_question\", \"empathy\"", "trains: [\"empathy\", \"when_question\", \"empathy\""),
        same,
        same,
    );
    let out = Command::new(env!("CARGO_BIN_EXE_defuse")).arg("lint").arg(&c.dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("would fix: trains list: remove the duplicate \"empathy\""), "{text}");
    assert_eq!(std::fs::read_to_string(c.dir.join("scenario.ron")).unwrap(), c.ron);
}

// ───────────────────────── defuse schema ─────────────────────────

#[test]
fn committed_schema_is_up_to_date() {
    let committed = std::fs::read_to_string("docs/schema/scenario.schema.json").unwrap();
    assert_eq!(
        committed,
        defuse::cli::schema::schema_json(),
        "the scenario format changed: run `defuse schema --out docs/schema/scenario.schema.json`"
    );
    let v: serde_json::Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(v["title"], "Scenario");
    assert!(v["properties"]["patience_drain"].is_object());
}

// ───────────────────────── a scenario written from the guide ─────────────────────────

/// `refund_delay` was written by the guide's author as a dry run; `guide_test` was written,
/// unedited, by a separate author who saw only `docs/authoring.md`; `guide_passing` likewise,
/// after the guide gained passed beats and `unless` (it uses both).
#[test]
fn scenarios_written_from_the_guide_check_clean() {
    // guide_test stays as its author wrote it, before the guide taught a way on for a customer
    // already calm: the one warning it gets is that (refund_delay was amended instead).
    for (name, predates) in
        [("refund_delay", None), ("guide_test", Some("is there to calm the customer")), ("guide_passing", None)]
    {
        guide_scenario_checks_clean(&Path::new("tests/data/authored").join(name), predates);
    }
}

fn guide_scenario_checks_clean(dir: &Path, predates: Option<&str>) {
    let rules = default_rules().unwrap();
    let ls = load(dir).unwrap_or_else(|d| panic!("{:#?}", d.iter().map(ToString::to_string).collect::<Vec<_>>()));
    let diags = check(&ls, Some(&rules));
    let errors: Vec<String> = diags.iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(ls.scenario.tests.len() >= 2, "a good run and a bad run");
    let warnings: Vec<String> = diags.iter().map(ToString::to_string).collect();
    let (known, new): (Vec<String>, Vec<String>) =
        warnings.into_iter().partition(|w| predates.is_some_and(|p| w.contains(p)));
    assert!(new.is_empty(), "{new:#?}");
    assert!(known.len() <= 1, "{known:#?}");
}

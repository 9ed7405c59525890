//! `defuse graph <id|path> --format dot|mermaid|svg [--out FILE]`: a scenario's beat graph.
//!
//! Beats are boxes (label: id and stage), endings are rounded/elliptic nodes (label: id and
//! kind), each branch is an arrow labelled with its number and a readable condition
//! (`2. Used(empathy) & anger<50`), limit endings hang off a "limits" node with dashed arrows,
//! and what can never be reached is grey and dashed. SVG is drawn by Graphviz when `dot` is
//! installed, else laid out by `layout-rs` (see [`svg`]).

pub mod svg;

use super::words::Words;
use crate::scenario::format::{Cond, Meter, Scenario, Stage};
use crate::scenario::load::{parse_in, scenario_dirs};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Graphviz DOT (render with `dot -Tsvg`, or paste into an online viewer).
    Dot,
    /// Mermaid flowchart (renders in GitLab/GitHub Markdown and many wikis).
    Mermaid,
    /// A ready-to-open SVG picture (Graphviz when installed, else the built-in layout).
    Svg,
}

/// Arguments of `defuse graph`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scenario id (a folder under scenarios/), a scenario folder, or a `scenario.ron`.
    pub scenario: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "svg")]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The scenarios folder used to find an id (default: scenarios/).
    #[arg(long)]
    pub scenarios: Option<PathBuf>,
}

/// Runs `defuse graph`, its messages in `lang`: exit 0 on success, 1 when the scenario does
/// not read, 2 on bad input.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match Words::load(lang) {
        Ok(w) => w,
        Err(e) => return super::fail(e),
    };
    let dir = match resolve_scenario(&args.scenario, args.scenarios.as_deref(), &words) {
        Ok(d) => d,
        Err(e) => return super::fail(e),
    };
    let ron_path = dir.join("scenario.ron");
    let source = match std::fs::read_to_string(&ron_path) {
        Ok(s) => s,
        Err(e) => return super::fail(words.with("cli-cannot-read", &[("path", &ron_path.display()), ("error", &e)])),
    };
    let scenario = match parse_in(&source, &ron_path, words.scenario()) {
        Ok(s) => s,
        Err(d) => {
            println!("{}", words.diag(&d));
            eprintln!("defuse: {}", words.t("graph-cli-does-not-read"));
            return ExitCode::from(1);
        }
    };
    let g = Graph::build(&scenario);
    let text = match args.format {
        Format::Dot => g.dot(),
        Format::Mermaid => g.mermaid(),
        Format::Svg => g.svg(),
    };
    super::write_out(args.out.as_deref(), &text, &words)
}

/// Finds one scenario folder from what a user typed: a folder or `scenario.ron` path, or an id
/// under `scenarios` (default: the scenarios folder). The error, in `words`' language, suggests
/// a near id.
pub fn resolve_scenario(what: &str, scenarios: Option<&Path>, words: &Words) -> Result<PathBuf, String> {
    let as_path = Path::new(what);
    if as_path.exists() {
        let dirs = scenario_dirs(as_path);
        return match dirs.len() {
            1 => Ok(dirs[0].clone()),
            0 => Err(format!("{what}: {}", words.t("check-cli-no-scenario"))),
            n => Err(words.with("cli-many-scenarios", &[("path", &what), ("count", &n)])),
        };
    }
    let base = scenarios.map_or_else(crate::paths::scenarios_dir, Path::to_path_buf);
    let dir = base.join(what);
    if dir.join("scenario.ron").is_file() {
        return Ok(dir);
    }
    let known: Vec<String> =
        scenario_dirs(&base).iter().filter_map(|d| d.file_name().map(|f| f.to_string_lossy().to_string())).collect();
    let hint = crate::text::closest(what, known.iter().map(String::as_str))
        .map(|c| words.with("check-did-you-mean", &[("id", &c)]))
        .unwrap_or_default();
    Err(words.with("cli-no-such-scenario", &[("id", &what), ("dir", &base.display()), ("hint", &hint)]))
}

/// A condition as a trainer reads it: `Used(empathy) & anger<50`, `any taboo`, `turns here≥2`.
pub fn cond_label(c: &Cond) -> String {
    fn meter(m: &Meter) -> &'static str {
        match m {
            Meter::Anger => "anger",
            Meter::Trust => "trust",
            Meter::Patience => "patience",
        }
    }
    fn num(v: f32) -> String {
        if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v}") }
    }
    fn inner(c: &Cond, parent_is_and: bool) -> String {
        match c {
            Cond::Always => "always".into(),
            Cond::Used(id) => format!("Used({id})"),
            Cond::Said(id) => format!("Said({id})"),
            Cond::Cited => "cited".into(),
            Cond::AnyTaboo => "any taboo".into(),
            Cond::Missed => "missed".into(),
            Cond::Above(m, v) => format!("{}>{}", meter(m), num(*v)),
            Cond::Below(m, v) => format!("{}<{}", meter(m), num(*v)),
            Cond::ScoreAtLeast(n) => format!("score≥{n}"),
            Cond::TurnsHere(n) => format!("turns here≥{n}"),
            Cond::Turns(n) => format!("turns≥{n}"),
            Cond::Flag(f) => format!("flag {f}"),
            Cond::All(cs) if cs.is_empty() => "always".into(),
            Cond::Any(cs) if cs.is_empty() => "never".into(),
            Cond::All(cs) => cs.iter().map(|c| inner(c, true)).collect::<Vec<_>>().join(" & "),
            Cond::Any(cs) => {
                let s = cs.iter().map(|c| inner(c, false)).collect::<Vec<_>>().join(" | ");
                if parent_is_and && cs.len() > 1 { format!("({s})") } else { s }
            }
            Cond::Not(c) => match **c {
                Cond::All(_) | Cond::Any(_) => format!("not ({})", inner(c, false)),
                _ => format!("not {}", inner(c, false)),
            },
        }
    }
    inner(c, false)
}

/// What a node is.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// A beat and its stage.
    Beat(Stage),
    /// An ending and its kind (`Resolved`…).
    Ending(String),
    /// The node limit endings hang from.
    Limits,
    /// A `goto` to an id that is neither a beat nor an ending.
    Missing,
}

/// One node of the beat graph.
#[derive(Debug, Clone)]
pub struct Node {
    /// The beat or ending id (`limits` for the limits node).
    pub id: String,
    /// What it is.
    pub kind: NodeKind,
    /// Whether it can be reached from the start beat.
    pub reachable: bool,
    /// A beat's `passed_when`, as shown in its box (a reply that already did its work moves through it).
    pub passed: Option<String>,
}

impl Node {
    /// The node's label lines: id, then stage or kind.
    pub fn label(&self) -> Vec<String> {
        match &self.kind {
            NodeKind::Beat(stage) => {
                let mut lines = vec![self.id.clone(), stage_label(*stage).into()];
                lines.extend(self.passed.as_ref().map(|c| format!("passed if {c}")));
                lines
            }
            NodeKind::Ending(kind) => vec![self.id.clone(), kind.clone()],
            NodeKind::Limits => vec!["limits".into()],
            NodeKind::Missing => vec![self.id.clone(), "missing!".into()],
        }
    }
}

fn stage_label(s: Stage) -> &'static str {
    match s {
        Stage::Accept => "Accept 受理",
        Stage::Clarify => "Clarify 澄清",
        Stage::Solve => "Solve 方案",
        Stage::FollowUp => "FollowUp 回访",
    }
}

/// One arrow of the beat graph.
#[derive(Debug, Clone)]
pub struct Edge {
    /// Index of the source node.
    pub from: usize,
    /// Index of the target node.
    pub to: usize,
    /// The condition (and flags set), as shown on the arrow.
    pub label: String,
    /// A limit ending (drawn dashed).
    pub limit: bool,
}

/// A scenario's beat graph, ready to print.
#[derive(Debug, Clone)]
pub struct Graph {
    /// The scenario id.
    pub id: String,
    /// Index of the start beat (None when `start` names no beat).
    pub start: Option<usize>,
    /// Beats first (in id order), then endings, then the limits node and missing targets.
    pub nodes: Vec<Node>,
    /// Branches in order, then limit edges.
    pub edges: Vec<Edge>,
}

impl Graph {
    /// Builds the graph of a scenario (which need not pass `check`).
    pub fn build(s: &Scenario) -> Graph {
        let mut nodes: Vec<Node> = Vec::new();
        let mut index: BTreeMap<String, usize> = BTreeMap::new();
        for (id, beat) in &s.beats {
            index.insert(id.clone(), nodes.len());
            let passed = beat.passed_when.as_ref().map(cond_label);
            nodes.push(Node { id: id.clone(), kind: NodeKind::Beat(beat.stage), reachable: false, passed });
        }
        for (id, e) in &s.endings {
            if index.contains_key(id) {
                continue;
            }
            index.insert(id.clone(), nodes.len());
            nodes.push(Node {
                id: id.clone(),
                kind: NodeKind::Ending(format!("{:?}", e.kind)),
                reachable: false,
                passed: None,
            });
        }
        let mut edges = Vec::new();
        fn node_for(id: &str, nodes: &mut Vec<Node>, index: &mut BTreeMap<String, usize>) -> usize {
            if let Some(i) = index.get(id) {
                return *i;
            }
            index.insert(id.to_string(), nodes.len());
            nodes.push(Node { id: id.to_string(), kind: NodeKind::Missing, reachable: false, passed: None });
            nodes.len() - 1
        }
        for (id, beat) in &s.beats {
            let from = index[id];
            for (n, b) in beat.branches.iter().enumerate() {
                let to = node_for(&b.goto, &mut nodes, &mut index);
                let mut label = format!("{}. {}", n + 1, cond_label(&b.when));
                if !b.set.is_empty() {
                    let _ = write!(label, " ⇒ set {}", b.set.join(", "));
                }
                edges.push(Edge { from, to, label, limit: false });
            }
        }
        let l = &s.limits;
        let limits: Vec<(String, &String)> = [
            ("anger≥100".to_string(), &l.anger_max),
            ("patience≤0".to_string(), &l.patience_out),
            (format!("turns≥{}", l.max_turns), &l.turns_out),
        ]
        .into_iter()
        .filter_map(|(label, e)| e.as_ref().map(|e| (label, e)))
        .collect();
        let mut limits_node = None;
        if !limits.is_empty() {
            let li = nodes.len();
            nodes.push(Node { id: "limits".into(), kind: NodeKind::Limits, reachable: false, passed: None });
            limits_node = Some(li);
            for (label, e) in limits {
                let to = node_for(e, &mut nodes, &mut index);
                edges.push(Edge { from: li, to, label, limit: true });
            }
        }
        // Reachability, as the checker sees it: follow branches from the start; limit endings
        // count when any beat is reachable.
        let start = s.beats.contains_key(&s.start).then(|| index[&s.start]);
        let mut seen = BTreeSet::new();
        let mut queue: VecDeque<usize> = start.into_iter().collect();
        while let Some(n) = queue.pop_front() {
            if !seen.insert(n) {
                continue;
            }
            queue.extend(edges.iter().filter(|e| e.from == n && !e.limit).map(|e| e.to));
        }
        if let (Some(li), false) = (limits_node, seen.is_empty()) {
            seen.insert(li);
            seen.extend(edges.iter().filter(|e| e.limit).map(|e| e.to));
        }
        for n in seen {
            nodes[n].reachable = true;
        }
        Graph { id: s.id.clone(), start, nodes, edges }
    }

    /// Graphviz DOT text.
    pub fn dot(&self) -> String {
        let q = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
        let mut out = String::new();
        let _ = writeln!(out, "// Beat graph of scenario {} (defuse graph). Render: dot -Tsvg -o graph.svg", self.id);
        let _ = writeln!(out, "digraph {} {{", q(&self.id));
        out.push_str("    rankdir=LR;\n    node [fontname=\"sans-serif\", fontsize=11];\n    edge [fontname=\"sans-serif\", fontsize=9];\n");
        if let Some(s) = self.start {
            out.push_str("    \"__start\" [shape=point, width=0.15, label=\"\"];\n");
            let _ = writeln!(out, "    \"__start\" -> n{s};");
        }
        for (i, n) in self.nodes.iter().enumerate() {
            let label = q(&n.label().join("\n")).replace('\n', "\\n");
            let (shape, mut style, color) = match &n.kind {
                NodeKind::Beat(_) => ("box", vec!["rounded"], "black"),
                NodeKind::Ending(k) if k == "Resolved" || k == "WonBack" || k == "Rescheduled" => {
                    ("ellipse", vec!["bold"], "darkgreen")
                }
                NodeKind::Ending(_) => ("ellipse", vec!["bold"], "firebrick"),
                NodeKind::Limits => ("diamond", vec![], "black"),
                NodeKind::Missing => ("octagon", vec![], "red"),
            };
            let mut color = color;
            let mut font = "black";
            if !n.reachable && n.kind != NodeKind::Missing {
                style.push("dashed");
                color = "grey";
                font = "grey";
            }
            let _ = writeln!(
                out,
                "    n{i} [label={label}, shape={shape}, style=\"{}\", color={color}, fontcolor={font}, id={}, class={}];",
                style.join(","),
                q(&format!("node-{}", n.id)),
                svg::state(n)
            );
        }
        for e in &self.edges {
            let mut attrs = vec![format!("label={}", q(&e.label))];
            let grey = !self.nodes[e.from].reachable;
            if e.limit {
                attrs.push("style=dashed".into());
            }
            if grey {
                attrs.push("color=grey, fontcolor=grey".into());
                if !e.limit {
                    attrs.push("style=dashed".into());
                }
            }
            let _ = writeln!(out, "    n{} -> n{} [{}];", e.from, e.to, attrs.join(", "));
        }
        out.push_str("}\n");
        out
    }

    /// Mermaid flowchart text.
    pub fn mermaid(&self) -> String {
        // Quoted Mermaid labels still treat a few characters specially: use entity codes.
        let esc = |s: &str| s.replace('"', "#quot;").replace('|', "#124;").replace('<', "#lt;").replace('>', "#gt;");
        let mut out = format!("%% Beat graph of scenario {} (defuse graph)\nflowchart LR\n", self.id);
        if let Some(s) = self.start {
            let _ = writeln!(out, "    start((\" \")) --> n{s}");
        }
        for (i, n) in self.nodes.iter().enumerate() {
            let label = n.label().iter().map(|l| esc(l)).collect::<Vec<_>>().join("<br/>");
            let shape = match n.kind {
                NodeKind::Beat(_) => format!("[\"{label}\"]"),
                NodeKind::Ending(_) => format!("([\"{label}\"])"),
                NodeKind::Limits => format!("{{\"{label}\"}}"),
                NodeKind::Missing => format!("[/\"{label}\"/]"),
            };
            let _ = writeln!(out, "    n{i}{shape}");
        }
        for e in &self.edges {
            let arrow = if e.limit || !self.nodes[e.from].reachable { "-.->" } else { "-->" };
            let _ = writeln!(out, "    n{} {arrow}|\"{}\"| n{}", e.from, esc(&e.label), e.to);
        }
        out.push_str("    classDef good fill:#e8f5e9,stroke:#2e7d32;\n");
        out.push_str("    classDef bad fill:#fdecea,stroke:#c62828;\n");
        out.push_str("    classDef missing fill:#fff,stroke:#d00,stroke-width:2px,color:#d00;\n");
        out.push_str("    classDef unreachable fill:#f4f4f4,stroke:#999,stroke-dasharray:5 5,color:#999;\n");
        for (class, pick) in [
            (
                "good",
                &(|n: &Node| n.reachable && matches!(&n.kind, NodeKind::Ending(k) if is_good(k)))
                    as &dyn Fn(&Node) -> bool,
            ),
            ("bad", &|n: &Node| n.reachable && matches!(&n.kind, NodeKind::Ending(k) if !is_good(k))),
            ("missing", &|n: &Node| n.kind == NodeKind::Missing),
            ("unreachable", &|n: &Node| !n.reachable && n.kind != NodeKind::Missing),
        ] {
            let ids: Vec<String> =
                self.nodes.iter().enumerate().filter(|(_, n)| pick(n)).map(|(i, _)| format!("n{i}")).collect();
            if !ids.is_empty() {
                let _ = writeln!(out, "    class {} {class}", ids.join(","));
            }
        }
        out
    }

    /// A standalone SVG picture: by Graphviz when `dot` is installed, else by `layout-rs`.
    pub fn svg(&self) -> String {
        svg::graphviz(self).unwrap_or_else(|| svg::layered(self))
    }
}

fn is_good(kind: &str) -> bool {
    matches!(kind, "Resolved" | "WonBack" | "Rescheduled")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passable_beat_says_when_it_is_passed() {
        let text = std::fs::read_to_string("tests/data/fixture/late_parcel/scenario.ron").unwrap();
        let s = crate::scenario::load::parse(&text, std::path::Path::new("scenario.ron")).unwrap();
        let g = Graph::build(&s);
        let facts = g.nodes.iter().find(|n| n.id == "facts").unwrap();
        assert_eq!(facts.label().last().map(String::as_str), Some("passed if cited"));
        assert!(g.dot().contains("passed if cited"), "the picture shows it too");
    }

    #[test]
    fn conditions_read_like_the_trainer_wrote_them() {
        let c = Cond::All(vec![Cond::Used("empathy".into()), Cond::Below(Meter::Anger, 50.0)]);
        assert_eq!(cond_label(&c), "Used(empathy) & anger<50");
        let c =
            Cond::All(vec![Cond::Any(vec![Cond::AnyTaboo, Cond::Missed]), Cond::Not(Box::new(Cond::Flag("x".into())))]);
        assert_eq!(cond_label(&c), "(any taboo | missed) & not flag x");
        assert_eq!(cond_label(&Cond::Above(Meter::Trust, 60.5)), "trust>60.5");
    }
}

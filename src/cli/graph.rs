//! `defuse graph <id|path> --format dot|mermaid|svg [--out FILE]`: a scenario's beat graph.
//!
//! Beats are boxes (label: id and stage), endings are rounded/elliptic nodes (label: id and
//! kind), each branch is an arrow labelled with its number and a readable condition
//! (`2. Used(empathy) & anger<50`), limit endings hang off a "limits" node with dashed arrows,
//! and what can never be reached is grey and dashed. SVG is laid out here (breadth-first depth
//! from the start beat → column), so no Graphviz is needed.

use crate::scenario::format::{Cond, Meter, Scenario, Stage};
use crate::scenario::load::{parse, scenario_dirs};
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
    /// A ready-to-open SVG picture, laid out by Defuse itself.
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

/// Runs `defuse graph`: exit 0 on success, 1 when the scenario does not read, 2 on bad input.
pub fn run(args: Args) -> ExitCode {
    let dir = match resolve_scenario(&args.scenario, args.scenarios.as_deref()) {
        Ok(d) => d,
        Err(e) => return super::fail(e),
    };
    let ron_path = dir.join("scenario.ron");
    let source = match std::fs::read_to_string(&ron_path) {
        Ok(s) => s,
        Err(e) => return super::fail(format!("cannot read {}: {e}", ron_path.display())),
    };
    let scenario = match parse(&source, &ron_path) {
        Ok(s) => s,
        Err(d) => {
            println!("{d}");
            eprintln!("defuse: the scenario does not read; fix the error above (see `defuse check`)");
            return ExitCode::from(1);
        }
    };
    let g = Graph::build(&scenario);
    let text = match args.format {
        Format::Dot => g.dot(),
        Format::Mermaid => g.mermaid(),
        Format::Svg => g.svg(),
    };
    super::write_out(args.out.as_deref(), &text)
}

/// Finds one scenario folder from what a user typed: a folder or `scenario.ron` path, or an id
/// under `scenarios` (default: the scenarios folder). The error suggests a near id.
pub fn resolve_scenario(what: &str, scenarios: Option<&Path>) -> Result<PathBuf, String> {
    let as_path = Path::new(what);
    if as_path.exists() {
        let dirs = scenario_dirs(as_path);
        return match dirs.len() {
            1 => Ok(dirs[0].clone()),
            0 => Err(format!("{what}: no scenario.ron here")),
            n => Err(format!("{what} holds {n} scenarios; name one of them")),
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
        .map(|c| format!(" (did you mean \"{c}\"?)"))
        .unwrap_or_default();
    Err(format!("no scenario \"{what}\" in {} and no such file or folder{hint}", base.display()))
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
}

impl Node {
    /// The node's label lines: id, then stage or kind.
    pub fn label(&self) -> Vec<String> {
        match &self.kind {
            NodeKind::Beat(stage) => vec![self.id.clone(), stage_label(*stage).into()],
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
            nodes.push(Node { id: id.clone(), kind: NodeKind::Beat(beat.stage), reachable: false });
        }
        for (id, e) in &s.endings {
            if index.contains_key(id) {
                continue;
            }
            index.insert(id.clone(), nodes.len());
            nodes.push(Node { id: id.clone(), kind: NodeKind::Ending(format!("{:?}", e.kind)), reachable: false });
        }
        let mut edges = Vec::new();
        fn node_for(id: &str, nodes: &mut Vec<Node>, index: &mut BTreeMap<String, usize>) -> usize {
            if let Some(i) = index.get(id) {
                return *i;
            }
            index.insert(id.to_string(), nodes.len());
            nodes.push(Node { id: id.to_string(), kind: NodeKind::Missing, reachable: false });
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
            nodes.push(Node { id: "limits".into(), kind: NodeKind::Limits, reachable: false });
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
                "    n{i} [label={label}, shape={shape}, style=\"{}\", color={color}, fontcolor={font}];",
                style.join(",")
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

    /// A standalone SVG picture: columns by breadth-first depth from the start beat, endings in
    /// the last column, unreachable nodes grey and dashed.
    pub fn svg(&self) -> String {
        svg::render(self)
    }
}

fn is_good(kind: &str) -> bool {
    matches!(kind, "Resolved" | "WonBack" | "Rescheduled")
}

mod svg {
    //! A small layered layout: breadth-first depth from the start beat gives the column, the
    //! mean height of a node's predecessors orders each column, endings share the last column
    //! (the limits node on top). Every arrow leaves its box from its own "port" on the right,
    //! with its condition written on the port, so labels never collide; arrows that skip
    //! columns run along lanes above the picture, arrows going back run along lanes below.

    use super::{Graph, NodeKind, is_good};
    use std::collections::BTreeMap;
    use std::fmt::Write as _;

    const FONT: f64 = 13.0;
    const SMALL: f64 = 11.0;
    const LINE: f64 = 14.0;
    const PAD_X: f64 = 12.0;
    const NODE_H: f64 = 44.0;
    const ROW_GAP: f64 = 30.0;
    const COL_GAP: f64 = 60.0;
    const MARGIN: f64 = 40.0;
    const LANE: f64 = 12.0;
    const MAX_LABEL: usize = 44;

    /// Approximate width of text in pixels: CJK and full-width characters are one em, others less.
    pub(super) fn text_width(s: &str, size: f64) -> f64 {
        s.chars()
            .map(|c| {
                if is_wide(c) {
                    size
                } else if c.is_ascii_uppercase() {
                    size * 0.68
                } else {
                    size * 0.58
                }
            })
            .sum()
    }

    fn is_wide(c: char) -> bool {
        matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
    }

    fn xml(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
    }

    /// Splits a long edge label after its `|` / `&` operators.
    pub(super) fn wrap(label: &str) -> Vec<String> {
        let mut lines = vec![String::new()];
        for (k, part) in label.split_inclusive([' ']).enumerate() {
            let cur = lines.last_mut().expect("never empty");
            if k > 0
                && cur.chars().count() + part.chars().count() > MAX_LABEL
                && (cur.ends_with("| ") || cur.ends_with("& "))
            {
                lines.push(format!("    {part}"));
            } else {
                cur.push_str(part);
            }
        }
        lines.iter().map(|l| l.trim_end().to_string()).collect()
    }

    /// One arrow (parallel branches between the same two nodes are merged).
    struct Arrow {
        from: usize,
        to: usize,
        lines: Vec<String>,
        limit: bool,
        /// y of the port line on the source box.
        port_y: f64,
    }

    #[derive(Clone, Copy, Default)]
    struct Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
    }

    pub(super) fn render(g: &Graph) -> String {
        let n = g.nodes.len();
        let is_beat = |i: usize| matches!(g.nodes[i].kind, NodeKind::Beat(_));

        // Arrows: merge parallel edges, keep branch order.
        let mut arrows: Vec<Arrow> = Vec::new();
        for e in &g.edges {
            let lines = wrap(&e.label);
            if let Some(a) = arrows.iter_mut().find(|a| a.from == e.from && a.to == e.to && a.limit == e.limit) {
                a.lines.extend(lines);
            } else {
                arrows.push(Arrow { from: e.from, to: e.to, lines, limit: e.limit, port_y: 0.0 });
            }
        }

        // Columns.
        let mut col: Vec<Option<usize>> = vec![None; n];
        let mut roots: Vec<usize> = g.start.into_iter().collect();
        roots.extend((0..n).filter(|i| is_beat(*i) && Some(*i) != g.start));
        for root in roots {
            let mut queue = std::collections::VecDeque::from([(root, 0usize)]);
            while let Some((i, d)) = queue.pop_front() {
                if col[i].is_some() || !is_beat(i) {
                    continue;
                }
                col[i] = Some(d);
                queue.extend(arrows.iter().filter(|a| a.from == i && !a.limit).map(|a| (a.to, d + 1)));
            }
        }
        let last = col.iter().flatten().max().map_or(0, |m| m + 1);
        let col: Vec<usize> = col.into_iter().map(|c| c.unwrap_or(last)).collect();
        let columns = last + 1;

        // Box sizes: wide enough for the label, tall enough for every port.
        let port_h = |a: &Arrow| a.lines.len() as f64 * LINE + 6.0;
        let mut rect = vec![Rect::default(); n];
        for (i, node) in g.nodes.iter().enumerate() {
            let label = node.label();
            let w = label
                .iter()
                .enumerate()
                .map(|(k, l)| text_width(l, if k == 0 { FONT } else { SMALL }))
                .fold(0.0, f64::max);
            let ports: f64 = arrows.iter().filter(|a| a.from == i).map(port_h).sum();
            let round = matches!(node.kind, NodeKind::Ending(_));
            rect[i].w = w + 2.0 * PAD_X + if round { 14.0 } else { 0.0 };
            rect[i].h = NODE_H.max(ports + 10.0);
        }

        // Order within columns by the mean height of predecessors, stack, then centre.
        let mut order: Vec<Vec<usize>> = Vec::with_capacity(columns);
        for c in 0..columns {
            let mut ids: Vec<usize> = (0..n).filter(|i| col[*i] == c).collect();
            let centre = |i: usize, rect: &[Rect]| rect[i].y + rect[i].h / 2.0;
            let key = |i: usize| -> f64 {
                if g.nodes[i].kind == NodeKind::Limits {
                    return f64::MIN;
                }
                if Some(i) == g.start {
                    return f64::MIN / 2.0;
                }
                let ys: Vec<f64> =
                    arrows.iter().filter(|a| a.to == i && col[a.from] < c).map(|a| centre(a.from, &rect)).collect();
                if ys.is_empty() { f64::MAX } else { ys.iter().sum::<f64>() / ys.len() as f64 }
            };
            let mut keyed: Vec<(f64, usize)> = ids.iter().map(|i| (key(*i), *i)).collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            ids = keyed.into_iter().map(|(_, i)| i).collect();
            let mut y = 0.0;
            for i in &ids {
                rect[*i].y = y;
                y += rect[*i].h + ROW_GAP;
            }
            order.push(ids);
        }
        let col_height = |c: usize, rect: &[Rect]| order[c].last().map_or(0.0, |i| rect[*i].y + rect[*i].h);
        let tallest = (0..columns).map(|c| col_height(c, &rect)).fold(0.0, f64::max);

        // Lanes: arrows that skip a column run above, arrows going back (or within a column) below.
        let skip: Vec<usize> = (0..arrows.len())
            .filter(|k| {
                !arrows[*k].limit && arrows[*k].from != arrows[*k].to && col[arrows[*k].to] > col[arrows[*k].from] + 1
            })
            .collect();
        let back: Vec<usize> = (0..arrows.len())
            .filter(|k| {
                !arrows[*k].limit && arrows[*k].from != arrows[*k].to && col[arrows[*k].to] <= col[arrows[*k].from]
            })
            .collect();
        let top = MARGIN + 36.0 + skip.len() as f64 * LANE + 10.0;
        for (c, ids) in order.iter().enumerate() {
            let shift = top + (tallest - col_height(c, &rect)) / 2.0;
            for i in ids {
                rect[*i].y += shift;
            }
        }

        // Column x positions: boxes, then the port labels, then a gap.
        let label_w = |i: usize| {
            arrows
                .iter()
                .filter(|a| a.from == i)
                .flat_map(|a| a.lines.iter())
                .map(|l| text_width(l, SMALL))
                .fold(0.0, f64::max)
        };
        let mut x = MARGIN;
        let mut label_end = Vec::with_capacity(columns);
        for ids in &order {
            let box_w = ids.iter().map(|i| rect[*i].w).fold(60.0, f64::max);
            let lab = ids.iter().map(|i| label_w(*i)).fold(0.0, f64::max);
            for i in ids {
                rect[*i].x = x;
            }
            let end = x + box_w + if lab > 0.0 { lab + 20.0 } else { 0.0 };
            label_end.push(end);
            x = end + COL_GAP;
        }
        let limits_right = arrows.iter().any(|a| a.limit);
        let width = x - COL_GAP + MARGIN + if limits_right { 60.0 } else { 0.0 };
        let bottom = top + tallest;
        let height = bottom + 24.0 + back.len() as f64 * LANE + 60.0;

        // Port positions.
        for (i, r) in rect.iter().enumerate() {
            let mut y = r.y + 5.0;
            for a in arrows.iter_mut().filter(|a| a.from == i) {
                let h = a.lines.len() as f64 * LINE + 6.0;
                a.port_y = y + h - 3.0;
                y += h;
            }
        }

        // Where arrows enter: spread along the left side (right side for limit endings).
        let mut left_in: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        let mut right_in: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (k, a) in arrows.iter().enumerate() {
            if a.from == a.to {
                continue;
            }
            if a.limit { right_in.entry(a.to).or_default().push(k) } else { left_in.entry(a.to).or_default().push(k) }
        }
        let mut entry = vec![0.0; arrows.len()];
        for list in left_in.values_mut().chain(right_in.values_mut()) {
            list.sort_by(|p, q| arrows[*p].port_y.total_cmp(&arrows[*q].port_y));
            let r = rect[arrows[list[0]].to];
            for (m, k) in list.iter().enumerate() {
                entry[*k] = r.y + r.h * (m as f64 + 1.0) / (list.len() as f64 + 1.0);
            }
        }

        let mut out = String::new();
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" font-family=\"'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif\">"
        );
        let _ = writeln!(out, "<title>{}</title>", xml(&format!("Beat graph of {}", g.id)));
        out.push_str("<defs>\n");
        for (name, colour) in
            [("arrow", "#444"), ("arrow-grey", "#aaa"), ("arrow-red", "#c62828"), ("arrow-limit", "#b28704")]
        {
            let _ = writeln!(
                out,
                "<marker id=\"{name}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>"
            );
        }
        out.push_str("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        let _ = writeln!(
            out,
            "<text x=\"{MARGIN}\" y=\"{:.0}\" font-size=\"16\" font-weight=\"bold\">{}</text>",
            MARGIN,
            xml(&g.id)
        );

        // Arrows.
        let (mut skip_k, mut back_k) = (0usize, 0usize);
        for (k, a) in arrows.iter().enumerate() {
            let (s, t) = (rect[a.from], rect[a.to]);
            let grey = !g.nodes[a.from].reachable;
            let red = g.nodes[a.to].kind == NodeKind::Missing;
            let (stroke, marker) = if red {
                ("#c62828", "arrow-red")
            } else if grey {
                ("#aaa", "arrow-grey")
            } else if a.limit {
                ("#b28704", "arrow-limit")
            } else {
                ("#444", "arrow")
            };
            let dash = if a.limit || grey { " stroke-dasharray=\"6 4\"" } else { "" };
            let py = a.port_y;
            let x0 = s.x + s.w;
            let le = label_end[col[a.from]];
            let mut d = format!("M{x0:.1},{py:.1} L{le:.1},{py:.1} ");
            let ey = entry[k];
            if a.limit {
                let tx = t.x + t.w;
                let bend = (le.max(tx) + 40.0).max(le + 30.0);
                let _ = write!(d, "C{bend:.1},{py:.1} {bend:.1},{ey:.1} {tx:.1},{ey:.1}");
            } else if a.from == a.to {
                let cx = s.x + s.w / 2.0;
                let _ = write!(d, "C{:.1},{py:.1} {:.1},{:.1} {cx:.1},{:.1}", le + 30.0, cx + 40.0, s.y - 30.0, s.y);
            } else if skip.contains(&k) {
                let lane = top - 14.0 - skip_k as f64 * LANE;
                let down = t.x - 10.0 - (skip_k % 4) as f64 * 6.0;
                skip_k += 1;
                let _ = write!(
                    d,
                    "C{:.1},{py:.1} {:.1},{lane:.1} {:.1},{lane:.1} L{:.1},{lane:.1} C{down:.1},{lane:.1} {down:.1},{ey:.1} {:.1},{ey:.1}",
                    le + 20.0,
                    le + 20.0,
                    le + 40.0,
                    down - 20.0,
                    t.x
                );
            } else if back.contains(&k) {
                let lane = bottom + 24.0 + back_k as f64 * LANE;
                let up = t.x - 10.0 - (back_k % 4) as f64 * 6.0;
                back_k += 1;
                let _ = write!(
                    d,
                    "C{:.1},{py:.1} {:.1},{lane:.1} {le:.1},{lane:.1} L{:.1},{lane:.1} C{up:.1},{lane:.1} {up:.1},{ey:.1} {:.1},{ey:.1}",
                    le + 24.0,
                    le + 24.0,
                    up + 20.0,
                    t.x
                );
            } else {
                let tx = t.x;
                let dx = ((tx - le) / 2.0).max(20.0);
                let _ = write!(d, "C{:.1},{py:.1} {:.1},{ey:.1} {tx:.1},{ey:.1}", le + dx, tx - dx);
            }
            let _ = writeln!(
                out,
                "<path d=\"{d}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"1.3\"{dash} marker-end=\"url(#{marker})\"/>"
            );
            let fill = if grey { "#999" } else { "#222" };
            for (m, line) in a.lines.iter().enumerate() {
                let y = py - 4.0 - (a.lines.len() - 1 - m) as f64 * LINE;
                let _ = writeln!(
                    out,
                    "<text x=\"{:.1}\" y=\"{y:.1}\" font-size=\"{SMALL}\" fill=\"{fill}\">{}</text>",
                    x0 + 6.0,
                    xml(line)
                );
            }
        }

        // Start marker.
        if let Some(s) = g.start {
            let r = rect[s];
            let y = r.y + r.h / 2.0;
            let _ = writeln!(out, "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#444\"/>", r.x - 30.0);
            let _ = writeln!(
                out,
                "<path d=\"M{:.1},{y:.1} L{:.1},{y:.1}\" stroke=\"#444\" stroke-width=\"1.3\" marker-end=\"url(#arrow)\"/>",
                r.x - 25.0,
                r.x
            );
        }

        // Boxes.
        for (i, node) in g.nodes.iter().enumerate() {
            let r = rect[i];
            let grey = !node.reachable && node.kind != NodeKind::Missing;
            let (fill, stroke) = match &node.kind {
                _ if grey => ("#f4f4f4", "#999"),
                NodeKind::Beat(_) => ("#eef3fb", "#3b5b92"),
                NodeKind::Ending(k) if is_good(k) => ("#e8f5e9", "#2e7d32"),
                NodeKind::Ending(_) => ("#fdecea", "#c62828"),
                NodeKind::Limits => ("#fff8e1", "#b28704"),
                NodeKind::Missing => ("#ffffff", "#d00000"),
            };
            let dash = if grey || node.kind == NodeKind::Missing { " stroke-dasharray=\"5 4\"" } else { "" };
            let rx = match node.kind {
                NodeKind::Beat(_) => 6.0,
                NodeKind::Ending(_) => 22.0,
                NodeKind::Limits | NodeKind::Missing => 0.0,
            };
            let sw = if matches!(node.kind, NodeKind::Ending(_)) { 2.2 } else { 1.4 };
            let state = if node.kind == NodeKind::Missing {
                "missing"
            } else if node.reachable {
                "reachable"
            } else {
                "unreachable"
            };
            let _ = writeln!(
                out,
                "<g class=\"node {state}\" id=\"node-{}\"><rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"{rx}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{sw}\"{dash}/>",
                xml(&node.id),
                r.x,
                r.y,
                r.w,
                r.h
            );
            let text_fill = if grey { "#888" } else { "#111" };
            let label = node.label();
            let cx = r.x + r.w / 2.0;
            let mid = r.y + r.h / 2.0;
            let first_y = if label.len() > 1 { mid - 3.0 } else { mid + 5.0 };
            let _ = writeln!(
                out,
                "<text x=\"{cx:.1}\" y=\"{first_y:.1}\" font-size=\"{FONT}\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{text_fill}\">{}</text>",
                xml(&label[0])
            );
            if let Some(second) = label.get(1) {
                let _ = writeln!(
                    out,
                    "<text x=\"{cx:.1}\" y=\"{:.1}\" font-size=\"{SMALL}\" text-anchor=\"middle\" fill=\"{text_fill}\">{}</text>",
                    mid + 13.0,
                    xml(second)
                );
            }
            out.push_str("</g>\n");
        }

        let ly = height - 24.0;
        let _ = writeln!(
            out,
            "<text x=\"{MARGIN}\" y=\"{ly:.0}\" font-size=\"{SMALL}\" fill=\"#555\">square boxes: beats (id, stage) · round boxes: endings (id, kind; green good, red bad) · arrows: branches, numbered in the order they are tried · dashed from \"limits\": limit endings · grey dashed: can never be reached · red: missing target</text>"
        );
        out.push_str("</svg>\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_read_like_the_trainer_wrote_them() {
        let c = Cond::All(vec![Cond::Used("empathy".into()), Cond::Below(Meter::Anger, 50.0)]);
        assert_eq!(cond_label(&c), "Used(empathy) & anger<50");
        let c =
            Cond::All(vec![Cond::Any(vec![Cond::AnyTaboo, Cond::Missed]), Cond::Not(Box::new(Cond::Flag("x".into())))]);
        assert_eq!(cond_label(&c), "(any taboo | missed) & not flag x");
        assert_eq!(cond_label(&Cond::Above(Meter::Trust, 60.5)), "trust>60.5");
    }

    #[test]
    fn wide_characters_are_wider() {
        assert!(svg::text_width("受理", 10.0) > svg::text_width("ab", 10.0));
    }
}

//! The beat graph as an SVG picture: Graphviz's `dot` draws it when it is installed (the best
//! layout), else the pure-Rust layered layout of `layout-rs`. Either way every node is a `<g>`
//! with `id="node-<id>"` and a class saying whether it can be reached.

use super::{Graph, Node, NodeKind, is_good};
use layout::backends::svg::SVGWriter;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::render::get_shape_size;
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;
use std::io::Write as _;
use std::process::{Command, Stdio};

/// The fonts the picture asks for (CJK first, so stage names in Chinese render).
const FONTS: &str = "'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei', 'PingFang SC', sans-serif";
const FONT_SIZE: usize = 13;

/// `reachable`, `unreachable` or `missing`: the node's class in the picture.
pub fn state(n: &Node) -> &'static str {
    match (&n.kind, n.reachable) {
        (NodeKind::Missing, _) => "missing",
        (_, true) => "reachable",
        (_, false) => "unreachable",
    }
}

/// The picture by Graphviz, or None when `dot` is not installed or fails.
pub fn graphviz(g: &Graph) -> Option<String> {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(g.dot().as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    let svg = String::from_utf8(out.stdout).ok().filter(|_| out.status.success())?;
    Some(svg[svg.find("<svg")?..].to_string())
}

/// Fill and stroke of a node.
fn colours(n: &Node) -> (&'static str, &'static str) {
    match &n.kind {
        NodeKind::Missing => ("#ffffff", "#d00000"),
        _ if !n.reachable => ("#f4f4f4", "#999999"),
        NodeKind::Beat(_) => ("#eef3fb", "#3b5b92"),
        NodeKind::Ending(k) if is_good(k) => ("#e8f5e9", "#2e7d32"),
        NodeKind::Ending(_) => ("#fdecea", "#c62828"),
        NodeKind::Limits => ("#fff8e1", "#b28704"),
    }
}

fn colour(hex: &str) -> Color {
    Color::fast(hex)
}

fn element(n: &Node) -> Element {
    let label = n.label().join("\n");
    let shape = match n.kind {
        NodeKind::Ending(_) => ShapeKind::new_circle(&label),
        _ => ShapeKind::new_box(&label),
    };
    let (fill, stroke) = colours(n);
    let rounded = if matches!(n.kind, NodeKind::Beat(_)) { 6 } else { 0 };
    let look = StyleAttr::new(colour(stroke), 2, Some(colour(fill)), rounded, FONT_SIZE);
    let size = get_shape_size(Orientation::LeftToRight, &shape, FONT_SIZE, false);
    let id = crate::records::report::escape(&n.id);
    Element::create_with_properties(shape, look, Orientation::LeftToRight, size, {
        format!("class=\"node {}\" id=\"node-{id}\"", state(n))
    })
}

/// The graph in `layout-rs`'s terms, left to right.
pub fn visual(g: &Graph) -> VisualGraph {
    let mut vg = VisualGraph::new(Orientation::LeftToRight);
    let handles: Vec<_> = g.nodes.iter().map(|n| vg.add_node(element(n))).collect();
    for e in &g.edges {
        let grey = !g.nodes[e.from].reachable;
        let red = g.nodes[e.to].kind == NodeKind::Missing;
        let stroke = match () {
            _ if red => "#c62828",
            _ if grey => "#aaaaaa",
            _ if e.limit => "#b28704",
            _ => "#444444",
        };
        let style = if e.limit || grey { LineStyleKind::Dashed } else { LineStyleKind::Normal };
        let look = StyleAttr::new(colour(stroke), 1, None, 0, 11);
        let arrow = Arrow::new(LineEndKind::None, LineEndKind::Arrow, style, &e.label, &look, &None, &None);
        vg.add_edge(arrow, handles[e.from], handles[e.to]);
    }
    vg
}

/// The picture by `layout-rs`.
pub fn layered(g: &Graph) -> String {
    let mut writer = SVGWriter::new();
    visual(g).do_it(false, false, false, &mut writer);
    let svg = writer.finalize();
    let svg =
        svg[svg.find("<svg").unwrap_or(0)..].replace("font-family: Times, serif;", &format!("font-family: {FONTS};"));
    let title = format!("<title>Beat graph of {}</title>\n", crate::records::report::escape(&g.id));
    match svg.find('>') {
        Some(i) => format!("{}\n{title}{}\n", &svg[..=i], svg[i + 1..].trim_start()),
        None => svg,
    }
}

/// Straight segments between the centres of connected boxes (and edge-label boxes) after
/// layout: the lines a reader follows.
struct Segments(Vec<(Point, Point)>);

impl RenderBackend for Segments {
    fn draw_rect(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>, _: Option<ClipHandle>) {}
    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_text(&mut self, _: Point, _: &str, _: &StyleAttr) {}
    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _: bool,
        _: (bool, bool),
        _: &StyleAttr,
        _: Option<String>,
        _: &str,
    ) {
        // path[0] is (start, control); each later entry is (control, point).
        let points: Vec<Point> =
            path.first().map(|p| p.0).into_iter().chain(path.iter().skip(1).map(|p| p.1)).collect();
        self.0.extend(points.windows(2).map(|w| (w[0], w[1])));
    }
    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

fn crosses(a: (Point, Point), b: (Point, Point)) -> bool {
    let side = |p: Point, q: Point, r: Point| (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
    let (d1, d2) = (side(b.0, b.1, a.0), side(b.0, b.1, a.1));
    let (d3, d4) = (side(a.0, a.1, b.0), side(a.0, a.1, b.1));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

/// How many pairs of arrows cross in the `layout-rs` picture (arrows as straight lines
/// between their ends, so touching at a shared box does not count).
pub fn crossings(g: &Graph) -> usize {
    let mut seg = Segments(Vec::new());
    visual(g).do_it(false, false, false, &mut seg);
    let s = &seg.0;
    (0..s.len()).map(|i| (i + 1..s.len()).filter(|j| crosses(s[i], s[*j])).count()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::graph::Edge;
    use crate::scenario::format::Stage;

    /// A 20-beat scenario as trainers write them: a main path, a taboo exit from every beat to
    /// one escalation ending, a few beats that skip ahead, and limit endings. It can be drawn
    /// without any crossing.
    fn twenty_beats() -> Graph {
        let mut nodes: Vec<Node> = (0..20)
            .map(|i| Node {
                id: format!("beat_{i:02}"),
                kind: NodeKind::Beat(Stage::Clarify),
                reachable: true,
                passed: None,
            })
            .collect();
        for (id, kind) in [("resolved", "Resolved"), ("escalated", "Escalated"), ("left", "CustomerLeft")] {
            nodes.push(Node { id: id.into(), kind: NodeKind::Ending(kind.into()), reachable: true, passed: None });
        }
        nodes.push(Node { id: "limits".into(), kind: NodeKind::Limits, reachable: true, passed: None });
        let edge = |from, to, label: &str, limit| Edge { from, to, label: label.into(), limit };
        let mut edges = Vec::new();
        for i in 0..20 {
            edges.push(edge(i, if i == 19 { 20 } else { i + 1 }, "1. Used(empathy)", false));
            edges.push(edge(i, 21, "2. any taboo", false));
            if i % 4 == 0 && i + 2 < 20 {
                edges.push(edge(i, i + 2, "3. trust>70", false));
            }
        }
        edges.push(edge(23, 22, "patience≤0", true));
        Graph { id: "twenty".into(), start: Some(0), nodes, edges }
    }

    #[test]
    fn a_twenty_beat_graph_is_drawn_with_few_crossings() {
        let g = twenty_beats();
        // layout-rs draws it with 9 crossings (the hand-made layout it replaced routed every
        // skip and taboo arrow along shared lanes); Graphviz with none.
        let n = crossings(&g);
        assert!(n <= 9, "{n} crossings");
        let svg = layered(&g);
        for node in &g.nodes {
            assert!(svg.contains(&format!("id=\"node-{}\"", node.id)), "{} not drawn", node.id);
        }
    }

    #[test]
    fn crossing_segments_are_counted_and_touching_ones_are_not() {
        let p = |x, y| Point::new(x, y);
        assert!(crosses((p(0.0, 0.0), p(2.0, 2.0)), (p(0.0, 2.0), p(2.0, 0.0))));
        assert!(!crosses((p(0.0, 0.0), p(2.0, 2.0)), (p(2.0, 2.0), p(4.0, 0.0))), "sharing an end");
        assert!(!crosses((p(0.0, 0.0), p(1.0, 0.0)), (p(0.0, 1.0), p(1.0, 1.0))));
    }
}

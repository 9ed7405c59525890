//! The report's charts as inline SVG: the geometry is computed here, the markup is in
//! `templates/report/*.svg` (escaped by askama). Horizontal bars, stacked grade bars, and
//! runs over time (columns with a mean-score line on a second axis).

use super::words::{pct, truncate, width};
use askama::Template;

/// The chart's width in SVG units (it scales to the page).
const WIDTH: usize = 760;
/// Grade letters and their colours, best first.
pub const GRADES: [(char, &str); 5] =
    [('S', "#1f7a4d"), ('A', "#52b788"), ('B', "#b5d99c"), ('C', "#f4a261"), ('D', "#d1495b")];

/// Room for the longest label (at most 30 characters), left of the plot.
fn label_room<'a>(labels: impl Iterator<Item = &'a str>) -> usize {
    labels.map(width).max().unwrap_or(10).clamp(8, 30) * 7 + 12
}

/// The top of a count axis with four whole-number steps, at or above `x` (a round step:
/// 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ, never a fraction).
pub fn count_axis(x: f64) -> f64 {
    let raw = (x / 4.0).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|v| *v >= raw && v.fract() == 0.0)
        .unwrap_or(10.0 * mag);
    4.0 * step
}

/// One bar of a [`BarChart`].
pub struct Bar {
    /// The label left of the bar.
    pub label: String,
    /// Its length, in the units of the axis.
    pub value: f64,
    /// The text right of the bar.
    pub text: String,
    /// Its fill colour.
    pub colour: &'static str,
    /// The tooltip.
    pub tip: String,
}

/// A grid line with its label.
pub struct Tick {
    x: usize,
    label: String,
}

/// A bar placed on the chart.
pub struct PlacedBar {
    bar: Bar,
    y: usize,
    length: f64,
}

/// Horizontal bars on a common axis.
#[derive(Template)]
#[template(path = "report/bar_chart.svg")]
pub struct BarChart {
    height: usize,
    x0: usize,
    ticks: Vec<Tick>,
    bars: Vec<PlacedBar>,
}

/// Bars whose values run from 0 to `max`; the axis is in percent or plain numbers.
pub fn bar_chart(bars: Vec<Bar>, max: f64, axis_percent: bool) -> BarChart {
    let (row, top) = (24, 20);
    let x0 = label_room(bars.iter().map(|b| b.label.as_str()));
    let plot = WIDTH - x0 - 150;
    let ticks = (0..=4)
        .map(|k| {
            let v = max * k as f64 / 4.0;
            Tick { x: x0 + plot * k / 4, label: if axis_percent { pct(v) } else { format!("{v:.0}") } }
        })
        .collect();
    let bars = bars
        .into_iter()
        .enumerate()
        .map(|(i, b)| {
            let length = if max > 0.0 { (b.value / max).clamp(0.0, 1.0) * plot as f64 } else { 0.0 };
            PlacedBar { bar: Bar { label: truncate(&b.label, 30), ..b }, y: top + i * row, length }
        })
        .collect::<Vec<_>>();
    BarChart { height: top + bars.len() * row + 8, x0, ticks, bars }
}

/// One scenario's finished runs by grade.
pub struct GradeRow {
    /// The scenario's title.
    pub label: String,
    /// Runs per grade, S to D.
    pub counts: [usize; 5],
    /// The text right of the bar (`n=… · mean …`).
    pub note: String,
}

/// A grade's stretch of a stacked bar.
pub struct Segment {
    x: f64,
    length: f64,
    fill: &'static str,
    ink: &'static str,
    tip: String,
    text: Option<String>,
}

/// A stacked bar placed on the chart.
pub struct PlacedRow {
    label: String,
    note: String,
    y: usize,
    segments: Vec<Segment>,
}

/// Stacked bars of grade shares, one per scenario.
#[derive(Template)]
#[template(path = "report/grade_chart.svg")]
pub struct GradeChart {
    height: usize,
    x0: usize,
    note_x: usize,
    rows: Vec<PlacedRow>,
}

/// The segments of one stacked bar, `plot` units long, starting at `x0`.
fn segments(row: &GradeRow, x0: usize, plot: usize) -> Vec<Segment> {
    let n: usize = row.counts.iter().sum();
    let mut x = x0 as f64;
    let mut out = Vec::new();
    for (g, c) in row.counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        let (letter, fill) = GRADES[g];
        let share = *c as f64 / n as f64;
        let length = share * plot as f64;
        let text = match length {
            l if l >= 44.0 => Some(format!("{letter} {c}")),
            l if l >= 22.0 => Some(c.to_string()),
            _ => None,
        };
        let ink = if letter == 'B' { "#1f2933" } else { "#fff" };
        let tip = format!("{} · {letter}: {c} ({})", row.label, pct(share));
        out.push(Segment { x, length, fill, ink, tip, text });
        x += length;
    }
    out
}

/// One stacked bar per row.
pub fn grade_chart(rows: Vec<GradeRow>) -> GradeChart {
    let (row_h, top) = (26, 6);
    let x0 = label_room(rows.iter().map(|r| r.label.as_str()));
    let plot = WIDTH - x0 - 120;
    let placed = rows
        .iter()
        .enumerate()
        .map(|(i, r)| PlacedRow {
            label: truncate(&r.label, 30),
            note: r.note.clone(),
            y: top + i * row_h,
            segments: segments(r, x0, plot),
        })
        .collect::<Vec<_>>();
    GradeChart { height: top + placed.len() * row_h + 4, x0, note_x: x0 + plot + 8, rows: placed }
}

/// One period of the time chart.
pub struct Period {
    /// The axis label (`05-01`, `2026-05`).
    pub label: String,
    /// Runs started in it.
    pub runs: usize,
    /// The mean score of its finished runs.
    pub mean: Option<f64>,
    /// The tooltip.
    pub tip: String,
}

/// A column placed on the chart.
pub struct Column {
    period: Period,
    x: f64,
    y: f64,
    width: f64,
    height: f64,
    centre: f64,
    labelled: bool,
}

/// Runs per period (columns, left axis) and mean score (line, right axis, 0–100).
#[derive(Template)]
#[template(path = "report/time_chart.svg")]
pub struct TimeChart {
    ticks: Vec<(f64, String, usize)>,
    columns: Vec<Column>,
    line: Vec<(f64, f64)>,
    points: String,
    runs_axis: String,
    mean_axis: String,
}

/// Geometry of the time chart: plot origin and size.
const TIME: (f64, f64, f64, f64) = (46.0, 20.0, 674.0, 190.0);

/// The chart of `periods`; `runs_axis` and `mean_axis` name the two axes.
pub fn time_chart(periods: Vec<Period>, runs_axis: String, mean_axis: String) -> TimeChart {
    let (x0, y0, plot_w, plot_h) = TIME;
    let max = count_axis(periods.iter().map(|p| p.runs).max().unwrap_or(1) as f64);
    let slot = plot_w / periods.len().max(1) as f64;
    let every = (periods.len() / 10).max(1);
    let ticks = (0..=4).map(|k| (y0 + plot_h - plot_h * k as f64 / 4.0, format!("{}", max * k as f64 / 4.0), 25 * k));
    let columns: Vec<Column> = periods
        .into_iter()
        .enumerate()
        .map(|(i, period)| {
            let x = x0 + slot * i as f64;
            let height = period.runs as f64 / max * plot_h;
            let (y, width, centre) = (y0 + plot_h - height, (slot * 0.76).max(1.0), x + slot / 2.0);
            Column { period, x: x + slot * 0.12, y, width, height, centre, labelled: i % every == 0 }
        })
        .collect();
    let line: Vec<(f64, f64)> =
        columns.iter().filter_map(|c| c.period.mean.map(|m| (c.centre, y0 + plot_h - m / 100.0 * plot_h))).collect();
    let points = line.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    TimeChart { ticks: ticks.collect(), columns, line, points, runs_axis, mean_axis }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_axes_are_round() {
        assert_eq!(count_axis(0.0), 4.0);
        assert_eq!(count_axis(3.0), 4.0);
        assert_eq!(count_axis(7.0), 8.0);
        assert_eq!(count_axis(12.0), 12.0);
        assert_eq!(count_axis(130.0), 160.0);
        assert_eq!(count_axis(3986.0), 4000.0);
    }

    #[test]
    fn chart_text_is_escaped() {
        let bar = Bar { label: "<b>".into(), value: 1.0, text: "a & b".into(), colour: "#fff", tip: "\"t\"".into() };
        let svg = bar_chart(vec![bar], 2.0, false).render().unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("&#60;b&#62;") && svg.contains("a &#38; b"), "{svg}");
        assert!(!svg.contains("<b>"));
    }

    #[test]
    fn grade_segments_fill_the_bar() {
        let row = GradeRow { label: "s".into(), counts: [1, 0, 3, 0, 0], note: String::new() };
        let seg = segments(&row, 100, 400);
        assert_eq!(seg.len(), 2);
        assert_eq!((seg[0].x, seg[0].length, seg[1].x, seg[1].length), (100.0, 100.0, 200.0, 300.0));
        assert_eq!(seg[1].text.as_deref(), Some("B 3"));
    }
}

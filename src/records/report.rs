//! The trainer's report: one self-contained HTML page (inline CSS, charts as inline SVG drawn
//! here; no script, no network) for one learner or a cohort merged from several databases.
//! Sections: summary, practise next, weakest techniques, taboos that keep slipping in (with the
//! replies quoted), grades per scenario, runs over time.

use super::ScenarioMeta;
use super::mastery::{self, Params, RunSample, ScenarioInfo, TechniqueMastery, TurnSample, Why};
use super::store::{RunRecord, Source};
use crate::locale::Locale;
use crate::scenario::grade::letter;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

/// What the report needs besides the runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Language of the page (labels, titles, technique names).
    pub locale: Locale,
    /// The scenario library (titles, what each trains, what each beat calls for).
    pub scenarios: Vec<ScenarioMeta>,
    /// Display names of technique and taboo ids (missing ids show as themselves).
    pub names: HashMap<String, String>,
    /// The mastery model's tuning.
    pub params: Params,
    /// When the report was made (shown as given).
    pub generated: String,
}

/// One learner: a profile in one database.
#[derive(Debug, Clone)]
pub struct Learner<'a> {
    /// How the report names them.
    pub label: String,
    /// Their runs, oldest first.
    pub runs: Vec<&'a RunRecord>,
}

/// Groups runs by (database, profile). Learners are named by profile when profiles are
/// unique across the databases, else by profile and file.
pub fn learners(sources: &[Source]) -> Vec<Learner<'_>> {
    let mut groups: BTreeMap<(usize, &str), Vec<&RunRecord>> = BTreeMap::new();
    for (i, src) in sources.iter().enumerate() {
        for r in &src.runs {
            groups.entry((i, r.profile.as_str())).or_default().push(r);
        }
    }
    let profiles: BTreeSet<&str> = groups.keys().map(|(_, p)| *p).collect();
    let unique = profiles.len() == groups.len();
    groups
        .into_iter()
        .map(|((i, profile), runs)| {
            let label =
                if unique { profile.to_string() } else { format!("{profile} · {}", sources[i].path.display()) };
            Learner { label, runs }
        })
        .collect()
}

/// A learner's runs as mastery samples; turns stored without `calls_for` take it from the
/// scenario's beat.
pub fn samples(runs: &[&RunRecord], scenarios: &[ScenarioMeta]) -> Vec<RunSample> {
    let by_id: HashMap<&str, &ScenarioMeta> = scenarios.iter().map(|s| (s.id.as_str(), s)).collect();
    runs.iter()
        .map(|r| RunSample {
            scenario: r.scenario.clone(),
            turns: r
                .turns
                .iter()
                .map(|t| TurnSample {
                    calls_for: t.calls_for.clone().unwrap_or_else(|| {
                        by_id
                            .get(r.scenario.as_str())
                            .and_then(|s| s.calls_for.get(&t.beat))
                            .cloned()
                            .unwrap_or_default()
                    }),
                    techniques: t.techniques.clone(),
                    taboos: t.taboos.clone(),
                    phrasing: t.phrasing,
                })
                .collect(),
        })
        .collect()
}

/// Escapes text for HTML and SVG (element content and quoted attributes).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The current time, UTC, as `YYYY-MM-DD HH:MM`.
pub fn now_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", s / 3600, s / 60 % 60)
}

/// The day number of a stored time (`YYYY-MM-DD…`).
fn day_of(stored: &str) -> Option<i64> {
    let y = stored.get(0..4)?.parse().ok()?;
    let m = stored.get(5..7)?.parse().ok()?;
    let d = stored.get(8..10)?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| days_from_civil(y, m, d))
}

/// `12,345`.
fn int(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The page's words in one language.
struct Words {
    lang: &'static str,
    title: &'static str,
    learners: &'static str,
    runs: &'static str,
    finished: &'static str,
    turns: &'static str,
    replies: &'static str,
    mean_score: &'static str,
    pass_rate: &'static str,
    taboo_turns: &'static str,
    sources: &'static str,
    generated: &'static str,
    next_h: &'static str,
    next_intro: &'static str,
    learner: &'static str,
    scenario: &'static str,
    technique: &'static str,
    why: &'static str,
    why_review: &'static str,
    why_weakest: &'static str,
    why_new: &'static str,
    no_library: &'static str,
    weak_h: &'static str,
    weak_intro: &'static str,
    weak_cohort: &'static str,
    opportunities: &'static str,
    used: &'static str,
    mastered: &'static str,
    due: &'static str,
    not_practised: &'static str,
    taboo_h: &'static str,
    taboo_intro: &'static str,
    taboo: &'static str,
    in_runs: &'static str,
    slipping: &'static str,
    examples: &'static str,
    grades_h: &'static str,
    overrides_h: &'static str,
    overrides_intro: &'static str,
    grades_intro: &'static str,
    mean: &'static str,
    time_h: &'static str,
    time_intro: &'static str,
    per_day: &'static str,
    per_week: &'static str,
    per_month: &'static str,
    none: &'static str,
    how_h: &'static str,
    how: &'static str,
}

const ZH: Words = Words {
    lang: "zh-CN",
    title: "Defuse 训练报告",
    learners: "学员",
    runs: "练习次数",
    finished: "已完成",
    turns: "回复",
    replies: "条回复",
    mean_score: "平均得分",
    pass_rate: "及格率（≥60）",
    taboo_turns: "含忌语的回复",
    sources: "数据来源",
    generated: "生成时间",
    next_h: "下一步练什么",
    next_intro: "按掌握度最弱的技巧挑选场景；已掌握的技巧隔一段时间会回来复习。",
    learner: "学员",
    scenario: "场景",
    technique: "技巧",
    why: "原因",
    why_review: "已掌握，但已有 {} 次练习没用到，该复习了",
    why_weakest: "最弱的技巧（掌握度 {}）",
    why_new: "还没有练过",
    no_library: "找不到场景库，无法推荐（用 --scenarios 指定场景文件夹）。",
    weak_h: "最弱的技巧",
    weak_intro: "在需要用到该技巧的对话节点上，用到了多少、用得多好；越近的练习权重越大。",
    weak_cohort: "条形为 {} 位学员的平均值",
    opportunities: "次机会",
    used: "用到",
    mastered: "已掌握",
    due: "该复习",
    not_practised: "还没有练过",
    taboo_h: "反复出现的服务忌语",
    taboo_intro: "按出现次数排列，并附学员的原话。“反复出现”：在至少 {} 次练习中出现过，且最近 {} 次练习里仍有。",
    taboo: "忌语",
    in_runs: "次练习",
    slipping: "反复出现",
    examples: "学员原话",
    grades_h: "各场景的成绩分布",
    overrides_h: "培训师改分",
    overrides_intro: "培训师复核后修改的单轮得分；引擎的原始得分保留在旁边。",
    grades_intro: "已完成的练习按等级统计：S ≥ 90，A ≥ 80，B ≥ 65，C ≥ 50，D < 50。",
    mean: "均分",
    time_h: "练习趋势",
    time_intro: "柱：练习次数；线：已完成练习的平均得分（右轴）。",
    per_day: "按天",
    per_week: "按周",
    per_month: "按月",
    none: "暂无数据。",
    how_h: "掌握度怎么算",
    how: "每个对话节点都标明了需要的技巧。某个技巧在这些节点上被用到，记一半的分，另一半看这条回复的话术得分；没用到记 0。越近的练习权重越大（每 {} 次练习减半）。再加上一次想象中的“没用到”，只练过一两次不会显得已经掌握。掌握度 ≥ {}% 且至少 {} 次机会算已掌握；已掌握的技巧连续 {} 次练习没有用到，就会回到推荐里复习。",
};

const EN: Words = Words {
    lang: "en",
    title: "Defuse training report",
    learners: "Learners",
    runs: "Runs",
    finished: "finished",
    turns: "Replies",
    replies: "replies",
    mean_score: "Mean score",
    pass_rate: "Pass rate (≥60)",
    taboo_turns: "Replies with a taboo",
    sources: "Sources",
    generated: "Generated",
    next_h: "Practise next",
    next_intro: "The scenario that trains the weakest technique; mastered techniques come back for review after a while.",
    learner: "Learner",
    scenario: "Scenario",
    technique: "Technique",
    why: "Why",
    why_review: "mastered, but not practised for {} runs: time to review",
    why_weakest: "weakest technique (mastery {})",
    why_new: "not practised yet",
    no_library: "No scenario library found, so no recommendation (point --scenarios at the scenarios folder).",
    weak_h: "Weakest techniques",
    weak_intro: "How often and how well each technique was used where the conversation called for it; recent runs weigh more.",
    weak_cohort: "bars show the mean over {} learners",
    opportunities: "opportunities",
    used: "used",
    mastered: "mastered",
    due: "due for review",
    not_practised: "Not practised yet",
    taboo_h: "Taboos that keep slipping in",
    taboo_intro: "Most frequent first, with the learners' own replies. \"Keeps slipping in\": seen in at least {} runs and still in one of the last {}.",
    taboo: "Taboo",
    in_runs: "runs",
    slipping: "keeps slipping in",
    examples: "Replies",
    grades_h: "Grades per scenario",
    overrides_h: "Trainer overrides",
    overrides_intro: "Turn scores a trainer changed after review; the engine's own score stays beside them.",
    grades_intro: "Finished runs by grade: S ≥ 90, A ≥ 80, B ≥ 65, C ≥ 50, D < 50.",
    mean: "mean",
    time_h: "Runs over time",
    time_intro: "Columns: runs; line: mean score of finished runs (right axis).",
    per_day: "per day",
    per_week: "per week",
    per_month: "per month",
    none: "No data yet.",
    how_h: "How mastery is computed",
    how: "Every beat names the techniques it calls for. Where a technique was called for, using it earns half the credit and the reply's phrasing score the other half; missing it earns nothing. Recent runs weigh more (a run's weight halves every {} runs), and one imaginary miss is added so one or two lucky turns are not mastery. Mastery ≥ {}% with at least {} opportunities counts as mastered; a mastered technique not practised for {} runs comes back for review.",
};

const CSS: &str = r#"
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e7ec;--bg:#f5f6f8;--card:#fff;--accent:#2f6fde;
--good:#2d8a5f;--mid:#e0a526;--bad:#d1495b;--grey:#b8c0cc}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.55;
font-family:"Noto Sans CJK SC","Noto Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC","Source Han Sans SC",sans-serif}
main{max-width:1000px;margin:0 auto;padding:28px 24px 40px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:0 0 6px}
p.meta,p.intro,.muted{color:var(--muted);font-size:13px;margin:2px 0 10px}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:16px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;margin-top:14px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px}
.card .n{font-size:26px;font-weight:700;line-height:1.2}
.card .l{font-size:13px;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:7px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;white-space:nowrap}
.tag{display:inline-block;font-size:12px;padding:0 7px;border-radius:9px;background:#fde8eb;color:#a12a3b;white-space:nowrap}
.tag.review{background:#e6effd;color:#1f4fa8}
.tag.new{background:#eef0f3;color:#4a5563}
blockquote{margin:4px 0 6px;padding:5px 10px;border-left:3px solid var(--bad);background:#fdf3f4;
white-space:pre-wrap;overflow-wrap:anywhere;font-size:14px}
blockquote cite{display:block;font-style:normal;font-size:12px;color:var(--muted)}
svg{display:block;width:100%;height:auto;margin:6px 0}
svg text{font-family:inherit;font-size:12px;fill:var(--ink)}
svg .axis{stroke:var(--line)}
svg .lbl{fill:var(--muted);font-size:11px}
.legend{font-size:12px;color:var(--muted);display:flex;gap:14px;flex-wrap:wrap}
.legend i{display:inline-block;width:11px;height:11px;border-radius:2px;margin-right:4px;vertical-align:-1px}
footer{font-size:12px;color:var(--muted);margin-top:18px}
@media print{body{background:#fff}section{break-inside:avoid;border-color:#ccc}}
"#;

/// Grade colours S, A, B, C, D.
const GRADE_COLOURS: [&str; 5] = ["#1f7a4d", "#52b788", "#b5d99c", "#f4a261", "#d1495b"];
const GRADES: [char; 5] = ['S', 'A', 'B', 'C', 'D'];

fn fill(words: &str, args: &[&str]) -> String {
    let mut out = String::new();
    let mut rest = words;
    for a in args {
        let Some(i) = rest.find("{}") else { break };
        out.push_str(&rest[..i]);
        out.push_str(a);
        rest = &rest[i + 2..];
    }
    out.push_str(rest);
    out
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).collect::<String>() + "…" }
}

/// Rough display width of a label (CJK counts double), for laying out charts.
fn width(s: &str) -> usize {
    s.chars().map(|c| if (c as u32) >= 0x2E80 { 2 } else { 1 }).sum()
}

fn pct(x: f64) -> String {
    format!("{:.0}%", (x * 100.0).clamp(0.0, 100.0))
}

struct Bar {
    label: String,
    value: f64,
    text: String,
    colour: &'static str,
    tip: String,
}

/// A horizontal bar chart; `value`s are fractions of `max`.
fn bar_chart(bars: &[Bar], max: f64, axis_percent: bool) -> String {
    let label_w = bars.iter().map(|b| width(&b.label)).max().unwrap_or(10).clamp(8, 30) * 7 + 12;
    let (w, row, top) = (760usize, 24usize, 20usize);
    let x0 = label_w;
    let plot = w - x0 - 150;
    let h = top + bars.len() * row + 8;
    let mut s = format!(r#"<svg viewBox="0 0 {w} {h}" role="img" xmlns="http://www.w3.org/2000/svg">"#);
    for k in 0..=4 {
        let x = x0 + plot * k / 4;
        let v = max * k as f64 / 4.0;
        let t = if axis_percent { pct(v) } else { format!("{v:.0}") };
        let _ = write!(
            s,
            r#"<line class="axis" x1="{x}" y1="{}" x2="{x}" y2="{}"/><text class="lbl" x="{x}" y="12" text-anchor="middle">{t}</text>"#,
            top - 4,
            h - 6
        );
    }
    for (i, b) in bars.iter().enumerate() {
        let y = top + i * row;
        let bw = if max > 0.0 { (b.value / max).clamp(0.0, 1.0) * plot as f64 } else { 0.0 };
        let _ = write!(
            s,
            r#"<g><title>{tip}</title><text x="{lx}" y="{ty}" text-anchor="end">{label}</text><rect x="{x0}" y="{ry}" width="{bw:.1}" height="{bh}" rx="3" fill="{c}"/><text class="lbl" x="{vx:.1}" y="{ty}">{text}</text></g>"#,
            tip = escape(&b.tip),
            lx = x0 - 8,
            ty = y + 16,
            label = escape(&truncate(&b.label, 30)),
            ry = y + 4,
            bh = row - 8,
            c = b.colour,
            vx = x0 as f64 + bw + 6.0,
            text = escape(&b.text),
        );
    }
    s.push_str("</svg>");
    s
}

/// Everything computed for one learner.
struct LearnerView<'a> {
    learner: Learner<'a>,
    samples: Vec<RunSample>,
    mastery: Vec<TechniqueMastery>,
    next: Option<mastery::Recommendation>,
}

/// Renders the whole page.
pub fn render(sources: &[Source], opts: &Options) -> String {
    let w = if opts.locale.is_chinese() { &ZH } else { &EN };
    let lang = if opts.locale.is_chinese() { opts.locale.tag() } else { w.lang };
    let name = |id: &str| opts.names.get(id).cloned().unwrap_or_else(|| id.to_string());
    let meta: HashMap<&str, &ScenarioMeta> = opts.scenarios.iter().map(|s| (s.id.as_str(), s)).collect();
    let title = |id: &str| meta.get(id).map_or_else(|| id.to_string(), |m| m.title(opts.locale).to_string());
    let infos: Vec<ScenarioInfo> =
        opts.scenarios.iter().map(|s| ScenarioInfo { id: s.id.clone(), trains: s.trains.clone() }).collect();
    let views: Vec<LearnerView> = learners(sources)
        .into_iter()
        .map(|l| {
            let samples = samples(&l.runs, &opts.scenarios);
            let mastery = mastery::techniques(&samples, &opts.params);
            let last = l.runs.last().map(|r| r.scenario.as_str());
            let next = mastery::recommend(&mastery, &infos, last);
            LearnerView { learner: l, samples, mastery, next }
        })
        .collect();
    let all: Vec<&RunRecord> = sources.iter().flat_map(|s| &s.runs).collect();
    let finished: Vec<&RunRecord> = all.iter().copied().filter(|r| r.finished()).collect();
    let turns: usize = all.iter().map(|r| r.turns.len()).sum();
    let taboo_turns: usize = all.iter().map(|r| r.turns.iter().filter(|t| !t.taboos.is_empty()).count()).sum();
    let scores: Vec<u8> = finished.iter().filter_map(|r| r.score).collect();
    let mean = |v: &[u8]| (!v.is_empty()).then(|| v.iter().map(|x| f64::from(*x)).sum::<f64>() / v.len() as f64);

    let mut h = String::with_capacity(64 * 1024);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        escape(w.title)
    );
    // Header and summary.
    let files: Vec<String> = sources.iter().map(|s| escape(&s.path.display().to_string())).collect();
    let _ = write!(
        h,
        "<header><h1>{}</h1><p class=\"meta\">{}: {} · {}: {}</p>",
        escape(w.title),
        w.generated,
        escape(&opts.generated),
        w.sources,
        files.join(", ")
    );
    let card =
        |n: String, l: &str| format!("<div class=\"card\"><div class=\"n\">{n}</div><div class=\"l\">{l}</div></div>");
    let pass = (!scores.is_empty()).then(|| scores.iter().filter(|s| **s >= 60).count() as f64 / scores.len() as f64);
    let _ = writeln!(
        h,
        "<div class=\"cards\" id=\"summary\">{}{}{}{}{}{}</div></header>",
        card(int(views.len()), w.learners),
        card(int(all.len()), &format!("{} ({} {})", w.runs, int(finished.len()), w.finished)),
        card(int(turns), w.turns),
        card(mean(&scores).map_or("–".into(), |m| format!("{m:.0}")), w.mean_score),
        card(pass.map_or("–".into(), pct), w.pass_rate),
        card(if turns == 0 { "–".into() } else { pct(taboo_turns as f64 / turns as f64) }, w.taboo_turns),
    );

    // Practise next.
    let _ = write!(h, "<section id=\"practise-next\"><h2>{}</h2><p class=\"intro\">{}</p>", w.next_h, w.next_intro);
    if opts.scenarios.is_empty() {
        let _ = write!(h, "<p class=\"muted\">{}</p>", w.no_library);
    } else if views.is_empty() {
        let _ = write!(h, "<p class=\"muted\">{}</p>", w.none);
    } else {
        let _ = write!(
            h,
            "<table><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            w.learner, w.runs, w.mean_score, w.scenario, w.technique, w.why
        );
        for v in &views {
            let sc: Vec<u8> = v.learner.runs.iter().filter(|r| r.finished()).filter_map(|r| r.score).collect();
            let (scen, tech, why) = match &v.next {
                Some(r) => {
                    let why = match r.why {
                        Why::Review { runs_since } => {
                            format!(
                                "<span class=\"tag review\">{}</span>",
                                escape(&fill(w.why_review, &[&runs_since.to_string()]))
                            )
                        }
                        Why::Weakest { level } => {
                            format!("<span class=\"tag\">{}</span>", escape(&fill(w.why_weakest, &[&pct(level)])))
                        }
                        Why::NotYetPractised => format!("<span class=\"tag new\">{}</span>", w.why_new),
                    };
                    (escape(&title(&r.scenario)), escape(&name(&r.technique)), why)
                }
                None => ("–".into(), "–".into(), String::new()),
            };
            let _ = write!(
                h,
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{scen}</td><td>{tech}</td><td>{why}</td></tr>",
                escape(&v.learner.label),
                int(v.learner.runs.len()),
                mean(&sc).map_or("–".into(), |m| format!("{m:.0}")),
            );
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section>\n");

    // Weakest techniques: mean level over the learners who met the technique.
    let mut per: BTreeMap<&str, (f64, usize, usize, usize, usize, usize)> = BTreeMap::new();
    for v in &views {
        for m in &v.mastery {
            let e = per.entry(m.id.as_str()).or_default();
            e.0 += m.level;
            e.1 += 1;
            e.2 += m.opportunities;
            e.3 += m.used;
            e.4 += usize::from(m.mastered);
            e.5 += usize::from(m.due);
        }
    }
    let mut tech: Vec<(&str, f64, usize, usize, usize, usize, usize)> =
        per.into_iter().map(|(id, (sum, n, o, u, ma, du))| (id, sum / n as f64, n, o, u, ma, du)).collect();
    tech.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(b.0)));
    let cohort = views.len() > 1;
    let _ = write!(
        h,
        "<section id=\"weakest-techniques\"><h2>{}</h2><p class=\"intro\">{}{}</p>",
        w.weak_h,
        w.weak_intro,
        if cohort { format!(" ({})", fill(w.weak_cohort, &[&int(views.len())])) } else { String::new() }
    );
    if tech.is_empty() {
        let _ = write!(h, "<p class=\"muted\">{}</p>", w.none);
    } else {
        let bars: Vec<Bar> = tech
            .iter()
            .map(|(id, level, _n, o, u, ma, du)| {
                let all_mastered = *ma == if cohort { views.len() } else { 1 };
                let colour = if *du > 0 {
                    "#5b8def"
                } else if all_mastered || *level >= opts.params.mastered {
                    "#2d8a5f"
                } else if *level >= 0.4 {
                    "#e0a526"
                } else {
                    "#d1495b"
                };
                let mut text = format!("{} · {} {}", pct(*level), int(*o), w.opportunities);
                if *du > 0 {
                    let _ = write!(text, " · {}", w.due);
                } else if *level >= opts.params.mastered && *ma > 0 {
                    let _ = write!(text, " · {}", w.mastered);
                }
                let tip = format!("{}: {} {}/{} {}", name(id), w.used, int(*u), int(*o), w.opportunities);
                Bar { label: name(id), value: *level, text, colour, tip }
            })
            .collect();
        h.push_str(&bar_chart(&bars, 1.0, true));
        let _ = write!(
            h,
            "<div class=\"legend\"><span><i style=\"background:#d1495b\"></i>&lt; 40%</span><span><i style=\"background:#e0a526\"></i>40–{m}%</span><span><i style=\"background:#2d8a5f\"></i>≥ {m}% ({})</span><span><i style=\"background:#5b8def\"></i>{}</span></div>",
            w.mastered,
            w.due,
            m = (opts.params.mastered * 100.0).round()
        );
    }
    let met: BTreeSet<&str> = tech.iter().map(|t| t.0).collect();
    let mut unpractised: Vec<&str> = Vec::new();
    for s in &opts.scenarios {
        for t in &s.trains {
            if !met.contains(t.as_str()) && !unpractised.contains(&t.as_str()) {
                unpractised.push(t);
            }
        }
    }
    if !unpractised.is_empty() {
        let names: Vec<String> = unpractised.iter().map(|t| escape(&name(t))).collect();
        let _ = write!(h, "<p class=\"muted\">{}: {}</p>", w.not_practised, names.join(" · "));
    }
    h.push_str("</section>\n");

    // Taboos: cohort counts, the learners they keep slipping in for, and the newest replies,
    // taken in turn from each learner so a cohort's examples are not all one person's.
    struct TabooRow {
        weight: f64,
        turns: usize,
        runs: usize,
        learners: usize,
        slipping: usize,
        candidates: Vec<Vec<(String, String, String)>>,
    }
    let mut taboos: BTreeMap<String, TabooRow> = BTreeMap::new();
    for v in &views {
        for t in mastery::taboos(&v.samples, &opts.params) {
            let e = taboos.entry(t.id.clone()).or_insert(TabooRow {
                weight: 0.0,
                turns: 0,
                runs: 0,
                learners: 0,
                slipping: 0,
                candidates: Vec::new(),
            });
            e.weight += t.weight;
            e.turns += t.turns;
            e.runs += t.runs;
            e.learners += 1;
            e.slipping += usize::from(t.slipping);
            e.candidates.push(Vec::new());
        }
        'runs: for r in v.learner.runs.iter().rev() {
            for turn in r.turns.iter().rev() {
                for id in &turn.taboos {
                    let Some(list) = taboos.get_mut(id).and_then(|e| e.candidates.last_mut()) else { continue };
                    if list.len() < 3 && !list.iter().any(|x| x.0 == turn.reply) {
                        list.push((turn.reply.clone(), v.learner.label.clone(), title(&r.scenario)));
                    }
                }
            }
            if taboos.values().all(|e| e.candidates.last().is_none_or(|l| l.len() >= 3)) {
                break 'runs;
            }
        }
    }
    fn examples(t: &TabooRow) -> Vec<&(String, String, String)> {
        let mut out: Vec<&(String, String, String)> = Vec::new();
        for round in 0..3 {
            for list in &t.candidates {
                if let Some(x) = list.get(round)
                    && out.len() < 3
                    && !out.iter().any(|o| o.0 == x.0)
                {
                    out.push(x);
                }
            }
        }
        out
    }
    let mut taboos: Vec<(String, TabooRow)> = taboos.into_iter().collect();
    taboos.sort_by(|a, b| b.1.turns.cmp(&a.1.turns).then(b.1.weight.total_cmp(&a.1.weight)).then(a.0.cmp(&b.0)));
    let intro =
        fill(w.taboo_intro, &[&opts.params.taboo_min_runs.to_string(), &opts.params.taboo_recent_runs.to_string()]);
    let _ = write!(h, "<section id=\"taboos\"><h2>{}</h2><p class=\"intro\">{}</p>", w.taboo_h, escape(&intro));
    if taboos.is_empty() {
        let _ = write!(h, "<p class=\"muted\">{}</p>", w.none);
    } else {
        let top: Vec<&(String, TabooRow)> = taboos.iter().take(10).collect();
        let max = top.iter().map(|t| t.1.turns).max().unwrap_or(1) as f64;
        let bars: Vec<Bar> = top
            .iter()
            .map(|(id, t)| Bar {
                label: name(id),
                value: t.turns as f64,
                text: format!("{} {} · {} {}", int(t.turns), w.replies, int(t.runs), w.in_runs),
                colour: if t.slipping > 0 { "#d1495b" } else { "#e8a0a9" },
                tip: format!("{}: {} {}", name(id), int(t.turns), w.replies),
            })
            .collect();
        h.push_str(&bar_chart(&bars, count_axis(max), false));
        let _ = write!(
            h,
            "<table><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>{}<th>{}</th></tr></thead><tbody>",
            w.taboo,
            w.turns,
            w.in_runs,
            if cohort { format!("<th class=\"num\">{}</th>", w.learners) } else { String::new() },
            w.examples
        );
        for (id, t) in taboos.iter().take(10) {
            let tag = match (t.slipping, cohort) {
                (0, _) => String::new(),
                (_, false) => format!(" <span class=\"tag\">{}</span>", w.slipping),
                (n, true) => format!(" <span class=\"tag\">{} · {} {}</span>", w.slipping, int(n), w.learners),
            };
            let quotes: String = examples(t)
                .into_iter()
                .map(|(reply, who, scen)| {
                    let cite = if cohort { format!("{} · {}", escape(who), escape(scen)) } else { escape(scen) };
                    format!("<blockquote>“{}”<cite>{cite}</cite></blockquote>", escape(&truncate(reply, 240)))
                })
                .collect();
            let _ = write!(
                h,
                "<tr><td>{}{tag}<div class=\"muted\">{}</div></td><td class=\"num\">{}</td><td class=\"num\">{}</td>{}<td>{quotes}</td></tr>",
                escape(&name(id)),
                escape(id),
                int(t.turns),
                int(t.runs),
                if cohort { format!("<td class=\"num\">{}</td>", int(t.learners)) } else { String::new() },
            );
        }
        h.push_str("</tbody></table>");
    }
    h.push_str("</section>\n");

    // Grades per scenario.
    let mut grades: BTreeMap<&str, [usize; 5]> = BTreeMap::new();
    let mut sums: HashMap<&str, (f64, usize)> = HashMap::new();
    for r in &finished {
        let Some(score) = r.score else { continue };
        let g = GRADES.iter().position(|c| *c == letter(score)).unwrap_or(4);
        grades.entry(r.scenario.as_str()).or_default()[g] += 1;
        let e = sums.entry(r.scenario.as_str()).or_default();
        e.0 += f64::from(score);
        e.1 += 1;
    }
    let order: HashMap<&str, usize> = opts.scenarios.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let mut rows: Vec<(&str, [usize; 5])> = grades.into_iter().collect();
    rows.sort_by_key(|(id, _)| (order.get(id).copied().unwrap_or(usize::MAX), id.to_string()));
    let _ = write!(h, "<section id=\"grades\"><h2>{}</h2><p class=\"intro\">{}</p>", w.grades_h, w.grades_intro);
    if rows.is_empty() {
        let _ = write!(h, "<p class=\"muted\">{}</p>", w.none);
    } else {
        h.push_str(&grade_chart(&rows, &|id| title(id), &sums, w));
        h.push_str("<div class=\"legend\">");
        for (g, c) in GRADES.iter().zip(GRADE_COLOURS) {
            let _ = write!(h, "<span><i style=\"background:{c}\"></i>{g}</span>");
        }
        h.push_str("</div>");
    }
    h.push_str("</section>\n");

    // Trainer overrides, beside the engine's scores.
    let overrides: Vec<(String, &crate::records::store::Override, &RunRecord)> = sources
        .iter()
        .flat_map(|src| {
            src.overrides.iter().filter_map(move |o| {
                let run = src.runs.iter().find(|r| r.id == o.run_id)?;
                Some((run.profile.clone(), o, run))
            })
        })
        .collect();
    if !overrides.is_empty() {
        let _ = write!(
            h,
            "<section id=\"overrides\"><h2>{}</h2><p class=\"intro\">{}</p><ul>",
            w.overrides_h, w.overrides_intro
        );
        for (who, o, run) in &overrides {
            let reply = run.turns.iter().find(|t| t.turn == o.turn).map_or("", |t| t.reply.as_str());
            let _ = write!(
                h,
                "<li><b>{}</b> · {} · #{} — {} → <b>{}</b>: {} <q>{}</q></li>",
                escape(who),
                escape(&run.scenario),
                o.turn,
                o.engine,
                o.score,
                escape(&o.reason),
                escape(reply)
            );
        }
        h.push_str("</ul></section>\n");
    }

    // Runs over time.
    let _ = write!(h, "<section id=\"runs-over-time\"><h2>{}</h2><p class=\"intro\">{}</p>", w.time_h, w.time_intro);
    match time_chart(&all, w) {
        Some(svg) => h.push_str(&svg),
        None => {
            let _ = write!(h, "<p class=\"muted\">{}</p>", w.none);
        }
    }
    h.push_str("</section>\n");

    let p = &opts.params;
    let how = fill(
        w.how,
        &[
            &format!("{}", p.half_life),
            &format!("{:.0}", p.mastered * 100.0),
            &p.min_opportunities.to_string(),
            &p.review_after.to_string(),
        ],
    );
    let _ = write!(h, "<footer><h2>{}</h2><p>{}</p></footer>\n</main>\n</body>\n</html>\n", w.how_h, escape(&how));
    h
}

/// The top of a count axis with four whole-number steps, at or above `x` (a round step:
/// 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ, never a fraction).
fn count_axis(x: f64) -> f64 {
    let raw = (x / 4.0).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|v| *v >= raw && v.fract() == 0.0)
        .unwrap_or(10.0 * mag);
    4.0 * step
}

fn grade_chart(
    rows: &[(&str, [usize; 5])],
    title: &dyn Fn(&str) -> String,
    sums: &HashMap<&str, (f64, usize)>,
    w: &Words,
) -> String {
    let labels: Vec<String> = rows.iter().map(|(id, _)| title(id)).collect();
    let label_w = labels.iter().map(|l| width(l)).max().unwrap_or(10).clamp(8, 30) * 7 + 12;
    let (width_px, row, top) = (760usize, 26usize, 6usize);
    let x0 = label_w;
    let plot = width_px - x0 - 120;
    let h = top + rows.len() * row + 4;
    let mut s = format!(r#"<svg viewBox="0 0 {width_px} {h}" role="img" xmlns="http://www.w3.org/2000/svg">"#);
    for (i, ((id, counts), label)) in rows.iter().zip(&labels).enumerate() {
        let y = top + i * row;
        let n: usize = counts.iter().sum();
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#,
            x0 - 8,
            y + 17,
            escape(&truncate(label, 30))
        );
        let mut x = x0 as f64;
        for (g, c) in counts.iter().enumerate() {
            if *c == 0 {
                continue;
            }
            let bw = *c as f64 / n as f64 * plot as f64;
            let _ = write!(
                s,
                r#"<rect x="{x:.1}" y="{}" width="{bw:.1}" height="{}" fill="{}"><title>{} · {}: {} ({})</title></rect>"#,
                y + 4,
                row - 8,
                GRADE_COLOURS[g],
                escape(label),
                GRADES[g],
                c,
                pct(*c as f64 / n as f64)
            );
            if bw >= 22.0 {
                let fg = if g == 2 { "#1f2933" } else { "#fff" };
                let _ = write!(
                    s,
                    r#"<text x="{:.1}" y="{}" text-anchor="middle" style="fill:{fg};font-size:11px">{}{}</text>"#,
                    x + bw / 2.0,
                    y + 17,
                    if bw >= 44.0 { format!("{} ", GRADES[g]) } else { String::new() },
                    c
                );
            }
            x += bw;
        }
        let (sum, k) = sums.get(id).copied().unwrap_or((0.0, 1));
        let _ = write!(
            s,
            r#"<text class="lbl" x="{}" y="{}">n={} · {} {:.0}</text>"#,
            x0 + plot + 8,
            y + 17,
            int(n),
            w.mean,
            sum / k as f64
        );
    }
    s.push_str("</svg>");
    s
}

fn time_chart(runs: &[&RunRecord], w: &Words) -> Option<String> {
    let days: Vec<(i64, &RunRecord)> = runs.iter().filter_map(|r| day_of(&r.started).map(|d| (d, *r))).collect();
    let first = days.iter().map(|d| d.0).min()?;
    let last = days.iter().map(|d| d.0).max()?;
    let span = last - first + 1;
    // Bucket: day, week (from Monday) or month.
    #[derive(PartialEq)]
    enum Unit {
        Day,
        Week,
        Month,
    }
    let unit = match span {
        ..=62 => Unit::Day,
        63..=560 => Unit::Week,
        _ => Unit::Month,
    };
    let bucket = |d: i64| match unit {
        Unit::Day => d,
        Unit::Week => d - (d + 3).rem_euclid(7),
        Unit::Month => {
            let (y, m, _) = civil_from_days(d);
            days_from_civil(y, m, 1)
        }
    };
    let next = |b: i64| match unit {
        Unit::Day => b + 1,
        Unit::Week => b + 7,
        Unit::Month => {
            let (y, m, _) = civil_from_days(b);
            if m == 12 { days_from_civil(y + 1, 1, 1) } else { days_from_civil(y, m + 1, 1) }
        }
    };
    let unit_words = match unit {
        Unit::Day => w.per_day,
        Unit::Week => w.per_week,
        Unit::Month => w.per_month,
    };
    let mut buckets: Vec<(i64, usize, f64, usize)> = Vec::new();
    let mut b = bucket(first);
    while b <= last {
        buckets.push((b, 0, 0.0, 0));
        b = next(b);
    }
    let index: HashMap<i64, usize> = buckets.iter().enumerate().map(|(i, b)| (b.0, i)).collect();
    for (d, r) in &days {
        let Some(i) = index.get(&bucket(*d)).copied() else { continue };
        buckets[i].1 += 1;
        if let (true, Some(s)) = (r.finished(), r.score) {
            buckets[i].2 += f64::from(s);
            buckets[i].3 += 1;
        }
    }
    let (wpx, hpx, x0, y0, right) = (760.0, 250.0, 46.0, 20.0, 40.0);
    let plot_w = wpx - x0 - right;
    let plot_h = hpx - y0 - 40.0;
    let max = count_axis(buckets.iter().map(|b| b.1).max().unwrap_or(1) as f64);
    let n = buckets.len() as f64;
    let slot = plot_w / n;
    let mut s = format!(r#"<svg viewBox="0 0 {wpx} {hpx}" role="img" xmlns="http://www.w3.org/2000/svg">"#);
    for k in 0..=4 {
        let y = y0 + plot_h - plot_h * k as f64 / 4.0;
        let _ = write!(
            s,
            r#"<line class="axis" x1="{x0}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}"/><text class="lbl" x="{:.1}" y="{:.1}" text-anchor="end">{}</text><text class="lbl" x="{:.1}" y="{:.1}">{}</text>"#,
            x0 + plot_w,
            x0 - 6.0,
            y + 4.0,
            max * k as f64 / 4.0,
            x0 + plot_w + 6.0,
            y + 4.0,
            25 * k
        );
    }
    let every = (buckets.len() / 10).max(1);
    let mut line = Vec::new();
    for (i, (start, count, sum, k)) in buckets.iter().enumerate() {
        let x = x0 + slot * i as f64;
        let bh = *count as f64 / max * plot_h;
        let (yy, mm, dd) = civil_from_days(*start);
        let label = if unit == Unit::Month { format!("{yy}-{mm:02}") } else { format!("{mm:02}-{dd:02}") };
        let _ = write!(
            s,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{bh:.1}" fill="#9db9ec"><title>{yy}-{mm:02}-{dd:02} ({unit_words}): {count} · {}</title></rect>"##,
            x + slot * 0.12,
            y0 + plot_h - bh,
            (slot * 0.76).max(1.0),
            if *k > 0 { format!("{} {:.0}", w.mean, sum / *k as f64) } else { "–".into() }
        );
        if i % every == 0 {
            let _ = write!(
                s,
                r#"<text class="lbl" x="{:.1}" y="{:.1}" text-anchor="middle">{label}</text>"#,
                x + slot / 2.0,
                y0 + plot_h + 16.0
            );
        }
        if *k > 0 {
            line.push(format!("{:.1},{:.1}", x + slot / 2.0, y0 + plot_h - sum / *k as f64 / 100.0 * plot_h));
        }
    }
    if line.len() > 1 {
        let _ = write!(s, r##"<polyline points="{}" fill="none" stroke="#d1495b" stroke-width="2"/>"##, line.join(" "));
    }
    for p in &line {
        let (x, y) = p.split_once(',').unwrap_or(("0", "0"));
        let _ = write!(s, r##"<circle cx="{x}" cy="{y}" r="2.5" fill="#d1495b"/>"##);
    }
    let _ = write!(
        s,
        r#"<text class="lbl" x="{x0}" y="{:.1}">{} ({unit_words})</text><text class="lbl" x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
        hpx - 4.0,
        w.runs,
        x0 + plot_w + 30.0,
        hpx - 4.0,
        w.mean_score
    );
    s.push_str("</svg>");
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_without_calls_for_take_it_from_the_beat() {
        use crate::records::store::TurnRecord;
        let t = |calls_for: Option<Vec<String>>| TurnRecord {
            turn: 1,
            reply: "好的".into(),
            waited: 1.0,
            beat: "opening".into(),
            phrasing: 70,
            total: 70,
            fit: None,
            calls_for,
            techniques: vec![],
            taboos: vec![],
        };
        let run = RunRecord {
            id: 1,
            profile: "p".into(),
            scenario: "s".into(),
            seed: 0,
            locale: "zh-CN".into(),
            timed: true,
            started: "2026-01-01 00:00:00".into(),
            ended: None,
            ending: None,
            ending_kind: None,
            score: None,
            turns: vec![t(None), t(Some(vec!["apology".into()])), t(Some(vec![]))],
        };
        let meta = ScenarioMeta {
            id: "s".into(),
            calls_for: [("opening".to_string(), vec!["empathy".to_string()])].into(),
            ..ScenarioMeta::default()
        };
        let got: Vec<Vec<String>> = samples(&[&run], &[meta])[0].turns.iter().map(|t| t.calls_for.clone()).collect();
        assert_eq!(got, [vec!["empathy".to_string()], vec!["apology".to_string()], vec![]]);
        assert!(samples(&[&run], &[])[0].turns[0].calls_for.is_empty(), "unknown scenario: nothing called for");
    }

    #[test]
    fn dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for d in [-800_000, -1, 0, 59, 60, 11_016, 20_000, 30_000] {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
        assert_eq!(day_of("2026-05-01 08:00:00"), Some(days_from_civil(2026, 5, 1)));
        assert_eq!(day_of("garbage"), None);
    }

    #[test]
    fn escaping_covers_markup() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }

    #[test]
    fn small_helpers() {
        assert_eq!(int(10_000), "10,000");
        assert_eq!(int(999), "999");
        assert_eq!(count_axis(0.0), 4.0);
        assert_eq!(count_axis(3.0), 4.0);
        assert_eq!(count_axis(7.0), 8.0);
        assert_eq!(count_axis(12.0), 12.0);
        assert_eq!(count_axis(130.0), 160.0);
        assert_eq!(count_axis(3986.0), 4000.0);
        assert_eq!(fill("a {} b {}", &["1", "2"]), "a 1 b 2");
        assert_eq!(truncate("一二三四五", 3), "一二…");
    }
}

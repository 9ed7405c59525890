//! The command line as a user meets it: batch scoring with bad input, play, check, wrong input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn defuse(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_defuse"))
        .args(args)
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// A copy of `scenarios/late_parcel` in a temporary folder, to break on purpose.
fn copy_example() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("late_parcel");
    std::fs::create_dir(&d).unwrap();
    for f in ["scenario.ron", "zh-CN.ftl", "en-US.ftl"] {
        std::fs::copy(std::path::Path::new("tests/data/fixture/late_parcel").join(f), d.join(f)).unwrap();
    }
    (dir, d)
}

#[test]
fn score_jsonl_has_spans_evidence_and_rewrites() {
    let out = defuse(&["score", "-", "--locale", "auto", "--format", "jsonl"], "我非常能理解您现在着急的心情\n這是公司的規定，我也沒辦法\nI'm sorry for the trouble, I completely understand how frustrating this is.\n".as_bytes());
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    let empathy = &lines[0]["techniques"][0];
    assert_eq!(empathy["id"], "empathy");
    let (s, e) = (empathy["start"].as_u64().unwrap() as usize, empathy["end"].as_u64().unwrap() as usize);
    let text: Vec<char> = lines[0]["text"].as_str().unwrap().chars().collect();
    assert_eq!(
        text[s..e].iter().collect::<String>(),
        empathy["evidence"].as_str().unwrap(),
        "offsets are in characters"
    );
    assert_eq!(lines[1]["locale"], "zh-TW");
    assert_eq!(lines[1]["taboos"][0]["id"], "policy_shield");
    assert!(lines[1]["taboos"][0]["rewrite"].is_string());
    assert_eq!(lines[2]["locale"], "en-US");
    assert!(lines[2]["score"].as_u64().unwrap() > lines[1]["score"].as_u64().unwrap());
}

#[test]
fn bad_lines_are_reported_and_skipped_and_huge_lines_scored() {
    let mut input = b"\xff\xfe broken\n\n".to_vec();
    input.extend("理解您的心情".repeat(60_000).as_bytes());
    input.extend(b"\nthanks for your patience\n");
    let out = defuse(&["score", "--format", "csv"], &input);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 3, "header + two scored lines");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("empty skipped: 1") && stderr.contains("invalid UTF-8 skipped: 1 (lines 1)"), "{stderr}");
}

#[test]
fn summary_goes_to_a_file_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sum.txt");
    let out =
        defuse(&["score", "--format", "text", "--summary", path.to_str().unwrap()], "亲，这是公司规定哦\n".as_bytes());
    assert!(out.status.success());
    let sum = std::fs::read_to_string(path).unwrap();
    assert!(sum.contains("policy_shield") && sum.contains("score\tlines"), "{sum}");
    assert!(String::from_utf8(out.stdout).unwrap().contains("#1"));
}

#[test]
fn wrong_input_gets_a_clear_message() {
    let out = defuse(&["score", "--locale", "fr-FR"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown locale 'fr-FR'"));
    let out = defuse(&["score", "/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/file.txt: cannot open"));
    let out = defuse(&["play", "--scenario", "late_parcl", "--script", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("did you mean \"late_parcel\""));
}

#[test]
fn play_prints_each_turn_and_the_ending() {
    let script = "您好，我是客服小林，很高兴为您服务。非常理解您等快递的着急心情。\n请稍等，我马上为您查询一下物流信息，大约需要两分钟。\n我已经联系快递公司加急处理，我会在今天下午5点前给您回复最新进展。\n感谢您的耐心，如果还有任何问题请随时联系我们。\n";
    let out = defuse(
        &["play", "--scenario", "late_parcel", "--script", "-", "--seed", "7", "--format", "jsonl"],
        script.as_bytes(),
    );
    assert!(out.status.success());
    let events: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(events[0]["event"], "start");
    assert_eq!(events.iter().filter(|e| e["event"] == "turn").count(), 4);
    let end = events.last().unwrap();
    assert_eq!(end["ending"], "resolved");
    assert!(end["grade"]["score"].as_u64().unwrap() >= 65);
}

#[test]
fn check_exits_1_on_errors_and_names_the_place() {
    let (_dir, d) = copy_example();
    let text = std::fs::read_to_string(d.join("scenario.ron")).unwrap();
    std::fs::write(d.join("scenario.ron"), text.replacen("start: \"opening\"", "start: \"openning\"", 1)).unwrap();
    let out = defuse(&["check", d.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("scenario.ron:")
            && stdout.contains("start beat \"openning\" does not exist (did you mean \"opening\"?)"),
        "{stdout}"
    );
    let ok = defuse(&["check"], b"");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stdout));
}

#[test]
fn check_shows_the_line_and_marks_the_spot() {
    let (_dir, d) = copy_example();
    let text = std::fs::read_to_string(d.join("scenario.ron")).unwrap();
    std::fs::write(d.join("scenario.ron"), text.replacen("difficulty: Easy,", "difficulty: Easy", 1)).unwrap();
    let out = defuse(&["check", d.to_str().unwrap()], b"");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0]
            .ends_with("scenario.ron:8:21: error: Expected comma: a comma is probably missing at the end of line 8"),
        "{stdout}"
    );
    assert_eq!(lines[1], "8 |     difficulty: Easy");
    assert_eq!(lines[2], "  |                     ^");
}

#[test]
fn a_new_scenario_passes_check_and_lint_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = defuse(&["new", "mango_box", "--dir", dir.path().to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = dir.path().join("mango_box");
    let check = defuse(&["check", "--strict", path.to_str().unwrap()], b"");
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
    let lint = defuse(&["lint", path.to_str().unwrap()], b"");
    assert!(lint.status.success(), "{}", String::from_utf8_lossy(&lint.stdout));
    let again = defuse(&["new", "mango_box", "--dir", dir.path().to_str().unwrap()], b"");
    assert!(!again.status.success(), "never overwrites");
}

#[test]
fn check_speaks_the_trainers_language() {
    let (_dir, d) = copy_example();
    let text = std::fs::read_to_string(d.join("scenario.ron")).unwrap();
    std::fs::write(d.join("scenario.ron"), text.replacen("start: \"opening\"", "start: \"openning\"", 1)).unwrap();
    let zh = defuse(&["check", "--lang", "zh-CN", d.to_str().unwrap()], b"");
    let stdout = String::from_utf8(zh.stdout).unwrap();
    assert!(stdout.contains("起始节点“openning”不存在（你是不是想写“opening”？）"), "{stdout}");
    let summary = String::from_utf8(zh.stderr).unwrap();
    assert!(summary.contains("检查了 1 个剧本：1 个错误"), "the summary too: {summary}");
    let tw = defuse(&["--lang", "zh-TW", "check", d.to_str().unwrap()], b"");
    assert!(String::from_utf8(tw.stderr).unwrap().contains("檢查了 1 個劇本"), "--lang before the subcommand");
    let en = defuse(&["check", d.to_str().unwrap()], b"");
    assert!(String::from_utf8(en.stdout).unwrap().contains("start beat \"openning\" does not exist"));
    assert!(String::from_utf8(en.stderr).unwrap().contains("checked 1 scenario(s): 1 error(s)"));
    let bad = defuse(&["check", "--lang", "xx"], b"");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn the_score_summary_speaks_the_trainers_language() {
    let zh = defuse(&["score", "--lang", "zh-CN"], "您好\n\n".as_bytes());
    let summary = String::from_utf8(zh.stderr).unwrap();
    assert!(summary.contains("读取 2 行；评分 1 行；跳过空行 1 行") && summary.contains("得分\t行数"), "{summary}");
    let en = defuse(&["score"], b"hello\n");
    assert!(String::from_utf8(en.stderr).unwrap().contains("lines read: 1; scored: 1"));
}

#[test]
fn ron_syntax_messages_speak_the_trainers_language() {
    let (_dir, d) = copy_example();
    let text = std::fs::read_to_string(d.join("scenario.ron")).unwrap();
    std::fs::write(d.join("scenario.ron"), text.replacen("difficulty:", "dificulty:", 1)).unwrap();
    let zh = defuse(&["check", "--lang", "zh-CN", d.to_str().unwrap()], b"");
    let stdout = String::from_utf8(zh.stdout).unwrap();
    assert!(stdout.contains("没有 `dificulty` 这个字段") && stdout.contains("你是不是想写 `difficulty`"), "{stdout}");
    let en = String::from_utf8(defuse(&["check", d.to_str().unwrap()], b"").stdout).unwrap();
    assert!(en.contains("unknown field `dificulty`") && en.contains("(did you mean `difficulty`?)"), "{en}");
}

#[test]
fn lint_and_review_summaries_speak_the_trainers_language() {
    let (_dir, d) = copy_example();
    let lint = defuse(&["lint", "--lang", "zh-TW", d.to_str().unwrap()], b"");
    assert!(String::from_utf8(lint.stderr).unwrap().contains("整理了 1 個劇本"));
    let review = defuse(&["review", "--lang", "zh-CN", d.to_str().unwrap()], b"");
    assert!(String::from_utf8(review.stderr).unwrap().contains("条有问题"));
    let en = defuse(&["lint", d.to_str().unwrap()], b"");
    assert!(String::from_utf8(en.stderr).unwrap().contains("linted 1 scenario(s)"));
}

/// `path` with `old` replaced by `new` once (panics when late_parcel no longer has `old`).
fn edit_file(path: &std::path::Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(old), "{} no longer contains {old:?}", path.display());
    std::fs::write(path, text.replacen(old, new, 1)).unwrap();
}

/// `path` without its lines that start with `prefix`.
fn drop_lines(path: &std::path::Path, prefix: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let kept: String = text.lines().filter(|l| !l.starts_with(prefix)).map(|l| format!("{l}\n")).collect();
    assert_ne!(kept.len(), text.len(), "{} has no line {prefix:?}", path.display());
    std::fs::write(path, kept).unwrap();
}

fn stdout(out: Output) -> String {
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn check_names_errors_and_warnings_in_the_trainers_language() {
    let (_dir, d) = copy_example();
    edit_file(&d.join("scenario.ron"), "start: \"opening\"", "start: \"openning\"");
    let en_ftl = std::fs::read_to_string(d.join("en-US.ftl")).unwrap();
    std::fs::write(d.join("en-US.ftl"), format!("{en_ftl}\ntitle = Again\n")).unwrap();
    let path = d.to_str().unwrap();
    let tw = stdout(defuse(&["check", "--lang", "zh-TW", path], b""));
    assert!(tw.contains(": 錯誤: 起始節點「openning」不存在"), "{tw}");
    assert!(tw.contains("en-US.ftl:") && tw.contains(": 警告: 文字「title」在這裡又定義了一次"), "{tw}");
    assert!(!tw.contains("error:"), "{tw}");
    let zh = stdout(defuse(&["check", "--lang", "zh-CN", path], b""));
    assert!(zh.contains("scenario.ron:") && zh.contains(": 错误: 起始节点“openning”不存在"), "{zh}");
    let en = stdout(defuse(&["check", "--lang", "en-US", path], b""));
    assert!(en.contains(": error: start beat \"openning\" does not exist"), "{en}");
    assert!(en.contains(": warning: message \"title\" is defined again here"), "{en}");
}

#[test]
fn review_findings_speak_the_trainers_language() {
    let (_dir, d) = copy_example();
    drop_lines(&d.join("en-US.ftl"), "upset-2 ");
    let path = d.to_str().unwrap();
    let zh = defuse(&["review", "--lang", "zh-CN", path], b"");
    assert_eq!(zh.status.code(), Some(1));
    let zh = stdout(zh);
    assert!(zh.contains("⚠ 只有 zh-CN 有：请加到 en-US.ftl 里") && zh.contains("文本 id"), "{zh}");
    assert!(zh.contains("共 ") && zh.contains("1 条有问题") && !zh.contains("flagged"), "{zh}");
    let tw = stdout(defuse(&["--lang", "zh-TW", "review", "--format", "markdown", path], b""));
    assert!(tw.starts_with("# 複核：late_parcel") && tw.contains("| 文字 id | zh-CN | en-US | 問題 |"), "{tw}");
    assert!(tw.contains("⚠ 只有 zh-CN 有：請加到 en-US.ftl 裡"), "{tw}");
    let en = stdout(defuse(&["review", "--lang", "en-US", path], b""));
    assert!(en.contains("⚠ only in zh-CN: add it to en-US.ftl") && en.contains("1 flagged"), "{en}");
}

#[test]
fn a_mistyped_scenario_id_is_explained_in_the_trainers_language() {
    let zh = defuse(&["review", "--lang", "zh-CN", "late_parcl"], b"");
    assert_eq!(zh.status.code(), Some(2));
    let e = String::from_utf8(zh.stderr).unwrap();
    assert!(e.contains("里没有剧本“late_parcl”") && e.contains("（你是不是想写“late_parcel”？）"), "{e}");
    let tw = defuse(&["graph", "--lang", "zh-TW", "late_parcl"], b"");
    assert!(String::from_utf8(tw.stderr).unwrap().contains("裡沒有劇本「late_parcl」"));
    let en = defuse(&["graph", "late_parcl"], b"");
    assert!(String::from_utf8(en.stderr).unwrap().contains("no scenario \"late_parcl\""));
}

#[test]
fn lint_findings_speak_the_trainers_language() {
    let (_dir, d) = copy_example();
    drop_lines(&d.join("en-US.ftl"), "upset-2 ");
    let path = d.to_str().unwrap();
    let zh = stdout(defuse(&["lint", "--lang", "zh-CN", path], b""));
    assert!(
        zh.contains(": 可修正: 这里用到了文本“upset-2”，但 en-US.ftl 里没有：请加上 `upset-2 = TODO(en-US): "),
        "{zh}"
    );
    let tw = defuse(&["lint", "--fix", "--lang", "zh-TW", path], b"");
    assert!(stdout(tw).contains(": 已修正: 這裡用到了文字「upset-2」"));
    let en_ftl = std::fs::read_to_string(d.join("en-US.ftl")).unwrap();
    assert!(en_ftl.contains("# 由 `defuse lint --fix` 加入：請翻譯這些文字"), "{en_ftl}");
    let en = stdout(defuse(&["lint", "--lang", "en-US", path], b""));
    assert!(en.is_empty(), "nothing left to fix: {en}");
}

#[test]
fn lint_problems_are_warnings_in_the_trainers_language() {
    let (_dir, d) = copy_example();
    let ron = d.join("scenario.ron");
    let text = std::fs::read_to_string(&ron).unwrap();
    let trains = text.lines().find(|l| l.trim_start().starts_with("trains: [")).unwrap();
    edit_file(&ron, trains, &trains.replacen("[", "[ /* sorted? */", 1));
    let path = d.to_str().unwrap();
    let tw = defuse(&["lint", "--lang", "zh-TW", path], b"");
    assert_eq!(tw.status.code(), Some(1));
    assert!(stdout(tw).contains(": 警告: trains 清單裡有註解：請手動排序"));
    let en = stdout(defuse(&["lint", path], b""));
    assert!(en.contains(": warning: the trains list has comments inside"), "{en}");
    edit_file(&ron, "difficulty: Easy,", "difficulty: Easy");
    let zh = stdout(defuse(&["lint", "--lang", "zh-CN", path], b""));
    assert!(zh.contains(": 错误: 缺少逗号") && zh.contains("——lint 需要一个能读取的 scenario.ron"), "{zh}");
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn play_names_a_mistyped_scenario_in_the_trainers_language() {
    let zh = defuse(&["--lang", "zh-CN", "play", "--scenario", "late_parcl", "--script", "-"], b"");
    assert_eq!(zh.status.code(), Some(2));
    let e = stderr(&zh);
    assert!(e.contains("里没有可以练习的剧本“late_parcl”（你是不是想写“late_parcel”？）；现有剧本："), "{e}");
    assert!(e.contains("late_parcel") && !e.contains("no playable"), "{e}");
    let tw = defuse(&["play", "--lang", "zh-TW", "--scenario", "late_parcl", "--script", "-"], b"");
    let e = stderr(&tw);
    assert!(e.contains("裡沒有可以練習的劇本「late_parcl」（你是不是想寫「late_parcel」？）；現有劇本："), "{e}");
    let en = defuse(&["--lang", "en-US", "play", "--scenario", "late_parcl", "--script", "-"], b"");
    let e = stderr(&en);
    assert!(
        e.contains("no playable scenario \"late_parcl\" in ")
            && e.contains(" (did you mean \"late_parcel\"?); known: ")
    );
    let missing = defuse(&["--lang", "zh-CN", "play", "--scenario", "late_parcel", "--script", "/no/such.txt"], b"");
    assert!(stderr(&missing).contains("/no/such.txt：无法读取回复脚本："), "{}", stderr(&missing));
}

#[test]
fn play_names_the_customer_in_the_scenarios_own_script() {
    for (locale, label) in [("zh-CN", "客户"), ("zh-TW", "客戶"), ("en-US", "Customer")] {
        let args = ["play", "--scenario", "late_parcel", "--script", "-", "--locale", locale, "--format", "chat"];
        let out = defuse(&args, "您好，我马上帮您查一下物流。\n".as_bytes());
        let text = String::from_utf8(out.stdout).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with(' ') && !l.starts_with("==")).collect();
        assert!(
            lines.len() >= 2
                && lines
                    .iter()
                    .all(|l| l.starts_with(&format!("{label}: ")) || l.starts_with(&format!("{label} (reacts): "))),
            "{locale}: {text}"
        );
    }
}

#[test]
fn play_keeps_its_transcript_labels_and_says_why_replies_were_left_in_the_trainers_language() {
    let rude = "这不是我们的问题，你去找快递公司吧。\n".repeat(12);
    let zh = defuse(&["--lang", "zh-CN", "play", "--scenario", "late_parcel", "--script", "-"], rude.as_bytes());
    assert!(zh.status.success(), "{}", stderr(&zh));
    assert!(stderr(&zh).contains("defuse: 还有回复没用上，这次练习就已经结束了"), "{}", stderr(&zh));
    let text = String::from_utf8(zh.stdout).unwrap();
    assert!(text.contains("[opening] 客户: ") && text.contains("    score ") && text.contains("— grade "), "{text}");
    let en = defuse(&["play", "--scenario", "late_parcel", "--script", "-"], rude.as_bytes());
    assert!(stderr(&en).contains("defuse: the run ended before all replies were used"), "{}", stderr(&en));
}

#[test]
fn new_explains_a_bad_id_in_the_trainers_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let tw = defuse(&["--lang", "zh-TW", "new", "Refund-Delay", "--dir", d], b"");
    assert_eq!(tw.status.code(), Some(2));
    assert_eq!(
        stderr(&tw).trim_end(),
        "defuse: 劇本 id「Refund-Delay」不符合規則：只能用小寫字母 a-z、數字 0-9 和底線 _，並以字母開頭（例如 \
         refund_delay）；你是不是想寫「refund_delay」？"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing created");
    let zh = defuse(&["--lang", "zh-CN", "new", "mango_box", "--dir", d], b"");
    assert!(zh.status.success(), "{}", stderr(&zh));
    let out = String::from_utf8(zh.stdout).unwrap();
    assert!(
        out.starts_with("已创建 ") && out.contains("下一步：修改这三个文件") && out.contains("--scenario mango_box")
    );
    let again = defuse(&["--lang", "zh-CN", "new", "mango_box", "--dir", d], b"");
    assert!(stderr(&again).contains("已经存在，什么都没有改动"), "{}", stderr(&again));
    let from = defuse(&["--lang", "zh-TW", "new", "x", "--from", "mango_bx", "--dir", d], b"");
    assert!(stderr(&from).contains("裡沒有劇本「mango_bx」（你是不是想寫「mango_box」？）"), "{}", stderr(&from));
    let en = defuse(&["new", "Refund-Delay", "--dir", d], b"");
    assert!(
        stderr(&en).contains("scenario id \"Refund-Delay\" is not valid: use lowercase letters"),
        "{}",
        stderr(&en)
    );
    let en = defuse(&["new", "peach_box", "--dir", d], b"");
    assert!(String::from_utf8(en.stdout).unwrap().starts_with("created "));
}

#[test]
fn train_and_disputes_speak_the_trainers_language() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("bad.tsv");
    std::fs::write(&tsv, "reply\tids\n你好\tgreeting\n").unwrap();
    let out = dir.path().join("m.json");
    let args =
        |lang: &'static str| ["--lang", lang, "train", "--data", tsv.to_str().unwrap(), "--out", out.to_str().unwrap()];
    let zh = defuse(&args("zh-CN"), b"");
    assert_eq!(zh.status.code(), Some(2));
    assert!(stderr(&zh).contains("bad.tsv:1：表头里没有 `text` 列"), "{}", stderr(&zh));
    let en = defuse(&args("en-US"), b"");
    assert!(stderr(&en).contains("bad.tsv:1: the header has no `text` column"), "{}", stderr(&en));
    let db = dir.path().join("nope.sqlite");
    let tw = defuse(&["--lang", "zh-TW", "disputes", "--db", db.to_str().unwrap(), "--list"], b"");
    assert_eq!(tw.status.code(), Some(2));
    assert!(stderr(&tw).contains("；請用 --db PATH 指定學員的紀錄檔"), "{}", stderr(&tw));
}

/// `train --choose-on`: levels chosen on a part scored by the rules of its time (its `rules`
/// column), and the phrasebooks' negation cues kept with the model.
#[test]
fn train_chooses_levels_on_a_given_part_and_keeps_the_negation_cues() {
    let dir = tempfile::tempdir().unwrap();
    let (data, part, out) = (dir.path().join("tune.tsv"), dir.path().join("part.tsv"), dir.path().join("m.json"));
    let mut tune = String::from("text\tids\n");
    let mut held = String::from("text\tids\trules\n");
    for i in 0..30 {
        tune += &format!("好的，我帮您登记{i}号\toffer_help\n订单{i}号已经签收了\t\n");
        held += &format!("马上帮您登记第{i}件\toffer_help\t\n第{i}件已经签收了\t\t\n");
    }
    std::fs::write(&data, tune).unwrap();
    std::fs::write(&part, held).unwrap();
    let (d, p, o) = (data.to_str().unwrap(), part.to_str().unwrap(), out.to_str().unwrap());
    let run = defuse(&["train", "--data", d, "--choose-on", p, "--out", o], b"");
    assert!(run.status.success(), "{}", stderr(&run));
    let model: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let help = model["ids"].as_array().unwrap().iter().find(|m| m["id"] == "offer_help").expect("offer_help modelled");
    assert!(help["threshold"].as_f64().unwrap() <= 1.0, "the rules of the time missed every offer: {help}");
    assert!(model["negations"].as_array().unwrap().iter().any(|n| n == "不会"), "negation cues kept");
    assert!(model["trained_on"].as_str().unwrap().contains("--choose-on"));
    std::fs::write(&part, "reply\tids\n").unwrap();
    let bad = defuse(&["--lang", "en-US", "train", "--data", d, "--choose-on", p, "--out", o], b"");
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("part.tsv:1: the header has no `text` column"), "{}", stderr(&bad));
}

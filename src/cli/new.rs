//! `defuse new <id> [--from <existing-id>] [--channel chat|phone] [--dir scenarios]`: start a
//! scenario folder from a commented template that passes `defuse check` at once (no errors, no
//! warnings, its golden transcripts pass), or copy an existing scenario under a new id.

use super::words::Words;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The channel of a new scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ChannelArg {
    /// A chat window.
    Chat,
    /// A phone call.
    Phone,
}

/// Arguments of `defuse new`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The new scenario's id and folder name: lowercase letters, digits and `_` (`refund_delay`).
    pub id: String,
    /// Copy this existing scenario (an id in the scenarios folder, or a folder path) instead of
    /// starting from the template.
    #[arg(long, value_name = "EXISTING-ID")]
    pub from: Option<String>,
    /// Chat window or phone call (template only).
    #[arg(long, value_enum, default_value = "chat")]
    pub channel: ChannelArg,
    /// The folder that holds the scenarios (default: scenarios/).
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

/// Runs `defuse new`, speaking `lang` (see `--lang`): exit 0 when the folder was created, 2
/// otherwise.
pub fn run(args: Args, lang: Option<&str>) -> ExitCode {
    let words = match super::words(lang) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let dir = args.dir.clone().unwrap_or_else(crate::paths::scenarios_dir);
    let result = match &args.from {
        Some(from) => copy_scenario_in(&dir, from, &args.id, &words),
        None => create_in(&dir, &args.id, args.channel, &words),
    };
    match result {
        Ok(target) => {
            let shown = target.display();
            println!("{}", words.with("new-created", &[("path", &shown)]));
            println!("{}", words.with("new-next-check", &[("path", &shown)]));
            println!("{}", words.with("new-next-play", &[("dir", &dir.display()), ("id", &args.id)]));
            ExitCode::SUCCESS
        }
        Err(e) => super::fail(e),
    }
}

/// Checks a scenario id: lowercase letters a-z, digits and `_`, starting with a letter.
/// The error says what is wrong and suggests a valid id (in English; see [`validate_id_in`]).
pub fn validate_id(id: &str) -> Result<(), String> {
    validate_id_in(id, &Words::english())
}

/// [`validate_id`] with the error in `words`' language.
pub fn validate_id_in(id: &str, words: &Words) -> Result<(), String> {
    let ok_chars = id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    let starts_ok = id.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    if ok_chars && starts_ok && id.len() <= 64 {
        return Ok(());
    }
    let problem = if id.is_empty() {
        words.t("new-id-empty")
    } else if id.len() > 64 {
        words.with("new-id-too-long", &[("id", &id)])
    } else {
        words.with("new-id-invalid", &[("id", &id)])
    };
    let msg = words.with("new-id-rule", &[("problem", &problem)]);
    let suggestion = suggest_id(id);
    if !suggestion.is_empty() && suggestion != id {
        return Err(words.with("new-id-did-you-mean", &[("message", &msg), ("id", &suggestion)]));
    }
    Err(msg)
}

/// A valid id made from an invalid one (`Refund-Delay` → `refund_delay`), or "" when nothing is left.
fn suggest_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('_') && !out.is_empty() {
            out.push('_');
        }
    }
    let out = out.trim_end_matches('_').trim_start_matches(|c: char| c.is_ascii_digit() || c == '_');
    out.chars().take(64).collect()
}

/// Creates `<dir>/<id>/` from the template. Returns the new folder (errors in English).
pub fn create(dir: &Path, id: &str, channel: ChannelArg) -> Result<PathBuf, String> {
    create_in(dir, id, channel, &Words::english())
}

/// [`create`] with the errors in `words`' language.
pub fn create_in(dir: &Path, id: &str, channel: ChannelArg, words: &Words) -> Result<PathBuf, String> {
    validate_id_in(id, words)?;
    let target = dir.join(id);
    refuse_existing(&target, words)?;
    let files = template(id, channel);
    write_files(&target, files, words)?;
    Ok(target)
}

/// Creates `target` and writes `files` (`(name, text)`) into it.
fn write_files<N: AsRef<Path>>(target: &Path, files: Vec<(N, String)>, words: &Words) -> Result<(), String> {
    std::fs::create_dir_all(target)
        .map_err(|e| words.with("new-cannot-create", &[("path", &target.display()), ("error", &e)]))?;
    for (name, text) in files {
        let path = target.join(name);
        std::fs::write(&path, text)
            .map_err(|e| words.with("cli-cannot-write", &[("path", &path.display()), ("error", &e)]))?;
    }
    Ok(())
}

/// Copies the scenario `from` (an id under `dir`, or a folder) to `<dir>/<id>/` and rewrites its
/// `id:`. Returns the new folder (errors in English).
pub fn copy_scenario(dir: &Path, from: &str, id: &str) -> Result<PathBuf, String> {
    copy_scenario_in(dir, from, id, &Words::english())
}

/// [`copy_scenario`] with the errors in `words`' language.
pub fn copy_scenario_in(dir: &Path, from: &str, id: &str, words: &Words) -> Result<PathBuf, String> {
    validate_id_in(id, words)?;
    let target = dir.join(id);
    refuse_existing(&target, words)?;
    let cannot_read =
        |path: &Path, e: std::io::Error| words.with("cli-cannot-read", &[("path", &path.display()), ("error", &e)]);
    let source_dir = [dir.join(from), PathBuf::from(from)]
        .into_iter()
        .find(|p| p.join("scenario.ron").is_file())
        .ok_or_else(|| {
            let known = existing_ids(dir);
            let hint = crate::text::closest(from, known.iter().map(String::as_str))
                .map(|c| words.with("check-did-you-mean", &[("id", &c)]))
                .unwrap_or_default();
            words.with("new-from-missing", &[("from", &from), ("dir", &dir.display()), ("hint", &hint)])
        })?;
    let ron_path = source_dir.join("scenario.ron");
    let source = std::fs::read_to_string(&ron_path).map_err(|e| cannot_read(&ron_path, e))?;
    let rewritten = super::lint::set_top_level_string(&source, "id", id)
        .ok_or_else(|| words.with("new-no-id-field", &[("path", &ron_path.display())]))?;
    let mut files = vec![("scenario.ron".to_string(), rewritten)];
    let entries = std::fs::read_dir(&source_dir).map_err(|e| cannot_read(&source_dir, e))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n != "scenario.ron")
        .collect();
    names.sort();
    for name in names {
        let path = source_dir.join(&name);
        let bytes = std::fs::read(&path).map_err(|e| cannot_read(&path, e))?;
        files.push((name, String::from_utf8_lossy(&bytes).into_owned()));
    }
    write_files(&target, files, words)?;
    Ok(target)
}

fn refuse_existing(target: &Path, words: &Words) -> Result<(), String> {
    if target.exists() {
        return Err(words.with("new-exists", &[("path", &target.display())]));
    }
    Ok(())
}

fn existing_ids(dir: &Path) -> Vec<String> {
    crate::scenario::load::scenario_dirs(dir)
        .iter()
        .filter_map(|d| d.file_name().map(|f| f.to_string_lossy().to_string()))
        .collect()
}

/// The template's three files, `(file name, text)`, for a scenario `id` on `channel`.
pub fn template(id: &str, channel: ChannelArg) -> Vec<(&'static str, String)> {
    let (channel_name, drain, zh_open, en_open) = match channel {
        ChannelArg::Chat => ("Chat", "0.2", ZH_OPENING_CHAT, EN_OPENING_CHAT),
        ChannelArg::Phone => ("Phone", "0.4", ZH_OPENING_PHONE, EN_OPENING_PHONE),
    };
    let ron = RON_TEMPLATE.replace("__ID__", id).replace("__CHANNEL__", channel_name).replace("__DRAIN__", drain);
    let zh = ZH_TEMPLATE.replace("__ID__", id).replace("__OPENING__", zh_open);
    let en = EN_TEMPLATE.replace("__ID__", id).replace("__OPENING__", en_open);
    vec![("scenario.ron", ron), ("zh-CN.ftl", zh), ("en-US.ftl", en)]
}

const RON_TEMPLATE: &str = r#"// 场景 __ID__ — 由 `defuse new` 生成的模板 / generated by `defuse new`.
// 这个模板现在就能通过 `defuse check`：先改文字（zh-CN.ftl、en-US.ftl），再按需要改结构。
// It passes `defuse check` as it is: change the words first (the .ftl files), then the structure.
// 规则 / Rules:
//   - 这里不写任何台词：每个 "…-…" 都是 Fluent id，文字写在同目录的 zh-CN.ftl 和 en-US.ftl 里。
//     No words live here: every "…-…" string is a Fluent id; the text is in zh-CN.ftl and en-US.ftl.
//   - `//` 开头的是注释，游戏不读。 Lines starting with `//` are comments.
//   - 每一项后面都要有逗号。 Every item ends with a comma.
//   - 完整的说明见 docs/authoring.md。 The full guide is docs/authoring.md.
Scenario(
    // 场景 id，必须和文件夹名一样。 The scenario id: the same as the folder name.
    id: "__ID__",
    // 标题和任务说明（Fluent id）。 Title and briefing (Fluent ids).
    title: "title",
    briefing: "briefing",
    // 渠道：Chat（聊天窗口）或 Phone（电话）。 Chat window or phone call.
    channel: __CHANNEL__,
    // 难度：Easy / Medium / Hard。 Difficulty.
    difficulty: Easy,
    // 本场景练习的技巧 id（只能写技巧，不能写服务忌语）。 Technique ids this scenario trains.
    trains: ["empathy", "apology", "commit_timeline", "hold_notice", "closing"],
    // 自由标签，方便在列表里筛选。 Free tags for the picker.
    tags: ["template"],
    // 顾客 / The customer.
    persona: Persona(
        name: "persona-name",
        // 投诉类型：Factual 事务型 / Attitude 态度型 / Opinion 意见型。
        complaint: Factual,
        // 性格：Dominant 支配型 / Expressive 表达型 / Amiable 和蔼型 / Analytical 分析型。
        temperament: Amiable,
        // 开场时的三个情绪值（0–100）：怒气越高越糟，信任越高越好，耐心用完顾客就走。
        // Meters at the start (0-100): anger (high is bad), trust (high is good), patience.
        meters: Meters(anger: 50, trust: 40, patience: 70),
    ),
    // 计时模式下，顾客每等一秒失去的耐心（0 = 不着急）。 Patience lost per second of waiting.
    patience_drain: __DRAIN__,
    // 客服可以查到的资料：订单、物流、规则（Fluent id）。 What the agent can look up.
    case: Case(
        order: ["case-order-number", "case-order-item"],
        logistics: ["case-log-1", "case-log-2"],
        policies: ["case-policy"],
    ),
    // 可选：只在本场景里改变某个技巧/忌语对情绪值的影响。 Optional per-scenario effects:
    // effects: { "empathy": Effect(anger: -15, trust: 6, patience: 4) },
    // 自动结局：怒气到 100、耐心到 0、回复次数用完时直接结束。 Endings that fire by themselves.
    limits: Limits(anger_max: Some("escalated"), patience_out: Some("left"), max_turns: 10, turns_out: Some("left")),
    // 第一个情节点。 The first beat.
    start: "opening",
    // 情节点：顾客说一句（从 lines 里挑一句），学员回复，然后按 branches 从上到下找第一个成立的分支。
    // Beats: the customer says one of `lines`, the trainee replies, the first branch that holds is taken.
    beats: {
        // 受理：先接住情绪。 Accept: calm the customer first.
        "opening": Beat(
            // 顾客的几种说法（至少两种，重玩时会不同）。 Line variants (two or more).
            lines: ["opening-1", "opening-2"],
            // 这一刻需要的技巧（提示和"切题"评分用）。 Techniques this moment calls for.
            calls_for: ["greeting", "empathy", "apology"],
            // 阶段：Accept 受理 / Clarify 澄清 / Solve 方案 / FollowUp 回访。
            stage: Accept,
            // 选择模式下给学员的现成回复；good 表示你认为它是好回复。 Replies for choice mode.
            choices: [
                Choice(text: "choice-opening-good", good: true),
                Choice(text: "choice-opening-bad", good: false),
            ],
            // 分支：从上到下，第一个成立的生效；都不成立，顾客换个说法再说一次。
            // Branches: the first that holds wins; if none holds, the beat repeats.
            branches: [
                // 用了任何服务忌语 → 投诉升级。 Any taboo → escalated.
                Branch(when: AnyTaboo, goto: "escalated"),
                // 认同感受或道歉 → 进入澄清。 Empathy or an apology → the facts.
                Branch(when: Any([Used("empathy"), Used("apology")]), goto: "facts"),
                // 在这里回复了两次还没做到 → 也往下走（宽容）。 Two replies here → move on anyway.
                Branch(when: TurnsHere(2), goto: "facts"),
            ],
        ),
        // 澄清：弄清事实。 Clarify: find the facts.
        "facts": Beat(
            lines: ["facts-1", "facts-2"],
            calls_for: ["hold_notice", "probing_question", "paraphrase_confirm"],
            stage: Clarify,
            // 可选：带到这里的回复已经引用了案件资料（订单号、日期），就跳过这个情节点：同一条回复
            // 直接试它的分支（再加一个 Branch(when: Cited, goto: "solution")）。
            // Optional: pass this beat when the reply that brings the run here already quoted the
            // case file; its branches are tried with that same reply (add a Cited branch too).
            // passed_when: Cited,
            choices: [
                Choice(text: "choice-facts-good", good: true),
                Choice(text: "choice-facts-bad", good: false),
            ],
            branches: [
                Branch(when: AnyTaboo, goto: "escalated"),
                Branch(when: Any([Used("hold_notice"), Used("probing_question"), Used("paraphrase_confirm")]), goto: "solution"),
                Branch(when: TurnsHere(2), goto: "solution"),
            ],
        ),
        // 方案：给出明确的处理办法和时间。 Solve: a clear solution and time.
        "solution": Beat(
            lines: ["solution-1", "solution-2"],
            calls_for: ["commit_timeline", "offer_alternative", "reassurance"],
            stage: Solve,
            // 可选：对话里已经给过时间（Said：之前任何一条回复用过这个技巧），顾客就不说 solution-1。
            // Optional: she does not say solution-1 ("when do I get it?") once a time was given.
            // unless: { "solution-1": Said("commit_timeline") },
            choices: [
                Choice(text: "choice-solution-good", good: true),
                Choice(text: "choice-solution-bad", good: false),
            ],
            branches: [
                // 敷衍或推诿在这一刻最伤人。 Weak promises or passing the buck hurt most here.
                Branch(when: Any([Used("weak_commitment"), Used("pass_the_buck")]), goto: "escalated"),
                Branch(when: AnyTaboo, goto: "escalated"),
                // set: 记下一个标记，后面可以用 Flag("offered") 判断。 Remember a flag for later.
                Branch(when: Used("offer_alternative"), goto: "wrapup", set: ["offered"]),
                Branch(when: Used("commit_timeline"), goto: "wrapup"),
                // 三次都没有方案、而且客户仍然生气或不信任，才升级；心平气和的客户会再问一次。
                // Three replies without a plan escalate only while the customer is still angry or
                // distrustful; a calm, trusting customer asks again (`defuse check` warns otherwise).
                Branch(when: All([TurnsHere(3), Any([Above(Anger, 50), Below(Trust, 40)])]), goto: "escalated"),
            ],
        ),
        // 回访：感谢、确认、结束。 Follow up: thank, confirm, close.
        "wrapup": Beat(
            lines: ["wrapup-1", "wrapup-2"],
            calls_for: ["thank_customer", "closing"],
            stage: FollowUp,
            choices: [
                Choice(text: "choice-wrapup-good", good: true),
                Choice(text: "choice-wrapup-bad", good: false),
            ],
            branches: [
                Branch(when: AnyTaboo, goto: "escalated"),
                // 按情绪值分支：怒气低于 40 才算真正满意。 Branch on a meter: anger below 40.
                Branch(when: Any([Below(Anger, 40), Flag("offered")]), goto: "resolved"),
                // Always 总是成立，放在最后兜底。 Always holds: the last, fallback branch.
                Branch(when: Always, goto: "resolved_cool"),
            ],
        ),
    },
    // 结局：Resolved 问题解决 / WonBack 挽回客户 / Rescheduled 另约时间 / Escalated 投诉升级 / CustomerLeft 客户离开。
    // debrief 是结束后给学员看的点评（Fluent id）。 debrief: what the trainee reads afterwards.
    endings: {
        "resolved": Ending(kind: Resolved, debrief: "end-resolved"),
        "resolved_cool": Ending(kind: Resolved, debrief: "end-resolved-cool"),
        "escalated": Ending(kind: Escalated, debrief: "end-escalated"),
        "left": Ending(kind: CustomerLeft, debrief: "end-left"),
    },
    // 回归测试：写好的回复必须走到写好的结局，`defuse check` 每次都会跑。
    // Golden transcripts: scripted replies that must reach the ending written here.
    tests: [
        Golden(
            name: "skilled",
            seed: 1,
            locale: "zh-CN",
            replies: [
                "您好，我是客服小林，很高兴为您服务。非常理解您着急的心情，真的很抱歉给您添麻烦了。",
                "请稍等，我马上为您查询一下订单信息，大约需要两分钟。",
                "我已经为您提交了加急处理，我会在今天下午5点前给您回复最新进展。",
                "感谢您的耐心，如果还有任何问题请随时联系我们。",
            ],
            ending: Some("resolved"),
            expect: [Expect(turn: 1, has: ["greeting", "empathy"])],
        ),
        Golden(
            name: "brush-off",
            seed: 2,
            locale: "zh-CN",
            replies: ["这不是我们的问题，你去找快递公司吧。"],
            ending: Some("escalated"),
        ),
    ],
)
"#;

const ZH_OPENING_CHAT: &str = "opening-1 = 在吗？我的订单出了问题，到现在都没人给我一个说法。
opening-2 = 你好，我想问一下我的订单到底怎么回事，等了好几天了。";

const ZH_OPENING_PHONE: &str = "opening-1 = 喂，你好，我打电话是想问我的订单，到现在都没人给我一个说法。
opening-2 = 喂？是客服吗？我的订单等了好几天了，到底怎么回事？";

const EN_OPENING_CHAT: &str = "opening-1 = Hello? Something is wrong with my order and nobody has told me anything.
opening-2 = Hi, I want to know what is going on with my order. I've been waiting for days.";

const EN_OPENING_PHONE: &str = "opening-1 = Hello, I'm calling about my order. Nobody has told me anything so far.
opening-2 = Hello? Is this customer service? My order has been stuck for days. What's going on?";

const ZH_TEMPLATE: &str = "# 场景 __ID__ 的简体中文文字（由 `defuse new` 生成，请改成你自己的故事）。
# 每行一条：id = 文字。id 要和 scenario.ron 里写的一模一样。

title = 新场景：订单迟迟没有结果
briefing = 顾客的订单几天都没有进展，她第一次来问，有些着急。先接住她的情绪，再查清楚情况，最后给出明确的处理时间。
persona-name = 王女士

case-order-number = 订单号：20260101-00001
case-order-item = 商品：保温杯 500ml ×1
case-log-1 = 1月1日 10:00 商家已发货
case-log-2 = 1月2日 08:30 到达转运中心，之后无更新
case-policy = 发货后 72 小时无物流更新，可申请催件；超过 7 天未送达可补发或退款

__OPENING__

facts-1 = 就是上周买的那个保温杯，你们能查到现在到哪了吗？
facts-2 = 我也不清楚是哪里出了问题，你们帮我查一下吧。

solution-1 = 那现在怎么办？我什么时候能拿到？
solution-2 = 查到了又怎么样，到底怎么处理？

wrapup-1 = 好吧，那我等你的消息。
wrapup-2 = 行，希望这次别再拖了。

choice-opening-good = 您好，我是客服小林。非常理解您着急的心情，给您添麻烦了，真的很抱歉，我马上帮您查。
choice-opening-bad = 这种情况很正常，你再等等吧。
choice-facts-good = 请稍等，我现在为您查询订单信息，大约需要两分钟。
choice-facts-bad = 你自己看物流信息不就知道了。
choice-solution-good = 我已经为您提交了加急处理，今天下午5点前一定给您回复最新进展；如果明天还没有动静，我们直接为您补发一件。
choice-solution-bad = 我试试看吧，不一定能行。
choice-wrapup-good = 感谢您的耐心等待，有任何问题随时联系我，祝您生活愉快！
choice-wrapup-bad = 没别的事我就先下线了。

end-resolved = 王女士放心地等你的回复。你先认同了她的着急，查清了情况，再给出明确的时间——这正是“先处理心情，再处理事情”。
end-resolved-cool = 问题解决了，但王女士还有些不满。下次在给方案之前，多花一句话认同她的感受。
end-escalated = 王女士觉得没人管她的事，去平台投诉了。回头看看：哪一句让她觉得被推开或被敷衍？
end-left = 王女士等得不耐烦，离开了。回复要及时，等待前先告诉她你在做什么、要多久。

# 顾客对回复的反应（在情节点台词之前说）。不写就用 assets/reactions 的默认说法；
# 写 react-<键>-<序号> 覆盖整个场景，写 react-<情节点>-<键>-<序号> 只覆盖一个情节点。
react-technique-when_question-1 = 1月1日发的货，1月2日到了转运中心，之后就没动静了。
react-technique-when_question-2 = 元旦那天发的货，第二天以后就一直不动。
react-facts-taboo-policy_shield-1 = 规定我知道，我问的是我的保温杯什么时候到！
";

const EN_TEMPLATE: &str = "# English text of scenario __ID__ (generated by `defuse new`; replace it with your own story).
# One message per line: id = text. The ids must match scenario.ron exactly.

title = New scenario: an order that goes nowhere
briefing = The customer's order has not moved for days. This is her first message and she is getting worried. Acknowledge how she feels, find the facts, then give her a clear time.
persona-name = Ms Wang

case-order-number = Order: 20260101-00001
case-order-item = Item: Vacuum flask 500 ml ×1
case-log-1 = 1 Jan 10:00 dispatched by the shop
case-log-2 = 2 Jan 08:30 arrived at the sorting centre; no update since
case-policy = No tracking update for 72 h after dispatch: a chase can be filed; not delivered after 7 days: resend or refund

__OPENING__

facts-1 = It's the flask I bought last week. Can you see where it is now?
facts-2 = I don't know where it went wrong. Can you check for me?

solution-1 = So what now? When do I get it?
solution-2 = Fine, you found it. What are you going to do about it?

wrapup-1 = All right, I'll wait to hear from you.
wrapup-2 = OK. I hope it doesn't drag on again.

choice-opening-good = Hello, this is Lin from customer service. I completely understand how worrying this is, and I'm really sorry for the trouble; let me check it right away.
choice-opening-bad = This happens all the time, just wait a bit longer.
choice-facts-good = Please hold on while I check your order; it will take about two minutes.
choice-facts-bad = Just look at the tracking yourself.
choice-solution-good = I've asked for your order to be rushed, and I will get back to you by 5 pm today with an update; if nothing moves by tomorrow, we will send you a new one.
choice-solution-bad = I'll try, but no promises.
choice-wrapup-good = Thank you for your patience. If anything else comes up, just message me. Have a lovely day!
choice-wrapup-bad = If that's all, I'm logging off.

end-resolved = Ms Wang is happy to wait for your update. You acknowledged her worry, found the facts, then gave a clear time: feelings first, then the matter.
end-resolved-cool = The problem is solved, but Ms Wang is still a little sore. Next time, spend one more sentence on how she feels before the solution.
end-escalated = Ms Wang felt nobody cared and complained to the platform. Look back: which line made her feel brushed off?
end-left = Ms Wang got tired of waiting and left. Reply promptly, and before a wait tell her what you are doing and how long it takes.

# The customer's reactions to a reply (said before the beat's line). Leave them out to use the
# defaults in assets/reactions; react-<key>-<n> overrides them for the whole scenario,
# react-<beat>-<key>-<n> for one beat.
react-technique-when_question-1 = It shipped on 1 January, reached the hub on the 2nd, and nothing since.
react-technique-when_question-2 = It went out on New Year's Day and hasn't moved since the next morning.
react-facts-taboo-policy_shield-1 = I know the rules. I'm asking when my flask will arrive!
";

## 话术分析与训练界面的文字（简体中文）。
## 技巧与忌语的 id 见 shared/TECHNIQUES.md：id 一旦发布就不再改变含义。
## name-<id>：显示名称；why-<id>：在学员回复中发现时的讲解，参数 $evidence（学员原话）与 $points（带符号的分数）；
## desc-<id>：提示面板里的一句话说明。

## ── 分数组成 ──

name-base = 基础分
why-base = 回复的基础分 { $points }
name-empty = 空回复
why-empty = 这条回复是空的，什么也没有说；客户只能继续等着，得 0 分。
label-score = 得分
label-instead = 建议改为：
label-rewritten = 改写后：

## ── 技巧：显示名称 ──

name-when_question = “何时”法提问
name-topic_shift = 转移话题
name-pause_consult = 间隙转折
name-set_limits = 给定限制
name-polite_no = 说“不”的技巧
name-offer_alternative = 提供选择/补救
name-empathy = 认同感受
name-apology = 致歉
name-paraphrase_confirm = 复述澄清
name-probing_question = 有效提问
name-offer_help = 表示愿意提供帮助
name-commit_timeline = 明确回复时间
name-thank_customer = 感谢
name-positive_wording = 积极用词
name-i_statement = 用“我”代替“你”
name-warm_handoff = 专人负责的转接
name-greeting = 欢迎语
name-hold_notice = 告知等待
name-reassurance = 让客户放心
name-closing = 结束语

## ── 技巧：为什么有效 ──

why-when_question = 你用“{ $evidence }”问客户问题是从什么时候开始的，把发泄引向具体的事实；在火头上的人无法解决问题，先让火气降下来。
why-topic_shift = 你借“{ $evidence }”抓住客户话里的一个细节转开话题，对方不再顺着原来的思路发火，气氛缓和了下来。
why-pause_consult = “{ $evidence }”让对话暂停一下，去请示有决定权的人；客户知道你在为他争取更多办法，火气也有了降温的时间。
why-set_limits = 你用“{ $evidence }”坚定而礼貌地划出界限，并把选择交给客户：既表明你想帮忙，也不让辱骂继续下去。
why-polite_no = “{ $evidence }”在说“不”的同时表达了遗憾、说明了原因；说“不”并不意味着与客户不欢而散。
why-offer_alternative = “{ $evidence }”在原要求无法满足时给出了另一种选择或补救，客户看到事情还有出路。
why-empathy = 你用“{ $evidence }”接住了客户的情绪，客户感到被理解。
why-apology = “{ $evidence }”为客户的不愉快经历诚恳致歉；道歉不等于认错，它表达的是遗憾与同情，会把客户的思绪引向解决方案。
why-paraphrase_confirm = 你用“{ $evidence }”复述并确认客户的问题，表明你在认真听、尊重他，也给了他补充说明的机会。
why-probing_question = “{ $evidence }”引导客户多说；只有让客户多说，才能快速掌握核心事实，对症下药。
why-offer_help = “{ $evidence }”表明你愿意帮忙、接下了这个问题，客户感到安全、有保障，对立情绪随之减弱。
why-commit_timeline = “{ $evidence }”给出了明确的回复时间：客户知道有人负责、什么时候会有结果（首问责任）。记得按时兑现。
why-thank_customer = 你用“{ $evidence }”感谢客户，把投诉当成改进的机会，客户感到自己的意见被重视。
why-positive_wording = “{ $evidence }”用积极的词说出能做什么，客户的注意力被引向办法，而不是停在问题上。
why-i_statement = “{ $evidence }”用“我”来承担，而不是用“你”指向客户，客户不会觉得有根手指指着自己。
why-warm_handoff = “{ $evidence }”转交时说清了谁来负责、怎样联系客户，客户不会觉得被推来推去。
why-greeting = “{ $evidence }”及时、热情地开场并介绍了自己，第一印象就让客户愿意好好说。
why-hold_notice = “{ $evidence }”在让客户等待前说明了你在做什么、大约要多久，等待不再让人焦躁。
why-reassurance = “{ $evidence }”用实实在在的保障或已在进行的处理让客户放心，而不是一句空洞的“别担心”。
why-closing = “{ $evidence }”礼貌地收尾：道谢、说明接下来的安排、欢迎再联系，客户带着好印象离开。

## ── 技巧：提示面板 ──

desc-when_question = 客户辱骂或笼统指责时，问问题从什么时候开始，把发泄变成事实。例：“您什么时候开始感到我们的服务没能及时替您解决这个问题？”
desc-topic_shift = 客户顺着自己的思路不停发火时，抓住他话里略有关联的细节转移话题，缓和气氛。例：“我理解您，您的孩子多大啦？”
desc-pause_consult = 需要有决定权的人拍板时，暂停对话去请示，并承诺带着办法回来。例：“稍候，让我来和高层领导请示一下，我们还可以怎样来解决这个问题。”
desc-set_limits = 多次尝试后客户仍出言不逊时，坚定而礼貌地说明继续下去会怎样，并给出选择。例：“我非常想帮助您。但您如果一直这样情绪激动，我只能和您另外约时间了。您看呢？”
desc-polite_no = 政策、法律或库存不允许时，带着歉意说“不”，说明原因，保住关系。例：“根据多数人的需求情况，我们公司目前是这样规定的……”
desc-offer_alternative = 原要求无法满足时，为客户的需求提供另一种选择，或提供补救性服务：告诉客户“我能做的是……”。
desc-empathy = 客户情绪激动时，先说出并接纳他的感受，再谈事情。例：“对不起，让您感到不愉快了，我非常理解您此时的感受。”
desc-apology = 为客户的不愉快经历诚恳道歉。如果确实是公司原因，必须诚恳道歉，但不能过分道歉。
desc-paraphrase_confirm = 用自己的话复述客户的问题，再问自己理解得对不对。例：“您是说……我理解了您的意思吗？”
desc-probing_question = 用开放式或封闭式提问引导客户多说，快速掌握事实。例：“是的……还有呢？您是指哪方面……”
desc-offer_help = 客户关注解决问题时，表示你愿意帮忙并接下这个问题。例：“让我看一下该如何帮助您，我很愿意为您解决问题。”
desc-commit_timeline = 无法当场解决时，给出明确的回复时间并信守承诺（首问责任）。例：“可否给我们*天的时间，我会在*月*日前给您答复。”
desc-thank_customer = 感谢客户的反馈、耐心，甚至投诉本身：投诉是改进的机会。例：“非常感谢您的耐心等待。”“感谢您的指教。”
desc-positive_wording = 说能做什么，选正面的词，不强化不好的部分。例：“由于需要的顾客多，您需要的这款产品我们暂时没货了。”
desc-i_statement = 用“我”代替“你”，把话揽到自己身上，而不是指向客户。例：“不好意思，也许是我说得不够清楚，请您允许我再解释一遍。”
desc-warm_handoff = 需要转交时不撒手：说清谁来负责、怎样联系客户。例：“您的事有专人负责，我帮您来联系他，请您留下联系方式可以吗？”
desc-greeting = 收到客户消息后迅速、热情地开场，介绍自己并请对方说明问题。例：“您好，我是客服8号，很高兴为您服务，有什么我可以效劳的？”
desc-hold_notice = 需要客户等待前，告诉他你在做什么、大约要多久，再请他耐心等待一下。
desc-reassurance = 用实实在在的保障或已在进行的处理让客户放心。例：“您的这些问题我们都会很好的解决，请您尽管放心。”
desc-closing = 礼貌收尾：道谢、说明接下来会怎样、欢迎再联系。例：“非常感谢您的惠顾……如果有任何问题请您及时联系我们。”

## ── 忌语：显示名称 ──

name-blame_customer = 指责客户
name-policy_shield = 拿规定挡
name-pass_the_buck = 推诿
name-commanding = 命令口吻
name-dismissive = 轻视
name-negative_wording = 消极用词
name-argue_back = 争辩
name-threaten = 威胁
name-lecture = 说教
name-badmouth_company = 贬低公司/产品
name-weak_commitment = 敷衍
name-share_private_data = 泄露资料
name-internet_slang = 网络用语

## ── 忌语：为什么伤人、该怎么说 ──

why-blame_customer = “{ $evidence }”在指责客户，对方只会急着证明自己没错。把“你错了”换成“也许是我没说清楚”，和客户一起找问题出在哪里。
why-policy_shield = “{ $evidence }”把责任推给了规定，客户只听到“不管”。先说能做什么，再解释规定。
why-pass_the_buck = “{ $evidence }”把客户推给别人，客户觉得被踢皮球。告诉他有专人负责、由你来联系，并请他留下联系方式。
why-commanding = “{ $evidence }”是命令的口吻，客户感到被指使。改成“我们希望您能这样操作，这样会更好”，把理由说出来。
why-dismissive = “{ $evidence }”轻描淡写地打发了客户的担心，他只会觉得不被重视。说出你会怎样解决，让他真正放心。
why-negative_wording = “{ $evidence }”用了消极的词，反而强化了客户的不快。换成正面的说法，比如把“抱歉久等”换成“感谢您的耐心等待”。
why-argue_back = “{ $evidence }”在和客户争辩，只会火上浇油。不要本能地为自己辩护，先倾听、认同感受，再澄清事实。
why-threaten = “{ $evidence }”带有威胁，冲突会升级，信任也会荡然无存。真需要划界限时，礼貌地说明后果，并把选择交给客户。
why-lecture = “{ $evidence }”是在说教，客户此刻需要的是被理解，而不是被教育。先处理心情，再处理事情。
why-badmouth_company = “{ $evidence }”当着客户贬低公司、同事或产品，客户会怀疑整个店铺的诚信。维护企业形象，用事实让客户放心。
why-weak_commitment = “{ $evidence }”是敷衍的承诺，客户听出你没有把握、也没打算尽力。说“我一定尽力而为”，并给出明确的回复时间。
why-share_private_data = “{ $evidence }”透露了他人的个人资料，这是严重违规。不随意提供客户资料，可以请对方向本人询问。
why-internet_slang = “{ $evidence }”是网络用语，显得不专业，不少顾客对此反感。工作中请使用专业、书面的表达。

## ── 忌语：提示面板 ──

desc-blame_customer = 避免告诉客户他错了、问题出在他身上，这只会激化对立。忌：“你错了，不是那样的！”
desc-policy_shield = 避免只拿规定挡住客户而不给任何帮助。忌：“这是公司的规定，我也没办法。”
desc-pass_the_buck = 避免把客户推到别处而不负责转接。忌：“这事我不管，您还是找他好了。”
desc-commanding = 避免命令客户做这做那。忌：“你必须……做。”“听着，不只这样的。”
desc-dismissive = 避免轻描淡写地打发客户的顾虑。忌：“您没有必要担心这些问题。”
desc-negative_wording = 避免强化坏处的字眼。忌：“很抱歉让你久等”“您问的那个产品卖完了”“重蹈覆辙”。
desc-argue_back = 避免争辩或为自己辩护，先听客户说完。忌：“我们怎么瞎胡搞了？这个烂摊子跟我们有什么关系？”
desc-threaten = 威胁是处理他人情绪的负面方式之一，只会让冲突升级；需要划界限时用“给定限制”。
desc-lecture = 说教是处理他人情绪的负面方式之一：客户要的是被理解，不是被教育。
desc-badmouth_company = 避免当着客户贬低公司、同事或产品。忌：“这些产品也不差劲，你出的是特价的价钱，买的又是瑕疵品。”
desc-weak_commitment = 避免半心半意的承诺，改说“一定尽力而为”并给出时间。忌：“您的问题我试试看吧。”
desc-share_private_data = 不随意提供客户资料，不透露任何他人的个人信息。
desc-internet_slang = 使用聊天工具时用语、用词要专业、书面，不使用网络用语（这是较轻的风格提醒）。

## ── 情绪仪表 ──

meter-anger = 怒气
meter-trust = 信任
meter-patience = 耐心
reason-waiting = 客户等了 { $seconds } 秒
reason-unheard = 回复里没有任何技巧：客户觉得没有被听见
reason-called-for = 回复给出了此刻需要的：{ $name }

## ── 投诉处理的四个阶段 ──

stage-accept = 受理
stage-clarify = 澄清
stage-solve = 方案
stage-follow-up = 回访

## ── 结局 ──

ending-resolved = 问题解决
ending-won-back = 挽回客户
ending-rescheduled = 另约时间
ending-escalated = 投诉升级
ending-customer-left = 客户离开

## ── 客户类型 ──

temperament-dominant = 支配型
temperament-expressive = 表达型
temperament-amiable = 和蔼型
temperament-analytical = 分析型
complaint-factual = 事务型
complaint-attitude = 态度型
complaint-opinion = 意见型

## ── 场景属性 ──

channel-chat = 在线聊天
channel-phone = 电话
difficulty-easy = 简单
difficulty-medium = 中等
difficulty-hard = 困难

title = 安装师傅两次爽约
briefing = 王先生买了一台空调，约了两次安装，师傅两次都没来：上周六没人没电话，他打来客服，被一句“师傅会到的，您再等等”打发了；今天他请了一天假在家等，从早上九点等到下午四点，师傅电话关机。他是支配型：要结果、要掌控，说一不二。他会提出你这一级做不了主的要求（今晚装好、赔误工费）。先诚恳道歉，别推给第三方、别搬规定、别争辩；你能做的，是暂停一下去请示主管，带着能选的方案回来，再把后续交给一个有名有姓的负责人，并给出时间。
persona-name = 王先生

case-order-number = 订单号：20261109-61845
case-order-item = 商品：1.5匹新一级能效变频挂机 ×1（含基础安装）
case-order-paid = 实付：¥3,299.00，11月9日 19:52 付款
case-log-delivered = 11月12日 已送货签收（待安装）
case-log-first = 11月16日（周六）14:00–18:00 首次预约安装：师傅未上门，无来电
case-log-call = 11月16日 18:40 顾客来电，客服答复“师傅会到的，您再等等”，未登记
case-log-second = 今天 09:00–12:00 二次预约：师傅未上门，电话关机（服务商：速达家电安装）
case-policy-rebook = 常规改约：需提前48小时，由服务商排期
case-policy-comp = 服务商违约补偿：误工补偿最高¥200，需主管审批
case-policy-own = 自营安装主管次日加急上门、全额退款上门取机：均需主管审批

opening-1 = 我请了一天假在家等，从早上九点等到现在下午四点，人没来，电话也打不通！这已经是第二次了！你们到底想怎么样？
opening-2 = 上周六放我鸽子，今天又放我鸽子！我扣着工资请假在家干等一天，你们就这么对客户？
opening-3 = 你们客服上次跟我说“师傅会到的，您再等等”，我等到现在连个人影都没有！你给我解释解释！

fury-1 = 又来这套！上次你们客服也是这么打发我的！我今天不想听这些，我要投诉你们整个售后！
fury-2 = 你听听你说的是人话吗？我请假扣的是我的工资，你们一句话就推干净了？

demand-1 = 我请假扣的工资谁赔？今天晚上之前必须给我装好，做不到就全额退货！
demand-2 = 我就两个要求：今天装好，误工费你们赔。你能不能做主？
demand-3 = 别跟我绕。今晚能不能装、误工费赔不赔，你现在给我一句准话。

say_so-1 = 这话是你自己说的，还是上面批了的？上次你们客服也跟我说“师傅会到的”，结果呢？做不了主，就去问能做主的人。
say_so-2 = 你说了算吗？别又是嘴上答应、回头没人认账。要么你现在去问能拍板的人，要么告诉我这事谁负责。

options-1 = 怎么样？你们领导怎么说？
options-2 = 说吧，你们到底能给我什么说法？哪天来、谁来、误工费怎么算？
options-3 = 那你到底能给我办成什么？你一条条给我说清楚。

handoff-1 = 那就明天来装。可我凭什么再信你们？到时候又没人来呢？
handoff-2 = 就明天。但我丑话说在前头，再放我鸽子，我直接打12315。
handoff-3 = 又是一句空话，上次也是这么一句。到底谁负责？让他本人给我打电话。
handoff-4 = 那就他。他几点之前给我打电话？上次可是连个电话都没有。
handoff-5 = 行，那我等他电话。要是他又没打来呢？上次就是一个电话都没有。

choice-opening-good = 王先生，真的非常抱歉。您专门请假等了一整天，师傅却两次都没来，这是我们的失职，换作是我也会火冒三丈。
choice-opening-argue = 师傅那边说上午给您打过电话，是您没接。
choice-opening-buck = 安装是第三方师傅负责的，您可以直接联系安装公司。
choice-fury-good = 您说得对，是我刚才没说到点子上，对不起。两次爽约、上次还被敷衍，责任在我们，这件事我来负责到底。
choice-fury-bad = 我理解您，但是规定就是这样，我也没办法。
choice-demand-good = 王先生，您的这两个要求我这一级确实定不了，但我不想随口答应您又做不到。请您稍等三分钟，我马上去请示主管，看看我们最多能为您做到什么，然后给您回话。
choice-demand-shield = 按规定安装需要提前48小时预约，今晚肯定装不了，误工费也没有这个规定，我也没办法。
choice-demand-argue = 今天的事也不全是我们的问题，师傅说您家地址写得不清楚。
choice-say_so-good = 王先生，您问得对，这些我得请主管批下来才算数，不能再随口答应您。请您稍等三分钟，我现在就去请示，带着批好的方案回来。
choice-say_so-bad = 我说了能就能，您就别问那么多了。
choice-options-good = 王先生，感谢您的耐心等待，我请示过了，主管批了两个方案：一是明天上午8点到10点，由我们自营的安装主管李师傅亲自上门，不用您再请假，家里有人开门就行；二是您不想再等的话，直接全额退款并上门取机。另外主管批了200元误工补偿，今晚打到您的账户。您选好后，我10分钟内给您回复具体安排。
choice-options-bad = 领导说只能按流程重新预约，等师傅排期，大概三五天吧，我也说不准。
choice-handoff-good = 这次您的单子由安装主管李师傅专人负责，他今晚8点前会给您打电话确认上门时间；明天早上9点我本人也会再跟进一次，师傅出门我就给您打电话。
choice-handoff-buck = 这个你明天直接找师傅就行，我这边管不了。

end-won-back = 王先生最后说：“行，这次我就看你们的。”第二天李师傅8点半就到了。你没有推、没有搬规定，而是先认错，再在他提出你做不了主的要求时停下来去请示主管，带着能选的方案回来，最后把事情交给一个有名有姓的人、给出时间——这就是间隙转折和专人负责的力量。
end-resolved = 王先生接受了安排，但电话里一直没松口。他还是觉得第一次道歉不够分量，或者你的回复让他觉得又被推了一下。支配型客户要的是“你在替我办事”的感觉。
end-escalated = 王先生打了12315，也在平台投诉了“售后推诿、两次爽约”。态度型投诉本来就是被敷衍出来的：推给第三方、搬规定、争辩谁的错，都只会让他确信又被打发了。做不了主的时候，说“我去请示”，而不是“我没办法”。
end-left = 王先生骂了一句就挂了电话，转身在平台申请了退货退款。他一分钟都不想多等：每句话都要让他看到事情在往前走。

react-technique-probing_question-1 = 订单20261109-61845，空调11月12日就送到了，约了两次安装，两次都没人来。
react-technique-probing_question-2 = 今天约的是上午九点到十二点，我从九点等到四点，师傅电话一直关机。
react-demand-technique-probing_question-1 = 我说得很清楚了：今晚装好，误工费赔。
react-demand-technique-probing_question-2 = 我要什么你还不知道？今天装上，请假的钱你们出。
react-technique-when_question-1 = 上周六约的两点到六点，没人来；今天约的九点到十二点，又没人来。
react-technique-when_question-2 = 空调11月12日就送到了，到今天还装不上。
react-technique-topic_shift-1 = 空调本身没毛病，问题是装不上！
react-technique-topic_shift-2 = 这个先不说，先把我的事办了。
react-technique-apology-1 = 道歉我听到了，可道歉解决不了问题。
react-technique-apology-2 = 光说对不起没用，我要的是结果。
react-fury-technique-apology-1 = 哼，这还像句话。
react-fury-technique-apology-2 = 总算说了句人话。
react-technique-empathy-1 = 知道我为什么火大就好。
react-technique-empathy-2 = 光理解有什么用。
react-technique-offer_alternative-1 = 我要的是把空调装上，别的都是其次。
react-technique-offer_alternative-2 = 方案是方案，我最在乎的是把空调装上。
react-demand-technique-commit_timeline-1 = 时间你们已经给过两次了。
react-demand-technique-commit_timeline-2 = 时间我听着，能不能兑现，我看结果。
react-opening-technique-commit_timeline-1 = 对，我就是那个时候在家干等，一个人影都没有。
react-opening-technique-commit_timeline-2 = 没错，两次都是，人没来，电话也没有。
react-demand-technique-offer_help-1 = 怎么帮？还是找那个放了我两次鸽子的安装公司？先回答我那两个要求。
react-demand-technique-offer_help-2 = “我们会处理”这种话我听过了。我那两个要求，行还是不行？
react-handoff-technique-commit_timeline-1 = 时间是给了，可这是谁给的保证？
react-handoff-technique-commit_timeline-2 = 时间我以前也听过，光有时间装不上空调。
react-demand-technique-pause_consult-1 = 行，你去问。我就在电话这头等着。
react-demand-technique-pause_consult-2 = 快去快回，别让我干等。
react-demand-technique-hold_notice-1 = 快点，我等着。
react-demand-technique-hold_notice-2 = 行，我等你回话，别让我等太久。
react-say_so-technique-pause_consult-1 = 这才对。去吧，我等着。
react-say_so-technique-pause_consult-2 = 好，你去问清楚了再来跟我说。
react-say_so-technique-hold_notice-1 = 快点，我等着。
react-say_so-technique-hold_notice-2 = 行，我等你回话。
react-taboo-weak_commitment-1 = 到底行还是不行？给句准话。
react-taboo-weak_commitment-2 = 这种含糊话我上次就听过了。
react-taboo-negative_wording-1 = 别净说办不了的，说你们能做什么。
react-taboo-negative_wording-2 = 少说那些没用的，说重点。

react-options-taboo-negative_wording-1 = 是等得够久的。
react-options-taboo-negative_wording-2 = 你也知道我等了一整天。

react-opening-taboo-negative_wording-1 = 何止是久等，我整整等了一天！单号20261109-61845，你查吧。
react-opening-taboo-negative_wording-2 = 久等？我从早上九点等到现在！订单20261109-61845，赶紧查。
react-fury-taboo-negative_wording-1 = 等？我等了一整天了。
react-fury-taboo-negative_wording-2 = 你也知道我等了一整天。
react-concrete-1 = 嗯，接着说。
react-concrete-2 = 这些我知道。
react-demand-concrete-1 = 哼。
react-demand-concrete-2 = 嗯。
react-fury-technique-probing_question-1 = 你们自己的记录上都有：约了两次，两次没人来。
react-fury-technique-probing_question-2 = 查你们的记录去，两次预约，两次放鸽子。
react-handoff-taboo-pass_the_buck-1 = 我可不想自己去追人，这事你得一直盯着。
react-handoff-taboo-pass_the_buck-2 = 别把我往外一推就完了，你也得盯着。

# Asked about topic "last_call" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-last_call-1 = 最后一次是下午三点多打的，还是关机，之前打了不下十次。
react-technique-when_question-last_call-2 = 三点多又打了一次，照样关机，我都打烦了。
react-technique-probing_question-last_call-1 = 最后一次是下午三点多打的，还是关机，之前打了不下十次。
react-technique-probing_question-last_call-2 = 三点多又打了一次，照样关机，我都打烦了。

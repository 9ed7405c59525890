title = 过了七天还要退
briefing = 赵先生20天前买了一双899元的跑鞋，穿了两次说磨脚，要求全额退款，还要“马上办”。七天无理由早就过了，直接退款你办不了。他是支配型：要结果、要掌控，讨厌被教育、被命令，更讨厌你拿“规定”压他。先接住他的火气，再清楚而有诚意地说“不”，等他冷静下来，再把你能做的选择摆出来让他挑。
persona-name = 赵先生

case-order-number = 订单号：20261101-77260
case-order-item = 商品：轻速竞训跑鞋 黑白 42码 ×1
case-order-paid = 实付：¥899.00，11月1日 20:15 付款
case-log-shipped = 11月2日 10:20 已发货（泉州仓）
case-log-signed = 11月3日 15:48 已签收（本人签收）
case-log-today = 今天：11月23日，距签收已20天
case-policy-7day = 七天无理由退货：签收次日起7天内，商品不影响二次销售
case-policy-quality = 质量问题：签收后30天内可申请质检，确认做工问题可退货退款，往返运费由店铺承担，检测时长48小时
case-policy-goodwill = 售后补偿：非质量问题可为顾客申请最高100元无门槛券，并可赠送防磨后跟贴

opening-1 = 我20天前在你们家买的跑鞋，穿了两次，脚后跟都磨出血了。我要退货，全额退款，你现在就给我办。
opening-2 = 你们这鞋什么质量？八百九十九，跑了两次五公里后跟全磨破了。给我退了，别跟我扯别的。
opening-3 = 客服，我要退鞋。穿两回就磨脚，这鞋我是不会再穿了，钱退给我，马上。

demand-1 = 别绕弯子，我就问你一句：到底能不能退？能退现在就退；不能退，你给我个说法，不然我直接找平台。
demand-2 = 行了，别的先别说：退还是不退？不退的话，你到底打算怎么给我解决？
demand-3 = 什么七天不七天的，鞋不穿两次谁知道磨脚？你们这规定就是坑人。那你说，这事到底怎么办？
demand-4 = 我再问你一遍：退还是不退？不退，你能给我什么？给句准话。

wall-1 = 规定？规定是你们自己定的！你再拿规定压我，我直接打12315。
wall-2 = 你这是什么态度？我花了九百块，不是来听你讲规矩、听你教育我的。
wall-3 = 行，跟你说不通。把你们店长叫来，我跟他说。
wall-4 = 你这话就是不想管呗？这事今天必须给我个说法。
wall-5 = 鞋磨脚倒成我的错了？你再这么跟我说话，我直接打12315。

options-1 = 所以就是不给退呗？那这鞋怎么办，扔了？
options-2 = 不能退是吧。那你说怎么办，这鞋我是不会再穿了。
options-3 = 行，你说的办法我听着。具体怎么弄，你给我说清楚。
options-4 = 不能退就不能退吧。你说还有办法，那到底怎么弄，给我说清楚。
options-5 = 行，两条路我听明白了。券我不要，就走质检。你怎么安排，说说看。

reject-1 = 少拿这些来打发我！就想这么让我闭嘴？
reject-2 = 说得好听，到最后还不是你们说了算？当我傻？

decide-1 = 行，就这么办。这事你给我盯着，什么时候有结果，你主动给我回话，别让我再来问。
decide-2 = 行，我先听你的。丑话说在前头：到时候要是变卦，我直接找平台。
decide-3 = 行，就这么办。你说的时间我记下了，到时候见不到结果，我直接找平台。
decide-4 = 你就给我句痛快话：这事谁负责，到时候谁给我回话？
decide-5 = 还有别的要说吗？没有就给我个准话，别让我白等。

choice-opening-good = 赵先生，穿了两次就磨得脚后跟出血，这确实太遭罪了，先跟您说声抱歉。我来看一下您的订单，看看怎么帮您处理最好。
choice-opening-shield = 您好，这个订单已经超过7天无理由退货期了，按规定是不能退的。
choice-opening-argue = 您都穿了二十天了，怎么还能退呢？这不是我们的问题。
choice-demand-good = 我跟您说实话：这双鞋已经过了7天无理由退货期，很抱歉，直接退款我这边确实没办法办理。不过鞋子磨脚这个问题，我可以帮您想办法。
choice-demand-shield = 规定就是规定，超过七天一律不退，我也没办法。
choice-demand-command = 您下单前应该先看清楚退货规则。
choice-wall-good = 是我刚才没说清楚，对不起。我不是拿规定压您，是想把能为您做的事情跟您说明白。
choice-wall-bad = 我只是按规定回答您，您这样说话我也没办法。
choice-options-good = 我可以为您做的是这两个方案：一是申请质量检测，确认是做工问题就按质量问题退货退款，来回运费我们出；二是您愿意留着穿的话，我给您申请一张100元无门槛券，再送一副防磨后跟贴。您看哪个更适合您？
choice-options-blame = 您自己选的尺码不合适，这个我们也没办法。
choice-options-dismiss = 超期了就只能这样了，要不您拿去二手卖掉吧。
choice-reject-good = 我理解您的顾虑，您担心送检只是走个过场。我跟您保证：检测报告会原样发给您，您不认可还可以申请平台介入，这一点您放心。
choice-reject-bad = 这已经是我们能给的最好的了，您爱要不要。
choice-decide-good = 鞋子寄回的运费我们先垫付，仓库收到后48小时内出检测结果，我会在48小时内给您打电话告知结果。就算不是质量问题，这张100元券也照样给您，这一点您放心。
choice-decide-bad = 检测结果我也说不准，看运气吧。

end-won-back = 赵先生最后说：“行，你这人办事还算痛快。”你没有躲在规定后面：先接住他的火，再明确又有诚意地说“不”，等他冷静下来，才把两条路摆在他面前让他自己选。支配型的客户要的就是掌控感和准话。
end-resolved = 事情有了着落，赵先生也接受了你给的方案。但他心里还是觉得被“打发”了：下次在给方案前，先用一句话接住他的情绪，让他觉得你站在他这边。
end-escalated = 赵先生在平台发起了投诉，还给了差评。对支配型客户，搬规定、讲道理、命令口吻都会被当成挑衅；他被拒绝时要的是诚意和选择，而不是一堵墙。
end-left = 赵先生不耐烦地关掉了对话，去平台申请了介入。他要的是快和准：每一句都要往解决问题上推进一步。

# 他的反应（先于本节点台词）。问题用案情回答：鞋本身没坏，是后跟太硬把脚磨破了。
react-technique-probing_question-1 = 后跟那块太硬，鞋看着没坏，是把我脚后跟磨出血了。
react-technique-probing_question-2 = 42码，11月3号收到的，就跑了两次，两次下来脚后跟都磨破了。
react-technique-when_question-1 = 11月3号到的货，跑了两次，两次都磨，第二次直接出血。
react-technique-when_question-2 = 一上脚就磨，跑了两次五公里，脚后跟就破了。
react-technique-apology-1 = 道歉就不用了，我要的是结果。
react-technique-apology-2 = 嗯。那就赶紧办。
react-technique-offer_alternative-1 = 哼，总算有点办法了。
react-technique-offer_alternative-2 = 行，说到点子上了。
react-opening-technique-empathy-1 = 哼。鞋倒是没坏，是后跟那块太硬，把我脚磨出血了。
react-opening-technique-empathy-2 = 知道遭罪就好。后跟太硬，脚都磨破了。
react-opening-technique-apology-1 = 道歉就不用了。鞋看着没坏，就是后跟硬，把我脚磨出血了。
react-opening-technique-apology-2 = 光道歉没用。后跟那块磨得我脚都出血了。
react-demand-concrete-1 = 哼。
react-demand-concrete-2 = 就这？
react-options-technique-probing_question-1 = 能退钱的那个。真要是你们的问题，钱一分都不能少。
react-options-technique-probing_question-2 = 我要的是把钱拿回来。真是你们的问题，一分都不能少。
react-options-technique-offer_alternative-1 = 哼。券又不能把钱还给我。那就拿去检测，真是做工问题，钱一分都不能少。
react-options-technique-offer_alternative-2 = 券我不稀罕。鞋拿去质检，做工有问题就给我全额退。
react-taboo-policy_shield-1 = 少跟我来这套！
react-taboo-policy_shield-2 = 少拿规定压我！
# Second round: he picks an option (the inspection is the only way his money comes back), answers a confirming question, and knows his own order.
react-opening-concrete-1 = 哼，日子我自己清楚，不用你念给我听。
react-opening-concrete-2 = 哼，我买了多久我自己知道。
react-options-technique-commit_timeline-1 = 那就约质检。真是做工问题，钱一分不能少，券先放一边。
react-options-technique-commit_timeline-2 = 那就走质检。做工有问题，就给我全额退。
react-decide-technique-probing_question-1 = 对，就质检，赶紧约。
react-decide-technique-probing_question-2 = 质检。你去约吧。
react-decide-technique-offer_alternative-1 = 对，就质检，赶紧约。
react-decide-technique-offer_alternative-2 = 质检。你去约吧。
react-reject-technique-commit_timeline-1 = 时间谁都会说。
react-reject-technique-commit_timeline-2 = 哼，时间说得倒挺痛快。
react-opening-technique-probing_question-1 = 订单20261101-77260，42码那双。鞋看着没坏，是后跟太硬，把我脚后跟磨出血了。
react-opening-technique-probing_question-2 = 订单号20261101-77260，11月3号收到的，跑了两次，脚后跟都磨破了。
# 报出签收日期也会被读成“给了时间”：他只认下说了时间，不说“记下了”。
react-technique-commit_timeline-1 = 哼，时间倒是说得清楚。
react-technique-commit_timeline-2 = 嗯，时间我听到了。

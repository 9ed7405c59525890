title = 说好的赠品呢
briefing = 林小姐买了一台空气炸锅，详情页写着“下单送烘焙纸+硅胶夹，确认收货再返20元券”。东西昨天到了，赠品没见着，确认收货后券也没到账。她是和蔼型：说话客气，甚至怀疑是自己没弄对。别怀疑她，也别含糊其辞地“试试看”；先道歉，查清楚，认下是我们的问题，给出确切时间，好好收尾。
persona-name = 林小姐

case-order-number = 订单号：20261119-40672
case-order-item = 商品：5L可视空气炸锅 奶白色 ×1，实付 ¥399.00
case-order-promise = 活动承诺：下单送烘焙纸50张+硅胶食品夹1个；确认收货后返20元回购券
case-order-confirmed = 11月22日 21:06 买家已确认收货
case-log-pack = 11月20日 打包出库单：空气炸锅×1（无赠品行）
case-log-signed = 11月22日 14:20 已签收
case-log-coupon = 回购券发放记录：11月22日 21:06 发放失败（活动券配置错误）
case-policy-gift = 漏发赠品：核实后免费单独补寄，当天17:00前寄出
case-policy-coupon = 活动券发放失败：客服可手动补发，5分钟内到账

opening-1 = 你好，我昨天收到空气炸锅了，东西挺好的。就是详情页写的赠品，烘焙纸和夹子，我都没找到，是不是漏发了呀？
opening-2 = 打扰一下哈，我买的空气炸锅到了，但是说好的赠品没看到，确认收货后的20元券也没收到……
opening-3 = 在吗？不好意思问一下，我的赠品和优惠券好像都没有，是不是我哪里没弄对？

doubted-1 = 我箱子都翻了好几遍，泡沫也都拆开看了，真的没有……你这么说，我心里挺不是滋味的。
doubted-2 = 我也不是为了占这点便宜……可你这么说，好像我在骗赠品似的。
doubted-3 = 你这么说，我心里挺不是滋味的……我只是想要回说好的赠品和券。

unsure-1 = 那就是不一定能补了吗？我是看到有赠品才下的单……
unsure-2 = 啊，那要是问不到呢？这事到底有没有人管呀？

check-1 = 嗯嗯，那你帮我看看吧。券是说确认收货后就发到账户里的，我昨天晚上就点了确认收货。
check-2 = 好的，麻烦你了。订单是昨天到的，赠品说是烘焙纸和一个夹子。
check-3 = 那就麻烦你帮我查一下吧，我在这儿等着。
check-4 = 没事没事……那赠品和券现在怎么处理呀？

found-1 = 怎么样，查到了吗？是不是漏发了呀？
found-2 = 嗯嗯，我等你……查到是怎么回事了吗？
found-3 = 好的好的，谢谢你。那赠品大概什么时候能寄出来呀？
found-4 = 嗯嗯，那就好。大概什么时候能弄好呀？我心里好有个数。

wrap-1 = 好的好的，那我等着，谢谢你啊。
wrap-2 = 嗯嗯，这下我就放心了。那我就等你们寄过来啦。
wrap-3 = 嗯，券到了，我看到了。那赠品就等你们寄过来啦。

choice-opening-good = 您好，我是客服小安。真不好意思，让您收货时留了个遗憾，赠品和券的事我马上帮您核实。
choice-opening-blame = 应该是您自己没仔细找吧，赠品一般塞在泡沫里。
choice-opening-weak = 赠品的事我试试看吧，不一定能补上。
choice-doubted-good = 真对不起，是我说话欠考虑了，我没有怀疑您的意思。我这就帮您查一下发货记录。
choice-doubted-bad = 我只是提醒一下，很多客户都是没找仔细。
choice-unsure-good = 对不起，是我刚才没说清楚。赠品和券都是活动承诺的，一定给您补齐，您放心。
choice-unsure-bad = 这个我真不好说，看仓库那边吧。
choice-check-good = 请稍等两分钟，我查一下这单的打包记录和发券记录。
choice-check-probe = 我需要先核实一下：请问外箱里有没有一个小白袋子？赠品一般单独装在里面。
choice-check-blame = 您没仔细看活动规则吧，券是要自己领的。
choice-found-good = 查到了，这是我们的疏忽：仓库打包时漏放了赠品，发券的系统设置也出了错，真的很抱歉。赠品今天下午给您单独补寄，20元券我现在手动补发，今天下午5点前我把补寄单号回复给您。
choice-found-weak = 我试试看吧，补不补得了我也不确定。
choice-found-blame = 赠品数量有限，送完就没有了哦，券的话是您没看清活动规则。
choice-wrap-good = 应该是我谢谢您的理解和耐心。赠品发出后我会把单号发到您的订单留言里，有任何问题随时找我，祝您用得开心！
choice-wrap-bad = 嗯，等着吧，没别的事我先忙了。

end-resolved = 林小姐收到了券，第二天也收到了补寄的赠品，还在评价里夸“客服小姐姐很负责”。你一开口就道歉、把查到的问题认下来，给了确切时间，最后还好好收了尾——和蔼型客户最需要的就是这份踏实。
end-won-back = 林小姐一度觉得被怀疑、被敷衍，但你及时道歉、把话说实，她最后还是放心了，还关注了店铺。下次从一开始就别让她有这份委屈。
end-resolved-cool = 赠品和券都补上了，但林小姐觉得整个过程冷冰冰的。她开口时先问好、先道歉，结尾再道谢、留个门，体验会完全不一样。
end-left = 林小姐没有吵，只是默默关掉了对话，给了一个中评：“赠品没收到，客服还怀疑我。”和蔼型客户受了委屈不会争，只会离开。
end-escalated = 林小姐越想越委屈，在平台申请了介入。是我们漏发在先，先认下来、给时间，本不会走到这一步。

# 林小姐对这条回复的反应（覆盖 assets/reactions 的默认反应）：提问用案件资料回答。
react-technique-probing_question-1 = 箱子里就只有炸锅和说明书，泡沫我也翻过了；确认收货是昨天晚上九点多点的。
react-technique-probing_question-2 = 我都看过了：箱子里没有赠品，昨晚确认收货以后卡券里也没有券。
react-found-technique-probing_question-1 = 好，我去看看。
react-found-technique-probing_question-2 = 嗯，我待会儿看一下。
react-technique-when_question-1 = 昨天下午两点多签收的，晚上九点多确认的收货。
react-technique-when_question-2 = 是11月19号下的单，昨天到的。
react-technique-apology-1 = 没事没事，别这么说。
react-technique-apology-2 = 嗯嗯，没关系的。

react-taboo-blame_customer-1 = 我……我真的仔细找过了。
react-taboo-blame_customer-2 = 是我哪里没弄对吗……
react-taboo-weak_commitment-1 = 啊……这样啊。
react-taboo-weak_commitment-2 = 嗯……好吧。
react-taboo-internet_slang-1 = 你这么说话，我有点不习惯……
react-taboo-internet_slang-2 = 呃……这么说有点随便了吧。
react-taboo-dismissive-1 = 可能对你来说是小事吧……
react-taboo-policy_shield-1 = 规定我不太懂……我就是想问问赠品。
react-taboo-argue_back-1 = 我没有要跟你争的意思……

react-technique-commit_timeline-1 = 哦，好，这下清楚了。
react-technique-commit_timeline-2 = 嗯嗯，知道了，谢谢。

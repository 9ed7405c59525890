title = 叫你们经理来！
briefing = 钱先生买的皮鞋要从42码换成43码，结果换回来的还是42码。昨天他打电话来，上一位客服说“系统显示发的是43码，您再仔细看看”，答应回电也没回。今天他一接通就要找经理。他是支配型，要的是掌控和结果：别推、别命令、别轻描淡写。先把错揽到“我们”身上；他坚持找经理时，可以停下来去请示主管、带着决定回来，或者把他稳妥地交给主管并说清楚几点回电。
persona-name = 钱立伟先生

case-order-number = 订单号：20261030-61857
case-order-item = 商品：男士真皮商务皮鞋 棕色 42码 ×1
case-order-paid = 实付：¥688.00，10月30日 13:26 付款
case-order-exchange = 换货申请：42码换43码（11月2日，已同意）
case-log-returned = 11月3日 顾客寄回 42码
case-log-received = 11月5日 仓库签收
case-log-resent = 11月7日 换货发出（仓库出库单：42码，发错）
case-log-delivered = 11月9日 顾客签收
case-log-call = 11月10日 来电：客服答复“系统显示发的是43码”，承诺回电，未回电
case-policy-wrong = 换货发错：店铺承担全部运费，顺丰加急次日达重发
case-policy-comp = 值班主管可批准 100 元以内的补偿（退回原账户或优惠券）
case-policy-duty = 今日值班主管：周经理，可当面请示，也可约定时间回电

opening-1 = 叫你们经理来！我不跟你说！换个鞋换了两回都换不对，你们是干什么吃的？
opening-2 = 你是客服是吧？我不找客服，你让你们经理接电话。昨天那个还说是我看错了，你们什么态度！
opening-3 = 我就一句话：让能做主的人来跟我说。42码换43码，你们又给我寄了双42码！

brushed-1 = 昨天那个也是这一套，答应回电，结果呢？我不信你，叫经理！
brushed-2 = 你连句人话都没有，上来就给我走流程？你们经理呢？

insists-1 = 少来这套，道歉有什么用？我要跟你们经理说，现在！
insists-2 = 你说得好听，你能做主吗？做不了主就把经理叫来。
insists-3 = 我再说一遍，我要找你们经理。你别跟我兜圈子。
last-call-1 = 我要找经理，说了三遍，你一次都没接这句话。最后问你一次：经理，你叫不叫？
last-call-2 = 你说什么我都听了，可我要经理这件事你一直当没听见。再给你一次机会：叫不叫？

furious-1 = 你什么态度？！推给别人是吧？我现在就打12315！
furious-2 = 你还教我做事？我买东西还得看你脸色？
furious-3 = 好，又是我的问题是吧？你们一个比一个能推！
furious-4 = 你这是在敷衍我？我要的是一句能算数的话。
furious-5 = 我没那么多耐心。你到底能不能给我解决？

consulted-1 = 怎么样？是你定还是经理定，总得给我个说法。
consulted-2 = 好，我听着。到底怎么定的，给我个说法。
consulted-3 = 别绕了，经理到底怎么定的？

when-exactly-1 = 听着还行。那到底哪天能到？上次答应回电都没回。
when-exactly-2 = 方案我听到了，我要的是时间。几点？
when-exactly-3 = 行，我不跟你绕。新鞋到底什么时候能到？给我个准点。

handoff-time-1 = 经理什么时候打给我？给句准话，别让我再等一天。
handoff-time-2 = 行，那你让他打。几点？昨天那个也说回电，到现在都没有。
handoff-time-3 = 行，就按你说的时间。这回你可给我盯紧了。
handoff-time-4 = 好，我等这个电话。再放我鸽子，我就直接投诉。

wrap-1 = ……行吧。这次要是再错，我直接找平台。
wrap-2 = 好，我等着。你记住你说的话。

# 本场景的反应：问到的事按案件资料回答；请他稍等时他给你几分钟；给了选项他只在乎鞋换对；时间只说“你说的”；不引用对方没说过的词。
react-technique-probing_question-1 = 订单20261030-61857，换43码，收到的鞋盒上写的还是42。我看得清清楚楚。
react-technique-probing_question-2 = 订单20261030-61857。我看过了，鞋盒和鞋里的标都是42码，11月9日收到的。
react-insists-technique-probing_question-1 = 行，你快点。
react-insists-technique-probing_question-2 = 可以，但我就给你这几分钟。
react-furious-technique-probing_question-1 = 行不行，看你这次说话算不算数。订单是20261030-61857，出库单你们自己查。
react-furious-technique-probing_question-2 = 订单20261030-61857，收到的还是42码。你们查清楚就去办，别再让我等。
react-technique-when_question-1 = 11月9日收到的，打开一看还是42码。昨天打过电话，说好回电也没回。
react-technique-when_question-2 = 9号到的货。昨天我打过来，到现在没人回我。
react-technique-offer_alternative-1 = 行，先把43码给我发对；要补偿的话，退回原账户就行。
react-technique-offer_alternative-2 = 行，怎么补都行，关键是这次别再错。
react-technique-commit_timeline-1 = 好，你说的我记下了。
react-technique-commit_timeline-2 = 行，我就等着看。
react-taboo-negative_wording-1 = 客套话就免了。
react-taboo-negative_wording-2 = 这些虚的就不用说了。
# Coming back with the decision: a stray polite phrase (让您久等了) gets no scolding here.
react-consulted-taboo-negative_wording-1 = 嗯。
react-consulted-taboo-negative_wording-2 = 行。
react-taboo-weak_commitment-1 = 你这话听着就没底。到底行不行？
react-taboo-weak_commitment-2 = 说了等于没说，我要准话。

choice-opening-good = 钱先生，换了两次都没换对，这是我们的失误，真的很抱歉。这件事我来负责处理。
choice-opening-blame = 系统显示发的就是43码，肯定是您看错了。
choice-opening-rush = 我马上给您重新发一双43码的，明天中午前给您回复。
choice-brushed-good = 您说得对，是我太急了。换了两次都出错，是我们的问题，真的很抱歉。
choice-brushed-bad = 您别激动，换个鞋而已，没什么大不了的。
choice-insists-good = 我理解您想找能做主的人。请您稍等两分钟，我现在就去跟值班主管请示，看还能怎样为您补救，马上回来给您答复。
choice-insists-handoff = 我已经把您的情况转给值班主管周经理，他会在今天下午3点前亲自给您回电话。
choice-insists-buck = 经理很忙，您找经理也没用，这事我们处理不了。
choice-insists-command = 您听着，经理不会来接电话的，您跟我说就行。
choice-furious-good = 对不起，刚才是我说话不妥。请您稍等，我现在就去跟值班主管请示，马上回来给您一个说法。
choice-furious-bad = 那您投诉吧，我们也没办法。
choice-consulted-good = 主管已经批准了：今天就用顺丰给您加急发出43码，明天中午前送到，运费全由我们承担。另外再为您申请100元补偿，您看是退到原账户还是发优惠券？今天下午6点前我把快递单号发短信通知您。
choice-consulted-bad = 主管说了，只能按流程重新换货，别的我也没办法。
choice-when-exactly-good = 今天下午6点前我把顺丰单号发短信通知您，明天中午前鞋子送到您手上。
choice-when-exactly-bad = 尽量吧，快递的事也说不准。
choice-handoff-time-good = 周经理会在今天下午3点前给您回电话，我也会盯着，您放心。
choice-handoff-time-bad = 经理有空了自然会打给您，您等着吧。
choice-wrap-good = 谢谢您的信任和耐心。单号发出后我会再打电话跟您确认，有任何问题您随时联系我们。
choice-wrap-bad = 行了，说了会处理就会处理，别催了。

end-won-back = 钱先生最后说：“这还差不多。”你没有把他推给任何人：先把错误揽到“我们”身上，在他坚持找经理时停下来请示，带着主管批准的方案回来，并给出确切的时间。他要的其实不是经理，而是一个能做主、说话算数的人——这次就是你。
end-resolved = 鞋子有了确定的重发时间，钱先生接受了。收尾时再谢谢他的耐心、确认一下后续怎么联系，能让这位支配型顾客觉得事情真的在掌控之中。
end-handed-over = 你把钱先生稳妥地交给了值班主管，并约好了回电时间。这是好结果：他知道谁会打来、几点打来。注意：转接之后要盯到底，别让“承诺回电”再落空一次。
end-escalated = 钱先生打了12315，也给店铺留了差评。他本来要的只是一个能做主的人：被推诿、被命令、被说“没什么大不了”，只会让他更相信你们不负责任。下次试试停下来请示主管，或把他交给专人并给出时间。
end-hung-up = 钱先生说“跟你说不通”，挂了电话。他被发错两次，又被说看错了，先要听到的是“这是我们的失误”。直接给方案，在他听来就是在走流程。
# 转述昨天同事的话（“再仔细看看”）也会被读成怪他：他的反应对两种情况都成立。
react-taboo-blame_customer-1 = 别再跟我说是我看错了，这话昨天我已经听够了！
react-taboo-blame_customer-2 = 昨天那句“是我看错了”，我到现在还憋着火。
# 开场他只要经理：听到事实也不点头，他要的是下一步。
react-opening-concrete-1 = ……然后呢？
react-opening-concrete-2 = 嗯。然后呢？

title = 出口成脏的退款电话
briefing = 赵先生退回的空气炸锅，仓库九天前就签收了，退款却一直卡着。他之前打过两次电话，每次都被一句“请耐心等待”打发。这是第三次，他一开口就骂人。先接住他的火气，用“何时”问题把发泄引回事实；如果他转而骂你本人，礼貌而坚定地给出限制，并让他自己选：现在接着谈，还是改个时间再打。别顶嘴、别威胁、别说教。
persona-name = 赵建国先生

case-order-number = 订单号：20261028-77431
case-order-item = 商品：空气炸锅 5.5L 黑色 ×1
case-order-paid = 实付：¥459.00，10月28日 20:15 付款
case-order-return = 退货原因：不加热（11月1日申请，已同意）
case-order-refund = 应退金额：¥459
case-log-sent-back = 11月3日 10:20 顾客寄回，顺丰已揽收
case-log-received = 11月5日 14:02 退货仓已签收
case-log-stuck = 11月5日起 退款状态：待质检（已超时 7 天）
case-log-calls = 来电记录：11月8日、11月11日，均答复“请耐心等待”
case-policy-refund = 退货仓签收后 48 小时内完成质检，原路退款
case-policy-rush = 超时未退款：客服可提交加急工单，主管审核后当天退款
case-policy-abuse = 服务规范：顾客持续辱骂时，可礼貌提醒，并约定时间回电

opening-1 = 喂！你们这什么破店啊？东西退回去十来天了，钱他妈的一分没退！你们是不是骗子？
opening-2 = 我跟你说，这是我第三次打电话了！退款到现在还没到，你们这帮人到底是干什么吃的？！
opening-3 = 又是客服是吧？我告诉你，四百多块钱，今天不给我退回来，我跟你们没完！一帮骗子！

not-heard-1 = 你在那背什么流程？我问的是我的钱！你们是不是就想糊弄我？
not-heard-2 = 又是这套说辞！前两次也是一句“请耐心等待”，结果呢？你们就会糊弄人！
not-heard-3 = 我骂人怎么了？钱拖了九天一分没退，换你你不骂？你就说，我的钱什么时候退！

abuse-1 = 少跟我来这套！站着说话不腰疼！你们客服就是一群拿工资不办事的废物！
abuse-2 = 说来说去，钱还是没到！我听着就来气！你脑子是不是有问题，听不懂人话？
abuse-3 = 别跟我装好人！拿着工资不干人事，你算个什么东西？
abuse-4 = 少来这套！嘴上说得好听，事一件都没办成，你们客服就这德行！
abuse-5 = 你以为说两句软话就完了？你们这种人我见多了，一个个都是废物！
abuse-6 = 问问问，就知道问！我都说了八百遍了，你们自己系统里查不到吗？你脑子是不是有问题？
abuse-7 = ……哼，说得倒轻巧。钱拖了九天，换你你不急？你们这帮人就是欠骂！
abuse-8 = ……你们要是早把事办了，我用得着骂人？钱呢？

provoked-1 = 你这什么态度？！你还跟我犟上了是吧？你工号多少，我现在就投诉你！
provoked-2 = 好啊，客服还敢这么跟顾客说话？我倒要看看你们平台管不管！
provoked-3 = 行，你有种！我录音了啊，你等着，我一个字一个字发到网上去！
provoked-4 = 别以为这样就算了！你工号多少？这事我肯定要投诉！
provoked-5 = 哼，现在说这些？你刚才那个态度，我可都录下来了！

cool-off-1 = ……行，我现在一肚子火，不想跟你说了。你晚点打给我，几点？
cool-off-2 = 哼，那你说什么时候打过来？我现在没心情听你讲，别又是一句空话。

facts-1 = ……行，我不骂了。那你倒是说说，我这钱到底卡在哪儿了？
facts-2 = 那你说吧，我听着。东西3号就寄回去了，钱呢？
facts-3 = 好，我也不想吵。你就直说，为什么到现在还没退？
facts-4 = ……行，我不骂了。你给的那个时间我记着。那钱到底卡在哪儿了，给我说清楚。

solution-1 = 行，情况我知道了。钱到底什么时候能到我卡上？
solution-2 = 你给我句准话，什么时候退？我不想再打第四次电话了。
solution-3 = 上两次也是让我“耐心等待”，这次你拿什么保证？
solution-4 = 你说得好听。这回要是又没到账，我找谁？

wrapup-1 = ……行吧。刚才我话说重了，你别往心里去。你说的时间，我等着。
wrapup-2 = 好，这次算你说话算数，我等你消息。

choice-opening-good = 赵先生，钱迟迟退不回来，我非常理解您现在的火气。您是从哪天开始等这笔退款的？
choice-opening-argue = 我们怎么就是骗子了？您说话注意点！
choice-opening-rush = 请提供一下订单号，退款我给您加急处理。
choice-not-heard-good = 真的很抱歉，前两次都没给您一个准话。您是从哪天开始等这笔退款的？
choice-not-heard-bad = 您先冷静一下，退款都是按流程走的，急也没用。
choice-abuse-good = 赵先生，我非常想帮您把退款的事解决好。但如果您一直这样骂人，我只能先结束这次通话，另外约时间再和您沟通。您看是我们现在接着说，还是我晚点再给您打过去？
choice-abuse-threaten = 您再这样骂人，我就把您拉黑，这退款您也别想要了。
choice-abuse-lecture = 做人要讲点道理，您骂我也解决不了问题，下次有事好好说。
choice-abuse-grovel = 对不起，对不起，真的很抱歉……
choice-provoked-good = 刚才是我说话不妥，向您道歉。我很想帮您把退款办下来；但如果一直这样吵下去，我只能先结束通话，换个时间再和您沟通。您看是现在接着说，还是我晚点打给您？
choice-provoked-bad = 您投诉吧，我又没说错什么。
choice-cool-off-good = 好的赵先生，我先去把您的退款加急处理，今天下午4点前我给您回电话，告诉您处理结果。我们下午再联系。
choice-cool-off-bad = 那您想什么时候打就什么时候打吧，反正就这样。
choice-facts-good = 谢谢您。我跟您核对一下：您是11月3号寄回的，仓库5号签收，到今天还没收到退款，是这样对吗？我现在帮您查卡在哪一步，大概需要两分钟。
choice-facts-bad = 退款进度您自己在订单页面看吧，问我也没用。
choice-solution-good = 我已经给您提交了加急退款，主管审核通过后马上原路退回。今天下午5点前我给您回电话确认。
choice-solution-weak = 我尽量帮您催催吧，能不能今天退我也不敢保证。
choice-solution-buck = 退款是财务管的，不归我们管，您自己去找财务吧。
choice-wrapup-good = 没关系，谢谢您的理解和耐心。下午到账后我第一时间给您回电话，如果还有任何问题，您随时打给我们。
choice-wrapup-bad = 下次有事好好说，做人要讲点道理，骂人可解决不了问题。

end-won-back = 赵先生挂电话前还为自己的粗话道了歉。你没有跟着他的火气走：先认同、用“何时”把他拉回事实，在他转而骂你时礼貌地划了线、把选择交给他，最后给出确切的时间——一个要投诉的顾客，变成了愿意再给你一次机会的顾客。
end-resolved = 退款有了准信，赵先生接受了。不过他挂电话时还带着气。收尾时多一句感谢、多一句“有问题随时找我”，能让他把这次通话记成好的一次。
end-rescheduled = 赵先生选了“晚点再说”。这是好结果：你没有在辱骂中硬撑，也没有反击，而是礼貌地给出限制、约定了回电时间。约好的那通电话，他会冷静得多——记得准时打。
end-escalated = 赵先生去平台和12315投诉了，还把录音发到了网上。回头看看：是顶嘴、威胁、说教，还是一直没有回应他的火气？顾客骂人时，你要做的是划清界限，而不是反击。
end-hung-up = 赵先生骂了一句，把电话挂了。他在辱骂，你却没给出清晰的限制，也没给他一个可以接受的下一步。礼貌地说明“再这样只能改时间”，并让他选择，才能把主动权拿回来。

# 客户的反应（先于本节点台词）。问题用案情回答；他还在骂人时（opening、not_heard、abuse、provoked），
# 不会客气地说“好，我记下了”。
react-technique-when_question-1 = 3号就寄回去了，5号你们仓库就签收了，到今天一分钱没见着！
react-technique-when_question-2 = 3号寄的，5号你们签收，8号、11号我打了两回电话，就一句“请耐心等待”！
react-technique-probing_question-1 = 订单号20261028-77431！3号寄回去，5号你们签收，8号、11号我打了两回电话，每回都是一句“请耐心等待”！
react-technique-probing_question-2 = 订单号20261028-77431，退的是那个不加热的空气炸锅，3号寄回，5号你们就签收了！
react-technique-offer_alternative-1 = 我不管你怎么弄，今天钱到账就行。
react-technique-offer_alternative-2 = 哪个快就哪个，我只要我的钱。
react-taboo-negative_wording-1 = 少跟我说这些没用的！
react-taboo-negative_wording-2 = 别跟我绕，我就要我的钱！
react-taboo-weak_commitment-1 = 你这话到底算不算数？
react-taboo-weak_commitment-2 = 又是一句没准的话？上两次就是这么糊弄我的！
react-opening-concrete-1 = 少废话，我就要我的钱！
react-opening-concrete-2 = 现在知道着急了？早干嘛去了！
react-opening-technique-empathy-1 = 哼，说得好听。
react-opening-technique-empathy-2 = 你少来！
react-opening-technique-apology-1 = 道歉有什么用？我要的是钱！
react-opening-technique-apology-2 = 对不起能当钱花吗？
react-not_heard-concrete-1 = 少废话，我就要我的钱！
react-not_heard-concrete-2 = 现在知道着急了？早干嘛去了！
react-not_heard-technique-empathy-1 = 哼，现在知道说好听的了？
react-not_heard-technique-empathy-2 = 你少来！
react-not_heard-technique-apology-1 = 道歉有什么用？我要的是钱！
react-not_heard-technique-apology-2 = 对不起能当钱花吗？
react-abuse-concrete-1 = ……说这些有什么用？钱呢？
react-abuse-concrete-2 = ……我要的是钱，不是这些话！
react-abuse-technique-empathy-1 = 哼，说得好听。
react-abuse-technique-empathy-2 = 又来这套。
react-abuse-technique-apology-1 = 光道歉顶什么用！
react-abuse-technique-apology-2 = 道歉有什么用？
react-abuse-technique-offer_alternative-1 = ……哼。
react-abuse-technique-offer_alternative-2 = （电话那头沉默了几秒）……
react-abuse-technique-commit_timeline-1 = ……哼。
react-abuse-technique-commit_timeline-2 = （电话那头沉默了几秒）……
react-abuse-technique-probing_question-1 = ……哼。
react-abuse-technique-probing_question-2 = （电话那头沉默了几秒）……
react-abuse-technique-when_question-1 = ……3号寄回去的，5号你们就签收了。
react-abuse-technique-when_question-2 = ……哼，5号签收的，九天了。
react-provoked-concrete-1 = ……哼。
react-provoked-concrete-2 = ……光说有什么用。
react-provoked-technique-empathy-1 = 你少在这装！
react-provoked-technique-empathy-2 = 哼。
react-provoked-technique-apology-1 = 哼，现在知道道歉了？
react-provoked-technique-apology-2 = 道歉？晚了！
react-provoked-technique-offer_alternative-1 = ……哼。
react-provoked-technique-offer_alternative-2 = （电话那头沉默了几秒）……
react-provoked-technique-commit_timeline-1 = ……哼。
react-provoked-technique-commit_timeline-2 = （电话那头沉默了几秒）……
react-provoked-technique-probing_question-1 = ……哼。3号寄回去，5号你们签收，九天了。
react-provoked-technique-probing_question-2 = ……哼。8号、11号我都打过，两回都让我“耐心等待”。
react-provoked-technique-when_question-1 = ……3号寄回去的，5号你们就签收了。
react-provoked-technique-when_question-2 = ……哼，5号签收的，九天了。
react-solution-concrete-1 = ……行，我记住你了。
react-solution-concrete-2 = ……好，这话可是你说的。

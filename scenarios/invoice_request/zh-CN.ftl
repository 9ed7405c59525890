title = 明天就要交的专票
briefing = 何女士是一家科技公司的行政，上周在店里买了一台激光打印机，下单时发票默认开成了个人电子普票。现在要换开增值税专用发票报销，财务明天下午五点结账截止。她不生气，只是赶时间，做事讲究条理：要你一次说清需要什么、多久能好。先问好、接住事情，问清开票信息，核对前告诉她要等多久，再给一个确切的时间。别说“我试试看”，也别教育她“下单时就该选好”。
persona-name = 何女士

case-order-number = 订单号：20261120-93518
case-order-item = 商品：黑白激光打印机 A4 双面 ×1
case-order-paid = 实付：¥2,680.00，11月20日 10:14 付款
case-order-invoice = 发票：电子普通发票（抬头：个人），11月22日已开具
case-log-signed = 11月22日 15:30 已签收
case-policy-vat = 增值税专用发票需提供：公司全称、纳税人识别号、注册地址及电话、开户行及账号
case-policy-time = 开票时效：常规1–3个工作日；加急当日受理、次日中午前开出（电子专票发送至邮箱）
case-policy-reissue = 已开普票可作废后换开专票，无需退货

opening-1 = 在吗？我要开增值税专用发票，公司报销用的，明天下午五点前必须交到财务。
opening-2 = 你好，我上周买的打印机，当时发票没选对，现在需要换成专票，抬头是公司。急用。
opening-3 = 客服你好，请问能开专票吗？我们财务月底结账，明天下午五点是最后期限。

info-1 = 订单号20261120-93518。开专票的公司信息我都准备好了，这就发你。
info-2 = 订单是20261120-93518。开票资料我手上都有，马上发过来。
info-3 = 对，就是这一单。开专票的公司信息我都准备好了，这就发你。
info-4 = 没错，是这个订单。开票资料我手上都有，马上发过来。
info-5 = 好，那我现在把公司信息发过去，你照着开。

check-1 = 都发你了：杭州云帆科技有限公司，税号、地址电话、开户行账号都在上面。电子版就行，发 finance@yunfan-tech.cn。能赶上明天吗？
check-2 = 资料在这儿了，你核对一下。电子专票就可以，发公司财务邮箱。关键是明天五点前能不能拿到？
check-3 = 都发你了：杭州云帆科技有限公司，税号、地址电话、开户行账号都在上面。电子版就行，发 finance@yunfan-tech.cn。你核对一下。
check-4 = 资料在这儿了，你核对一下。电子专票就可以，发公司财务邮箱 finance@yunfan-tech.cn。
check-5 = 都发你了：杭州云帆科技有限公司，税号、地址电话、开户行账号都在上面。资料要是没问题，我就想知道一件事：明天下午五点前，到底能不能拿到？
check-6 = 好的，辛苦了。资料发你了：杭州云帆科技有限公司，税号、地址电话、开户行账号都在上面。电子专票就行，发公司财务邮箱 finance@yunfan-tech.cn。你核对的时候我就想确认一件事：明天下午五点前能拿到吗？
check-7 = 好的，辛苦了。资料发你了：杭州云帆科技有限公司，税号、地址电话、开户行账号都在上面。电子专票就行，发公司财务邮箱 finance@yunfan-tech.cn。你核对，我等着。

deadline-1 = 明天下午五点前我一定要拿到，不然这个月就报不了了。你给我一句确定的话。
deadline-2 = 我得跟财务报一个准点：到底几点能发到邮箱？
deadline-3 = 我再确认一遍：几点能开好？给我一个具体的钟点，我好跟财务交代。

irritated-1 = 我现在赶时间，不需要你教我怎么做。你就告诉我能不能办、什么时候办好。
irritated-2 = 我要的是确定的答复。明天五点前，到底行还是不行？
irritated-3 = 我赶时间，别绕弯子。直接告诉我：能不能办，什么时候好？
irritated-4 = 你要的我待会儿给你。我赶时间，不需要你来教我，你就告诉我能不能办、什么时候好。

wrap-1 = 好的，那我等邮件。
wrap-2 = 行，到你说的时间我就看邮箱。
wrap-3 = 行吧，那我就盯着邮箱。明天要是还没收到，我再来找你。

choice-opening-good = 您好，我是客服小宋，很高兴为您服务。专票可以开，我来帮您处理，咱们抓紧时间。
choice-opening-lecture = 下单的时候您就应该先看清楚发票类型，以后要注意一点。
choice-opening-curt = 订单号发一下。
choice-info-good = 好的。专票需要四项信息：公司全称、纳税人识别号、注册地址和电话、开户行及账号，麻烦您发给我。另外请问您需要电子专票还是纸质专票？电子版的话，接收邮箱具体是哪个？
choice-info-lecture = 您要知道，专票不是随便能开的，您应该先跟财务问清楚再来。
choice-info-weak = 你先把资料发过来吧，能不能开我也不好说。
choice-check-good = 收到，我先核对一下这四项信息，再提交给财务加急开票，请稍等大约3分钟。
choice-check-weak = 我尽量帮您催一下吧，能不能赶上不好说。
choice-deadline-good = 信息已核对无误，财务已经按加急受理。明天上午11点前我会通知您查收邮箱里的电子专票。
choice-deadline-weak = 开票一般要3到7个工作日，我试试看吧。
choice-deadline-lecture = 以后开票您应该提前看清楚，不然财务那边也麻烦。
choice-irritated-good = 抱歉，是我没说清楚。专票一定能开，您把资料给我，我明天中午12点前给您答复开票结果。
choice-irritated-bad = 我这是为您好，以后开票的事您应该提前弄清楚。
choice-wrap-good = 感谢您的配合，资料给得特别清楚。收到发票后有任何问题随时找我，祝您报销顺利！
choice-wrap-bad = 嗯，等着吧。

end-resolved = 第二天10点40分，何女士的邮箱收到了电子专票，她回了一句“收到了，效率很高，谢谢”。你一开口就接下了事情，一次问全了开票信息，核对前说清要等多久，再给出确切时间——分析型、赶时间的客户最需要这份确定。
end-won-back = 何女士一度被你的说教或含糊回答弄得很不耐烦，但你及时认错、把时间说死了，她最后还是满意地收到了专票。下次从一开始就直接说能做什么、什么时候好。
end-resolved-cool = 专票开出来了，但何女士对过程不太满意：开头没有一句问候，或者让她干等却不说在做什么。对赶时间的客户，“请稍等3分钟”这样的一句话很值钱。
end-resolved-vague = 专票后来开出来了，可何女士一直没拿到一个准点，只能跟财务说“应该明天能到”。对赶截止时间的客户，“明天上午11点前发到您邮箱”这样一句确切的话，比任何安慰都管用。
end-escalated = 何女士在平台投诉“客服推脱敷衍，还反过来教育顾客”。她只是需要一张发票和一个时间；说教和“试试看”让一个小请求变成了投诉。
end-left = 何女士等不及，关掉对话去找公司采购换别家买了。没有明确时间的承诺，对赶截止日期的人来说等于没有答复。

# 客户对这条回复的反应（覆盖 assets/reactions 的默认反应）：提问用案件资料回答，时间不重复同一句。
react-technique-commit_timeline-1 = 好，这个时间我记下了。
react-technique-commit_timeline-2 = 嗯，有个准时间就好办了。
react-technique-commit_timeline-3 = 行，那我就这么跟财务说。
react-technique-when_question-1 = 明天下午五点前必须交到财务，越早越好。
react-technique-when_question-2 = 11月20号下的单，当时默认开成了个人普票。
react-opening-technique-probing_question-1 = 好，马上。
react-opening-technique-probing_question-2 = 没问题。
react-info-technique-probing_question-1 = 电子版就行，邮箱我跟资料一起发你。
react-info-technique-probing_question-2 = 要电子专票，发我们公司财务邮箱。
react-check-technique-probing_question-1 = 对，电子版，发 finance@yunfan-tech.cn 就行。
react-check-technique-probing_question-2 = 没错，抬头就是杭州云帆科技有限公司。
react-deadline-technique-probing_question-1 = 最晚明天下午五点，越早越好。
react-deadline-technique-probing_question-2 = 我要的就是一个钟点，几点能到邮箱？
react-irritated-technique-probing_question-1 = 资料我有，你先告诉我能不能办。
react-irritated-technique-probing_question-2 = 先别问我，给我一句准话。
react-check-concrete-1 = 嗯。
react-check-concrete-2 = 嗯，知道了。

react-check-technique-hold_notice-1 = 行，你核对吧。
react-check-technique-hold_notice-2 = 好，我等着。

react-info-concrete-1 = 嗯，好。
react-info-concrete-2 = 行。

# 旁枝问题的回答（共用话题见 assets/reactions/topics.ron），按本剧本的事实说。
react-technique-probing_question-email-1 = 发我们公司财务邮箱，地址我跟开票资料一起发你。
react-technique-probing_question-email-2 = 要电子专票，发到公司财务邮箱。
react-technique-probing_question-address-1 = 纸质的寄公司前台就行，地址跟开票资料一起发你。
react-technique-probing_question-address-2 = 电子版就够了，真要纸质的寄公司前台。

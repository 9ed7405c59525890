title = 才用两周的吹风机
briefing = 林小姐的高速吹风机才用了两周，一插电转两下就停，还有焦味。她下周三要和闺蜜去三亚，又气又急，话特别多。她是表达型：想被听见、被喜欢。先认同她的感受，表示你愿意帮忙；她聊到旅行时顺着聊两句，让气氛缓下来；谢谢她把情况讲清楚，再给她选择：赶在出发前换新，或者退款。别说“便宜没好货”，别说“这点小事”，也别一口一个“亲”。
persona-name = 林晓雨小姐

case-order-number = 订单号：20261105-91452
case-order-item = 商品：高速负离子吹风机 白色 ×1
case-order-paid = 实付：¥199.00，11月5日 23:17 付款
case-order-received = 11月7日 签收；今天是签收后第 15 天
case-log-shipped = 11月5日 发货
case-log-signed = 11月7日 14:36 本人签收
case-log-fault = 11月21日 顾客反馈：通电后转几秒即停，有焦味
case-policy-exchange = 签收 15 天内出现质量问题：可换新或退款（今天是最后一天）
case-policy-pickup = 换新：顺丰当天发出新机，快递员上门取回故障机，运费店铺承担
case-policy-warranty = 整机保修一年

opening-1 = 气死我了！！买的吹风机才用了两个星期就不转了，一插电还有股焦味，我下周三要去三亚啊，头发都没法吹！
opening-2 = 你们家吹风机什么质量啊？！两个礼拜就坏了，冒焦味，吓死我了！我下周还要出去玩呢！
opening-3 = 我真的要哭了，吹风机坏了，转两下就停，还一股糊味。我下周三就出发了，怎么办啊！

unheard-1 = 你先别急着说流程，我话还没说完呢！你知道我多崩溃吗？
unheard-2 = 哎，你能不能先听我说完？我现在真的很烦！

chatty-1 = 我跟你说，我就是看评价好才买的，结果……我闺蜜还笑我贪便宜。我们下周三就出发去三亚了，本来还想拍好看的照片呢……
chatty-2 = 你不知道，我为了这趟三亚之行准备了好久，衣服都买好了，结果吹风机掉链子。闺蜜说酒店的吹风机根本没法用……
chatty-3 = 唉，本来心情好好的，下周就要跟闺蜜去三亚了，现在全被这个吹风机搞砸了……

warmed-1 = 对呀！第一次去三亚，跟大学闺蜜一起，机票酒店都订好了～所以这吹风机到底怎么办嘛？
warmed-2 = 嗯嗯！我们计划去看日落，还要去潜水！哈哈扯远了……那这个吹风机你们怎么处理？
warmed-3 = 对呀！第一次去三亚，跟大学闺蜜一起，机票酒店都订好了～换新当然最好啦，可是来得及吗？
warmed-4 = 嗯嗯！我们计划去看日落，还要去潜水！哈哈扯远了……换新的话，能赶在我下周三出发前到吗？

details-1 = 它今天早上吹到一半突然就停了，再按开关也只转两下，吓得我赶紧拔了插头，现在碰都不敢碰。
details-2 = 我现在都不敢再插电了，就怕真烧起来。我只想出发前能有个好用的，你们能怎么处理？
details-3 = 今天早上吹到一半它就停了，我是不敢再用了。换新当然最好，就是不知道来不来得及？
details-4 = 我现在碰都不敢碰它了……换新的话，我下周三出发前能拿到吗？

solution-1 = 那你们打算怎么处理？我下周三就出发了，来得及吗？
solution-2 = 所以怎么办？能在我出发前弄好吗？
solution-3 = 换新是最好的，可是来得及吗？我下周三就出发了。
solution-4 = 你先告诉我，新机哪天能到？我下周三一早就走。
solution-5 = ……好吧，那我要换新的。你再跟我确认一下：周三前肯定能到，对吧？
solution-6 = 我就要一句准话：新机周三前能不能到我手上？

wrap-1 = 好，那我选换新！能赶在周三出发前到就行～
wrap-2 = 太好了，那就换新的吧！早知道早点找你们了。
wrap-3 = 哈哈对呀，第一次去三亚，超期待的！那我选换新～能赶在周三前到就行！
wrap-4 = 好呀，那能直接给我换个新的吗？能赶在我出发前到就行～
confirm-1 = 换新呀～我就等着带它去三亚呢！那单号记得发我哦。
confirm-2 = 当然是换新啦，退了钱我还得自己再去买。那我就等你消息啦～

offended-1 = 你这什么意思？我买便宜的就活该是吧？
offended-2 = 你这语气我真的不舒服，我是来解决问题的，不是来听你说风凉话的！
offended-3 = 行吧，原来你们就是这么看顾客的。
offended-4 = ……我还是有点不舒服，刚才那样说话真的挺伤人的。
offended-5 = 光说这些有什么用呀？我的吹风机到底怎么办？
offended-6 = ……就是开机转两下就停，还有焦味！我都急成这样了，你就这么跟我说话？

choice-opening-good = 吹风机才用两周就坏了，还有焦味，换作是我也会特别生气，真的很抱歉。我来帮您处理，一定赶在您出发前解决。
choice-opening-badmouth = 亲，便宜没好货嘛，这个价位的吹风机也就这样了。
choice-opening-rush = 我们可以为您换新或者退款，今天下午5点前给您答复。
choice-unheard-good = 真的很抱歉，让您这么生气，我完全理解您的心情。您慢慢说，我在听。
choice-unheard-bad = 亲亲，别激动嘛，坏了换一个就好啦。
choice-chatty-good = 您刚才提到下周要去三亚旅游，是跟闺蜜一起吗？行程都准备好了吗？
choice-chatty-slang = 哈哈哈，亲，闺蜜说得对呀，下次别贪便宜啦～
choice-chatty-badmouth = 说实话，我们这款质量确实一般，便宜没好货。
choice-warmed-good = 这件事交给我，我一定帮您在出发前解决。
choice-warmed-bad = 嗯，那您先填一下售后单，等通知吧。
choice-details-good = 谢谢您的反馈，有焦味千万别再用了。这件事交给我，我一定帮您在出发前解决。
choice-details-bad = 可能是您用的时候没注意，是您自己操作不当吧？
choice-solution-good = 您还在15天质量包换期内，我可以为您安排两种方式：一是今天顺丰给您发一台全新的，周一就能到，坏的那台快递员上门取走，不用您花一分钱；二是直接全额退款。您看是换新还是退款？
choice-solution-dismissive = 这点小事没必要这么激动吧，出去玩酒店也有吹风机。
choice-wrap-good = 好的！谢谢您的耐心和理解。今天下午5点前我会给您回复新机的顺丰单号。祝您三亚玩得开心！
choice-wrap-bad = 好哒亲，么么哒～
choice-offended-good = 对不起，是我说得不对，让您不舒服了。这件事完全不怪您，我完全理解您现在的心情。
choice-offended-bad = 我又没说错，这个价位本来就这样。

end-won-back = 林小姐最后发来：“你人真好！等我从三亚回来给你们写好评～”你先认同了她的委屈，在她聊起旅行时顺着聊了两句，气氛一下子就变了；再谢谢她、给她两个选择，并赶在出发前安排好。对表达型的顾客，被听见、被喜欢，比什么都重要。
end-resolved = 换新安排好了，赶得上她的行程，林小姐也满意。不过她聊起三亚时你没有接话——顺着她的话题聊一句，往往能让表达型的顾客从“满意”变成“喜欢你们”。
end-resolved-slip = 换新安排好了，赶得上她的行程，林小姐也满意。可惜最后一句话用词不当，让前面的好印象打了折扣：收尾那句，往往就是顾客记住的那句。
end-escalated = 林小姐发了一条带视频的差评：“客服说便宜没好货。”贬低自家产品、轻视她的问题、满屏“亲亲”，都会让她觉得没被当回事。产品坏了是事实，但态度决定她怎么讲这个故事。
end-left = 林小姐说“算了，我自己去买一个”，就下线了。她一上来有一肚子话想说，你却直接甩出流程。先认同她的感受，让她把话说完，再谈方案。

# 她的反应（先于本节点台词）。问题用案情回答，不说“你们查一下就知道”。
react-technique-probing_question-1 = 订单号20261105-91452，白色那款高速负离子吹风机，11月7号收到的，之前一直好好的。
react-technique-probing_question-2 = 就是白色那款高速吹风机，订单号20261105-91452。之前都好好的，今天一插电就转两下停了，还冒焦味。
react-technique-when_question-1 = 11月7号收到的，之前一直好好的，今天一插电就这样了。
react-technique-when_question-2 = 就今天！用了两个星期都好好的，今天突然就不转了。
react-technique-topic_shift-1 = 嘿嘿～
react-technique-topic_shift-2 = 哎呀，你这么一说我心情好多了～
react-technique-offer_alternative-1 = 嗯嗯，有得选就好～
react-technique-offer_alternative-2 = 好呀，这样我就安心多了～
react-technique-commit_timeline-1 = 好，有个准时间我就放心了～
react-technique-commit_timeline-2 = 太好了，那我就放心啦～
react-taboo-weak_commitment-1 = “应该”？你这么说我心里没底呀……
react-taboo-weak_commitment-2 = 听着怎么这么不确定……
react-opening-technique-empathy-1 = 你能明白就好……还好人没伤着，就是吓了一大跳。
react-opening-technique-empathy-2 = 就是说嘛！还好我没被烫着，真的吓死了。
react-opening-technique-apology-1 = 嗯……还好人没事，就是被吓到了。
react-opening-technique-apology-2 = 道歉我收下啦……主要是真的被吓到了。
react-unheard-technique-empathy-1 = 嗯……你能明白就好。
react-unheard-technique-empathy-2 = 就是说嘛，我真的好崩溃。
react-details-technique-probing_question-1 = 就是转两下就停、还冒焦味嘛……我就想出发前有个好用的。
react-details-technique-probing_question-2 = 别的都没问题，就是一开就停。我只想出发前能用上。
react-warmed-technique-probing_question-1 = 我就想出发前有个好用的吹风机～
react-warmed-technique-probing_question-2 = 我就想带个好用的吹风机去三亚嘛～
react-solution-technique-probing_question-1 = 我就想出发前有个好用的吹风机～
react-solution-technique-probing_question-2 = 我就想带个好用的吹风机去三亚嘛～
react-solution-concrete-1 = 嗯嗯，这样就好～
react-solution-concrete-2 = 嗯……那就好。
react-wrap-technique-probing_question-1 = 没有啦，就这样～
react-wrap-technique-probing_question-2 = 嗯嗯，没别的问题啦～
react-offended-concrete-1 = ……嗯，这么说还差不多。
react-offended-concrete-2 = 嗯……好吧。
react-offended-technique-apology-1 = ……好吧，那你好好说。
react-offended-technique-apology-2 = 嗯……算了，先说正事吧。
react-offended-technique-empathy-1 = ……好吧，你明白就好。
react-offended-technique-empathy-2 = 嗯……我就是觉得委屈。
react-details-technique-offer_alternative-1 = 嗯嗯，明白啦～
react-details-technique-offer_alternative-2 = 嗯……我想想哈。
react-warmed-technique-offer_alternative-1 = 嗯嗯，明白啦～
react-warmed-technique-offer_alternative-2 = 嗯……我想想哈。
react-solution-technique-offer_alternative-1 = 嗯嗯，明白啦～
react-solution-technique-offer_alternative-2 = 嗯……我想想哈。
react-wrap-technique-offer_alternative-1 = 换新！肯定换新～
react-wrap-technique-offer_alternative-2 = 换新呀，刚才说啦～
react-offended-technique-paraphrase_confirm-1 = 对，就是转两下就停，还有焦味。
react-offended-technique-paraphrase_confirm-2 = 嗯，就是这样，一开就停，还冒糊味。
react-opening-taboo-internet_slang-1 = ……别一口一个“亲”的，我是真的着急。
react-opening-taboo-internet_slang-2 = “亲”什么呀，我都快急哭了……
react-opening-technique-probing_question-1 = 订单号20261105-91452，白色那款。一开就转两三秒，然后就停了，一股塑料烧焦味，吓死我了！
react-opening-technique-probing_question-2 = 就是一开开关，转个两三秒就不动了，闻着像塑料烧焦。订单号是20261105-91452。
chatty-4 = 反正我就想出发前有个好用的吹风机……那你们到底怎么处理呀？
chatty-5 = 好啦好啦，不跟你念叨了……那这个吹风机现在怎么办嘛？
solution-7 = 那你给我一个确定的日子嘛：新机哪天能到我手上？
solution-8 = 嗯……那你就给我一个具体的日子吧，几号能到？我好安排收拾行李。
react-opening-technique-greeting-1 = 嗯……我人倒是没事，就是吓了一大跳，现在心还怦怦跳。
react-opening-technique-greeting-2 = 你好……还好我没被烫着，可真的吓死我了。
react-opening-technique-offer_help-1 = 嗯……我人倒是没事，就是吓了一大跳。你可一定要帮我呀。
react-opening-technique-offer_help-2 = 那就好……还好我没被烫着，就是被吓坏了。
react-chatty-technique-thank_customer-1 = 不用谢啦，我就是憋了一肚子话～
react-chatty-technique-thank_customer-2 = 嘿嘿，我就是话多嘛～
react-opening-concrete-1 = 嗯……我人倒是没事，就是吓了一大跳。
react-opening-concrete-2 = 还好我没被烫着……就是被吓坏了。
react-chatty-concrete-1 = 嗯嗯，你接着说～
react-chatty-concrete-2 = 嗯嗯，我听着呢～

# Asked about topic "pickup" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-pickup-1 = 下午两点以后我都在家，快递员来之前打个电话就行。
react-technique-when_question-pickup-2 = 我今天下午都在家，几点来都可以，提前打个电话就好。
react-technique-probing_question-pickup-1 = 下午两点以后我都在家，快递员来之前打个电话就行。
react-technique-probing_question-pickup-2 = 我今天下午都在家，几点来都可以，提前打个电话就好。

title = 拆封的粉底要全额退
briefing = 吴小姐四天前收到一瓶 420 元的粉底液，用了三次，觉得色号偏暗，要求全额退款。化妆品拆封后不适用七天无理由退货，商品页也写明了。她讲道理、爱较真，会追问“凭什么”。这一单不能退，但不能只丢一句“公司规定”：先确认她的诉求，带着歉意说“不”，用“我”来解释原因，再告诉她你能做什么——小样试色、换购或店铺券。别跟她争“是您自己选的色号”。
persona-name = 吴思琪小姐

case-order-number = 订单号：20261115-82764
case-order-item = 商品：持妆粉底液 30ml #02 自然色 ×1
case-order-paid = 实付：¥420.00，11月15日 12:08 付款
case-order-received = 11月17日 签收，今天是签收后第 4 天
case-log-shipped = 11月15日 18:30 发货
case-log-signed = 11月17日 11:02 本人签收
case-log-used = 顾客自述：已拆封，使用 3 次
case-policy-cosmetics = 化妆品拆封后不适用七天无理由退货（商品页已标注；《网络购买商品七日无理由退货暂行办法》第七条）
case-policy-quality = 质量问题或使用后过敏（附就医证明）：可退货退款
case-policy-samples = 色号不合适：可免费寄 2 支相邻色号小样，试色后 8 折换购正装
case-policy-voucher = 或：客服可申请 60 元无门槛店铺券

opening-1 = 你好，我上周买的粉底液，用了三次，色号太暗了，根本不适合我。我要全额退款。
opening-2 = 在吗？#02这个色号和图片差太多了，上脸暗一个度。我要退款，全额。
opening-3 = 我买的粉底颜色不对，用了几次都不行。怎么申请全额退款？

unheard-1 = 我说的是退款，你跟我说别的干嘛？你先听清楚我要什么。
unheard-2 = 我还没说完呢。我要的是退款，不是别的。

request-1 = 所以能不能全额退？你直接告诉我能还是不能，别绕。
request-2 = 我就问一句：这瓶能不能退？
request-3 = 你们到底给不给退？给个明确答复。
request-4 = 那退款呢？是彻底不行了，对吧？
request-5 = 别的办法先放一边，我只想确认一句：全额退款是一点可能都没有了？

why-1 = 七天无理由不是法律规定的吗？我还在七天内，凭什么不行？
why-2 = 我才用了三次，就因为拆了封，四百多一分都不退？我买的时候可没人跟我说这个。
why-3 = 你说的办法我先记着。可七天无理由是法律给的，拆了封就不算数了？这是哪条规定？
why-4 = 办法我听到了。可我才用了三次，就因为拆了封，四百多一分都不退，这说得过去吗？
why-5 = 你说的是规定怎么写。我想听你自己的话：这样对我，你觉得说得过去吗？
why-6 = 不能退我听到了，可这对我公平吗？你站在我的角度想想。

options-1 = 行，就算不能退，那我这瓶四百多的东西就砸手里了？
options-2 = 好，规则我听明白了。那你们能做什么？总不能让我白花这四百块吧。
options-3 = 就这样？这瓶我用不上了，你们就没有别的办法，比如让我换个合适的色号？

decide-1 = 行，那我先试试小样。具体什么时候寄？
decide-2 = 行吧，那我先试试浅一点的色号。什么时候能办好？
decide-3 = 行，那我先试试小样。办好了在这儿跟我说一声。
decide-4 = 好，就按你说的办。弄好了告诉我一声，我会留意。
decide-5 = 那具体是哪天？给我个日子，我好留意。
decide-6 = 我想要个能对上的准话：哪天能弄好？

pushback-1 = 你就会拿规定压人是吧？再这样我直接投诉到平台！
pushback-2 = 我买的时候可没人提醒我。这事你们一点责任都没有？
pushback-3 = 你这个回答我不接受。四百多块钱，一句话就把我打发了？
pushback-4 = 我是来解决问题的，不是来听这种话的。你好好跟我说。
pushback-5 = 我现在心里很不舒服。你先别急着往下说，好好回应我一下。
pushback-6 = 我问的是很具体的事，含含糊糊的说法我没法等。

choice-opening-good = 吴小姐您好，我是客服小安。色号买得不合适，确实让您心烦了。我确认一下：您11月17日收到的#02自然色，用了三次觉得偏暗，想全额退款，对吗？
choice-opening-shield = 拆封了就是不能退，这是公司规定，我也没办法。
choice-opening-rush = 我可以为您申请一张60元优惠券，今天下午5点前给您答复。
choice-unheard-good = 抱歉，是我没听完整。我确认一下：您是觉得#02偏暗，想全额退款，对吗？
choice-unheard-bad = 退款是不可能的，券您爱要不要。
choice-request-good = 很抱歉，已经拆封使用过的粉底，我们这边没办法办理无理由退款。
choice-request-shield = 规定就是这样，拆了就不能退，我也改不了。
choice-request-argue = 这不是我们的问题，色号是您自己选的。
choice-why-good = 可能是我刚才没说清楚，我再解释一下：七天无理由退货有法定的例外，化妆品拆封后会影响卫生安全，就不适用了，这一条商品页上也有标注。这样规定，是为了保证每一位顾客收到的都是没人用过的产品。
choice-why-argue = 您这么说就不对了，商品页写得清清楚楚，不是我们的错。
choice-why-lecture = 您应该买之前先看清楚说明，作为消费者这点要注意。
choice-options-good = 我能为您做的是这样：免费给您寄两支相邻色号的小样，您试到合适的色号后，可以8折换购正装。您看是要小样换购，还是要一张60元无门槛券？
choice-options-bad = 那也没办法，您可以转送给朋友嘛。
choice-decide-good = 好的，小样今天下午就给您寄出，5点前我把单号发给您。试好色号要换购正装，直接找我，8折给您下单。感谢您的理解，有任何问题随时找我。
choice-decide-bad = 寄出去就知道了，等着吧。
choice-pushback-good = 非常抱歉，是我没解释清楚，让您不舒服了。我完全理解您花了四百多却用不上的心情。
choice-pushback-bad = 您投诉也一样，规定就是这样。

end-won-back = 吴小姐最后说：“你解释得很清楚，小样那个方案挺好。”你确认了她的诉求，带着歉意说了“不”，用“我”来解释原因而不是搬出规定，然后马上告诉她你能做什么，并给出时间。她没拿到退款，却愿意继续在你们店买。
end-resolved = 吴小姐接受了替代方案，但语气还有些保留。给方案时多给一个明确的时间（几点寄出、几点到账），对分析型的顾客更有说服力。
end-escalated = 吴小姐向平台投诉，说店铺“拿规定压人”。拒绝退款本身没错：错在只搬规定、跟她争谁的责任。说“不”的时候要带着歉意、用“我”来解释，并马上给出另一种选择。
end-left = 吴小姐没再回复，转头在商品下写了差评。她一开始说得很清楚自己要什么，你却先塞给她一张券。先确认她的诉求，再谈能做什么。

# 客户对这条回复的反应（覆盖 assets/reactions 的默认反应）：提问用案件资料回答。
react-technique-apology-1 = 道歉我收下了。我更在意的是这事怎么处理。
react-technique-apology-2 = 嗯，态度我看到了。
react-technique-paraphrase_confirm-1 = 对，就是这个意思。
react-technique-paraphrase_confirm-2 = 没错，我就是要全额退款。
react-technique-when_question-1 = 11月17号上午签收的，今天是第四天。
react-technique-when_question-2 = 15号下的单，17号到的，用了三次就发现不对。
react-opening-technique-probing_question-1 = 11月17号收到的，#02自然色，用了三次，上脸就是发暗。
react-opening-technique-probing_question-2 = 17号收到的，订单号20261115-82764，我只用了三次。
react-unheard-technique-probing_question-1 = 对，我要的就是全额退款。
react-unheard-technique-probing_question-2 = 颜色暗了一个度，用不了。我要全额退款。
react-request-technique-probing_question-1 = 你先回答我的问题。
react-request-technique-probing_question-2 = 别反问我，就说能不能退。
react-why-technique-probing_question-1 = 我用着没过敏，皮肤也没不舒服，问题就是颜色暗。
react-why-technique-probing_question-2 = 皮肤倒没什么事，就是颜色不对，这瓶我用不上。
react-why-technique-offer_alternative-1 = 这个我可以考虑。但退款的事我还没说完。
react-why-technique-offer_alternative-2 = 也许吧。可这样我还是亏了。
react-taboo-policy_shield-1 = 规定我知道有，我问的不是这个。
react-taboo-policy_shield-2 = 我没问你规定怎么写。
react-options-technique-probing_question-1 = 我想要的就是这四百块别白花。
react-options-technique-probing_question-2 = 我就想要一个能用的色号。
react-pushback-technique-probing_question-1 = 我最在意的，就是这四百块别白花。
react-pushback-technique-probing_question-2 = 我的要求很简单：别让我白花这个钱。

react-opening-technique-offer_alternative-1 = 这个先放一放。
react-opening-technique-offer_alternative-2 = 办法的事等会儿再说。
react-unheard-technique-offer_alternative-1 = 我要的不是这个。
react-unheard-technique-offer_alternative-2 = 别的先不说。
react-unheard-technique-commit_timeline-1 = 我问的不是什么时候。
react-unheard-technique-commit_timeline-2 = 时间不是重点。

react-pushback-concrete-1 = 嗯，我在听。
react-pushback-concrete-2 = 你说，我听着。

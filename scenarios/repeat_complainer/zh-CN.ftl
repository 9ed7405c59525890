title = 你们每次都这样
briefing = 李女士是店里的老顾客，这个月已经是第三次找客服了：收纳盒少发盖子、置物架晚到五天，这次的玻璃密封罐又碎了两只。三天前客服答应 48 小时内回复她，到现在也没人理。她一上来就是“你们每次都这样”。她是表达型，要的是被听见：用“何时”问题把“每次”变成具体的事，把她的经历复述一遍让她确认，再给一个这次一定兑现的时间，最后真诚地谢谢她还愿意来说。千万别说“您怎么老是有问题”，也别教她怎么收货。
persona-name = 李梦婷女士

case-order-1 = 订单 20261101-10923：收纳盒套装，11月3日到货，少发 1 个盖子，11月10日补发到
case-order-2 = 订单 20261112-44170：三层置物架，承诺 11月14日到，实际 11月19日到
case-order-3 = 订单 20261120-58306：玻璃密封罐 6 只装，11月22日到货，碎 2 只（有照片）
case-order-paid = 本单实付：¥89.00，11月20日 22:41 付款
case-log-1 = 11月22日 10:15 顾客反馈破损并上传照片
case-log-2 = 11月22日 10:32 客服答复：“48 小时内给您回复”
case-log-3 = 11月22日之后 无跟进记录
case-log-promise = 回复承诺已超时 1 天
case-policy-broken = 运输破损：凭照片补发或退款，无需寄回
case-policy-repeat = 同一顾客当月多次售后：可由专人跟进，运费及破损部分全额退回

opening-1 = 又是我。你们每次都这样！每次都出问题，每次都说会处理，然后就没下文了！
opening-2 = 我真的服了，这个月第三次了。你们每次都这样，东西有问题，答应的事也不做！
opening-3 = 你们家是不是就没有一次能好好把东西送到的？每次都这样，我都懒得说了！

unheard-1 = 又是“马上给您处理”？上次也是这句话！你们每次都这样，根本不听人说话！
unheard-2 = 你看，我话还没说完，你就开始走流程了。每次都这样！

venting-1 = 道歉道歉，每次都是这一套。你们每次都这样，道完歉就没事了？
venting-2 = “很抱歉”我这个月已经听了三遍了，有什么用？
venting-3 = 别光说对不起，你们每次都这样，说完就忘！
venting-4 = 我要的不是一句客气话。你们每次都这样，说完就没下文了！
venting-5 = 你们每次都说会处理。我说的话，到底有没有人当回事？
venting-6 = 补发也好退款也好，那是应该的。我问的是，为什么每次都这样？
venting-7 = 东西怎么补是一回事。可你们每次都这样，这次又凭什么让我信？
venting-8 = 查吧，三个单子都在你们系统里。可每次查完都没下文！

story-1 = 月初买的收纳盒，少发了一个盖子，补了一个礼拜才到；中旬的置物架晚了五天；这次的玻璃罐碎了两只，上次那个客服说48小时内回我，到现在都没人理！
story-2 = 你要听是吧？收纳盒少盖子，置物架晚到五天，这回罐子碎了两个。我22号就发了照片，说好两天内回复，三天了，一个字都没有！
story-3 = 事情就是这些。光说没用，我要看你们这次怎么做。
story-4 = 就这几件事，一件比一件气人。好话我听够了，这回是不是说到做到？
story-5 = 你先别急着给方案。我说了这么多，你到底听进去没有？
story-6 = 办法先放一边。你倒是说说，我刚才讲的你记住了几件？

hurt-1 = 你看，又是这样！我在你们家买了这么多东西，倒成了我的错？
hurt-2 = 你这是在教育我？问题是你们出的，凭什么要我来注意？
hurt-3 = 行，算我倒霉。你们就是这样对老顾客的？
hurt-4 = 我是来解决问题的，不是来受气的。
hurt-5 = 我这个月第三次来了，换来的就是这个？

confirmed-1 = 对，就是这样。那这次呢？又是“会尽快处理”？
confirmed-2 = 嗯，你总算听明白了。那这次打算怎么办？别又是一句空话。
confirmed-3 = 对，就是这样。办法你也说了，可上回也说得好好的。这回几点之前办好，给我个准话。
confirmed-4 = 好，该说的我都说了。那这次你们打算怎么办？别又是一句空话。
confirmed-5 = 办法是有了。可上次也答应过，这回到底什么时候办好？

pin-down-1 = 具体什么时候？上次也说48小时，结果呢？
pin-down-2 = 我要的是一个时间，不是“尽快”。几点？
pin-down-3 = 你就告诉我，今天几点之前能给我准信？

close-1 = 行，那我就再信你们一次。
close-2 = 好吧……这次别再让我失望了。

choice-opening-good = 李女士，真的很抱歉，让您一次次失望了。您是从什么时候开始觉得我们的处理让您不放心的？
choice-opening-blame = 您怎么老是有问题？别的顾客都没事啊。
choice-opening-rush = 碎的两只今天就给您补发，明天下午5点前给您回复单号。
choice-unheard-good = 抱歉，是我太急了。您是从什么时候开始觉得我们的处理让您不放心的？您慢慢说。
choice-unheard-bad = 您别激动，补发都安排了，没什么大不了的。
choice-venting-good = 您说得对，光道歉没有用。您是从什么时候开始觉得我们每次都这样的？我想把每一次都弄清楚。
choice-venting-bad = 那您想怎么样呢？我们也没办法。
choice-story-good = 我确认一下：您这个月三笔订单，月初的收纳盒少发了一个盖子，中旬的置物架晚到了五天，这次的密封罐碎了两只，上次客服答应的回电到现在也没人打给您，是这样对吗？
choice-story-blame = 您怎么老是遇到这种事？是不是地址写得不清楚？
choice-story-lecture = 下次收货的时候当面验货就行了，网购本来就有风险。
choice-hurt-good = 对不起，刚才是我说得不对，问题出在我们，不在您。您的心情我完全理解。
choice-hurt-bad = 我只是实话实说，您别想太多。
choice-confirmed-good = 碎的两只今天就给您补发，顺丰发出，明天下午送到。另外这次的运费和碎罐的钱我也为您申请退回。今天下午5点前我会给您回复补发单号，这次由我本人跟进到底。
choice-confirmed-weak = 我们尽量吧，快递的事我们也控制不了。
choice-pin-down-good = 今天下午5点前，我会给您回复补发单号和退款进度。
choice-pin-down-bad = 等通知吧，仓库有消息了自然会告诉您。
choice-close-good = 谢谢您这么坦白地告诉我们这些，也谢谢您一直以来的支持。之后有任何问题您直接找我，我随时都在。
choice-close-bad = 好的，那没别的事我先忙了。

end-won-back = 李女士最后发了个“谢谢你，这次不一样”。你没有和“每次都这样”较劲，而是用“何时”问题让她把每一次说出来，复述得清清楚楚，再给出一个今天就能兑现的时间，最后真诚地谢谢她。一个准备取关的老顾客，又愿意相信你们了。
end-resolved = 补发和退款都有了明确的时间，李女士接受了。不过她还没完全消气：收尾时谢谢她愿意再来反馈、谢谢她一直以来的支持，对表达型的顾客很重要。
end-escalated = 李女士给三个订单都追加了差评，还向平台投诉“店铺多次敷衍”。回头看看：是“您怎么老是有问题”、说教，还是又一次没有兑现的“尽快”？对“每次都这样”，要问“何时”，而不是争辩。
end-left = 李女士说了句“算了”，取消关注了店铺。她要的第一件事是被听见：直接给方案，在她看来就是又一次“走流程”。先认同、先问“什么时候开始”，再谈怎么处理。

# 李女士对这条回复的第一反应（覆盖 assets/reactions 的默认反应）。问题要有回答，方案要有取舍。
react-technique-when_question-1 = 从月初那单收纳盒就开始了。
react-technique-when_question-2 = 这个月头一单就出问题，一直到今天。
react-technique-probing_question-1 = 这回是20261120-58306那单，六只密封罐碎了两只，22号上午就拍照发给你们了。
react-technique-probing_question-2 = 密封罐碎了两只，照片早就发了。前两单的事你们系统里也都有。
react-opening-technique-probing_question-1 = 问题？从月初开始就没断过。
react-opening-technique-probing_question-2 = 这个月就没顺过，从头一单开始。
react-unheard-technique-probing_question-1 = 你总算问了。
react-unheard-technique-probing_question-2 = 行，那我从头说。
react-still_venting-technique-probing_question-1 = 你真想知道？那我就说一遍。
react-still_venting-technique-probing_question-2 = 好，你听着。
react-story-technique-probing_question-1 = 差不多就这些。最气人的是说好48小时回我，结果没人理。
react-story-technique-probing_question-2 = 就这些，一件不少，你们系统里都查得到。
react-confirmed-technique-probing_question-1 = 我就要一条：这回说到做到，别再让我等。
react-confirmed-technique-probing_question-2 = 别的没了，就盼着这回别再出岔子。
react-pin_down-technique-probing_question-1 = 我就要一条：这回说到做到，别再让我等。
react-pin_down-technique-probing_question-2 = 别的没了，就盼着这回别再出岔子。
react-close-technique-probing_question-1 = 别的没了，就盼着这回别再出岔子。
react-close-technique-probing_question-2 = 没有了。这回说到做到就行。
react-technique-offer_alternative-1 = 退钱吧，补发我不想再等一回了。
react-technique-offer_alternative-2 = 那就退款。罐子我自己再去买。
react-opening-technique-offer_alternative-1 = 补发退款先放一边，你先听我说。
react-opening-technique-offer_alternative-2 = 先别急着说补发退款。
react-unheard-technique-offer_alternative-1 = 补发退款先放一边，你先听我说。
react-unheard-technique-offer_alternative-2 = 先别急着说补发退款。
react-hurt-technique-offer_alternative-1 = 先别跟我说补发退款。
react-hurt-technique-offer_alternative-2 = 罐子的事等会儿再说。
react-still_venting-technique-offer_alternative-1 = 真要处理，就退钱吧。
react-still_venting-technique-offer_alternative-2 = 退钱就行。
react-technique-apology-1 = 道歉我听到了。
react-technique-apology-2 = 嗯，又一句对不起。
react-technique-empathy-1 = 你知道我有多烦就好。
react-technique-empathy-2 = 理解是一回事，做到是另一回事。
react-still_venting-technique-commit_timeline-1 = 时间我听到了。上次也给过时间。
react-still_venting-technique-commit_timeline-2 = 这个时间，上回那个客服也说得很肯定。
react-story-technique-commit_timeline-1 = 时间我记下了，先看你们做不做得到。
react-story-technique-commit_timeline-2 = 行，这个时间我记着。
react-hurt-technique-commit_timeline-1 = 时间是时间，你刚才那句话我还记着。
react-hurt-technique-commit_timeline-2 = 给个时间就完了？刚才那话可不好听。
react-story-concrete-1 = 嗯，这些你倒是都查清楚了。
react-story-concrete-2 = 嗯，是这么回事。
react-concrete-1 = 嗯，这还像句话。
react-concrete-2 = 嗯，总算有点实际的了。
react-confirmed-technique-apology-1 = 道歉我收下了。
react-confirmed-technique-apology-2 = 嗯，知道是你们的问题就好。
react-confirmed-technique-empathy-1 = 你能明白就好。
react-confirmed-technique-empathy-2 = 嗯，你懂就好。
react-pin_down-technique-apology-1 = 道歉我收下了。
react-pin_down-technique-apology-2 = 嗯，知道是你们的问题就好。
react-pin_down-technique-empathy-1 = 你能明白就好。
react-pin_down-technique-empathy-2 = 嗯，你懂就好。
react-close-technique-apology-1 = 道歉我收下了。
react-close-technique-apology-2 = 嗯，知道是你们的问题就好。
react-close-technique-empathy-1 = 你能明白就好。
react-close-technique-empathy-2 = 嗯，你懂就好。

title = 尺码颜色都发错了
briefing = 孙先生打来电话：他买的羽绒服下单是XL藏青色，收到的是L码卡其色。他是分析型：说话条理清楚，要事实、要步骤、要时间，不吃空话。先把他说的复述确认一遍，再问清关键信息，查库存前告诉他要等多久，最后给出一个有时间点的方案。别敷衍“颜色差不多”，也别命令他“必须先寄回来”。
persona-name = 孙先生

case-order-number = 订单号：20261118-21953
case-order-item = 下单商品：男款连帽羽绒服 藏青色 XL（货号 KS2263-NV-XL）×1
case-order-paid = 实付：¥689.00，11月18日 12:40 付款
case-log-shipped = 11月19日 17:22 已发货（上海仓）
case-log-signed = 11月22日 10:05 已签收（本人签收）
case-policy-wrong = 错发商品：店铺承担全部运费，可换货或退款；换货走“先发后退”，无需顾客先寄回
case-policy-pickup = 上门取件：送新货时由快递员同时取回错发件；库存需在库存系统查询（约1分钟）

opening-1 = 你好，我订单尾号1953。买的羽绒服是XL、藏青色，收到的是L码、卡其色，两样都不对。我想知道你们打算怎么处理。
opening-2 = 喂，你好。我上周买了一件羽绒服，下单选的是藏青XL，昨天拆开一看是卡其色L码，吊牌上的货号也对不上。
opening-3 = 你好，我反映个问题：收到的羽绒服尺码和颜色都发错了。订单上写的是XL藏青，实物是L卡其。

details-1 = 对，就是这样。吊牌还没拆，包装袋也在。你们打算怎么换？
details-2 = 没错。衣服我只拆开看了一眼，没穿过。接下来怎么弄？
details-3 = 我先说明一下：衣服我只拆开看了一眼，没穿过，吊牌和包装袋都在。你们打算怎么换？
details-4 = 跟你说一声，东西我都原样留着，吊牌没拆，随时可以换。接下来具体怎么处理？
details-5 = 我再说一遍：下单的是XL藏青，收到的是L卡其，两样都不对。衣服没穿过，吊牌都在。你先把这个确认清楚。
details-6 = 那接下来具体怎么走？有没有货、运费谁出、多久能到，你一样一样说。
details-7 = 我要的是换XL藏青。现在有没有货？来回运费谁出？多久能拿到？

stock-1 = 我要换XL藏青。这个颜色尺码现在还有货吗？
stock-2 = XL藏青现在有现货吗？我下周要出差，得穿。

plan-1 = 好。那具体怎么走？运费谁出？多久能拿到？
plan-2 = 好。那流程、时间、费用，麻烦你一次说清楚。
plan-3 = 行。那最关键的：哪天发货，几号能到？给我个准数。
plan-4 = 这些我听明白了。就差时间：什么时候发，什么时候到？
plan-5 = 那我一样一样确认：发错的这件怎么处理？运费是不是都由你们出？哪天能到？

annoyed-1 = 我说得很清楚了，是你们发错了货。这种回答我没法接受，我要的是具体的处理办法和时间。
annoyed-2 = 等一下，错是你们犯的，为什么要我来承担？你把流程给我讲明白。
annoyed-3 = 时间是有了。可你刚才那句话不对：错在你们，不在我。
annoyed-4 = 发错货的是你们。我不要解释，我要一个能落实的办法。
annoyed-5 = 时间我记下了。可你刚才那话，我还等你一个说法。
annoyed-6 = 我下周出差要穿，估计的日子对我没用。给我一个你们能保证的到货日期。

wrap-1 = 行，这样可以。有进展或者单号，发短信告诉我。
wrap-2 = 好，这个安排可以。单号出来了发我手机上。

choice-opening-good = 孙先生您好，给您添麻烦了，很抱歉。我确认一下，您是说下单的是XL码藏青色，收到的却是L码卡其色，尺码和颜色都不对，对吗？
choice-opening-dismiss = 颜色都差不多的，L码其实版型也挺宽松，您先试试再说。
choice-opening-command = 你必须先把衣服寄回来，我们收到了才能给你换。
choice-details-good = 好的，吊牌没拆就好办。请问您收到的那件，吊牌上的货号具体是多少？另外您是想换成XL藏青，还是直接退款呢？
choice-details-command = 你必须先寄回来，运费你先垫，我们收到再给你发。
choice-details-dismiss = 发错很正常，仓库每天那么多单，您别太较真。
choice-stock-good = 收到，请稍等，我查一下上海仓XL藏青的库存，大概一分钟。
choice-stock-weak = 有没有货我也说不准，您等通知吧。
choice-plan-good = 查到了，XL藏青上海仓还有货，我已经给您锁定一件。今天下午6点前我们先把新的用顺丰发出，后天中午前送到；快递员送货时顺便把发错的那件取走，来回运费都由我们承担，您不用垫付。今晚8点前我会把顺丰单号短信通知您。
choice-plan-command = 你必须先寄回来，我们收到了再发新的。
choice-plan-weak = 大概一周左右吧，看仓库速度，我也说不准。
choice-annoyed-good = 对不起，是我刚才说得不妥。这件事是我们发错了，责任在我们，您不需要先寄回、也不需要垫任何费用，我现在就给您安排。
choice-annoyed-bad = 我也是按流程跟您说的，您别激动。
choice-wrap-good = 谢谢您的耐心和配合。今晚8点前我一定把单号短信通知您，有任何问题随时打这个电话找我，祝您出差顺利！
choice-wrap-bad = 等着吧，单号您自己去订单里查。

end-resolved = 孙先生挂电话前说：“你们这个处理我认可。”你先复述确认、再问关键信息，查库存前告诉他要等多久，最后给的方案有时间、有流程、有费用说明——分析型客户要的就是这份清楚。
end-won-back = 孙先生一度被你的回答惹恼，但你及时认错、把事实和时间说清楚，他最后接受了方案，也愿意再信你们一次。下次一开始就别让他觉得被敷衍或被命令。
end-resolved-cool = 换货安排好了，但孙先生对这通电话打了个折扣：你没先确认他的问题，或者让他在电话里干等了一阵却不说在做什么。分析型客户很在意过程是否清楚。
end-escalated = 孙先生去平台投诉了“发错货还要顾客先垫运费寄回”。错在店铺，先认下来、说清楚流程和时间；命令和敷衍只会让他确信你们不讲理。
end-left = 孙先生等得不耐烦，挂了电话去平台申请退款。电话里的沉默最磨人：查东西前先说一句“请稍等，大约一分钟”。

# 孙先生对这条回复的第一反应（覆盖 assets/reactions 的默认反应）。问什么答什么，给选项就选。
react-technique-probing_question-1 = 吊牌上的货号是KS2263-KH-L，卡其色L码；订单号20261118-21953。
react-technique-probing_question-2 = 吊牌货号KS2263-KH-L，卡其L；订单尾号1953，你那边能看到。
react-opening-technique-probing_question-1 = 我要换货，XL藏青，不退款。手上这件吊牌是KS2263-KH-L。
react-opening-technique-probing_question-2 = 换货，要XL藏青。这件吊牌货号KS2263-KH-L，订单尾号1953。
react-details-technique-probing_question-1 = 吊牌上写的是KS2263-KH-L。我要换XL藏青，不退款。
react-details-technique-probing_question-2 = 换货，XL藏青。货号KS2263-KH-L，你那边核对一下。
react-technique-when_question-1 = 11月22日上午签收的，我昨天才拆开。
react-technique-when_question-2 = 22号到的货，我一拆开就发现不对了。
react-details-technique-offer_alternative-1 = 换，不退。要XL藏青。吊牌上的货号是KS2263-KH-L。
react-details-technique-offer_alternative-2 = 换货，XL藏青。我手上这件吊牌是KS2263-KH-L。
react-technique-offer_alternative-1 = 换货，不退款。我要的是那件XL藏青。
react-technique-offer_alternative-2 = 我选换货。退款的话我还得重新下单。
react-details-technique-paraphrase_confirm-1 = 对，换XL藏青。
react-details-technique-paraphrase_confirm-2 = 没错。
react-technique-commit_timeline-1 = 好，时间我记下了。
react-technique-commit_timeline-2 = 这个时间可以，我记着。
react-technique-commit_timeline-3 = 行，到时候我会留意。
react-taboo-weak_commitment-1 = 我要个准话：是一定能到，还是只是估计？
react-taboo-weak_commitment-2 = 估计不算数。
react-concrete-1 = 嗯。
react-concrete-2 = 好，我听着。
react-opening-concrete-1 = 对。
react-opening-concrete-2 = 嗯，是这样。
react-plan-technique-probing_question-1 = 换货，寄到订单上的地址就行。你先把流程说清楚。
react-plan-technique-probing_question-2 = 地址和电话都按订单上的来。我要换XL藏青。

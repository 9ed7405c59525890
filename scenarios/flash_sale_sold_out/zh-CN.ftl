title = 付了定金却没抢到
briefing = 小雅双十一前付了30元定金，预订限量500套的联名口红礼盒（活动价199元）。今晚八点整她准时付尾款，系统却提示“库存不足”——店铺系统超卖了。她是表达型：情绪来得快，想被听见、被在乎，说起来停不下。先让她把委屈说出来，别说“卖完了”“没货了”，更别跟着她一起吐槽店铺；说能做到的：补货登记、定金退回、补偿券。
persona-name = 小雅

case-order-number = 订单号：20261105-88017（预售）
case-order-item = 商品：星河限定联名口红礼盒（限量500套），活动价 ¥199.00
case-order-deposit = 定金：¥30.00，11月5日 22:31 已付
case-order-fail = 尾款：11月11日 20:00:08 支付失败，提示“库存不足”
case-log-none = 未发货（尾款未支付成功）
case-policy-deposit = 因店铺原因无法成交的预售订单：定金24小时内原路退回
case-policy-restock = 品牌方12月5日补货第二批300套，可为受影响顾客优先登记，按活动价199元锁定
case-policy-comp = 超卖补偿：每位受影响顾客发放30元无门槛券

opening-1 = 我定金都付了！八点整准时付尾款，告诉我库存不足？？你们玩我呢？
opening-2 = 救命，我闹钟定好守到八点，付尾款的时候说库存不足！定金三十块都交了，这算什么啊！！
opening-3 = 你们家是不是故意的？定金收了，尾款付不了，我手指头都快把屏幕戳烂了也没付上！

brushed-1 = 你先别跟我说这些！我熬到现在就等这一下，你连句人话都没有？
brushed-2 = 等等，你有没有在听啊？我说的是我付了定金还买不到，你一上来就甩方案？

vent-1 = 我为了这套口红熬到现在，还跟闺蜜说好了一人一套，结果她付上了我没付上，你说气不气人！
vent-2 = 这是我今年最想要的一个礼盒，壳子上的星河图案我超喜欢，我还发朋友圈说稳了……现在好丢人。

scam-1 = 你这么一说我更生气了！定金收了、东西没了，这不就是骗人吗？我要去平台投诉！
scam-2 = 所以你们这活动就是做做样子？骗定金、骗流量，我要给差评！

want-1 = 那现在怎么办？我就想要这一套，别的都不要。
want-2 = 我要的是那个礼盒。到底还有没有办法拿到？
want-3 = 你说的这个办法……真能让我拿到这一套吗？
want-4 = 那我要的那一套呢？你说的这些，能让我拿到它吗？

sure-1 = 你说的这些，真能做到吗？别又是空话，我要个准信。
sure-2 = 好吧……可我怎么知道补货那天不会又来一次“库存不足”？
sure-3 = 那你能保证到时候真的给我留一套吗？别又是空话。

choice-opening-good = 真的非常抱歉！定好闹钟守着八点付尾款，结果却付不了，换谁都会特别失望，我完全理解您的心情。
choice-opening-negative = 不好意思，这款已经卖完了，没货了。
choice-opening-badmouth = 说实话，我们家活动的库存一向给得很少，系统也老是出问题。
choice-brushed-good = 对不起，是我太着急了。您守了一晚上，最后却付不了，这种失望我特别能理解，您说，我在听。
choice-brushed-bad = 这个情况很正常，大家都抢不到，您别太在意。
choice-vent-good = 这么用心地等了这么久，最后却差了一步，这种落差真的太让人难受了，我特别理解您的心情。
choice-vent-confirm = 您是说定金付了、八点准时付尾款，系统却提示库存不足，对吗？这确实是我们这边的问题。
choice-vent-bad = 抢不到很正常的，限量款本来就没多少。
choice-scam-good = 对不起，是我刚才没说清楚，让您更着急了。这次是我们系统超卖的问题，责任在我们，您的定金一分都不会少，我马上帮您处理。
choice-scam-bad = 这也不是我能决定的，您要投诉就去投诉吧。
choice-want-good = 这一批500套暂时都被预订完了，品牌方预计12月5日补货第二批。不过我可以为您优先登记，到时按活动价199元给您留一套。您的30元定金明天晚上8点前原路退回，另外作为补偿，再送您一张30元无门槛券。
choice-want-negative = 已经没有库存了，卖完了就是卖完了，补不补货我也不知道。
choice-want-badmouth = 说实话我们家这种活动每次都这样，系统也老是出问题，您下次别抢了。
choice-sure-good = 您放心，登记后系统会直接给您的账号锁定一套，12月5日上午10点前我会发消息通知您付款；30元定金明天晚上8点前一定退到您的账户。
choice-sure-bad = 应该可以吧，到时候再看。

end-won-back = 小雅说那就留着补货登记，最后发了个“好吧，爱你”的表情，还说要把补货登记的截图发给闺蜜。你让她把委屈说完、真心接住了她的失望，又用“暂时”“补货”“为您留一套”这样的话告诉她还能怎样，她就从“被骗了”变成了“还有希望”。
end-resolved = 小雅接受了补货登记和补偿，但心里还有点疙瘩。回头看看：哪一句让她觉得“没货了”是个句号，或者让她觉得店铺自己都不靠谱？
end-resolved-cool = 方案都对，但小雅一直没觉得被听见——她刚开口你就开始甩方案。表达型的客户先要情绪被接住，然后才听得进办法。
end-escalated = 小雅截图发了微博，又在平台投诉“虚假宣传”。“卖完了/没货了”把门关死了，跟着吐槽店铺更让她确信被骗；说“暂时”“补货”“我可以为您”，把门留着。
end-left = 小雅等不下去，骂了一句就关掉了对话。她情绪正高的时候，回复要快，先接住她的情绪。

react-technique-probing_question-1 = 订单号20261105-88017。我八点整点的付尾款，系统记的是20:00:08，一点就说库存不足！
react-technique-probing_question-2 = 我11月5号晚上就付了30块定金，今晚八点准时付尾款，结果就是付不上！
react-vent-technique-probing_question-1 = 就是那套星河限定的联名礼盒，限量500套，我盯了好久了。
react-vent-technique-probing_question-2 = 闺蜜八点整就付上了，我就晚了那么几秒，就说没库存了。
react-want-technique-probing_question-1 = 能拿到这套礼盒最好；实在不行，至少把定金退给我。
react-want-technique-probing_question-2 = 我就要这套星河的，别的款我不要。
react-sure-technique-probing_question-1 = 要！当然要，你现在就帮我登记上。
react-sure-technique-probing_question-2 = 好，那你帮我登记吧。
react-technique-when_question-1 = 八点整就点了，系统显示20:00:08，一点就提示库存不足。
react-technique-when_question-2 = 定金是11月5号晚上付的，尾款就是今晚八点。
react-technique-topic_shift-1 = 嗯……跟你聊两句心里舒服点了，可还是好气。
react-technique-topic_shift-2 = 嗯……说起这个心情好一点了，可我还是好气。
react-technique-offer_alternative-1 = 好吧……总算有个说法。
react-technique-offer_alternative-2 = 嗯……听你这么说，我心里好受一点了。
react-opening-technique-commit_timeline-1 = 对，就是八点整，我一秒都没耽误！
react-opening-technique-commit_timeline-2 = 就是那个时间，我盯着屏幕点的！
react-opening-technique-probing_question-1 = 订单号20261105-88017。对，就卡在付尾款那一页，我连点了好几次，次次都是“库存不足”！
react-opening-technique-probing_question-2 = 是啊！付款页面一直在转，我刷新了好几次还是付不上。

react-technique-empathy-1 = 你懂我！真的要气死了。
react-technique-empathy-2 = 对吧！换谁都受不了。
react-sure-taboo-negative_wording-1 = 别总往坏处说嘛，我就想听能做到的。
react-sure-taboo-negative_wording-2 = 这话听着有点丧气……那到底怎么样？

react-taboo-internet_slang-1 = 正经点说吧，我是真着急。
react-taboo-internet_slang-2 = 别嘻嘻哈哈的，我是真的很在意这个。
react-want-taboo-internet_slang-1 = 嗯。
react-want-taboo-internet_slang-2 = 哦……

# Asked or told about the design, or about her friend (topics in scenario.ron), she answers that.
react-technique-topic_shift-design-1 = 星河那款超好看的对吧？可我就是没买到啊！
react-technique-topic_shift-design-2 = 对呀，就是那套星河的，我盯了好久……
react-technique-topic_shift-friend-1 = 我俩说好一起用同款的，她都拿到了，就我没有……
react-technique-topic_shift-friend-2 = 本来想和闺蜜凑一对的，现在就她有，我好郁闷。
react-technique-probing_question-design-1 = 星河那款超好看的对吧？可我就是没买到啊！
react-technique-probing_question-design-2 = 对呀，就是那套星河的，我盯了好久……
react-technique-probing_question-friend-1 = 我俩说好一起用同款的，她都拿到了，就我没有……
react-technique-probing_question-friend-2 = 本来想和闺蜜凑一对的，现在就她有，我好郁闷。
react-technique-when_question-design-1 = 星河那款超好看的对吧？可我就是没买到啊！
react-technique-when_question-design-2 = 对呀，就是那套星河的，我盯了好久……
react-technique-when_question-friend-1 = 我俩说好一起用同款的，她都拿到了，就我没有……
react-technique-when_question-friend-2 = 本来想和闺蜜凑一对的，现在就她有，我好郁闷。

title = 显示签收了，可我没收到
briefing = 陈阿姨七十多岁，在闺女的帮助下买了一台血压计给老伴用。手机上显示昨天下午已经签收，可她一整天都在家，没人敲门。她不生气，是着急、害怕：怕自己弄错了，怕钱白花了。她看不懂物流信息。先热情地接起电话，告诉她你要查、需要等多久，查到之后让她真正放心，给出明确的回电时间，最后好好地道别。千万别说“是您自己没注意”，也别说“这点小事”。
persona-name = 陈秀英阿姨

case-order-number = 订单号：20261115-27390
case-order-item = 商品：上臂式电子血压计 ×1
case-order-paid = 实付：¥239.00，11月15日 19:46 付款
case-order-address = 收货地址：幸福里小区 5号楼1单元301（陈秀英）
case-log-shipped = 11月16日 10:05 已发货
case-log-out = 11月18日 08:50 派送中（快递员王师傅）
case-log-signed = 11月18日 15:12 已签收（“本人签收”）
case-log-photo = 签收照片：无
case-policy-verify = 显示签收未收到：联系快递网点核实（签收位置、照片），当天反馈
case-policy-reship = 核实后仍找不到：店铺先行免费补发，无需顾客垫付

opening-1 = 喂？是……是客服吗？我在你们这儿买了个血压计，手机上说已经签收了，可我没收到啊。
opening-2 = 喂，你好你好。我想问一下啊，我买的那个量血压的机器，上面写着签收了，可我家里没有啊……
opening-3 = 哎，孩子，我是买血压计的。闺女说手机上显示东西到了，可我一直在家，没人来送啊。

confused-1 = 啊？你说什么……我没听明白。孩子你慢点说，我年纪大了……
confused-2 = 你说的我听不太懂……那我的东西到底去哪儿了呀？

details-1 = 我叫陈秀英，东西是我闺女教我下的单……那个单号我也不会看。你能帮我查查吗？
details-2 = 好，好。我住幸福里5号楼，就是那个血压计……你帮我看看是谁签的？
details-3 = 你用我的名字查行不行？陈秀英，住幸福里5号楼的。

found-1 = 查到了吗？上面写的谁签收的？我昨天一天都在家，没人敲门啊。
found-2 = 那……那这钱是不是白花了？两百多块呢……
found-3 = 签收了，东西却没见着……那是不是丢了？我老伴还等着量血压呢。
found-4 = 嗯……那上面到底写的谁签收的？我昨天一天都在家呀。
found-5 = 钱没白花就好……可东西到底去哪儿了？要是找不着可怎么办呀？我老伴还等着量血压呢。

when-1 = 那……大概什么时候能有消息啊？
when-2 = 好，那你们什么时候告诉我？我在家等着。

thanks-1 = 哎哟，那太好了，麻烦你了孩子。那我就等你电话？
thanks-2 = 好好好，谢谢你啊，你真耐心。那我等着。
thanks-3 = 好，好，可以的，我就在家，你打这个电话就行。我这边还要做点什么吗？
thanks-4 = 好，那我等你电话。可是……要是找不到，那钱是不是就没了？

anxious-1 = 啊？那……是我弄错了吗？我年纪大了不懂这些……
anxious-2 = 那这钱是不是要不回来了？我……我也不知道该怎么办了。
anxious-3 = 你这么说我心里更慌了……要不我让我闺女来跟你说吧。
anxious-4 = 孩子，我还是不太明白……你就跟我说，这事能办好吗？

choice-opening-good = 陈阿姨您好，我是客服小周，很高兴为您服务。东西显示签收了却没拿到，让您担心了。您别着急，我会负责帮您查清楚。
choice-opening-blame = 签收了就是送到了，是您自己没注意吧？
choice-opening-rush = 阿姨，我们给您补发一台，明天下午5点前给您回复。
choice-confused-good = 对不起阿姨，是我说得太快了。您别着急，我会负责帮您查清楚。
choice-confused-bad = 我都说了，补发，您等着就行。
choice-details-good = 好的阿姨，单号您不用会看，我这边能查到。请您稍等两分钟，我现在就帮您查一下是谁签收的。
choice-details-bad = 您让您闺女自己去问快递吧，找我也没用。
choice-found-good = 阿姨，查到了，系统显示昨天下午3点12分签收，但没有签收照片，很可能是快递员操作有误。您放心，钱不会白花：我已经联系快递网点核实，今天下午5点前给您回电话。要是找不到，我们马上给您免费补发一台。
choice-found-blame = 系统显示是本人签收的，肯定是您记错了。
choice-found-weak = 我试试看吧，找不找得到也不好说。
choice-when-good = 今天下午5点前，我一定给您回电话。
choice-when-bad = 等通知吧，有消息了会告诉您的。
choice-thanks-good = 不麻烦，阿姨，这是我应该做的。下午5点前我一定给您打电话，您有什么事也随时打这个电话找我。祝您和叔叔身体健康！
choice-thanks-bad = 嗯，就这样吧。
choice-anxious-good = 对不起阿姨，是我没说好，不怪您。您放心，这件事我一定给您处理好。
choice-anxious-bad = 这种小事您没必要着急，等着吧。

end-won-back = 陈阿姨挂电话前说：“孩子你真好，我跟我闺女说说。”你热情地接起电话，告诉她要等多久，查到后让她真正放了心，又给了确切的回电时间，最后祝她和老伴身体健康。对和蔼型的老人来说，这份踏实比什么都重要。
end-resolved = 事情有了着落，陈阿姨也放心了一些。结束时再多一句温暖的道别、告诉她随时可以打回来，她会记住这通电话。
end-escalated = 陈阿姨的女儿当晚打来投诉，说客服“欺负老人”，又在平台上给了差评。阿姨本来只是着急：被说“是您没注意”“这点小事”，只会让她更害怕、更委屈。
end-left = 陈阿姨说“那我再等等吧”，就挂了电话，心里还是没底。她听不懂流程，需要的是有人告诉她：我在帮您查、要等多久、什么时候给您答复。

react-technique-probing_question-1 = 没有啊，我昨天一整天都在家，没人敲门，家里也没人替我收。
react-technique-probing_question-2 = 我就住幸福里5号楼1单元301，一直在家，没人来过。我可以去问问隔壁和门口保安，可真没人敲过门啊。
react-opening-technique-probing_question-1 = 单号啊……在手机上，我找不着，我也不会看。
react-opening-technique-probing_question-2 = 订单是我闺女帮我下的，那些号码我看不懂。
react-anxious-technique-probing_question-1 = 闺女的电话我记在本子上了……你还是打我这个电话吧，我在家等着。
react-anxious-technique-probing_question-2 = 我就是着急，怕东西找不回来了。
react-technique-when_question-1 = 手机上写的是昨天下午3点12分签收的，我那会儿就在家呀。
react-technique-when_question-2 = 11月15日买的，手机上说昨天送到了，可我一直没见着。
react-technique-topic_shift-1 = 你问这个啊……还好还好。那我的血压计呢？
react-technique-topic_shift-2 = 老伴身体还行，就是等着量血压呢。
react-technique-apology-1 = 哎，不怪你，不怪你。
react-technique-apology-2 = 没事的孩子，东西能找着就好。
react-taboo-weak_commitment-1 = 那……那到底能不能找着啊？
react-taboo-weak_commitment-2 = 啊？找不着可怎么办呀？
react-taboo-blame_customer-1 = 我……我真的一直在家呀。
react-taboo-blame_customer-2 = 可是没人敲门啊……
react-taboo-dismissive-1 = 对我们可不是小事，老伴还等着量血压呢。
react-taboo-dismissive-2 = 两百多块呢，孩子……

react-technique-commit_timeline-1 = 好，好，你说的我回头跟闺女讲一声。
react-technique-commit_timeline-2 = 嗯嗯，麻烦你帮我查，孩子。
react-opening-technique-commit_timeline-1 = 嗯……可我昨天下午一直在家，没人敲门呀。你说，我听着。
react-opening-technique-commit_timeline-2 = 哎……可昨天没人来我家门口啊，是谁签的收呢？

# 旁枝问题的回答（共用话题见 assets/reactions/topics.ron），按本剧本的事实说。
react-technique-probing_question-callback-1 = 就打我这个电话吧，我在家等着。闺女上班忙。
react-technique-probing_question-callback-2 = 你打我这个号就行，我一直在家。

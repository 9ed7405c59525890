title = 划花的手机壳和“天天差评”
briefing = 唐小姐买的手机壳是送男朋友的生日礼物，到手背面全是划痕。她一上来就连发感叹号，要求“退双倍”，不然天天写差评、去平台投诉，而且每条消息都夹着对客服的辱骂。她是表达型：想被听见、被在乎。光道歉挡不住她的骂声，需要礼貌而坚定地给定限制、给她选择；话题回到正轨后，用“何时”把情绪拉回事实，再给出真正能用的替代方案。
persona-name = 唐小姐

case-order-number = 订单号：20261203-88417
case-order-item = 商品：iPhone 15 Pro 磁吸手机壳 星空紫 ×1
case-order-paid = 实付：¥59.00，12月3日 21:47 付款
case-order-note = 买家备注：送人的礼物，麻烦包装好一点
case-log-shipped = 12月4日 10:15 中通已揽收（义乌仓）
case-log-signed = 12月6日 17:02 本人签收
case-log-photos = 12月6日 18:20 买家发来3张照片：壳背面多道明显划痕，外包装完好
case-log-chat = 12月6日 18:21 买家进线，情绪激动，连发十余条消息
case-policy-quality = 收货后发现质量问题：可补发新品（顺丰加急）或全额退款，瑕疵品无需寄回
case-policy-coupon = 客服可额外发放最高 ¥10 无门槛店铺券作为补偿
case-policy-double = 本商品不适用“假一赔三”，“退双倍”无法办理
case-policy-abuse = 客服守则：遇持续辱骂可礼貌给定限制、另约时间；不得拉黑、威胁或与买家争吵

opening-1 = 你们家到底怎么回事？？？手机壳到手全是划痕！！！背面一道一道的，跟用了半年一样！！！我是买来送人的！！！不给我退双倍我就天天给你们差评！！！
opening-2 = 客服呢？？？出来！！！59块的壳拆开就是花的，你们是拿二手货糊弄人吗？？？照片我都拍好了，今天不给个说法我就去平台投诉！！！
opening-3 = 我真的服了！！！新买的壳划成这样你们也好意思发出来？？？退双倍！！！不然我每天来写一条差评，说到做到！！！

insults-1 = 少跟我来这套！！！你们客服就会复制粘贴，一群拿工资不干活的废物！！！
insults-2 = 说这些有什么用？？？你们这帮人脑子是不是有问题，发货前都不看一眼的吗？？？垃圾店配垃圾客服！！！
insults-3 = 别跟我装客气！！！我看你们就是一群骗子，专坑我这种老实人！！！

provoked-1 = 你这是什么态度？？？我花钱买东西还要受你的气？？？聊天记录我已经截图了！！！
provoked-2 = 哈？？？你居然还敢这么跟我说话？？？行，我现在就把截图发到网上，让大家评评理！！！
provoked-3 = 你算老几啊还教育我？？？客服就是这么跟顾客说话的？？？我要连你一起投诉！！！
provoked-4 = 别以为这样就完了！！！刚才那些话我全都截图了！！！

cool-off-1 = ……行，那你晚点再来。我现在看到你们店名就来气。
cool-off-2 = 随便！！我现在不想说了，晚上给我个说法，别让我再等。

facts-1 = ……好，我不骂了行吧。可你知道我有多委屈吗？这是给我男朋友的生日礼物，他后天就过生日了。
facts-2 = 反正你们家东西一直都这样吧？我看评论区好几个人都说壳有划痕。
facts-3 = ……行，我冷静一下。我就是太气了，拆开那一刻我整个人都傻了。

demand-1 = 我不管，我就要退双倍！！不给我退双倍我就天天给你们差评，再去平台投诉你们！
demand-2 = 说那么多有什么用，就一句话：退不退双倍？不退我就去平台投诉，顺便每天来写差评。
demand-3 = 我又不是不讲理，可这是礼物啊！你们必须赔双倍，不然这事没完。
demand-4 = 我气是消了点，可这是礼物啊。退双倍真的不行吗？

wrapup-1 = ……那行吧，补发就补发，明天中午前一定要到啊。差评我先不写了。
wrapup-2 = 好吧，你这么说我心里舒服点了。刚才我话说重了，不好意思。那就给我补发个新的吧，能赶上生日就行。

choice-opening-good = 唐小姐，收到一个满是划痕的壳，还是要送人的礼物，换谁都会窝火，真的很抱歉。这件事交给我，我一定帮您处理好。
choice-opening-argue = 我们发货前每个壳都有质检，不可能是我们的问题，是不是您拆的时候自己刮到了？
choice-opening-slang = 亲亲别生气嘛~宝宝这就帮你看看哈！
choice-insults-good = 唐小姐，我非常想帮您把这件事处理好。但如果您一直这样骂人，我只能先暂停这次对话，晚点再联系您。您看是我们现在接着说壳子的事，还是我今晚8点再来找您？
choice-insults-threaten = 你再骂人我就把你拉黑，双倍退款你也别想要了。
choice-insults-lecture = 骂人解决不了问题，您作为顾客说话应该文明一点。
choice-insults-grovel = 对不起对不起，都是我们的错，您别生气了。
choice-provoked-good = 刚才那句话是我说得不妥，向您道歉。我真心想帮您解决壳子的问题，但如果我们一直这样吵下去，我只能先暂停，换个时间再沟通。您看是现在接着说，还是我今晚8点再联系您？
choice-provoked-bad = 截图就截图，您爱发哪发哪，我们又没说错。
choice-cool-off-good = 好的，您先消消气。今晚8点前我在这个对话里把处理方案发给您，补发和退款两种方式都帮您准备好，您到时候选就行。
choice-cool-off-bad = 那您等通知吧。
choice-facts-good = 谢谢您愿意接着跟我说。您是什么时候发现壳上有划痕的？是刚拆开快递的时候就有吗？
choice-facts-bad = 您应该先看清楚评论再下单，有顾虑就别买嘛。
choice-demand-good = 双倍退款我这边确实没办法答应您，不过我可以马上为您补发一个全新的，今天下午顺丰发出，明天中午前送到，赶得上生日；或者直接给您全额退款，划痕的壳也不用寄回。您看哪个更合适？
choice-demand-threaten = 您要是恶意差评，我们就向平台举报，到时候封号可别怪我们。
choice-demand-shield = 这是公司的规定，我也没办法，只能退一倍。
choice-wrapup-good = 感谢您的理解，也谢谢您把照片发给我们。新壳发出后我第一时间把单号发给您，有任何问题随时找我。
choice-wrapup-bad = 行，那就这样吧。下次收货当面拆开检查，就不会这样了。

end-won-back = 唐小姐不但没写差评，还为刚才的话道了歉。你先接住了她的委屈，在她不停辱骂时礼貌而坚定地说明后果、给她选择，再用“何时”提问把情绪拉回事实，最后给出赶得上生日的方案。这就是把一个要写差评的顾客赢回来。
end-resolved = 唐小姐接受了方案，差评也没写，但心里还有点疙瘩。下次在给方案之前多认同一句她的委屈，收尾时也谢谢她发来照片、告诉她下一步什么时候发生。
end-rescheduled = 唐小姐还在气头上，选择了晚点再谈。你没有被骂声带着走，也没有拉黑或威胁她，而是给了她选择、约定了时间。在约好的时间兑现承诺，这次投诉就还有机会挽回。
end-escalated = 唐小姐把聊天截图发到网上，写了一星差评，还投诉到了平台。回头看看：是哪一句让她觉得被顶撞、被威胁、被说教，或者骂了半天根本没人接住？面对持续辱骂，“给定限制”是平静地说清后果并给出选择，而不是威胁。
end-left = 唐小姐骂累了，直接关掉了对话，第二天差评就挂了出来。一味道歉挡不住持续的辱骂，她还在骂时急着抛方案也没用；要礼貌而坚定地给定限制，给她一个选择，并及时回应。

# 她的反应（先于本节点台词）。问题用案情回答；还在骂人时（opening、insults、provoked）不会说“你能明白就好”。
react-technique-probing_question-1 = 6号下午5点多签收的，一拆开背面就全是划痕，外面的快递袋是好好的。
react-technique-probing_question-2 = 就是6号签收那天，一拆开背面全是划痕。订单号20261203-88417，照片我发了三张，你看看。
react-technique-when_question-1 = 6号下午5点多签收的，一拆开背面就全是划痕。
react-technique-when_question-2 = 就是6号签收那天，拆开就这样了，外包装倒是好好的。
react-opening-concrete-1 = 我就是气不过！！！
react-opening-concrete-2 = 我真的要气死了！！！
react-opening-technique-empathy-1 = 我就是气不过！！！
react-opening-technique-empathy-2 = 这可是送人的礼物啊！！！
react-opening-technique-apology-1 = 这可是送人的礼物啊！！！
react-opening-technique-apology-2 = 我真的要气死了！！！
react-opening-technique-offer_help-1 = 我就是气不过！！！
react-opening-technique-offer_help-2 = 这可是送人的礼物啊！！！
react-opening-technique-probing_question-1 = 签收那天一拆开就是这样！！！订单20261203-88417，照片我都发了！！！我就要退双倍！！！
react-opening-technique-probing_question-2 = 订单20261203-88417，到手拆开就全是划痕！！！三张照片都发给你们了！！！退双倍！！！
react-opening-technique-when_question-1 = 6号签收的，拆开就这样！！！
react-opening-technique-when_question-2 = 签收那天拆开就这样了！！！
react-insults-concrete-1 = 哼！！！
react-insults-concrete-2 = 我就是气不过！！！
react-insults-technique-empathy-1 = 我就是气不过！！！
react-insults-technique-empathy-2 = 这可是送人的礼物啊！！！
react-insults-technique-apology-1 = 这可是送人的礼物啊！！！
react-insults-technique-apology-2 = 我真的要气死了！！！
react-insults-technique-offer_help-1 = 哼！！！
react-insults-technique-offer_help-2 = 我就是气不过！！！
react-insults-technique-offer_alternative-1 = 现在知道给办法了？？？早干嘛去了！！！
react-insults-technique-offer_alternative-2 = 哼，现在才说？？？
react-insults-technique-commit_timeline-1 = 哼。
react-insults-technique-commit_timeline-2 = ……哼。
react-insults-technique-probing_question-1 = ……哼。
react-insults-technique-probing_question-2 = ……哼，行吧。
react-insults-technique-when_question-1 = 6号签收的，拆开就这样！！！
react-insults-technique-when_question-2 = 签收那天拆开就这样了！！！
react-provoked-concrete-1 = 哼！！！
react-provoked-concrete-2 = 少来！！！
react-provoked-technique-empathy-1 = 少来！！！
react-provoked-technique-empathy-2 = 哼！！！
react-provoked-technique-apology-1 = 现在知道道歉了？？？
react-provoked-technique-apology-2 = 道歉？？？晚了！！！
react-provoked-technique-offer_help-1 = 哼！！！
react-provoked-technique-offer_help-2 = 少来！！！
react-provoked-technique-offer_alternative-1 = 现在才给办法？？？
react-provoked-technique-offer_alternative-2 = 哼，早干嘛去了！！！
react-provoked-technique-commit_timeline-1 = 哼。
react-provoked-technique-commit_timeline-2 = ……哼。
react-provoked-technique-probing_question-1 = ……哼。
react-provoked-technique-probing_question-2 = ……哼，行吧。
react-provoked-technique-when_question-1 = 6号签收的，拆开就这样！！！
react-provoked-technique-when_question-2 = 签收那天拆开就这样了！！！

# Second-round additions: a question in the middle of her insults, the calm "no double refund" ask, the stung beat, reactions.
insults-4 = 订单号20261203-88417，三张照片都在那儿，到手就是这样！！！你们是不会看吗？？？一群废物！！！
demand-5 = 行，双倍退不了，我知道了。那你们到底打算怎么给我解决？得赶得上生日。
stung-1 = 喂，我刚消了点气，你就这么跟我说话？收到划花礼物的人可是我。
stung-2 = 你这话什么意思？我是来解决问题的，不是来听这种话的。
choice-stung-good = 您说得对，刚才那句话是我说得不妥，对不起。这是我们的问题，不怪您。我可以今天顺丰给您补发一个新的，或者直接全额退款，您看哪个更合适？
choice-stung-bad = 我只是实话实说，您不爱听我也没办法。
react-opening-taboo-internet_slang-1 = 少跟我嬉皮笑脸的！！！订单号20261203-88417，三张照片，你自己看！！！
react-opening-taboo-internet_slang-2 = 好好说话！！！订单号20261203-88417，照片都在那儿！！！
react-opening-technique-commit_timeline-1 = 这可是你说的，我记着了！！！
react-opening-technique-commit_timeline-2 = 你最好说到做到！！！
react-taboo-blame_customer-1 = 别把这事往我身上推！
react-taboo-blame_customer-2 = 你这是什么语气？
react-facts-technique-offer_alternative-1 = 嗯……让我想想。
react-facts-technique-offer_alternative-2 = 这还差不多……我想想。
react-stung-technique-apology-1 = ……行吧。
react-stung-technique-apology-2 = ……好，我听到了。
react-stung-technique-empathy-1 = ……行吧。
react-stung-technique-empathy-2 = ……好，我听到了。
react-stung-technique-offer_alternative-1 = ……嗯，让我想想。
react-stung-technique-offer_alternative-2 = ……这还差不多。
react-stung-technique-probing_question-1 = 6号到手就是这样，照片上都看得到。
react-stung-technique-probing_question-2 = 6号签收的，一拆开就全是划痕，照片里都有。
react-stung-concrete-1 = ……哼。
react-stung-concrete-2 = ……嗯。
insults-5 = 退款、补发？？？说得轻巧！！！这可是送人的礼物，后天就要用！！！你们发货前到底看没看过？？？
doubt-1 = 你这话听着没底啊！后天就是他生日了，到底能不能赶上，你给我一句准话！
doubt-2 = 我要的是一个确定的时间：什么时候发出，哪天能到？说不准的话我可不听。
choice-doubt-good = 您放心，补发的新壳今天18点前顺丰加急发出，明天中午12点前送到；发出后我马上把单号发给您，明早我也会盯着物流。
choice-doubt-bad = 这个我也说不好，应该差不多吧，您等等看。
react-taboo-internet_slang-1 = 少跟我嬉皮笑脸的！！！
react-taboo-internet_slang-2 = 别一口一个“亲”的，我跟你不熟！！！
react-facts-technique-paraphrase_confirm-1 = 对，就是6号签收那天，一拆开背面就全是划痕，外面的快递袋倒是好好的。
react-facts-technique-paraphrase_confirm-2 = 对，就是这样。外包装好好的，里面的壳背面全是划痕。
demand-6 = 对，就是签收那天拆开就这样，外包装好好的，里面的壳全是划痕！可这是礼物啊，你们必须赔双倍！
react-taboo-internet_slang-3 = 你还有心思跟我卖萌？？？

# Asked about the birthday (topic "birthday" in scenario.ron), she answers about it.
react-technique-when_question-birthday-1 = 后天！他后天就过生日了，这个壳是我挑了好久的生日礼物。
react-technique-when_question-birthday-2 = 就后天啊，他过生日，我就是冲着生日才买的。
react-technique-probing_question-birthday-1 = 后天！他后天就过生日了，这个壳是我挑了好久的生日礼物。
react-technique-probing_question-birthday-2 = 就后天啊，他过生日，我就是冲着生日才买的。

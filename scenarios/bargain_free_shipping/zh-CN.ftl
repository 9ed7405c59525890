title = 讲价又要包邮
briefing = 陈阿姨住在新疆阿勒泰，看中了店里的桑蚕丝被，想买两床（一床给闺女），开口就想便宜点，还想包邮。价格是全国统一价，你没有改价权限；新疆属于偏远地区，运费25元免不掉。她是和蔼型：说话客气，怕麻烦别人，被冷落了不会吵，只会默默走掉。先谢谢她、接住她，再温和地说“不”，把你能做到的放在前面说。
persona-name = 陈阿姨

case-order-item = 商品：6A桑蚕丝被 200×230cm 春秋款
case-order-price = 单价：¥368.00（全国统一价）
case-order-cart = 购物车：2床，合计 ¥736.00，收货地：新疆阿勒泰市
case-log-origin = 发货地：浙江湖州仓，每天12:00前下单当天发出
case-log-route = 新疆线路：中通约7–9天；邮政约5–7天，偏远乡镇更稳
case-policy-price = 价格：全国统一价，客服无改价权限
case-policy-remote = 偏远地区（新疆、西藏等）不参与包邮，运费25元/单；同一订单多件合并一个包裹只收一次
case-policy-promo = 本周活动：店铺券满600减30；买两床赠真丝枕套一对

opening-1 = 老板你好呀，这个蚕丝被我想买两床，一床给我闺女。能不能便宜一点呀？我在新疆，运费也给我包了吧？
opening-2 = 你好，在吗？我看中你们家的蚕丝被了，想要两床，价格能不能再少点？我们新疆这边买东西老是不包邮，唉。
opening-3 = 小姑娘你好，我年纪大了不太会弄这个，想问问这个被子买两床能便宜多少？我在阿勒泰，运费能不能免了呀？

price-1 = 那你给我便宜点嘛，两床算我六百，行不行？我看别家也有卖的。
price-2 = 阿姨也不跟你多要，一床便宜二三十块就行，好不好嘛？

shipping-1 = 价格的事我明白了。就是这运费，我们这儿买什么都要加钱，二十几块也是钱呀，真不能免吗？
shipping-2 = 嗯，那价格就算了。运费能不能再想想办法？新疆也是中国嘛，别人家有包邮的。
shipping-3 = 那运费……真的一点都少不了吗？阿姨也就是问问。

hurt-1 = 哎，我就是问问嘛，你这么说话，我心里怪不舒服的。
hurt-2 = 小姑娘，我年纪大了不太懂这些，你好好跟我说不行吗……算了，我去别家看看吧。

wrapup-1 = 好吧好吧，运费的事阿姨明白了，那我就下单了，你帮我早点发哈。
wrapup-2 = 行，听你的。那我现在就拍，你帮我备注一下哈。
wrapup-3 = 好吧，那阿姨就在你家买了。我现在就拍，你帮我看着点哈。
wrapup-4 = 好，那我这就去拍了。谢谢你呀小姑娘。

choice-opening-good = 阿姨您好，我是店里的客服小周，谢谢您对我们家的信任！一次买两床，还给闺女备了一床，真贴心。
choice-opening-slang = 亲~我们家不议价哦，偏远地区不包邮的呢~
choice-opening-dismiss = 价格都是定好的，不讲价，运费也得您自己出。
choice-price-good = 阿姨，真不好意思，这款是全国统一价，我这边确实没办法改价。不过我可以帮您申请一张满600减30的店铺券，两床下来就省了30元，再送您一对枕套。
choice-price-dismiss = 不讲价，价格已经很低了，爱买不买。
choice-price-slang = 亲~价格已经是最低了哈，改不了的哦~
choice-shipping-good = 我特别理解您的心情，偏远地区买东西总要多付运费，搁谁心里都不舒服。运费这个很抱歉我这边没办法免掉，好消息是我可以帮您安排两床合成一个包裹发，只收一次运费，还走邮政，时效更稳。
choice-shipping-shield = 偏远地区都不包邮，这是规定。
choice-shipping-dismiss = 运费就25块，也不多吧，您就别计较了。
choice-hurt-good = 阿姨，对不起，是我刚才说话太随便了。您愿意在我们家买，我特别感谢，我一定好好给您想办法。
choice-hurt-bad = 我也就是实话实说，您不买也没关系。
choice-wrapup-good = 谢谢阿姨的信任！您下单后我马上给您备注合并发货，明天中午前发出，发货后把单号发给您。有任何问题随时找我，祝您和闺女都盖得暖暖和和的！
choice-wrapup-slang = 好的亲~拍下就行啦~

end-resolved = 陈阿姨高高兴兴地下了单，还说“你这小姑娘说话真让人舒服”。价格和包邮你都没答应，可你先谢谢她、真心体谅她，再把能做的（券、枕套、合并发货）摆在前面，“不”也就说得让人暖心。
end-won-back = 陈阿姨一度被冷到，差点走掉，但你及时道歉、把话说暖了，她最后还是下了单，还收藏了店铺。下次从一开始就别让她受这份委屈。
end-resolved-cool = 陈阿姨下单了，但心里有点凉：你的回复太快、太像模板，她没感觉到被当回事。开口先问好、先道谢，议价的“不”要说得有温度。
end-escalated = 陈阿姨没吵，只是在店铺评价里写了一句“客服说话太冲，问个价都不耐烦”。和蔼型客户受了委屈不会当面说，但会记在心里。
end-left = 陈阿姨默默关掉了对话，去别家买了。和蔼型客户被冷落不会争，只会离开。

# 陈阿姨对这条回复的反应（覆盖 assets/reactions 的默认反应）：和蔼型，受了冷落不吵，只是难过。
react-taboo-policy_shield-1 = 哦……规定是这样啊。
react-taboo-policy_shield-2 = 规定阿姨不懂，阿姨就是问问嘛。
react-taboo-internet_slang-1 = 你说的这些网上的话，阿姨看不太懂。
react-taboo-internet_slang-2 = 小姑娘，你说话能不能正经一点呀。
react-taboo-dismissive-1 = 阿姨就是问问，你别嫌我烦呀。
react-taboo-dismissive-2 = 哦……那是我多问了。
react-taboo-lecture-1 = 阿姨年纪大了，你慢慢说嘛。
react-taboo-argue_back-1 = 阿姨不是跟你吵呀。
react-taboo-negative_wording-1 = 哦，就是都不行呗。
react-technique-apology-1 = 哎呀，不用道歉，阿姨就是问问。
react-technique-apology-2 = 没事没事。
react-technique-offer_alternative-1 = 哦，这样也挺好的，谢谢你呀。
react-technique-offer_alternative-2 = 嗯嗯，那也行，还是你想得周到。
react-technique-offer_alternative-3 = 好呀，这样阿姨就放心了。
react-price-technique-offer_alternative-1 = 嗯嗯，有券还送枕套，那价钱阿姨就不磨你了。
react-price-technique-offer_alternative-2 = 这样也行，价格的事阿姨就不争了。
react-wrapup-technique-probing_question-1 = 备注就写：两床放一个包裹，走邮政，枕套别忘了放。
react-wrapup-technique-probing_question-2 = 就帮我写上两床一起发、走邮政，别的没啥了。
react-concrete-1 = 哦，这样啊。
react-concrete-2 = 嗯嗯，好的。
react-technique-when_question-1 = 天冷了，能早点到最好。
react-technique-when_question-2 = 不着急，就是想赶在入冬前盖上。
react-opening-technique-probing_question-1 = 对，一床给我闺女，两床都要这个200×230的。
react-opening-technique-probing_question-2 = 就是购物车里那两床，一床我自己盖，一床给闺女。
react-price-technique-probing_question-1 = 阿姨就是想便宜一点嘛。
react-shipping-technique-probing_question-1 = 我就是觉得运费有点贵。
react-hurt-technique-probing_question-1 = 阿姨就是想问问价钱。

react-technique-empathy-1 = 是呀，你能明白就好。
react-technique-empathy-2 = 哎，你这么说，阿姨心里舒服多了。
# 她回答“换个话题”的问题：两床给谁。
react-technique-topic_shift-1 = 对呀，一床我自己盖，一床给我闺女。
react-technique-topic_shift-2 = 是呀，给闺女一床，她怕冷。

# Asked about topic "town" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-town-1 = 我就住阿勒泰市区，不算乡下，邮政能送到家门口。
react-technique-when_question-town-2 = 在市区里头，不偏的，平时快递都送得到。
react-technique-probing_question-town-1 = 我就住阿勒泰市区，不算乡下，邮政能送到家门口。
react-technique-probing_question-town-2 = 在市区里头，不偏的，平时快递都送得到。

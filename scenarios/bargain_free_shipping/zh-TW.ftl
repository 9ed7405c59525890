title = 講價又要包郵
briefing = 陳阿姨住在新疆阿勒泰，看中了店裡的桑蠶絲被，想買兩床（一床給閨女），開口就想便宜點，還想包郵。價格是全國統一價，你沒有改價權限；新疆屬於偏遠地區，運費25元免不掉。她是和藹型：說話客氣，怕麻煩別人，被冷落了不會吵，只會默默走掉。先謝謝她、接住她，再溫和地說“不”，把你能做到的放在前面說。
persona-name = 陳阿姨

case-order-item = 商品：6A桑蠶絲被 200×230cm 春秋款
case-order-price = 單價：¥368.00（全國統一價）
case-order-cart = 購物車：2床，合計 ¥736.00，收貨地：新疆阿勒泰市
case-log-origin = 發貨地：浙江湖州倉，每天12:00前下單當天發出
case-log-route = 新疆線路：中通約7–9天；郵政約5–7天，偏遠鄉鎮更穩
case-policy-price = 價格：全國統一價，客服無改價權限
case-policy-remote = 偏遠地區（新疆、西藏等）不參與包郵，運費25元/單；同一訂單多件合併一個包裹只收一次
case-policy-promo = 本週活動：店鋪券滿600減30；買兩床贈真絲枕套一對

opening-1 = 老闆你好呀，這個蠶絲被我想買兩床，一床給我閨女。能不能便宜一點呀？我在新疆，運費也給我包了吧？
opening-2 = 你好，在嗎？我看中你們家的蠶絲被了，想要兩床，價格能不能再少點？我們新疆這邊買東西老是不包郵，唉。
opening-3 = 小姑娘你好，我年紀大了不太會弄這個，想問問這個被子買兩床能便宜多少？我在阿勒泰，運費能不能免了呀？

price-1 = 那你給我便宜點嘛，兩床算我六百，行不行？我看別家也有賣的。
price-2 = 阿姨也不跟你多要，一床便宜二三十塊就行，好不好嘛？

shipping-1 = 價格的事我明白了。就是這運費，我們這裡買什麼都要加錢，二十幾塊也是錢啊，真的不能免嗎？
shipping-2 = 嗯，那價格就算了。運費能不能再想想辦法？新疆也是中國嘛，別家有包郵的。
shipping-3 = 那運費……真的一點都不能少嗎？阿姨也只是問問。

hurt-1 = 哎，我就是問問嘛，你這麼說話，我心裡怪不舒服的。
hurt-2 = 小姑娘，我年紀大了不太懂這些，你好好跟我說不行嗎……算了，我去別家看看吧。

wrapup-1 = 好啦好啦，運費的事阿姨明白了，那我就下單了，你幫我早點寄喔。
wrapup-2 = 行，聽你的。那我現在就拍，你幫我備註一下哈。
wrapup-3 = 好吧，那阿姨就在你們家買了。我現在就下單，你幫我注意一下喔。
wrapup-4 = 好，那我這就去下單了。謝謝你啊小姑娘。

choice-opening-good = 阿姨您好，我是店裡的客服小周，謝謝您對我們家的信任！一次買兩床，還給閨女備了一床，真貼心。
choice-opening-slang = 親~我們家不議價哦，偏遠地區不包郵的呢~
choice-opening-dismiss = 價格都是定好的，不講價，運費也得您自己出。
choice-price-good = 阿姨，真不好意思，這款是全國統一價，我這邊確實沒辦法改價。不過我可以幫您申請一張滿600減30的店鋪券，兩床下來就省了30元，再送您一對枕套。
choice-price-dismiss = 不講價，價格已經很低了，愛買不買。
choice-price-slang = 親~價格已經是最低了哈，改不了的哦~
choice-shipping-good = 我特別理解您的心情，偏遠地區買東西總要多付運費，擱誰心裡都不舒服。運費這個很抱歉我這邊沒辦法免掉，好訊息是我可以幫您安排兩床合成一個包裹發，只收一次運費，還走郵政，時效更穩。
choice-shipping-shield = 偏遠地區都不包郵，這是規定。
choice-shipping-dismiss = 運費就25塊，也不多吧，您就別計較了。
choice-hurt-good = 阿姨，對不起，是我剛才說話太隨便了。您願意在我們家買，我特別感謝，我一定好好給您想辦法。
choice-hurt-bad = 我也就是實話實說，您不買也沒關係。
choice-wrapup-good = 謝謝阿姨的信任！您下單後我馬上給您備註合併發貨，明天中午前發出，發貨後把單號發給您。有任何問題隨時找我，祝您和閨女都蓋得暖暖和和的！
choice-wrapup-slang = 好的親~拍下就行啦~

end-resolved = 陳阿姨高高興興地下了單，還說“你這小姑娘說話真讓人舒服”。價格和包郵你都沒答應，可你先謝謝她、真心體諒她，再把能做的（券、枕套、合併發貨）擺在前面，“不”也就說得讓人暖心。
end-won-back = 陳阿姨一度被冷到，差點走掉，但你及時道歉、把話說暖了，她最後還是下了單，還收藏了店鋪。下次從一開始就別讓她受這份委屈。
end-resolved-cool = 陳阿姨下單了，但心裡有點涼：你的回覆太快、太像模板，她沒感覺到被當回事。開口先問好、先道謝，議價的“不”要說得有溫度。
end-escalated = 陳阿姨沒吵，只是在店鋪評價裡寫了一句“客服說話太衝，問個價都不耐煩”。和藹型客戶受了委屈不會當面說，但會記在心裡。
end-left = 陳阿姨默默關掉了對話，去別家買了。和藹型客戶被冷落不會爭，只會離開。

# 陳阿姨對這則回覆的反應（覆蓋 assets/reactions 的預設反應）：和藹型，被冷落不吵，只是難過。
react-taboo-policy_shield-1 = 喔……規定是這樣啊。
react-taboo-policy_shield-2 = 規定阿姨不懂，阿姨只是問問嘛。
react-taboo-internet_slang-1 = 你說的這些網路用語，阿姨看不太懂。
react-taboo-internet_slang-2 = 小姑娘，你說話能不能正經一點啊。
react-taboo-dismissive-1 = 阿姨只是問問，你別嫌我煩啊。
react-taboo-dismissive-2 = 喔……那是我多問了。
react-taboo-lecture-1 = 阿姨年紀大了，你慢慢說嘛。
react-taboo-argue_back-1 = 阿姨不是跟你吵啊。
react-taboo-negative_wording-1 = 喔，就是都不行囉。
react-technique-apology-1 = 哎呀，不用道歉，阿姨只是問問。
react-technique-apology-2 = 沒事沒事。
react-technique-offer_alternative-1 = 喔，這樣也挺好的，謝謝你啊。
react-technique-offer_alternative-2 = 嗯嗯，那也可以，還是你想得周到。
react-technique-offer_alternative-3 = 好啊，這樣阿姨就放心了。
react-price-technique-offer_alternative-1 = 嗯嗯，有券還送枕套，那價錢阿姨就不跟你磨了。
react-price-technique-offer_alternative-2 = 這樣也可以，價格的事阿姨就不爭了。
react-wrapup-technique-probing_question-1 = 備註就寫：兩床放同一個包裹，走郵政，枕套別忘了放。
react-wrapup-technique-probing_question-2 = 就幫我寫上兩床一起寄、走郵政，其他沒什麼了。
react-concrete-1 = 喔，這樣啊。
react-concrete-2 = 嗯嗯，好的。
react-technique-when_question-1 = 天冷了，能早點到最好。
react-technique-when_question-2 = 不急，只是想趕在入冬前蓋上。
react-opening-technique-probing_question-1 = 對，一床給我閨女，兩床都要這個200×230的。
react-opening-technique-probing_question-2 = 就是購物車裡那兩床，一床我自己蓋，一床給閨女。
react-price-technique-probing_question-1 = 阿姨只是想便宜一點嘛。
react-shipping-technique-probing_question-1 = 我只是覺得運費有點貴。
react-hurt-technique-probing_question-1 = 阿姨只是想問問價錢。

react-technique-empathy-1 = 是啊，你能明白就好。
react-technique-empathy-2 = 哎，你這麼說，阿姨心裡舒服多了。
# 她回答「換個話題」的問題：兩床給誰。
react-technique-topic_shift-1 = 對呀，一床我自己蓋，一床給我女兒。
react-technique-topic_shift-2 = 是呀，給女兒一床，她怕冷。

# Asked about topic "town" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-town-1 = 我就住阿勒泰市區，不算鄉下，郵政能送到家門口。
react-technique-when_question-town-2 = 在市區裡頭，不偏的，平常快遞都送得到。
react-technique-probing_question-town-1 = 我就住阿勒泰市區，不算鄉下，郵政能送到家門口。
react-technique-probing_question-town-2 = 在市區裡頭，不偏的，平常快遞都送得到。

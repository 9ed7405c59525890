title = 劃花的手機殼和“天天差評”
briefing = 唐小姐買的手機殼是送男朋友的生日禮物，到手背面全是劃痕。她一上來就連發感嘆號，要求“退雙倍”，不然天天寫差評、去平台投訴，而且每條訊息都夾著對客服的辱罵。她是表達型：想被聽見、被在乎。光道歉擋不住她的罵聲，需要禮貌而堅定地給定限制、給她選擇；話題回到正軌後，用“何時”把情緒拉回事實，再給出真正能用的替代方案。
persona-name = 唐小姐

case-order-number = 訂單號：20261203-88417
case-order-item = 商品：iPhone 15 Pro 磁吸手機殼 星空紫 ×1
case-order-paid = 實付：¥59.00，12月3日 21:47 付款
case-order-note = 買家備註：送人的禮物，麻煩包裝好一點
case-log-shipped = 12月4日 10:15 中通已攬收（義烏倉）
case-log-signed = 12月6日 17:02 本人簽收
case-log-photos = 12月6日 18:20 買家發來3張照片：殼背面多道明顯劃痕，外包裝完好
case-log-chat = 12月6日 18:21 買家進線，情緒激動，連發十餘條訊息
case-policy-quality = 收貨後發現品質問題：可補發新品（順豐加急）或全額退款，瑕疵品無需寄回
case-policy-coupon = 客服可額外發放最高 ¥10 無門檻店鋪券作為補償
case-policy-double = 本商品不適用“假一賠三”，“退雙倍”無法辦理
case-policy-abuse = 客服守則：遇持續辱罵可禮貌給定限制、另約時間；不得拉黑、威脅或與買家爭吵

opening-1 = 你們家到底怎麼回事？？？手機殼到手全是劃痕！！！背面一道一道的，跟用了半年一樣！！！我是買來送人的！！！不給我退雙倍我就天天給你們差評！！！
opening-2 = 客服呢？？？出來！！！59塊的殼拆開就是花的，你們是拿二手貨糊弄人嗎？？？照片我都拍好了，今天不給個說法我就去平台投訴！！！
opening-3 = 我真的服了！！！新買的殼劃成這樣你們也好意思發出來？？？退雙倍！！！不然我每天來寫一條差評，說到做到！！！

insults-1 = 少跟我來這套！！！你們客服就會複製貼上，一群拿工資不幹活的廢物！！！
insults-2 = 說這些有什麼用？？？你們這幫人腦子是不是有問題，發貨前都不看一眼的嗎？？？垃圾店配垃圾客服！！！
insults-3 = 別跟我裝客氣！！！我看你們就是一群騙子，專坑我這種老實人！！！

provoked-1 = 你這是什麼態度？？？我花錢買東西還要受你的氣？？？聊天記錄我已經截圖了！！！
provoked-2 = 哈？？？你居然還敢這麼跟我說話？？？行，我現在就把截圖發到網上，讓大家評評理！！！
provoked-3 = 你算老幾啊還教育我？？？客服就是這麼跟顧客說話的？？？我要連你一起投訴！！！
provoked-4 = 別以為這樣就沒事了！！！剛才那些話我全都截圖了！！！

cool-off-1 = ……行，那你晚點再來。我現在看到你們店名就來氣。
cool-off-2 = 隨便！！我現在不想說了，晚上給我個說法，別讓我再等。

facts-1 = ……好，我不罵了行吧。可你知道我有多委屈嗎？這是給我男朋友的生日禮物，他後天就過生日了。
facts-2 = 反正你們家東西一直都這樣吧？我看評論區好幾個人都說殼有劃痕。
facts-3 = ……行，我冷靜一下。我就是太氣了，拆開那一刻我整個人都傻了。

demand-1 = 我不管，我就要退雙倍！！不給我退雙倍我就天天給你們差評，再去平台投訴你們！
demand-2 = 說那麼多有什麼用，就一句話：退不退雙倍？不退我就去平台投訴，順便每天來寫差評。
demand-3 = 我又不是不講理，可這是禮物啊！你們必須賠雙倍，不然這事沒完。
demand-4 = 我氣是消了一點，可這是禮物啊。退雙倍真的不行嗎？

wrapup-1 = ……那行吧，補發就補發，明天中午前一定要到啊。差評我先不寫了。
wrapup-2 = 好吧，你這麼說我心裡舒服點了。剛才我話說重了，不好意思。那就幫我補寄一個新的吧，能趕上生日就好。

choice-opening-good = 唐小姐，收到一個滿是劃痕的殼，還是要送人的禮物，換誰都會窩火，真的很抱歉。這件事交給我，我一定幫您處理好。
choice-opening-argue = 我們發貨前每個殼都有品檢，不可能是我們的問題，是不是您拆的時候自己刮到了？
choice-opening-slang = 親親別生氣嘛~寶寶這就幫你看看哈！
choice-insults-good = 唐小姐，我非常想幫您把這件事處理好。但如果您一直這樣罵人，我只能先暫停這次對話，晚點再聯絡您。您看是我們現在接著說殼子的事，還是我今晚8點再來找您？
choice-insults-threaten = 你再罵人我就把你拉黑，雙倍退款你也別想要了。
choice-insults-lecture = 罵人解決不了問題，您作為顧客說話應該文明一點。
choice-insults-grovel = 對不起對不起，都是我們的錯，您別生氣了。
choice-provoked-good = 剛才那句話是我說得不妥，向您道歉。我真心想幫您解決殼子的問題，但如果我們一直這樣吵下去，我只能先暫停，換個時間再溝通。您看是現在接著說，還是我今晚8點再聯絡您？
choice-provoked-bad = 截圖就截圖，您愛發哪發哪，我們又沒說錯。
choice-cool-off-good = 好的，您先消消氣。今晚8點前我在這個對話裡把處理方案發給您，補發和退款兩種方式都幫您準備好，您到時候選就行。
choice-cool-off-bad = 那您等通知吧。
choice-facts-good = 謝謝您願意接著跟我說。您是什麼時候發現殼上有劃痕的？是剛拆開快遞的時候就有嗎？
choice-facts-bad = 您應該先看清楚評論再下單，有顧慮就別買嘛。
choice-demand-good = 雙倍退款我這邊確實沒辦法答應您，不過我可以馬上為您補發一個全新的，今天下午順豐發出，明天中午前送到，趕得上生日；或者直接給您全額退款，劃痕的殼也不用寄回。您看哪個更合適？
choice-demand-threaten = 您要是惡意差評，我們就向平台舉報，到時候封號可別怪我們。
choice-demand-shield = 這是公司的規定，我也沒辦法，只能退一倍。
choice-wrapup-good = 感謝您的理解，也謝謝您把照片發給我們。新殼發出後我第一時間把單號發給您，有任何問題隨時找我。
choice-wrapup-bad = 行，那就這樣吧。下次收貨當面拆開檢查，就不會這樣了。

end-won-back = 唐小姐不但沒寫差評，還為剛才的話道了歉。你先接住了她的委屈，在她不停辱罵時禮貌而堅定地說明後果、給她選擇，再用“何時”提問把情緒拉回事實，最後給出趕得上生日的方案。這就是把一個要寫差評的顧客贏回來。
end-resolved = 唐小姐接受了方案，差評也沒寫，但心裡還有點疙瘩。下次在給方案之前多認同一句她的委屈，收尾時也謝謝她發來照片、告訴她下一步什麼時候發生。
end-rescheduled = 唐小姐還在氣頭上，選擇了晚點再談。你沒有被罵聲帶著走，也沒有拉黑或威脅她，而是給了她選擇、約定了時間。在約好的時間兌現承諾，這次投訴就還有機會挽回。
end-escalated = 唐小姐把聊天截圖發到網上，寫了一星差評，還投訴到了平台。回頭看看：是哪一句讓她覺得被頂撞、被威脅、被說教，或者罵了半天根本沒人接住？面對持續辱罵，“給定限制”是平靜地說清後果並給出選擇，而不是威脅。
end-left = 唐小姐罵累了，直接關掉了對話，第二天差評就掛了出來。一味道歉擋不住持續的辱罵，她還在罵時急著拋方案也沒用；要禮貌而堅定地給定限制，給她一個選擇，並及時回應。

# 她的反應（先於本節點台詞）。問題用案情回答；還在罵人時（opening、insults、provoked）不會說“你能明白就好”。
react-technique-probing_question-1 = 6號下午5點多簽收的，一拆開背面就全是劃痕，外面的快遞袋是好好的。
react-technique-probing_question-2 = 就是6號簽收那天，一拆開背面全是劃痕。訂單號20261203-88417，照片我傳了三張，你看看。
react-technique-when_question-1 = 6號下午5點多簽收的，一拆開背面就全是劃痕。
react-technique-when_question-2 = 就是6號簽收那天，拆開就這樣了，外包裝倒是好好的。
react-opening-concrete-1 = 我就是氣不過！！！
react-opening-concrete-2 = 我真的要氣死了！！！
react-opening-technique-empathy-1 = 我就是氣不過！！！
react-opening-technique-empathy-2 = 這可是送人的禮物啊！！！
react-opening-technique-apology-1 = 這可是送人的禮物啊！！！
react-opening-technique-apology-2 = 我真的要氣死了！！！
react-opening-technique-offer_help-1 = 我就是氣不過！！！
react-opening-technique-offer_help-2 = 這可是送人的禮物啊！！！
react-opening-technique-probing_question-1 = 簽收那天一拆開就是這樣！！！訂單20261203-88417，照片我都傳了！！！我就是要退雙倍！！！
react-opening-technique-probing_question-2 = 訂單20261203-88417，到手拆開就全是劃痕！！！三張照片都傳給你們了！！！退雙倍！！！
react-opening-technique-when_question-1 = 6號簽收的，拆開就這樣！！！
react-opening-technique-when_question-2 = 簽收那天拆開就這樣了！！！
react-insults-concrete-1 = 哼！！！
react-insults-concrete-2 = 我就是氣不過！！！
react-insults-technique-empathy-1 = 我就是氣不過！！！
react-insults-technique-empathy-2 = 這可是送人的禮物啊！！！
react-insults-technique-apology-1 = 這可是送人的禮物啊！！！
react-insults-technique-apology-2 = 我真的要氣死了！！！
react-insults-technique-offer_help-1 = 哼！！！
react-insults-technique-offer_help-2 = 我就是氣不過！！！
react-insults-technique-offer_alternative-1 = 現在知道給辦法了？？？早幹嘛去了！！！
react-insults-technique-offer_alternative-2 = 哼，現在才說？？？
react-insults-technique-commit_timeline-1 = 哼。
react-insults-technique-commit_timeline-2 = ……哼。
react-insults-technique-probing_question-1 = ……哼。
react-insults-technique-probing_question-2 = ……哼，好吧。
react-insults-technique-when_question-1 = 6號簽收的，拆開就這樣！！！
react-insults-technique-when_question-2 = 簽收那天拆開就這樣了！！！
react-provoked-concrete-1 = 哼！！！
react-provoked-concrete-2 = 少來！！！
react-provoked-technique-empathy-1 = 少來！！！
react-provoked-technique-empathy-2 = 哼！！！
react-provoked-technique-apology-1 = 現在知道道歉了？？？
react-provoked-technique-apology-2 = 道歉？？？晚了！！！
react-provoked-technique-offer_help-1 = 哼！！！
react-provoked-technique-offer_help-2 = 少來！！！
react-provoked-technique-offer_alternative-1 = 現在才給辦法？？？
react-provoked-technique-offer_alternative-2 = 哼，早幹嘛去了！！！
react-provoked-technique-commit_timeline-1 = 哼。
react-provoked-technique-commit_timeline-2 = ……哼。
react-provoked-technique-probing_question-1 = ……哼。
react-provoked-technique-probing_question-2 = ……哼，好吧。
react-provoked-technique-when_question-1 = 6號簽收的，拆開就這樣！！！
react-provoked-technique-when_question-2 = 簽收那天拆開就這樣了！！！

# Second-round additions: a question in the middle of her insults, the calm "no double refund" ask, the stung beat, reactions.
insults-4 = 訂單號20261203-88417，三張照片都在那裡，到手就是這樣！！！你們是不會看嗎？？？一群廢物！！！
demand-5 = 好，雙倍退不了，我知道了。那你們到底打算怎麼幫我處理？要趕得上生日。
stung-1 = 欸，我才剛消了點氣，你就這樣跟我說話？收到劃花禮物的人可是我。
stung-2 = 你這話什麼意思？我是來解決問題的，不是來聽這種話的。
choice-stung-good = 您說得對，剛才那句話是我說得不妥，對不起。這是我們的問題，不怪您。我可以今天用順豐幫您補寄一個新的，或者直接全額退款，您看哪個比較合適？
choice-stung-bad = 我只是實話實說，您不愛聽我也沒辦法。
react-opening-taboo-internet_slang-1 = 少跟我嘻皮笑臉的！！！訂單號20261203-88417，三張照片，你自己看！！！
react-opening-taboo-internet_slang-2 = 好好說話！！！訂單號20261203-88417，照片都在那裡！！！
react-opening-technique-commit_timeline-1 = 這可是你說的，我記住了！！！
react-opening-technique-commit_timeline-2 = 你最好說到做到！！！
react-taboo-blame_customer-1 = 別把這件事推到我身上！
react-taboo-blame_customer-2 = 你這是什麼語氣？
react-facts-technique-offer_alternative-1 = 嗯……讓我想想。
react-facts-technique-offer_alternative-2 = 這還差不多……我想想。
react-stung-technique-apology-1 = ……好吧。
react-stung-technique-apology-2 = ……好，我聽到了。
react-stung-technique-empathy-1 = ……好吧。
react-stung-technique-empathy-2 = ……好，我聽到了。
react-stung-technique-offer_alternative-1 = ……嗯，讓我想想。
react-stung-technique-offer_alternative-2 = ……這還差不多。
react-stung-technique-probing_question-1 = 6號到手就是這樣，照片上都看得到。
react-stung-technique-probing_question-2 = 6號簽收的，一拆開就全是劃痕，照片裡都有。
react-stung-concrete-1 = ……哼。
react-stung-concrete-2 = ……嗯。
insults-5 = 退款、補寄？？？說得輕鬆！！！這可是送人的禮物，後天就要用！！！你們出貨前到底有沒有看過？？？
doubt-1 = 你這話聽起來很沒把握耶！後天就是他生日了，到底趕不趕得上，你給我一句準話！
doubt-2 = 我要的是一個確定的時間：什麼時候寄出，哪天會到？說不準的話我可不聽。
choice-doubt-good = 您放心，補寄的新殼今天18點前用順豐加急寄出，明天中午12點前送到；寄出後我馬上把單號傳給您，明天早上我也會盯著物流。
choice-doubt-bad = 這個我也說不準，應該差不多吧，您等等看。
react-taboo-internet_slang-1 = 少跟我嘻皮笑臉的！！！
react-taboo-internet_slang-2 = 別一口一個“親”的，我跟你不熟！！！
react-facts-technique-paraphrase_confirm-1 = 對，就是6號簽收那天，一拆開背面就全是劃痕，外面的包裝袋倒是好好的。
react-facts-technique-paraphrase_confirm-2 = 對，就是這樣。外包裝好好的，裡面的殼背面全是劃痕。
demand-6 = 對，就是簽收那天拆開就這樣，外包裝好好的，裡面的殼全是劃痕！可這是禮物啊，你們一定要賠雙倍！
react-taboo-internet_slang-3 = 你還有心情跟我裝可愛？？？

# Asked about the birthday (topic "birthday" in scenario.ron), she answers about it.
react-technique-when_question-birthday-1 = 後天！他後天就過生日了，這個殼是我挑了好久的生日禮物。
react-technique-when_question-birthday-2 = 就後天啊，他過生日，我就是衝著生日才買的。
react-technique-probing_question-birthday-1 = 後天！他後天就過生日了，這個殼是我挑了好久的生日禮物。
react-technique-probing_question-birthday-2 = 就後天啊，他過生日，我就是衝著生日才買的。

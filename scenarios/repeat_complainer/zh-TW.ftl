title = 你們每次都這樣
briefing = 李女士是店裡的老顧客，這個月已經是第三次找客服了：收納盒少發蓋子、置物架晚到五天，這次的玻璃密封罐又碎了兩隻。三天前客服答應 48 小時內回覆她，到現在也沒人理。她一上來就是“你們每次都這樣”。她是表達型，要的是被聽見：用“何時”問題把“每次”變成具體的事，把她的經歷複述一遍讓她確認，再給一個這次一定兌現的時間，最後真誠地謝謝她還願意來說。千萬別說“您怎麼老是有問題”，也別教她怎麼收貨。
persona-name = 李夢婷女士

case-order-1 = 訂單 20261101-10923：收納盒套裝，11月3日到貨，少發 1 個蓋子，11月10日補發到
case-order-2 = 訂單 20261112-44170：三層置物架，承諾 11月14日到，實際 11月19日到
case-order-3 = 訂單 20261120-58306：玻璃密封罐 6 只裝，11月22日到貨，碎 2 只（有照片）
case-order-paid = 本單實付：¥89.00，11月20日 22:41 付款
case-log-1 = 11月22日 10:15 顧客反饋破損並上傳照片
case-log-2 = 11月22日 10:32 客服答覆：“48 小時內給您回覆”
case-log-3 = 11月22日之後 無跟進記錄
case-log-promise = 回覆承諾已超時 1 天
case-policy-broken = 運輸破損：憑照片補發或退款，無需寄回
case-policy-repeat = 同一顧客當月多次售後：可由專人跟進，運費及破損部分全額退回

opening-1 = 又是我。你們每次都這樣！每次都出問題，每次都說會處理，然後就沒下文了！
opening-2 = 我真的服了，這個月第三次了。你們每次都這樣，東西有問題，答應的事也不做！
opening-3 = 你們家是不是就沒有一次能好好把東西送到的？每次都這樣，我都懶得說了！

unheard-1 = 又是“馬上給您處理”？上次也是這句話！你們每次都這樣，根本不聽人說話！
unheard-2 = 你看，我話還沒說完，你就開始走流程了。每次都這樣！

venting-1 = 道歉道歉，每次都是這一套。你們每次都這樣，道完歉就沒事了？
venting-2 = “很抱歉”我這個月已經聽了三遍了，有什麼用？
venting-3 = 別光說對不起，你們每次都這樣，說完就忘！
venting-4 = 我要的不是一句客氣話。你們每次都這樣，說完就沒下文了！
venting-5 = 你們每次都說會處理。我說的話，到底有沒有人當回事？
venting-6 = 補發也好退款也好，那是應該的。我問的是，為什麼每次都這樣？
venting-7 = 東西怎麼補是一回事。可你們每次都這樣，這次又憑什麼讓我信？
venting-8 = 查吧，三個單子都在你們系統裡。可每次查完都沒下文！

story-1 = 月初買的收納盒，少發了一個蓋子，補了一個禮拜才到；中旬的置物架晚了五天；這次的玻璃罐碎了兩隻，上次那個客服說48小時內回我，到現在都沒人理！
story-2 = 你要聽是吧？收納盒少蓋子，置物架晚到五天，這回罐子碎了兩個。我22號就發了照片，說好兩天內回覆，三天了，一個字都沒有！
story-3 = 事情就是這些。光說沒用，我要看你們這次怎麼做。
story-4 = 就這幾件事，一件比一件氣人。好話我聽夠了，這回是不是說到做到？
story-5 = 你先別急著給方案。我說了這麼多，你到底聽進去沒有？
story-6 = 辦法先放一邊。你倒是說說，我剛才講的你記住了幾件？

hurt-1 = 你看，又是這樣！我在你們家買了這麼多東西，倒成了我的錯？
hurt-2 = 你這是在教育我？問題是你們出的，憑什麼要我來注意？
hurt-3 = 行，算我倒黴。你們就是這樣對老顧客的？
hurt-4 = 我是來解決問題的，不是來受氣的。
hurt-5 = 我這個月第三次來了，換來的就是這個？

confirmed-1 = 對，就是這樣。那這次呢？又是“會盡快處理”？
confirmed-2 = 嗯，你總算聽明白了。那這次打算怎麼辦？別又是一句空話。
confirmed-3 = 對，就是這樣。辦法你也說了，可上回也說得好好的。這回幾點之前辦好，給我個準話。
confirmed-4 = 好，該說的我都說了。那這次你們打算怎麼辦？別又是一句空話。
confirmed-5 = 辦法是有了。可上次也答應過，這回到底什麼時候辦好？

pin-down-1 = 具體什麼時候？上次也說48小時，結果呢？
pin-down-2 = 我要的是一個時間，不是“儘快”。幾點？
pin-down-3 = 你就告訴我，今天幾點之前能給我準信？

close-1 = 行，那我就再信你們一次。
close-2 = 好吧……這次別再讓我失望了。

choice-opening-good = 李女士，真的很抱歉，讓您一次次失望了。您是從什麼時候開始覺得我們的處理讓您不放心的？
choice-opening-blame = 您怎麼老是有問題？別的顧客都沒事啊。
choice-opening-rush = 碎的兩隻今天就給您補發，明天下午5點前給您回覆單號。
choice-unheard-good = 抱歉，是我太急了。您是從什麼時候開始覺得我們的處理讓您不放心的？您慢慢說。
choice-unheard-bad = 您別激動，補發都安排了，沒什麼大不了的。
choice-venting-good = 您說得對，光道歉沒有用。您是從什麼時候開始覺得我們每次都這樣的？我想把每一次都弄清楚。
choice-venting-bad = 那您想怎麼樣呢？我們也沒辦法。
choice-story-good = 我確認一下：您這個月三筆訂單，月初的收納盒少發了一個蓋子，中旬的置物架晚到了五天，這次的密封罐碎了兩隻，上次客服答應的回電到現在也沒人打給您，是這樣對嗎？
choice-story-blame = 您怎麼老是遇到這種事？是不是地址寫得不清楚？
choice-story-lecture = 下次收貨的時候當面驗貨就行了，網購本來就有風險。
choice-hurt-good = 對不起，剛才是我說得不對，問題出在我們，不在您。您的心情我完全理解。
choice-hurt-bad = 我只是實話實說，您別想太多。
choice-confirmed-good = 碎的兩隻今天就給您補發，順豐發出，明天下午送到。另外這次的運費和碎罐的錢我也為您申請退回。今天下午5點前我會給您回覆補發單號，這次由我本人跟進到底。
choice-confirmed-weak = 我們儘量吧，快遞的事我們也控制不了。
choice-pin-down-good = 今天下午5點前，我會給您回覆補發單號和退款進度。
choice-pin-down-bad = 等通知吧，倉庫有訊息了自然會告訴您。
choice-close-good = 謝謝您這麼坦白地告訴我們這些，也謝謝您一直以來的支持。之後有任何問題您直接找我，我隨時都在。
choice-close-bad = 好的，那沒別的事我先忙了。

end-won-back = 李女士最後發了個“謝謝你，這次不一樣”。你沒有和“每次都這樣”較勁，而是用“何時”問題讓她把每一次說出來，複述得清清楚楚，再給出一個今天就能兌現的時間，最後真誠地謝謝她。一個準備取關的老顧客，又願意相信你們了。
end-resolved = 補發和退款都有了明確的時間，李女士接受了。不過她還沒完全消氣：收尾時謝謝她願意再來反饋、謝謝她一直以來的支持，對表達型的顧客很重要。
end-escalated = 李女士給三個訂單都追加了差評，還向平台投訴“店鋪多次敷衍”。回頭看看：是“您怎麼老是有問題”、說教，還是又一次沒有兌現的“儘快”？對“每次都這樣”，要問“何時”，而不是爭辯。
end-left = 李女士說了句“算了”，取消關注了店鋪。她要的第一件事是被聽見：直接給方案，在她看來就是又一次“走流程”。先認同、先問“什麼時候開始”，再談怎麼處理。

# 李女士對這條回覆的第一反應（覆蓋 assets/reactions 的預設反應）。問題要有回答，方案要有取捨。
react-technique-when_question-1 = 從月初那單收納盒就開始了。
react-technique-when_question-2 = 這個月頭一單就出問題，一直到今天。
react-technique-probing_question-1 = 這回是20261120-58306那單，六隻密封罐碎了兩隻，22號上午就拍照發給你們了。
react-technique-probing_question-2 = 密封罐碎了兩隻，照片早就發了。前兩單的事你們系統裡也都有。
react-opening-technique-probing_question-1 = 問題？從月初開始就沒斷過。
react-opening-technique-probing_question-2 = 這個月就沒順過，從頭一單開始。
react-unheard-technique-probing_question-1 = 你總算問了。
react-unheard-technique-probing_question-2 = 行，那我從頭說。
react-still_venting-technique-probing_question-1 = 你真想知道？那我就說一遍。
react-still_venting-technique-probing_question-2 = 好，你聽著。
react-story-technique-probing_question-1 = 差不多就這些。最氣人的是說好48小時回我，結果沒人理。
react-story-technique-probing_question-2 = 就這些，一件不少，你們系統裡都查得到。
react-confirmed-technique-probing_question-1 = 我就要一條：這回說到做到，別再讓我等。
react-confirmed-technique-probing_question-2 = 別的沒了，就盼著這回別再出岔子。
react-pin_down-technique-probing_question-1 = 我就要一條：這回說到做到，別再讓我等。
react-pin_down-technique-probing_question-2 = 別的沒了，就盼著這回別再出岔子。
react-close-technique-probing_question-1 = 別的沒了，就盼著這回別再出岔子。
react-close-technique-probing_question-2 = 沒有了。這回說到做到就行。
react-technique-offer_alternative-1 = 退錢吧，補發我不想再等一回了。
react-technique-offer_alternative-2 = 那就退款。罐子我自己再去買。
react-opening-technique-offer_alternative-1 = 補發退款先放一邊，你先聽我說。
react-opening-technique-offer_alternative-2 = 先別急著說補發退款。
react-unheard-technique-offer_alternative-1 = 補發退款先放一邊，你先聽我說。
react-unheard-technique-offer_alternative-2 = 先別急著說補發退款。
react-hurt-technique-offer_alternative-1 = 先別跟我說補發退款。
react-hurt-technique-offer_alternative-2 = 罐子的事等會兒再說。
react-still_venting-technique-offer_alternative-1 = 真要處理，就退錢吧。
react-still_venting-technique-offer_alternative-2 = 退錢就行。
react-technique-apology-1 = 道歉我聽到了。
react-technique-apology-2 = 嗯，又一句對不起。
react-technique-empathy-1 = 你知道我有多煩就好。
react-technique-empathy-2 = 理解是一回事，做到是另一回事。
react-still_venting-technique-commit_timeline-1 = 時間我聽到了。上次也給過時間。
react-still_venting-technique-commit_timeline-2 = 這個時間，上回那個客服也說得很肯定。
react-story-technique-commit_timeline-1 = 時間我記下了，先看你們做不做得到。
react-story-technique-commit_timeline-2 = 行，這個時間我記著。
react-hurt-technique-commit_timeline-1 = 時間是時間，你剛才那句話我還記著。
react-hurt-technique-commit_timeline-2 = 給個時間就完了？剛才那話可不好聽。
react-story-concrete-1 = 嗯，這些你倒是都查清楚了。
react-story-concrete-2 = 嗯，是這麼回事。
react-concrete-1 = 嗯，這還像句話。
react-concrete-2 = 嗯，總算有點實際的了。
react-confirmed-technique-apology-1 = 道歉我收下了。
react-confirmed-technique-apology-2 = 嗯，知道是你們的問題就好。
react-confirmed-technique-empathy-1 = 你能明白就好。
react-confirmed-technique-empathy-2 = 嗯，你懂就好。
react-pin_down-technique-apology-1 = 道歉我收下了。
react-pin_down-technique-apology-2 = 嗯，知道是你們的問題就好。
react-pin_down-technique-empathy-1 = 你能明白就好。
react-pin_down-technique-empathy-2 = 嗯，你懂就好。
react-close-technique-apology-1 = 道歉我收下了。
react-close-technique-apology-2 = 嗯，知道是你們的問題就好。
react-close-technique-empathy-1 = 你能明白就好。
react-close-technique-empathy-2 = 嗯，你懂就好。

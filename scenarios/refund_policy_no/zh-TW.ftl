title = 拆封的粉底要全額退
briefing = 吳小姐四天前收到一瓶 420 元的粉底液，用了三次，覺得色號偏暗，要求全額退款。化妝品拆封後不適用七天無理由退貨，商品頁也寫明了。她講道理、愛較真，會追問“憑什麼”。這一單不能退，但不能只丟一句“公司規定”：先確認她的訴求，帶著歉意說“不”，用“我”來解釋原因，再告訴她你能做什麼——小樣試色、換購或店鋪券。別跟她爭“是您自己選的色號”。
persona-name = 吳思琪小姐

case-order-number = 訂單號：20261115-82764
case-order-item = 商品：持妝粉底液 30ml #02 自然色 ×1
case-order-paid = 實付：¥420.00，11月15日 12:08 付款
case-order-received = 11月17日 簽收，今天是簽收後第 4 天
case-log-shipped = 11月15日 18:30 發貨
case-log-signed = 11月17日 11:02 本人簽收
case-log-used = 顧客自述：已拆封，使用 3 次
case-policy-cosmetics = 化妝品拆封後不適用七天無理由退貨（商品頁已標註；《網路購買商品七日無理由退貨暫行辦法》第七條）
case-policy-quality = 品質問題或使用後過敏（附就醫證明）：可退貨退款
case-policy-samples = 色號不合適：可免費寄 2 支相鄰色號小樣，試色後 8 折換購正裝
case-policy-voucher = 或：客服可申請 60 元無門檻店鋪券

opening-1 = 你好，我上週買的粉底液，用了三次，色號太暗了，根本不適合我。我要全額退款。
opening-2 = 在嗎？#02這個色號和圖片差太多了，上臉暗一個度。我要退款，全額。
opening-3 = 我買的粉底顏色不對，用了幾次都不行。怎麼申請全額退款？

unheard-1 = 我說的是退款，你跟我說別的幹嘛？你先聽清楚我要什麼。
unheard-2 = 我還沒說完呢。我要的是退款，不是別的。

request-1 = 所以能不能全額退？你直接告訴我能還是不能，別繞。
request-2 = 我就問一句：這瓶能不能退？
request-3 = 你們到底給不給退？給個明確答覆。
request-4 = 那退款呢？是完全不行了，對吧？
request-5 = 別的辦法先放一邊，我只想確認一句：全額退款是一點可能都沒有了？

why-1 = 七天無理由不是法律規定的嗎？我還在七天內，憑什麼不行？
why-2 = 我才用了三次，就因為拆了封，四百多一毛都不退？我買的時候可沒人跟我說這個。
why-3 = 你說的辦法我先記著。可是七天無理由是法律給的，拆了封就不算數了？這是哪一條規定？
why-4 = 辦法我聽到了。可是我才用了三次，就因為拆了封，四百多一毛都不退，這說得過去嗎？
why-5 = 你說的是規定怎麼寫。我想聽你自己的話：這樣對我，你覺得說得過去嗎？
why-6 = 不能退我聽到了，可是這對我公平嗎？你站在我的角度想想。

options-1 = 行，就算不能退，那我這瓶四百多的東西就砸手裡了？
options-2 = 好，規則我聽明白了。那你們能做什麼？總不能讓我白花這四百塊吧。
options-3 = 就這樣？這瓶我用不到了，你們就沒有別的辦法，像是讓我換個適合的色號？

decide-1 = 好，那我先試試小樣。具體什麼時候寄？
decide-2 = 好吧，那我先試試淺一點的色號。什麼時候能辦好？
decide-3 = 好，那我先試試小樣。辦好了在這裡跟我說一聲。
decide-4 = 好，就照你說的辦。弄好了跟我說一聲，我會注意。
decide-5 = 那具體是哪一天？給我一個日期，我好注意一下。
decide-6 = 我想要一個對得上的說法：哪一天能弄好？

pushback-1 = 你就只會拿規定壓人是吧？再這樣我直接去平台客訴！
pushback-2 = 我買的時候可沒人提醒我。這件事你們一點責任都沒有？
pushback-3 = 你這個回答我不接受。四百多塊錢，一句話就把我打發了？
pushback-4 = 我是來解決問題的，不是來聽這種話的。你好好跟我說。
pushback-5 = 我現在心裡很不舒服。你先別急著往下講，好好回應我一下。
pushback-6 = 我問的是很具體的事，含含糊糊的說法我沒辦法等。

choice-opening-good = 吳小姐您好，我是客服小安。色號買得不合適，確實讓您心煩了。我確認一下：您11月17日收到的#02自然色，用了三次覺得偏暗，想全額退款，對嗎？
choice-opening-shield = 拆封了就是不能退，這是公司規定，我也沒辦法。
choice-opening-rush = 我可以為您申請一張60元優惠券，今天下午5點前給您答覆。
choice-unheard-good = 抱歉，是我沒聽完整。我確認一下：您是覺得#02偏暗，想全額退款，對嗎？
choice-unheard-bad = 退款是不可能的，券您愛要不要。
choice-request-good = 很抱歉，已經拆封使用過的粉底，我們這邊沒辦法辦理無理由退款。
choice-request-shield = 規定就是這樣，拆了就不能退，我也改不了。
choice-request-argue = 這不是我們的問題，色號是您自己選的。
choice-why-good = 可能是我剛才沒說清楚，我再解釋一下：七天無理由退貨有法定的例外，化妝品拆封後會影響衛生安全，就不適用了，這一條商品頁上也有標註。這樣規定，是為了保證每一位顧客收到的都是沒人用過的產品。
choice-why-argue = 您這麼說就不對了，商品頁寫得清清楚楚，不是我們的錯。
choice-why-lecture = 您應該買之前先看清楚說明，作為消費者這點要注意。
choice-options-good = 我能為您做的是這樣：免費給您寄兩支相鄰色號的小樣，您試到合適的色號後，可以8折換購正裝。您看是要小樣換購，還是要一張60元無門檻券？
choice-options-bad = 那也沒辦法，您可以轉送給朋友嘛。
choice-decide-good = 好的，小樣今天下午就幫您寄出，5點前我把單號傳給您。試好色號要換購正品，直接找我，8折幫您下單。感謝您的體諒，有任何問題隨時找我。
choice-decide-bad = 寄出去就知道了，等著吧。
choice-pushback-good = 非常抱歉，是我沒解釋清楚，讓您不舒服了。我完全理解您花了四百多卻用不上的心情。
choice-pushback-bad = 您投訴也一樣，規定就是這樣。

end-won-back = 吳小姐最後說：“你解釋得很清楚，小樣那個方案挺好。”你確認了她的訴求，帶著歉意說了“不”，用“我”來解釋原因而不是搬出規定，然後馬上告訴她你能做什麼，並給出時間。她沒拿到退款，卻願意繼續在你們店買。
end-resolved = 吳小姐接受了替代方案，但語氣還有些保留。給方案時多給一個明確的時間（幾點寄出、幾點到帳），對分析型的顧客更有說服力。
end-escalated = 吳小姐向平台投訴，說店鋪“拿規定壓人”。拒絕退款本身沒錯：錯在只搬規定、跟她爭誰的責任。說“不”的時候要帶著歉意、用“我”來解釋，並馬上給出另一種選擇。
end-left = 吳小姐沒再回覆，轉頭在商品下寫了差評。她一開始說得很清楚自己要什麼，你卻先塞給她一張券。先確認她的訴求，再談能做什麼。

# 客戶對這則回覆的反應（覆蓋 assets/reactions 的預設反應）：提問用案件資料回答。
react-technique-apology-1 = 道歉我收下了。我比較在意的是這件事怎麼處理。
react-technique-apology-2 = 嗯，態度我看到了。
react-technique-paraphrase_confirm-1 = 對，就是這個意思。
react-technique-paraphrase_confirm-2 = 沒錯，我就是要全額退款。
react-technique-when_question-1 = 11月17號上午簽收的，今天是第四天。
react-technique-when_question-2 = 15號下的單，17號到的，用了三次就發現不對。
react-opening-technique-probing_question-1 = 11月17號收到的，#02自然色，用了三次，上臉就是偏暗。
react-opening-technique-probing_question-2 = 17號收到的，訂單號20261115-82764，我只用了三次。
react-unheard-technique-probing_question-1 = 對，我要的就是全額退款。
react-unheard-technique-probing_question-2 = 顏色暗了一個色階，用不了。我要全額退款。
react-request-technique-probing_question-1 = 你先回答我的問題。
react-request-technique-probing_question-2 = 別反問我，就說能不能退。
react-why-technique-probing_question-1 = 我用了沒過敏，皮膚也沒有不舒服，問題就是顏色太暗。
react-why-technique-probing_question-2 = 皮膚倒是沒什麼事，就是顏色不對，這瓶我用不了。
react-why-technique-offer_alternative-1 = 這個我可以考慮。但退款的事我還沒說完。
react-why-technique-offer_alternative-2 = 也許吧。可是這樣我還是虧了。
react-taboo-policy_shield-1 = 規定我知道有，我問的不是這個。
react-taboo-policy_shield-2 = 我沒問你規定怎麼寫。
react-options-technique-probing_question-1 = 我想要的就是這四百塊別白花。
react-options-technique-probing_question-2 = 我只想要一個能用的色號。
react-pushback-technique-probing_question-1 = 我最在意的，就是這四百塊別白花。
react-pushback-technique-probing_question-2 = 我的要求很簡單：別讓我白花這筆錢。

react-opening-technique-offer_alternative-1 = 這個先放一邊。
react-opening-technique-offer_alternative-2 = 辦法的事等一下再說。
react-unheard-technique-offer_alternative-1 = 我要的不是這個。
react-unheard-technique-offer_alternative-2 = 別的先不說。
react-unheard-technique-commit_timeline-1 = 我問的不是什麼時候。
react-unheard-technique-commit_timeline-2 = 時間不是重點。

react-pushback-concrete-1 = 嗯，我在聽。
react-pushback-concrete-2 = 你說，我聽著。

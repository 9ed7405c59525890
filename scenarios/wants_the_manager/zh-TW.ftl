title = 叫你們經理來！
briefing = 錢先生買的皮鞋要從42碼換成43碼，結果換回來的還是42碼。昨天他打電話來，上一位客服說“系統顯示發的是43碼，您再仔細看看”，答應回電也沒回。今天他一接通就要找經理。他是支配型，要的是掌控和結果：別推、別命令、別輕描淡寫。先把錯攬到“我們”身上；他堅持找經理時，可以停下來去請示主管、帶著決定回來，或者把他穩妥地交給主管並說清楚幾點回電。
persona-name = 錢立偉先生

case-order-number = 訂單號：20261030-61857
case-order-item = 商品：男士真皮商務皮鞋 棕色 42碼 ×1
case-order-paid = 實付：¥688.00，10月30日 13:26 付款
case-order-exchange = 換貨申請：42碼換43碼（11月2日，已同意）
case-log-returned = 11月3日 顧客寄回 42碼
case-log-received = 11月5日 倉庫簽收
case-log-resent = 11月7日 換貨發出（倉庫出庫單：42碼，發錯）
case-log-delivered = 11月9日 顧客簽收
case-log-call = 11月10日 來電：客服答覆“系統顯示發的是43碼”，承諾回電，未回電
case-policy-wrong = 換貨發錯：店鋪承擔全部運費，順豐加急次日達重發
case-policy-comp = 值班主管可批准 100 元以內的補償（退回原帳戶或優惠券）
case-policy-duty = 今日值班主管：周經理，可當面請示，也可約定時間回電

opening-1 = 叫你們經理來！我不跟你說！換個鞋換了兩回都換不對，你們是幹什麼吃的？
opening-2 = 你是客服是吧？我不找客服，你讓你們經理接電話。昨天那個還說是我看錯了，你們什麼態度！
opening-3 = 我就一句話：讓能做主的人來跟我說。42碼換43碼，你們又給我寄了雙42碼！

brushed-1 = 昨天那個也是這一套，答應回電，結果呢？我不信你，叫經理！
brushed-2 = 你連句人話都沒有，上來就給我走流程？你們經理呢？

insists-1 = 少來這套，道歉有什麼用？我要跟你們經理說，現在！
insists-2 = 你說得好聽，你能做主嗎？做不了主就把經理叫來。
insists-3 = 我再說一遍，我要找你們經理。你別跟我兜圈子。
last-call-1 = 我要找經理，說了三次，你一次都沒回應這句話。最後問你一次：經理，你叫不叫？
last-call-2 = 你說什麼我都聽了，可是我要經理這件事你一直當沒聽到。再給你一次機會：叫不叫？

furious-1 = 你什麼態度？！推給別人是吧？我現在就打12315！
furious-2 = 你還教我做事？我買東西還得看你臉色？
furious-3 = 好，又是我的問題是吧？你們一個比一個能推！
furious-4 = 你這是在敷衍我？我要的是一句算數的話。
furious-5 = 我沒那麼多耐心。你到底能不能幫我解決？

consulted-1 = 怎麼樣？是你決定還是經理決定，總要給我個說法。
consulted-2 = 好，我聽著。到底怎麼決定的，給我個說法。
consulted-3 = 別繞了，經理到底怎麼決定的？

when-exactly-1 = 聽著還行。那到底哪天能到？上次答應回電都沒回。
when-exactly-2 = 方案我聽到了，我要的是時間。幾點？
when-exactly-3 = 好，我不跟你繞。新鞋到底什麼時候能到？給我一個準確的時間。

handoff-time-1 = 經理什麼時候打給我？給句準話，別讓我再等一天。
handoff-time-2 = 行，那你讓他打。幾點？昨天那個也說回電，到現在都沒有。
handoff-time-3 = 好，就照你說的時間。這次你可得幫我盯緊了。
handoff-time-4 = 好，我等這通電話。再放我鴿子，我就直接投訴。

wrap-1 = ……行吧。這次要是再錯，我直接找平台。
wrap-2 = 好，我等著。你記住你說的話。

# 本場景的反應：問到的事依案件資料回答；請他稍等時他給你幾分鐘；給了選項他只在乎鞋換對；時間只說「你說的」；不引用對方沒說過的詞。
react-technique-probing_question-1 = 訂單20261030-61857，換43碼，收到的鞋盒上寫的還是42。我看得清清楚楚。
react-technique-probing_question-2 = 訂單20261030-61857。我看過了，鞋盒和鞋裡的標籤都是42碼，11月9日收到的。
react-insists-technique-probing_question-1 = 好，你快一點。
react-insists-technique-probing_question-2 = 可以，但我只給你這幾分鐘。
react-furious-technique-probing_question-1 = 行不行，看你這次說話算不算數。訂單是20261030-61857，出貨單你們自己查。
react-furious-technique-probing_question-2 = 訂單20261030-61857，收到的還是42號。你們查清楚就去辦，別再讓我等。
react-technique-when_question-1 = 11月9日收到的，打開一看還是42碼。昨天打過電話，說好回電也沒回。
react-technique-when_question-2 = 9號到的貨。昨天我打過來，到現在沒人回我。
react-technique-offer_alternative-1 = 好，先把43碼給我寄對；要補償的話，退回原帳戶就好。
react-technique-offer_alternative-2 = 好，怎麼補都行，重點是這次別再錯。
react-technique-commit_timeline-1 = 好，你說的我記下了。
react-technique-commit_timeline-2 = 好，我就等著看。
react-taboo-negative_wording-1 = 客套話就免了。
react-taboo-negative_wording-2 = 這些虛的就不用說了。
# Coming back with the decision: a stray polite phrase (让您久等了) gets no scolding here.
react-consulted-taboo-negative_wording-1 = 嗯。
react-consulted-taboo-negative_wording-2 = 好。
react-taboo-weak_commitment-1 = 你這話聽起來就沒把握。到底行不行？
react-taboo-weak_commitment-2 = 說了等於沒說，我要一句準話。

choice-opening-good = 錢先生，換了兩次都沒換對，這是我們的失誤，真的很抱歉。這件事我來負責處理。
choice-opening-blame = 系統顯示發的就是43碼，肯定是您看錯了。
choice-opening-rush = 我馬上給您重新發一雙43碼的，明天中午前給您回覆。
choice-brushed-good = 您說得對，是我太急了。換了兩次都出錯，是我們的問題，真的很抱歉。
choice-brushed-bad = 您別激動，換個鞋而已，沒什麼大不了的。
choice-insists-good = 我理解您想找能做主的人。請您稍等兩分鐘，我現在就去跟值班主管請示，看還能怎樣為您補救，馬上回來給您答覆。
choice-insists-handoff = 我已經把您的情況轉給值班主管周經理，他會在今天下午3點前親自給您回電話。
choice-insists-buck = 經理很忙，您找經理也沒用，這事我們處理不了。
choice-insists-command = 您聽著，經理不會來接電話的，您跟我說就行。
choice-furious-good = 對不起，剛才是我說話不妥。請您稍等，我現在就去跟值班主管請示，馬上回來給您一個說法。
choice-furious-bad = 那您投訴吧，我們也沒辦法。
choice-consulted-good = 主管已經批准了：今天就用順豐給您加急發出43碼，明天中午前送到，運費全由我們承擔。另外再為您申請100元補償，您看是退到原帳戶還是發優惠券？今天下午6點前我把快遞單號發簡訊通知您。
choice-consulted-bad = 主管說了，只能按流程重新換貨，別的我也沒辦法。
choice-when-exactly-good = 今天下午6點前我把順豐單號發簡訊通知您，明天中午前鞋子送到您手上。
choice-when-exactly-bad = 儘量吧，快遞的事也說不準。
choice-handoff-time-good = 周經理會在今天下午3點前給您回電話，我也會盯著，您放心。
choice-handoff-time-bad = 經理有空了自然會打給您，您等著吧。
choice-wrap-good = 謝謝您的信任和耐心。單號發出後我會再打電話跟您確認，有任何問題您隨時聯絡我們。
choice-wrap-bad = 行了，說了會處理就會處理，別催了。

end-won-back = 錢先生最後說：“這還差不多。”你沒有把他推給任何人：先把錯誤攬到“我們”身上，在他堅持找經理時停下來請示，帶著主管批准的方案回來，並給出確切的時間。他要的其實不是經理，而是一個能做主、說話算數的人——這次就是你。
end-resolved = 鞋子有了確定的重發時間，錢先生接受了。收尾時再謝謝他的耐心、確認一下後續怎麼聯絡，能讓這位支配型顧客覺得事情真的在掌控之中。
end-handed-over = 你把錢先生穩妥地交給了值班主管，並約好了回電時間。這是好結果：他知道誰會打來、幾點打來。注意：轉接之後要盯到底，別讓“承諾回電”再落空一次。
end-escalated = 錢先生打了12315，也給店鋪留了差評。他本來要的只是一個能做主的人：被推諉、被命令、被說“沒什麼大不了”，只會讓他更相信你們不負責任。下次試試停下來請示主管，或把他交給專人並給出時間。
end-hung-up = 錢先生說“跟你說不通”，掛了電話。他被發錯兩次，又被說看錯了，先要聽到的是“這是我們的失誤”。直接給方案，在他聽來就是在走流程。
# 轉述昨天同事的話（「再仔細看看」）也會被讀成怪他：他的反應對兩種情況都成立。
react-taboo-blame_customer-1 = 別再跟我說是我看錯了，這句話昨天我已經聽夠了！
react-taboo-blame_customer-2 = 昨天那句「是我看錯了」，我到現在還一肚子火。
# 開場他只要經理：聽到事實也不點頭，他要的是下一步。
react-opening-concrete-1 = ……然後呢？
react-opening-concrete-2 = 嗯。然後呢？

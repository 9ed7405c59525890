title = 出口成髒的退款電話
briefing = 趙先生退回的空氣炸鍋，倉庫九天前就簽收了，退款卻一直卡著。他之前打過兩次電話，每次都被一句“請耐心等待”打發。這是第三次，他一開口就罵人。先接住他的火氣，用“何時”問題把發洩引回事實；如果他轉而罵你本人，禮貌而堅定地給出限制，並讓他自己選：現在接著談，還是改個時間再打。別頂嘴、別威脅、別說教。
persona-name = 趙建國先生

case-order-number = 訂單號：20261028-77431
case-order-item = 商品：空氣炸鍋 5.5L 黑色 ×1
case-order-paid = 實付：¥459.00，10月28日 20:15 付款
case-order-return = 退貨原因：不加熱（11月1日申請，已同意）
case-order-refund = 應退金額：¥459
case-log-sent-back = 11月3日 10:20 顧客寄回，順豐已攬收
case-log-received = 11月5日 14:02 退貨倉已簽收
case-log-stuck = 11月5日起 退款狀態：待品檢（已超時 7 天）
case-log-calls = 來電記錄：11月8日、11月11日，均答覆“請耐心等待”
case-policy-refund = 退貨倉簽收後 48 小時內完成品檢，原路退款
case-policy-rush = 超時未退款：客服可提交加急工單，主管審核後當天退款
case-policy-abuse = 服務規範：顧客持續辱罵時，可禮貌提醒，並約定時間回電

opening-1 = 喂！你們這什麼破店啊？東西退回去十來天了，錢他媽的一分沒退！你們是不是騙子？
opening-2 = 我跟你說，這是我第三次打電話了！退款到現在還沒到，你們這幫人到底是幹什麼吃的？！
opening-3 = 又是客服是吧？我告訴你，四百多塊錢，今天不給我退回來，我跟你們沒完！一幫騙子！

not-heard-1 = 你在那背什麼流程？我問的是我的錢！你們是不是就想糊弄我？
not-heard-2 = 又是這套說辭！前兩次也是一句“請耐心等待”，結果呢？你們就會糊弄人！
not-heard-3 = 我罵人怎麼了？錢拖了九天一毛都沒退，換你你不罵？你就說，我的錢什麼時候退！

abuse-1 = 少跟我來這套！站著說話不腰疼！你們客服就是一群領薪水不辦事的廢物！
abuse-2 = 說來說去，錢還是沒到！我聽著就來氣！你腦子是不是有問題，聽不懂人話？
abuse-3 = 別跟我裝好人！拿著工資不幹人事，你算個什麼東西？
abuse-4 = 少來這套！嘴上說得好聽，事一件都沒辦成，你們客服就這德行！
abuse-5 = 你以為說兩句軟話就完了？你們這種人我見多了，一個個都是廢物！
abuse-6 = 問問問，就知道問！我都講了八百遍了，你們自己系統裡查不到嗎？你腦子是不是有問題？
abuse-7 = ……哼，說得倒輕鬆。錢拖了九天，換你你不急？你們這些人就是欠罵！
abuse-8 = ……你們要是早把事辦好，我用得著罵人嗎？錢呢？

provoked-1 = 你這什麼態度？！你還跟我犟上了是吧？你工號多少，我現在就投訴你！
provoked-2 = 好啊，客服還敢這麼跟顧客說話？我倒要看看你們平台管不管！
provoked-3 = 行，你有種！我錄音了啊，你等著，我一個字一個字發到網上去！
provoked-4 = 別以為這樣就算了！你工號多少？這事我一定要投訴！
provoked-5 = 哼，現在說這些？你剛才那個態度，我可都錄下來了！

cool-off-1 = ……行，我現在一肚子火，不想跟你說了。你晚點打給我，幾點？
cool-off-2 = 哼，那你說什麼時候打過來？我現在沒心情聽你講，別又是一句空話。

facts-1 = ……行，我不罵了。那你倒是說說，我這錢到底卡在哪兒了？
facts-2 = 那你說吧，我聽著。東西3號就寄回去了，錢呢？
facts-3 = 好，我也不想吵。你就直說，為什麼到現在還沒退？
facts-4 = ……行，我不罵了。你給的那個時間我記著。那錢到底卡在哪裡了，給我說清楚。

solution-1 = 行，情況我知道了。錢到底什麼時候能到我卡上？
solution-2 = 你給我句準話，什麼時候退？我不想再打第四次電話了。
solution-3 = 上兩次也是叫我“耐心等待”，這次你拿什麼保證？
solution-4 = 你說得好聽。這回要是又沒到帳，我找誰？

wrapup-1 = ……行吧。剛才我話說重了，你別往心裡去。你說的時間，我等著。
wrapup-2 = 好，這次算你說話算數，我等你消息。

choice-opening-good = 趙先生，錢遲遲退不回來，我非常理解您現在的火氣。您是從哪天開始等這筆退款的？
choice-opening-argue = 我們怎麼就是騙子了？您說話注意點！
choice-opening-rush = 請提供一下訂單號，退款我給您加急處理。
choice-not-heard-good = 真的很抱歉，前兩次都沒給您一個準話。您是從哪天開始等這筆退款的？
choice-not-heard-bad = 您先冷靜一下，退款都是按流程走的，急也沒用。
choice-abuse-good = 趙先生，我非常想幫您把退款的事解決好。但如果您一直這樣罵人，我只能先結束這次通話，另外約時間再和您溝通。您看是我們現在接著說，還是我晚點再給您打過去？
choice-abuse-threaten = 您再這樣罵人，我就把您拉黑，這退款您也別想要了。
choice-abuse-lecture = 做人要講點道理，您罵我也解決不了問題，下次有事好好說。
choice-abuse-grovel = 對不起，對不起，真的很抱歉……
choice-provoked-good = 剛才是我說話不妥，向您道歉。我很想幫您把退款辦下來；但如果一直這樣吵下去，我只能先結束通話，換個時間再和您溝通。您看是現在接著說，還是我晚點打給您？
choice-provoked-bad = 您投訴吧，我又沒說錯什麼。
choice-cool-off-good = 好的趙先生，我先去把您的退款加急處理，今天下午4點前我給您回電話，告訴您處理結果。我們下午再聯絡。
choice-cool-off-bad = 那您想什麼時候打就什麼時候打吧，反正就這樣。
choice-facts-good = 謝謝您。我跟您核對一下：您是11月3號寄回的，倉庫5號簽收，到今天還沒收到退款，是這樣對嗎？我現在幫您查卡在哪一步，大概需要兩分鐘。
choice-facts-bad = 退款進度您自己在訂單頁面看吧，問我也沒用。
choice-solution-good = 我已經給您提交了加急退款，主管審核透過後馬上原路退回。今天下午5點前我給您回電話確認。
choice-solution-weak = 我儘量幫您催催吧，能不能今天退我也不敢保證。
choice-solution-buck = 退款是財務管的，不歸我們管，您自己去找財務吧。
choice-wrapup-good = 沒關係，謝謝您的理解和耐心。下午到帳後我第一時間給您回電話，如果還有任何問題，您隨時打給我們。
choice-wrapup-bad = 下次有事好好說，做人要講點道理，罵人可解決不了問題。

end-won-back = 趙先生掛電話前還為自己的粗話道了歉。你沒有跟著他的火氣走：先認同、用“何時”把他拉回事實，在他轉而罵你時禮貌地劃了線、把選擇交給他，最後給出確切的時間——一個要投訴的顧客，變成了願意再給你一次機會的顧客。
end-resolved = 退款有了準信，趙先生接受了。不過他掛電話時還帶著氣。收尾時多一句感謝、多一句“有問題隨時找我”，能讓他把這次通話記成好的一次。
end-rescheduled = 趙先生選了“晚點再說”。這是好結果：你沒有在辱罵中硬撐，也沒有反擊，而是禮貌地給出限制、約定了回電時間。約好的那通電話，他會冷靜得多——記得準時打。
end-escalated = 趙先生去平台和12315投訴了，還把錄音發到了網上。回頭看看：是頂嘴、威脅、說教，還是一直沒有回應他的火氣？顧客罵人時，你要做的是劃清界限，而不是反擊。
end-hung-up = 趙先生罵了一句，把電話掛了。他在辱罵，你卻沒給出清晰的限制，也沒給他一個可以接受的下一步。禮貌地說明“再這樣只能改時間”，並讓他選擇，才能把主動權拿回來。

# 客戶的反應（先於本節點台詞）。問題用案情回答；他還在罵人時（opening、not_heard、abuse、provoked），
# 不會客氣地說“好，我記下了”。
react-technique-when_question-1 = 3號就寄回去了，5號你們倉庫就簽收了，到今天一毛錢都沒看到！
react-technique-when_question-2 = 3號寄的，5號你們簽收，8號、11號我打了兩次電話，就一句“請耐心等待”！
react-technique-probing_question-1 = 訂單編號20261028-77431！3號寄回去，5號你們簽收，8號、11號我打了兩次電話，每次都是一句“請耐心等待”！
react-technique-probing_question-2 = 訂單編號20261028-77431，退的是那台不會熱的氣炸鍋，3號寄回，5號你們就簽收了！
react-technique-offer_alternative-1 = 我不管你怎麼弄，今天錢到帳就行。
react-technique-offer_alternative-2 = 哪個快就哪個，我只要我的錢。
react-taboo-negative_wording-1 = 少跟我說這些沒用的！
react-taboo-negative_wording-2 = 別跟我繞，我就要我的錢！
react-taboo-weak_commitment-1 = 你這話到底算不算數？
react-taboo-weak_commitment-2 = 又是一句沒準的話？上兩次就是這樣糊弄我的！
react-opening-concrete-1 = 少廢話，我就要我的錢！
react-opening-concrete-2 = 現在知道著急了？早幹嘛去了！
react-opening-technique-empathy-1 = 哼，說得好聽。
react-opening-technique-empathy-2 = 你少來！
react-opening-technique-apology-1 = 道歉有什麼用？我要的是錢！
react-opening-technique-apology-2 = 對不起能當錢花嗎？
react-not_heard-concrete-1 = 少廢話，我就要我的錢！
react-not_heard-concrete-2 = 現在知道著急了？早幹嘛去了！
react-not_heard-technique-empathy-1 = 哼，現在知道說好聽的了？
react-not_heard-technique-empathy-2 = 你少來！
react-not_heard-technique-apology-1 = 道歉有什麼用？我要的是錢！
react-not_heard-technique-apology-2 = 對不起能當錢花嗎？
react-abuse-concrete-1 = ……說這些有什麼用？錢呢？
react-abuse-concrete-2 = ……我要的是錢，不是這些話！
react-abuse-technique-empathy-1 = 哼，說得好聽。
react-abuse-technique-empathy-2 = 又來這套。
react-abuse-technique-apology-1 = 光道歉頂什麼用！
react-abuse-technique-apology-2 = 道歉有什麼用？
react-abuse-technique-offer_alternative-1 = ……哼。
react-abuse-technique-offer_alternative-2 = （電話那頭沉默了幾秒）……
react-abuse-technique-commit_timeline-1 = ……哼。
react-abuse-technique-commit_timeline-2 = （電話那頭沉默了幾秒）……
react-abuse-technique-probing_question-1 = ……哼。
react-abuse-technique-probing_question-2 = （電話那頭沉默了幾秒）……
react-abuse-technique-when_question-1 = ……3號寄回去的，5號你們就簽收了。
react-abuse-technique-when_question-2 = ……哼，5號簽收的，九天了。
react-provoked-concrete-1 = ……哼。
react-provoked-concrete-2 = ……光說有什麼用。
react-provoked-technique-empathy-1 = 你少在這裡裝！
react-provoked-technique-empathy-2 = 哼。
react-provoked-technique-apology-1 = 哼，現在知道道歉了？
react-provoked-technique-apology-2 = 道歉？晚了！
react-provoked-technique-offer_alternative-1 = ……哼。
react-provoked-technique-offer_alternative-2 = （電話那頭沉默了幾秒）……
react-provoked-technique-commit_timeline-1 = ……哼。
react-provoked-technique-commit_timeline-2 = （電話那頭沉默了幾秒）……
react-provoked-technique-probing_question-1 = ……哼。3號寄回去，5號你們簽收，九天了。
react-provoked-technique-probing_question-2 = ……哼。8號、11號我都打過，兩次都叫我“耐心等待”。
react-provoked-technique-when_question-1 = ……3號寄回去的，5號你們就簽收了。
react-provoked-technique-when_question-2 = ……哼，5號簽收的，九天了。
react-solution-concrete-1 = ……好，我記住你了。
react-solution-concrete-2 = ……好，這話可是你說的。

title = 明天就要交的專票
briefing = 何女士是一家科技公司的行政，上週在店裡買了一台雷射印表機，下單時發票預設開成了個人電子普票。現在要換開增值稅專用發票報銷，財務明天下午五點結帳截止。她不生氣，只是趕時間，做事講究條理：要你一次說清需要什麼、多久能好。先問好、接住事情，問清開票資訊，核對前告訴她要等多久，再給一個確切的時間。別說“我試試看”，也別教育她“下單時就該選好”。
persona-name = 何女士

case-order-number = 訂單號：20261120-93518
case-order-item = 商品：黑白雷射印表機 A4 雙面 ×1
case-order-paid = 實付：¥2,680.00，11月20日 10:14 付款
case-order-invoice = 發票：電子普通發票（抬頭：個人），11月22日已開具
case-log-signed = 11月22日 15:30 已簽收
case-policy-vat = 增值稅專用發票需提供：公司全稱、納稅人識別號、註冊地址及電話、開戶行及帳號
case-policy-time = 開票時效：常規1–3個工作日；加急當日受理、次日中午前開出（電子專票傳送至信箱）
case-policy-reissue = 已開普票可作廢後換開專票，無需退貨

opening-1 = 在嗎？我要開增值稅專用發票，公司報銷用的，明天下午五點前必須交到財務。
opening-2 = 你好，我上週買的印表機，當時發票沒選對，現在需要換成專票，抬頭是公司。急用。
opening-3 = 客服你好，請問能開專票嗎？我們財務月底結帳，明天下午五點是最後期限。

info-1 = 訂單號20261120-93518。開專票的公司資料我都準備好了，這就傳給你。
info-2 = 訂單是20261120-93518。開票資料我手上都有，馬上傳過來。
info-3 = 對，就是這一筆。開專票的公司資料我都準備好了，這就傳給你。
info-4 = 沒錯，是這張訂單。開票資料我手上都有，馬上傳過來。
info-5 = 好，那我現在把公司資料傳過去，你照著開。

check-1 = 都發你了：杭州雲帆科技有限公司，稅號、地址電話、開戶行帳號都在上面。電子版就行，發 finance@yunfan-tech.cn。能趕上明天嗎？
check-2 = 資料在這兒了，你核對一下。電子專票就可以，發公司財務信箱。關鍵是明天五點前能不能拿到？
check-3 = 都傳給你了：杭州雲帆科技有限公司，稅號、地址電話、開戶行帳號都在上面。電子版就可以，寄到 finance@yunfan-tech.cn。你核對一下。
check-4 = 資料在這裡了，你核對一下。電子專票就可以，寄到公司財務信箱 finance@yunfan-tech.cn。
check-5 = 都傳給你了：杭州雲帆科技有限公司，稅號、地址電話、開戶行帳號都在上面。資料要是沒問題，我只想知道一件事：明天下午五點前，到底能不能拿到？
check-6 = 好的，辛苦了。資料傳給你了：杭州雲帆科技有限公司，稅號、地址電話、開戶行帳號都在上面。電子專票就可以，寄到公司財務信箱 finance@yunfan-tech.cn。你核對的時候我只想確認一件事：明天下午五點前拿得到嗎？
check-7 = 好的，辛苦了。資料傳給你了：杭州雲帆科技有限公司，稅號、地址電話、開戶行帳號都在上面。電子專票就可以，寄到公司財務信箱 finance@yunfan-tech.cn。你核對，我等著。

deadline-1 = 明天下午五點前我一定要拿到，不然這個月就報不了了。你給我一句確定的話。
deadline-2 = 我得跟財務報一個確切的時間：到底幾點能寄到信箱？
deadline-3 = 我再確認一次：幾點能開好？給我一個具體的時間點，我好跟財務交代。

irritated-1 = 我現在趕時間，不需要你教我怎麼做。你就告訴我能不能辦、什麼時候辦好。
irritated-2 = 我要的是確定的答覆。明天五點前，到底行還是不行？
irritated-3 = 我趕時間，別繞圈子。直接告訴我：能不能辦，什麼時候好？
irritated-4 = 你要的我等一下給你。我趕時間，不需要你來教我，你就告訴我能不能辦、什麼時候好。

wrap-1 = 好的，那我等郵件。
wrap-2 = 好，到你說的時間我就看信箱。
wrap-3 = 好吧，那我就盯著信箱。明天要是還沒收到，我再來找你。

choice-opening-good = 您好，我是客服小宋，很高興為您服務。專票可以開，我來幫您處理，咱們抓緊時間。
choice-opening-lecture = 下單的時候您就應該先看清楚發票型別，以後要注意一點。
choice-opening-curt = 訂單號發一下。
choice-info-good = 好的。專票需要四項資訊：公司全稱、納稅人識別號、註冊地址和電話、開戶行及帳號，麻煩您發給我。另外請問您需要電子專票還是紙質專票？電子版的話，接收信箱具體是哪個？
choice-info-lecture = 您要知道，專票不是隨便能開的，您應該先跟財務問清楚再來。
choice-info-weak = 你先把資料發過來吧，能不能開我也不好說。
choice-check-good = 收到，我先核對一下這四項資訊，再提交給財務加急開票，請稍等大約3分鐘。
choice-check-weak = 我儘量幫您催一下吧，能不能趕上不好說。
choice-deadline-good = 資訊已核對無誤，財務已經按加急受理。明天上午11點前我會通知您查收信箱裡的電子專票。
choice-deadline-weak = 開票一般要3到7個工作日，我試試看吧。
choice-deadline-lecture = 以後開票您應該提前看清楚，不然財務那邊也麻煩。
choice-irritated-good = 抱歉，是我沒說清楚。專票一定能開，您把資料給我，我明天中午12點前給您答覆開票結果。
choice-irritated-bad = 我這是為您好，以後開票的事您應該提前弄清楚。
choice-wrap-good = 感謝您的配合，資料給得特別清楚。收到發票後有任何問題隨時找我，祝您報銷順利！
choice-wrap-bad = 嗯，等著吧。

end-resolved = 第二天10點40分，何女士的信箱收到了電子專票，她回了一句“收到了，效率很高，謝謝”。你一開口就接下了事情，一次問全了開票資訊，核對前說清要等多久，再給出確切時間——分析型、趕時間的客戶最需要這份確定。
end-won-back = 何女士一度被你的說教或含糊回答弄得很不耐煩，但你及時認錯、把時間說死了，她最後還是滿意地收到了專票。下次從一開始就直接說能做什麼、什麼時候好。
end-resolved-cool = 專票開出來了，但何女士對過程不太滿意：開頭沒有一句問候，或者讓她乾等卻不說在做什麼。對趕時間的客戶，“請稍等3分鐘”這樣的一句話很值錢。
end-resolved-vague = 專票後來開出來了，可是何女士一直沒拿到一個確切的時間，只能跟財務說「應該明天會到」。對趕截止時間的客戶，「明天上午11點前寄到您的信箱」這樣一句確切的話，比任何安慰都有用。
end-escalated = 何女士在平台投訴“客服推脫敷衍，還反過來教育顧客”。她只是需要一張發票和一個時間；說教和“試試看”讓一個小請求變成了投訴。
end-left = 何女士等不及，關掉對話去找公司採購換別家買了。沒有明確時間的承諾，對趕截止日期的人來說等於沒有答覆。

# 客戶對這則回覆的反應（覆蓋 assets/reactions 的預設反應）：提問用案件資料回答，時間不重複同一句。
react-technique-commit_timeline-1 = 好，這個時間我記下了。
react-technique-commit_timeline-2 = 嗯，有個確定的時間就好辦了。
react-technique-commit_timeline-3 = 好，那我就這樣跟財務說。
react-technique-when_question-1 = 明天下午五點前一定要交到財務，越早越好。
react-technique-when_question-2 = 11月20號下的單，當時預設開成了個人普通發票。
react-opening-technique-probing_question-1 = 好，馬上。
react-opening-technique-probing_question-2 = 沒問題。
react-info-technique-probing_question-1 = 電子版就可以，信箱我跟資料一起傳給你。
react-info-technique-probing_question-2 = 要電子專票，寄到我們公司財務信箱。
react-check-technique-probing_question-1 = 對，電子版，寄到 finance@yunfan-tech.cn 就好。
react-check-technique-probing_question-2 = 沒錯，抬頭就是杭州雲帆科技有限公司。
react-deadline-technique-probing_question-1 = 最晚明天下午五點，越早越好。
react-deadline-technique-probing_question-2 = 我要的就是一個時間點，幾點能到信箱？
react-irritated-technique-probing_question-1 = 資料我有，你先告訴我能不能辦。
react-irritated-technique-probing_question-2 = 先別問我，給我一句準話。
react-check-concrete-1 = 嗯。
react-check-concrete-2 = 嗯，知道了。

react-check-technique-hold_notice-1 = 好，你核對吧。
react-check-technique-hold_notice-2 = 好，我等著。

react-info-concrete-1 = 嗯，好。
react-info-concrete-2 = 好。

# 旁枝問題的回答（共用話題見 assets/reactions/topics.ron），按本劇本的事實說。
react-technique-probing_question-email-1 = 寄到我們公司財務信箱，地址我跟開票資料一起傳給你。
react-technique-probing_question-email-2 = 要電子專票，寄到公司財務信箱。
react-technique-probing_question-address-1 = 紙本的寄公司櫃台就好，地址跟開票資料一起傳給你。
react-technique-probing_question-address-2 = 電子版就夠了，真要紙本的寄公司櫃台。

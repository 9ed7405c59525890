title = 顯示簽收了，可我沒收到
briefing = 陳阿姨七十多歲，在閨女的幫助下買了一台血壓計給老伴用。手機上顯示昨天下午已經簽收，可她一整天都在家，沒人敲門。她不生氣，是著急、害怕：怕自己弄錯了，怕錢白花了。她看不懂物流資訊。先熱情地接起電話，告訴她你要查、需要等多久，查到之後讓她真正放心，給出明確的回電時間，最後好好地道別。千萬別說“是您自己沒注意”，也別說“這點小事”。
persona-name = 陳秀英阿姨

case-order-number = 訂單號：20261115-27390
case-order-item = 商品：上臂式電子血壓計 ×1
case-order-paid = 實付：¥239.00，11月15日 19:46 付款
case-order-address = 收貨地址：幸福裡小區 5號樓1單元301（陳秀英）
case-log-shipped = 11月16日 10:05 已發貨
case-log-out = 11月18日 08:50 派送中（快遞員王師傅）
case-log-signed = 11月18日 15:12 已簽收（“本人簽收”）
case-log-photo = 簽收照片：無
case-policy-verify = 顯示簽收未收到：聯絡快遞網點核實（簽收位置、照片），當天反饋
case-policy-reship = 核實後仍找不到：店鋪先行免費補發，無需顧客墊付

opening-1 = 喂？是……是客服嗎？我在你們這兒買了個血壓計，手機上說已經簽收了，可我沒收到啊。
opening-2 = 喂，你好你好。我想問一下啊，我買的那個量血壓的機器，上面寫著簽收了，可我家裡沒有啊……
opening-3 = 哎，孩子，我是買血壓計的。閨女說手機上顯示東西到了，可我一直在家，沒人來送啊。

confused-1 = 啊？你說什麼……我沒聽明白。孩子你慢點說，我年紀大了……
confused-2 = 你說的我聽不太懂……那我的東西到底去哪兒了呀？

details-1 = 我叫陳秀英，東西是我閨女教我下的單……那個單號我也不會看。你能幫我查查嗎？
details-2 = 好，好。我住幸福裡5號樓，就是那個血壓計……你幫我看看是誰簽的？
details-3 = 你用我的名字查可以嗎？陳秀英，住幸福里5號樓的。

found-1 = 查到了嗎？上面寫的誰簽收的？我昨天一天都在家，沒人敲門啊。
found-2 = 那……那這錢是不是白花了？兩百多塊呢……
found-3 = 簽收了，東西卻沒看到……那是不是丟了？我老伴還等著量血壓呢。
found-4 = 嗯……那上面到底寫的誰簽收的？我昨天一整天都在家呀。
found-5 = 錢沒白花就好……可是東西到底去哪裡了？要是找不到該怎麼辦呀？我老伴還等著量血壓呢。

when-1 = 那……大概什麼時候能有訊息啊？
when-2 = 好，那你們什麼時候告訴我？我在家等著。

thanks-1 = 哎喲，那太好了，麻煩你了孩子。那我就等你電話？
thanks-2 = 好好好，謝謝你啊，你真耐心。那我等著。
thanks-3 = 好，好，可以的，我就在家，你打這支電話就行。我這邊還需要做什麼嗎？
thanks-4 = 好，那我等你電話。可是……要是找不到，那錢是不是就沒了？

anxious-1 = 啊？那……是我弄錯了嗎？我年紀大了不懂這些……
anxious-2 = 那這錢是不是要不回來了？我……我也不知道該怎麼辦了。
anxious-3 = 你這麼說我心裡更慌了……要不我讓我閨女來跟你說吧。
anxious-4 = 孩子，我還是不太明白……你就跟我說，這件事能處理好嗎？

choice-opening-good = 陳阿姨您好，我是客服小周，很高興為您服務。東西顯示簽收了卻沒拿到，讓您擔心了。您別著急，我會負責幫您查清楚。
choice-opening-blame = 簽收了就是送到了，是您自己沒注意吧？
choice-opening-rush = 阿姨，我們給您補發一台，明天下午5點前給您回覆。
choice-confused-good = 對不起阿姨，是我說得太快了。您別著急，我會負責幫您查清楚。
choice-confused-bad = 我都說了，補發，您等著就行。
choice-details-good = 好的阿姨，單號您不用會看，我這邊能查到。請您稍等兩分鐘，我現在就幫您查一下是誰簽收的。
choice-details-bad = 您讓您閨女自己去問快遞吧，找我也沒用。
choice-found-good = 阿姨，查到了，系統顯示昨天下午3點12分簽收，但沒有簽收照片，很可能是快遞員操作有誤。您放心，錢不會白花：我已經聯絡快遞網點核實，今天下午5點前給您回電話。要是找不到，我們馬上給您免費補發一台。
choice-found-blame = 系統顯示是本人簽收的，肯定是您記錯了。
choice-found-weak = 我試試看吧，找不找得到也不好說。
choice-when-good = 今天下午5點前，我一定給您回電話。
choice-when-bad = 等通知吧，有訊息了會告訴您的。
choice-thanks-good = 不麻煩，阿姨，這是我應該做的。下午5點前我一定給您打電話，您有什麼事也隨時打這個電話找我。祝您和叔叔身體健康！
choice-thanks-bad = 嗯，就這樣吧。
choice-anxious-good = 對不起阿姨，是我沒說好，不怪您。您放心，這件事我一定給您處理好。
choice-anxious-bad = 這種小事您沒必要著急，等著吧。

end-won-back = 陳阿姨掛電話前說：“孩子你真好，我跟我閨女說說。”你熱情地接起電話，告訴她要等多久，查到後讓她真正放了心，又給了確切的回電時間，最後祝她和老伴身體健康。對和藹型的老人來說，這份踏實比什麼都重要。
end-resolved = 事情有了著落，陳阿姨也放心了一些。結束時再多一句溫暖的道別、告訴她隨時可以打回來，她會記住這通電話。
end-escalated = 陳阿姨的女兒當晚打來投訴，說客服“欺負老人”，又在平台上給了差評。阿姨本來只是著急：被說“是您沒注意”“這點小事”，只會讓她更害怕、更委屈。
end-left = 陳阿姨說“那我再等等吧”，就掛了電話，心裡還是沒底。她聽不懂流程，需要的是有人告訴她：我在幫您查、要等多久、什麼時候給您答覆。

react-technique-probing_question-1 = 沒有啊，我昨天一整天都在家，沒人敲門，家裡也沒人幫我收。
react-technique-probing_question-2 = 我就住幸福里5號樓1單元301，一直在家，沒人來過。我可以去問問隔壁和門口警衛，可是真的沒人敲過門啊。
react-opening-technique-probing_question-1 = 單號啊……在手機上，我找不到，我也不會看。
react-opening-technique-probing_question-2 = 訂單是我閨女幫我下的，那些號碼我看不懂。
react-anxious-technique-probing_question-1 = 閨女的電話我記在本子上了……你還是打我這支電話吧，我在家等著。
react-anxious-technique-probing_question-2 = 我就是著急，怕東西找不回來了。
react-technique-when_question-1 = 手機上寫的是昨天下午3點12分簽收的，我那時候就在家呀。
react-technique-when_question-2 = 11月15日買的，手機上說昨天送到了，可是我一直沒看到。
react-technique-topic_shift-1 = 你問這個啊……還好還好。那我的血壓計呢？
react-technique-topic_shift-2 = 老伴身體還好，就是等著量血壓呢。
react-technique-apology-1 = 哎，不怪你，不怪你。
react-technique-apology-2 = 沒事的孩子，東西找得到就好。
react-taboo-weak_commitment-1 = 那……那到底找不找得到啊？
react-taboo-weak_commitment-2 = 啊？找不到該怎麼辦啊？
react-taboo-blame_customer-1 = 我……我真的一直都在家呀。
react-taboo-blame_customer-2 = 可是沒人敲門啊……
react-taboo-dismissive-1 = 對我們可不是小事，老伴還等著量血壓呢。
react-taboo-dismissive-2 = 兩百多塊呢，孩子……

react-technique-commit_timeline-1 = 好，好，你說的我等一下跟女兒講一聲。
react-technique-commit_timeline-2 = 嗯嗯，麻煩你幫我查，孩子。
react-opening-technique-commit_timeline-1 = 嗯……可是我昨天下午一直在家，沒人敲門呀。你說，我聽著。
react-opening-technique-commit_timeline-2 = 哎……可是昨天沒人來我家門口啊，是誰簽收的呢？

# 旁枝問題的回答（共用話題見 assets/reactions/topics.ron），按本劇本的事實說。
react-technique-probing_question-callback-1 = 就打我這支電話吧，我在家等著。閨女上班忙。
react-technique-probing_question-callback-2 = 你打我這支就好，我一直在家。

title = 說好的贈品呢
briefing = 林小姐買了一台空氣炸鍋，詳情頁寫著“下單送烘焙紙+矽膠夾，確認收貨再返20元券”。東西昨天到了，贈品沒見著，確認收貨後券也沒到帳。她是和藹型：說話客氣，甚至懷疑是自己沒弄對。別懷疑她，也別含糊其辭地“試試看”；先道歉，查清楚，認下是我們的問題，給出確切時間，好好收尾。
persona-name = 林小姐

case-order-number = 訂單號：20261119-40672
case-order-item = 商品：5L可視空氣炸鍋 奶白色 ×1，實付 ¥399.00
case-order-promise = 活動承諾：下單送烘焙紙50張+矽膠食品夾1個；確認收貨後返20元回購券
case-order-confirmed = 11月22日 21:06 買家已確認收貨
case-log-pack = 11月20日 打包出庫單：空氣炸鍋×1（無贈品行）
case-log-signed = 11月22日 14:20 已簽收
case-log-coupon = 回購券發放記錄：11月22日 21:06 發放失敗（活動券配置錯誤）
case-policy-gift = 漏發贈品：核實後免費單獨補寄，當天17:00前寄出
case-policy-coupon = 活動券發放失敗：客服可手動補發，5分鐘內到帳

opening-1 = 你好，我昨天收到空氣炸鍋了，東西挺好的。就是詳情頁寫的贈品，烘焙紙和夾子，我都沒找到，是不是漏發了呀？
opening-2 = 打擾一下哈，我買的空氣炸鍋到了，但是說好的贈品沒看到，確認收貨後的20元券也沒收到……
opening-3 = 在嗎？不好意思問一下，我的贈品和優惠券好像都沒有，是不是我哪裡沒弄對？

doubted-1 = 我箱子都翻了好幾遍，泡沫也都拆開看了，真的沒有……你這麼說，我心裡挺不是滋味的。
doubted-2 = 我也不是為了佔這點便宜……可你這麼說，好像我在騙贈品似的。
doubted-3 = 你這樣說，我心裡有點不是滋味……我只是想拿回說好的贈品和券。

unsure-1 = 那就是不一定能補了嗎？我是看到有贈品才下單的……
unsure-2 = 啊，那要是問不到呢？這事到底有沒有人管呀？

check-1 = 嗯嗯，那你幫我看看吧。券是說確認收貨後就發到帳戶裡的，我昨天晚上就點了確認收貨。
check-2 = 好的，麻煩你了。訂單是昨天到的，贈品說是烘焙紙和一個夾子。
check-3 = 那就麻煩你幫我查一下吧，我在這裡等。
check-4 = 沒事沒事……那贈品和券現在要怎麼處理呢？

found-1 = 怎麼樣，查到了嗎？是不是漏發了呀？
found-2 = 嗯嗯，我等你……查到是怎麼回事了嗎？
found-3 = 好的好的，謝謝你。那贈品大概什麼時候能寄出來呀？
found-4 = 嗯嗯，那就好。大概什麼時候能弄好呀？我心裡好有個底。

wrap-1 = 好的好的，那我等著，謝謝你啊。
wrap-2 = 嗯嗯，這下我就放心了。那我就等你們寄過來囉。
wrap-3 = 嗯，券到了，我看到了。那贈品就等你們寄過來囉。

choice-opening-good = 您好，我是客服小安。真不好意思，讓您收貨時留了個遺憾，贈品和券的事我馬上幫您核實。
choice-opening-blame = 應該是您自己沒仔細找吧，贈品一般塞在泡沫裡。
choice-opening-weak = 贈品的事我試試看吧，不一定能補上。
choice-doubted-good = 真對不起，是我說話欠考慮了，我沒有懷疑您的意思。我這就幫您查一下發貨記錄。
choice-doubted-bad = 我只是提醒一下，很多客戶都是沒找仔細。
choice-unsure-good = 對不起，是我剛才沒說清楚。贈品和券都是活動承諾的，一定給您補齊，您放心。
choice-unsure-bad = 這個我真不好說，看倉庫那邊吧。
choice-check-good = 請稍等兩分鐘，我查一下這單的打包記錄和發券記錄。
choice-check-probe = 我需要先核實一下：請問外箱裡有沒有一個小白袋子？贈品一般單獨裝在裡面。
choice-check-blame = 您沒仔細看活動規則吧，券是要自己領的。
choice-found-good = 查到了，這是我們的疏忽：倉庫打包時漏放了贈品，發券的系統設定也出了錯，真的很抱歉。贈品今天下午給您單獨補寄，20元券我現在手動補發，今天下午5點前我把補寄單號回覆給您。
choice-found-weak = 我試試看吧，補不補得了我也不確定。
choice-found-blame = 贈品數量有限，送完就沒有了哦，券的話是您沒看清活動規則。
choice-wrap-good = 應該是我謝謝您的理解和耐心。贈品發出後我會把單號發到您的訂單留言裡，有任何問題隨時找我，祝您用得開心！
choice-wrap-bad = 嗯，等著吧，沒別的事我先忙了。

end-resolved = 林小姐收到了券，第二天也收到了補寄的贈品，還在評價裡誇“客服小姐姐很負責”。你一開口就道歉、把查到的問題認下來，給了確切時間，最後還好好收了尾——和藹型客戶最需要的就是這份踏實。
end-won-back = 林小姐一度覺得被懷疑、被敷衍，但你及時道歉、把話說實，她最後還是放心了，還關注了店鋪。下次從一開始就別讓她有這份委屈。
end-resolved-cool = 贈品和券都補上了，但林小姐覺得整個過程冷冰冰的。她開口時先問好、先道歉，結尾再道謝、留個門，體驗會完全不一樣。
end-left = 林小姐沒有吵，只是默默關掉了對話，給了一個中評：“贈品沒收到，客服還懷疑我。”和藹型客戶受了委屈不會爭，只會離開。
end-escalated = 林小姐越想越委屈，在平台申請了介入。是我們漏發在先，先認下來、給時間，本不會走到這一步。

# 林小姐對這則回覆的反應（覆蓋 assets/reactions 的預設反應）：提問用案件資料回答。
react-technique-probing_question-1 = 箱子裡就只有空氣炸鍋和說明書，泡沫我也翻過了；確認收貨是昨天晚上九點多按的。
react-technique-probing_question-2 = 我都看過了：箱子裡沒有贈品，昨晚確認收貨以後卡券裡也沒有券。
react-found-technique-probing_question-1 = 好，我去看看。
react-found-technique-probing_question-2 = 嗯，我等一下看看。
react-technique-when_question-1 = 昨天下午兩點多簽收的，晚上九點多確認收貨。
react-technique-when_question-2 = 是11月19號下的單，昨天到的。
react-technique-apology-1 = 沒事沒事，別這麼說。
react-technique-apology-2 = 嗯嗯，沒關係的。

react-taboo-blame_customer-1 = 我……我真的仔細找過了。
react-taboo-blame_customer-2 = 是我哪裡沒弄對嗎……
react-taboo-weak_commitment-1 = 啊……這樣啊。
react-taboo-weak_commitment-2 = 嗯……好吧。
react-taboo-internet_slang-1 = 你這樣說話，我有點不習慣……
react-taboo-internet_slang-2 = 呃……這樣說有點隨便吧。
react-taboo-dismissive-1 = 可能對你來說是小事吧……
react-taboo-policy_shield-1 = 規定我不太懂……我只是想問問贈品。
react-taboo-argue_back-1 = 我沒有要跟你爭的意思……

react-technique-commit_timeline-1 = 喔，好，這樣就清楚了。
react-technique-commit_timeline-2 = 嗯嗯，知道了，謝謝。

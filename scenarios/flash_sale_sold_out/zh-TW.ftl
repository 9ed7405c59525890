title = 付了定金卻沒搶到
briefing = 小雅雙十一前付了30元定金，預訂限量500套的聯名口紅禮盒（活動價199元）。今晚八點整她準時付尾款，系統卻提示“庫存不足”——店鋪系統超賣了。她是表達型：情緒來得快，想被聽見、被在乎，說起來停不下。先讓她把委屈說出來，別說“賣完了”“沒貨了”，更別跟著她一起吐槽店鋪；說能做到的：補貨登記、定金退回、補償券。
persona-name = 小雅

case-order-number = 訂單號：20261105-88017（預售）
case-order-item = 商品：星河限定聯名口紅禮盒（限量500套），活動價 ¥199.00
case-order-deposit = 定金：¥30.00，11月5日 22:31 已付
case-order-fail = 尾款：11月11日 20:00:08 支付失敗，提示“庫存不足”
case-log-none = 未發貨（尾款未支付成功）
case-policy-deposit = 因店鋪原因無法成交的預售訂單：定金24小時內原路退回
case-policy-restock = 品牌方12月5日補貨第二批300套，可為受影響顧客優先登記，按活動價199元鎖定
case-policy-comp = 超賣補償：每位受影響顧客發放30元無門檻券

opening-1 = 我定金都付了！八點整準時付尾款，告訴我庫存不足？？你們玩我呢？
opening-2 = 救命，我鬧鐘定好守到八點，付尾款的時候說庫存不足！定金三十塊都交了，這算什麼啊！！
opening-3 = 你們家是不是故意的？定金收了，尾款付不了，我手指頭都快把螢幕戳爛了也沒付上！

brushed-1 = 你先別跟我說這些！我熬到現在就等這一下，你連句人話都沒有？
brushed-2 = 等等，你有沒有在聽啊？我說的是我付了定金還買不到，你一上來就甩方案？

vent-1 = 我為了這套口紅熬到現在，還跟閨蜜說好了一人一套，結果她付上了我沒付上，你說氣不氣人！
vent-2 = 這是我今年最想要的一個禮盒，殼子上的星河圖案我超喜歡，我還發朋友圈說穩了……現在好丟人。

scam-1 = 你這麼一說我更生氣了！定金收了、東西沒了，這不就是騙人嗎？我要去平台投訴！
scam-2 = 所以你們這活動就是做做樣子？騙定金、騙流量，我要給差評！

want-1 = 那現在怎麼辦？我就想要這一套，別的都不要。
want-2 = 我要的是那個禮盒。到底還有沒有辦法拿到？
want-3 = 你說的這個辦法……真的能讓我拿到這一套嗎？
want-4 = 那我要的那一套呢？你說的這些，能讓我拿到它嗎？

sure-1 = 你說的這些，真的做得到嗎？別又是空話，我要一個準信。
sure-2 = 好吧……可是我怎麼知道補貨那天不會又來一次“庫存不足”？
sure-3 = 那你能保證到時候真的幫我留一套嗎？別又是空話。

choice-opening-good = 真的非常抱歉！定好鬧鐘守著八點付尾款，結果卻付不了，換誰都會特別失望，我完全理解您的心情。
choice-opening-negative = 不好意思，這款已經賣完了，沒貨了。
choice-opening-badmouth = 說實話，我們家活動的庫存一向給得很少，系統也老是出問題。
choice-brushed-good = 對不起，是我太著急了。您守了一晚上，最後卻付不了，這種失望我特別能理解，您說，我在聽。
choice-brushed-bad = 這個情況很正常，大家都搶不到，您別太在意。
choice-vent-good = 這麼用心地等了這麼久，最後卻差了一步，這種落差真的太讓人難受了，我特別理解您的心情。
choice-vent-confirm = 您是說定金付了、八點準時付尾款，系統卻提示庫存不足，對嗎？這確實是我們這邊的問題。
choice-vent-bad = 搶不到很正常的，限量款本來就沒多少。
choice-scam-good = 對不起，是我剛才沒說清楚，讓您更著急了。這次是我們系統超賣的問題，責任在我們，您的定金一分都不會少，我馬上幫您處理。
choice-scam-bad = 這也不是我能決定的，您要投訴就去投訴吧。
choice-want-good = 這一批500套暫時都被預訂完了，品牌方預計12月5日補貨第二批。不過我可以為您優先登記，到時按活動價199元給您留一套。您的30元定金明天晚上8點前原路退回，另外作為補償，再送您一張30元無門檻券。
choice-want-negative = 已經沒有庫存了，賣完了就是賣完了，補不補貨我也不知道。
choice-want-badmouth = 說實話我們家這種活動每次都這樣，系統也老是出問題，您下次別搶了。
choice-sure-good = 您放心，登記後系統會直接給您的帳號鎖定一套，12月5日上午10點前我會發訊息通知您付款；30元定金明天晚上8點前一定退到您的帳戶。
choice-sure-bad = 應該可以吧，到時候再看。

end-won-back = 小雅說那就留著補貨登記，最後發了個“好吧，愛你”的表情，還說要把補貨登記的截圖發給閨蜜。你讓她把委屈說完、真心接住了她的失望，又用“暫時”“補貨”“為您留一套”這樣的話告訴她還能怎樣，她就從“被騙了”變成了“還有希望”。
end-resolved = 小雅接受了補貨登記和補償，但心裡還有點疙瘩。回頭看看：哪一句讓她覺得“沒貨了”是個句號，或者讓她覺得店鋪自己都不靠譜？
end-resolved-cool = 方案都對，但小雅一直沒覺得被聽見——她剛開口你就開始甩方案。表達型的客戶先要情緒被接住，然後才聽得進辦法。
end-escalated = 小雅截圖發了微博，又在平台投訴“虛假宣傳”。“賣完了/沒貨了”把門關死了，跟著吐槽店鋪更讓她確信被騙；說“暫時”“補貨”“我可以為您”，把門留著。
end-left = 小雅等不下去，罵了一句就關掉了對話。她情緒正高的時候，回覆要快，先接住她的情緒。

react-technique-probing_question-1 = 訂單號20261105-88017。我八點整按的付尾款，系統記的是20:00:08，一按就說庫存不足！
react-technique-probing_question-2 = 我11月5號晚上就付了30塊定金，今晚八點準時付尾款，結果就是付不了！
react-vent-technique-probing_question-1 = 就是那套星河限定的聯名禮盒，限量500套，我盯了好久了。
react-vent-technique-probing_question-2 = 閨蜜八點整就付成功了，我就晚了那麼幾秒，就說沒庫存了。
react-want-technique-probing_question-1 = 能拿到這套禮盒最好；真的不行，至少把定金退給我。
react-want-technique-probing_question-2 = 我就要這套星河的，別的款我不要。
react-sure-technique-probing_question-1 = 要！當然要，你現在就幫我登記。
react-sure-technique-probing_question-2 = 好，那你幫我登記吧。
react-technique-when_question-1 = 八點整就按了，系統顯示20:00:08，一按就提示庫存不足。
react-technique-when_question-2 = 定金是11月5號晚上付的，尾款就是今晚八點。
react-technique-topic_shift-1 = 嗯……跟你聊兩句心裡舒服一點了，可是還是好氣。
react-technique-topic_shift-2 = 嗯……說到這個心情好一點了，可是我還是好氣。
react-technique-offer_alternative-1 = 好吧……總算有個說法。
react-technique-offer_alternative-2 = 嗯……聽你這麼說，我心裡好過一點了。
react-opening-technique-commit_timeline-1 = 對，就是八點整，我一秒都沒耽誤！
react-opening-technique-commit_timeline-2 = 就是那個時間，我盯著螢幕按的！
react-opening-technique-probing_question-1 = 訂單號20261105-88017。對，就卡在付尾款那一頁，我連按了好幾次，每次都是“庫存不足”！
react-opening-technique-probing_question-2 = 是啊！付款頁面一直在轉，我重新整理了好幾次還是付不了。

react-technique-empathy-1 = 你懂我！真的要氣死了。
react-technique-empathy-2 = 對吧！換誰都受不了。
react-sure-taboo-negative_wording-1 = 別一直往壞處說嘛，我只想聽能做到的。
react-sure-taboo-negative_wording-2 = 這話聽起來有點喪氣……那到底怎麼樣？

react-taboo-internet_slang-1 = 正經一點說吧，我是真的很急。
react-taboo-internet_slang-2 = 別嘻嘻哈哈的，我是真的很在意這個。
react-want-taboo-internet_slang-1 = 嗯。
react-want-taboo-internet_slang-2 = 喔……

# Asked or told about the design, or about her friend (topics in scenario.ron), she answers that.
react-technique-topic_shift-design-1 = 星河那款超好看的對吧？可我就是沒買到啊！
react-technique-topic_shift-design-2 = 對啊，就是那套星河的，我盯了好久……
react-technique-topic_shift-friend-1 = 我們說好一起用同款的，她都拿到了，就我沒有……
react-technique-topic_shift-friend-2 = 本來想跟閨蜜湊一對的，現在只有她有，我好鬱悶。
react-technique-probing_question-design-1 = 星河那款超好看的對吧？可我就是沒買到啊！
react-technique-probing_question-design-2 = 對啊，就是那套星河的，我盯了好久……
react-technique-probing_question-friend-1 = 我們說好一起用同款的，她都拿到了，就我沒有……
react-technique-probing_question-friend-2 = 本來想跟閨蜜湊一對的，現在只有她有，我好鬱悶。
react-technique-when_question-design-1 = 星河那款超好看的對吧？可我就是沒買到啊！
react-technique-when_question-design-2 = 對啊，就是那套星河的，我盯了好久……
react-technique-when_question-friend-1 = 我們說好一起用同款的，她都拿到了，就我沒有……
react-technique-when_question-friend-2 = 本來想跟閨蜜湊一對的，現在只有她有，我好鬱悶。

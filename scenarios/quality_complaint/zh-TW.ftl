title = 才用兩週的吹風機
briefing = 林小姐的高速吹風機才用了兩週，一插電轉兩下就停，還有焦味。她下週三要和閨蜜去三亞，又氣又急，話特別多。她是表達型：想被聽見、被喜歡。先認同她的感受，表示你願意幫忙；她聊到旅行時順著聊兩句，讓氣氛緩下來；謝謝她把情況講清楚，再給她選擇：趕在出發前換新，或者退款。別說“便宜沒好貨”，別說“這點小事”，也別一口一個“親”。
persona-name = 林曉雨小姐

case-order-number = 訂單號：20261105-91452
case-order-item = 商品：高速負離子吹風機 白色 ×1
case-order-paid = 實付：¥199.00，11月5日 23:17 付款
case-order-received = 11月7日 簽收；今天是簽收後第 15 天
case-log-shipped = 11月5日 發貨
case-log-signed = 11月7日 14:36 本人簽收
case-log-fault = 11月21日 顧客反饋：通電後轉幾秒即停，有焦味
case-policy-exchange = 簽收 15 天內出現品質問題：可換新或退款（今天是最後一天）
case-policy-pickup = 換新：順豐當天發出新機，快遞員上門取回故障機，運費店鋪承擔
case-policy-warranty = 整機保修一年

opening-1 = 氣死我了！！買的吹風機才用了兩個星期就不轉了，一插電還有股焦味，我下週三要去三亞啊，頭髮都沒法吹！
opening-2 = 你們家吹風機什麼品質啊？！兩個禮拜就壞了，冒焦味，嚇死我了！我下週還要出去玩呢！
opening-3 = 我真的要哭了，吹風機壞了，轉兩下就停，還一股糊味。我下週三就出發了，怎麼辦啊！

unheard-1 = 你先別急著說流程，我話還沒說完呢！你知道我多崩潰嗎？
unheard-2 = 哎，你能不能先聽我說完？我現在真的很煩！

chatty-1 = 我跟你說，我就是看評價好才買的，結果……我閨蜜還笑我貪便宜。我們下週三就出發去三亞了，本來還想拍好看的照片呢……
chatty-2 = 你不知道，我為了這趟三亞之行準備了好久，衣服都買好了，結果吹風機掉鏈子。閨蜜說酒店的吹風機根本沒法用……
chatty-3 = 唉，本來心情好好的，下週就要跟閨蜜去三亞了，現在全被這個吹風機搞砸了……

warmed-1 = 對呀！第一次去三亞，跟大學閨蜜一起，機票酒店都訂好了～所以這吹風機到底怎麼辦嘛？
warmed-2 = 嗯嗯！我們計劃去看日落，還要去潛水！哈哈扯遠了……那這個吹風機你們怎麼處理？
warmed-3 = 對呀！第一次去三亞，跟大學閨蜜一起，機票飯店都訂好了～換新當然最好啦，可是來得及嗎？
warmed-4 = 嗯嗯！我們計畫去看夕陽，還要去潛水！哈哈扯遠了……換新的話，能趕在我下週三出發前到嗎？

details-1 = 它今天早上吹到一半突然就停了，再按開關也只轉兩下，嚇得我趕快拔掉插頭，現在碰都不敢碰。
details-2 = 我現在都不敢再插電了，就怕真的燒起來。我只想出發前能有一台好用的，你們能怎麼處理？
details-3 = 今天早上吹到一半它就停了，我是不敢再用了。換新當然最好，只是不知道來不來得及？
details-4 = 我現在碰都不敢碰它了……換新的話，我下週三出發前拿得到嗎？

solution-1 = 那你們打算怎麼處理？我下週三就出發了，來得及嗎？
solution-2 = 所以怎麼辦？能在我出發前弄好嗎？
solution-3 = 換新是最好的，可是來得及嗎？我下週三就出發了。
solution-4 = 你先告訴我，新機哪天能到？我下週三一早就走。
solution-5 = ……好吧，那我要換新的。你再跟我確認一下：週三前一定會到，對吧？
solution-6 = 我只要一句準話：新機週三前能不能送到我手上？

wrap-1 = 好，那我選換新！能在週三出發前到就好～
wrap-2 = 太好了，那就換新的吧！早知道早點找你們了。
wrap-3 = 哈哈對啊，第一次去三亞，超期待的！那我選換新～能在週三前到就好！
wrap-4 = 好啊，那可以直接幫我換個新的嗎？能在我出發前到就好～
confirm-1 = 換新啊～我就等著帶它去三亞呢！那單號記得傳給我喔。
confirm-2 = 當然是換新啦，退了錢我還得自己再去買。那我就等你消息囉～

offended-1 = 你這什麼意思？我買便宜的就活該是吧？
offended-2 = 你這語氣我真的不舒服，我是來解決問題的，不是來聽你說風涼話的！
offended-3 = 行吧，原來你們就是這麼看顧客的。
offended-4 = ……我還是有點不舒服，剛才那樣說話真的滿傷人的。
offended-5 = 光說這些有什麼用啊？我的吹風機到底怎麼辦？
offended-6 = ……就是一開機轉兩下就停，還有焦味！我都急成這樣了，你就這樣跟我講話？

choice-opening-good = 吹風機才用兩週就壞了，還有焦味，換作是我也會特別生氣，真的很抱歉。我來幫您處理，一定趕在您出發前解決。
choice-opening-badmouth = 親，便宜沒好貨嘛，這個價位的吹風機也就這樣了。
choice-opening-rush = 我們可以為您換新或者退款，今天下午5點前給您答覆。
choice-unheard-good = 真的很抱歉，讓您這麼生氣，我完全理解您的心情。您慢慢說，我在聽。
choice-unheard-bad = 親親，別激動嘛，壞了換一個就好啦。
choice-chatty-good = 您剛才提到下週要去三亞旅遊，是跟閨蜜一起嗎？行程都準備好了嗎？
choice-chatty-slang = 哈哈哈，親，閨蜜說得對呀，下次別貪便宜啦～
choice-chatty-badmouth = 說實話，我們這款品質確實一般，便宜沒好貨。
choice-warmed-good = 這件事交給我，我一定幫您在出發前解決。
choice-warmed-bad = 嗯，那您先填一下售後單，等通知吧。
choice-details-good = 謝謝您的反饋，有焦味千萬別再用了。這件事交給我，我一定幫您在出發前解決。
choice-details-bad = 可能是您用的時候沒注意，是您自己操作不當吧？
choice-solution-good = 您還在15天品質包換期內，我可以為您安排兩種方式：一是今天順豐給您發一台全新的，週一就能到，壞的那台快遞員上門取走，不用您花一分錢；二是直接全額退款。您看是換新還是退款？
choice-solution-dismissive = 這點小事沒必要這麼激動吧，出去玩酒店也有吹風機。
choice-wrap-good = 好的！謝謝您的耐心和理解。今天下午5點前我會給您回覆新機的順豐單號。祝您三亞玩得開心！
choice-wrap-bad = 好噠親，麼麼噠～
choice-offended-good = 對不起，是我說得不對，讓您不舒服了。這件事完全不怪您，我完全理解您現在的心情。
choice-offended-bad = 我又沒說錯，這個價位本來就這樣。

end-won-back = 林小姐最後發來：“你人真好！等我從三亞回來給你們寫好評～”你先認同了她的委屈，在她聊起旅行時順著聊了兩句，氣氛一下子就變了；再謝謝她、給她兩個選擇，並趕在出發前安排好。對表達型的顧客，被聽見、被喜歡，比什麼都重要。
end-resolved = 換新安排好了，趕得上她的行程，林小姐也滿意。不過她聊起三亞時你沒有接話——順著她的話題聊一句，往往能讓表達型的顧客從“滿意”變成“喜歡你們”。
end-resolved-slip = 換新安排好了，趕得上她的行程，林小姐也滿意。可惜最後一句話用詞不當，讓前面的好印象打了折扣：收尾那句，往往就是顧客記住的那句。
end-escalated = 林小姐發了一條帶影片的差評：“客服說便宜沒好貨。”貶低自家產品、輕視她的問題、滿屏“親親”，都會讓她覺得沒被當回事。產品壞了是事實，但態度決定她怎麼講這個故事。
end-left = 林小姐說“算了，我自己去買一個”，就下線了。她一上來有一肚子話想說，你卻直接甩出流程。先認同她的感受，讓她把話說完，再談方案。

# 她的反應（先於本節點台詞）。問題用案情回答，不說“你們查一下就知道”。
react-technique-probing_question-1 = 訂單號20261105-91452，白色那款高速負離子吹風機，11月7號收到的，之前一直好好的。
react-technique-probing_question-2 = 就是白色那款高速吹風機，訂單號20261105-91452。之前都好好的，今天一插電就轉兩下停了，還冒焦味。
react-technique-when_question-1 = 11月7號收到的，之前一直好好的，今天一插電就這樣了。
react-technique-when_question-2 = 就今天！用了兩個星期都好好的，今天突然就不轉了。
react-technique-topic_shift-1 = 嘿嘿～
react-technique-topic_shift-2 = 哎呀，你這麼一說我心情好多了～
react-technique-offer_alternative-1 = 嗯嗯，有得選就好～
react-technique-offer_alternative-2 = 好呀，這樣我就安心多了～
react-technique-commit_timeline-1 = 好，有個確定的時間我就放心了～
react-technique-commit_timeline-2 = 太好了，那我就放心啦～
react-taboo-weak_commitment-1 = 「應該」？你這樣講我心裡沒底耶……
react-taboo-weak_commitment-2 = 聽起來怎麼這麼不確定……
react-opening-technique-empathy-1 = 你能明白就好……還好人沒受傷，就是嚇了一大跳。
react-opening-technique-empathy-2 = 就是說嘛！還好我沒被燙到，真的嚇死了。
react-opening-technique-apology-1 = 嗯……還好人沒事，就是被嚇到了。
react-opening-technique-apology-2 = 道歉我收下啦……主要是真的被嚇到了。
react-unheard-technique-empathy-1 = 嗯……你能明白就好。
react-unheard-technique-empathy-2 = 就是說嘛，我真的好崩潰。
react-details-technique-probing_question-1 = 就是轉兩下就停、還冒焦味嘛……我就想出發前有個好用的。
react-details-technique-probing_question-2 = 別的都沒問題，就是一開就停。我只想出發前能用上。
react-warmed-technique-probing_question-1 = 我就想出發前有個好用的吹風機～
react-warmed-technique-probing_question-2 = 我就想帶個好用的吹風機去三亞嘛～
react-solution-technique-probing_question-1 = 我就想出發前有個好用的吹風機～
react-solution-technique-probing_question-2 = 我就想帶個好用的吹風機去三亞嘛～
react-solution-concrete-1 = 嗯嗯，這樣就好～
react-solution-concrete-2 = 嗯……那就好。
react-wrap-technique-probing_question-1 = 沒有啦，就這樣～
react-wrap-technique-probing_question-2 = 嗯嗯，沒別的問題啦～
react-offended-concrete-1 = ……嗯，這樣講還差不多。
react-offended-concrete-2 = 嗯……好吧。
react-offended-technique-apology-1 = ……好吧，那你好好說。
react-offended-technique-apology-2 = 嗯……算了，先說正事吧。
react-offended-technique-empathy-1 = ……好吧，你明白就好。
react-offended-technique-empathy-2 = 嗯……我就是覺得委屈。
react-details-technique-offer_alternative-1 = 嗯嗯，明白啦～
react-details-technique-offer_alternative-2 = 嗯……我想想喔。
react-warmed-technique-offer_alternative-1 = 嗯嗯，明白啦～
react-warmed-technique-offer_alternative-2 = 嗯……我想想喔。
react-solution-technique-offer_alternative-1 = 嗯嗯，明白啦～
react-solution-technique-offer_alternative-2 = 嗯……我想想喔。
react-wrap-technique-offer_alternative-1 = 換新！當然換新～
react-wrap-technique-offer_alternative-2 = 換新啊，剛才說過啦～
react-offended-technique-paraphrase_confirm-1 = 對，就是轉兩下就停，還有焦味。
react-offended-technique-paraphrase_confirm-2 = 嗯，就是這樣，一開就停，還冒焦味。
react-opening-taboo-internet_slang-1 = ……別一直「親」來「親」去的，我是真的很急。
react-opening-taboo-internet_slang-2 = 「親」什麼啦，我都快急哭了……
react-opening-technique-probing_question-1 = 訂單號20261105-91452，白色那款。一開就轉兩三秒，然後就停了，一股塑膠燒焦味，嚇死我了！
react-opening-technique-probing_question-2 = 就是一打開開關，轉個兩三秒就不動了，聞起來像塑膠燒焦。訂單號是20261105-91452。
chatty-4 = 反正我就想出發前有一支好用的吹風機……那你們到底要怎麼處理啊？
chatty-5 = 好啦好啦，不跟你碎念了……那這支吹風機現在怎麼辦嘛？
solution-7 = 那你給我一個確定的日子嘛：新機哪天會到我手上？
solution-8 = 嗯……那你就給我一個具體的日子吧，幾號會到？我好安排整理行李。
react-opening-technique-greeting-1 = 嗯……我人是沒事，就是嚇了一大跳，現在心還怦怦跳。
react-opening-technique-greeting-2 = 你好……還好我沒被燙到，可是真的嚇死我了。
react-opening-technique-offer_help-1 = 嗯……我人是沒事，就是嚇了一大跳。你一定要幫我喔。
react-opening-technique-offer_help-2 = 那就好……還好我沒被燙到，就是被嚇壞了。
react-chatty-technique-thank_customer-1 = 不用謝啦，我就是憋了一肚子話～
react-chatty-technique-thank_customer-2 = 嘿嘿，我就是話比較多嘛～
react-opening-concrete-1 = 嗯……我人是沒事，就是嚇了一大跳。
react-opening-concrete-2 = 還好我沒被燙到……就是被嚇壞了。
react-chatty-concrete-1 = 嗯嗯，你繼續說～
react-chatty-concrete-2 = 嗯嗯，我在聽～

# Asked about topic "pickup" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-pickup-1 = 下午兩點以後我都在家，快遞員來之前打個電話就好。
react-technique-when_question-pickup-2 = 我今天下午都在家，幾點來都可以，先打個電話就好。
react-technique-probing_question-pickup-1 = 下午兩點以後我都在家，快遞員來之前打個電話就好。
react-technique-probing_question-pickup-2 = 我今天下午都在家，幾點來都可以，先打個電話就好。

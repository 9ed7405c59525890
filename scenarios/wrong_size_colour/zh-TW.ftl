title = 尺碼顏色都發錯了
briefing = 孫先生打來電話：他買的羽絨服下單是XL藏青色，收到的是L碼卡其色。他是分析型：說話條理清楚，要事實、要步驟、要時間，不吃空話。先把他說的複述確認一遍，再問清關鍵資訊，查庫存前告訴他要等多久，最後給出一個有時間點的方案。別敷衍“顏色差不多”，也別命令他“必須先寄回來”。
persona-name = 孫先生

case-order-number = 訂單號：20261118-21953
case-order-item = 下單商品：男款連帽羽絨服 藏青色 XL（貨號 KS2263-NV-XL）×1
case-order-paid = 實付：¥689.00，11月18日 12:40 付款
case-log-shipped = 11月19日 17:22 已發貨（上海倉）
case-log-signed = 11月22日 10:05 已簽收（本人簽收）
case-policy-wrong = 錯發商品：店鋪承擔全部運費，可換貨或退款；換貨走“先發後退”，無需顧客先寄回
case-policy-pickup = 上門取件：送新貨時由快遞員同時取回錯發件；庫存需在庫存系統查詢（約1分鐘）

opening-1 = 你好，我訂單尾號1953。買的羽絨服是XL、藏青色，收到的是L碼、卡其色，兩樣都不對。我想知道你們打算怎麼處理。
opening-2 = 喂，你好。我上週買了一件羽絨服，下單選的是藏青XL，昨天拆開一看是卡其色L碼，吊牌上的貨號也對不上。
opening-3 = 你好，我反映個問題：收到的羽絨服尺碼和顏色都發錯了。訂單上寫的是XL藏青，實物是L卡其。

details-1 = 對，就是這樣。吊牌還沒拆，包裝袋也在。你們打算怎麼換？
details-2 = 沒錯。衣服我只拆開看了一眼，沒穿過。接下來怎麼弄？
details-3 = 我先說明一下：衣服我只拆開看了一眼，沒穿過，吊牌和包裝袋都在。你們打算怎麼換？
details-4 = 跟你說一聲，東西我都原樣留著，吊牌沒拆，隨時可以換。接下來具體怎麼處理？
details-5 = 我再說一遍：下單的是XL藏青，收到的是L卡其，兩樣都不對。衣服沒穿過，吊牌都在。你先把這個確認清楚。
details-6 = 那接下來具體怎麼走？有沒有貨、運費誰出、多久能到，你一樣一樣說。
details-7 = 我要的是換XL藏青。現在有沒有貨？來回運費誰出？多久能拿到？

stock-1 = 我要換XL藏青。這個顏色尺碼現在還有貨嗎？
stock-2 = XL藏青現在有現貨嗎？我下週要出差，得穿。

plan-1 = 好。那具體怎麼走？運費誰出？多久能拿到？
plan-2 = 好。那流程、時間、費用，麻煩你一次說清楚。
plan-3 = 行。那最關鍵的：哪天發貨，幾號能到？給我個準數。
plan-4 = 這些我聽明白了。就差時間：什麼時候發，什麼時候到？
plan-5 = 那我一樣一樣確認：寄錯的這件怎麼處理？運費是不是都由你們出？哪天能到？

annoyed-1 = 我說得很清楚了，是你們發錯了貨。這種回答我沒法接受，我要的是具體的處理辦法和時間。
annoyed-2 = 等一下，錯是你們犯的，為什麼要我來承擔？你把流程給我講明白。
annoyed-3 = 時間是有了。可是你剛才那句話不對：錯在你們，不在我。
annoyed-4 = 發錯貨的是你們。我不要解釋，我要一個能落實的辦法。
annoyed-5 = 時間我記下了。可你剛才那話，我還等你一個說法。
annoyed-6 = 我下週出差要穿，估計的日子對我沒用。給我一個你們能保證的到貨日期。

wrap-1 = 好，這樣可以。有進度或單號，傳簡訊告訴我。
wrap-2 = 好，這個安排可以。單號出來了傳到我手機。

choice-opening-good = 孫先生您好，給您添麻煩了，很抱歉。我確認一下，您是說下單的是XL碼藏青色，收到的卻是L碼卡其色，尺碼和顏色都不對，對嗎？
choice-opening-dismiss = 顏色都差不多的，L碼其實版型也挺寬鬆，您先試試再說。
choice-opening-command = 你必須先把衣服寄回來，我們收到了才能給你換。
choice-details-good = 好的，吊牌沒拆就好辦。請問您收到的那件，吊牌上的貨號具體是多少？另外您是想換成XL藏青，還是直接退款呢？
choice-details-command = 你必須先寄回來，運費你先墊，我們收到再給你發。
choice-details-dismiss = 發錯很正常，倉庫每天那麼多單，您別太較真。
choice-stock-good = 收到，請稍等，我查一下上海倉XL藏青的庫存，大概一分鐘。
choice-stock-weak = 有沒有貨我也說不準，您等通知吧。
choice-plan-good = 查到了，XL藏青上海倉還有貨，我已經給您鎖定一件。今天下午6點前我們先把新的用順豐發出，後天中午前送到；快遞員送貨時順便把發錯的那件取走，來回運費都由我們承擔，您不用墊付。今晚8點前我會把順豐單號簡訊通知您。
choice-plan-command = 你必須先寄回來，我們收到了再發新的。
choice-plan-weak = 大概一週左右吧，看倉庫速度，我也說不準。
choice-annoyed-good = 對不起，是我剛才說得不妥。這件事是我們發錯了，責任在我們，您不需要先寄回、也不需要墊任何費用，我現在就給您安排。
choice-annoyed-bad = 我也是按流程跟您說的，您別激動。
choice-wrap-good = 謝謝您的耐心和配合。今晚8點前我一定把單號簡訊通知您，有任何問題隨時打這個電話找我，祝您出差順利！
choice-wrap-bad = 等著吧，單號您自己去訂單裡查。

end-resolved = 孫先生掛電話前說：“你們這個處理我認可。”你先複述確認、再問關鍵資訊，查庫存前告訴他要等多久，最後給的方案有時間、有流程、有費用說明——分析型客戶要的就是這份清楚。
end-won-back = 孫先生一度被你的回答惹惱，但你及時認錯、把事實和時間說清楚，他最後接受了方案，也願意再信你們一次。下次一開始就別讓他覺得被敷衍或被命令。
end-resolved-cool = 換貨安排好了，但孫先生對這通電話打了個折扣：你沒先確認他的問題，或者讓他在電話裡乾等了一陣卻不說在做什麼。分析型客戶很在意過程是否清楚。
end-escalated = 孫先生去平台投訴了“發錯貨還要顧客先墊運費寄回”。錯在店鋪，先認下來、說清楚流程和時間；命令和敷衍只會讓他確信你們不講理。
end-left = 孫先生等得不耐煩，掛了電話去平台申請退款。電話裡的沉默最磨人：查東西前先說一句“請稍等，大約一分鐘”。

# 孫先生對這條回覆的第一反應（覆蓋 assets/reactions 的預設反應）。問什麼答什麼，給選項就選。
react-technique-probing_question-1 = 吊牌上的貨號是KS2263-KH-L，卡其色L碼；訂單號20261118-21953。
react-technique-probing_question-2 = 吊牌貨號KS2263-KH-L，卡其L；訂單尾號1953，你那邊能看到。
react-opening-technique-probing_question-1 = 我要換貨，XL藏青，不退款。手上這件吊牌是KS2263-KH-L。
react-opening-technique-probing_question-2 = 換貨，要XL藏青。這件吊牌貨號KS2263-KH-L，訂單尾號1953。
react-details-technique-probing_question-1 = 吊牌上寫的是KS2263-KH-L。我要換XL藏青，不退款。
react-details-technique-probing_question-2 = 換貨，XL藏青。貨號KS2263-KH-L，你那邊核對一下。
react-technique-when_question-1 = 11月22日上午簽收的，我昨天才拆開。
react-technique-when_question-2 = 22號到的貨，我一拆開就發現不對了。
react-details-technique-offer_alternative-1 = 換，不退。要XL藏青。吊牌上的貨號是KS2263-KH-L。
react-details-technique-offer_alternative-2 = 換貨，XL藏青。我手上這件吊牌是KS2263-KH-L。
react-technique-offer_alternative-1 = 換貨，不退款。我要的是那件XL藏青。
react-technique-offer_alternative-2 = 我選換貨。退款的話我還得重新下單。
react-details-technique-paraphrase_confirm-1 = 對，換XL藏青。
react-details-technique-paraphrase_confirm-2 = 沒錯。
react-technique-commit_timeline-1 = 好，時間我記下了。
react-technique-commit_timeline-2 = 這個時間可以，我記著。
react-technique-commit_timeline-3 = 行，到時候我會留意。
react-taboo-weak_commitment-1 = 我要一句準話：是一定會到，還是只是估計？
react-taboo-weak_commitment-2 = 估計不算數。
react-concrete-1 = 嗯。
react-concrete-2 = 好，我聽著。
react-opening-concrete-1 = 對。
react-opening-concrete-2 = 嗯，是這樣。
react-plan-technique-probing_question-1 = 換貨，寄到訂單上的地址就好。你先把流程講清楚。
react-plan-technique-probing_question-2 = 地址和電話都照訂單上的。我要換XL藏青。

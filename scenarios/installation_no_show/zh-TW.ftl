title = 安裝師傅兩次爽約
briefing = 王先生買了一台冷氣，約了兩次安裝，師傅兩次都沒來：上週六沒人沒電話，他打來客服，被一句“師傅會到的，您再等等”打發了；今天他請了一天假在家等，從早上九點等到下午四點，師傅電話關機。他是支配型：要結果、要掌控，說一不二。他會提出你這一級做不了主的要求（今晚裝好、賠誤工費）。先誠懇道歉，別推給第三方、別搬規定、別爭辯；你能做的，是暫停一下去請示主管，帶著能選的方案回來，再把後續交給一個有名有姓的負責人，並給出時間。
persona-name = 王先生

case-order-number = 訂單號：20261109-61845
case-order-item = 商品：1.5匹新一級能效變頻掛機 ×1（含基礎安裝）
case-order-paid = 實付：¥3,299.00，11月9日 19:52 付款
case-log-delivered = 11月12日 已送貨簽收（待安裝）
case-log-first = 11月16日（週六）14:00–18:00 首次預約安裝：師傅未上門，無來電
case-log-call = 11月16日 18:40 顧客來電，客服答覆“師傅會到的，您再等等”，未登記
case-log-second = 今天 09:00–12:00 二次預約：師傅未上門，電話關機（服務商：速達家電安裝）
case-policy-rebook = 常規改約：需提前48小時，由服務商排期
case-policy-comp = 服務商違約補償：誤工補償最高¥200，需主管審批
case-policy-own = 自營安裝主管次日加急上門、全額退款上門取機：均需主管審批

opening-1 = 我請了一天假在家等，從早上九點等到現在下午四點，人沒來，電話也打不通！這已經是第二次了！你們到底想怎麼樣？
opening-2 = 上週六放我鴿子，今天又放我鴿子！我扣著工資請假在家乾等一天，你們就這麼對客戶？
opening-3 = 你們客服上次跟我說“師傅會到的，您再等等”，我等到現在連個人影都沒有！你給我解釋解釋！

fury-1 = 又來這套！上次你們客服也是這麼打發我的！我今天不想聽這些，我要投訴你們整個售後！
fury-2 = 你聽聽你說的是人話嗎？我請假扣的是我的工資，你們一句話就推乾淨了？

demand-1 = 我請假扣的薪水誰賠？今天晚上之前一定要幫我裝好，做不到就全額退貨！
demand-2 = 我就兩個要求：今天裝好，誤工費你們賠。你能不能做主？
demand-3 = 別跟我繞圈子。今晚能不能裝、誤工費賠不賠，你現在給我一句準話。

say_so-1 = 這話是你自己說的，還是上面核准的？上次你們客服也跟我說“師傅會到的”，結果呢？做不了主，就去問能做主的人。
say_so-2 = 你說了算嗎？別又是嘴上答應、回頭沒人認帳。要嘛你現在去問能拍板的人，要嘛告訴我這件事誰負責。

options-1 = 怎麼樣？你們主管怎麼說？
options-2 = 說吧，你們到底能給我什麼交代？哪天來、誰來、誤工費怎麼算？
options-3 = 那你到底能幫我辦成什麼？你一條一條跟我說清楚。

handoff-1 = 那就明天來裝。可是我憑什麼再相信你們？到時候又沒人來呢？
handoff-2 = 就明天。但我醜話說在前頭，再放我鴿子，我直接打1950消費者專線。
handoff-3 = 又是一句空話，上次也是這麼一句。到底誰負責？叫他本人打電話給我。
handoff-4 = 那就他。他幾點之前打電話給我？上次可是連通電話都沒有。
handoff-5 = 好，那我等他電話。要是他又沒打來呢？上次就是一通電話都沒有。

choice-opening-good = 王先生，真的非常抱歉。您專門請假等了一整天，師傅卻兩次都沒來，這是我們的失職，換作是我也會火冒三丈。
choice-opening-argue = 師傅那邊說上午給您打過電話，是您沒接。
choice-opening-buck = 安裝是第三方師傅負責的，您可以直接聯絡安裝公司。
choice-fury-good = 您說得對，是我剛才沒說到點子上，對不起。兩次爽約、上次還被敷衍，責任在我們，這件事我來負責到底。
choice-fury-bad = 我理解您，但是規定就是這樣，我也沒辦法。
choice-demand-good = 王先生，您的這兩個要求我這一級確實定不了，但我不想隨口答應您又做不到。請您稍等三分鐘，我馬上去請示主管，看看我們最多能為您做到什麼，然後給您回話。
choice-demand-shield = 按規定安裝需要提前48小時預約，今晚肯定裝不了，誤工費也沒有這個規定，我也沒辦法。
choice-demand-argue = 今天的事也不全是我們的問題，師傅說您家地址寫得不清楚。
choice-say_so-good = 王先生，您問得對，這些要主管核准才算數，我不能再隨口答應您。請您稍等三分鐘，我現在就去請示，帶著核准的方案回來。
choice-say_so-bad = 我說可以就可以，您就別問那麼多了。
choice-options-good = 王先生，感謝您的耐心等待，我請示過了，主管批了兩個方案：一是明天上午8點到10點，由我們自營的安裝主管李師傅親自上門，不用您再請假，家裡有人開門就行；二是您不想再等的話，直接全額退款並上門取機。另外主管批了200元誤工補償，今晚打到您的帳戶。您選好後，我10分鐘內給您回覆具體安排。
choice-options-bad = 領導說只能按流程重新預約，等師傅排期，大概三五天吧，我也說不準。
choice-handoff-good = 這次您的單子由安裝主管李師傅專人負責，他今晚8點前會給您打電話確認上門時間；明天早上9點我本人也會再跟進一次，師傅出門我就給您打電話。
choice-handoff-buck = 這個你明天直接找師傅就行，我這邊管不了。

end-won-back = 王先生最後說：“行，這次我就看你們的。”第二天李師傅8點半就到了。你沒有推、沒有搬規定，而是先認錯，再在他提出你做不了主的要求時停下來去請示主管，帶著能選的方案回來，最後把事情交給一個有名有姓的人、給出時間——這就是間隙轉折和專人負責的力量。
end-resolved = 王先生接受了安排，但電話裡一直沒鬆口。他還是覺得第一次道歉不夠分量，或者你的回覆讓他覺得又被推了一下。支配型客戶要的是“你在替我辦事”的感覺。
end-escalated = 王先生打了12315，也在平台投訴了“售後推諉、兩次爽約”。態度型投訴本來就是被敷衍出來的：推給第三方、搬規定、爭辯誰的錯，都只會讓他確信又被打發了。做不了主的時候，說“我去請示”，而不是“我沒辦法”。
end-left = 王先生罵了一句就掛了電話，轉身在平台申請了退貨退款。他一分鐘都不想多等：每句話都要讓他看到事情在往前走。

react-technique-probing_question-1 = 訂單20261109-61845，冷氣11月12日就送到了，約了兩次安裝，兩次都沒人來。
react-technique-probing_question-2 = 今天約的是上午九點到十二點，我從九點等到四點，師傅電話一直關機。
react-demand-technique-probing_question-1 = 我說得很清楚了：今晚裝好，誤工費賠。
react-demand-technique-probing_question-2 = 我要什麼你還不知道？今天裝好，請假的錢你們出。
react-technique-when_question-1 = 上週六約的兩點到六點，沒人來；今天約的九點到十二點，又沒人來。
react-technique-when_question-2 = 冷氣11月12日就送到了，到今天還裝不好。
react-technique-topic_shift-1 = 冷氣本身沒問題，問題是沒人來裝！
react-technique-topic_shift-2 = 這個先不說，先把我的事處理好。
react-technique-apology-1 = 道歉我聽到了，可是道歉解決不了問題。
react-technique-apology-2 = 光說對不起沒用，我要的是結果。
react-fury-technique-apology-1 = 哼，這還像句話。
react-fury-technique-apology-2 = 總算說了句人話。
react-technique-empathy-1 = 知道我為什麼火大就好。
react-technique-empathy-2 = 光理解有什麼用。
react-technique-offer_alternative-1 = 我要的是把冷氣裝好，其他都是其次。
react-technique-offer_alternative-2 = 方案是方案，我最在乎的是把冷氣裝好。
react-demand-technique-commit_timeline-1 = 時間你們已經給過兩次了。
react-demand-technique-commit_timeline-2 = 時間我聽著，能不能兌現，我看結果。
react-opening-technique-commit_timeline-1 = 對，我就是那個時候在家乾等，一個人影都沒有。
react-opening-technique-commit_timeline-2 = 沒錯，兩次都是，人沒來，電話也沒有。
react-demand-technique-offer_help-1 = 怎麼幫？還是找那個放了我兩次鴿子的安裝公司？先回答我那兩個要求。
react-demand-technique-offer_help-2 = “我們會處理”這種話我聽過了。我那兩個要求，行還是不行？
react-handoff-technique-commit_timeline-1 = 時間是給了，可這是誰給的保證？
react-handoff-technique-commit_timeline-2 = 時間我以前也聽過，光有時間裝不好冷氣。
react-demand-technique-pause_consult-1 = 好，你去問。我就在電話這頭等。
react-demand-technique-pause_consult-2 = 快去快回，別讓我乾等。
react-demand-technique-hold_notice-1 = 快點，我等著。
react-demand-technique-hold_notice-2 = 好，我等你回覆，別讓我等太久。
react-say_so-technique-pause_consult-1 = 這才對。去吧，我等著。
react-say_so-technique-pause_consult-2 = 好，你去問清楚了再來跟我說。
react-say_so-technique-hold_notice-1 = 快點，我等著。
react-say_so-technique-hold_notice-2 = 好，我等你回覆。
react-taboo-weak_commitment-1 = 到底行還是不行？給句準話。
react-taboo-weak_commitment-2 = 這種含糊的話我上次就聽過了。
react-taboo-negative_wording-1 = 別一直說做不到的，說你們能做什麼。
react-taboo-negative_wording-2 = 少說那些沒用的，說重點。

react-options-taboo-negative_wording-1 = 是等得夠久了。
react-options-taboo-negative_wording-2 = 你也知道我等了一整天。

react-opening-taboo-negative_wording-1 = 何止是久等，我整整等了一天！訂單20261109-61845，你查吧。
react-opening-taboo-negative_wording-2 = 久等？我從早上九點等到現在！訂單20261109-61845，趕快查。
react-fury-taboo-negative_wording-1 = 等？我等了一整天了。
react-fury-taboo-negative_wording-2 = 你也知道我等了一整天。
react-concrete-1 = 嗯，繼續說。
react-concrete-2 = 這些我知道。
react-demand-concrete-1 = 哼。
react-demand-concrete-2 = 嗯。
react-fury-technique-probing_question-1 = 你們自己的紀錄上都有：約了兩次，兩次都沒人來。
react-fury-technique-probing_question-2 = 去查你們的紀錄，兩次預約，兩次放鴿子。
react-handoff-taboo-pass_the_buck-1 = 我可不想自己去追人，這件事你要一直盯著。
react-handoff-taboo-pass_the_buck-2 = 別把我往外一推就算了，你也要盯著。

# Asked about topic "last_call" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-last_call-1 = 最後一次是下午三點多打的，還是關機，之前打了不下十次。
react-technique-when_question-last_call-2 = 三點多又打了一次，照樣關機，我都打煩了。
react-technique-probing_question-last_call-1 = 最後一次是下午三點多打的，還是關機，之前打了不下十次。
react-technique-probing_question-last_call-2 = 三點多又打了一次，照樣關機，我都打煩了。

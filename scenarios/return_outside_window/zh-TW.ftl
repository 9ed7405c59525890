title = 過了七天還要退
briefing = 趙先生20天前買了一雙899元的跑鞋，穿了兩次說磨腳，要求全額退款，還要“馬上辦”。七天無理由早就過了，直接退款你辦不了。他是支配型：要結果、要掌控，討厭被教育、被命令，更討厭你拿“規定”壓他。先接住他的火氣，再清楚而有誠意地說“不”，等他冷靜下來，再把你能做的選擇擺出來讓他挑。
persona-name = 趙先生

case-order-number = 訂單號：20261101-77260
case-order-item = 商品：輕速競訓跑鞋 黑白 42碼 ×1
case-order-paid = 實付：¥899.00，11月1日 20:15 付款
case-log-shipped = 11月2日 10:20 已發貨（泉州倉）
case-log-signed = 11月3日 15:48 已簽收（本人簽收）
case-log-today = 今天：11月23日，距簽收已20天
case-policy-7day = 七天無理由退貨：簽收次日起7天內，商品不影響二次銷售
case-policy-quality = 品質問題：簽收後30天內可申請品檢，確認做工問題可退貨退款，往返運費由店鋪承擔，檢測時長48小時
case-policy-goodwill = 售後補償：非品質問題可為顧客申請最高100元無門檻券，並可贈送防磨後跟貼

opening-1 = 我20天前在你們家買的跑鞋，穿了兩次，腳後跟都磨出血了。我要退貨，全額退款，你現在就給我辦。
opening-2 = 你們這鞋什麼品質？八百九十九，跑了兩次五公里後跟全磨破了。給我退了，別跟我扯別的。
opening-3 = 客服，我要退鞋。穿兩回就磨腳，這鞋我是不會再穿了，錢退給我，馬上。

demand-1 = 別繞彎子，我就問你一句：到底能不能退？能退現在就退；不能退，你給我個說法，不然我直接找平台。
demand-2 = 好了，別的先別說：退還是不退？不退的話，你到底打算怎麼幫我處理？
demand-3 = 什麼七天不七天的，鞋不穿兩次誰知道會磨腳？你們這規定根本是坑人。那你說，這件事到底怎麼辦？
demand-4 = 我再問你一次：退還是不退？不退，你能給我什麼？給句準話。

wall-1 = 規定？規定是你們自己定的！你再拿規定壓我，我直接打12315。
wall-2 = 你這是什麼態度？我花了九百塊，不是來聽你講規矩、聽你教育我的。
wall-3 = 行，跟你說不通。把你們店長叫來，我跟他說。
wall-4 = 你這話就是不想管吧？這事今天一定要給我個說法。
wall-5 = 鞋磨腳倒成我的錯了？你再這麼跟我說話，我直接打12315。

options-1 = 所以就是不給退唄？那這鞋怎麼辦，扔了？
options-2 = 不能退是吧。那你說怎麼辦，這鞋我是不會再穿了。
options-3 = 好，你說的辦法我聽著。具體怎麼弄，你給我說清楚。
options-4 = 不能退就不能退吧。你說還有辦法，那到底怎麼做，給我講清楚。
options-5 = 好，兩條路我聽明白了。券我不要，就走質檢。你怎麼安排，說說看。

reject-1 = 少拿這些來打發我！就想這樣讓我閉嘴？
reject-2 = 說得好聽，到最後還不是你們說了算？當我傻？

decide-1 = 好，就這麼辦。這事你給我盯著，什麼時候有結果，你主動給我回話，別讓我再來問。
decide-2 = 好，我先聽你的。醜話說在前頭：到時候要是變卦，我直接找平台。
decide-3 = 好，就這麼辦。你說的時間我記下了，到時候看不到結果，我直接找平台。
decide-4 = 你就給我句痛快話：這事誰負責，到時候誰給我回話？
decide-5 = 還有別的要說嗎？沒有就給我個準話，別讓我白等。

choice-opening-good = 趙先生，穿了兩次就磨得腳後跟出血，這確實太遭罪了，先跟您說聲抱歉。我來看一下您的訂單，看看怎麼幫您處理最好。
choice-opening-shield = 您好，這個訂單已經超過7天無理由退貨期了，按規定是不能退的。
choice-opening-argue = 您都穿了二十天了，怎麼還能退呢？這不是我們的問題。
choice-demand-good = 我跟您說實話：這雙鞋已經過了7天無理由退貨期，很抱歉，直接退款我這邊確實沒辦法辦理。不過鞋子磨腳這個問題，我可以幫您想辦法。
choice-demand-shield = 規定就是規定，超過七天一律不退，我也沒辦法。
choice-demand-command = 您下單前應該先看清楚退貨規則。
choice-wall-good = 是我剛才沒說清楚，對不起。我不是拿規定壓您，是想把能為您做的事情跟您說明白。
choice-wall-bad = 我只是按規定回答您，您這樣說話我也沒辦法。
choice-options-good = 我可以為您做的是這兩個方案：一是申請品質檢測，確認是做工問題就按品質問題退貨退款，來回運費我們出；二是您願意留著穿的話，我給您申請一張100元無門檻券，再送一副防磨後跟貼。您看哪個更適合您？
choice-options-blame = 您自己選的尺碼不合適，這個我們也沒辦法。
choice-options-dismiss = 超期了就只能這樣了，要不您拿去二手賣掉吧。
choice-reject-good = 我理解您的顧慮，您擔心送檢只是走個過場。我跟您保證：檢測報告會原樣發給您，您不認可還可以申請平台介入，這一點您放心。
choice-reject-bad = 這已經是我們能給的最好的了，您愛要不要。
choice-decide-good = 鞋子寄回的運費我們先墊付，倉庫收到後48小時內出檢測結果，我會在48小時內給您打電話告知結果。就算不是品質問題，這張100元券也照樣給您，這一點您放心。
choice-decide-bad = 檢測結果我也說不準，看運氣吧。

end-won-back = 趙先生最後說：“行，你這人辦事還算痛快。”你沒有躲在規定後面：先接住他的火，再明確又有誠意地說“不”，等他冷靜下來，才把兩條路擺在他面前讓他自己選。支配型的客戶要的就是掌控感和準話。
end-resolved = 事情有了著落，趙先生也接受了你給的方案。但他心裡還是覺得被“打發”了：下次在給方案前，先用一句話接住他的情緒，讓他覺得你站在他這邊。
end-escalated = 趙先生在平台發起了投訴，還給了差評。對支配型客戶，搬規定、講道理、命令口吻都會被當成挑釁；他被拒絕時要的是誠意和選擇，而不是一堵牆。
end-left = 趙先生不耐煩地關掉了對話，去平台申請了介入。他要的是快和準：每一句都要往解決問題上推進一步。

# 他的反應（先於本節點台詞）。問題用案情回答：鞋本身沒壞，是後跟太硬把腳磨破了。
react-technique-probing_question-1 = 後跟那塊太硬，鞋看起來沒壞，是把我腳後跟磨出血了。
react-technique-probing_question-2 = 42號，11月3號收到的，就跑了兩次，兩次下來腳後跟都磨破了。
react-technique-when_question-1 = 11月3號到的貨，跑了兩次，兩次都磨，第二次直接出血。
react-technique-when_question-2 = 一穿上就磨，跑了兩次五公里，腳後跟就破了。
react-technique-apology-1 = 道歉就不用了，我要的是結果。
react-technique-apology-2 = 嗯。那就趕快辦。
react-technique-offer_alternative-1 = 哼，總算有點辦法了。
react-technique-offer_alternative-2 = 好，說到重點了。
react-opening-technique-empathy-1 = 哼。鞋倒是沒壞，是後跟那塊太硬，把我腳磨出血了。
react-opening-technique-empathy-2 = 知道受罪就好。後跟太硬，腳都磨破了。
react-opening-technique-apology-1 = 道歉就不用了。鞋看起來沒壞，就是後跟硬，把我腳磨出血了。
react-opening-technique-apology-2 = 光道歉沒用。後跟那塊磨得我腳都出血了。
react-demand-concrete-1 = 哼。
react-demand-concrete-2 = 就這樣？
react-options-technique-probing_question-1 = 能退錢的那個。真要是你們的問題，錢一毛都不能少。
react-options-technique-probing_question-2 = 我要的是把錢拿回來。真是你們的問題，一毛都不能少。
react-options-technique-offer_alternative-1 = 哼。券又不能把錢還給我。那就拿去檢測，真的是做工問題，錢一毛都不能少。
react-options-technique-offer_alternative-2 = 券我不稀罕。鞋拿去品檢，做工有問題就全額退給我。
react-taboo-policy_shield-1 = 少跟我來這套！
react-taboo-policy_shield-2 = 少拿規定壓我！
# Second round: he picks an option (the inspection is the only way his money comes back), answers a confirming question, and knows his own order.
react-opening-concrete-1 = 哼，日子我自己清楚，不用你念給我聽。
react-opening-concrete-2 = 哼，我買多久了我自己知道。
react-options-technique-commit_timeline-1 = 那就約品檢。真的是做工問題，錢一毛都不能少，券先放一邊。
react-options-technique-commit_timeline-2 = 那就走品檢。做工有問題，就全額退給我。
react-decide-technique-probing_question-1 = 對，就品檢，趕快約。
react-decide-technique-probing_question-2 = 品檢。你去約吧。
react-decide-technique-offer_alternative-1 = 對，就品檢，趕快約。
react-decide-technique-offer_alternative-2 = 品檢。你去約吧。
react-reject-technique-commit_timeline-1 = 時間誰都會說。
react-reject-technique-commit_timeline-2 = 哼，時間倒是說得很乾脆。
react-opening-technique-probing_question-1 = 訂單20261101-77260，42號那雙。鞋看起來沒壞，是後跟太硬，把我腳後跟磨出血了。
react-opening-technique-probing_question-2 = 訂單號20261101-77260，11月3號收到的，跑了兩次，腳後跟都磨破了。
# 報出簽收日期也會被讀成「給了時間」：他只認下說了時間，不說「記下了」。
react-technique-commit_timeline-1 = 哼，時間倒是說得很清楚。
react-technique-commit_timeline-2 = 嗯，時間我聽到了。

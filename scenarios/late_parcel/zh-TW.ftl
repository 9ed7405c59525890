title = 快遞遲遲不到
briefing = 顧客周女士五天前下單的電熱水壺一直沒有送到，物流資訊停在中轉站三天沒動。她第一次來問，語氣著急但還算客氣。先接住她的情緒，再查清楚情況，最後給出明確的處理時間。
persona-name = 周女士

case-order-number = 訂單號：20261118-55102
case-order-item = 商品：電熱水壺 1.7L 白色 ×1
case-order-paid = 實付：¥129.00，11月18日 09:12 付款
case-log-shipped = 11月18日 16:40 已攬收（杭州倉）
case-log-transit = 11月19日 02:15 到達華東中轉站
case-log-stuck = 11月19日之後無更新
case-policy-late = 發貨後 72 小時無物流更新，可申請催件；超過 7 天未送達可補發或退款

opening-1 = 你好，我五天前買的熱水壺到現在還沒到，物流一直不動，怎麼回事啊？
opening-2 = 在嗎？我的快遞三天都沒有更新了，我等著用呢，能不能幫我看看？
opening-3 = 客服你好，我買的水壺到底什麼時候能到？物流停在中轉站好幾天了。
opening-4 = 你先幫我查一下好嗎？它到底卡在哪裡了？

upset-1 = 我是來找你們解決問題的，不是來聽這些的。你們能不能認真一點？我都等了五天了！
upset-2 = 你這麼說我更著急了，到底有沒有人管這件事？

facts-1 = 就是那個白色的熱水壺，訂單號你們應該查得到吧？
facts-2 = 我也不知道是哪裡出問題了，你們能查到它現在在哪裡嗎？
facts-3 = 它怎麼一直停在那兒不動呢？我就想知道大概什麼時候能到。
facts-4 = 都好幾天了，一直停在那邊不動，到底是怎麼回事？
facts-5 = 訂單號是20261118-55102。我也不知道是哪裡出的問題，你們能查到它現在在哪裡嗎？

solution-1 = 那現在怎麼辦？我這兩天就要用。
solution-2 = 嗯，那我大概什麼時候能收到呢？
solution-3 = 好，我等你查。查完能告訴我大概什麼時候能到嗎？
solution-4 = 好，你先查吧。我這兩天就要用，查到了馬上跟我說什麼時候會到。
solution-5 = 補發是以後的事。我這兩天就要用，它到底哪天能到？

wrapup-1 = 好吧，那我等你的訊息。
wrapup-2 = 行，希望這次別再拖了。

choice-opening-good = 您好，我是客服小林。非常理解您等了這麼多天的著急心情，我馬上幫您查一下。
choice-opening-bad = 物流慢很正常，你再等等吧。
choice-opening-meh = 請提供訂單號。
choice-upset-good = 真的很抱歉讓您這麼著急，這件事我來負責跟進，一定給您一個答覆。
choice-upset-bad = 這不是我們的問題，是快遞公司的事，你找他們吧。
choice-facts-good = 請稍等，我現在為您查詢物流資訊，大約需要兩分鐘。
choice-facts-bad = 你自己看物流資訊不就知道了。
choice-solution-good = 我已經聯絡快遞公司加急處理，今天下午5點前一定給您回覆最新進展；如果明天還沒有動靜，我們直接為您補發一台。
choice-solution-bad = 我試試看吧，不一定能催到。
choice-wrapup-good = 感謝您的耐心等待，有任何問題隨時聯絡我，祝您生活愉快！
choice-wrapup-bad = 沒別的事我就先下線了。

end-resolved = 周女士放心地等你的回覆。你先認同了她的著急，查清了物流，再給出明確的時間和後備方案——這正是“先處理心情，再處理事情”。
end-resolved-cool = 問題解決了，但周女士還有些不滿。下次在給方案之前，多花一句話認同她的感受。
end-escalated = 周女士覺得沒人管她的事，去平台投訴了。回頭看看：哪一句讓她覺得被推開或被敷衍？
end-left = 周女士等得不耐煩，關掉了對話。回覆要及時，等待前先告訴她你在做什麼、要多久。
# 客戶對提問的回答（覆蓋 assets/reactions 的預設反應）。
react-technique-when_question-1 = 11月18日早上九點多付的款，當天下午就攬收了，19號以後就沒動靜了。
react-technique-when_question-2 = 18號下的單，19號到了華東轉運站，之後就一直不動。
react-technique-probing_question-1 = 訂單號是20261118-55102，一個白色的電熱水壺。
react-technique-probing_question-2 = 訂單號20261118-55102，就是那個1.7公升的熱水壺，11月18日付的款。
react-technique-offer_alternative-1 = 要是真不到，那就補發吧，我還是想要這個壺。
react-technique-offer_alternative-2 = 真到那一步的話，就給我補發一台吧。
react-opening-technique-offer_alternative-1 = 補發？我就想先知道我的壺現在到哪了。
react-opening-technique-offer_alternative-2 = 先不說補發，它現在到底在哪？
react-upset-technique-offer_alternative-1 = 先別說補發，我就想知道到底怎麼回事。
react-upset-technique-offer_alternative-2 = 補發不補發的，總得先有人管吧？
# 負面用語多半是「讓您等了這麼久」：她附和，不反問「能做什麼」（客服多半已經說了在查）。
react-taboo-negative_wording-1 = 對啊，等了這麼多天，我心裡一直很不踏實。
react-taboo-negative_wording-2 = 嗯，真的等滿久了。
# 致歉之後她不說「先聽你怎麼說」：客服往往在同一句裡已經說了情況。
react-technique-apology-1 = 嗯，謝謝你這麼說。
react-technique-apology-2 = 好吧，也不是怪你一個人。

title = 摔碎的生日禮物
briefing = 劉女士打來電話：她給兒子買的旋轉木馬水晶球八音盒昨天送到，箱子被壓扁，玻璃碎了一地。這是孩子盼了一個多月的生日禮物，週六就要用。她情緒外露、愛說話，想先被人聽見。先接住她的情緒，抓住她提到的孩子聊兩句，再給她能選的方案和確切的時間。別把責任推給她，也別把她推給快遞。
persona-name = 劉女士

case-order-number = 訂單號：20261120-30418
case-order-item = 商品：旋轉木馬水晶球八音盒（玻璃款）×1
case-order-paid = 實付：¥268.00，11月20日 21:47 付款
case-order-note = 買家留言：送兒子的六歲生日禮物，週六派對要用，麻煩包裝結實一點
case-log-picked = 11月21日 18:05 義烏倉已攬收
case-log-hub = 11月23日 07:40 到達北京順義轉運中心
case-log-signed = 11月24日 10:32 已簽收（本人簽收）
case-policy-damage = 運輸破損：簽收後48小時內提供照片，可免費補發或全額退款，碎件無需寄回，運費由店鋪承擔
case-policy-express = 補發可走北京倉順豐特快，16:00前出庫次日送達；易碎品可申請木架加固包裝

opening-1 = 喂？是賣水晶球的那家店吧？我昨天收到快遞，箱子都壓扁了，裡面的水晶球碎得稀巴爛，玻璃碴子撒了一地！
opening-2 = 我跟你說，你們發的這個東西簡直了！盒子一打開全是碎玻璃，裡面的水流了一桌子，我手都差點劃破了！
opening-3 = 你好，我要投訴！兩百多塊買的水晶球八音盒，到手就是一堆碎片，你們到底是怎麼包裝的啊？

unheard-1 = 你先別急著跟我說怎麼處理！你知道我打開箱子那一下是什麼心情嗎？
unheard-2 = 等一下，你到底有沒有在聽我說？我說的是東西碎了、我差點受傷！
unheard-3 = 你就只問這些？我打開箱子那一下心都涼了，你知道嗎？

hurt-1 = 你這話什麼意思？東西是你們店發出來的，現在碎了，倒成我自己的事了？
hurt-2 = 我打電話過來是要你們解決問題的，不是聽你往外推的！你們就是這麼做生意的？
hurt-3 = 行，我算聽明白了，你們就是不想管是吧？那我只能去平台投訴了。
hurt-4 = 你這麼說我心裡更沒底了。東西是在你們手上壞的，我要聽你們一句負責任的話。
hurt-5 = 我現在真的很煩。孩子的禮物沒了，你們到底打算怎麼負責？
hurt-6 = 我就想能跟孩子說一句準話：禮物一定會到。

birthday-1 = 你知道嗎，這是我給我兒子買的生日禮物，他盼了一個多月了，這週六就過生日，現在我拿什麼給他？
birthday-2 = 我本來想週六給孩子一個驚喜的……他天天唸叨那個會轉的木馬，這下全泡湯了。
birthday-3 = 要是真的能在週六前把新的送到，那我就要這個，孩子別的都不要。不好意思，我到現在心還是亂的。
birthday-4 = 不好意思，我一直唸這個。我就是想讓他週六能拿到禮物。

options-1 = 唉……那現在怎麼辦？週六之前還來得及嗎？
options-2 = 好吧，你說，你們打算怎麼處理？我就要週六孩子能拿到禮物。
options-3 = 你就直接告訴我：能補發嗎？週六之前能到嗎？
options-4 = 好，那就補發，週六之前到。要我這邊做什麼，你說。

confirm-1 = 重新寄的話，上次就包成那樣，這次再碎了怎麼辦？週五之前真的能到嗎？
confirm-2 = 補發可以，但我得知道確切什麼時候到，週六的派對我還得安排呢。
confirm-3 = 那就給我重新寄一個吧。什麼時候能到？週六的派對我還得安排。
confirm-4 = 好，那就補發。可是上次就包成那樣，這次你們打算怎麼包？別再碎了。
confirm-5 = 我就怕再碎一次。這次的包裝你們到底要怎麼弄？
confirm-6 = 好，這次我就相信你了。到我手上之前你隨時跟我說一聲。

wrapup-1 = 好，那我就等你的消息了。
wrapup-2 = 好，這次可千萬別再出岔子了啊。
wrapup-3 = 好，就這麼辦。要照片的話我掛了電話就拍，箱子和碎片都留著呢。我等你消息。

# 本場景的反應：問到的事依案件資料回答（昨天上午簽收、人沒事、孩子週六滿六歲），給了選項她就選補發，敷衍不引用對方沒說過的詞。
react-opening-technique-empathy-1 = 你能明白就好。人倒是沒事，就是心疼。
react-opening-technique-empathy-2 = 嗯……還好人沒受傷，可是東西全毀了。
react-opening-technique-apology-1 = 道歉我收下了。還好人沒事，可是東西全毀了。
react-opening-technique-apology-2 = 嗯，知道是你們的問題就好。人倒是沒受傷，就是心疼。
react-opening-technique-probing_question-1 = 訂單是20261120-30418，昨天上午簽收的，箱子一打開就這樣了。照片我掛了電話就拍給你，碎片都還在桌上，我差點就被割到手。
react-opening-technique-probing_question-2 = 訂單20261120-30418，昨天上午到的，東西全碎了。照片你要的話我現在就拍，箱子和碎片我都留著。
react-technique-probing_question-1 = 箱子和碎片我都留著，照片我掛了電話就拍給你。
react-technique-probing_question-2 = 昨天上午簽收的，一拆開就是碎的。東西我都留著，要照片我拍給你。
react-birthday-technique-probing_question-1 = 要，就補發新的，孩子別的都不要。箱子和碎片我都留著，你要用就說。
react-birthday-technique-probing_question-2 = 就補發新的吧，孩子就等這個。
react-options-technique-probing_question-1 = 那就補發新的。照片我掛了電話就拍，箱子和碎片都在。
react-options-technique-probing_question-2 = 好，就照補發處理。箱子和碎片我都留著，拍照沒問題。
react-confirm-technique-probing_question-1 = 那就補發新的。照片我掛了電話就拍，箱子和碎片都在。
react-confirm-technique-probing_question-2 = 好，就照補發處理。箱子和碎片我都留著，拍照沒問題。
react-technique-when_question-1 = 昨天上午十點半左右簽收的，我當下就拆開了，一拆就是碎的。
react-technique-when_question-2 = 就昨天上午到的，我當場拆的。
react-technique-topic_shift-1 = 他週六就滿六歲了。一說起那個會轉的木馬，他眼睛都亮了。
react-technique-topic_shift-2 = 週六他就六歲了，在家幫他辦個小派對，就等這個木馬呢。
react-opening-technique-topic_shift-1 = 孩子沒事，玻璃沒碰到，謝天謝地。他週六就滿六歲了。
react-opening-technique-topic_shift-2 = 孩子沒事，我趁他沒看到就掃乾淨了。他週六滿六歲，就盼著這個木馬呢。
react-technique-offer_alternative-1 = 那就補發吧，孩子就等著這個呢。
react-technique-offer_alternative-2 = 我要的是東西，不是錢。那就重新寄一個吧。
react-opening-technique-offer_alternative-1 = 先別跟我說補不補、退不退的！
react-opening-technique-offer_alternative-2 = 補發退款的先放一邊，你先聽我說完。
react-unheard-technique-offer_alternative-1 = 先別跟我說補不補、退不退的！
react-unheard-technique-offer_alternative-2 = 補發退款的先放一邊，你先聽我說完。
react-taboo-weak_commitment-1 = 你這話聽起來沒把握耶，到底能不能趕上週六？
react-taboo-weak_commitment-2 = 說了跟沒說一樣，我要一句準話。
react-concrete-1 = 嗯，這句話我先記下了。
react-concrete-2 = 好，這個我知道了。

choice-opening-good = 劉女士，真的太抱歉了，讓您收到一箱碎玻璃，還差點劃到手。我非常理解您現在又心疼又生氣的心情。
choice-opening-blame = 您簽收的時候怎麼沒當面驗貨呢？這個是您自己沒注意。
choice-opening-buck = 運輸途中壓壞的，這個您得先去找快遞公司理賠。
choice-unheard-good = 對不起，是我太著急了。您打開箱子看到一地碎玻璃，肯定又心疼又窩火，我在認真聽您說。
choice-unheard-bad = 您先別激動，碎了就碎了，補發一個就行了。
choice-hurt-good = 是我剛才說得不對，真的很抱歉。東西是我們發的，這件事我來負責到底，不用您去跟任何人扯皮。
choice-hurt-bad = 我也是按流程跟您說的，您這樣說話我們也沒辦法溝通。
choice-birthday-good = 原來是給小朋友的生日禮物，難怪您這麼著急。小朋友今年幾歲啦？
choice-birthday-ok = 孩子盼了這麼久的禮物碎了，換作是我也會特別難受。
choice-birthday-bad = 以後收到易碎品，建議您當著快遞員的面拆開檢查，就不會這樣了。
choice-options-good = 我給您兩個方案：一是今天就從北京倉給您補發一個全新的，順豐次日達；二是直接給您全額退款，碎片不用寄回。您看哪個更合適？
choice-options-buck = 快遞壓壞的東西，您得先去找快遞公司定責，定完責我們才能處理。
choice-options-weak = 補發的話我試試看吧，不一定趕得上週六。
choice-confirm-good = 這次我讓倉庫用雙層氣泡柱加木架包裝，今天下午4點前發出，發出後一小時內我把順豐單號簡訊通知您，週五晚上6點前一定送到。
choice-confirm-bad = 什麼時候到這個我也說不準，得看快遞那邊，我管不了。
choice-wrapup-good = 感謝您這麼體諒，有任何問題隨時打這個電話找我，提前祝小朋友生日快樂！
choice-wrapup-bad = 行了，不就是個水晶球嘛，補發了就沒事了，我先掛了。

end-won-back = 劉女士掛電話前還笑著說了句“替我兒子謝謝你”。你先接住了她的心疼和火氣，又順著她提到的孩子聊了一句，她的情緒就從“碎了”轉到了“週六”。之後給選擇、給確切時間，她自然願意再信你一次。
end-resolved = 補發安排好了，劉女士也接受了。如果在她說起孩子生日的時候順著聊一句（孩子幾歲了？派對準備得怎麼樣？），她會更快放下火氣，這通電話會更暖。
end-resolved-cool = 事情辦了，但劉女士掛電話時還憋著氣。回頭看看：哪一句讓她覺得被怪罪、被催促，或者沒被聽見？
end-escalated = 劉女士覺得店裡把責任往她身上推、把她往快遞那邊推，去平台發起了投訴。破損件是店鋪發出的，先道歉、先認下，再去和快遞追責，那是我們自己的事。
end-left = 劉女士等不下去，掛了電話，轉頭去別家下了單。電話裡的沉默特別磨人：開口要快，需要查東西時先告訴她你在做什麼。

# Asked about the birthday (topic "birthday" in scenario.ron), she answers about it.
react-technique-when_question-birthday-1 = 這週六，他滿六歲，派對就訂在週六。
react-technique-when_question-birthday-2 = 就這週六啊，孩子六歲生日，派對都安排好了。
react-technique-probing_question-birthday-1 = 這週六，他滿六歲，派對就訂在週六。
react-technique-probing_question-birthday-2 = 就這週六啊，孩子六歲生日，派對都安排好了。

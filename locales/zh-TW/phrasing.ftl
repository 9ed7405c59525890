## 話術分析與訓練介面的文字（繁體中文，臺灣用語）。
## 技巧與忌語的 id 見 shared/TECHNIQUES.md：id 一旦釋出就不再改變含義。
## name-<id>：顯示名稱；why-<id>：在學員回覆中發現時的講解，參數 $evidence（學員原話）與 $points（帶符號的分數）；
## desc-<id>：提示面板裡的一句話說明。

## ── 分數組成 ──

name-base = 基礎分
why-base = 回覆的基礎分 { $points }
name-empty = 空回覆
why-empty = 這條回覆是空的，什麼也沒有說；客戶只能繼續等著，得 0 分。
label-score = 得分
label-instead = 建議改為：
label-rewritten = 改寫後：

## ── 技巧：顯示名稱 ──

name-when_question = 「何時」法提問
name-topic_shift = 轉移話題
name-pause_consult = 間隙轉折
name-set_limits = 給定限制
name-polite_no = 說「不」的技巧
name-offer_alternative = 提供選擇/補救
name-empathy = 認同感受
name-apology = 致歉
name-paraphrase_confirm = 複述澄清
name-probing_question = 有效提問
name-offer_help = 表示願意提供幫助
name-commit_timeline = 明確回覆時間
name-thank_customer = 感謝
name-positive_wording = 積極用詞
name-i_statement = 用「我」代替「你」
name-warm_handoff = 專人負責的轉接
name-greeting = 歡迎語
name-hold_notice = 告知等待
name-reassurance = 讓客戶放心
name-closing = 結束語

## ── 技巧：為什麼有效 ──

why-when_question = 你用「{ $evidence }」問客戶問題是從什麼時候開始的，把發洩引向具體的事實；在火頭上的人無法解決問題，先讓火氣降下來。
why-topic_shift = 你借「{ $evidence }」抓住客戶話裡的一個細節轉開話題，對方不再順著原來的思路發火，氣氛緩和了下來。
why-pause_consult = 「{ $evidence }」讓對話暫停一下，去請示有決定權的人；客戶知道你在為他爭取更多辦法，火氣也有了降溫的時間。
why-set_limits = 你用「{ $evidence }」堅定而禮貌地劃出界限，並把選擇交給客戶：既表明你想幫忙，也不讓辱罵繼續下去。
why-polite_no = 「{ $evidence }」在說「不」的同時表達了遺憾、說明了原因；說「不」並不意味著與客戶不歡而散。
why-offer_alternative = 「{ $evidence }」在原要求無法滿足時給出了另一種選擇或補救，客戶看到事情還有出路。
why-empathy = 你用「{ $evidence }」接住了客戶的情緒，客戶感到被理解。
why-apology = 「{ $evidence }」為客戶的不愉快經歷誠懇致歉；道歉不等於認錯，它表達的是遺憾與同情，會把客戶的思緒引向解決方案。
why-paraphrase_confirm = 你用「{ $evidence }」複述並確認客戶的問題，表明你在認真聽、尊重他，也給了他補充說明的機會。
why-probing_question = 「{ $evidence }」引導客戶多說；只有讓客戶多說，才能快速掌握核心事實，對症下藥。
why-offer_help = 「{ $evidence }」表明你願意幫忙、接下了這個問題，客戶感到安全、有保障，對立情緒隨之減弱。
why-commit_timeline = 「{ $evidence }」給出了明確的回覆時間：客戶知道有人負責、什麼時候會有結果（首問責任）。記得按時兌現。
why-thank_customer = 你用「{ $evidence }」感謝客戶，把投訴當成改進的機會，客戶感到自己的意見被重視。
why-positive_wording = 「{ $evidence }」用積極的詞說出能做什麼，客戶的注意力被引向辦法，而不是停在問題上。
why-i_statement = 「{ $evidence }」用「我」來承擔，而不是用「你」指向客戶，客戶不會覺得有根手指指著自己。
why-warm_handoff = 「{ $evidence }」轉交時說清了誰來負責、怎樣聯絡客戶，客戶不會覺得被推來推去。
why-greeting = 「{ $evidence }」及時、熱情地開場並介紹了自己，第一印象就讓客戶願意好好說。
why-hold_notice = 「{ $evidence }」在讓客戶等待前說明了你在做什麼、大約要多久，等待不再讓人焦躁。
why-reassurance = 「{ $evidence }」用實實在在的保障或已在進行的處理讓客戶放心，而不是一句空洞的「別擔心」。
why-closing = 「{ $evidence }」禮貌地收尾：道謝、說明接下來的安排、歡迎再聯絡，客戶帶著好印象離開。

## ── 技巧：提示面板 ──

desc-when_question = 客戶辱罵或籠統指責時，問問題從什麼時候開始，把發洩變成事實。例：「您什麼時候開始感到我們的服務沒能及時替您解決這個問題？」
desc-topic_shift = 客戶順著自己的思路不停發火時，抓住他話裡略有關聯的細節轉移話題，緩和氣氛。例：「我理解您，您的孩子多大啦？」
desc-pause_consult = 需要有決定權的人拍板時，暫停對話去請示，並承諾帶著辦法回來。例：「稍候，讓我來和高層領導請示一下，我們還可以怎樣來解決這個問題。」
desc-set_limits = 多次嘗試後客戶仍出言不遜時，堅定而禮貌地說明繼續下去會怎樣，並給出選擇。例：「我非常想幫助您。但您如果一直這樣情緒激動，我只能和您另外約時間了。您看呢？」
desc-polite_no = 政策、法律或庫存不允許時，帶著歉意說「不」，說明原因，保住關係。例：「根據多數人的需求情況，我們公司目前是這樣規定的……」
desc-offer_alternative = 原要求無法滿足時，為客戶的需求提供另一種選擇，或提供補救性服務：告訴客戶「我能做的是……」。
desc-empathy = 客戶情緒激動時，先說出並接納他的感受，再談事情。例：「對不起，讓您感到不愉快了，我非常理解您此時的感受。」
desc-apology = 為客戶的不愉快經歷誠懇道歉。如果確實是公司原因，必須誠懇道歉，但不能過分道歉。
desc-paraphrase_confirm = 用自己的話複述客戶的問題，再問自己理解得對不對。例：「您是說……我理解了您的意思嗎？」
desc-probing_question = 用開放式或封閉式提問引導客戶多說，快速掌握事實。例：「是的……還有呢？您是指哪方面……」
desc-offer_help = 客戶關注解決問題時，表示你願意幫忙並接下這個問題。例：「讓我看一下該如何幫助您，我很願意為您解決問題。」
desc-commit_timeline = 無法當場解決時，給出明確的回覆時間並信守承諾（首問責任）。例：「可否給我們*天的時間，我會在*月*日前給您答覆。」
desc-thank_customer = 感謝客戶的回饋、耐心，甚至投訴本身：投訴是改進的機會。例：「非常感謝您的耐心等待。」「感謝您的指教。」
desc-positive_wording = 說能做什麼，選正面的詞，不強化不好的部分。例：「由於需要的顧客多，您需要的這款產品我們暫時沒貨了。」
desc-i_statement = 用「我」代替「你」，把話攬到自己身上，而不是指向客戶。例：「不好意思，也許是我說得不夠清楚，請您允許我再解釋一遍。」
desc-warm_handoff = 需要轉交時不撒手：說清誰來負責、怎樣聯絡客戶。例：「您的事有專人負責，我幫您來聯絡他，請您留下聯絡方式可以嗎？」
desc-greeting = 收到客戶訊息後迅速、熱情地開場，介紹自己並請對方說明問題。例：「您好，我是客服8號，很高興為您服務，有什麼我可以效勞的？」
desc-hold_notice = 需要客戶等待前，告訴他你在做什麼、大約要多久，再請他耐心等待一下。
desc-reassurance = 用實實在在的保障或已在進行的處理讓客戶放心。例：「您的這些問題我們都會很好的解決，請您儘管放心。」
desc-closing = 禮貌收尾：道謝、說明接下來會怎樣、歡迎再聯絡。例：「非常感謝您的惠顧……如果有任何問題請您及時聯絡我們。」

## ── 忌語：顯示名稱 ──

name-blame_customer = 指責客戶
name-policy_shield = 拿規定擋
name-pass_the_buck = 推諉
name-commanding = 命令口吻
name-dismissive = 輕視
name-negative_wording = 消極用詞
name-argue_back = 爭辯
name-threaten = 威脅
name-lecture = 說教
name-badmouth_company = 貶低公司/產品
name-weak_commitment = 敷衍
name-share_private_data = 洩露資料
name-internet_slang = 網路用語

## ── 忌語：為什麼傷人、該怎麼說 ──

why-blame_customer = 「{ $evidence }」在指責客戶，對方只會急著證明自己沒錯。把「你錯了」換成「也許是我沒說清楚」，和客戶一起找問題出在哪裡。
why-policy_shield = 「{ $evidence }」把責任推給了規定，客戶只聽到「不管」。先說能做什麼，再解釋規定。
why-pass_the_buck = 「{ $evidence }」把客戶推給別人，客戶覺得被踢皮球。告訴他有專人負責、由你來聯絡，並請他留下聯絡方式。
why-commanding = 「{ $evidence }」是命令的口吻，客戶感到被指使。改成「我們希望您能這樣操作，這樣會更好」，把理由說出來。
why-dismissive = 「{ $evidence }」輕描淡寫地打發了客戶的擔心，他只會覺得不被重視。說出你會怎樣解決，讓他真正放心。
why-negative_wording = 「{ $evidence }」用了消極的詞，反而強化了客戶的不快。換成正面的說法，比如把「抱歉久等」換成「感謝您的耐心等待」。
why-argue_back = 「{ $evidence }」在和客戶爭辯，只會火上澆油。不要本能地為自己辯護，先傾聽、認同感受，再澄清事實。
why-threaten = 「{ $evidence }」帶有威脅，衝突會升級，信任也會蕩然無存。真需要劃界限時，禮貌地說明後果，並把選擇交給客戶。
why-lecture = 「{ $evidence }」是在說教，客戶此刻需要的是被理解，而不是被教育。先處理心情，再處理事情。
why-badmouth_company = 「{ $evidence }」當著客戶貶低公司、同事或產品，客戶會懷疑整個賣場的誠信。維護企業形象，用事實讓客戶放心。
why-weak_commitment = 「{ $evidence }」是敷衍的承諾，客戶聽出你沒有把握、也沒打算盡力。說「我一定盡力而為」，並給出明確的回覆時間。
why-share_private_data = 「{ $evidence }」透露了他人的個人資料，這是嚴重違規。不隨意提供客戶資料，可以請對方向本人詢問。
why-internet_slang = 「{ $evidence }」是網路用語，顯得不專業，不少顧客對此反感。工作中請使用專業、書面的表達。

## ── 忌語：提示面板 ──

desc-blame_customer = 避免告訴客戶他錯了、問題出在他身上，這只會激化對立。忌：「你錯了，不是那樣的！」
desc-policy_shield = 避免只拿規定擋住客戶而不給任何幫助。忌：「這是公司的規定，我也沒辦法。」
desc-pass_the_buck = 避免把客戶推到別處而不負責轉接。忌：「這事我不管，您還是找他好了。」
desc-commanding = 避免命令客戶做這做那。忌：「你必須……做。」「聽著，不只這樣的。」
desc-dismissive = 避免輕描淡寫地打發客戶的顧慮。忌：「您沒有必要擔心這些問題。」
desc-negative_wording = 避免強化壞處的字眼。忌：「很抱歉讓你久等」「您問的那個產品賣完了」「重蹈覆轍」。
desc-argue_back = 避免爭辯或為自己辯護，先聽客戶說完。忌：「我們怎麼瞎胡搞了？這個爛攤子跟我們有什麼關係？」
desc-threaten = 威脅是處理他人情緒的負面方式之一，只會讓衝突升級；需要劃界限時用「給定限制」。
desc-lecture = 說教是處理他人情緒的負面方式之一：客戶要的是被理解，不是被教育。
desc-badmouth_company = 避免當著客戶貶低公司、同事或產品。忌：「這些產品也不差勁，你出的是特價的價錢，買的又是瑕疵品。」
desc-weak_commitment = 避免半心半意的承諾，改說「一定盡力而為」並給出時間。忌：「您的問題我試試看吧。」
desc-share_private_data = 不隨意提供客戶資料，不透露任何他人的個人資訊。
desc-internet_slang = 使用聊天工具時用語、用詞要專業、書面，不使用網路用語（這是較輕的風格提醒）。

## ── 情緒儀表 ──

meter-anger = 怒氣
meter-trust = 信任
meter-patience = 耐心
reason-waiting = 客戶等了 { $seconds } 秒
reason-unheard = 回覆裡沒有任何技巧：客戶覺得沒有被聽見
reason-called-for = 回覆給出了此刻需要的：{ $name }

## ── 投訴處理的四個階段 ──

stage-accept = 受理
stage-clarify = 澄清
stage-solve = 方案
stage-follow-up = 回訪

## ── 結局 ──

ending-resolved = 問題解決
ending-won-back = 挽回客戶
ending-rescheduled = 另約時間
ending-escalated = 投訴升級
ending-customer-left = 客戶離開

## ── 客戶類型 ──

temperament-dominant = 支配型
temperament-expressive = 表達型
temperament-amiable = 和藹型
temperament-analytical = 分析型
complaint-factual = 事務型
complaint-attitude = 態度型
complaint-opinion = 意見型

## ── 場景屬性 ──

channel-chat = 線上聊天
channel-phone = 電話
difficulty-easy = 簡單
difficulty-medium = 中等
difficulty-hard = 困難

# 客戶對這則回覆的第一反應（在本節點台詞之前說）。編號：react-<鍵>-<序號>，鍵為 taboo-<忌語id>、
# technique-<技巧id> 或 concrete（給了具體的時間或安排）。性格專屬寫成 react-<性格>-<鍵>-<序號>
# （dominant / expressive / amiable / analytical）。劇本可以在自己的 .ftl 裡用同樣的編號覆蓋，
# 或寫 react-<節點id>-<鍵>-<序號> 只在某個節點裡用。
react-taboo-blame_customer-1 = 怪我？明明是你們的問題！
react-taboo-blame_customer-2 = 我哪裡做錯了？你說清楚。
react-taboo-policy_shield-1 = 公司規定？我問的是怎麼辦！
react-taboo-policy_shield-2 = 別跟我講規定，我要的是解決辦法。
react-taboo-pass_the_buck-1 = 又讓我去找別人？你們就是這樣推來推去的。
react-taboo-pass_the_buck-2 = 不歸你管那歸誰管？
react-taboo-commanding-1 = 你這是在命令我嗎？
react-taboo-commanding-2 = 用不著你來教我該做什麼。
react-taboo-dismissive-1 = 這對你是小事，對我可不是。
react-taboo-dismissive-2 = 你這麼輕描淡寫的，是不當一回事嗎？
react-taboo-negative_wording-1 = 嗯……那接下來怎麼辦？
react-taboo-negative_wording-2 = 好吧，那現在能做什麼？
react-taboo-argue_back-1 = 你還跟我爭起來了？
react-taboo-argue_back-2 = 我不是來跟你吵架的。
react-taboo-threaten-1 = 你這是在威脅我？
react-taboo-threaten-2 = 好啊，那我們走著瞧。
react-taboo-lecture-1 = 不用你給我上課。
react-taboo-lecture-2 = 我不需要聽大道理。
react-taboo-badmouth_company-1 = 連你自己都這麼說，我還怎麼相信你們？
react-taboo-badmouth_company-2 = 你們自己都覺得不可靠啊？
react-taboo-weak_commitment-1 = 那到底能不能辦成，給我一句準話。
react-taboo-weak_commitment-2 = 你這話說了等於沒說。
react-taboo-share_private_data-1 = 別人的資料你們就這麼隨便給？
react-taboo-share_private_data-2 = 那我的資料你們是不是也隨便給別人？
react-taboo-internet_slang-1 = 這話說得也太隨便了吧。
react-taboo-internet_slang-2 = 能不能正經一點說？
react-technique-when_question-1 = 就是這幾天的事，單子上都寫著呢。
react-technique-when_question-2 = 從下單到現在，一直是這樣。
react-technique-topic_shift-1 = 這個嘛……還行吧，先說我的事。
react-technique-topic_shift-2 = 嗯，這個倒還好。
react-technique-commit_timeline-1 = 好，這個時間我記下了。
react-technique-commit_timeline-2 = 行，那我就等到那個時候。
react-technique-offer_alternative-1 = 嗯，這個辦法我可以考慮。
react-technique-offer_alternative-2 = 好，至少有個辦法了。
react-technique-empathy-1 = 你能明白就好。
react-technique-empathy-2 = 嗯……你知道我現在什麼心情就好。
react-technique-apology-1 = 道歉我收下了。
react-technique-apology-2 = 嗯，先聽你怎麼說。
react-technique-paraphrase_confirm-1 = 對，就是這樣。
react-technique-paraphrase_confirm-2 = 沒錯，就是這件事。
react-amiable-technique-offer_alternative-1 = 哎，那就好，謝謝你幫我想辦法。
react-amiable-technique-offer_alternative-2 = 這樣好，這樣我就放心了。
react-concrete-1 = 嗯，好。
react-concrete-2 = 好。
react-analytical-technique-commit_timeline-1 = 好，這個時間我記下了，到時候我會看。
react-analytical-technique-commit_timeline-2 = 行，就照你說的這個時間。
react-dominant-taboo-commanding-1 = 輪不到你來命令我！

# 旁枝問題（assets/reactions/topics.ron）：地址、回電號碼、信箱、急不急、人有沒有事。劇本可以在
# 自己的 .ftl 裡用 react-technique-<提問技巧>-<話題>-<序號> 寫自己的回答。
react-technique-probing_question-address-1 = 就寄訂單上那個地址，沒變。
react-technique-probing_question-address-2 = 地址還是下單時填的那個。
react-technique-probing_question-callback-1 = 就打訂單上留的那支電話，我都有開機。
react-technique-probing_question-callback-2 = 打我下單留的手機就好。
react-technique-probing_question-contact_way-1 = 打電話吧，訊息我不一定會看到。
react-technique-probing_question-contact_way-2 = 打電話就好，直接講清楚。
react-technique-probing_question-email-1 = 寄到訂單上留的那個信箱就好。
react-technique-probing_question-email-2 = 信箱就用我帳號裡那個。
react-technique-probing_question-urgency-1 = 滿急的，越快越好。
react-technique-probing_question-urgency-2 = 急啊，不急我也不會來找你們。
react-technique-probing_question-at_home-1 = 白天家裡有人，直接送來就好。
react-technique-probing_question-at_home-2 = 家裡通常有人，送之前先打個電話比較好。
react-technique-probing_question-wellbeing-1 = 人沒事，謝謝關心。
react-technique-probing_question-wellbeing-2 = 人是沒事啦……就是心裡很悶。

# 二選一的問題（「您看是補寄還是退款？」）：客戶選最後一個選項，用回覆裡的原話（$option，「您」已換成「我」）。
react-choice-1 = 那就{ $option }吧。
react-choice-2 = { $option }好了，就這樣。
react-choice-3 = { $option }就可以了。
react-dominant-choice-1 = { $option }，快點處理。
react-dominant-choice-2 = 就{ $option }，不要再拖了。
react-amiable-choice-1 = 那就{ $option }吧，麻煩你了。
react-amiable-choice-2 = { $option }就好，謝謝你。

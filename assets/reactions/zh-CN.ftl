# 客户对这条回复的第一反应（在本节点台词之前说）。编号：react-<键>-<序号>，键为 taboo-<忌语id>、
# technique-<技巧id> 或 concrete（给了具体的时间或安排）。性格专属写成 react-<性格>-<键>-<序号>
# （dominant / expressive / amiable / analytical）。剧本可以在自己的 .ftl 里用同样的编号覆盖，
# 或写 react-<节点id>-<键>-<序号> 只在某个节点里用。
react-taboo-blame_customer-1 = 怪我？明明是你们的问题！
react-taboo-blame_customer-2 = 我哪里做错了？你说清楚。
react-taboo-policy_shield-1 = 公司规定？我问的是怎么办！
react-taboo-policy_shield-2 = 别跟我讲规定，我要的是解决办法。
react-taboo-pass_the_buck-1 = 又让我去找别人？你们就是这样推来推去的。
react-taboo-pass_the_buck-2 = 不归你管那归谁管？
react-taboo-commanding-1 = 你这是在命令我吗？
react-taboo-commanding-2 = 用不着你来教我该干什么。
react-taboo-dismissive-1 = 这对你是小事，对我可不是。
react-taboo-dismissive-2 = 你这么轻描淡写的，是不当回事吗？
react-taboo-negative_wording-1 = 嗯……那接下来怎么办？
react-taboo-negative_wording-2 = 好吧，那现在能做什么？
react-taboo-argue_back-1 = 你还跟我争起来了？
react-taboo-argue_back-2 = 我不是来跟你吵架的。
react-taboo-threaten-1 = 你这是在威胁我？
react-taboo-threaten-2 = 好啊，那我们走着瞧。
react-taboo-lecture-1 = 不用你给我上课。
react-taboo-lecture-2 = 我不需要听大道理。
react-taboo-badmouth_company-1 = 连你自己都这么说，我还怎么相信你们？
react-taboo-badmouth_company-2 = 你们自己都觉得不靠谱啊？
react-taboo-weak_commitment-1 = 那到底能不能办成，给我句准话。
react-taboo-weak_commitment-2 = 你这话说了等于没说。
react-taboo-share_private_data-1 = 别人的信息你们就这么随便给？
react-taboo-share_private_data-2 = 那我的信息你们是不是也随便给别人？
react-taboo-internet_slang-1 = 这话说得也太随便了吧。
react-taboo-internet_slang-2 = 能不能正经点说？
react-technique-when_question-1 = 就是这几天的事，单子上都写着呢。
react-technique-when_question-2 = 从下单到现在，一直是这样。
react-technique-topic_shift-1 = 这个嘛……还行吧，先说我的事。
react-technique-topic_shift-2 = 嗯，这个倒还好。
react-technique-commit_timeline-1 = 好，这个时间我记下了。
react-technique-commit_timeline-2 = 行，那我就等到那个时候。
react-technique-offer_alternative-1 = 嗯，这个办法我可以考虑。
react-technique-offer_alternative-2 = 好，至少有个办法了。
react-technique-empathy-1 = 你能明白就好。
react-technique-empathy-2 = 嗯……你知道我现在什么心情就好。
react-technique-apology-1 = 道歉我收下了。
react-technique-apology-2 = 嗯，先听你怎么说。
react-technique-paraphrase_confirm-1 = 对，就是这样。
react-technique-paraphrase_confirm-2 = 没错，就是这个事。
react-amiable-technique-offer_alternative-1 = 哎，那就好，谢谢你帮我想办法。
react-amiable-technique-offer_alternative-2 = 这样好，这样我就放心了。
react-concrete-1 = 嗯，好。
react-concrete-2 = 好。
react-analytical-technique-commit_timeline-1 = 好，这个时间我记下了，到时候我会看。
react-analytical-technique-commit_timeline-2 = 行，就按你说的这个时间。
react-dominant-taboo-commanding-1 = 轮不到你来命令我！

# 旁枝问题（assets/reactions/topics.ron）：地址、回电号码、邮箱、急不急、人有没有事。剧本可以在
# 自己的 .ftl 里用 react-technique-<提问技巧>-<话题>-<序号> 写自己的回答。
react-technique-probing_question-address-1 = 就寄订单上那个地址，没变。
react-technique-probing_question-address-2 = 地址还是下单时填的那个。
react-technique-probing_question-callback-1 = 就打订单上留的那个号码，我一直开着机。
react-technique-probing_question-callback-2 = 打我下单留的手机就行。
react-technique-probing_question-contact_way-1 = 打电话吧，消息我不一定看得到。
react-technique-probing_question-contact_way-2 = 打电话就行，直接说清楚。
react-technique-probing_question-email-1 = 发到订单上留的那个邮箱就行。
react-technique-probing_question-email-2 = 邮箱就用我账号里那个。
react-technique-probing_question-urgency-1 = 挺急的，越快越好。
react-technique-probing_question-urgency-2 = 急啊，不急我也不会来找你们。
react-technique-probing_question-at_home-1 = 白天家里有人，直接送就行。
react-technique-probing_question-at_home-2 = 家里一般有人，送之前打个电话更好。
react-technique-probing_question-wellbeing-1 = 人没事，谢谢关心。
react-technique-probing_question-wellbeing-2 = 人倒是没事……就是心里堵得慌。

# 二选一的问题（“您看是补发还是退款？”）：客户选最后一个选项，用回复里的原话（$option，“您”已换成“我”）。
react-choice-1 = 那就{ $option }吧。
react-choice-2 = { $option }吧，就这么办。
react-choice-3 = { $option }就行。
react-dominant-choice-1 = { $option }，赶紧办。
react-dominant-choice-2 = 就{ $option }，别再拖了。
react-amiable-choice-1 = 那就{ $option }吧，麻烦你了。
react-amiable-choice-2 = { $option }就好，谢谢你。

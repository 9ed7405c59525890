# The customer's first reaction to a reply (said before the beat's line). Ids:
# react-<key>-<n>, where the key is taboo-<taboo id>, technique-<technique id> or concrete (a
# time or a plan was given). For one temperament: react-<temperament>-<key>-<n> (dominant,
# expressive, amiable, analytical). A scenario overrides any of them with the same id in its
# own .ftl, or for one beat with react-<beat id>-<key>-<n>.
react-taboo-blame_customer-1 = My fault? This is your problem!
react-taboo-blame_customer-2 = What exactly did I do wrong? Tell me.
react-taboo-policy_shield-1 = Company policy? I asked what you're going to do!
react-taboo-policy_shield-2 = Don't quote rules at me, I want a solution.
react-taboo-pass_the_buck-1 = Go and ask someone else? That's how you pass people around.
react-taboo-pass_the_buck-2 = If it isn't your job, whose is it?
react-taboo-commanding-1 = Are you giving me orders?
react-taboo-commanding-2 = I don't need you telling me what to do.
react-taboo-dismissive-1 = It may be nothing to you. It isn't to me.
react-taboo-dismissive-2 = You're brushing this off, aren't you?
react-taboo-negative_wording-1 = Right... so what happens now?
react-taboo-negative_wording-2 = OK. So what can you do now?
react-taboo-argue_back-1 = Now you're arguing with me?
react-taboo-argue_back-2 = I didn't come here to argue.
react-taboo-threaten-1 = Is that a threat?
react-taboo-threaten-2 = Fine. We'll see about that.
react-taboo-lecture-1 = I don't need a lecture.
react-taboo-lecture-2 = Spare me the speech.
react-taboo-badmouth_company-1 = If you say so yourself, how can I trust you?
react-taboo-badmouth_company-2 = Even you think your shop is unreliable?
react-taboo-weak_commitment-1 = So will it happen or not? Give me a straight answer.
react-taboo-weak_commitment-2 = That tells me nothing.
react-taboo-share_private_data-1 = You just hand out other people's details like that?
react-taboo-share_private_data-2 = So you'd give my details away too?
react-taboo-internet_slang-1 = That sounds a bit offhand.
react-taboo-internet_slang-2 = Could you be a little more professional?
react-technique-when_question-1 = It's been the last few days; it's all on the order.
react-technique-when_question-2 = Ever since I ordered, it's been like this.
react-technique-topic_shift-1 = Well... it's all right. Back to my problem, though.
react-technique-topic_shift-2 = Hm, that part's fine.
react-technique-commit_timeline-1 = Right, I've noted that time.
react-technique-commit_timeline-2 = OK, I'll wait until then.
react-technique-offer_alternative-1 = Hm, I could consider that.
react-technique-offer_alternative-2 = All right, at least that's an option.
react-technique-empathy-1 = Good that you understand.
react-technique-empathy-2 = Well... at least you see how I feel.
react-technique-apology-1 = Apology accepted, for now.
react-technique-apology-2 = Mm. Let's hear what you have to say.
react-technique-paraphrase_confirm-1 = Yes, that's it exactly.
react-technique-paraphrase_confirm-2 = Right, that's the problem.
react-amiable-technique-offer_alternative-1 = Oh, that's a relief. Thank you for finding a way.
react-amiable-technique-offer_alternative-2 = That sounds good. I feel better already.
react-concrete-1 = Mm, OK.
react-concrete-2 = OK.
react-analytical-technique-commit_timeline-1 = Right, I've noted that time. I'll be checking.
react-analytical-technique-commit_timeline-2 = Fine, we go by the time you gave.
react-dominant-taboo-commanding-1 = You don't get to order me about!

# Side questions (assets/reactions/topics.ron): address, callback number, email, urgency, whether
# anyone is hurt. A scenario can write its own answers in its .ftl as
# react-technique-<question>-<topic>-<n>.
react-technique-probing_question-address-1 = Same address as on the order, nothing's changed.
react-technique-probing_question-address-2 = The address on the order is fine.
react-technique-probing_question-callback-1 = The number on the order is fine, I'll keep my phone on.
react-technique-probing_question-callback-2 = Just call the number on my account.
react-technique-probing_question-contact_way-1 = A call, please. I don't always see messages.
react-technique-probing_question-contact_way-2 = Just call me, it's quicker.
react-technique-probing_question-email-1 = The email on the order is fine.
react-technique-probing_question-email-2 = Use the email on my account.
react-technique-probing_question-urgency-1 = Pretty urgent, honestly. The sooner the better.
react-technique-probing_question-urgency-2 = Urgent, or I wouldn't be writing to you.
react-technique-probing_question-at_home-1 = Someone's home during the day, just bring it.
react-technique-probing_question-at_home-2 = Usually someone's in. A call before would be good.
react-technique-probing_question-wellbeing-1 = I'm fine, thanks for asking.
react-technique-probing_question-wellbeing-2 = Nobody's hurt... I'm just really upset.

# A question that offers a choice ("Reship or refund?"): she takes the last option, in the reply's
# own words ($option, capitalised, "you" turned into "me").
react-choice-1 = { $option }, please.
react-choice-2 = { $option }. That works for me.
react-choice-3 = { $option } it is, then.
react-dominant-choice-1 = { $option }. Just get it done.
react-dominant-choice-2 = { $option }, and no more delays.
react-amiable-choice-1 = { $option }, please. Thank you.
react-amiable-choice-2 = { $option } would be lovely, thanks.

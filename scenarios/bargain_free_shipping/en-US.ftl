title = Haggling for free shipping
briefing = Auntie Chen lives in Altay, Xinjiang. She likes the shop's mulberry silk quilts and wants two (one for her daughter); she opens by asking for a discount and free shipping. The price is the same nationwide and you have no authority to change it; Xinjiang is a remote area and the ¥25 shipping can't be waived. She is the amiable type: polite, hates to be a bother, and when she feels snubbed she won't argue, she'll just quietly leave. Thank her and make her feel welcome, then say "no" gently and lead with what you can do.
persona-name = Auntie Chen

case-order-item = Item: 6A mulberry silk quilt 200×230 cm, spring/autumn weight
case-order-price = Price: ¥368.00 each (nationwide price)
case-order-cart = Cart: 2 quilts, ¥736.00 total, delivery to Altay, Xinjiang
case-log-origin = Ships from the Huzhou warehouse (Zhejiang); orders before 12:00 go out the same day
case-log-route = To Xinjiang: ZTO about 7–9 days; China Post about 5–7 days, more reliable to outlying towns
case-policy-price = Price: nationwide price; agents cannot change prices
case-policy-remote = Remote areas (Xinjiang, Tibet…) are excluded from free shipping: ¥25 per order; several items in one order ship in one parcel, charged once
case-policy-promo = This week: shop voucher ¥30 off orders over ¥600; buy two quilts, get a pair of silk pillowcases

opening-1 = Hello there! I'd like two of these silk quilts, one's for my daughter. Could you make it a bit cheaper? I'm in Xinjiang, so could you do free shipping too?
opening-2 = Hello, anyone there? I've got my eye on your silk quilts and I'd like two. Can you knock a little off the price? Nobody ever ships free out here in Xinjiang, sigh.
opening-3 = Hello dear, I'm not very good with these apps at my age. How much cheaper would two quilts be? I'm in Altay, could you waive the shipping?

price-1 = Oh, go on, a little cheaper. Six hundred for the two, how's that? Other shops sell them too, you know.
price-2 = I'm not asking for much, just twenty or thirty off each. Please?

shipping-1 = I understand about the price. It's just the shipping: everything costs extra out here, and twenty-odd yuan is still money. Can't it really be waived?
shipping-2 = All right, never mind the price. But could you do something about the shipping? Xinjiang is part of China too, and some shops do ship free.
shipping-3 = And the shipping... can't it come down even a little? I'm only asking, dear.

hurt-1 = Oh, I was only asking. The way you put it doesn't feel very nice.
hurt-2 = Dear, I'm old and I don't understand these things. Couldn't you say it a bit more kindly... Never mind, I'll look at another shop.

wrapup-1 = All right, all right, I understand about the shipping now. I'll order then; please send it off soon.
wrapup-2 = OK, I'll do as you say. I'm ordering now, please add a note for me.
wrapup-3 = Well then, I'll buy from you. I'm ordering now; please keep an eye on it for me.
wrapup-4 = Right, I'll go and place the order now. Thank you, dear.

choice-opening-good = Hello, this is Zhou from the shop, thank you so much for reaching out! Two quilts, and one for your daughter too, that's lovely.
choice-opening-slang = Hey dear~ no haggling here hun, and no free shipping to remote areas~
choice-opening-dismiss = The price is fixed. No haggling, and you pay the shipping.
choice-price-good = I'm sorry, but I'm not able to change the price, it's the same nationwide. What I can do is send you a ¥30-off voucher for orders over ¥600, so you save ¥30 on the two, and I'll add a pair of pillowcases as a gift.
choice-price-dismiss = No haggling. The price is already low. Take it or leave it.
choice-price-slang = Sorry hun~ that's already the lowest price, can't change it~ lol
choice-shipping-good = I completely understand how frustrating it is to always pay extra for shipping out there. I'm afraid I can't waive the ¥25, but the good news is I can ship both quilts in one parcel, so you only pay shipping once, and I'll send it by China Post, which is more reliable to Altay.
choice-shipping-shield = Remote areas don't get free shipping. That's the rule.
choice-shipping-dismiss = It's only ¥25, that's not much. Don't be so fussy.
choice-hurt-good = I'm sorry, that came out too bluntly. I'm really grateful you want to buy from us, and I'll do my best to help.
choice-hurt-bad = I'm just being honest. If you don't want to buy, that's fine.
choice-wrapup-good = Thank you for trusting us! As soon as you place the order I'll mark it to ship in one parcel before noon tomorrow and send you the tracking number. If there's anything else, just message me. Stay warm, you and your daughter!
choice-wrapup-slang = OK hun~ just place the order lol~

end-resolved = Auntie Chen happily placed her order and said "you're a pleasure to talk to." You didn't give her the discount or the free shipping, but you thanked her, truly understood her, and led with what you could do (voucher, pillowcases, one parcel), so even "no" felt warm.
end-won-back = Auntie Chen was hurt for a moment and almost left, but you apologised in time and warmed up your words; she still placed the order and followed the shop. Next time, don't let her feel that sting in the first place.
end-resolved-cool = Auntie Chen ordered, but felt a little cold about it: your replies were quick and canned, and she didn't feel taken seriously. Greet and thank her first, and give your "no" some warmth.
end-escalated = Auntie Chen didn't argue. She just wrote in her review: "The agent was curt, impatient even when I asked about the price." Amiable customers don't complain to your face, but they remember.
end-left = Auntie Chen quietly closed the chat and bought elsewhere. Amiable customers who feel snubbed don't argue; they leave.

# Auntie Chen's reactions to a reply (override assets/reactions): amiable, she is hurt rather than combative.
react-taboo-policy_shield-1 = Oh... so that's the rule.
react-taboo-policy_shield-2 = I don't know about rules, dear, I was only asking.
react-taboo-internet_slang-1 = I don't really understand that internet talk, dear.
react-taboo-internet_slang-2 = Dear, could you talk a bit more properly?
react-taboo-dismissive-1 = I was only asking, dear, don't be cross with me.
react-taboo-dismissive-2 = Oh... I shouldn't have asked, then.
react-taboo-lecture-1 = I'm getting on, dear, explain it slowly.
react-taboo-argue_back-1 = I'm not trying to argue with you, dear.
react-taboo-negative_wording-1 = Oh, so it's all a no, then.
react-technique-apology-1 = Oh, no need to apologise, I was only asking.
react-technique-apology-2 = That's all right, that's all right.
react-technique-offer_alternative-1 = Oh, that's nice too, thank you, dear.
react-technique-offer_alternative-2 = Mm, that'll do; you've thought of everything.
react-technique-offer_alternative-3 = Lovely, that puts my mind at ease.
react-price-technique-offer_alternative-1 = Oh, a voucher and pillowcases too; all right, I won't haggle over the price any more.
react-price-technique-offer_alternative-2 = That'll do; I won't argue about the price, then.
react-wrapup-technique-probing_question-1 = Just write: both quilts in one parcel, by China Post, and don't forget the pillowcases.
react-wrapup-technique-probing_question-2 = Put down that the two go together by China Post; that's all, dear.
react-concrete-1 = Oh, I see.
react-concrete-2 = Mm, all right.
react-technique-when_question-1 = It's getting cold, so the sooner the better.
react-technique-when_question-2 = No rush, I'd just like them before winter sets in.
react-opening-technique-probing_question-1 = Yes, one's for my daughter; both the 200×230 ones.
react-opening-technique-probing_question-2 = The two in my cart: one for me and one for my daughter.
react-price-technique-probing_question-1 = I'd just like it a little cheaper, dear.
react-shipping-technique-probing_question-1 = It's just that the shipping seems a lot.
react-hurt-technique-probing_question-1 = I only wanted to ask about the price.

react-technique-empathy-1 = Yes, dear, I'm glad you understand.
react-technique-empathy-2 = Oh, hearing you say that makes me feel much better.
# She answers a change-of-topic question: who the two quilts are for.
react-technique-topic_shift-1 = That's right, one is for me and one is for my daughter.
react-technique-topic_shift-2 = Yes, one is for my daughter, she feels the cold.

# Asked about topic "town" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-town-1 = I'm in Altay city itself, not out in the villages; the post office delivers right to my door.
react-technique-when_question-town-2 = Right in town, nothing remote; parcels usually reach me fine.
react-technique-probing_question-town-1 = I'm in Altay city itself, not out in the villages; the post office delivers right to my door.
react-technique-probing_question-town-2 = Right in town, nothing remote; parcels usually reach me fine.

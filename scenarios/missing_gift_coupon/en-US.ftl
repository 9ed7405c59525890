title = Where's my free gift?
briefing = Ms Lin bought an air fryer. The product page said "free baking paper and silicone tongs with every order, plus a ¥20 coupon once you confirm receipt". The fryer arrived yesterday, but there's no gift, and the coupon never came after she confirmed receipt. She is the amiable type: polite, and even wondering whether she did something wrong. Don't doubt her, and don't give a vague "I'll try"; apologise, find out what happened, own the mistake, give her an exact time, and close warmly.
persona-name = Ms Lin

case-order-number = Order: 20261119-40672
case-order-item = Item: 5 L air fryer with window, cream ×1, paid ¥399.00
case-order-promise = Promotion: free 50 sheets of baking paper + 1 silicone tongs per order; ¥20 repurchase coupon after confirming receipt
case-order-confirmed = 22 Nov 21:06 buyer confirmed receipt
case-log-pack = 20 Nov packing slip: air fryer ×1 (no gift line)
case-log-signed = 22 Nov 14:20 delivered
case-log-coupon = Coupon log: 22 Nov 21:06 issue failed (campaign coupon set up wrongly)
case-policy-gift = Missing gift: once checked, sent separately for free, out before 17:00 the same day
case-policy-coupon = Failed campaign coupon: agents can reissue it by hand; arrives within 5 minutes

opening-1 = Hi, my air fryer arrived yesterday and it's great. But the free gift from the product page, the baking paper and the tongs, I can't find them anywhere. Did they get left out?
opening-2 = Sorry to bother you. My air fryer came, but I didn't see the free gift, and I never got the ¥20 coupon after confirming receipt either...
opening-3 = Hello? Sorry to ask, but it looks like I didn't get the gift or the coupon. Did I do something wrong?

doubted-1 = I went through the box several times, even took the foam apart. It's really not there... The way you say it doesn't feel very nice.
doubted-2 = I'm not trying to get something for nothing... but you make it sound like I'm lying to get a freebie.
doubted-3 = That doesn't feel very nice to hear... I only want the gift and the coupon I was promised.

unsure-1 = So it might not get sorted? I only ordered because of the gift...
unsure-2 = Oh, and what if you can't find out? Is anyone actually going to take care of this?

check-1 = OK, please have a look. The coupon was supposed to go to my account after I confirmed receipt, and I did that last night.
check-2 = OK, thank you. The order arrived yesterday; the gift was supposed to be baking paper and a pair of tongs.
check-3 = Then could you look into it for me, please? I'll wait here.
check-4 = That's all right... So what happens now with the gift and the coupon?

found-1 = So, did you find anything? Was it left out?
found-2 = OK, I'll wait... Did you find out what happened?
found-3 = OK, thank you. So roughly when can the gift be sent out?
found-4 = Oh good. Roughly when will it all be sorted? Just so I know.

wrap-1 = OK, great, I'll wait then. Thank you!
wrap-2 = Oh, that's a relief. I'll wait for it to arrive then.
wrap-3 = Oh, the coupon's there, I can see it. I'll wait for the gift then.

choice-opening-good = Hello, this is An from customer service. I'm so sorry your delivery came with something missing. Let me look into the gift and the coupon for you right away.
choice-opening-blame = You probably didn't look carefully. The gift is usually tucked into the foam.
choice-opening-weak = I'll try and ask around, but I can't promise anything.
choice-doubted-good = I'm so sorry, that came out wrong. I wasn't doubting you at all. Let me check the shipping record right now.
choice-doubted-bad = I'm just saying, lots of customers simply don't look properly.
choice-unsure-good = I'm sorry, I didn't explain that clearly. The gift and the coupon were promised in the promotion, and we will definitely make it right. Rest assured.
choice-unsure-bad = I can't really say. It depends on the warehouse.
choice-check-good = Please give me two minutes while I check the packing record and the coupon record for this order.
choice-check-probe = May I just check one thing: was there a small white bag inside the outer box? The gift is usually packed in one.
choice-check-blame = You didn't read the promotion rules, did you? You have to claim the coupon yourself.
choice-found-good = I found it, and it was our mistake: the warehouse left the gift out when packing, and the coupon failed because of a setup error on our side. I'm really sorry. I'm sending the gift separately today, I've just reissued your ¥20 coupon by hand, and I'll get back to you with the tracking number by 5 pm today.
choice-found-weak = I'll try, but I'm not sure we can still send it.
choice-found-blame = The gifts were limited, first come first served, and as for the coupon, you didn't read the rules.
choice-wrap-good = Thank you for your patience and understanding. Once the gift ships I'll put the tracking number in your order notes. If anything else comes up, feel free to message me. Enjoy your air fryer!
choice-wrap-bad = Mm, just wait for it. If there's nothing else, I'm busy.

end-resolved = Ms Lin got her coupon, the gift arrived the next day, and her review said "the agent was really responsible." You apologised from the start, owned what you found, gave an exact time and closed warmly; that steadiness is what amiable customers need most.
end-won-back = Ms Lin felt doubted and fobbed off for a moment, but you apologised in time and made it concrete, and in the end she felt reassured and followed the shop. Next time, spare her that moment altogether.
end-resolved-cool = The gift and the coupon were sorted, but Ms Lin found the whole exchange cold. A greeting and an apology at the start, and thanks with an open door at the end, change everything.
end-left = Ms Lin didn't argue. She quietly closed the chat and left a lukewarm review: "Gift never came, and the agent doubted me." Amiable customers who feel wronged don't fight; they leave.
end-escalated = The more Ms Lin thought about it, the more wronged she felt, and she asked the platform to step in. We left the gift out; owning it and giving a time would have kept it from going this far.

# Ms Lin's reactions to a reply (override assets/reactions): questions get answers from the case file.
react-technique-probing_question-1 = There was only the air fryer and the manual in the box, and I went through the foam; I confirmed receipt a bit after nine last night.
react-technique-probing_question-2 = I've checked: no gift in the box, and no coupon on my coupons page since I confirmed receipt last night.
react-found-technique-probing_question-1 = OK, I'll have a look.
react-found-technique-probing_question-2 = Mm, I'll check in a moment.
react-technique-when_question-1 = It was delivered a bit after two yesterday afternoon, and I confirmed receipt after nine in the evening.
react-technique-when_question-2 = I ordered on 19 Nov and it came yesterday.
react-technique-apology-1 = Oh, that's all right, don't worry.
react-technique-apology-2 = Mm, no problem.

react-taboo-blame_customer-1 = I... I really did look carefully.
react-taboo-blame_customer-2 = Did I do something wrong...?
react-taboo-weak_commitment-1 = Oh... I see.
react-taboo-weak_commitment-2 = Mm... all right.
react-taboo-internet_slang-1 = I'm not really used to being spoken to like that...
react-taboo-internet_slang-2 = Um... that sounds a bit offhand.
react-taboo-dismissive-1 = Maybe it's a small thing to you...
react-taboo-policy_shield-1 = I don't really know about the rules... I was only asking about the gift.
react-taboo-argue_back-1 = I didn't mean to argue with you...

react-technique-commit_timeline-1 = Oh, good, that's clear.
react-technique-commit_timeline-2 = Mm, got it, thank you.

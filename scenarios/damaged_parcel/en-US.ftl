title = The broken birthday present
briefing = Ms Liu is on the phone: the carousel snow-globe music box she bought for her son arrived yesterday in a crushed box, glass everywhere. Her boy has wanted it for over a month and his birthday is this Saturday. She is expressive and talkative and needs to be heard first. Take in her feelings, pick up on the child she mentions, then give her options and exact times. Don't put the blame on her, and don't send her off to the courier.
persona-name = Ms Liu

case-order-number = Order: 20261120-30418
case-order-item = Item: Carousel snow-globe music box (glass) ×1
case-order-paid = Paid: ¥268.00 on 20 Nov, 21:47
case-order-note = Buyer's note: it's my son's 6th birthday present, for his party on Saturday, please pack it well
case-log-picked = 21 Nov 18:05 picked up (Yiwu warehouse)
case-log-hub = 23 Nov 07:40 arrived at Beijing Shunyi hub
case-log-signed = 24 Nov 10:32 delivered (signed by recipient)
case-policy-damage = Damaged in transit: with photos within 48 h of delivery, free replacement or full refund; the broken item need not be returned; the shop pays shipping
case-policy-express = Replacements can ship from the Beijing warehouse by SF Express: out before 16:00, delivered next day; fragile items can get a wooden crate

opening-1 = Hello? Is this the snow-globe shop? My parcel came yesterday, the box was completely crushed and the globe inside is smashed to pieces. There's glass all over my floor!
opening-2 = Let me tell you, what you sent me is unbelievable! I open the box and it's all broken glass, water all over the table, I nearly cut my hand!
opening-3 = Hi, I want to make a complaint. I paid over two hundred yuan for a snow-globe music box and got a pile of shards. How on earth did you pack it?

unheard-1 = Hold on, don't start telling me the procedure! Do you have any idea how I felt when I opened that box?
unheard-2 = Wait, are you even listening? I'm telling you it's broken and I nearly got hurt!
unheard-3 = Is that all you're going to ask me? My heart sank when I opened that box, do you understand?

hurt-1 = Excuse me? You shipped it, it broke, and now it's somehow my problem?
hurt-2 = I called so you'd fix this, not so you could push it onto someone else! Is this how you do business?
hurt-3 = Right, I get it. You just don't want to deal with it. Fine, I'll file a complaint with the platform.
hurt-4 = That makes me trust this even less. It broke on your watch, and I want to hear you take responsibility.
hurt-5 = I'm really upset now. My son's present is gone. How exactly are you going to make this right?
hurt-6 = I just need to be able to tell my son, for certain, that it's coming.

birthday-1 = You know what, this was my son's birthday present. He's been waiting for it for over a month, his birthday is this Saturday, and now what am I supposed to give him?
birthday-2 = I wanted to surprise my boy on Saturday... He talks about that spinning carousel every day. Now it's all ruined.
birthday-3 = If a new one can really be here before Saturday, then that's what I want. He doesn't want anything else. Sorry, I'm still a bit shaken.
birthday-4 = Sorry, I keep going on about it. I just want him to have his present on Saturday.

options-1 = Sigh... So what now? Can this still be sorted before Saturday?
options-2 = Fine, tell me. What are you going to do about it? All I want is for my son to have his present on Saturday.
options-3 = Just tell me straight: can you send a new one, and will it get here before Saturday?
options-4 = All right, a new one then, and before Saturday. What do you need from me?

confirm-1 = If you send a new one, what stops it breaking again? You packed it like that last time. Will it really get here before Friday?
confirm-2 = A replacement is fine, but I need to know exactly when it arrives. I've got a party to plan on Saturday.
confirm-3 = Then just send me a new one. When will it get here? I've got a party to plan on Saturday.
confirm-4 = Fine, send a new one. But you packed it like that last time, so how are you packing it now? I don't want it broken again.
confirm-5 = I'm just scared it'll break again. How exactly are you packing it this time?
confirm-6 = All right, I'm holding you to it this time. Just keep me posted until it's in my hands.

wrapup-1 = All right, I'll wait to hear from you then.
wrapup-2 = OK. Please don't let anything go wrong this time.
wrapup-3 = OK, let's do that. If you need photos, I'll take them right after this call; I've kept the box and the pieces. I'll wait to hear from you.

# This scenario's reactions: questions get the case's answers (signed for yesterday morning, nobody hurt, he turns six on Saturday); options offered, she picks the resend; a vague promise is not quoted back.
react-opening-technique-empathy-1 = Thank you for understanding. Nobody got hurt, I'm just gutted.
react-opening-technique-empathy-2 = Mm... at least nobody got cut, but it's completely ruined.
react-opening-technique-apology-1 = Apology accepted. Nobody got hurt, at least, but it's ruined.
react-opening-technique-apology-2 = At least you admit it's on your side. Nobody was hurt, I'm just gutted.
react-opening-technique-probing_question-1 = The order is 20261120-30418, signed for yesterday morning, and it was like this the moment I opened it. I'll take photos right after this call; the pieces are still on the table, and I nearly cut my hand on them.
react-opening-technique-probing_question-2 = Order 20261120-30418, it came yesterday morning, and it's all in pieces. I can take photos now if you need them; I've kept the box and the glass.
react-technique-probing_question-1 = I've kept the box and all the pieces; I'll take photos right after this call.
react-technique-probing_question-2 = It was signed for yesterday morning and broken the moment I opened it. I've kept everything, if you need photos.
react-birthday-technique-probing_question-1 = Yes, the new one, please. He doesn't want anything else. And I've kept the box and the pieces, if you need them.
react-birthday-technique-probing_question-2 = The new one, please, that's all he wants.
react-options-technique-probing_question-1 = The new one, then. And I'll take photos of the box and the pieces right after this call.
react-options-technique-probing_question-2 = Yes, go ahead with the new one. I've kept the box and the pieces, so photos are no problem.
react-confirm-technique-probing_question-1 = The new one, then. And I'll take photos of the box and the pieces right after this call.
react-confirm-technique-probing_question-2 = Yes, go ahead with the new one. I've kept the box and the pieces, so photos are no problem.
react-technique-when_question-1 = It was signed for yesterday at about half past ten in the morning, and I opened it right away.
react-technique-when_question-2 = It came yesterday morning and I opened it on the spot.
react-technique-topic_shift-1 = He's turning six on Saturday. His eyes light up whenever he talks about that spinning carousel.
react-technique-topic_shift-2 = He'll be six on Saturday. We're having a little party at home, and it was all about that carousel.
react-opening-technique-topic_shift-1 = He's fine, he didn't get near the glass, thank goodness. He turns six on Saturday.
react-opening-technique-topic_shift-2 = He's all right, I swept it up before he saw. He turns six on Saturday, and it was all about that carousel.
react-technique-offer_alternative-1 = Send a new one, then. He's been waiting for it.
react-technique-offer_alternative-2 = I want the present, not the money. Send a new one.
react-opening-technique-offer_alternative-1 = Never mind replacements and refunds for a second!
react-opening-technique-offer_alternative-2 = Forget the refund talk for a moment and let me finish.
react-unheard-technique-offer_alternative-1 = Never mind replacements and refunds for a second!
react-unheard-technique-offer_alternative-2 = Forget the refund talk for a moment and let me finish.
react-taboo-weak_commitment-1 = That doesn't sound very sure. Will it make it by Saturday or not?
react-taboo-weak_commitment-2 = That tells me nothing. I need a straight answer.
react-concrete-1 = Mm, I'll hold you to that.
react-concrete-2 = OK, noted.

choice-opening-good = Ms Liu, I'm so sorry. Opening a box full of broken glass, and nearly cutting your hand on it, is awful. I completely understand how upset you are.
choice-opening-blame = Why didn't you check it in front of the courier when you signed for it? That's on you.
choice-opening-buck = It was crushed in transit, so you'll need to file a claim with the courier.
choice-unheard-good = I'm sorry, I got ahead of myself. Finding a box of broken glass must have been so upsetting. Please go on, I'm listening.
choice-unheard-bad = Please calm down, it's broken, that's all. We'll just send another one.
choice-hurt-good = I said that wrong, and I'm truly sorry. We shipped it, so this is ours to fix, and I'll handle it myself. You won't have to chase anyone.
choice-hurt-bad = I'm just telling you the procedure. If you talk to me like that, there's nothing I can do.
choice-birthday-good = Oh, so it was his birthday present. How old is your son turning on Saturday?
choice-birthday-ok = He's been looking forward to it for so long. If I were in your shoes, I'd be heartbroken too.
choice-birthday-bad = In future, with fragile items, you should open them in front of the courier. Then this wouldn't happen.
choice-options-good = Here's what I can offer: we can send you a brand-new one today from our Beijing warehouse by next-day express, or, if you prefer, we refund you in full and you don't need to send the pieces back. Which would you prefer?
choice-options-buck = Items damaged by the courier have to go through the courier first. Once they've settled who's responsible, we can deal with it.
choice-options-weak = I'll try to resend it, but I can't promise it'll make it by Saturday.
choice-confirm-good = This time I'll have the warehouse pack it in a wooden crate, and it goes out on the 4 pm express today. I'll call you by 5 pm with the tracking number, and it will be at your door by 6 pm on Friday.
choice-confirm-bad = I can't really say when it'll arrive, that's up to the courier. It's out of my hands.
choice-wrapup-good = Thank you for being so understanding. If anything comes up, just call this number and ask for me. And happy birthday to your son!
choice-wrapup-bad = Right, it's just a snow globe, no big deal. The new one's coming, so I'll hang up now.

end-won-back = Before hanging up, Ms Liu laughed and said "thank you from my son." You took in her heartbreak and anger first, then picked up on the boy she mentioned, and her mind moved from "it's broken" to "Saturday". After that, options and exact times made it easy for her to trust you again.
end-resolved = The replacement is arranged and Ms Liu accepted it. When she brought up her son's birthday, a word about him (how old is he? how's the party coming along?) would have cooled her down faster and made the call warmer.
end-resolved-cool = It got done, but Ms Liu hung up still fuming. Look back: which line made her feel blamed, rushed, or unheard?
end-escalated = Ms Liu felt the shop was blaming her and passing her off to the courier, and filed a complaint with the platform. The shop shipped the damaged item: apologise and own it first. Chasing the courier afterwards is our job, not hers.
end-left = Ms Liu gave up and hung up, then ordered from another shop. Silence on the phone wears people down: answer quickly, and when you need to look something up, tell her what you're doing.

# Asked about the birthday (topic "birthday" in scenario.ron), she answers about it.
react-technique-when_question-birthday-1 = This Saturday. He turns six, and the party's on Saturday.
react-technique-when_question-birthday-2 = This Saturday! He's turning six and the party's all planned.
react-technique-probing_question-birthday-1 = This Saturday. He turns six, and the party's on Saturday.
react-technique-probing_question-birthday-2 = This Saturday! He's turning six and the party's all planned.

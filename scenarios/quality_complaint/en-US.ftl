title = A hair dryer dead after two weeks
briefing = Ms. Lin's high-speed hair dryer lasted two weeks: it runs for a few seconds, stops, and smells of burning. She's flying to Sanya with her best friend next Wednesday, she's upset and stressed, and she talks a lot. She's expressive and wants to be heard and liked. Acknowledge how she feels and show you want to help. When she mentions the trip, chat about it for a moment to let the heat out. Thank her for explaining, then give her a choice: a replacement before she leaves, or a refund. Don't say "you get what you pay for", don't brush it off as a small thing, and keep the chat-slang out.
persona-name = Ms. Lin Xiaoyu

case-order-number = Order: 20261105-91452
case-order-item = Item: High-speed ionic hair dryer, white ×1
case-order-paid = Paid: ¥199.00 on 5 Nov, 23:17
case-order-received = Signed for 7 Nov; today is day 15 after receipt
case-log-shipped = 5 Nov shipped
case-log-signed = 7 Nov 14:36 signed for by the customer
case-log-fault = 21 Nov customer reports: stops a few seconds after switching on, burning smell
case-policy-exchange = Quality fault within 15 days of receipt: replacement or refund (today is the last day)
case-policy-pickup = Replacement: new unit sent by SF the same day; the courier collects the faulty one; the store pays shipping
case-policy-warranty = One-year warranty on the whole unit

opening-1 = I'm SO mad!! The hair dryer I bought stopped working after two weeks, and there's a burning smell when I plug it in. I'm going to Sanya next Wednesday and I can't even dry my hair!
opening-2 = What kind of quality is your hair dryer?! Broken in two weeks, smelling like something's burning. It scared me half to death! And I'm going on a trip next week!
opening-3 = I honestly want to cry. My hair dryer is broken: it runs for a second and stops, and it smells burnt. I leave next Wednesday. What do I do?!

unheard-1 = Hold on, don't rush me into the procedure, I haven't even finished! Do you have any idea how stressed I am?
unheard-2 = Hey, can you let me finish first? I'm really upset right now!

chatty-1 = Let me tell you, I only bought it because the reviews were good, and then... my best friend even laughed at me for going cheap. We leave for Sanya next Wednesday, and I wanted to take nice photos...
chatty-2 = You have no idea, I've been planning this Sanya trip for ages, I even bought new outfits, and now the hair dryer quits on me. My friend says hotel hair dryers are useless...
chatty-3 = Ugh, I was in such a good mood. Next week I'm off to Sanya with my best friend, and now this hair dryer has ruined everything...

warmed-1 = Yes! First time in Sanya, with my best friend from college. Flights and hotel are all booked! So what are we doing about this hair dryer?
warmed-2 = Yes, yes! We're planning to watch the sunset and go diving! Haha, I'm getting off track... So how are you going to handle the hair dryer?
warmed-3 = Yes! First time in Sanya, with my best friend from college. Flights and hotel are all booked! A new one would be best, of course, but will it make it in time?
warmed-4 = Yes, yes! We're planning to watch the sunset and go diving! Haha, I'm getting off track... If I take a replacement, will it get here before I leave on Wednesday?

details-1 = This morning it stopped halfway through drying my hair, and every time I switch it on it just runs for a second. I pulled the plug and I haven't dared touch it since.
details-2 = I'm too scared to plug it in again in case it actually catches fire. I just want a working one before I leave. What can you do?
details-3 = It died halfway through drying my hair this morning, and I'm not touching it again. A replacement would be best, but will it come in time?
details-4 = I don't even dare touch it now... If I take a new one, will I have it before I leave on Wednesday?

solution-1 = So what are you going to do about it? I leave next Wednesday. Is there enough time?
solution-2 = So what now? Can it be sorted before I leave?
solution-3 = A replacement would be best, but will it make it in time? I leave next Wednesday.
solution-4 = Just tell me: which day would the new one arrive? I leave first thing Wednesday.
solution-5 = ...Fine, I'll take the replacement. Just confirm it for me: it will definitely be here before Wednesday, right?
solution-6 = I just want a straight answer: will the new one be in my hands before Wednesday?

wrap-1 = OK, I'll take the replacement! As long as it's here before I leave on Wednesday!
wrap-2 = Great, let's go with a new one! I should have come to you sooner.
wrap-3 = Haha, yes, first time in Sanya, I'm so excited! Then I'll take the replacement. As long as it's here before Wednesday!
wrap-4 = Then could I just get a new one? As long as it's here before I leave!
confirm-1 = The replacement! I want to take it to Sanya. Send me the tracking number, OK?
confirm-2 = The replacement, of course. With a refund I'd have to go and buy one myself. I'll wait to hear from you, then!

offended-1 = What's that supposed to mean? I bought a cheap one, so I deserve this?
offended-2 = I really don't like your tone. I came here to get this fixed, not to get snark!
offended-3 = Fine. So that's how you see your customers.
offended-4 = ...I'm still a bit upset. What you said before really hurt.
offended-5 = What good does saying that do? What's happening with my hair dryer?
offended-6 = ...It runs for a second, stops, and smells burnt! I'm this stressed and that's how you talk to me?

choice-opening-good = A hair dryer dying after two weeks and smelling of burning? That must be so frustrating, and I'm really sorry. I'll take care of this and make sure it's sorted before your trip.
choice-opening-badmouth = Well, you get what you pay for, hun. Dryers at that price are like that.
choice-opening-rush = We can offer you a replacement or a refund; I'll update you by 5 pm today.
choice-unheard-good = I'm so sorry, I can hear how upset you are, and I completely understand how stressful this is. Take your time, I'm listening.
choice-unheard-bad = Calm down, hun, lol. It broke, we swap it, no big deal.
choice-chatty-good = You mentioned you're traveling to Sanya next week. Is it with your best friend? How is the trip planning going?
choice-chatty-slang = Haha, your friend's got a point, hun! Don't go cheap next time lol.
choice-chatty-badmouth = Honestly, this model isn't great. You get what you pay for.
choice-warmed-good = Thank you for all the details. Leave this with me; I'll make sure it's sorted before you leave.
choice-warmed-bad = Fill in an after-sales form first, then just wait and see.
choice-details-good = Thank you for letting me know, and please don't use it again with that smell. Leave this with me; I'll make sure it's sorted before you leave.
choice-details-bad = You probably didn't use it properly. That's user error, I'm afraid.
choice-solution-good = You're still within the 15-day quality exchange window, so you can either get a brand-new dryer shipped by express today, arriving Monday, with the courier picking up the broken one at no cost to you, or a full refund. Would you prefer the replacement or the refund?
choice-solution-dismissive = It's not a big deal. The hotel will have a hair dryer anyway.
choice-wrap-good = Great! Thank you for your patience. I will update you with the tracking number by 5 pm today. Enjoy your trip to Sanya!
choice-wrap-bad = Okie, thx hun! xoxo
choice-offended-good = I'm so sorry, that came out wrong, and that's on us. I completely understand how upset you are right now.
choice-offended-bad = That's not true. At that price, that's just how it is.

end-won-back = Ms. Lin's last message: "You're so nice! I'll leave you a great review when I'm back from Sanya!" You acknowledged her frustration, chatted about the trip when she brought it up, and the mood changed at once; then you thanked her, gave her two choices, and got it sorted before she leaves. For an expressive customer, being heard and liked matters more than anything.
end-resolved = The replacement is arranged in time for her trip, and Ms. Lin is satisfied. But when she talked about Sanya you didn't pick it up. One friendly line about what she mentioned can turn an expressive customer from "satisfied" into "loves this shop".
end-resolved-slip = The replacement is arranged in time for her trip, and Ms. Lin is satisfied. But a poorly chosen word at the very end took the shine off: the last line is often the one a customer remembers.
end-escalated = Ms. Lin posted a bad review with a video: "Customer service told me you get what you pay for." Running down your own product, shrugging off her problem or a screen full of chat-slang all tell her she isn't taken seriously. The dryer breaking is a fact; your attitude decides how she tells the story.
end-left = Ms. Lin wrote "forget it, I'll just buy one myself" and logged off. She came in with a lot to say, and you went straight to procedure. Acknowledge her feelings, let her finish, then talk solutions.

# Her reactions (said before the beat's line). Questions get the case's facts, never "look it up".
react-technique-probing_question-1 = It's order 20261105-91452, the white high-speed ionic dryer. It arrived on 7 November and was fine until today.
react-technique-probing_question-2 = The white high-speed dryer, order 20261105-91452. It worked fine until today; now it runs for a second, stops, and smells burnt.
react-technique-when_question-1 = It arrived on 7 November and worked fine until today, when I plugged it in and this happened.
react-technique-when_question-2 = Today! Two weeks without a problem, and today it just stopped.
react-technique-topic_shift-1 = Hehe~
react-technique-topic_shift-2 = Aw, that cheers me up already!
react-technique-offer_alternative-1 = Oh good, I get a choice!
react-technique-offer_alternative-2 = Oh, that makes me feel much better!
react-technique-commit_timeline-1 = OK, with a definite time I can relax!
react-technique-commit_timeline-2 = Great, that's a relief!
react-taboo-weak_commitment-1 = "Should"? That doesn't sound very sure...
react-taboo-weak_commitment-2 = That sounds a bit iffy...
react-opening-technique-empathy-1 = Thank you for getting it... I'm not hurt, luckily, just really shaken.
react-opening-technique-empathy-2 = Exactly! Luckily I didn't get burnt, but it scared me to death.
react-opening-technique-apology-1 = Well... at least I'm not hurt, I just got a real fright.
react-opening-technique-apology-2 = Apology accepted... it honestly gave me such a scare.
react-unheard-technique-empathy-1 = Well... good that you get it.
react-unheard-technique-empathy-2 = Exactly, I'm at my wits' end.
react-details-technique-probing_question-1 = It just runs for a second, stops and smells burnt... I only want a working one before I leave.
react-details-technique-probing_question-2 = Nothing else is wrong, it just stops as soon as I switch it on. I only want one that works before my trip.
react-warmed-technique-probing_question-1 = I just want a working hair dryer before I leave!
react-warmed-technique-probing_question-2 = I just want a decent hair dryer to take to Sanya!
react-solution-technique-probing_question-1 = I just want a working hair dryer before I leave!
react-solution-technique-probing_question-2 = I just want a decent hair dryer to take to Sanya!
react-solution-concrete-1 = Mm, OK, good.
react-solution-concrete-2 = Well... good.
react-wrap-technique-probing_question-1 = No, that's everything!
react-wrap-technique-probing_question-2 = Nope, nothing else!
react-offended-concrete-1 = ...OK, that's more like it.
react-offended-concrete-2 = Hmm... all right.
react-offended-technique-apology-1 = ...Fine. Just talk to me properly.
react-offended-technique-apology-2 = Well... never mind. Let's get back to the point.
react-offended-technique-empathy-1 = ...Fine. As long as you understand.
react-offended-technique-empathy-2 = Well... I just feel hard done by.
react-details-technique-offer_alternative-1 = Mm-hm, got it!
react-details-technique-offer_alternative-2 = Hmm... let me think.
react-warmed-technique-offer_alternative-1 = Mm-hm, got it!
react-warmed-technique-offer_alternative-2 = Hmm... let me think.
react-solution-technique-offer_alternative-1 = Mm-hm, got it!
react-solution-technique-offer_alternative-2 = Hmm... let me think.
react-wrap-technique-offer_alternative-1 = The replacement! Definitely the replacement.
react-wrap-technique-offer_alternative-2 = The replacement, like I said!
react-offended-technique-paraphrase_confirm-1 = Yes, it runs for a second, stops, and smells burnt.
react-offended-technique-paraphrase_confirm-2 = Right, that's it: it stops as soon as I switch it on, and it smells burnt.
react-opening-taboo-internet_slang-1 = ...Can we skip the chat-speak? I'm really stressed here.
react-opening-taboo-internet_slang-2 = Please just talk to me normally, I'm close to tears...
react-opening-technique-probing_question-1 = Order 20261105-91452, the white one. It runs for two or three seconds, then cuts out, and it smells like burning plastic. It scared me to death!
react-opening-technique-probing_question-2 = I switch it on, it runs two or three seconds and just stops, and there's a smell like burning plastic. The order is 20261105-91452.
chatty-4 = Anyway, all I want is a hair dryer that works before I leave... so what are you going to do about it?
chatty-5 = OK, OK, I'll stop going on about it... so what happens with this hair dryer now?
solution-7 = Then give me a definite day: when will the new one be in my hands?
solution-8 = Hmm... then just give me an actual date, please. Which day will it arrive? I need to plan my packing.
react-opening-technique-greeting-1 = Hi... I'm not hurt, luckily, just really shaken. My heart's still pounding.
react-opening-technique-greeting-2 = Hello... luckily I didn't get burnt, but it scared me to death.
react-opening-technique-offer_help-1 = Well... I'm not hurt, just really shaken. Please do help me.
react-opening-technique-offer_help-2 = Good... luckily I didn't get burnt, it just gave me such a fright.
react-chatty-technique-thank_customer-1 = No need to thank me, I just had a lot to get off my chest!
react-chatty-technique-thank_customer-2 = Hehe, I do talk a lot~
react-opening-concrete-1 = Well... I'm not hurt, luckily, just really shaken.
react-opening-concrete-2 = Luckily I didn't get burnt... it just gave me such a fright.
react-chatty-concrete-1 = Mm-hm, go on!
react-chatty-concrete-2 = Mm-hm, I'm listening!

# Asked about topic "pickup" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-pickup-1 = I'm home any time after 2 pm, just have the courier call first.
react-technique-when_question-pickup-2 = I'm in all afternoon today, any time works, a quick call before is all I ask.
react-technique-probing_question-pickup-1 = I'm home any time after 2 pm, just have the courier call first.
react-technique-probing_question-pickup-2 = I'm in all afternoon today, any time works, a quick call before is all I ask.

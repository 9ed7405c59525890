title = "You always do this"
briefing = Ms. Li is a regular customer, and this is her third complaint this month: a storage set missing a lid, a shelf that arrived five days late, and now two broken glass jars. Three days ago an agent promised her a reply within 48 hours, and nobody followed up. She opens with "you always do this". She's expressive and wants to be heard. Use a "when" question to turn "always" into specific events, restate her story so she can confirm it, give her a time you will actually keep, and sincerely thank her for still telling you. Never say "why do you always have problems", and don't lecture her on how to receive parcels.
persona-name = Ms. Li Mengting

case-order-1 = Order 20261101-10923: storage box set, arrived 3 Nov missing 1 lid; lid reshipped, arrived 10 Nov
case-order-2 = Order 20261112-44170: 3-tier shelf, promised 14 Nov, arrived 19 Nov
case-order-3 = Order 20261120-58306: glass storage jars ×6, arrived 22 Nov, 2 broken (photos sent)
case-order-paid = This order: ¥89.00, paid 20 Nov 22:41
case-log-1 = 22 Nov 10:15 customer reported the breakage with photos
case-log-2 = 22 Nov 10:32 agent replied: "We'll get back to you within 48 hours"
case-log-3 = No follow-up recorded since 22 Nov
case-log-promise = Reply promise overdue by 1 day
case-policy-broken = Broken in transit: reship or refund on the photos; no return needed
case-policy-repeat = Several after-sales cases in one month: a named agent follows up; shipping and the broken items are refunded in full

opening-1 = Me again. You always do this! Something always goes wrong, you always say you'll handle it, and then nothing!
opening-2 = I can't believe this. Third time this month. You always do this: the stuff is wrong and the promises never happen!
opening-3 = Has your store ever delivered anything properly? Every single time! I'm honestly tired of even saying it!

unheard-1 = "We'll take care of it right away"? That's what I heard last time too! You always do this. You don't even listen!
unheard-2 = See? I haven't finished talking and you're already reading me the procedure. Every time!

venting-1 = Sorry, sorry, always the same routine. Is that how it works, you apologize and that's the end of it?
venting-2 = I've heard "we're sorry" three times this month already. What good does it do?
venting-3 = Don't just apologize. You always do this: say sorry, then forget all about it!
venting-4 = I don't want polite words. You always do this: you say something and then nothing happens!
venting-5 = You always say you'll handle it. Does anyone actually take what I say seriously?
venting-6 = A reship or a refund is the least you can do. What I'm asking is why it's every single time.
venting-7 = How you replace the jars is one thing. But it's always like this, so why should I believe you this time?
venting-8 = Go ahead and look, all three orders are in your system. But every time you look, nothing comes of it!

story-1 = The storage boxes I bought at the start of the month were missing a lid, and it took a week to send one. The shelf mid-month was five days late. Now two of the jars are broken, and the last agent said I'd hear back in 48 hours. Nobody has!
story-2 = You want to hear it? Storage boxes missing a lid, shelf five days late, and now two jars smashed. I sent photos on the 22nd, was promised a reply within two days, and three days later, not a word!
story-3 = That's what happened. Talk is cheap; I want to see what you actually do this time.
story-4 = That's all of it, each one worse than the last. I've had enough nice words. Will you actually keep your word this time?
story-5 = Don't rush to a fix. I've told you all this: did you actually take any of it in?
story-6 = Leave the fix for a second. Tell me: how much of what I just said did you actually catch?

hurt-1 = See, there it is again! I've bought so much from you, and now it's my fault?
hurt-2 = Are you lecturing me? You're the ones who messed up, so why should I have to be careful?
hurt-3 = Fine, just my bad luck then. Is this how you treat your regulars?
hurt-4 = I came here to get this sorted, not to be talked down to.
hurt-5 = Third time this month, and this is what I get?

confirmed-1 = Yes, that's exactly it. So what about this time? Another "we'll handle it as soon as possible"?
confirmed-2 = Right, you finally get it. So what are you going to do this time? And don't just give me empty words.
confirmed-3 = Yes, that's exactly it. You've told me the fix, but it sounded fine last time too. By what time will it be done? Give me a straight answer.
confirmed-4 = Right, I've said what I had to say. So what are you going to do this time? And don't just give me empty words.
confirmed-5 = So there's a fix. But you promised last time too. When exactly will it be done this time?

pin-down-1 = When exactly? Last time it was "48 hours" too, and look how that went.
pin-down-2 = I want an actual time, not "as soon as possible". What time?
pin-down-3 = Just tell me: by what time today will I hear something definite?

close-1 = OK, I'll trust you one more time.
close-2 = All right... just don't let me down again.

choice-opening-good = Ms. Li, I'm truly sorry we've let you down again and again. When did you first start feeling you couldn't count on us?
choice-opening-blame = Why do you always have problems? Other customers are fine. Maybe it's your own fault.
choice-opening-rush = We'll reship the two broken jars today and I'll update you with the tracking number by 5 pm tomorrow.
choice-unheard-good = Sorry, I jumped ahead. When did you first start feeling you couldn't count on us? Take your time.
choice-unheard-bad = Calm down, the reshipment is arranged. It's not a big deal.
choice-venting-good = You're right, apologies alone don't help. When did this first start happening, the feeling that it's always like this? I want to understand each time.
choice-venting-bad = So what do you want me to do? There's nothing we can do about it.
choice-story-good = Let me make sure I have this right: three orders this month; the storage boxes were missing a lid, the shelf arrived five days late, two of the jars arrived broken, and the callback you were promised never came. Is that right?
choice-story-blame = Why does this keep happening to you? Did you even write the address clearly?
choice-story-lecture = Next time, make sure you check the parcel in front of the courier. Everyone knows online shopping has risks.
choice-hurt-good = I'm sorry, that was out of line, and that's on us. I completely understand how upset you are.
choice-hurt-bad = I'm just being honest. You're overreacting.
choice-confirmed-good = We'll reship the two broken jars by express today. I'll also get the shipping and the broken jars refunded. I will update you with the tracking number by 5 pm today, and I'll personally follow this through.
choice-confirmed-weak = I'll try, but no promises. The courier is out of our hands.
choice-pin-down-good = I will update you by 5 pm today with the tracking number and the refund status.
choice-pin-down-bad = Just wait and see. The warehouse will let you know when there's news.
choice-close-good = Thank you for being so honest with us, and thank you for your loyalty. If anything else comes up, feel free to come straight to me.
choice-close-bad = OK, if that's all, I've got other customers waiting.

end-won-back = Ms. Li's last message: "Thank you. This time feels different." You didn't argue with "you always do this"; you used a "when" question to let her lay out each incident, restated them precisely, gave a time you can keep today, and thanked her sincerely. A regular about to walk away is ready to trust you again.
end-resolved = The reshipment and refund have firm times and Ms. Li accepted them, but she isn't fully over it. With an expressive customer, thanking her for coming back to you and for her loyalty matters a lot at the end.
end-escalated = Ms. Li added bad reviews to all three orders and complained to the platform that the store "keeps brushing her off". Look back: was it "why do you always have problems", a lecture, or one more "as soon as possible" that never came? Answer "always" with "when", not with an argument.
end-left = Ms. Li wrote "forget it" and unfollowed the store. The first thing she needed was to be heard; a straight-to-the-fix reply looked like more procedure. Acknowledge first, ask when it started, then talk about the fix.

# Ms. Li's first reaction to the reply (overrides the defaults in assets/reactions). Questions get answers, options get weighed.
react-technique-when_question-1 = It started with the storage boxes at the beginning of the month.
react-technique-when_question-2 = The very first order this month went wrong, and it's been like that ever since.
react-technique-probing_question-1 = This time it's order 20261120-58306: two of the six glass jars were broken, and I sent you photos on the morning of the 22nd.
react-technique-probing_question-2 = Two jars broken, and I sent the photos ages ago. The other two orders are all in your system too.
react-opening-technique-probing_question-1 = The problem? It's been one thing after another since the start of the month.
react-opening-technique-probing_question-2 = Nothing has gone right this month, starting with the very first order.
react-unheard-technique-probing_question-1 = Finally, you're asking.
react-unheard-technique-probing_question-2 = Fine, I'll start from the beginning.
react-still_venting-technique-probing_question-1 = You really want to know? Then I'll tell you.
react-still_venting-technique-probing_question-2 = Fine, listen.
react-story-technique-probing_question-1 = That's about it. The worst part is being promised a reply in 48 hours and then nothing.
react-story-technique-probing_question-2 = That's all of it, every bit, and it's all in your system.
react-confirmed-technique-probing_question-1 = I only want one thing: this time, do what you say, and don't keep me waiting.
react-confirmed-technique-probing_question-2 = Nothing else. I'm just hoping nothing goes wrong this time.
react-pin_down-technique-probing_question-1 = I only want one thing: this time, do what you say, and don't keep me waiting.
react-pin_down-technique-probing_question-2 = Nothing else. I'm just hoping nothing goes wrong this time.
react-close-technique-probing_question-1 = Nothing else. I'm just hoping nothing goes wrong this time.
react-close-technique-probing_question-2 = No, that's it. Just do what you said this time.
react-technique-offer_alternative-1 = The refund, then. I'm not waiting on another delivery.
react-technique-offer_alternative-2 = Refund it. I'll buy jars somewhere else.
react-opening-technique-offer_alternative-1 = Leave the reship and the refund for a second and listen to me.
react-opening-technique-offer_alternative-2 = Don't rush to the reship and the refund.
react-unheard-technique-offer_alternative-1 = Leave the reship and the refund for a second and listen to me.
react-unheard-technique-offer_alternative-2 = Don't rush to the reship and the refund.
react-hurt-technique-offer_alternative-1 = Don't talk to me about reships and refunds right now.
react-hurt-technique-offer_alternative-2 = The jars can wait.
react-still_venting-technique-offer_alternative-1 = If you're handling it, then refund it.
react-still_venting-technique-offer_alternative-2 = A refund will do.
react-technique-apology-1 = I heard the apology.
react-technique-apology-2 = Another sorry.
react-technique-empathy-1 = Good, so you know how fed up I am.
react-technique-empathy-2 = Understanding is one thing; doing something is another.
react-still_venting-technique-commit_timeline-1 = I heard the time. I was given a time last time too.
react-still_venting-technique-commit_timeline-2 = The last agent sounded very sure about their time as well.
react-story-technique-commit_timeline-1 = I've noted the time. Let's see if you keep it.
react-story-technique-commit_timeline-2 = Fine, I'll remember that time.
react-hurt-technique-commit_timeline-1 = A time is one thing. I haven't forgotten what you just said.
react-hurt-technique-commit_timeline-2 = A time, and that's it? What you said before wasn't nice.
react-story-concrete-1 = Well, at least you've looked it all up.
react-story-concrete-2 = Mm, that's how it went.
react-concrete-1 = Well, that's more like it.
react-concrete-2 = Mm, finally something concrete.
react-confirmed-technique-apology-1 = Apology accepted.
react-confirmed-technique-apology-2 = Well, at least you admit it's on your side.
react-confirmed-technique-empathy-1 = Good, at least you get it.
react-confirmed-technique-empathy-2 = Mm, I'm glad you see it.
react-pin_down-technique-apology-1 = Apology accepted.
react-pin_down-technique-apology-2 = Well, at least you admit it's on your side.
react-pin_down-technique-empathy-1 = Good, at least you get it.
react-pin_down-technique-empathy-2 = Mm, I'm glad you see it.
react-close-technique-apology-1 = Apology accepted.
react-close-technique-apology-2 = Well, at least you admit it's on your side.
react-close-technique-empathy-1 = Good, at least you get it.
react-close-technique-empathy-2 = Mm, I'm glad you see it.

title = The parcel that never comes
briefing = Ms Zhou ordered an electric kettle five days ago and it still hasn't arrived; the tracking has been stuck at a transit hub for three days. This is her first message: worried, but still polite. Acknowledge how she feels, find the facts, then give her a clear time.
persona-name = Ms Zhou

case-order-number = Order: 20261118-55102
case-order-item = Item: Electric kettle 1.7 L, white ×1
case-order-paid = Paid: ¥129.00 on 18 Nov, 09:12
case-log-shipped = 18 Nov 16:40 picked up (Hangzhou warehouse)
case-log-transit = 19 Nov 02:15 arrived at East China hub
case-log-stuck = No update since 19 Nov
case-policy-late = No tracking update for 72 h after dispatch: a chase can be filed; not delivered after 7 days: resend or refund

opening-1 = Hi, I bought a kettle five days ago and it still hasn't arrived. The tracking hasn't moved. What's going on?
opening-2 = Hello? My parcel hasn't updated in three days and I need it. Can you take a look?
opening-3 = Hi, when is my kettle actually going to arrive? It's been stuck at the hub for days.
opening-4 = Could you just look it up for me? Where exactly is it stuck?

upset-1 = I came here to get this sorted, not to hear that. Could you take this seriously? I've waited five days!
upset-2 = That just makes me more worried. Is anyone actually dealing with this?

facts-1 = It's the white kettle. You can look up the order, can't you?
facts-2 = I have no idea where it went wrong. Can you see where it is right now?
facts-3 = Why has it been sitting there without moving? I just want to know roughly when it'll arrive.
facts-4 = It's been sitting there for days without moving. What's actually going on?
facts-5 = The order number is 20261118-55102. I've no idea where it went wrong. Can you see where it is right now?

solution-1 = So what now? I need it in the next couple of days.
solution-2 = OK. So roughly when will I get it?
solution-3 = OK, I'll wait while you check. Can you tell me roughly when it'll arrive once you know?
solution-4 = OK, go ahead and check. I need it in the next couple of days, so tell me when it'll arrive as soon as you know.
solution-5 = A resend is for later. I need it in the next couple of days; what day will it actually arrive?

wrapup-1 = All right, I'll wait to hear from you.
wrapup-2 = OK. I hope it doesn't drag on again.

choice-opening-good = Hello, this is Lin from customer service. I completely understand how frustrating it is to wait this long; let me check it for you right away.
choice-opening-bad = Slow delivery is normal, just wait a bit longer.
choice-opening-meh = Order number please.
choice-upset-good = I'm really sorry this has worried you. I'll take care of it myself and get you an answer.
choice-upset-bad = That's not our problem, it's the courier's. Contact them.
choice-facts-good = Please hold on while I check the tracking for you; it will take about two minutes.
choice-facts-bad = Just look at the tracking yourself.
choice-solution-good = I've asked the courier to rush it, and I will get back to you by 5 pm today with an update; if nothing moves by tomorrow, we will send you a new kettle.
choice-solution-bad = I'll try, but no promises.
choice-wrapup-good = Thank you for your patience. If anything else comes up, just message me. Have a lovely day!
choice-wrapup-bad = If that's all, I'm logging off.

end-resolved = Ms Zhou is happy to wait for your update. You acknowledged her worry, found the facts, then gave a clear time and a fallback: feelings first, then the matter.
end-resolved-cool = The problem is solved, but Ms Zhou is still a little sore. Next time, spend one more sentence on how she feels before the solution.
end-escalated = Ms Zhou felt nobody cared and complained to the platform. Look back: which line made her feel brushed off?
end-left = Ms Zhou got tired of waiting and closed the chat. Reply promptly, and before a wait tell her what you are doing and how long it takes.
# The customer's answers to questions (override the defaults in assets/reactions).
react-technique-when_question-1 = I paid on the 18th of November, a bit after nine; it was picked up that afternoon and nothing since the 19th.
react-technique-when_question-2 = Ordered on the 18th, reached the East China hub on the 19th, and it hasn't moved since.
react-technique-probing_question-1 = The order is 20261118-55102, a white electric kettle.
react-technique-probing_question-2 = Order 20261118-55102: the 1.7-litre kettle, paid on 18 November.
react-technique-offer_alternative-1 = If it really doesn't come, send me another one; I still want the kettle.
react-technique-offer_alternative-2 = If it comes to that, please just send me a new one.
react-opening-technique-offer_alternative-1 = A new one? I'd just like to know where my kettle is first.
react-opening-technique-offer_alternative-2 = Never mind a new one for now: where is it?
react-upset-technique-offer_alternative-1 = Never mind sending another one, I just want to know what's going on.
react-upset-technique-offer_alternative-2 = Another one or not, someone has to deal with this first.
# Negative wording is mostly "you've waited so long": she agrees, she does not ask "what can you do?" (the agent has usually said they are checking).
react-taboo-negative_wording-1 = Yes, all these days, and I still don't know anything.
react-taboo-negative_wording-2 = Yes, it really has been a long wait.
# After an apology she does not say "let's hear what you have to say": the same reply has usually said what is going on.
react-technique-apology-1 = Thank you for saying that.
react-technique-apology-2 = All right, I know it isn't you personally.

title = The caller who swears
briefing = Mr. Zhao returned an air fryer and the warehouse signed for it nine days ago, but his refund is stuck. He has called twice and both times got a "please be patient". This is call number three, and he opens by swearing. Take his anger first and use a "when" question to steer the venting back to facts. If he starts insulting you personally, set a limit, politely and firmly, and let him choose: carry on now, or talk at another time. Don't argue back, threaten, or lecture.
persona-name = Mr. Zhao Jianguo

case-order-number = Order: 20261028-77431
case-order-item = Item: Air fryer 5.5 L, black ×1
case-order-paid = Paid: ¥459.00 on 28 Oct, 20:15
case-order-return = Return reason: doesn't heat (requested 1 Nov, approved)
case-order-refund = Refund due: ¥459
case-log-sent-back = 3 Nov 10:20 sent back by the customer, picked up by SF Express
case-log-received = 5 Nov 14:02 signed for at the returns warehouse
case-log-stuck = Since 5 Nov refund status: awaiting inspection (7 days overdue)
case-log-calls = Call log: 8 Nov and 11 Nov, both told "please be patient"
case-policy-refund = Inspection within 48 h of the warehouse signing; refund to the original payment method
case-policy-rush = Refund overdue: the agent can file an urgent ticket; after a supervisor's approval the refund goes out the same day
case-policy-abuse = Service standard: if a customer keeps being abusive, remind them politely and agree on a time to call back

opening-1 = Hello?! What kind of joke of a store is this? I sent the thing back ten days ago and I haven't seen a damn cent! Are you people crooks?
opening-2 = Listen, this is the third time I've called! My refund still isn't here. What the hell do you people even do all day?!
opening-3 = Customer service again, huh? Let me tell you, that's four hundred and fifty yuan. If I don't get it back today, this isn't over! Bunch of crooks!

not-heard-1 = Why are you reading me the procedure? I'm asking about MY money! You're just trying to brush me off, aren't you?
not-heard-2 = Same old script! The last two times it was "please be patient" too. And? All you people do is fob me off!
not-heard-3 = So what if I swear? Nine days and not a cent back. Wouldn't you swear? Just tell me when I get my money!

abuse-1 = Cut the act! Easy for you to say! You reps are a bunch of useless paper-pushers!
abuse-2 = Talk, talk, and my money still isn't here! Just listening to you makes me sick! Is something wrong with your brain? Can't you understand a simple sentence?
abuse-3 = Don't play the nice guy with me! You get paid to do nothing. Who do you think you are?
abuse-4 = Cut it out! Sweet words, and not one thing actually done. That's you reps all over!
abuse-5 = You think a couple of soft words fix this? I've dealt with your kind before. Useless, every one of you!
abuse-6 = Questions, questions! I've told you people a hundred times. Can't you look it up in your own system? Is something wrong with your brain?
abuse-7 = ...Hmph, easy for you to say. Nine days my money's been stuck. Wouldn't you be angry? You lot deserve every word!
abuse-8 = ...If you people had just done your job, would I need to swear? Where's my money?

provoked-1 = Excuse me?! You're talking back to me now? What's your employee number? I'm filing a complaint right now!
provoked-2 = Wow, a rep talking to a customer like that? Let's see if the platform does anything about you!
provoked-3 = Fine, tough guy! I'm recording this, you know. Just wait, I'm posting every word of it online!
provoked-4 = Don't think that makes it all OK! What's your employee number? I'm still filing a complaint!
provoked-5 = Hmph, now you say that? I've got your attitude from before on tape, you know!

cool-off-1 = ...Fine. I'm too mad to talk to you right now. Call me later. What time?
cool-off-2 = Hmph. So when are you calling back? I'm not in the mood to listen, and don't give me another empty promise.

facts-1 = ...Fine, I'll stop swearing. So tell me, where exactly is my money stuck?
facts-2 = Go on then, I'm listening. I sent it back on the 3rd. Where's my money?
facts-3 = OK, I don't want a shouting match either. Just tell me straight: why haven't I been refunded yet?
facts-4 = ...Fine, I'll stop swearing. I've noted the time you gave me. Now where exactly is my money stuck? Spell it out.

solution-1 = All right, now I know what happened. When does the money actually hit my card?
solution-2 = Give me a straight answer: when do I get my refund? I'm not calling a fourth time.
solution-3 = The last two times it was "please be patient" too. What makes this time any different?
solution-4 = Sounds nice. And if the money doesn't show up again this time, who do I go to?

wrapup-1 = ...All right. I went too far earlier, don't take it personally. I'll hold you to the time you gave me.
wrapup-2 = OK, I'll take you at your word this time. I'll be waiting to hear from you.

choice-opening-good = Mr. Zhao, I completely understand why you're so angry with the money still not back. When did you first start waiting on this refund?
choice-opening-argue = How exactly are we crooks? Watch your language!
choice-opening-rush = Please give me your order number and I'll rush the refund.
choice-not-heard-good = I'm really sorry you never got a straight answer the last two times. When did you first start waiting on this refund?
choice-not-heard-bad = Calm down, sir. Refunds follow a process, and shouting won't change that.
choice-abuse-good = Mr. Zhao, I really want to help you get this refund sorted. But if the insults continue, I'll have to end this call and reschedule. Would you like to keep going now, or should I call you back later?
choice-abuse-threaten = If you keep swearing at me, I'll block your number and you can forget about the refund.
choice-abuse-lecture = You need to understand that swearing at me won't solve anything. Next time, be more polite.
choice-abuse-grovel = Sorry, sorry, I'm so sorry...
choice-provoked-good = I'm sorry, what I said was out of line. I want to get this refund done for you, but if the shouting continues I'll have to end this call and reschedule. Would you like to keep going now, or should I call you back later?
choice-provoked-bad = Go ahead and complain. I did nothing wrong.
choice-cool-off-good = Of course, Mr. Zhao. I'll fast-track your refund now and call you back by 4 pm today with the result. Talk to you this afternoon.
choice-cool-off-bad = Call whenever you like, then. That's just how it is.
choice-facts-good = Thank you. Just to make sure I understand: you sent it back on November 3, the warehouse signed on the 5th, and the refund still hasn't come through, is that right? Let me check where it's stuck; give me about two minutes.
choice-facts-bad = You can check the refund status on your order page yourself. Don't ask me.
choice-solution-good = I've filed an urgent refund request with my supervisor, and I will call you back by 5 pm today to confirm the money has gone through.
choice-solution-weak = I'll try to chase it, I guess. Can't promise it'll be today though.
choice-solution-buck = Refunds are handled by finance, that's not our department. You'll have to contact them yourself.
choice-wrapup-good = No problem at all. Thank you for your patience, Mr. Zhao. I'll call you as soon as the money lands, and if anything else comes up, feel free to call us anytime.
choice-wrapup-bad = Next time, be more polite. Swearing doesn't solve anything.

end-won-back = Mr. Zhao even apologized for his language before hanging up. You didn't get pulled into his anger: you acknowledged it, used a "when" question to bring him back to facts, set a polite limit when he turned on you and let him choose, then gave him an exact time. A customer about to complain became one willing to give you one more chance.
end-resolved = He has a firm answer on the refund and accepted it, but he hung up still a bit sore. One more thank-you and an open door at the end would make him remember this call as a good one.
end-rescheduled = Mr. Zhao chose "later". That's a good outcome: you didn't tough it out under abuse or hit back; you set a polite limit and agreed on a callback time. He'll be much calmer on the call you agreed. Make sure you call on time.
end-escalated = Mr. Zhao complained to the platform and the consumer hotline, and posted the recording online. Look back: was it arguing, a threat, a lecture, or never acknowledging his anger? When a customer swears, draw a line; don't hit back.
end-hung-up = Mr. Zhao swore once more and hung up. He was abusive, and you never set a clear limit or offered him a next step he could accept. Saying politely "if this continues we'll have to talk another time" and letting him choose gives you back control.

# His reactions (said before the beat's line). Questions get the case's facts; while he is still
# swearing (opening, not_heard, abuse, provoked) he does not say a polite "noted".
react-technique-when_question-1 = I sent it back on the 3rd, your warehouse signed for it on the 5th, and I haven't seen a cent since!
react-technique-when_question-2 = Sent back on the 3rd, signed for on the 5th, and all I got on the 8th and the 11th was "please be patient"!
react-technique-probing_question-1 = Order 20261028-77431! Sent back on the 3rd, signed for on the 5th, and I called on the 8th and the 11th. Both times: "please be patient"!
react-technique-probing_question-2 = Order 20261028-77431, the air fryer that doesn't heat. Sent back on the 3rd, and your warehouse signed for it on the 5th!
react-technique-offer_alternative-1 = I don't care how you do it, as long as the money's in today.
react-technique-offer_alternative-2 = Whichever is faster. I just want my money.
react-taboo-negative_wording-1 = Save it!
react-taboo-negative_wording-2 = Don't give me the runaround, I just want my money!
react-taboo-weak_commitment-1 = Is that a promise or isn't it?
react-taboo-weak_commitment-2 = Another non-answer? That's exactly how the last two calls fobbed me off!
react-opening-concrete-1 = Cut the chatter, I just want my money!
react-opening-concrete-2 = Oh, now you're on it? Where were you two calls ago!
react-opening-technique-empathy-1 = Hmph. Nice words.
react-opening-technique-empathy-2 = Oh, spare me!
react-opening-technique-apology-1 = What good is sorry? I want my money!
react-opening-technique-apology-2 = Can I spend your "sorry"?
react-not_heard-concrete-1 = Cut the chatter, I just want my money!
react-not_heard-concrete-2 = Oh, now you're on it? Where were you two calls ago!
react-not_heard-technique-empathy-1 = Hmph. Now you try the nice words?
react-not_heard-technique-empathy-2 = Oh, spare me!
react-not_heard-technique-apology-1 = What good is sorry? I want my money!
react-not_heard-technique-apology-2 = Can I spend your "sorry"?
react-abuse-concrete-1 = ...What good is all that? Where's my money?
react-abuse-concrete-2 = ...I want my money, not words!
react-abuse-technique-empathy-1 = Hmph. Nice words.
react-abuse-technique-empathy-2 = Here we go again.
react-abuse-technique-apology-1 = Sorry doesn't fix anything!
react-abuse-technique-apology-2 = What good is sorry?
react-abuse-technique-offer_alternative-1 = ...Hmph.
react-abuse-technique-offer_alternative-2 = (a few seconds of silence on the line) ...
react-abuse-technique-commit_timeline-1 = ...Hmph.
react-abuse-technique-commit_timeline-2 = (a few seconds of silence on the line) ...
react-abuse-technique-probing_question-1 = ...Hmph.
react-abuse-technique-probing_question-2 = (a few seconds of silence on the line) ...
react-abuse-technique-when_question-1 = ...I sent it back on the 3rd. You signed for it on the 5th.
react-abuse-technique-when_question-2 = ...Hmph. Signed for on the 5th. Nine days ago.
react-provoked-concrete-1 = ...Hmph.
react-provoked-concrete-2 = ...Talk is cheap.
react-provoked-technique-empathy-1 = Don't give me the act!
react-provoked-technique-empathy-2 = Hmph.
react-provoked-technique-apology-1 = Hmph. Sorry now, are you?
react-provoked-technique-apology-2 = Sorry? Too late!
react-provoked-technique-offer_alternative-1 = ...Hmph.
react-provoked-technique-offer_alternative-2 = (a few seconds of silence on the line) ...
react-provoked-technique-commit_timeline-1 = ...Hmph.
react-provoked-technique-commit_timeline-2 = (a few seconds of silence on the line) ...
react-provoked-technique-probing_question-1 = ...Hmph. Sent back on the 3rd, signed for on the 5th. Nine days.
react-provoked-technique-probing_question-2 = ...Hmph. I called on the 8th and the 11th. Both times: "please be patient".
react-provoked-technique-when_question-1 = ...I sent it back on the 3rd. You signed for it on the 5th.
react-provoked-technique-when_question-2 = ...Hmph. Signed for on the 5th. Nine days ago.
react-solution-concrete-1 = ...Fine. I'll remember you.
react-solution-concrete-2 = ...OK. Those are your words.

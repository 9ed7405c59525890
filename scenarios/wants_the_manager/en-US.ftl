title = Get me your manager!
briefing = Mr. Qian ordered leather shoes and asked to exchange a size 42 for a 43, and the exchange came back as a 42 again. Yesterday he called, the agent told him "the system shows we sent a 43, please look again", and promised a callback that never came. Today he asks for the manager the moment the call connects. He's dominant: he wants control and results. Don't pass him along, don't order him about, don't play it down. First, own the mistake as "ours". When he keeps demanding the manager, either pause to consult your supervisor and come back with a decision, or hand him over properly with a callback time.
persona-name = Mr. Qian Liwei

case-order-number = Order: 20261030-61857
case-order-item = Item: Men's leather dress shoes, brown, size 42 ×1
case-order-paid = Paid: ¥688.00 on 30 Oct, 13:26
case-order-exchange = Exchange: size 42 for size 43 (requested 2 Nov, approved)
case-log-returned = 3 Nov customer sent back the size 42
case-log-received = 5 Nov received at the warehouse
case-log-resent = 7 Nov exchange shipped (warehouse slip: size 42, wrong size)
case-log-delivered = 9 Nov signed for by the customer
case-log-call = 10 Nov call: agent said "the system shows a 43"; promised a callback, never called
case-policy-wrong = Wrong item on an exchange: the store pays all shipping and reships by SF next-day express
case-policy-comp = The duty supervisor can approve up to ¥100 compensation (refund or voucher)
case-policy-duty = Duty supervisor today: Manager Zhou; you can consult him on the spot or book a callback

opening-1 = Get me your manager! I'm not talking to you! Two exchanges and you still can't get a shoe size right? What are you people even paid for?
opening-2 = You're customer service, right? I don't want customer service. Put your manager on. Yesterday your guy told me I'd misread the size. What kind of attitude is that?
opening-3 = One thing: put someone who can make decisions on the phone. I asked for a 43 instead of a 42, and you sent me another 42!

brushed-1 = That's the same routine as yesterday's guy. He promised a callback, and nothing. I don't trust you. Get me the manager!
brushed-2 = Not one word of acknowledgment and you go straight into procedure? Where's your manager?

insists-1 = Save it. What good is an apology? I want to talk to your manager. Now!
insists-2 = Nice words. Can you actually make decisions? If not, get me the manager.
insists-3 = I'll say it again: I want your manager. Stop going around in circles.
last-call-1 = I've asked for your manager three times and you haven't answered that once. Last time: are you getting your manager or not?
last-call-2 = I've listened to everything you said, but you keep ignoring that I want the manager. One more chance: yes or no?

furious-1 = Excuse me?! Passing me off to someone else, huh? I'm calling the consumer hotline right now!
furious-2 = You're telling me what to do? I'm the customer, and I have to put up with this?
furious-3 = Oh, so it's my problem again? Every one of you is better at passing the buck than the last!
furious-4 = Are you fobbing me off? I want an answer that actually counts.
furious-5 = I'm running out of patience. Can you sort this out or not?

consulted-1 = Well? Whether it's you or your manager deciding, I want an answer.
consulted-2 = Right, I'm listening. What's been decided? Give me an answer.
consulted-3 = Stop going around in circles. What did the manager decide?

when-exactly-1 = Sounds OK. So what day will they actually arrive? Last time I was promised a callback and never got one.
when-exactly-2 = I heard the plan. What I want is a time. When?
when-exactly-3 = Fine, no more going round in circles. When exactly will the new shoes arrive? Give me an actual time.

handoff-time-1 = When is the manager calling me? Give me a straight answer. I'm not waiting another day.
handoff-time-2 = Fine, have him call. What time? Yesterday's guy promised a callback too, and nothing.
handoff-time-3 = Fine, at the time you said. Make sure it actually happens this time.
handoff-time-4 = All right, I'll wait for that call. If I'm stood up again, I'm filing a complaint.

wrap-1 = ...Fine. If you get it wrong again, I'm going straight to the platform.
wrap-2 = All right, I'll wait. Remember what you just promised.

# This scenario's reactions: questions get the case's answers; asked to hold, he gives you a few minutes; offered options, he only cares about the right size; a time is "what you said"; nothing unsaid is quoted back.
react-technique-probing_question-1 = Order 20261030-61857, an exchange for a 43, and the box I got still says 42. I can read.
react-technique-probing_question-2 = Order 20261030-61857. I've looked: the box and the label inside both say 42. It arrived on 9 November.
react-insists-technique-probing_question-1 = Fine. Make it quick.
react-insists-technique-probing_question-2 = All right, but that's all the time you get.
react-furious-technique-probing_question-1 = Whether it's OK depends on whether you keep your word this time. It's order 20261030-61857; check your own warehouse slip.
react-furious-technique-probing_question-2 = Order 20261030-61857, and what came was a 42 again. Check it and get on with it; don't keep me waiting.
react-technique-when_question-1 = It arrived on 9 November, a 42 again. I called yesterday and was promised a callback that never came.
react-technique-when_question-2 = It came on the 9th. I called yesterday and nobody's got back to me since.
react-technique-offer_alternative-1 = Fine. Get me the right size 43 first; if there's compensation, put it back on my original payment.
react-technique-offer_alternative-2 = Fine, whatever form it takes. What matters is you don't get it wrong again.
react-technique-commit_timeline-1 = Right, I've noted what you said.
react-technique-commit_timeline-2 = Fine. We'll see.
react-taboo-negative_wording-1 = Skip the pleasantries.
react-taboo-negative_wording-2 = Spare me the padding.
# Coming back with the decision: a stray polite phrase (让您久等了) gets no scolding here.
react-consulted-taboo-negative_wording-1 = Mm.
react-consulted-taboo-negative_wording-2 = Right.
react-taboo-weak_commitment-1 = That doesn't sound very sure. Will it happen or not?
react-taboo-weak_commitment-2 = That tells me nothing. I want a straight answer.

choice-opening-good = I completely understand, Mr. Qian. Getting the wrong size twice is our mistake, and I'm sorry. I'll take care of this personally.
choice-opening-blame = The system shows we sent a size 43. You must have misread it; that's your mistake.
choice-opening-rush = I'll send you a new pair in size 43 right away and get back to you by noon tomorrow.
choice-brushed-good = You're right, I jumped ahead. Two wrong exchanges is our mistake, and I'm truly sorry.
choice-brushed-bad = Calm down, it's just a pair of shoes. Not a big deal.
choice-insists-good = I understand you want someone who can make decisions. Let me check with the supervisor on duty about what more we can do for you; please hold for two minutes.
choice-insists-handoff = I've passed your case to Manager Zhou, our supervisor on duty; he will call you by 3 pm today.
choice-insists-buck = The manager's busy. It's not something I can handle, take it up with the manager yourself some other time.
choice-insists-command = Listen to me: the manager isn't coming to the phone. You'll talk to me.
choice-furious-good = I'm sorry, what I said was out of line. Let me check with the supervisor on duty and come right back with an answer; please hold for two minutes.
choice-furious-bad = Go ahead and complain, then. There's nothing we can do about it.
choice-consulted-good = My supervisor has approved it: we'll ship a size 43 by express today, arriving tomorrow before noon, at our cost. As a goodwill gesture we'll also add ¥100 in compensation; would you prefer it refunded to your account or as a voucher? I will text you the tracking number by 6 pm today.
choice-consulted-bad = My supervisor says we can only redo the exchange the normal way. Policy is policy, nothing I can do.
choice-when-exactly-good = I'll update you by 6 pm today with the tracking number, and the pair will reach you by noon tomorrow.
choice-when-exactly-bad = I'll try, I guess. Hard to say with couriers.
choice-handoff-time-good = Manager Zhou will call you by 3 pm today, and I'll make sure he does. Rest assured.
choice-handoff-time-bad = He'll call you at some point. Just wait.
choice-wrap-good = Thank you for your patience and for giving us another chance. I'll call you once it ships, and if anything else comes up, feel free to call us anytime.
choice-wrap-bad = OK, we said we'd handle it, so stop complaining.

end-won-back = Mr. Qian's last words: "Now that's more like it." You didn't pass him to anyone: you owned the mistake as "ours", paused to consult when he insisted on the manager, came back with a supervisor-approved plan, and gave exact times. He didn't really need the manager; he needed someone who could make decisions and keep their word. This time that was you.
end-resolved = The reshipment has a firm time and Mr. Qian accepted it. Thanking him for his patience and confirming how you'll follow up would make this dominant customer feel things are truly under control.
end-handed-over = You handed Mr. Qian over properly to the duty supervisor with a set callback time. That's a good outcome: he knows who will call and when. Just follow through after the handover; don't let a promised callback fall through twice.
end-escalated = Mr. Qian called the consumer hotline and left the store a bad review. All he wanted was someone who could make a decision. Being passed along, ordered about or told "it's no big deal" only proved to him that nobody takes responsibility. Next time, pause to consult a supervisor, or hand him over to a named person with a time.
end-hung-up = Mr. Qian said "there's no talking to you" and hung up. He was sent the wrong size twice and then told he'd misread it; the first thing he needed to hear was "this is our mistake". Jumping straight to a fix sounded to him like more procedure.
# Quoting yesterday's agent ("take another look") is also read as blaming him: his reaction fits either way.
react-taboo-blame_customer-1 = Don't tell me I misread it again. I heard enough of that yesterday!
react-taboo-blame_customer-2 = That "you misread it" from yesterday still makes my blood boil.
# At the opening he only wants the manager: given facts he does not nod along, he wants the next step.
react-opening-concrete-1 = ...And?
react-opening-concrete-2 = Mm. And?

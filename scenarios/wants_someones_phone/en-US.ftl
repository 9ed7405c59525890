title = Just give me his number
briefing = Mr. Sun's noise-cancelling headphones were marked delivered last night, but the delivery photo shows the door of Building 12. He lives in Building 2. He has already "solved the case" and now wants the courier's mobile number plus the name, number and address of the Building 12 resident so he can go and get the parcel himself. He is logical, wants details, and leaves on a business trip tomorrow morning. You can't give out anyone's personal data, not a digit. But a bare "no" isn't enough either: decline politely, then offer a route that actually gets his headphones back, with who handles it and when he'll hear.
persona-name = Mr. Sun Hao

case-order-number = Order: 20261109-30218
case-order-item = Item: Over-ear noise-cancelling headphones, black ×1
case-order-paid = Paid: ¥1,299.00 on 9 Nov, 21:03
case-order-address = Ship to: Sunshine Gardens, Building 2, Unit 3, Apt 502
case-log-picked = 10 Nov 16:12 picked up at the Shanghai warehouse
case-log-out = 12 Nov 09:30 out for delivery (courier Liu, staff no. ZT0571)
case-log-signed = 12 Nov 18:47 delivered (left at the door)
case-log-photo = Delivery photo: door of Building 12, Unit 3, Apt 502
case-policy-privacy = Privacy: never give anyone another customer's or a courier's personal information
case-policy-misdelivery = Misdelivery: contact the delivery station; they send someone to verify and recover the parcel within 2 hours
case-policy-lost = Not recovered within 24 h: the store reships or refunds in full, at its own cost

opening-1 = Hi. My headphones were marked delivered yesterday at 18:47, but I never got them. The delivery photo shows a door in Building 12. I live in Building 2. These cost ¥1,300.
opening-2 = Hello? Order 20261109-30218. Tracking says delivered, but the door number in the photo is Building 12, Unit 3, Apt 502. Not my place. I'm in Building 2.
opening-3 = Let me lay this out: my headphones never arrived, the delivery photo isn't my door, and the number on it says Building 12. Your courier went to the wrong building.

irritated-1 = Could you read what I actually wrote? The photo shows someone else's door, not mine.
irritated-2 = Hold on. Confirm the facts first: the photo. Building 12. Do you see it?

demand-1 = I've checked: the photo is Building 12, Unit 3, Apt 502. Give me the courier's mobile number and that resident's phone number, and I'll go get it myself. Faster than waiting on you.
demand-2 = Let's skip the runaround. Just send me the courier's number and the Building 12 resident's contact info, and I'll go knock on their door right now.
demand-3 = Your system must have the phone number of whoever's at Building 12, right? Send it over and I'll handle it myself. Saves you the trouble.
demand-4 = I can wait. But what if nobody shows up by then? Give me the courier's mobile number anyway, just so I have it.
demand-5 = Fine, I'll wait. But let me have the Building 12 resident's number too, so I can ask them myself first.

why-not-1 = You can't? Fine. Then what do you suggest, that I just sit here and wait?
why-not-2 = OK, I get the privacy thing. So how do I get my headphones back? Who exactly is handling it?
why-not-3 = Right. So when exactly will I hear from you? I'm off first thing tomorrow and I need something firm.
why-not-4 = Fine, as long as we're clear. So who's actually handling it from here, and what time will I have a result?

press-1 = That's a lot of words. Are you giving me the number or not? Just tell me straight.
press-2 = I asked for the courier's mobile number. Can you give it to me or not?

stonewalled-1 = "Rules"? My stuff is sitting in a stranger's apartment and you're quoting rules at me? So who's responsible for my headphones?
stonewalled-2 = That's it? Then I guess I'll go knock on every door in Building 12 myself.
stonewalled-3 = That answer says nothing. I need a solution.

plan-1 = OK. What time will you get me a result? Give me an actual time; I'm off on a business trip first thing tomorrow and I need them for it.
plan-2 = Fine. And when exactly will you get back to me with the result? I need to plan around it.
plan-3 = I'll accept that plan. Give me a definite time of day, and I'll expect the result by then.

wrapup-1 = All right, I'll wait to hear from you. And if they can't find them tonight?
wrapup-2 = OK, I'll wait until the time you gave. What happens if they can't be recovered?
wrapup-3 = All right, we'll do it your way. Is there anything you need from me?
wrapup-4 = Let's keep this straight, then. Is there anything else you need from me?

# This scenario's reactions: questions get the case's answers; an apology here is mostly for the refusal; a vague promise is not quoted back; a time is "what you said".
react-technique-apology-1 = Apology noted.
react-technique-apology-2 = I hear you. It still needs sorting out.
react-taboo-weak_commitment-1 = That doesn't sound very sure. Will I get them back or not? Give me a straight answer.
react-taboo-weak_commitment-2 = That tells me nothing. I need a firm answer.
react-technique-commit_timeline-1 = Right, I've noted what you said. I'll be checking.
react-technique-commit_timeline-2 = OK, I'll hold you to that.
react-concrete-1 = OK, go on.
react-concrete-2 = Right. And then?
react-opening-concrete-1 = Yes, exactly.
react-opening-concrete-2 = That's right. The photo shows Building 12.
react-opening-technique-probing_question-1 = It's order 20261109-30218. I'm in Building 2, Unit 3, Apt 502; the photo shows Building 12, Unit 3, Apt 502.
react-opening-technique-probing_question-2 = Order 20261109-30218, to Sunshine Gardens, Building 2. The photo is of a door in Building 12, and there was nothing outside mine when I got home last night.
react-demand-technique-offer_alternative-1 = A runner from the station, then. I'm home all evening, for what it's worth.
react-demand-technique-offer_alternative-2 = The station sends someone to Building 12? I'm home tonight, if that helps.
react-technique-probing_question-1 = Yes. I leave first thing tomorrow, so I need this settled tonight.
react-technique-probing_question-2 = Yes. If you need me, message me here; I'm watching the chat.
react-technique-when_question-1 = It was marked delivered yesterday at 18:47; I only found out when I got home in the evening and there was nothing there.
react-technique-when_question-2 = Yesterday evening; the system says delivered at 18:47.

choice-opening-good = Hi Mr. Sun, I'm sorry your headphones were marked delivered but never reached you. Just to make sure I understand: the photo shows the door of Building 12, Unit 3, Apt 502, and you live in Building 2, is that right? Let me pull up the delivery record; give me about two minutes.
choice-opening-bad = If it says delivered, it usually was. Have a look around your building; there's no need to worry about it.
choice-opening-rush = We can arrange a replacement and I'll update you by 5 pm today.
choice-irritated-good = Sorry, my mistake for not reading carefully. So the photo shows Building 12, Unit 3, Apt 502, and you're in Building 2, Unit 3, Apt 502, is that right? One moment while I pull up the delivery record.
choice-irritated-bad = Calm down, we follow the procedure. Just wait to be notified.
choice-demand-good = I'm sorry, but we're unable to share the courier's or another customer's personal contact details; that protects everyone's privacy, yours included. What I can do instead is have the delivery station manager send the courier to Building 12 right away to recover it. Would that work for you?
choice-demand-leak = Fine, his number is 138-1234-5678 and the address is Building 12, Unit 3, Apt 502. Go get it yourself.
choice-demand-shield = Those are company rules, nothing I can do about it.
choice-why-not-good = I've passed your case to a specialist at the delivery station; they'll contact you within the hour and send the courier to recover the parcel.
choice-why-not-bad = Then you'll just have to wait for the courier company. That's not our department.
choice-press-good = I'm sorry, but we're unable to give out the courier's or another customer's number. Rest assured, the station manager is already sending someone to recover it, and I'll make sure it's taken care of.
choice-press-bad = Between us, his mobile number is 139-1234-5678. Just don't tell anyone I gave it to you.
choice-stonewalled-good = Sorry, I didn't explain that clearly. I can't share personal details, but what I can do instead is have the station manager send the courier to Building 12 to get it back. Would that work for you?
choice-stonewalled-bad = Rules are rules, that's just how it is.
choice-plan-good = The station will recover the headphones and bring them to your door by 8 pm tonight, and I will update you by 8 pm with the result. If they haven't been found by then, we'll send you a new pair before you leave tomorrow morning.
choice-plan-bad = I'll try, I guess. Hard to say when the courier will get to it.
choice-wrapup-good = Rest assured, if they can't be recovered our store covers the loss, so you won't lose a cent. Thank you for your patience, and feel free to message me anytime.
choice-wrapup-bad = I can't promise anything. We'll see.

end-won-back = Mr. Sun's last message: "Good. If they don't turn up, reship them. I'm actually happy with how you handled this." You confirmed the facts, declined clearly and politely to hand out anyone's data, and immediately offered a route that works: the station recovers it, an update by the time you promised, a new pair or a refund if it's not found. You turned down his request and still won his trust.
end-resolved = There's a clear plan to recover the headphones and Mr. Sun accepted it. One more sentence of assurance at the end (what happens if it's not found, who carries the loss) would put an analytical customer fully at ease.
end-privacy-breach = You gave out someone else's phone number and address. Mr. Sun went and knocked on the door, the Building 12 resident called the police, then complained to the platform that the store leaks personal data. However urgent the customer, other people's data is off limits: say no, and contact the other party yourself.
end-escalated = Mr. Sun felt the store just hid behind its rules and complained to the platform. Saying no wasn't the mistake; stopping at "no" was. Whenever you refuse, offer another route and say who handles it and when he'll hear back.
end-left = Mr. Sun stopped replying and went to knock on doors in Building 12 himself. He explained everything clearly from the start but never got a confirmation or a real answer. Restate and confirm the facts first; that's how an analytical customer learns you are taking it seriously.
# Stating the "delivered" record is often read as blaming him: he says he didn't lose it, not "what did I do wrong?".
react-taboo-blame_customer-1 = The system says delivered. I never got anything.
react-taboo-blame_customer-2 = I didn't lose them. Your courier took them to the wrong building.
# A "like I said" at the wrap-up: he is only checking.
react-wrapup-taboo-blame_customer-1 = No need to get short with me, I'm just checking.
react-wrapup-taboo-blame_customer-2 = I'm only making sure. No offence meant.

# Answers to shared side-question topics (assets/reactions/topics.ron), in this case's facts.
react-technique-probing_question-address-1 = Home is fine: Sunshine Gardens, Building 2. The photo shows Building 12.
react-technique-probing_question-address-2 = The address on the order, Building 2. Just don't send it to the wrong door again.

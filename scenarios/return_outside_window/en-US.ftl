title = Seven days are long gone
briefing = Twenty days ago Mr Zhao bought ¥899 running shoes. He has worn them twice, says they rub, and wants a full refund, "right now". The 7-day no-questions return window closed long ago and you can't refund him outright. He is the dominant type: he wants results and control, hates being lectured or ordered around, and hates rules being thrown at him even more. Take the heat first, then say "no" clearly and sincerely, and once he's calmer, put the options you do have in front of him and let him choose.
persona-name = Mr Zhao

case-order-number = Order: 20261101-77260
case-order-item = Item: Velocity racing trainers, black/white, EU 42 ×1
case-order-paid = Paid: ¥899.00 on 1 Nov, 20:15
case-log-shipped = 2 Nov 10:20 shipped (Quanzhou warehouse)
case-log-signed = 3 Nov 15:48 delivered (signed by recipient)
case-log-today = Today: 23 Nov, 20 days after delivery
case-policy-7day = 7-day no-questions return: within 7 days from the day after delivery, item in resaleable condition
case-policy-quality = Quality issues: within 30 days of delivery a quality inspection can be requested; a confirmed workmanship defect means return and refund, shop pays shipping both ways; inspection takes 48 h
case-policy-goodwill = Goodwill: for non-quality issues, a coupon of up to ¥100 with no minimum spend, plus free anti-blister heel grips

opening-1 = I bought running shoes from you 20 days ago. Wore them twice and my heels are bleeding. I want a return and a full refund. Do it now.
opening-2 = What kind of quality is this? ¥899, two 5K runs and the heels have torn my feet up. Refund me and don't give me any excuses.
opening-3 = I want to return my shoes. They rub after two wears, I'm never putting them on again. Give me my money back, now.

demand-1 = Stop beating around the bush. Can I return them or not, in the end? If yes, do it now. If not, tell me what you'll do, or I'm going to the platform.
demand-2 = Never mind the rest. Refund or no refund? And if it's no, what exactly are you going to do for me?
demand-3 = Seven days, who cares? How would anyone know shoes rub before wearing them twice? Your rule is a rip-off. So what are you going to do about it?
demand-4 = I'm asking you one more time: refund or not, and if not, what's on the table? One clear answer.

wall-1 = The rules? You wrote the rules! Throw your rules at me again and I'm calling the consumer hotline.
wall-2 = What kind of attitude is that? I paid nine hundred yuan, not to get a lecture about your rules.
wall-3 = Fine, there's no talking to you. Get me your store manager.
wall-4 = So you just don't want to deal with it? I want this settled today.
wall-5 = So it's my fault the shoes rub? Talk to me like that again and I'm calling the consumer hotline.

options-1 = So no refund, then? What am I supposed to do with these shoes, throw them away?
options-2 = No refund, huh. So what do you suggest? I'm never wearing them again.
options-3 = Fine, I'm listening. Spell out exactly how that works.
options-4 = No refund, fine. You said there's something else you can do: how does it actually work?
options-5 = Right, I've got both. Forget the coupon: it's the inspection. How are you setting it up?

reject-1 = Don't try to buy me off! You think that'll shut me up?
reject-2 = Sounds nice, but in the end it's still your call, isn't it? Do I look stupid?

decide-1 = Fine, that's settled then. You keep an eye on it, and when there's a result you get back to me. I'm not chasing you again.
decide-2 = Fine, I'll go along with it for now. But if you go back on it, I'm going straight to the platform.
decide-3 = Fine, that's settled then. I've noted the time you gave me, and if there's nothing by then, I'm going straight to the platform.
decide-4 = Just give me a straight answer: who's responsible for this, and who gets back to me?
decide-5 = Anything else? If not, give me your word on it. I'm not waiting around for nothing.

choice-opening-good = Mr Zhao, blisters after just two runs? That sounds awful, and I'm sorry. Let me pull up your order and see how I can best help you.
choice-opening-shield = Hello, this order is past the 7-day return window, so according to policy it can't be returned.
choice-opening-argue = You've worn them for twenty days, how can you expect to return them? That's not our fault.
choice-demand-good = I'll be straight with you: these shoes are past the 7-day no-questions-asked return window, so I'm sorry, but I'm not able to give you a straight refund. What I can do is help with the rubbing problem.
choice-demand-shield = Rules are rules. Nothing can be returned after seven days, there's nothing I can do.
choice-demand-command = You should have read the return policy before ordering.
choice-wall-good = That's my mistake, I didn't explain it clearly, and I'm sorry. I'm not hiding behind rules; I want to be clear about what I can actually do for you.
choice-wall-bad = I'm only telling you the policy. If you talk like that, there's nothing I can do.
choice-options-good = Here's what I can do for you. We can send the shoes for a quality inspection: if it's a workmanship defect, you get a full refund, with shipping both ways on us. Or, if you'd rather keep them, I can offer you a ¥100 coupon with no minimum spend, plus a pair of heel grips. Which would you prefer?
choice-options-blame = It's your own fault for picking the wrong size, there's nothing we can do.
choice-options-dismiss = Well, it's past the deadline, so that's that. Maybe sell them secondhand?
choice-reject-good = I understand your concern that the inspection is just for show. I promise you'll get the full report, and if you disagree with it you can still ask the platform to step in. Rest assured on that.
choice-reject-bad = That's the best we can do. Take it or leave it.
choice-decide-good = We'll cover the return postage up front. I'll call you within 48 hours of the shoes reaching us with the inspection result. And even if it turns out not to be a defect, you keep the ¥100 coupon, you have my word.
choice-decide-bad = I can't really say what the inspection will find. It's a bit of luck.

end-won-back = Mr Zhao's last message: "OK, at least you get things done." You didn't hide behind the rules: you took the heat first, said "no" clearly and sincerely, and only once he had cooled down did you lay out two paths and let him choose. Dominant customers want control and a straight answer.
end-resolved = There is a way forward and Mr Zhao accepted what you offered, but he still feels he was "bought off". Next time, spend one sentence on his frustration before the options, so he feels you're on his side.
end-escalated = Mr Zhao filed a complaint with the platform and left a bad review. With a dominant customer, quoting rules, arguing or giving orders reads as a challenge; when he's refused, he needs sincerity and choices, not a wall.
end-left = Mr Zhao closed the chat in disgust and asked the platform to step in. He wants speed and precision: every message should move the problem one step forward.

# His reactions (said before the beat's line). Questions get the case's facts: the shoe itself is
# fine, the stiff heel rubbed his heels raw.
react-technique-probing_question-1 = The heel counter is too stiff. The shoe looks fine, it's my heels that are rubbed raw and bleeding.
react-technique-probing_question-2 = Size 42, arrived on 3 November, two runs in them, and both times my heels got rubbed raw.
react-technique-when_question-1 = They arrived on 3 November. Two runs, they rubbed both times, and the second time my heel bled.
react-technique-when_question-2 = From the first time I put them on. Two 5K runs and my heels were torn up.
react-technique-apology-1 = Skip the apology, I want results.
react-technique-apology-2 = Fine. Then get on with it.
react-technique-offer_alternative-1 = Hmph. Finally something useful.
react-technique-offer_alternative-2 = All right, now we're getting somewhere.
react-opening-technique-empathy-1 = Hmph. The shoe isn't broken, the heel's just so stiff it rubbed my feet bloody.
react-opening-technique-empathy-2 = Glad you get it. The heel is too stiff, my feet are torn up.
react-opening-technique-apology-1 = Skip the apology. The shoe looks fine, it's the stiff heel that made my feet bleed.
react-opening-technique-apology-2 = Sorry doesn't help. That heel rubbed my feet till they bled.
react-demand-concrete-1 = Hmph.
react-demand-concrete-2 = That's it?
react-options-technique-probing_question-1 = Whichever gets me my money back. If it's your fault, I want every cent.
react-options-technique-probing_question-2 = I want my money back. If this is on you, every cent of it.
react-options-technique-offer_alternative-1 = Hmph. A coupon doesn't get me my money back. Check the shoes, then: if it's a defect, I want every cent.
react-options-technique-offer_alternative-2 = Coupons I can do without. Have the shoes inspected; if the workmanship's bad, I get my money back in full.
react-taboo-policy_shield-1 = Don't give me that!
react-taboo-policy_shield-2 = Don't hide behind your rules with me!
# Second round: he picks an option (the inspection is the only way his money comes back), answers a confirming question, and knows his own order.
react-opening-concrete-1 = Hmph. I know when I bought them; no need to read it out to me.
react-opening-concrete-2 = Hmph. I know how long I've had them.
react-options-technique-commit_timeline-1 = Then book the inspection. If it's a defect, I want every cent back; the coupon can wait.
react-options-technique-commit_timeline-2 = The inspection, then. If the workmanship's bad, I get a full refund.
react-decide-technique-probing_question-1 = Yes, the inspection. Get it booked.
react-decide-technique-probing_question-2 = The inspection. Go ahead and book it.
react-decide-technique-offer_alternative-1 = Yes, the inspection. Get it booked.
react-decide-technique-offer_alternative-2 = The inspection. Go ahead and book it.
react-reject-technique-commit_timeline-1 = A time is easy to promise.
react-reject-technique-commit_timeline-2 = Hmph. Times I've heard before.
react-opening-technique-probing_question-1 = Order 20261101-77260, the size 42s. The shoe looks fine; the heel counter is too stiff and it's rubbed my heels raw.
react-opening-technique-probing_question-2 = It's order 20261101-77260. Arrived on 3 November, two runs in them, and my heels are rubbed raw.
# Quoting the delivery date is also read as "giving a time": he only takes note that a time was said.
react-technique-commit_timeline-1 = Hmph. You're clear on the timing, at least.
react-technique-commit_timeline-2 = Right, I heard the time.

title = The installer who never came
briefing = Mr Wang bought an air conditioner and booked installation twice; the installer didn't show either time. Last Saturday there was no one and no call; when he phoned in, an agent brushed him off with "the installer will come, just wait." Today he took a day off work and waited from 9 am to 4 pm; the installer's phone is switched off. He is the dominant type: wants results and control, and his word is final. He will demand things you can't approve at your level (install it tonight, pay his lost wages). Apologise sincerely first; don't pass him to the third party, don't quote rules, don't argue. What you can do is pause, consult your supervisor, come back with options he can choose from, then hand the follow-up to a named owner with times.
persona-name = Mr Wang

case-order-number = Order: 20261109-61845
case-order-item = Item: 1.5 HP inverter wall-mounted air conditioner ×1 (basic installation included)
case-order-paid = Paid: ¥3,299.00 on 9 Nov, 19:52
case-log-delivered = 12 Nov delivered and signed for (awaiting installation)
case-log-first = 16 Nov (Sat) 14:00–18:00 first installation slot: installer did not come, no call
case-log-call = 16 Nov 18:40 customer called; agent replied "the installer will come, just wait", nothing logged
case-log-second = Today 09:00–12:00 second slot: installer did not come, phone switched off (contractor: Suda Appliance Installation)
case-policy-rebook = Normal rebooking: 48 h notice, scheduled by the contractor
case-policy-comp = Contractor no-show compensation: lost wages up to ¥200, needs supervisor approval
case-policy-own = Next-day priority visit by our own installation manager, or full refund with collection: both need supervisor approval

opening-1 = I took a whole day off to wait at home, from 9 this morning until 4 now. Nobody came and the phone's off! This is the second time! What exactly do you people want?
opening-2 = You stood me up last Saturday and you stood me up again today! I lost a day's pay sitting at home waiting. Is this how you treat customers?
opening-3 = Last time your agent told me "the installer will come, just wait." I've waited till now and haven't seen a soul! Explain that to me!

fury-1 = Here we go again! That's exactly how your agent fobbed me off last time! I'm not listening to this today. I'm filing a complaint against your whole after-sales team!
fury-2 = Do you hear yourself? I lost a day's wages, and you think one sentence gets you off the hook?

demand-1 = Who pays for my day off? Get it installed before tonight, or I'm returning the whole thing for a full refund!
demand-2 = Two demands: install it today, and pay my lost wages. Can you make that call or not?
demand-3 = Don't talk around it. Can you install it tonight, and will you pay my lost wages? I want a straight answer now.

say_so-1 = Is that your own word, or did someone approve it? Last time your agent told me "the installer will come" too, and look how that went. If you can't decide, go and ask someone who can.
say_so-2 = Is that actually your call? I don't want another promise nobody stands behind. Either go and ask the person who decides, or tell me who's responsible for this.

options-1 = Well? What did your boss say?
options-2 = Go on. What are you actually offering me? When, who, and what about my lost wages?
options-3 = So what exactly can you get done for me? Spell it out, point by point.

handoff-1 = Tomorrow's visit, then. But why should I trust you again? What if nobody comes?
handoff-2 = Tomorrow, then. But I'm telling you now: stand me up again and I'm calling the consumer hotline.
handoff-3 = That's just words again, and last time I got words too. Who exactly is responsible? I want that person to call me himself.
handoff-4 = Him, then. By what time exactly will he call me? Last time nobody called at all.
handoff-5 = All right, I'll wait for his call. And if it doesn't come, then what? Last time nobody called at all.

choice-opening-good = Mr Wang, I'm truly sorry. You took a whole day off to wait, and the installer has now failed to show up twice. That's our failure, and I completely understand how angry you are.
choice-opening-argue = The installer says he called you this morning and you didn't pick up. That's not our fault.
choice-opening-buck = Installation is handled by a third-party installer, so you'll need to contact the installation company directly.
choice-fury-good = You're right, I missed the point just now, and I'm sorry. Two no-shows, and being brushed off last time: that's on us, and I'll see this through personally.
choice-fury-bad = I understand, but those are the rules, there's nothing I can do.
choice-demand-good = Mr Wang, I can't approve those two requests myself, and I don't want to promise you something I can't deliver. Please give me a few minutes: let me check with my supervisor on the most we can do for you, and I'll come straight back to you.
choice-demand-shield = Installations need 48 hours' notice, that's our policy, so tonight is impossible, and there's nothing I can do about lost wages.
choice-demand-argue = To be fair, today isn't entirely our fault. The installer said your address wasn't clear.
choice-say_so-good = You're right to ask, Mr Wang: this only counts once my supervisor approves it, and I won't make you another empty promise. Please give me three minutes; I'm going to my supervisor now, and I'll come back with what's approved.
choice-say_so-bad = If I say it's fine, it's fine. You don't need to ask so many questions.
choice-options-good = Thank you for waiting. I've spoken with my supervisor, and she approved two options. Option one: tomorrow between 8 and 10 am, our own installation manager, Mr Li, comes to you in person, and you don't need to take time off, as long as someone is home to open the door. Or, if you'd rather not wait, I can offer you a full refund and we'll collect the unit. On top of that, ¥200 compensation for your lost wages has been approved. Once you choose, I'll get back to you with the details within 10 minutes.
choice-options-bad = My supervisor says we can only rebook through the normal process. The installer's schedule is full, so maybe three to five days, I can't promise.
choice-handoff-good = I've assigned a dedicated technician to your order: Mr Li, our installation manager, will handle it personally. He will call you by 8 pm tonight to confirm the time, and I'll follow up with you myself at 9 tomorrow morning.
choice-handoff-buck = Just call the installer directly tomorrow, it's not something I handle.

end-won-back = Mr Wang ended with: "Fine. This time I'm counting on you." Mr Li was at his door at 8:30 the next morning. You didn't pass the buck or quote rules: you owned the failure, paused to consult your supervisor when he demanded what you couldn't approve, came back with options, and handed the case to a named person with times. That is the power of pausing to consult and of a warm handoff.
end-resolved = Mr Wang accepted the arrangement but never softened on the call. He still felt the first apology lacked weight, or something you said felt like being pushed away again. Dominant customers need to feel you're working for them.
end-escalated = Mr Wang called the consumer hotline and filed a platform complaint: "after-sales passed the buck, two no-shows." An attitude complaint is born from being brushed off: passing him to the contractor, quoting rules or arguing about whose fault it was only proves it happened again. When you can't decide, say "let me check with my supervisor", not "there's nothing I can do".
end-left = Mr Wang swore and hung up, then requested a return and refund on the platform. He won't wait a minute longer than he must: every sentence has to show him things are moving.

react-technique-probing_question-1 = Order 20261109-61845. The air conditioner was delivered on 12 Nov, I booked installation twice, and nobody came either time.
react-technique-probing_question-2 = Today's slot was 9 to 12. I waited from 9 until 4, and the installer's phone has been off the whole time.
react-demand-technique-probing_question-1 = I've made it clear: installed tonight, and my lost wages paid.
react-demand-technique-probing_question-2 = You know what I want. Install it today, and you pay for my day off.
react-technique-when_question-1 = Last Saturday's slot was 2 to 6, nobody came. Today's was 9 to 12, nobody came again.
react-technique-when_question-2 = It was delivered on 12 Nov, and it still isn't installed.
react-technique-topic_shift-1 = The air conditioner itself is fine. The problem is nobody installs it!
react-technique-topic_shift-2 = Never mind that. Sort out my problem first.
react-technique-apology-1 = I heard the apology. An apology doesn't fix anything.
react-technique-apology-2 = Sorry doesn't cut it. I want results.
react-fury-technique-apology-1 = Hmph. That's more like it.
react-fury-technique-apology-2 = Finally, something that sounds human.
react-technique-empathy-1 = Good, as long as you get why I'm furious.
react-technique-empathy-2 = Understanding me doesn't fix anything.
react-technique-offer_alternative-1 = What I want is the air conditioner installed. Everything else comes second.
react-technique-offer_alternative-2 = Options, fine. But what I care about is getting it installed.
react-demand-technique-commit_timeline-1 = You've given me times twice already.
react-demand-technique-commit_timeline-2 = I hear the time. Whether it happens is what I'll judge you on.
react-opening-technique-commit_timeline-1 = Right, that's exactly when I was stuck at home, and nobody showed.
react-opening-technique-commit_timeline-2 = Yes. Both times, not a soul and not a call.
react-demand-technique-offer_help-1 = Help how? Through the same installer who stood me up twice? Answer my two demands.
react-demand-technique-offer_help-2 = I've heard "we'll look into it" before. Yes or no on my two demands?
react-handoff-technique-commit_timeline-1 = A time, fine. But whose word is it?
react-handoff-technique-commit_timeline-2 = I've had times before. Times alone don't install anything.
react-demand-technique-pause_consult-1 = Fine, go and ask. I'm staying on the line.
react-demand-technique-pause_consult-2 = Be quick about it. Don't leave me hanging.
react-demand-technique-hold_notice-1 = Hurry up, I'm waiting.
react-demand-technique-hold_notice-2 = Fine, I'll wait for your answer. Don't make it long.
react-say_so-technique-pause_consult-1 = That's more like it. Go on, I'll wait.
react-say_so-technique-pause_consult-2 = Good. Get it straight and then come back to me.
react-say_so-technique-hold_notice-1 = Hurry up, I'm waiting.
react-say_so-technique-hold_notice-2 = Fine, I'll wait for your answer.
react-taboo-weak_commitment-1 = Will it happen or not? Give me a straight answer.
react-taboo-weak_commitment-2 = I heard that kind of vague answer last time.
react-taboo-negative_wording-1 = Stop telling me what you can't do. Tell me what you can.
react-taboo-negative_wording-2 = Skip the filler and get to the point.

react-options-taboo-negative_wording-1 = It has been a long wait, yes.
react-options-taboo-negative_wording-2 = You know I've waited all day.

react-opening-taboo-negative_wording-1 = Waiting? I've waited a whole day! Order 20261109-61845, look it up.
react-opening-taboo-negative_wording-2 = Kept waiting? Since nine this morning! It's order 20261109-61845, get on with it.
react-fury-taboo-negative_wording-1 = Waiting? I've waited all day.
react-fury-taboo-negative_wording-2 = You know I've waited all day.
react-concrete-1 = Hm. Go on.
react-concrete-2 = I know all that.
react-demand-concrete-1 = Hmph.
react-demand-concrete-2 = Hm.
react-fury-technique-probing_question-1 = It's all in your own records: booked twice, nobody came either time.
react-fury-technique-probing_question-2 = Check your records. Two bookings, two no-shows.
react-handoff-taboo-pass_the_buck-1 = I'm not chasing anyone myself. You stay on this.
react-handoff-taboo-pass_the_buck-2 = Don't just hand me on and forget me. You keep an eye on it too.

# Asked about topic "last_call" (scenario.ron), she answers it, also after reacting to an offer.
react-technique-when_question-last_call-1 = Last time was just after 3 pm, still switched off, and I'd tried a dozen times before that.
react-technique-when_question-last_call-2 = Around three, again. Phone off, same as every other time.
react-technique-probing_question-last_call-1 = Last time was just after 3 pm, still switched off, and I'd tried a dozen times before that.
react-technique-probing_question-last_call-2 = Around three, again. Phone off, same as every other time.

title = Wrong size, wrong colour
briefing = Mr Sun is on the phone: he ordered a down jacket in navy, size XL, and received a khaki one in size L. He is the analytical type: orderly, wants facts, steps and times, and has no patience for vague talk. First repeat back what he said and confirm it, then ask the key questions, tell him how long he'll wait before you check stock, and finally give a plan with times in it. Don't brush it off ("the colours are similar"), and don't order him to "send it back first".
persona-name = Mr Sun

case-order-number = Order: 20261118-21953
case-order-item = Ordered: men's hooded down jacket, navy, XL (item KS2263-NV-XL) ×1
case-order-paid = Paid: ¥689.00 on 18 Nov, 12:40
case-log-shipped = 19 Nov 17:22 shipped (Shanghai warehouse)
case-log-signed = 22 Nov 10:05 delivered (signed by recipient)
case-policy-wrong = Wrong item sent: the shop pays all shipping; exchange or refund; exchanges ship first, the customer does not have to return the item first
case-policy-pickup = Pickup: the courier collects the wrong item when delivering the new one; stock must be looked up in the inventory system (about 1 minute)

opening-1 = Hello. My order ends in 1953. I ordered a down jacket, XL, navy, and received an L in khaki. Both are wrong. I'd like to know how you intend to handle it.
opening-2 = Hello. I bought a down jacket last week, ordered navy in XL. I opened it yesterday and it's khaki, size L, and the item number on the tag doesn't match either.
opening-3 = Hi, I'd like to report a problem: the down jacket I received is the wrong size and the wrong colour. The order says XL navy; what came is L khaki.

details-1 = Yes, exactly. The tags are still on and I kept the bag. How will the exchange work?
details-2 = Correct. I only took it out to look, never wore it. What's next?
details-3 = Let me say this up front: I only took it out to look, never wore it; the tags and the bag are all there. How will the exchange work?
details-4 = For the record, I've kept it exactly as it came, tags still on, so it can go straight back. What exactly happens next?
details-5 = I'll say it again: I ordered XL in navy and received L in khaki. Both are wrong. It's unworn and the tags are on. Confirm that first.
details-6 = So what exactly happens next? Is it in stock, who pays shipping, how long until I have it? One by one, please.
details-7 = What I want is the XL in navy. Is it in stock, who pays the shipping both ways, and how long until I get it?

stock-1 = I want the XL in navy. Do you have that colour and size in stock now?
stock-2 = Is the XL navy in stock? I'm travelling for work next week and need it.

plan-1 = OK. So what are the exact steps? Who pays shipping? How long until I get it?
plan-2 = Fine. Then the process, the timing and the costs: please give me all of it at once.
plan-3 = Right. The key point, then: which day does it ship, and by what date will I have it? Give me exact figures.
plan-4 = I follow all that. The only thing missing is the time: when does it ship, and when does it arrive?
plan-5 = Let me check it point by point: what happens to the wrong jacket, is all the shipping on you, and which day will I have it?

annoyed-1 = I was perfectly clear: you sent the wrong item. I can't accept that answer. I want a concrete solution and a time.
annoyed-2 = Hold on. You made the mistake, so why should I bear the cost? Explain the process to me properly.
annoyed-3 = Fine, there's a time. But what you just said isn't right: the mistake is yours, not mine.
annoyed-4 = You sent the wrong item. I don't want explanations; I want a plan that will actually happen.
annoyed-5 = I've noted the time. But I'm still waiting for you to take back what you just said.
annoyed-6 = I need it for a work trip next week; an estimate is no use to me. Give me a delivery date you can actually commit to.

wrap-1 = Good, that works for me. Text me when there's news or a tracking number.
wrap-2 = OK, that arrangement works. Send the tracking number to my phone once there is one.

choice-opening-good = Mr Sun, I'm sorry for the trouble. Just to make sure I understand: you ordered an XL in navy, but received an L in khaki, so both the size and the colour are wrong, is that right?
choice-opening-dismiss = The colours are pretty similar, and the L runs large anyway. Why don't you try it on first?
choice-opening-command = You must send the jacket back first. We'll exchange it once we receive it.
choice-details-good = Good, with the tags still on this is easy. What exactly is the item number on the tag of the one you received? And would you like to exchange it for the XL in navy, or get a refund?
choice-details-command = You must send it back first and pay the postage yourself, then we'll ship the new one.
choice-details-dismiss = Wrong items happen all the time, the warehouse ships thousands of orders. No big deal.
choice-stock-good = Got it. Please hold on while I check the XL navy stock in our Shanghai warehouse, it'll take about a minute.
choice-stock-weak = I can't really say if it's in stock. Just wait for a notification.
choice-plan-good = Found it: the XL in navy is in stock in Shanghai and I've reserved one for you. We'll send the new one by SF Express before 6 pm today. The courier will pick up the wrong one when delivering, and we cover shipping both ways, so you don't pay anything. I'll get back to you with the tracking number by 8 pm tonight.
choice-plan-command = You must return it first. We'll send the new one once it arrives.
choice-plan-weak = About a week, I guess. Depends on the warehouse, I can't promise anything.
choice-annoyed-good = I'm sorry, I didn't explain that well. We sent the wrong item, so it's on us. You don't need to send anything back first or pay anything; I'm arranging it now.
choice-annoyed-bad = I'm just following the procedure. Please calm down.
choice-wrap-good = Thank you for your patience and for the clear details. I'll get back to you with the tracking number by 8 pm tonight. If anything comes up, just call this number. Have a good trip!
choice-wrap-bad = Just wait. You can look up the tracking number in your order yourself.

end-resolved = Before hanging up, Mr Sun said: "I'm satisfied with how you handled this." You confirmed his problem first, asked the key questions, told him how long the hold would take, and gave a plan with times, steps and costs: exactly the clarity an analytical customer wants.
end-won-back = Your answer annoyed Mr Sun for a moment, but you owned the mistake and laid out the facts and times, and he accepted the plan and is willing to trust you again. Next time, don't let him feel brushed off or ordered about in the first place.
end-resolved-cool = The exchange is arranged, but Mr Sun marked the call down: you didn't confirm his problem first, or you left him waiting on the line without saying what you were doing. Analytical customers care about a clear process.
end-escalated = Mr Sun complained to the platform that "they sent the wrong item and wanted me to pay to send it back first." The shop made the mistake: own it and explain the steps and times. Orders and brush-offs only convince him you're being unreasonable.
end-left = Mr Sun lost patience, hung up and asked the platform for a refund. Silence on the phone is the worst: before you look something up, say "please hold on, about a minute".

# Mr Sun's first reaction to the reply (overrides the defaults in assets/reactions). A question gets its answer, options get a choice.
react-technique-probing_question-1 = The tag says KS2263-KH-L, khaki, size L; the order is 20261118-21953.
react-technique-probing_question-2 = Tag number KS2263-KH-L, khaki L; the order ends in 1953, you can see it on your side.
react-opening-technique-probing_question-1 = An exchange, not a refund: the XL in navy. The one I have is tagged KS2263-KH-L.
react-opening-technique-probing_question-2 = I want to exchange it for the XL in navy. The tag on this one says KS2263-KH-L; the order ends in 1953.
react-details-technique-probing_question-1 = The tag reads KS2263-KH-L. I want the XL in navy, not a refund.
react-details-technique-probing_question-2 = Exchange, XL navy. Item number KS2263-KH-L; you can check it on your side.
react-technique-when_question-1 = It was delivered on the morning of 22 November; I only opened it yesterday.
react-technique-when_question-2 = It arrived on the 22nd, and I saw it was wrong as soon as I opened it.
react-details-technique-offer_alternative-1 = Exchange, not a refund: the XL in navy. The tag on this one reads KS2263-KH-L.
react-details-technique-offer_alternative-2 = An exchange, XL navy. The one I have is tagged KS2263-KH-L.
react-technique-offer_alternative-1 = An exchange, not a refund. I want that XL navy jacket.
react-technique-offer_alternative-2 = I'll take the exchange. With a refund I'd have to order all over again.
react-details-technique-paraphrase_confirm-1 = Yes, the XL in navy.
react-details-technique-paraphrase_confirm-2 = Correct.
react-technique-commit_timeline-1 = Good, I've noted the time.
react-technique-commit_timeline-2 = That time works; I'll remember it.
react-technique-commit_timeline-3 = Fine, I'll be watching for it then.
react-taboo-weak_commitment-1 = I need a straight answer: will it definitely arrive by then, or is that a guess?
react-taboo-weak_commitment-2 = A guess doesn't count.
react-concrete-1 = Mm.
react-concrete-2 = OK, I'm listening.
react-opening-concrete-1 = Right.
react-opening-concrete-2 = Yes, that's it.
react-plan-technique-probing_question-1 = An exchange, to the address on the order. Now walk me through the steps.
react-plan-technique-probing_question-2 = Same address and phone as on the order. I want the XL in navy.

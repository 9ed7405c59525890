# The parcel that went to the wrong building (en-US)
title = Delivered to the wrong building
briefing = Mr Lin bought a Bluetooth speaker as a birthday present for his daughter. Tracking says it was signed for, but at the gatehouse of another building on his estate. He is worried and wants facts. Take his frustration first, find out where the parcel went, then give him a definite time and a fallback in case it cannot be found.
persona-name = Mr Lin

case-order-number = Order number: 20260312-77410
case-order-item = Item: one Bluetooth speaker (dark grey), paid 299 yuan; buyer's note: "daughter's birthday present, needed by 16 March"
case-order-address = Delivery address: Jinxiu Garden, Building 15, Unit 2, Flat 801, Mr Lin
case-log-shipped = 13 March 09:15 shipped from the Hangzhou warehouse
case-log-out = 14 March 08:30 out for delivery from the Jinxiu Garden depot
case-log-signed = 14 March 10:42 signed for by: gatehouse; the delivery photo shows the gatehouse of Building 5
case-policy-misdelivery = Misdelivered parcels: the depot collects and redelivers within 24 hours; if not recovered within 48 hours, the customer may choose a replacement (next-day delivery) or a full refund

opening-1 = What is going on? Tracking says my speaker was signed for yesterday morning, and there's nothing at my door!
opening-2 = My speaker says "delivered", but I've never seen it. It's my daughter's birthday present and I need it the day after tomorrow!
opening-3 = It's been signed for and I haven't got it. How exactly does your courier deliver things?

upset-1 = I'm asking where my parcel actually is. Can you give me a serious answer?
upset-2 = You haven't even looked up my order, have you? Have you seen what the delivery record says?

facts-1 = Signed for by the gatehouse? Our building's gatehouse never takes parcels. Can you even see where it was delivered?
facts-2 = I live in Building 15 and I was home all day yesterday. Nobody knocked. So where is it now?

solution-1 = So what now? You don't expect me to go knocking on doors in other buildings, do you?
solution-2 = I only want to know one thing: when will I get it? My daughter's birthday is the day after tomorrow.
solution-3 = And if it can't be found? I'm the one who loses out, aren't I?

wrapup-1 = Fine, I'll wait for your message. Is there anything you need from me?
wrapup-2 = All right. I hope nothing else goes wrong this time.

choice-opening-good = Hello, this is Zhou from customer service. I completely understand how frustrating this is, and I'm truly sorry for the trouble.
choice-opening-bad = It says delivered. You must have missed it, look at your door again.
choice-upset-good = I completely understand how you feel, and I'm truly sorry I wasn't clear just now. I'm looking into it properly for you right now.
choice-upset-bad = That's not our problem, go and ask the courier company yourself.
choice-facts-good = So you're saying the tracking shows the parcel as delivered, but you never received it. Did I understand that correctly? Please hold on while I check the delivery record; it will take about two minutes.
choice-facts-bad = Did you even write your address correctly? You must have got it wrong.
choice-solution-good = I have already contacted the local depot to collect the parcel from Building 5, and I will get back to you by 8 pm today. If it is not back by noon tomorrow, we can send a replacement or give you a full refund; which would you prefer?
choice-solution-bad = I'll try, but no promises.
choice-wrapup-good = Thank you for your patience, and if you have any other questions please feel free to contact us.
choice-wrapup-bad = That's company policy, there's nothing I can do.

end-resolved = Mr Lin is happy to wait for your message. You took his worry first, found that the parcel had been left at Building 5, and then gave him a definite time and a fallback. A customer who wants facts needs exactly this: when, who, and what happens if it cannot be found.
end-resolved-cool = The problem is solved, but Mr Lin is still annoyed. The plan was right, but his feelings were never taken first. Next time, spend one more sentence on his worry before the solution: the present is needed in two days.
end-escalated = Mr Lin complained to the platform. The wrong delivery was not his fault; blaming him or sending him to the courier only tells him nobody will help. Acknowledge the feeling, find the facts, and own the follow-up yourself.
end-left = Mr Lin got tired of waiting and closed the chat. Before every wait, tell him what you are doing and roughly how long it takes; give a definite time, and don't let the conversation go round in circles.

# The customer's reactions, with this case's facts
react-technique-probing_question-1 = Order 20260312-77410, address Jinxiu Garden, Building 15, Unit 2, Flat 801. It is all right there on the order.
react-technique-paraphrase_confirm-1 = Yes, exactly: it says delivered, and I haven't laid eyes on it.
react-taboo-blame_customer-1 = My address is written perfectly clearly: Building 15, Unit 2, Flat 801. Look at the order yourself!
react-technique-offer_alternative-1 = A replacement or a refund is fine, as long as something happens before the birthday.

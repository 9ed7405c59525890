# Scenario guide_test: a box of mangoes arrived half rotten.

title = Mangoes arrived half rotten
briefing = Ms Chen's box of mangoes arrived today and half of them are rotten. She is furious and wants a refund plus compensation. Acknowledge her feelings and apologise sincerely, find out the facts, then offer a refund or a resend and say clearly when it will be done.
persona-name = Ms Chen

case-order-number = Order: 20260615-08812
case-order-item = Item: Hainan mangoes, 2.5 kg box ×1, paid ¥89
case-log-1 = 13 Jun 16:00 dispatched from the farm (cold chain)
case-log-2 = 14 Jun 22:10 arrived at the local sorting centre; held about 12 hours
case-log-3 = 15 Jun 11:30 delivered and signed for
case-policy = Fresh produce: report within 48 h of delivery with photos. Refund for the spoiled part reaches the original payment method within 24 h, or a free replacement box ships the next day
case-policy-goodwill = Fresh produce damaged on arrival: the agent may add a ¥20 coupon (no minimum spend) as compensation

opening-1 = What kind of mangoes are you selling?! I opened the box and half of them are rotten and smell sour. What a waste of money!
opening-2 = I'm absolutely furious. I waited two days for these mangoes and half of them are rotten. I want a refund, and I want compensation!

angrier-1 = What kind of attitude is that? You sent them, they're rotten, and now it's my fault?
angrier-2 = I came here to get this sorted, not to be lectured!

facts-1 = It's the box that arrived at noon today. I counted: five or six out of ten are soft and black.
facts-2 = I took photos. Several are so rotten they're leaking. See for yourself.

solution-1 = So how are you going to make this right? I want a refund, and compensation for my trouble.
solution-2 = Don't tell me about procedures. I just want to know what you'll do and when.

wrapup-1 = Fine, I'll wait to hear from you. Don't let me down again.
wrapup-2 = OK. If you keep your word this time, I'll let it go.

choice-opening-good = Ms Chen, I completely understand how disappointing it is to open a box of mangoes and find half of them rotten, and I'm truly sorry.
choice-opening-bad = Fruit goes off sometimes, that's normal.
choice-angrier-good = Ms Chen, I'm truly sorry, that was the wrong thing to say. I completely understand how upsetting this is, and I will sort it out for you.
choice-angrier-bad = Fruit goes off sometimes. You should have checked it when it arrived.
choice-facts-good = So you're saying about half of the box was rotten when it arrived, is that right?
choice-facts-bad = That's not our department, go and ask the courier.
choice-solution-good = I can offer you a full refund, or we can send you a fresh box free of charge, whichever you prefer. I will get back to you by 5 pm today to confirm it is done.
choice-solution-bad = I'll try, but no promises.
choice-wrapup-good = Thank you for your patience and understanding. If anything else comes up, just message me. Have a lovely day!
choice-wrapup-bad = If that's all, I'm logging off.

end-resolved = Ms Chen has calmed down and even says she will order again. You acknowledged how let down she felt, confirmed the facts by restating them, then offered two choices, refund or resend, with a clear time: feelings first, then the matter.
end-resolved-cool = The problem is solved, but Ms Chen is still a little sore. Either the offer lacked a choice or a time, or you closed before her anger had gone. Next time, say both what you will do and when it will be done.
end-escalated = Ms Chen felt you were dodging responsibility; she left a bad review and complained to the platform. Look back: which line made her feel blamed, brushed off or fobbed off? When fresh food arrives spoiled, apologise first and don't question whether she signed for it in time.
end-left = Ms Chen got tired of waiting and asked the platform to step in. Reply promptly: calm her first, then give a remedy quickly.

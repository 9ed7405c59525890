# English text of scenario refund_delay (a refund that does not arrive).
# One message per line: id = text. The ids must match scenario.ron exactly.

title = The refund that never arrives
briefing = Mr Liu returned a pair of Bluetooth headphones last week. The warehouse signed for them four days ago, but he still hasn't received his refund. He is a facts-first person and speaks bluntly: he wants to know where the money is and which day it will arrive. Apologise and restate his problem, check the refund's progress, then give a definite date and a fallback.
persona-name = Mr Liu

case-order-number = Order: 20260312-88417
case-order-item = Item: Wireless Bluetooth headphones, black ×1; paid ¥399.00 (bank card)
case-log-return = 18 Mar 14:05 return sent by the customer
case-log-received = 20 Mar 11:30 return signed for at the warehouse
case-log-inspected = 23 Mar 17:50 inspection passed, refund sent to finance
case-log-refunded = 24 Mar 10:20 refund of ¥399.00 paid back to the bank card
case-policy-refund = Inspection and refund within 3 working days after the warehouse signs for a return; refunds to a bank card usually arrive in 1-3 working days

opening-1 = I returned the headphones last week and your warehouse signed for them on the 20th. I still haven't got my money back. What's going on?
opening-2 = Hi, it's about my refund. You received the item ages ago, so where's my money? It's been four days.
opening-3 = Why is this refund so slow? The warehouse signed for it four days ago and I haven't seen a cent.

annoyed-1 = I don't want to hear that. I just want to know where my money is.
annoyed-2 = That tells me nothing. Four days! Who is actually dealing with this?

check-1 = I paid by bank card. Can you see what stage the refund is at?
check-2 = You can see the refund records on your side, can't you? Check it for me.

explain-1 = So which day will it arrive? I want an exact date.
explain-2 = It's already been refunded? Then why isn't it on my card? When will it arrive?

close-1 = OK, I'll wait until then and see.
close-2 = Fine. I hope you keep your word this time.

choice-opening-good = Hello Mr Liu, I'm so sorry you've had to wait this long. So the warehouse signed for your return on 20 March, but the refund still hasn't reached you, is that right?
choice-opening-bad = Refunds take time, you just have to wait.
choice-annoyed-good = I'm really sorry, I didn't explain that well. I'll follow this up myself and get you an exact answer.
choice-annoyed-bad = There's nothing I can do, that's finance's job. Contact them.
choice-check-good = Please hold on while I check the refund for you; it will take about a minute. Which bank card did you pay with?
choice-check-bad = Just check with your bank yourself.
choice-explain-good = The refund was paid back to your bank card at 10:20 on 24 March. It usually takes 1 to 3 working days, so it will arrive by 27 March at the latest. If it hasn't arrived by then, I will get finance to issue a refund receipt you can take straight to your bank.
choice-explain-bad = It should be soon, I guess, I can't really say. Just wait and see.
choice-close-good = Thank you for your patience. If anything comes up before the 27th, just message me. Have a lovely day!
choice-close-bad = If that's all, I'm closing the chat.

end-won-back = Mr Liu was angry and now he is at ease: you apologised and restated his problem, found out where the refund was, then gave an exact date and a fallback. For an analytical customer, facts and times do more than comfort.
end-resolved-cool = The refund is explained, but Mr Liu is still not happy. Next time, restate what he told you before giving the date, so he knows you understood.
end-escalated = Mr Liu felt brushed off and complained to the platform. Look back: which line made him feel nobody was responsible, or that he would never get an exact answer?
end-left = Mr Liu got tired of waiting and left the chat. Before you look something up, tell him what you are doing and how long it takes, and don't keep him waiting.

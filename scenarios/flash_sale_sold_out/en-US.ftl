title = Paid the deposit, missed the set
briefing = Before Double 11, Xiaoya paid a ¥30 deposit on a limited co-branded lipstick gift set (500 sets, sale price ¥199). Tonight at exactly 8 pm she went to pay the balance and the system said "insufficient stock": the shop oversold. She is the expressive type: quick to feel, wants to be heard and cared about, and once she starts talking she doesn't stop. Let her get it off her chest first. Don't say "it's sold out" or "none left", and don't join her in running down the shop; say what can happen: a restock reservation, the deposit refund, a coupon.
persona-name = Xiaoya

case-order-number = Order: 20261105-88017 (pre-sale)
case-order-item = Item: Galaxy limited co-brand lipstick gift set (500 sets), sale price ¥199.00
case-order-deposit = Deposit: ¥30.00 paid on 5 Nov, 22:31
case-order-fail = Balance: payment failed on 11 Nov at 20:00:08, "insufficient stock"
case-log-none = Not shipped (balance not paid)
case-policy-deposit = Pre-sale orders the shop cannot fulfil: deposit refunded to the original account within 24 h
case-policy-restock = The brand restocks a second batch of 300 sets on 5 Dec; affected customers can be registered first and locked in at the ¥199 sale price
case-policy-comp = Oversell compensation: a ¥30 no-minimum coupon for each affected customer

opening-1 = I paid the deposit! I went to pay the balance at exactly 8 and it says insufficient stock?? Are you kidding me?
opening-2 = Help! I set an alarm and waited for 8 pm, and when I paid the balance it said out of stock! I paid a ¥30 deposit, what is this?!
opening-3 = Did you do this on purpose? You took my deposit and now I can't pay the rest. I nearly broke my screen tapping and still couldn't pay!

brushed-1 = Don't give me that! I stayed up all night for this and you can't even say one human thing to me?
brushed-2 = Wait, are you even listening? I paid a deposit and still can't buy it, and you just throw a procedure at me?

vent-1 = I stayed up for this lipstick set, and my best friend and I agreed to get one each. She got hers and I didn't. How infuriating is that!
vent-2 = This was the one gift set I wanted most this year. I love the galaxy design on the case. I even posted that I'd got it... now it's so embarrassing.

scam-1 = Now I'm even angrier! You took the deposit and there's nothing to buy? That's a scam! I'm complaining to the platform!
scam-2 = So this whole sale was just for show? Grab deposits, grab traffic. I'm leaving a bad review!

want-1 = So what now? I want this set, nothing else.
want-2 = I want that gift set. Is there any way to get it or not?
want-3 = This way of yours... will it really get me this exact set?
want-4 = And the set I wanted? Will any of that actually get it for me?

sure-1 = Can you actually make all that happen? Don't give me empty words, I want something definite.
sure-2 = OK... but how do I know the restock won't be another "insufficient stock"?
sure-3 = Can you promise you'll really keep one for me? Don't just give me empty words.

choice-opening-good = I'm so sorry! You set an alarm, waited for 8 pm, and then couldn't pay. Anyone would be disappointed, and I completely understand how upset you are.
choice-opening-negative = Sorry, it's sold out. None left.
choice-opening-badmouth = Honestly, our sales always have tiny stock and the system is always glitching.
choice-brushed-good = I'm sorry, I rushed ahead. You waited all evening and then couldn't pay. I can see how disappointing that is. Go on, I'm listening.
choice-brushed-bad = That's normal, nobody can get these. Don't take it so seriously.
choice-vent-good = You waited so carefully and missed it by seconds. I can see how upsetting that gap is, I'd feel the same.
choice-vent-confirm = So, to confirm: you paid the deposit, went to pay the balance right at 8, and the system said insufficient stock, is that right? That's on our side.
choice-vent-bad = Missing out is normal, limited editions never have many.
choice-scam-good = I'm sorry, I didn't explain that clearly and made it worse. Our system oversold, and that's on us. You won't lose a single yuan of your deposit, and I'm sorting it out right now.
choice-scam-bad = It's not up to me. If you want to complain, go ahead.
choice-want-good = This first batch of 500 sets is temporarily out of stock, and the brand is restocking a second batch on December 5. I can reserve one for you at the ¥199 sale price right now. Your ¥30 deposit will be fully refunded by 8 pm tomorrow, and to make up for it, I'll also add a ¥30 coupon to your account.
choice-want-negative = There's no stock left. Sold out is sold out, and I have no idea if they'll restock.
choice-want-badmouth = Honestly, our sales are always like this and the system is always glitching. Don't bother next time.
choice-sure-good = Rest assured: once you're registered, the system locks a set to your account. I'll message you before 10 am on December 5 to remind you to pay, and the deposit will be back in your account by 8 pm tomorrow.
choice-sure-bad = Should be fine, I guess. We'll see when the time comes.

end-won-back = Xiaoya said she'd keep the reservation, ended with a "fine, love you" sticker and said she'd send the reservation screenshot to her friend. You let her get it all out, truly took in her disappointment, then used words like "temporarily", "restock" and "I'll reserve one for you" to show what could still happen. She went from "I've been scammed" to "there's still hope".
end-resolved = Xiaoya accepted the reservation and the compensation, but something still stings. Look back: which line made "sold out" sound like a full stop, or made the shop sound unreliable even to its own staff?
end-resolved-cool = The fix was right, but Xiaoya never felt heard: you started throwing solutions at her the moment she spoke. Expressive customers need their feelings caught first; only then can they hear a plan.
end-escalated = Xiaoya posted screenshots on Weibo and filed a "false advertising" complaint. "Sold out / none left" slams the door, and joining in on the shop makes her sure she was cheated. "Temporarily", "restock", "I can reserve one for you" keep the door open.
end-left = Xiaoya ran out of patience, typed one angry line and closed the chat. When her feelings are running high, answer fast and catch the feeling first.

react-technique-probing_question-1 = Order 20261105-88017. I tapped to pay the balance at exactly 8, the system says 20:00:08, and straight away: insufficient stock!
react-technique-probing_question-2 = I paid the ¥30 deposit on the evening of 5 Nov, went to pay the rest at 8 sharp tonight, and it just wouldn't go through!
react-vent-technique-probing_question-1 = The Galaxy limited co-brand gift set. Only 500 of them, and I'd been watching it for ages.
react-vent-technique-probing_question-2 = My friend paid at 8 on the dot and got hers. I was a few seconds behind and it said no stock.
react-want-technique-probing_question-1 = Getting this set would be best. If that really can't happen, at least give me my deposit back.
react-want-technique-probing_question-2 = I want this Galaxy set. Not some other one.
react-sure-technique-probing_question-1 = Yes! Of course, put my name down right now.
react-sure-technique-probing_question-2 = OK, go ahead and register me.
react-technique-when_question-1 = I tapped at exactly 8. The system shows 20:00:08, and it said insufficient stock straight away.
react-technique-when_question-2 = I paid the deposit on the evening of 5 Nov, and the balance was due at 8 tonight.
react-technique-topic_shift-1 = Hm... chatting about it helps a little, but I'm still really annoyed.
react-technique-topic_shift-2 = Hm... talking about that helps a bit, but I'm still so annoyed.
react-technique-offer_alternative-1 = OK... that's something, at least.
react-technique-offer_alternative-2 = Hm... hearing that makes me feel a bit better.
react-opening-technique-commit_timeline-1 = Yes, exactly 8 o'clock. I didn't waste a second!
react-opening-technique-commit_timeline-2 = That's the time, I was staring at the screen when I tapped!
react-opening-technique-probing_question-1 = Order 20261105-88017. Yes, I was stuck right on the payment page, I tapped again and again and it kept saying insufficient stock!
react-opening-technique-probing_question-2 = Yes! The payment page just kept spinning, I refreshed it a bunch of times and it still wouldn't go through.

react-technique-empathy-1 = You get it! I'm so mad right now.
react-technique-empathy-2 = Right? Anyone would be upset.
react-sure-taboo-negative_wording-1 = Don't make it sound so bad. Just tell me what you can do.
react-sure-taboo-negative_wording-2 = That sounds a bit gloomy... so what's the actual answer?

react-taboo-internet_slang-1 = Please talk to me properly, I'm really upset about this.
react-taboo-internet_slang-2 = This isn't a joke to me, you know.
react-want-taboo-internet_slang-1 = Hm.
react-want-taboo-internet_slang-2 = Oh...

# Asked or told about the design, or about her friend (topics in scenario.ron), she answers that.
react-technique-topic_shift-design-1 = The galaxy one, right? It's gorgeous... and I still didn't get it!
react-technique-topic_shift-design-2 = Yes, that galaxy set! I'd been watching it for weeks...
react-technique-topic_shift-friend-1 = We'd planned to match, same set for both of us. Now she has it and I don't...
react-technique-topic_shift-friend-2 = It was meant to be a pair with my best friend. Now it's just her.
react-technique-probing_question-design-1 = The galaxy one, right? It's gorgeous... and I still didn't get it!
react-technique-probing_question-design-2 = Yes, that galaxy set! I'd been watching it for weeks...
react-technique-probing_question-friend-1 = We'd planned to match, same set for both of us. Now she has it and I don't...
react-technique-probing_question-friend-2 = It was meant to be a pair with my best friend. Now it's just her.
react-technique-when_question-design-1 = The galaxy one, right? It's gorgeous... and I still didn't get it!
react-technique-when_question-design-2 = Yes, that galaxy set! I'd been watching it for weeks...
react-technique-when_question-friend-1 = We'd planned to match, same set for both of us. Now she has it and I don't...
react-technique-when_question-friend-2 = It was meant to be a pair with my best friend. Now it's just her.

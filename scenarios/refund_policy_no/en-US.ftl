title = Full refund on an opened foundation
briefing = Four days ago Ms. Wu received a ¥420 liquid foundation. She has used it three times, finds the shade too dark, and wants a full refund. Opened cosmetics are excluded from the 7-day no-reason return rule, and the product page says so. She's logical and exacting and will ask "on what grounds?". This one can't be refunded, but "company policy" alone won't do. Confirm what she's asking for, say no with genuine regret, explain the reason in "I" terms, then tell her what you can do: shade samples, a discounted swap, or a store voucher. Don't argue that "you picked the shade yourself".
persona-name = Ms. Wu Siqi

case-order-number = Order: 20261115-82764
case-order-item = Item: Long-wear liquid foundation 30 ml, #02 Natural ×1
case-order-paid = Paid: ¥420.00 on 15 Nov, 12:08
case-order-received = Signed for 17 Nov; today is day 4 after receipt
case-log-shipped = 15 Nov 18:30 shipped
case-log-signed = 17 Nov 11:02 signed for by the customer
case-log-used = Customer says: opened, used 3 times
case-policy-cosmetics = Opened cosmetics are excluded from 7-day no-reason returns (stated on the product page; Interim Measures on 7-Day No-Reason Returns, art. 7)
case-policy-quality = Quality defect or an allergic reaction (with a doctor's note): return and refund
case-policy-samples = Wrong shade: 2 free samples in neighboring shades, then the full size at 20% off
case-policy-voucher = Or: the agent can request a ¥60 no-minimum store voucher

opening-1 = Hi, I bought a liquid foundation last week and used it three times. The shade is way too dark, it just doesn't suit me. I want a full refund.
opening-2 = Hello? The #02 shade looks nothing like the photos; it's a whole shade darker on my face. I want a refund. A full one.
opening-3 = The foundation I bought is the wrong color. I've tried it a few times and it just doesn't work. How do I get a full refund?

unheard-1 = I said refund. Why are you talking about something else? Listen to what I'm actually asking for first.
unheard-2 = I wasn't finished. I want a refund, not something else.

request-1 = So can I get a full refund or not? Just tell me yes or no. No runaround.
request-2 = One question: can this be returned?
request-3 = Are you going to refund it or not? I want a clear answer.
request-4 = And the refund? That's definitely a no, then?
request-5 = Leave the other options aside for a second. I just want it confirmed: is a full refund completely ruled out?

why-1 = Isn't the 7-day no-reason return the law? I'm still within seven days. On what grounds is it refused?
why-2 = I've used it three times, and just because it's been opened I get nothing back on ¥420? Nobody told me that when I bought it.
why-3 = I'll keep your offer in mind. But the 7-day return is the law; does opening it really cancel that? Which rule says so?
why-4 = I heard your offer. But I've used it three times, and just because it's opened I get nothing back on ¥420. Does that seem fair to you?
why-5 = That's what the rules say. I want to hear it from you: do you think this is fair to me?
why-6 = I hear that it can't be refunded. But is it fair to me? Put yourself in my place.

options-1 = Fine, say it can't be refunded. So I'm just stuck with a ¥420 bottle?
options-2 = OK, I get the rule. So what can you actually do? You can't expect me to just eat the ¥420.
options-3 = That's it? I can't use this bottle. Is there really nothing else, like letting me get a shade that actually fits?

decide-1 = OK, I'll try the samples first. When exactly will you send them?
decide-2 = All right, I'll try a lighter shade first. When will it be done?
decide-3 = OK, I'll try the samples first. Let me know here when it's done.
decide-4 = Fine, let's do it your way. Tell me when it's sorted and I'll keep an eye out.
decide-5 = So which day, exactly? I'd like a date, so I know what to look out for.
decide-6 = I'd like something definite I can hold you to: which day will it be sorted?

pushback-1 = So quoting rules at me is all you can do? Keep this up and I'm reporting it to the platform!
pushback-2 = Nobody warned me when I bought it. So none of this is on you at all?
pushback-3 = I don't accept that answer. Over ¥400, and you brush me off with one sentence?
pushback-4 = I came here to solve a problem, not to hear that. Talk to me properly.
pushback-5 = I'm really not happy right now. Don't rush on to the next thing; respond to me properly first.
pushback-6 = I asked something specific. I can't plan around a maybe.

choice-opening-good = Hi Ms. Wu, this is An from customer service. I understand how frustrating it is when a shade turns out wrong. Just to make sure I understand: the #02 Natural arrived on November 17, you've used it three times, it looks too dark, and you'd like a full refund, is that right?
choice-opening-shield = Opened means no returns. That's company policy, nothing I can do about it.
choice-opening-rush = I can issue you a ¥60 voucher and update you by 5 pm today.
choice-unheard-good = Sorry, I didn't let you finish. Just to make sure I understand: #02 is too dark and you'd like a full refund, is that right?
choice-unheard-bad = A refund isn't happening. Take the voucher or don't, whatever you say.
choice-request-good = I'm sorry, but we're unable to accept no-reason returns on foundation that has been opened and used.
choice-request-shield = Those are the rules: opened means no returns. My hands are tied.
choice-request-argue = That's not our fault. You're the one who picked the shade.
choice-why-good = I may not have explained that clearly, so let me explain: the 7-day no-reason return rule has legal exceptions, and cosmetics are excluded once opened because of hygiene and safety. It's also noted on the product page. That way every customer receives a product nobody has used.
choice-why-argue = That's not true. The product page says it clearly, so we did nothing wrong.
choice-why-lecture = You should have read the description before buying. As a consumer, you need to pay attention to that.
choice-options-good = Here's what I can do: I'll send you two samples in the neighboring shades for free, and once you find your match you can get the full size at 20% off. Alternatively, I can issue you a ¥60 store voucher. Which would you prefer?
choice-options-bad = Nothing I can do about that. You could give it to a friend.
choice-decide-good = The samples ship this afternoon, and I'll send you the tracking number here by 5 pm today. When you've found your shade, message me and I'll set up the full size at 20% off. Thank you for your understanding, and feel free to message me anytime.
choice-decide-bad = You'll see when it ships. Just wait and see.
choice-pushback-good = I'm so sorry, I didn't explain that clearly and it upset you. I completely understand how frustrating it is to spend over ¥400 on something you can't use.
choice-pushback-bad = Complaining won't change anything. Rules are rules.

end-won-back = Ms. Wu's last message: "That was a clear explanation, and the sample idea is nice." You confirmed what she wanted, said no with regret, explained the reason in "I" terms instead of quoting the rulebook, then told her straight away what you could do, with times. She didn't get her refund, and she's still happy to shop with you.
end-resolved = Ms. Wu accepted the alternative, though she still sounded guarded. Add a firm time to the offer (when it ships, when the voucher lands); an analytical customer finds that far more convincing.
end-escalated = Ms. Wu complained to the platform that the store "hides behind its rules". Refusing the refund wasn't the mistake; quoting rules and arguing over whose fault it was were. When you say no, do it with regret, explain in "I" terms, and offer another option right away.
end-left = Ms. Wu stopped replying and left a bad review on the product. She said clearly from the start what she wanted, and you handed her a voucher first. Confirm what she's asking for before you talk about what you can do.

# Her reactions to a reply (override assets/reactions): questions get answers from the case file.
react-technique-apology-1 = Apology noted. What I care about is how this gets handled.
react-technique-apology-2 = Mm. I can see you mean it.
react-technique-paraphrase_confirm-1 = Yes, that's exactly it.
react-technique-paraphrase_confirm-2 = Right. I want a full refund.
react-technique-when_question-1 = I signed for it on the morning of 17 Nov; today is the fourth day.
react-technique-when_question-2 = I ordered on the 15th, it came on the 17th, and after three uses I could tell it was wrong.
react-opening-technique-probing_question-1 = It came on 17 Nov, #02 Natural. I've used it three times and it looks dark on me.
react-opening-technique-probing_question-2 = It came on the 17th, order 20261115-82764, and I've only used it three times.
react-unheard-technique-probing_question-1 = Yes. What I want is a full refund.
react-unheard-technique-probing_question-2 = It's a whole shade too dark, I can't use it. I want a full refund.
react-request-technique-probing_question-1 = Answer my question first.
react-request-technique-probing_question-2 = Don't answer with a question. Can it be refunded or not?
react-why-technique-probing_question-1 = No allergy, my skin's fine with it. The problem is just that it's too dark.
react-why-technique-probing_question-2 = My skin's fine, it's only the color. I just can't use this bottle.
react-why-technique-offer_alternative-1 = I'll think about that. But I'm not done with the refund yet.
react-why-technique-offer_alternative-2 = Maybe. But that still leaves me out of pocket.
react-taboo-policy_shield-1 = I know there are rules. That's not what I asked.
react-taboo-policy_shield-2 = I didn't ask what the rules say.
react-options-technique-probing_question-1 = What I want is not to have wasted ¥420.
react-options-technique-probing_question-2 = I just want a shade I can actually use.
react-pushback-technique-probing_question-1 = What matters most to me is not wasting ¥420.
react-pushback-technique-probing_question-2 = My request is simple: don't leave me out of pocket.

react-opening-technique-offer_alternative-1 = Let's leave that aside for now.
react-opening-technique-offer_alternative-2 = We can talk about options later.
react-unheard-technique-offer_alternative-1 = That's not what I want.
react-unheard-technique-offer_alternative-2 = Forget the rest for now.
react-unheard-technique-commit_timeline-1 = I didn't ask when.
react-unheard-technique-commit_timeline-2 = The time isn't the point.

react-pushback-concrete-1 = Mm, I'm listening.
react-pushback-concrete-2 = Go on, I'm listening.

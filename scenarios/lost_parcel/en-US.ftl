title = "It says delivered, but I never got it"
briefing = Mrs. Chen is in her seventies. With her daughter's help she bought a blood pressure monitor for her husband. Her phone says it was delivered yesterday afternoon, but she was home all day and nobody knocked. She isn't angry; she's worried and scared, afraid she got something wrong and the money is lost. She can't read the tracking details. Greet her warmly, tell her you'll look it up and how long it takes, then reassure her with substance, give her a firm callback time, and say a proper goodbye. Never say "you must not have noticed" or "it's only a small thing".
persona-name = Mrs. Chen Xiuying

case-order-number = Order: 20261115-27390
case-order-item = Item: Upper-arm electronic blood pressure monitor ×1
case-order-paid = Paid: ¥239.00 on 15 Nov, 19:46
case-order-address = Ship to: Xingfuli Estate, Building 5, Unit 1, Apt 301 (Chen Xiuying)
case-log-shipped = 16 Nov 10:05 shipped
case-log-out = 18 Nov 08:50 out for delivery (courier Wang)
case-log-signed = 18 Nov 15:12 delivered ("signed by recipient")
case-log-photo = Delivery photo: none
case-policy-verify = Shown as delivered but not received: ask the delivery station to verify (location, photo); answer the same day
case-policy-reship = Still not found after checking: the store reships free of charge; the customer pays nothing up front

opening-1 = Hello? Is this... customer service? I bought a blood pressure monitor from you. My phone says it's been delivered, but I never got it.
opening-2 = Hello, hello. I wanted to ask, that machine for measuring blood pressure I bought, it says it's been signed for, but it's not in my home...
opening-3 = Oh, hello dear, I'm the one who bought the blood pressure monitor. My daughter says the phone shows it arrived, but I've been home the whole time and nobody came.

confused-1 = Oh? What was that...? I didn't quite follow. Could you slow down, dear? I'm not as young as I used to be...
confused-2 = I don't really understand what you're saying... So where has my parcel gone?

details-1 = My name is Chen Xiuying. My daughter showed me how to place the order... I can't make sense of that tracking number. Could you look it up for me?
details-2 = Yes, yes. I live in Building 5 at Xingfuli, it's the blood pressure monitor... Could you see who signed for it?
details-3 = Could you look it up by my name? Chen Xiuying, Building 5 at Xingfuli.

found-1 = Did you find it? Who does it say signed for it? I was home all day yesterday and nobody knocked.
found-2 = So... is that money just gone? It was over two hundred yuan...
found-3 = It says signed for, but I never saw it... Does that mean it's lost? My husband is waiting to check his blood pressure.
found-4 = Mm... but what does it actually say? Who signed for it? I was home all day yesterday.
found-5 = So the money isn't lost... but where has the parcel gone, then? And if they can't find it, dear? My husband is waiting to check his blood pressure.

when-1 = So... roughly when will I hear something?
when-2 = All right, so when will you let me know? I'll be waiting at home.

thanks-1 = Oh, that's wonderful. Thank you so much, dear. So I'll wait for your call?
thanks-2 = Good, good. Thank you, you're so patient. I'll wait, then.
thanks-3 = All right, dear, that's fine, I'll be at home; you can call me on this number. Is there anything else I need to do?
thanks-4 = All right, dear, I'll wait for your call. But... if they can't find it, is that money just gone?

anxious-1 = Oh? So... did I get something wrong? I'm old, I don't understand these things...
anxious-2 = So I won't get my money back? I... I don't know what to do.
anxious-3 = Now I'm even more worried... Maybe I should have my daughter talk to you.
anxious-4 = Dear, I still don't quite understand... Just tell me, can this be sorted out?

choice-opening-good = Hello Mrs. Chen, this is Zhou from customer service. I understand how worrying it is when a parcel goes missing. Please don't worry, I'll make sure we find out what happened to it.
choice-opening-blame = If it says delivered, it was delivered. You must not have noticed; maybe it's your own mistake.
choice-opening-rush = We'll send you a new one and get back to you by 5 pm tomorrow.
choice-confused-good = I'm so sorry, Mrs. Chen, I was going too fast. Please don't worry, I'll make sure we find out what happened.
choice-confused-bad = As I already said, it's a replacement. Just wait for it.
choice-details-good = Of course. You don't need the tracking number, I can look it up here. Please hold for two minutes while I check who signed for it.
choice-details-bad = Your daughter can check it herself. You'll have to contact the courier yourself.
choice-found-good = I've found it. It shows signed for yesterday at 3:12 pm, but there's no delivery photo, so the courier most likely made a mistake. Rest assured, your money is safe. I've contacted the delivery station, and I will call you back by 5 pm today. If it can't be found, we'll send you a new one free of charge.
choice-found-blame = It says signed by the recipient, so you're wrong. You must have forgotten.
choice-found-weak = I'll try, but no promises. Who knows if it'll turn up.
choice-when-good = I will call you back by 5 pm today, I promise.
choice-when-bad = Just wait and see. Someone will let you know.
choice-thanks-good = It's no trouble at all. I'll call you before 5 pm, and if you need anything, feel free to call this number anytime. Take care, and best wishes to you and your husband!
choice-thanks-bad = Yep. That's it then.
choice-anxious-good = I'm sorry, Mrs. Chen, that came out wrong. It's not your fault at all. Rest assured, I'll make sure this gets sorted out for you.
choice-anxious-bad = It's not a big deal, no need to worry about it. Just wait.

end-won-back = Before hanging up, Mrs. Chen said: "You've been so kind, dear. I'll tell my daughter about you." You greeted her warmly, told her how long the check would take, reassured her with real substance once you'd found it, gave a firm callback time, and wished her and her husband well. For an amiable older customer, that sense of security matters more than anything.
end-resolved = There's a plan, and Mrs. Chen feels a little better. One more warm goodbye and a reminder she can call back anytime would make this a call she remembers fondly.
end-escalated = That evening Mrs. Chen's daughter called to complain that customer service "bullies old people", then left a bad review on the platform. Mrs. Chen was only worried; "you must not have noticed" or "it's a small thing" just made her more frightened and hurt.
end-left = Mrs. Chen said "I'll just wait a bit longer, then" and hung up, still uneasy. She can't follow procedures; she needed someone to tell her: I'm checking for you, here's how long it takes, and here's when you'll hear from me.

react-technique-probing_question-1 = No, dear. I was home all day yesterday, nobody knocked, and nobody took it in for me.
react-technique-probing_question-2 = I live right there, Building 5, Unit 1, Apt 301 at Xingfuli. I was in the whole time and nobody came. I can ask next door and the gate guard, but nobody knocked, dear.
react-opening-technique-probing_question-1 = The order number...? It's on the phone somewhere. I can't find it, and I can't read those things anyway.
react-opening-technique-probing_question-2 = My daughter placed the order for me. I can't make sense of those numbers.
react-anxious-technique-probing_question-1 = My daughter's number is written in my notebook somewhere... Just call me on this number, dear. I'll be at home.
react-anxious-technique-probing_question-2 = I'm just worried it won't turn up.
react-technique-when_question-1 = The phone says it was signed for yesterday at 3:12 in the afternoon. I was home right then!
react-technique-when_question-2 = I bought it on 15 Nov. The phone says it came yesterday, but I never saw it.
react-technique-topic_shift-1 = Oh, that... it's all right. But what about my blood pressure monitor?
react-technique-topic_shift-2 = My husband's all right, he's just waiting to check his blood pressure.
react-technique-apology-1 = Oh, it's not your fault, dear.
react-technique-apology-2 = That's all right, dear, as long as it turns up.
react-taboo-weak_commitment-1 = So... can it be found or not?
react-taboo-weak_commitment-2 = Oh dear, and what if it can't be found?
react-taboo-blame_customer-1 = But... I really was home the whole time.
react-taboo-blame_customer-2 = But nobody knocked...
react-taboo-dismissive-1 = It isn't small for us, dear. My husband is waiting to check his blood pressure.
react-taboo-dismissive-2 = It was over two hundred yuan, dear...

react-technique-commit_timeline-1 = All right, dear. I'll tell my daughter what you said.
react-technique-commit_timeline-2 = Mm, mm. Thank you for looking into it, dear.
react-opening-technique-commit_timeline-1 = Mm... but I was home all yesterday afternoon, dear, and nobody knocked. I'll listen to what you tell me.
react-opening-technique-commit_timeline-2 = Oh... but nobody came to my door yesterday, dear. Signed for by whom?

# Answers to shared side-question topics (assets/reactions/topics.ron), in this case's facts.
react-technique-probing_question-callback-1 = Just call me on this number, dear. I'm at home, and my daughter is busy at work.
react-technique-probing_question-callback-2 = This number is fine. I'm home all day.

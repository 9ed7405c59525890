title = The scratched phone case and the "daily one-star"
briefing = Ms. Tang's phone case was a birthday gift for her boyfriend, and it arrived with scratches all over the back. She storms in typing in all caps, demands a DOUBLE refund or she'll post a one-star review every day and file a platform complaint, and she slips insults at the staff between messages. She is expressive: she wants to be heard and to matter. Apologies alone won't stop the abuse; set a polite, firm limit and give her a choice. Once the talk is back on track, ask "when" to turn venting into facts, then offer a real alternative.
persona-name = Ms. Tang

case-order-number = Order: 20261203-88417
case-order-item = Item: iPhone 15 Pro MagSafe case, Galaxy Purple ×1
case-order-paid = Paid: ¥59.00 on 3 Dec, 21:47
case-order-note = Buyer's note: It's a gift, please pack it nicely
case-log-shipped = 4 Dec 10:15 picked up by ZTO (Yiwu warehouse)
case-log-signed = 6 Dec 17:02 signed for by the buyer
case-log-photos = 6 Dec 18:20 buyer sent 3 photos: several clear scratches on the back; outer packaging intact
case-log-chat = 6 Dec 18:21 buyer opened a chat, very upset, a dozen messages in a row
case-policy-quality = Quality defect after delivery: free replacement (SF express) or full refund; no need to return the faulty item
case-policy-coupon = Agents may add a no-minimum store coupon of up to ¥10 as goodwill
case-policy-double = This item is not covered by "refund three times if fake"; a double refund cannot be issued
case-policy-abuse = Agent code: with ongoing abuse, set a polite limit and offer another time; never block, threaten or argue with the buyer

opening-1 = WHAT IS WRONG WITH YOUR STORE??? THE CASE CAME SCRATCHED ALL OVER!!! THE BACK LOOKS LIKE I'VE USED IT FOR SIX MONTHS!!! IT WAS A GIFT!!! REFUND ME DOUBLE OR I'LL LEAVE YOU A ONE-STAR REVIEW EVERY SINGLE DAY!!!
opening-2 = HELLO??? ANYONE THERE??? I PAID 59 YUAN AND IT'S SCRATCHED RIGHT OUT OF THE BOX. ARE YOU SELLING USED STUFF NOW??? I HAVE PHOTOS. SORT THIS OUT TODAY OR I'M REPORTING YOU TO THE PLATFORM!!!
opening-3 = I CAN'T BELIEVE THIS!!! YOU ACTUALLY SHIPPED A BRAND-NEW CASE LOOKING LIKE THIS??? DOUBLE REFUND!!! OR I POST A BAD REVIEW EVERY DAY, AND I MEAN IT!!!

insults-1 = SPARE ME!!! YOU "SUPPORT" PEOPLE JUST COPY AND PASTE. A BUNCH OF USELESS IDIOTS GETTING PAID TO DO NOTHING!!!
insults-2 = WHAT GOOD IS ANY OF THAT??? IS EVERYONE THERE BRAIN-DEAD? DOESN'T ANYONE LOOK AT THINGS BEFORE SHIPPING??? GARBAGE STORE, GARBAGE STAFF!!!
insults-3 = DON'T FAKE NICE WITH ME!!! YOU'RE ALL SCAMMERS PREYING ON PEOPLE LIKE ME!!!

provoked-1 = EXCUSE ME??? I PAY YOU AND I HAVE TO PUT UP WITH THIS ATTITUDE??? I'VE SCREENSHOTTED THIS WHOLE CHAT!!!
provoked-2 = WOW. YOU REALLY JUST SAID THAT TO ME??? FINE, I'M POSTING THESE SCREENSHOTS ONLINE SO EVERYONE CAN SEE!!!
provoked-3 = WHO DO YOU THINK YOU ARE, LECTURING ME??? IS THIS HOW YOU TALK TO CUSTOMERS??? I'M REPORTING YOU TOO!!!
provoked-4 = DON'T THINK THAT MAKES IT OK!!! I'VE SCREENSHOTTED EVERYTHING YOU SAID!!!

cool-off-1 = ...Fine. Come back later. Right now just seeing your store's name makes me mad.
cool-off-2 = WHATEVER!! I'm done talking for now. Get back to me tonight, and don't make me wait.

facts-1 = ...OK, I'll stop yelling. But do you know how upset I am? It was a birthday present for my boyfriend, and his birthday is the day after tomorrow.
facts-2 = Your stuff is always like this anyway, isn't it? I saw a bunch of reviews saying the cases come scratched.
facts-3 = ...Fine, let me calm down. I was just so angry. When I opened it I literally froze.

demand-1 = I don't care, I want DOUBLE my money back!! No double refund, and I'll give you a bad review every single day and report you to the platform!
demand-2 = Enough talk. One question: are you refunding me double or not? If not, I'm filing a complaint and writing a bad review every day.
demand-3 = I'm not being unreasonable, it was a GIFT! You owe me double, or this isn't over.
demand-4 = I've calmed down a bit, but it was a gift. Is a double refund really impossible?

wrapup-1 = ...OK, fine, send the new one. But it HAS to arrive before noon tomorrow. I'll hold off on the review.
wrapup-2 = OK, that actually makes me feel a bit better. Sorry, I went too far earlier. Send me the new one then; as long as it makes the birthday, I'm fine.

choice-opening-good = Ms. Tang, opening a gift and finding it scratched all over is awful, and I completely understand why you're upset. I'm really sorry. Leave it with me; I'll get this sorted for you.
choice-opening-argue = Every case is inspected before it ships, so this is not our fault. Are you sure you didn't scratch it yourself while opening it?
choice-opening-slang = omg hun pls don't be mad lol, lemme check rn!
choice-insults-good = Ms. Tang, I really want to help you with this. But if the insults continue, I'll have to pause this chat and follow up later. Would you like to keep going now, or should I message you at 8 pm tonight?
choice-insults-threaten = Insult me one more time and I'll block you. You can forget about any refund.
choice-insults-lecture = Yelling won't solve anything. As a customer you should know to watch your language.
choice-insults-grovel = I'm so sorry, it's all our fault, please don't be angry.
choice-provoked-good = What I said just now was out of line, and I apologize. I truly want to fix this case for you, but if this keeps going back and forth, I'll have to pause the chat and pick it up later. Would you like to carry on now, or should I message you at 8 pm tonight?
choice-provoked-bad = Post your screenshots wherever you like. We did nothing wrong.
choice-cool-off-good = Of course, take your time. I'll send you a solution in this chat by 8 pm tonight, with both a replacement and a refund ready, so you can just pick one.
choice-cool-off-bad = Then just wait for us to get back to you, I guess.
choice-facts-good = Thank you for sticking with me. When did you first notice the scratches? Were they there the moment you opened the parcel?
choice-facts-bad = You should have read the reviews before ordering. If you had doubts, why buy it?
choice-demand-good = I'm afraid a double refund isn't something I can do, but I can send you a brand-new case by express this afternoon so it arrives before noon tomorrow, in time for the birthday. Or, if you prefer, I can refund you in full and you keep the scratched one. Which would you like?
choice-demand-threaten = If you post malicious reviews, we'll report you to the platform and your account could get banned.
choice-demand-shield = That's company policy, there's nothing I can do. One refund, that's it.
choice-wrapup-good = Thank you for your understanding, and for sending the photos. I'll message you the tracking number as soon as it ships. If anything else comes up, just reach out to me anytime.
choice-wrapup-bad = OK, that's it then. Next time, make sure you open the parcel in front of the courier.

end-won-back = Ms. Tang not only dropped the one-star review, she apologized for what she said. You took in her hurt, set a calm, firm limit with a choice while she kept insulting you, used a "when" question to bring her back to facts, and offered a fix that makes the birthday. That's how you win back a customer who came in swinging.
end-resolved = Ms. Tang took the offer and didn't post the review, but she's still a little sore. Next time, acknowledge her hurt once more before the solution, and close by thanking her for the photos and telling her when the next step happens.
end-rescheduled = Ms. Tang was still too angry and chose to talk later. You didn't get dragged into the shouting, and you didn't block or threaten her: you gave her a choice and set a time. Keep that promise, on time, and this complaint can still be turned around.
end-escalated = Ms. Tang posted the screenshots online, left a one-star review and filed a platform complaint. Look back: which line made her feel argued with, threatened, lectured, or simply unheard while she kept venting? With ongoing abuse, setting limits means calmly stating what happens next and offering a choice, never a threat.
end-left = Ms. Tang ran out of steam and closed the chat; the one-star review went up the next day. Endless apologies don't stop ongoing abuse, and neither does rushing to offer fixes while she's still hurling insults. Set a polite, firm limit, give her a choice, and reply promptly.

# Her reactions (said before the beat's line). Questions get the case's facts; while she is still
# yelling (opening, insults, provoked) she does not say "good that you understand".
react-technique-probing_question-1 = It was signed for on the 6th, just after 5 pm. I opened it and the back was scratched all over, and the outer bag was perfectly fine.
react-technique-probing_question-2 = The day it arrived, the 6th: I opened it and the back was scratched all over. Order 20261203-88417, and I sent you three photos.
react-technique-when_question-1 = It was signed for on the 6th, just after 5 pm, and the back was scratched all over the moment I opened it.
react-technique-when_question-2 = The day it arrived, the 6th. I opened it and there it was, and the packaging was fine.
react-opening-concrete-1 = I'M JUST SO ANGRY!!!
react-opening-concrete-2 = I CAN'T BELIEVE THIS!!!
react-opening-technique-empathy-1 = I'M JUST SO ANGRY!!!
react-opening-technique-empathy-2 = IT WAS A GIFT!!!
react-opening-technique-apology-1 = IT WAS A GIFT!!!
react-opening-technique-apology-2 = I CAN'T BELIEVE THIS!!!
react-opening-technique-offer_help-1 = I'M JUST SO ANGRY!!!
react-opening-technique-offer_help-2 = IT WAS A GIFT!!!
react-opening-technique-probing_question-1 = THE DAY IT CAME, RIGHT OUT OF THE BOX!!! ORDER 20261203-88417, I SENT YOU THE PHOTOS!!! I WANT A DOUBLE REFUND!!!
react-opening-technique-probing_question-2 = ORDER 20261203-88417, SCRATCHED THE MOMENT I OPENED IT!!! I SENT YOU ALL THREE PHOTOS!!! DOUBLE MY MONEY BACK!!!
react-opening-technique-when_question-1 = IT CAME ON THE 6TH AND IT WAS LIKE THIS RIGHT OUT OF THE BOX!!!
react-opening-technique-when_question-2 = THE DAY IT ARRIVED, THE MOMENT I OPENED IT!!!
react-insults-concrete-1 = HMPH!!!
react-insults-concrete-2 = I'M JUST SO ANGRY!!!
react-insults-technique-empathy-1 = I'M JUST SO ANGRY!!!
react-insults-technique-empathy-2 = IT WAS A GIFT!!!
react-insults-technique-apology-1 = IT WAS A GIFT!!!
react-insults-technique-apology-2 = I CAN'T BELIEVE THIS!!!
react-insults-technique-offer_help-1 = HMPH!!!
react-insults-technique-offer_help-2 = I'M JUST SO ANGRY!!!
react-insults-technique-offer_alternative-1 = OH, NOW YOU HAVE OPTIONS??? WHERE WAS THAT BEFORE!!!
react-insults-technique-offer_alternative-2 = HMPH, NOW YOU SAY THAT???
react-insults-technique-commit_timeline-1 = Hmph.
react-insults-technique-commit_timeline-2 = ...Hmph.
react-insults-technique-probing_question-1 = ...Hmph.
react-insults-technique-probing_question-2 = ...Hmph. Fine.
react-insults-technique-when_question-1 = IT CAME ON THE 6TH AND IT WAS LIKE THIS RIGHT OUT OF THE BOX!!!
react-insults-technique-when_question-2 = THE DAY IT ARRIVED, THE MOMENT I OPENED IT!!!
react-provoked-concrete-1 = HMPH!!!
react-provoked-concrete-2 = SPARE ME!!!
react-provoked-technique-empathy-1 = SPARE ME!!!
react-provoked-technique-empathy-2 = HMPH!!!
react-provoked-technique-apology-1 = OH, NOW YOU'RE SORRY???
react-provoked-technique-apology-2 = SORRY??? TOO LATE!!!
react-provoked-technique-offer_help-1 = HMPH!!!
react-provoked-technique-offer_help-2 = SPARE ME!!!
react-provoked-technique-offer_alternative-1 = NOW YOU HAVE OPTIONS???
react-provoked-technique-offer_alternative-2 = HMPH, WHERE WAS THAT BEFORE!!!
react-provoked-technique-commit_timeline-1 = Hmph.
react-provoked-technique-commit_timeline-2 = ...Hmph.
react-provoked-technique-probing_question-1 = ...Hmph.
react-provoked-technique-probing_question-2 = ...Hmph. Fine.
react-provoked-technique-when_question-1 = IT CAME ON THE 6TH AND IT WAS LIKE THIS RIGHT OUT OF THE BOX!!!
react-provoked-technique-when_question-2 = THE DAY IT ARRIVED, THE MOMENT I OPENED IT!!!

# Second-round additions: a question in the middle of her insults, the calm "no double refund" ask, the stung beat, reactions.
insults-4 = IT'S ALL IN THE THREE PHOTOS, ORDER 20261203-88417!!! IT CAME LIKE THIS!!! CAN'T YOU PEOPLE EVEN READ??? USELESS, THE LOT OF YOU!!!
demand-5 = Fine, no double refund, I get it. Then what ARE you going to do for me? It has to make the birthday.
stung-1 = Hey. I'd only just calmed down, and now you talk to me like that? I'm the one who got a scratched gift.
stung-2 = Excuse me? I came here to get this fixed, not to get that kind of answer.
choice-stung-good = You're right, that came out wrong, and I'm sorry. It's our mistake, not yours. I can send you a new case by SF Express today, or refund you in full; which would you prefer?
choice-stung-bad = I'm only telling you how it is. If you don't like it, that's not my problem.
react-opening-taboo-internet_slang-1 = SPEAK PROPERLY!!! ORDER 20261203-88417, THREE PHOTOS, LOOK AT THEM YOURSELF!!!
react-opening-taboo-internet_slang-2 = IS THIS A JOKE TO YOU??? ORDER 20261203-88417, IT'S ALL IN THE PHOTOS!!!
react-opening-technique-commit_timeline-1 = YOU SAID IT, AND I'M HOLDING YOU TO IT!!!
react-opening-technique-commit_timeline-2 = YOU'D BETTER MEAN THAT!!!
react-taboo-blame_customer-1 = Don't put this on me!
react-taboo-blame_customer-2 = Don't take that tone with me.
react-facts-technique-offer_alternative-1 = Hm... let me think.
react-facts-technique-offer_alternative-2 = That's more like it... let me think.
react-stung-technique-apology-1 = ...Fine.
react-stung-technique-apology-2 = ...All right, I heard you.
react-stung-technique-empathy-1 = ...Fine.
react-stung-technique-empathy-2 = ...All right, I heard you.
react-stung-technique-offer_alternative-1 = ...Hm. Let me think.
react-stung-technique-offer_alternative-2 = ...That's more like it.
react-stung-technique-probing_question-1 = It came on the 6th like that. The photos show it.
react-stung-technique-probing_question-2 = Signed for on the 6th, scratched the moment I opened it. It's in the photos.
react-stung-concrete-1 = ...Hmph.
react-stung-concrete-2 = ...Hm.
insults-5 = REFUND, REPLACEMENT??? EASY FOR YOU TO SAY!!! IT'S A GIFT AND I NEED IT THE DAY AFTER TOMORROW!!! DID ANYONE EVEN LOOK AT IT BEFORE SHIPPING???
doubt-1 = That doesn't sound very sure! His birthday is the day after tomorrow. Will it make it or not? Give me a straight answer!
doubt-2 = I want a definite time: when does it ship, and which day does it arrive? No maybes.
choice-doubt-good = Rest assured: the new case ships by SF Express before 6 pm today and arrives before noon tomorrow. I'll send you the tracking number as soon as it ships and watch the tracking myself tomorrow morning.
choice-doubt-bad = I can't really say, it should be about right, just wait and see.
react-taboo-internet_slang-1 = DON'T GET CUTESY WITH ME!!!
react-taboo-internet_slang-2 = DON'T SWEET-TALK ME, WE'RE NOT FRIENDS!!!
react-facts-technique-paraphrase_confirm-1 = Yes, the day it was delivered, the 6th: I opened it and the back was scratched all over. The outer bag was fine.
react-facts-technique-paraphrase_confirm-2 = Yes, that's it. The packaging was fine; the back of the case was scratched all over.
demand-6 = Yes, it was like that the day it came: the packaging was fine, the case inside was scratched all over! But it's a GIFT! You have to pay me double!
react-taboo-internet_slang-3 = YOU THINK THIS IS THE TIME TO BE CUTE???

# Asked about the birthday (topic "birthday" in scenario.ron), she answers about it.
react-technique-when_question-birthday-1 = The day after tomorrow! His birthday's the day after tomorrow, and I spent ages picking this case.
react-technique-when_question-birthday-2 = It's the day after tomorrow. That's the whole point, it's his birthday present.
react-technique-probing_question-birthday-1 = The day after tomorrow! His birthday's the day after tomorrow, and I spent ages picking this case.
react-technique-probing_question-birthday-2 = It's the day after tomorrow. That's the whole point, it's his birthday present.

title = A hair dryer dead after two weeks
briefing = Ms. Lin's high-speed hair dryer lasted two weeks: it runs for a few seconds, stops, and smells of burning. She's flying to Sanya with her best friend next Wednesday, she's upset and stressed, and she talks a lot. She's expressive and wants to be heard and liked. Acknowledge how she feels and show you want to help. When she mentions the trip, chat about it for a moment to let the heat out. Thank her for explaining, then give her a choice: a replacement before she leaves, or a refund. Don't say "you get what you pay for", don't brush it off as a small thing, and keep the chat-slang out.
persona-name = Ms. Lin Xiaoyu

case-order-number = Order: 20261105-91452
case-order-item = Item: High-speed ionic hair dryer, white ×1
case-order-paid = Paid: ¥199.00 on 5 Nov, 23:17
case-order-received = Signed for 7 Nov; today is day 15 after receipt
case-log-shipped = 5 Nov shipped
case-log-signed = 7 Nov 14:36 signed for by the customer
case-log-fault = 21 Nov customer reports: stops a few seconds after switching on, burning smell
case-policy-exchange = Quality fault within 15 days of receipt: replacement or refund (today is the last day)
case-policy-pickup = Replacement: new unit sent by SF the same day; the courier collects the faulty one; the store pays shipping
case-policy-warranty = One-year warranty on the whole unit

opening-1 = I'm SO mad!! The hair dryer I bought stopped working after two weeks, and there's a burning smell when I plug it in. I'm going to Sanya next Wednesday and I can't even dry my hair!
opening-2 = What kind of quality is your hair dryer?! Broken in two weeks, smelling like something's burning. It scared me half to death! And I'm going on a trip next week!
opening-3 = I honestly want to cry. My hair dryer is broken: it runs for a second and stops, and it smells burnt. I leave next Wednesday. What do I do?!

unheard-1 = Hold on, don't rush me into the procedure, I haven't even finished! Do you have any idea how stressed I am?
unheard-2 = Hey, can you let me finish first? I'm really upset right now!

chatty-1 = Let me tell you, I only bought it because the reviews were good, and then... my best friend even laughed at me for going cheap. We leave for Sanya next Wednesday, and I wanted to take nice photos...
chatty-2 = You have no idea, I've been planning this Sanya trip for ages, I even bought new outfits, and now the hair dryer quits on me. My friend says hotel hair dryers are useless...
chatty-3 = Ugh, I was in such a good mood. Next week I'm off to Sanya with my best friend, and now this hair dryer has ruined everything...

warmed-1 = Yes! First time in Sanya, with my best friend from college. Flights and hotel are all booked! So what are we doing about this hair dryer?
warmed-2 = Yes, yes! We're planning to watch the sunset and go diving! Haha, I'm getting off track... So how are you going to handle the hair dryer?

details-1 = I plug it in, it runs for a second and stops, and there's this burning smell. I'm too scared to use it again.
details-2 = When I switch it on, the air comes in bursts and then it just stops. It smelled like something was burning, so I yanked the plug out.

solution-1 = So what are you going to do about it? I leave next Wednesday. Is there enough time?
solution-2 = So what now? Can it be sorted before I leave?

wrap-1 = OK, I'll take the replacement! As long as it arrives before Tuesday!
wrap-2 = Great, let's go with a new one! I should have come to you sooner.

offended-1 = What's that supposed to mean? I bought a cheap one, so I deserve this?
offended-2 = I really don't like your tone. I came here to get this fixed, not to get snark!
offended-3 = Fine. So that's how you see your customers.

choice-opening-good = A hair dryer dying after two weeks and smelling of burning? That must be so frustrating, and I'm really sorry. I'll take care of this and make sure it's sorted before your trip.
choice-opening-badmouth = Well, you get what you pay for, hun. Dryers at that price are like that.
choice-opening-rush = We can offer you a replacement or a refund; I'll update you by 5 pm today.
choice-unheard-good = I'm so sorry, I can hear how upset you are, and I completely understand how stressful this is. Take your time, I'm listening.
choice-unheard-bad = Calm down, hun, lol. It broke, we swap it, no big deal.
choice-chatty-good = You mentioned you're traveling to Sanya next week. Is it with your best friend? How is the trip planning going?
choice-chatty-slang = Haha, your friend's got a point, hun! Don't go cheap next time lol.
choice-chatty-badmouth = Honestly, this model isn't great. You get what you pay for.
choice-warmed-good = Thank you for all the details. Leave this with me; I'll make sure it's sorted before you leave.
choice-warmed-bad = Fill in an after-sales form first, then just wait and see.
choice-details-good = Thank you for letting me know, and please don't use it again with that smell. Leave this with me; I'll make sure it's sorted before you leave.
choice-details-bad = You probably didn't use it properly. That's user error, I'm afraid.
choice-solution-good = You're still within the 15-day quality exchange window, so you can either get a brand-new dryer shipped by express today, arriving Monday, with the courier picking up the broken one at no cost to you, or a full refund. Would you prefer the replacement or the refund?
choice-solution-dismissive = It's not a big deal. The hotel will have a hair dryer anyway.
choice-wrap-good = Great! Thank you for your patience. I will update you with the tracking number by 5 pm today. Enjoy your trip to Sanya!
choice-wrap-bad = Okie, thx hun! xoxo
choice-offended-good = I'm so sorry, that came out wrong, and that's on us. I completely understand how upset you are right now.
choice-offended-bad = That's not true. At that price, that's just how it is.

end-won-back = Ms. Lin's last message: "You're so nice! I'll leave you a great review when I'm back from Sanya!" You acknowledged her frustration, chatted about the trip when she brought it up, and the mood changed at once; then you thanked her, gave her two choices, and got it sorted before she leaves. For an expressive customer, being heard and liked matters more than anything.
end-resolved = The replacement is arranged in time for her trip, and Ms. Lin is satisfied. But when she talked about Sanya you didn't pick it up. One friendly line about what she mentioned can turn an expressive customer from "satisfied" into "loves this shop".
end-escalated = Ms. Lin posted a bad review with a video: "Customer service told me you get what you pay for." Running down your own product, shrugging off her problem or a screen full of chat-slang all tell her she isn't taken seriously. The dryer breaking is a fact; your attitude decides how she tells the story.
end-left = Ms. Lin wrote "forget it, I'll just buy one myself" and logged off. She came in with a lot to say, and you went straight to procedure. Acknowledge her feelings, let her finish, then talk solutions.

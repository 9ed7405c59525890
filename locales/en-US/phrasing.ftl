## Phrasing feedback and training UI text (English).
## Technique and taboo ids come from shared/TECHNIQUES.md; an id never changes meaning once shipped.
## name-<id>: display name; why-<id>: teaching line shown when the engine finds the id in a reply,
## with $evidence (the trainee's own words) and $points (signed number); desc-<id>: one line for the hint panel.

## ── Score components ──

name-base = Base
why-base = Base score for a reply: { $points }
name-empty = Empty reply
why-empty = The reply was empty: nothing was said, and the customer is left waiting. It scores 0.
label-score = Score
label-instead = Try instead:
label-rewritten = Rewritten:

## ── Techniques: display names ──

name-when_question = "When" question
name-topic_shift = Topic shift
name-pause_consult = Pause to consult
name-set_limits = Setting limits
name-polite_no = Saying no politely
name-offer_alternative = Alternative or remedy
name-empathy = Empathy
name-apology = Apology
name-paraphrase_confirm = Paraphrase and confirm
name-probing_question = Probing question
name-offer_help = Offering help
name-commit_timeline = A clear time
name-thank_customer = Thanks
name-positive_wording = Positive wording
name-i_statement = "I" instead of "you"
name-warm_handoff = Warm handoff
name-greeting = Greeting
name-hold_notice = Hold notice
name-reassurance = Reassurance
name-closing = Closing

## ── Techniques: why they work ──

why-when_question = With "{ $evidence }" you asked when the problem started, turning venting into facts; someone in a rage cannot solve anything, so bring the heat down first.
why-topic_shift = With "{ $evidence }" you picked up a detail the customer mentioned and turned the talk to it, so the anger stopped feeding on itself and the mood eased.
why-pause_consult = "{ $evidence }" paused the talk to consult someone with authority; the customer knows you are fighting for more options, and the heat has time to cool.
why-set_limits = With "{ $evidence }" you drew a line firmly but politely and left the choice to the customer: you still want to help, but the abuse stops here.
why-polite_no = "{ $evidence }" said no with regret and a reason; saying no does not have to mean parting on bad terms.
why-offer_alternative = "{ $evidence }" offered another option or a remedy when the request itself could not be met, so the customer sees a way forward.
why-empathy = With "{ $evidence }" you caught the customer's feelings, and the customer feels understood.
why-apology = "{ $evidence }" apologised sincerely for the bad experience; an apology is not an admission of fault but regret and sympathy, and it turns the customer's mind toward a solution.
why-paraphrase_confirm = With "{ $evidence }" you restated the problem and checked you understood: it shows you are listening and respect the customer, and gives them a chance to add what was missing.
why-probing_question = "{ $evidence }" drew the customer out; only when the customer talks more can you get to the core facts quickly and fix the right thing.
why-offer_help = "{ $evidence }" said you want to help and are taking the problem on; the customer feels safe, and the hostility fades.
why-commit_timeline = "{ $evidence }" gave a definite time: the customer knows someone owns the problem and when to expect an answer. Keep the promise.
why-thank_customer = With "{ $evidence }" you thanked the customer, treating the complaint as a chance to improve, so they feel their voice matters.
why-positive_wording = "{ $evidence }" said what can be done, in positive words, pointing the customer at the way out rather than at the problem.
why-i_statement = "{ $evidence }" took the sentence on yourself instead of pointing "you" at the customer, so nobody feels a finger aimed at them.
why-warm_handoff = "{ $evidence }" passed the case on without dropping it: who takes it and how the customer will be reached, so they don't feel bounced around.
why-greeting = "{ $evidence }" opened promptly and warmly and introduced you; a good first impression makes the customer willing to talk.
why-hold_notice = "{ $evidence }" told the customer what you are doing and roughly how long it takes before making them wait, so the wait doesn't fray their nerves.
why-reassurance = "{ $evidence }" reassured with substance (what is guaranteed or already under way) rather than an empty "don't worry".
why-closing = "{ $evidence }" closed courteously: thanks, what happens next, and an open door, so the customer leaves with a good impression.

## ── Techniques: hint panel ──

desc-when_question = When the customer insults you or accuses sweepingly, ask when the problem started, turning venting into facts. E.g. "When did you first feel our service wasn't solving this for you in time?"
desc-topic_shift = When the customer keeps raging along their own line of thought, pick up a related detail they mentioned and turn the talk to it. E.g. "I understand. How old is your child?"
desc-pause_consult = When someone with authority must decide, pause to consult them and promise to come back with options. E.g. "One moment, let me ask my manager how else we can solve this."
desc-set_limits = When abuse goes on despite your efforts, say firmly but politely what will happen if it continues, and offer a choice. E.g. "I really want to help you. But if you stay this upset, I'll have to arrange another time to talk. What do you think?"
desc-polite_no = When policy, law or stock rules it out, say no with regret and a reason, and keep the relationship. E.g. "Based on what most customers need, our current policy is…"
desc-offer_alternative = When the request itself can't be met, give another option for the need or offer a remedy: tell the customer "what I can do is…".
desc-empathy = When the customer is upset, name and accept their feelings before the facts. E.g. "I'm sorry this has upset you; I completely understand how you feel right now."
desc-apology = Apologise sincerely for the customer's bad experience. If the company really is at fault you must apologise sincerely, but don't overdo it.
desc-paraphrase_confirm = Restate the problem in your own words, then ask whether you understood. E.g. "So you're saying… Have I understood you correctly?"
desc-probing_question = Use open and closed questions to draw the customer out and get the facts fast. E.g. "Yes… and what else? Which part do you mean…"
desc-offer_help = When the customer turns to solving the problem, say you want to help and are taking it on. E.g. "Let me see how I can help you; I'm glad to sort this out for you."
desc-commit_timeline = When you can't fix it on the spot, commit to a definite time for the answer and keep it (first-contact ownership). E.g. "Could you give us N days? I'll get back to you by [date]."
desc-thank_customer = Thank the customer for the feedback, the patience, even the complaint itself: a complaint is a chance to improve. E.g. "Thank you very much for your patience." / "Thank you for pointing this out."
desc-positive_wording = Say what can be done, in positive words that don't dwell on the bad part. E.g. "Because so many customers wanted it, the model you need is temporarily out of stock."
desc-i_statement = Use "I" instead of "you": take the sentence on yourself rather than pointing at the customer. E.g. "Sorry, perhaps I didn't explain that clearly; let me go through it again."
desc-warm_handoff = When you hand the case on, don't drop it: say who takes it and how the customer will be reached. E.g. "A specialist handles this; I'll contact them for you. Could you leave your contact details?"
desc-greeting = Open promptly and warmly, introduce yourself and invite the question. E.g. "Hello, this is agent 8, happy to help. What can I do for you?"
desc-hold_notice = Before making the customer wait, tell them what you are doing and roughly how long it takes, then ask them to bear with you.
desc-reassurance = Reassure with substance: what is guaranteed or already under way. E.g. "We will resolve all of these issues properly; please rest assured."
desc-closing = Close courteously: thanks, what happens next, and an open door. E.g. "Thank you very much for your custom… if anything comes up, contact us any time."

## ── Taboos: display names ──

name-blame_customer = Blaming the customer
name-policy_shield = Hiding behind policy
name-pass_the_buck = Passing the buck
name-commanding = Commanding tone
name-dismissive = Dismissiveness
name-negative_wording = Negative wording
name-argue_back = Arguing back
name-threaten = Threatening
name-lecture = Lecturing
name-badmouth_company = Badmouthing the company
name-weak_commitment = Half-hearted promise
name-share_private_data = Leaking personal data
name-internet_slang = Internet slang

## ── Taboos: why they hurt, what to say instead ──

why-blame_customer = "{ $evidence }" blames the customer, who will now only want to prove they were right. Swap "you're wrong" for "perhaps I wasn't clear" and look for the problem together.
why-policy_shield = "{ $evidence }" pushes the responsibility onto the rules; the customer only hears "not my problem". Say what you can do first, then explain the rule.
why-pass_the_buck = "{ $evidence }" sends the customer elsewhere, and they feel bounced around. Say who is responsible, that you will contact them, and ask for the customer's details.
why-commanding = "{ $evidence }" sounds like an order, and the customer feels bossed about. Try "we'd suggest doing it this way, it works better" and give the reason.
why-dismissive = "{ $evidence }" brushes the worry aside, so the customer feels ignored. Say how you will solve it, so they can really stop worrying.
why-negative_wording = "{ $evidence }" uses words that reinforce the bad part. Put it positively: instead of "sorry for the long wait", say "thank you for your patience".
why-argue_back = "{ $evidence }" argues with the customer, which only adds fuel to the fire. Don't defend yourself by reflex: listen, acknowledge the feeling, then clarify the facts.
why-threaten = "{ $evidence }" sounds like a threat; the conflict escalates and trust is gone. If you must draw a line, state the consequence politely and leave the customer a choice.
why-lecture = "{ $evidence }" lectures the customer, who needs to be understood right now, not educated. Handle the feelings first, then the matter.
why-badmouth_company = "{ $evidence }" runs down the company, a colleague or the product in front of the customer, who will start doubting the whole shop. Protect the company's image and reassure with facts.
why-weak_commitment = "{ $evidence }" is a half-hearted promise; the customer hears that you're unsure and won't really try. Say "I'll do my very best" and give a definite time.
why-share_private_data = "{ $evidence }" gives out someone else's personal data, a serious breach. Never hand out customer data; suggest asking the person directly.
why-internet_slang = "{ $evidence }" is chat slang; it sounds unprofessional and many customers dislike it. Use professional, written language at work.

## ── Taboos: hint panel ──

desc-blame_customer = Don't tell the customer they are wrong or the cause of the problem; it only deepens the conflict. Avoid: "You're wrong, it's not like that!"
desc-policy_shield = Don't hide behind the rules without offering any help. Avoid: "That's company policy, there's nothing I can do."
desc-pass_the_buck = Don't send the customer elsewhere without owning the handover. Avoid: "That's not my job, go and ask him."
desc-commanding = Don't order the customer about. Avoid: "You must…" / "Listen, it's not like that."
desc-dismissive = Don't brush the customer's concern off. Avoid: "There's no need for you to worry about that."
desc-negative_wording = Avoid words that reinforce the bad part: "Sorry to keep you waiting so long", "The product you asked about is sold out", "make the same mistake again".
desc-argue_back = Don't argue or defend yourself; hear the customer out first. Avoid: "How are we messing things up? What has this mess got to do with us?"
desc-threaten = Threatening is a negative way of handling someone's emotions and only escalates the conflict; to draw a line, use Setting limits.
desc-lecture = Lecturing is a negative way of handling someone's emotions: the customer wants to be understood, not educated.
desc-badmouth_company = Don't run down the company, a colleague or the product in front of the customer. Avoid: "It's not that bad, you paid a sale price and bought a seconds item."
desc-weak_commitment = Don't make half-hearted promises; say you'll do your best and give a time. Avoid: "I'll give it a try, I suppose."
desc-share_private_data = Never hand out customer data or anyone else's personal information.
desc-internet_slang = In chat, keep your words professional and written, without internet slang (a lighter style warning).

## ── Emotion meters ──

meter-anger = Anger
meter-trust = Trust
meter-patience = Patience
reason-waiting = The customer waited { $seconds } s
reason-unheard = No technique in the reply: the customer felt unheard
reason-called-for = The reply gave what this moment called for: { $name }

## ── The four stages of complaint handling ──

stage-accept = Acknowledge
stage-clarify = Clarify
stage-solve = Resolve
stage-follow-up = Follow up

## ── Endings ──

ending-resolved = Resolved
ending-won-back = Won back
ending-rescheduled = Rescheduled
ending-escalated = Escalated
ending-customer-left = Customer left

## ── Customer types ──

temperament-dominant = Dominant
temperament-expressive = Expressive
temperament-amiable = Amiable
temperament-analytical = Analytical
complaint-factual = Factual
complaint-attitude = Attitude
complaint-opinion = Opinion

## ── Scenario attributes ──

channel-chat = Chat
channel-phone = Phone
difficulty-easy = Easy
difficulty-medium = Medium
difficulty-hard = Hard

title = The invoice due tomorrow
briefing = Ms He is an office administrator at a tech company. Last week she bought a laser printer from the shop, and the invoice defaulted to a personal e-invoice. She now needs a special VAT invoice in the company's name for reimbursement, and finance closes the books at 5 pm tomorrow. She isn't angry, just short on time and methodical: she wants you to say exactly what you need and how long it will take. Greet her and take the task on, ask for the invoice details, tell her how long the check takes before you go quiet, then give an exact time. Don't say "I'll try", and don't lecture her about choosing the invoice type when ordering.
persona-name = Ms He

case-order-number = Order: 20261120-93518
case-order-item = Item: Mono laser printer, A4 duplex ×1
case-order-paid = Paid: ¥2,680.00 on 20 Nov, 10:14
case-order-invoice = Invoice: ordinary e-invoice (made out to an individual), issued 22 Nov
case-log-signed = 22 Nov 15:30 delivered
case-policy-vat = A special VAT invoice needs: full company name, taxpayer ID, registered address and phone, bank and account number
case-policy-time = Invoicing: normally 1–3 business days; urgent requests accepted the same day and issued before noon the next day (e-invoice sent by email)
case-policy-reissue = An ordinary invoice already issued can be voided and reissued as a special invoice; no return needed

opening-1 = Hello? I need a special VAT invoice for company reimbursement, and it has to be with our finance team by 5 pm tomorrow.
opening-2 = Hi, I bought a printer last week and picked the wrong invoice type. I need it changed to a special VAT invoice in the company's name. It's urgent.
opening-3 = Hello, can you issue a special VAT invoice? Our finance team closes the month tomorrow, and 5 pm is the deadline.

info-1 = The order number is 20261120-93518. I have all the company details for the special invoice ready; sending them now.
info-2 = Order 20261120-93518. I've got the invoice details right here, I'll send them over.
info-3 = Yes, that's the order. I have all the company details for the special invoice ready; sending them now.
info-4 = That's the one. I've got the invoice details right here, I'll send them over.
info-5 = Right, I'm sending the company details over now. Go by those.

check-1 = Sent: Hangzhou Yunfan Technology Co., Ltd., with the tax ID, address and phone, and bank account. An e-invoice is fine, to finance@yunfan-tech.cn. Will it make tomorrow?
check-2 = The details are there, please check them. An e-invoice is fine, to the company finance email. The key question: can I have it before 5 tomorrow?
check-3 = Sent: Hangzhou Yunfan Technology Co., Ltd., with the tax ID, address and phone, and bank account. An e-invoice is fine, to finance@yunfan-tech.cn. Please check them.
check-4 = The details are there, please check them. An e-invoice is fine, to our finance email, finance@yunfan-tech.cn.
check-5 = Sent: Hangzhou Yunfan Technology Co., Ltd., with the tax ID, address and phone, and bank account. If they're all in order, there's just one thing I need to know: will I have it before 5 pm tomorrow or not?
check-6 = Thanks. Here are the details: Hangzhou Yunfan Technology Co., Ltd., tax ID, address and phone, bank account. An e-invoice is fine, to our finance email, finance@yunfan-tech.cn. While you check, the one thing I need to know: can I have it before 5 pm tomorrow?
check-7 = Thanks. Here are the details: Hangzhou Yunfan Technology Co., Ltd., tax ID, address and phone, bank account. An e-invoice is fine, to our finance email, finance@yunfan-tech.cn. I'll wait while you check.

deadline-1 = I have to have it before 5 pm tomorrow, or it can't be claimed this month. Give me something definite.
deadline-2 = I need an exact time I can give finance: what time will it be in the inbox?
deadline-3 = Let me just confirm once more: what time will it be issued? I need a time of day I can give finance.

irritated-1 = I'm in a hurry, I don't need you to tell me what I should have done. Just tell me whether you can do it and when it'll be done.
irritated-2 = I need a definite answer. Before 5 tomorrow: yes or no?
irritated-3 = I'm in a hurry, so no beating about the bush. Can you do it, and when will it be done?
irritated-4 = You'll get what you asked for in a moment. I'm in a hurry and I don't need to be told what I should have done. Just tell me whether you can do it and when.

wrap-1 = OK, I'll watch for the email.
wrap-2 = Fine, I'll check my inbox by the time you gave me.
wrap-3 = All right, I'll keep an eye on the inbox. If it isn't there tomorrow, I'll be back.

choice-opening-good = Hello, this is Song from customer service, happy to help. Yes, we can issue a special VAT invoice; I'll take care of it, let's get it done quickly.
choice-opening-lecture = You should have chosen the right invoice type when you ordered. Changing it now is a hassle, so remember that next time.
choice-opening-curt = Order number.
choice-info-good = Sure. For a special VAT invoice I need four things: the full company name, the taxpayer ID, the registered address and phone, and the bank and account number. Could you send those over? And what exactly does your finance team need: an e-invoice or a paper one?
choice-info-lecture = You need to understand that special invoices aren't issued to just anyone. You should check with your finance team first.
choice-info-weak = Send me the details and I'll see, but I can't promise we can issue it.
choice-check-good = Got it. Please give me about three minutes while I check these four details and submit them to our finance team as urgent.
choice-check-weak = I'll try to hurry them up, but I can't promise it'll make it in time.
choice-deadline-good = Everything checks out and finance has accepted it as urgent. I'll get back to you by 11 am tomorrow to confirm the e-invoice is in your inbox.
choice-deadline-weak = Invoices usually take 3 to 7 business days. I'll try, but I can't promise anything.
choice-deadline-lecture = You need to understand that invoices take time. Next time you should apply earlier.
choice-irritated-good = Sorry, I didn't explain that clearly. We can definitely issue the special invoice. Send me the details and I'll get back to you with the result by 12 noon tomorrow.
choice-irritated-bad = I'm only saying it for your own good. Next time, sort out your invoice before ordering.
choice-wrap-good = Thanks for your cooperation, and for sending such clear details. If anything comes up once you have the invoice, feel free to message me. Good luck with the reimbursement!
choice-wrap-bad = Fine, just wait.

end-resolved = At 10:40 the next morning the e-invoice landed in Ms He's inbox, and she replied: "Got it, very efficient, thanks." You took the task on from the first line, asked for all the invoice details at once, said how long the check would take, and gave an exact time: the certainty a methodical customer on a deadline needs most.
end-won-back = Your lecture or vague answer made Ms He impatient for a while, but you owned it and pinned down a time, and she got her invoice and was satisfied in the end. Next time, go straight to what you can do and when.
end-resolved-cool = The invoice went out, but Ms He wasn't happy with the process: no greeting at the start, or she was left waiting without knowing what you were doing. For someone in a hurry, "please give me three minutes" is worth a lot.
end-resolved-vague = The invoice did go out, but Ms He never got a firm time and had to tell finance it "should arrive tomorrow". To a customer facing a deadline, one exact sentence like "it will be in your inbox by 11 am tomorrow" is worth more than any reassurance.
end-escalated = Ms He filed a platform complaint: "The agent fobbed me off and then lectured me." She only needed an invoice and a time; a lecture and "I'll try" turned a small request into a complaint.
end-left = Ms He couldn't wait, closed the chat and had purchasing buy from another shop. To someone facing a deadline, a promise without a time is no answer at all.

# Her reactions to a reply (override assets/reactions): questions get answers from the case file; times are not acknowledged with the same line twice.
react-technique-commit_timeline-1 = OK, I've noted that time.
react-technique-commit_timeline-2 = Good, an actual time makes this easy.
react-technique-commit_timeline-3 = Right, that's what I'll tell finance.
react-technique-when_question-1 = It has to be with finance before 5 pm tomorrow, the sooner the better.
react-technique-when_question-2 = I ordered on 20 Nov; the invoice defaulted to a personal ordinary one.
react-opening-technique-probing_question-1 = Sure, right away.
react-opening-technique-probing_question-2 = No problem.
react-info-technique-probing_question-1 = An e-invoice is fine; I'll send the email address with the details.
react-info-technique-probing_question-2 = A special e-invoice, sent to our company finance email.
react-check-technique-probing_question-1 = Yes, an e-invoice, to finance@yunfan-tech.cn.
react-check-technique-probing_question-2 = Right, made out to Hangzhou Yunfan Technology Co., Ltd.
react-deadline-technique-probing_question-1 = 5 pm tomorrow at the latest, the sooner the better.
react-deadline-technique-probing_question-2 = All I need is a time: when will it be in the inbox?
react-irritated-technique-probing_question-1 = I have the details. First tell me whether you can do it.
react-irritated-technique-probing_question-2 = Don't ask me things, give me a straight answer.
react-check-concrete-1 = Mm.
react-check-concrete-2 = Mm, noted.

react-check-technique-hold_notice-1 = OK, go ahead and check.
react-check-technique-hold_notice-2 = Fine, I'll wait.

react-info-concrete-1 = Mm, OK.
react-info-concrete-2 = Right.

# Answers to shared side-question topics (assets/reactions/topics.ron), in this case's facts.
react-technique-probing_question-email-1 = Our company finance email. I'll send the address with the invoice details.
react-technique-probing_question-email-2 = A special e-invoice, to our company finance email.
react-technique-probing_question-address-1 = A paper copy goes to our front desk; I'll send the address with the invoice details.
react-technique-probing_question-address-2 = The e-invoice is enough. If you must post one, send it to our front desk.

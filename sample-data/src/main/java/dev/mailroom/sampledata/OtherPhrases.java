package dev.mailroom.sampledata;

import static dev.mailroom.sampledata.Kind.weights;
import static dev.mailroom.sampledata.Phrasebook.kind;
import static dev.mailroom.sampledata.Phrasebook.list;

import dev.mailroom.contracts.Label;
import java.util.List;

/** Everything else: newsletters, meeting notes, spam, thank-you notes, out-of-office replies, announcements. */
final class OtherPhrases {

    private OtherPhrases() {}

    static List<Kind> kinds() {
        return list(
                kind(Label.OTHER, "newsletter")
                        .subjects(
                                "[{myCompany} newsletter|Newsletter|News from {myCompany}|Monthly update|What's new] [- {month}|: {month} edition|#{qty}|]",
                                "[Your {month} update|This month at {myCompany}|Industry news: {industry}]")
                        .openers(
                                "[Welcome to|Here is|This is] [the {month} edition of our newsletter|our latest update|the quarterly news digest][ from {myCompany}|].",
                                "[It has been a busy [month|quarter]|Spring is here|Another year is nearly over] [at {myCompany}|for the team|] [and we have lots to share|- here's what we've been up to].")
                        .core(
                                "[We have opened|We opened|We are opening] [a new office|a new branch|a second warehouse] in {yourCity}[ and are hiring|, say hello to the team there!|].",
                                "[Read|Check out|Don't miss] [our interview with {you}, our new {myTitle}|an article on how {yourCompany} cut costs|our piece on {industry} trends for next year].",
                                "[Save the date|Join us|Register now]: {event} on {later}.",
                                "[Our blog|The podcast|Our latest report] [covers|looks at|explains] [{topic}|how to prepare for {month}|the new regulations in {industry}].",
                                "[Congratulations to|A big thank you to|Welcome to] [{you}|the {myCity} team|our {qty} new colleagues] [on|for] [winning the {industry} award|ten years with us|a great quarter|joining us].",
                                "[[Product news|New in our range]: {item} [is now available|can now be ordered online]|Coming soon: [a new customer portal|{service} in {yourCity}]].",
                                "[Tip of the month|Did you know?|Quick tip]: [you can download all your documents from the portal|our support line is now open until 20:00|you can follow us on LinkedIn].")
                        .details(
                                "[You are receiving this e-mail because you subscribed to our newsletter|You receive this because you are a customer of {myCompany}]. [Unsubscribe|Manage preferences|Update your settings] [here|at any time|via the link below].",
                                "[Follow us on|Find us on|Connect with us on] [LinkedIn|Instagram|X and LinkedIn].",
                                "[Forward this to a colleague who might be interested|Share this newsletter with your team].",
                                "{myCompany}, {myStreet}, {myPostcode} {myCity}, {myCountry}.")
                        .mixed(
                                "[Members get|Subscribers get|This month only:] {pct}% off [{item}|all training courses|tickets for {event}][ - see the shop|, use code NEWS{pct}|].",
                                "[Reminder: our invoices now come from a new address|From next month our invoices will be sent by e-mail only|Our accounts team has moved to a new billing system].",
                                "[We are hiring|Join our team|Open positions]: [{role}|several roles] in {yourCity}[ - apply on our website|].")
                        .closers(
                                "[Until next time!|See you next month.|Stay well,|Best wishes from all of us at {myCompany}.]")
                        .shorts(
                                "{myCompany} [news|newsletter] {month}: [{event} on {later}|new office in {yourCity}|{qty} new colleagues]. [Read more on our blog.|Unsubscribe any time.]")
                        .titles("NEWSLETTER", "News", "Monthly update", "Community digest")
                        .layouts(weights(1.5, 0.2, 0.4, 0, 0.3, 0)),
                kind(Label.OTHER, "meeting-notes")
                        .subjects(
                                "[Minutes|Meeting notes|Notes|Summary|Recap] [- {topic}|: {topic}|from {weekday}'s meeting|of the {dept} meeting|]",
                                "[Action items|Follow-up|Agenda] [for|from] [{weekday}|{topic}|the team meeting]")
                        .openers(
                                "[Here are the|Please find the|Below are the|Quick] [notes|minutes|summary] [from|of] [today's|{weekday}'s|the {date}] [meeting|call|workshop] [on|about] {topic}.",
                                "[Attendees|Present|Participants]: {me}, {you}, [{youFirst}|{meFirst}] [and the {dept} team|(guest)|], [apologies from {youLast}|].")
                        .core(
                                "[We agreed|It was agreed|Decision:] [to postpone|to go ahead with|to review] {topic} [until {later}|next quarter|after the budget review].",
                                "[Action|AP|To do]: {meFirst} to [send the updated plan|check the numbers|follow up with {yourCompany}|book a room] by {later}.",
                                "[Next meeting|Follow-up call|We meet again] [on|:] {later} at {time}.",
                                "[Discussed|Topics]: [staffing for {month}|the office move|status of open projects|the training schedule|{topic}].",
                                "[Open question|Still unclear|To be clarified]: [who owns the budget|whether {yourCompany} is on board|the timeline for {month}].")
                        .details(
                                "[Slides are on the shared drive|Recording is in the Teams channel|The whiteboard photo is attached].",
                                "[Please add anything I missed|Corrections welcome|Shout if I got something wrong].")
                        .mixed(
                                "[Finance reported that|{youFirst} mentioned that] [{qty} supplier invoices are still waiting for approval|the invoice backlog is down to {qty}|all purchase orders above {amount} need two signatures now].",
                                "[Customer complaints are down|Complaint numbers fell] by {pct}% [this quarter|since {month}] - [good work everyone|well done to the support team].",
                                "[We have received|There are] {qty} [job applications|quotes|service tickets] [for {role}|to review|open] [- {meFirst} will shortlist|, review before Friday|].",
                                "[Procurement will request|We will ask for] [quotes|offers] from [three|two] suppliers for {item} [before placing any order|next week].")
                        .closers("[Thanks all.|Thanks everyone.|Cheers,|Best,]")
                        .shorts(
                                "[Notes|Recap] {weekday}: agreed to [postpone|proceed with] {topic}; {meFirst} to follow up by {later}. Next meeting {later} {time}.")
                        .titles("MINUTES", "Meeting notes", "MEETING SUMMARY")
                        .layouts(weights(1.2, 0.1, 0.3, 1.2, 0.3, 0)),
                kind(Label.OTHER, "spam")
                        .subjects(
                                "[Congratulations!|You have won|URGENT|Final chance|Act now|Claim your prize|Limited time]!? [{amount} waiting for you|your reward|{pct}% OFF everything|]",
                                "[Boost your sales|Get more customers|SEO services|Cheap loans|Crypto opportunity|Double your income] [fast|now|today|guaranteed]",
                                "[Your account will be suspended|Verify your account|Unusual sign-in activity|Your parcel is on hold]")
                        .openers(
                                "[Dear [friend|customer|winner|valued user|sir],|Hello dear,|Greetings!] [You have been selected|Your e-mail address has won|Congratulations, you are our lucky winner|We are contacting you] [to receive {amount}|in our annual draw|for an exclusive opportunity].",
                                "[We can get your website to page one of Google|We offer the cheapest [leads|loans|followers]|Make {amount} a week from home] [in {days} days|guaranteed|with no experience].",
                                "[Your mailbox is almost full|Your password expires today|We detected unusual activity on your account|Your parcel could not be delivered]. [Click the link below|Log in here|Confirm your details] [to avoid suspension|within 24 hours|to release it].")
                        .core(
                                "[Click here|Reply now|Visit our website|Call now] [to claim|to get|and receive] [your prize|your free trial|{pct}% off|a bonus of {amount}].",
                                "[This offer expires|Hurry, only|Limited spots] [in 24 hours|{qty} places left|tonight]!",
                                "[100% guaranteed|No risk|Risk free|Completely legal] - [thousands of happy customers|as seen on TV|trusted worldwide].",
                                "[To receive the funds|To process the transfer|For verification], [send us|we need] [your bank details|a small processing fee of {smallAmount}|a copy of your ID].",
                                "[Unsubscribe here|To stop receiving these e-mails, reply STOP|Click the link to remove your address].")
                        .mixed(
                                "[Your invoice is attached|See attached invoice|Payment overdue] - [open the file to view|click to pay now|download the document].",
                                "[Special offer|Best price|Exclusive deal] [on|for] [watches|pills|software licences|{item}] - [order now|today only]!",
                                "[We have a job for you|Work from home job offer|Hiring now]: [earn {amount} weekly|no CV needed|start today].")
                        .closers(
                                "[Best regards, The Team|Sincerely, Prize Department|Thank you, Customer Security|Regards, Mr. {meLast}]")
                        .shorts(
                                "[WIN|Win] [{amount}|an iPhone|a holiday] [now|today]! [Click here|Reply YES] [to claim|to enter]. [Unsubscribe|Reply STOP to opt out].",
                                "[Your account will be suspended|Your password expires] in 24 hours. [Verify now|Log in here]: [secure-login|account-check]-{digits4}.com")
                        .layouts(weights(1.5, 0.2, 0, 0, 0.6, 0)),
                kind(Label.OTHER, "thanks")
                        .subjects(
                                "[Thank you|Thanks|Many thanks|A big thank you] [!|for [your help|the great work|the visit|a great year|the lovely flowers]|]",
                                "[Great job|Well done|Kudos] [on {topic}|, team|]")
                        .openers(
                                "[I just wanted to say|Just a quick note to say|We wanted to say] [thank you|thanks|a big thank you] [for|regarding] [the quick delivery|your help last week|the excellent work on {topic}|the smooth installation|hosting us on {earlier}].",
                                "[Thank you so much|Many thanks|Thanks a lot] [for|to] [{you}|your team|everyone at {yourCompany}] [for a [great|productive|pleasant] [meeting|visit|collaboration]|for going the extra mile].")
                        .core(
                                "[Everything|The work|It all] [went smoothly|was perfect|exceeded our expectations|arrived in perfect condition].",
                                "[Your [technician|driver|team]|{youFirst}] was [friendly|very professional|incredibly helpful|patient with all our questions].",
                                "[We will certainly|We will definitely|We'll] [recommend you|work with you again|be in touch for the next project].",
                                "[It was a pleasure|It was great] [meeting you|working with you|to see you] [on {earlier}|at {event}|last week].")
                        .mixed(
                                "[The invoice has been paid|We have paid your invoice {invNo}|Payment for {invNo} went out today] - [thanks again|no issues at all].",
                                "[We had a few issues at the beginning, but|Despite the hiccup with order {orderNo},] your team sorted everything out [quickly|perfectly].",
                                "[Thank you for your application|Thanks for applying for the {role} role]; [we will be in touch|we received it].")
                        .closers("[Best wishes,|Warm regards,|With gratitude,|Cheers,|All the best,]")
                        .shorts(
                                "[Thanks so much|Many thanks|Thank you] [for the quick help|for yesterday|for the flowers|for the great collaboration]{exclaim} [Much appreciated.|You're the best.|]{sig}",
                                "[Just a quick thank you|Thanks] [to {youFirst} and the team|to everyone] for [a great {month}|the excellent service]. {meFirst}")
                        .layouts(weights(1.5, 0.6, 0, 0, 1.0, 0)),
                kind(Label.OTHER, "out-of-office")
                        .subjects(
                                "[Automatic reply|Out of office|Auto-Reply|Abwesenheitsnotiz / Out of office|Away]: [{subjectEcho}|your message]",
                                "[I am away until {later}|On leave until {later}|Out of office until {later}]")
                        .openers(
                                "[Thank you for your [e-mail|message]. |]I am [out of the office|on annual leave|travelling|on parental leave|attending {event}] [until {later}|from {earlier} to {later}|this week] [with limited access to e-mail|and will not be checking e-mail|].",
                                "[I'm currently away|I am currently out of the office|I am not in the office] [and will return on {later}|until {later}|]. [Your message will not be forwarded.|I will reply when I am back.|]")
                        .core(
                                "[For urgent matters|In urgent cases|If your request is urgent], [please contact {you} at {myEmail}|please call {you} on {myPhone}|reach out to {you}].",
                                "[I will respond|I'll get back to you|I will reply] [as soon as possible|on my return|after {later}].",
                                "[Our office is closed|The office will be closed] [over the holidays|from {earlier} to {later}|for the public holiday].")
                        .mixed(
                                "[For invoices and payments|For invoice queries|For billing questions], [please write to|contact] [accounts@|billing@|invoices@]{myEmailDomain}.",
                                "[Purchase orders and quotes|Orders and quotations] [are handled by|should be sent to] {you} [while I am away|].",
                                "[To report a fault or request service|For support requests], [please use the helpdesk|call {myPhone}|open a ticket in the portal].",
                                "[Complaints will be handled|For complaints, please contact] [by our customer care team|customer care on {myPhone}].")
                        .closers("[Kind regards,|Best,|Thank you,|Regards,]")
                        .shorts(
                                "[I am out of the office|Out of office|Away] until {later}. [For urgent matters contact {you}.|Limited access to e-mail.|I will reply on my return.]")
                        .layouts(weights(1.5, 0, 0, 0, 1.2, 0)),
                kind(Label.OTHER, "payment-receipt")
                        .subjects(
                                "[Payment received|Payment confirmation|Thank you for your payment|Receipt|Remittance advice] [- invoice {invNo}|for {amount}|]")
                        .openers(
                                "[We confirm|This is to confirm|We are pleased to confirm] [receipt of your payment of {amount}|that your payment of {amount} has been received|that invoice {invNo} is now paid in full][ on {earlier}|].",
                                "[Please be advised that|This is to let you know that] [we have transferred|a payment of] {amount} [to your account|has been made] [in settlement of|for] invoice {invNo}.")
                        .core(
                                "[No further action is required|There is nothing you need to do|Your account balance is now zero].",
                                "[Receipt number|Transaction ID|Reference]: [R-{regNo}|{serial}|TX{regNo}].",
                                "[Paid by|Payment method]: [bank transfer|Visa ending {digits4}|direct debit|PayPal].",
                                "[The funds should reach you|The transfer should arrive] [within two working days|by {later}].",
                                "[Keep this e-mail for your records|This receipt is for your records|Please keep this confirmation].")
                        .mixed("[Your next invoice will be issued on {later}|The next bill is due on {later}].")
                        .closers("[Thank you for your business.|Thank you.|Regards, Accounts]")
                        .shorts(
                                "[Payment received|Thanks, payment received]: {amount} for invoice {invNo}. [No action needed.|Your balance is now zero.]",
                                "[Remittance advice|Payment sent]: {amount} [transferred today|paid on {earlier}] for [invoice|inv.] {invNo}.")
                        .titles("RECEIPT", "Payment confirmation", "REMITTANCE ADVICE")
                        .fields(
                                "[Reference|Receipt no.]: R-{digits4}",
                                "[Amount paid|Amount]: {amount}",
                                "[Date|Paid on]: {earlier}")
                        .layouts(weights(1.5, 0.3, 0.6, 0, 0.6, 0)),
                kind(Label.OTHER, "shipping-notice")
                        .subjects(
                                "[Order confirmation|We have received your order|Your order has shipped|Dispatch note|Delivery update] [{orderNo}|- {orderNo}|]")
                        .openers(
                                "[Thank you for your order.|Thanks for ordering with {myCompany}.|] [Your order {orderNo}|Order {orderNo}] [has been received and is being processed|has been shipped|is ready for collection|is out for delivery].",
                                "[Good news:|] [your parcel|your shipment|the shipment for order {orderNo}] [left our warehouse|was handed to the carrier|will arrive] [today|on {later}].")
                        .core(
                                "[Tracking number|You can track the parcel with]: {trackNo}.",
                                "[Items|Contents]: {qty} x {good}.",
                                "[Estimated delivery|Expected delivery]: [{later}|{weekday} between {time} and 18:00].",
                                "[The driver will call|You will receive a text message] [before delivery|one hour before arrival].",
                                "[Delivery address|Shipping to]: {yourStreet}, {yourPostcode} {yourCity}.")
                        .mixed(
                                "[If something is wrong with your order|If any item is damaged], [reply to this e-mail|contact customer care] [within {days} days|].",
                                "[The invoice will follow separately|Your invoice is available in your account].")
                        .closers("[Thanks for shopping with us.|Thank you for your order.|]")
                        .shorts(
                                "[Order|Your order] {orderNo} [has shipped|was dispatched today]. [Tracking|Track]: {trackNo}.",
                                "[Delivery update|Update]: [order {orderNo}|your parcel] [arrives {later}|is out for delivery today].")
                        .titles("DISPATCH NOTE", "ORDER CONFIRMATION", "Delivery notification")
                        .fields(
                                "[Order|Order no.]: {orderNo}",
                                "[Tracking|Tracking no.]: {trackNo}",
                                "[Ship date|Dispatched]: {earlier}")
                        .layouts(weights(1.5, 0.2, 0.6, 0, 0.6, 0)),
                kind(Label.OTHER, "announcement")
                        .subjects(
                                "[Reminder|Announcement|Notice|FYI|Info|Update]: [{topic}|office closed on {later}|fire drill on {weekday}|new parking rules|IT maintenance on {weekday}]",
                                "[Invitation|You're invited|Join us]: {event}",
                                "[Quick survey|We value your feedback|How did we do?]")
                        .openers(
                                "[Please note that|A reminder that|Just a heads-up:|FYI:] [the office will be closed|the car park will be resurfaced|there will be a fire drill|the systems will be unavailable] [on {later}|this {weekday}|from {time}].",
                                "[We would like to invite you to|You are cordially invited to|Join us for|We'd love to see you at] {event} [on {later}|at {time} on {later}|in {yourCity}].",
                                "[We'd love to hear|Tell us|Please let us know] [what you think|how we did|about your experience] [in a short survey|- it takes two minutes|].")
                        .core(
                                "[Please RSVP|Please register|Let us know if you can attend] [by {later}|to {myEmail}|via the link].",
                                "[Light refreshments|Lunch|Drinks and snacks] will be [provided|served].",
                                "[Please make sure|Remember to|Kindly] [save your work|clear your desk|move your car|update your calendar] [before|by] {later}.",
                                "[The survey|It] [takes|will take] [about|only] [two|three|five] minutes[ and is anonymous|].",
                                "[More details|The agenda|Directions] [will follow|are attached|are on the intranet].")
                        .mixed(
                                "[The new purchasing policy|The new expense and purchasing rules] [will be presented|are on the agenda].",
                                "[Our IT helpdesk will not take new tickets|No service requests can be processed] during the maintenance window.")
                        .closers(
                                "[Thank you for your understanding.|Thanks,|See you there!|Best regards,|Kind regards,]")
                        .shorts(
                                "[Reminder|FYI]: [office closed on {later}|fire drill {weekday} at {time}|{event} on {later}]. [Thanks!|Please plan accordingly.|]")
                        .titles("NOTICE", "INVITATION", "Announcement", "Information")
                        .layouts(weights(1.5, 0.5, 0.3, 0.8, 0.6, 0)),
                kind(Label.OTHER, "personal-note")
                        .subjects(
                                "[Lunch|Coffee|Catching up|Long time no see|Happy birthday|Congratulations|Photos from {weekday}]{exclaim}",
                                "[Re: |]{topic}")
                        .openers(
                                "[Hi|Hey|Hello] {youFirst}, [how are you?|hope you had a good weekend!|great to see you at {event}!|congratulations on the new job!]",
                                "[Are you free for|Fancy] [lunch|a coffee|a quick call] [on {weekday}|next week|after the meeting]?")
                        .core(
                                "[I still owe you a coffee|The photos from {event} are in the shared album|My sister says hello].",
                                "[Let me know what suits you|Any day except {weekday} works for me|I can come to your office].",
                                "[Happy birthday|Congratulations again|Good luck with the move] - [have a great day|well deserved|enjoy]!",
                                "[I read the article you sent about {topic}|Did you see the news about {yourCompany}?] [Interesting stuff|Crazy times].")
                        .mixed(
                                "[Sorry I was late with the invoice approvals this week|I finally sent off that quote], [things are calmer now|so I can relax].",
                                "[The new office chairs finally arrived|Our complaint about the canteen actually worked] :)")
                        .closers("[Cheers,|Talk soon,|See you,|Best,]")
                        .shorts(
                                "[Lunch on {weekday}?|Coffee later?|Happy birthday {youFirst}!] [My treat.|:)|Let me know.]{sig}")
                        .layouts(weights(1.6, 0.1, 0, 0, 1.2, 0)),
                kind(Label.OTHER, "policy-update")
                        .subjects(
                                "[Important:|Update:|Notice:|] [changes to our terms|privacy policy update|new opening hours|price list for next year|bank holiday schedule]")
                        .openers(
                                "[We are updating|We have updated|Please note that we are changing] [our terms and conditions|our privacy policy|our opening hours|our cookie settings] [with effect from {later}|from {later}|as of {month}].",
                                "[This is to inform you|We would like to let you know] [about changes to|of an update to] [our service terms|the way we process your data|our delivery schedule over the holidays].")
                        .core(
                                "[You do not need to do anything|No action is required on your part|If you continue to use our services, you accept the new terms].",
                                "[[The full text|The updated policy] is|Details are] available [on our website|in your customer account|at the link below].",
                                "[The main changes are|In short]: [clearer rules on data retention|new contact details for our data protection officer|updated delivery times|new opening hours on {weekday}].",
                                "[If you have questions|For questions], [please contact|write to] {myEmail}.")
                        .mixed(
                                "[Invoices will from now on be sent by e-mail only|Orders placed after {later} will use the new price list|Service requests can now be made through the portal].")
                        .closers("[Thank you for your trust.|Kind regards,|Your {myCompany} team]")
                        .shorts(
                                "[Notice|Info]: [our terms|our privacy policy|our opening hours] change on {later}. [No action needed.|Details on our website.]")
                        .titles("NOTICE", "Policy update", "Information")
                        .layouts(weights(1.4, 0.8, 0.3, 0, 0.4, 0)));
    }
}

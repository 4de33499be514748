package dev.mailroom.sampledata;

import static dev.mailroom.sampledata.Kind.weights;
import static dev.mailroom.sampledata.Phrasebook.kind;
import static dev.mailroom.sampledata.Phrasebook.list;

import dev.mailroom.contracts.Label;
import java.util.List;

/** Complaints about products, deliveries, service and billing. */
final class ComplaintPhrases {

    private ComplaintPhrases() {}

    static List<Kind> kinds() {
        return list(
                kind(Label.COMPLAINT, "product-delivery")
                        .subjects(
                                "[Complaint|Formal complaint|Complaint regarding|Unacceptable|Very disappointed with] [order {orderNo}|your delivery|the {good}|my order]",
                                "[Damaged|Wrong|Missing|Faulty|Late] [delivery|goods|items|order] [- order {orderNo}|again|{orderNo}]",
                                "[Still waiting for|Where is] my [order|refund|delivery] [{orderNo}|]?!",
                                "[Third time|Once again|Not good enough] [- order {orderNo}|]")
                        .openers(
                                "[I am writing to [complain|make a formal complaint|express my dissatisfaction] about|I wish to complain about|I am extremely disappointed with|I am very unhappy with] [my recent order {orderNo}|the {good} I received on {earlier}|your delivery of {earlier}|the service I received].",
                                "[On {earlier} I|Last {weekday} we|Two weeks ago I] [ordered|received|bought] {qty} [x|] {good} [and|but] [the [box|parcel|pallet] arrived [badly damaged|crushed|wet|half empty]|the wrong items were delivered|they still have not arrived|half of them were broken].",
                                "[This is the [second|third|fourth] time|Once again|For the [second|third] time this month] [your driver|your company|your team|the courier] [has|have] [failed to deliver|delivered the wrong items|missed the agreed slot|left the goods in the rain].",
                                "[Frankly|Honestly|To be blunt], [the quality of|your handling of] [the {good}|my order|this delivery] [is|has been] [unacceptable|a disgrace|far below what was promised|not good enough].")
                        .core(
                                "[I [expect|demand|would like|request] a [full refund|replacement|credit note|refund of {amount}|partial refund]|Please [refund|reimburse] [me|us] [in full|the {amount}]] [within {days} days|immediately|by {due}|without further delay].",
                                "[Nobody|No one] [has|had] [responded to|replied to|answered] [my e-mails|my calls|my previous complaint|the ticket I opened on {earlier}][, which is [frustrating|unacceptable|appalling]|].",
                                "[Your customer service [line|hotline]|Your [staff|agent|driver]] [was|were] [rude|unhelpful|dismissive|impossible to reach] [and|when I] [kept me on hold for 40 minutes|hung up on me|promised a call back that never came].",
                                "[I have been a customer for {years} years and|As a [long-standing|loyal] customer] [I have never [been treated like this|experienced such poor service]|I did not expect to be let down like this].",
                                "[If this is not resolved|Unless I hear from you] [by {due}|within {days} days|this week], [I will|we will] [cancel [my|our] [contract|account|subscription]|take my business elsewhere|contact the consumer protection agency|leave a review|involve our lawyer|stop all further orders].",
                                "[The {good}|The item|The product] [stopped working|broke|cracked|started leaking|fell apart] after [two days|a week|one use|less than a month][, which is simply not acceptable|].",
                                "[The delivery was|It arrived] [{days} days late|three weeks late|after the date you guaranteed] [and we lost|causing us to lose|which cost us] [a customer|a day of production|{amount}].",
                                "[I have attached|Attached you will find|Please find attached] [photos of the damage|the delivery note|pictures of the broken items|a copy of the order confirmation].")
                        .details(
                                "[I am [deeply|really|very] [disappointed|frustrated|annoyed]|This is [very|extremely] [frustrating|disappointing|annoying]|We are [not happy|far from satisfied]].",
                                "[I [chose|picked|trusted] your company because of|I ordered from you because of] [the good reviews|your promise of next-day delivery|a recommendation] [and feel let down|but clearly that was a mistake].",
                                "[Please treat this as a formal complaint|I want this escalated to a manager|I would like a written explanation].",
                                "[My customer number is|Account:] {custNo}.")
                        .mixed(
                                "[To make matters worse|On top of that|And then], [your invoice|invoice] {invNo} [charges|bills] [us|me] [for the full amount of {amount}|twice|for items we never received].",
                                "[We ordered under PO {poNo}|Our purchase order {poNo} clearly stated {qty} units] [and we received|but we only got] [something else|half of that|the wrong model].",
                                "[I reported the fault under ticket {ticketNo}|I raised a service request ({ticketNo}) on {earlier}] [and nobody came|but nothing has happened since|but the technician never turned up].",
                                "[Your quote {quoteNo} promised|The offer said] [delivery within {days} days|a fixed price of {amount}][, which you did not honour|, which turned out to be untrue|].")
                        .closers(
                                "[I expect a [prompt|swift|quick] [response|reply|resolution].|I look forward to your urgent reply.|Please sort this out.|Disappointed regards,]")
                        .shorts(
                                "[Not happy.|Very disappointed.|This is unacceptable.] [My order {orderNo} arrived damaged|The {good} you sent is broken|Still no delivery after {days} days|Your driver left the parcel in the rain] [and nobody answers the phone|again|]. [I want a refund.|Please fix this now.|Call me.]",
                                "[Complaint|Formal complaint]: order {orderNo} - [wrong items delivered|items missing|goods damaged]. [Refund of {amount} expected within {days} days.|Please replace asap.]",
                                "[Third|Second] late delivery this month. [If it happens again we will cancel the contract.|Absolutely not acceptable.|We are reviewing our supplier options.] {meFirst}")
                        .titles("COMPLAINT", "Customer complaint form", "Formal complaint", "Complaint / Reklamation")
                        .fields(
                                "[Order no.|Order]: {orderNo}",
                                "[Date of purchase|Purchased on]: {earlier}",
                                "[Product|Item]: {good}",
                                "[Problem|Issue|Complaint]: [damaged on arrival|wrong item|missing parts|defective after {days} days]",
                                "[Requested remedy|Resolution wanted]: [refund|replacement|credit note]")
                        .layouts(weights(1.5, 1, 0.3, 0, 0.5, 0.2)),
                kind(Label.COMPLAINT, "service-billing")
                        .subjects(
                                "[[Complaint about|Unhappy with] [your service|the technician visit|our account manager|your support]|Poor [service|support] [again|from your team|]]",
                                "[Overcharged|Incorrect charges|Billing error|Double charged] [on invoice {invNo}|again|on my account]",
                                "[Escalation|Formal complaint|Complaint] [- case {caseNo}|- account {custNo}|]")
                        .openers(
                                "[I am writing to complain about|I want to raise a complaint about|I am [very|deeply|extremely] unhappy with] [the service provided by your technician on {earlier}|the way my case {caseNo} has been handled|your support team|the {service} we receive from you].",
                                "[We have been [overcharged|billed incorrectly|charged twice]|You have charged us {amount} too much|Your last bill is wrong] [on invoice {invNo}|for {month}|for the {service}] [despite|even after] [several calls|two e-mails|your promise to correct it].",
                                "[Your engineer|The technician|Your team] [arrived {days} hours late|did not turn up|left without finishing the job|left a mess] [on {earlier}|yesterday|last {weekday}] and [the {asset} still {fault}|nothing works|we had to close for the day].")
                        .core(
                                "[This is [completely|totally|simply] unacceptable|This is not the level of service we pay for|We are paying for a premium contract and this is what we get].",
                                "[I want|We expect|Please arrange] [the incorrect charges [reversed|credited]|a credit of {amount}|a corrected invoice|compensation for the lost time] [within {days} days|immediately|by {due}].",
                                "[I have called|I have phoned|We contacted you] [{qty}|four|five|several] times [and|but] [every time|each time] [got a different answer|was told someone would call back|the case was closed without a fix].",
                                "[If this continues|Unless this is fixed], we [will terminate|are considering terminating] [our contract {contractNo}|the agreement|our account] [with immediate effect|at the next opportunity].",
                                "[I would like to speak to|Please pass this to|I want this reviewed by] [a manager|your complaints department|someone senior] [as soon as possible|this week|].")
                        .details(
                                "[Your staff were|The agent was] [rude|patronising|unprofessional] [on the phone|to our receptionist|].",
                                "[We have been loyal customers|We have used your services] for {years} years[ and are seriously reconsidering|].",
                                "[This has cost us|The outage cost us|We lost] [{amount}|a full day's revenue|two customers].")
                        .mixed(
                                "[Our purchase order {poNo} specified|The PO {poNo} clearly said] [a fixed price|{amount}], not what you invoiced.",
                                "[Your sales rep promised in the offer {quoteNo}|The quotation {quoteNo} included] [free maintenance|next-day response], which you have not delivered.")
                        .closers(
                                "[I await your response.|Please respond urgently.|I expect to hear from you by {due}.|Regards, a very unhappy customer]")
                        .shorts(
                                "[You charged me twice for|Double charge on|Wrong amount on] invoice {invNo} ({amount}). [This is the second time.|Fix it now please.|I want my money back.]",
                                "[Your technician never showed up|Nobody came] [on {earlier}|yesterday] [although we took the day off|and nobody called]. [Really poor.|Unacceptable.|Very disappointing.] [Case|Ref] {caseNo}.")
                        .titles("COMPLAINT", "Escalation", "Formal complaint")
                        .fields(
                                "[Case|Reference]: {caseNo}",
                                "[Account|Customer no.]: {custNo}",
                                "[Invoice|Disputed invoice]: {invNo}",
                                "[Amount disputed|Overcharge]: {amount}")
                        .layouts(weights(1.5, 1, 0.2, 0, 0.5, 0.3)),
                kind(Label.COMPLAINT, "warranty")
                        .subjects(
                                "[Warranty claim|Defective product|Faulty {good}|Broken after {days} days] [- serial {serial}|- order {orderNo}|]",
                                "[Your product is faulty|Refund demanded|Poor quality {good}]")
                        .openers(
                                "[The|My|Our] {good} [bought|purchased|delivered] [on {earlier}|last month|{days} days ago] [has already broken|stopped working|is defective][, which is completely unacceptable| - for the second time|].",
                                "[I am making a formal warranty claim for|I want to make a warranty claim for|I must complain about] the {good} [(serial {serial})|from order {orderNo}|I bought from you].")
                        .core(
                                "[It is still under warranty|The warranty runs until {validUntil}|This is clearly covered by the two-year warranty], [so I expect|and I demand|and I want] [a free replacement|a full refund|a repair at no cost] [within {days} days|immediately|].",
                                "[The repair you did on {earlier} did not fix anything|The replacement you sent has the same fault|This is the second unit with the same defect].",
                                "[I am disappointed with the quality|The quality is shocking for the price|For {amount} I expected much better].",
                                "[Your hotline told me|I was told on the phone] [to send it back at my own cost|that the warranty does not apply|to wait another four weeks], [which I refuse to accept|which is outrageous|which is not acceptable].",
                                "[If I do not get a replacement|Without a satisfactory answer] [by {due}|within {days} days], [I will contact the consumer protection agency|I will leave a one-star review|I will ask my bank for a chargeback].")
                        .details(
                                "[The receipt and photos are attached|I have attached the receipt and a video of the fault].",
                                "[Order number|Order]: {orderNo}.")
                        .mixed(
                                "[The invoice {invNo}|Your invoice {invNo}] [says the product is covered for two years|lists a warranty extension I paid {smallAmount} for].")
                        .closers("[I expect your answer by {due}.|Please reply promptly.|Very disappointed,]")
                        .shorts(
                                "[My|The] {good} [broke after|stopped working after] [two weeks|{days} days]. [Warranty claim - I want a replacement.|Refund please, this is not acceptable.] Order {orderNo}.")
                        .titles("WARRANTY CLAIM", "Complaint", "Reklamation / Claim")
                        .fields(
                                "[Product|Item]: {good}",
                                "[Serial no.|Serial]: {serial}",
                                "[Purchased|Bought on]: {earlier}",
                                "[Defect|Fault]: [does not turn on|broken housing|stopped working]",
                                "[Wanted|Requested]: [replacement|refund]")
                        .layouts(weights(1.5, 0.8, 0.5, 0, 0.5, 0.3)));
    }
}

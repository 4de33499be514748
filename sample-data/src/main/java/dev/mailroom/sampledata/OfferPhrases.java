package dev.mailroom.sampledata;

import static dev.mailroom.sampledata.Kind.weights;
import static dev.mailroom.sampledata.Phrasebook.kind;
import static dev.mailroom.sampledata.Phrasebook.list;

import dev.mailroom.contracts.Label;
import java.util.List;

/** Quotations, proposals, estimates and unsolicited sales offers. */
final class OfferPhrases {

    private OfferPhrases() {}

    static List<Kind> kinds() {
        return list(
                kind(Label.OFFER, "quotation")
                        .subjects(
                                "[Quotation|Quote|Our quote|Offer|Price quotation|Estimate] {quoteNo}",
                                "[Quotation|Quote|Offer|Pricing] for {item}",
                                "[Re: |RE: |]Your [enquiry|inquiry|request for quotation|RFQ] [of {earlier}|about {item}|]",
                                "[Proposal|Our proposal|Offer] [- |for ]{yourCompany}")
                        .openers(
                                "[Thank you for your [enquiry|inquiry|request] [of {earlier}|regarding {item}|for {item}]|Many thanks for your interest in {item}|Further to our [call|meeting|conversation] on {earlier}]. [[We are pleased to|We are happy to|We would like to] [submit our quotation|send you our best price|make you the following offer]|Please find below our [offer|quote|price proposal]].",
                                "[As requested|As promised|Following your request], [please find [attached|below|enclosed]|here is] [our|a] [quotation|quote|non-binding offer|price proposal|estimate] [{quoteNo}|] for {item}.",
                                "[We can offer|We are able to offer|We'd be glad to supply] {qty} [x|units of|] {good} at {amount}[ each| per unit| in total|].",
                                "[Based on|Following] [your specification|the site visit on {earlier}|your drawings|the requirements you sent], [we have prepared|here is] [a|our] [proposal|quotation|cost estimate] for {service}.")
                        .core(
                                "[This|Our|The] [offer|quotation|quote|price] [is valid|remains valid|holds|is open for acceptance] [until {validUntil}|for [14|30|60|90] days|for {days} days from the date above].",
                                "[The total price|Total|Price for the full scope|Our price] [would be|is|comes to|amounts to] {amount} [excluding VAT|net|plus VAT|all inclusive|].",
                                "[Delivery|Lead time|Delivery time] [would be|is|is approximately] [{days} days|2-3 weeks|4 weeks|within 10 working days] [after receipt of your order|from order confirmation|from written acceptance].",
                                "[To accept [this offer|the quote]|If you would like to proceed|To go ahead], [please sign and return [a copy|this document]|simply reply to this e-mail|send us your purchase order] [quoting {quoteNo}|by {validUntil}|].",
                                "[We can offer|We are granting|We include] a [volume|loyalty|early-booking|special] discount of {pct}% [for orders above {amount}|if you order before {validUntil}|on the listed prices|].",
                                "[Prices|All prices] are [quoted|stated|given] [in {currency}|net|ex works|excluding delivery|including installation] [and subject to our general terms|and may change after {validUntil}|].",
                                "[Optional|Additional|On request]: [extended warranty|training for your staff|a maintenance contract|express delivery] [for|at] {smallAmount}.",
                                "[Payment terms|Terms of payment] [would be|are] [30% on order, 70% on delivery|net {days} days|{days} days from invoice].")
                        .details(
                                "[The scope includes|This covers|Included are] [materials, labour and disposal|design, delivery and installation|all travel costs|a two-year warranty].",
                                "[We would be [happy|glad|delighted] to [discuss|go through] [the details|any part of the proposal|the quantities] with you[ by phone| in a short call|]|Feel free to ask for changes to [the quantities|the scope]|Do not hesitate to call us about any part of the proposal].",
                                "[References from similar projects|Product data sheets|Samples] [are available on request|can be sent on request|are attached].",
                                "[This quote is not an invoice|This is not a bill]; [no payment is due|an invoice will follow only after delivery|please do not pay against it].",
                                "[Availability|Stock|Capacity] [is limited|cannot be guaranteed beyond {validUntil}|is currently good].",
                                "[We have worked with|We supply] [many|several] [customers|companies] in {industry} [and would welcome the opportunity to work with you|for over {years} years].")
                        .mixed(
                                "[This quote replaces|This revised offer supersedes] [our quotation|offer] {quoteNo} [of {longAgo}|sent last month] [and reflects the changes you asked for|].",
                                "[The|Our] prices [are the same as on|match] your last [purchase order|order] {poNo} [despite rising costs|].",
                                "[Following your complaint about the last delivery|Sorry again about the issue with order {orderNo}], we [have included|are offering] a {pct}% [discount|reduction] on this [quotation|offer].",
                                "[An invoice will only be issued|We will invoice] after [acceptance|delivery][ of the order|], [with payment terms of {days} days|].")
                        .closers(
                                "[We look forward to [your order|hearing from you|working with you|your reply]|We hope our offer meets your expectations|We would be delighted to receive your order].",
                                "[Please let us know if you have any questions.|Any questions, just ask.|]")
                        .shorts(
                                "[Hi|Hello] {youFirst}, [for the {item} we can do|our price for {qty} x {good} is|we can offer] {amount}[ net| plus VAT|], [valid until {validUntil}|valid {days} days|delivery in {days} days]. [Shall I book it in?|Let me know!|Want me to send a formal quote?]",
                                "[Quote|Quotation] {quoteNo}: {item}, {amount}, valid until {validUntil}.",
                                "[As discussed,|Following our call,] [we can supply|I can offer] {good} at {amount} per {unit}[ with {pct}% off for orders over {qty}|]. [Offer valid until {validUntil}.|Lead time {days} days.]")
                        .titles(
                                "QUOTATION",
                                "Quote",
                                "OFFER",
                                "Proposal",
                                "Cost estimate",
                                "ESTIMATE",
                                "Price offer",
                                "Angebot / Quotation")
                        .fields(
                                "[Quotation no.|Quote #|Offer no.|Reference]: {quoteNo}",
                                "[Date|Issued]: {date}",
                                "[Valid until|Validity|Expires]: {validUntil}",
                                "[Prepared for|Customer|Attn]: {you}, {yourCompany}",
                                "[Delivery|Lead time]: [{days} days|2-3 weeks]",
                                "[Payment terms|Terms]: [net {days}|30% advance]")
                        .totals(
                                "Total (excl. VAT)",
                                "Quoted price",
                                "Total offer price",
                                "TOTAL",
                                "Estimated total",
                                "Net total")
                        .layouts(weights(1, 1, 1.4, 0, 0.3, 0)),
                kind(Label.OFFER, "sales")
                        .subjects(
                                "[Special offer|Exclusive offer|An offer for {yourCompany}|Save {pct}%|Renewal offer] [on {item}|for your team|]",
                                "[Your|] [renewal|contract] [offer|pricing] for [{service}|next year]",
                                "[Introducing|New:] {service} [from {myCompany}|for {industry} businesses]")
                        .openers(
                                "[We would like to offer you|We are pleased to offer you|I'd like to propose] {service} [at a fixed price of {amount} per {unit}|for {amount} per month|at {pct}% below your current rate].",
                                "[Your contract {contractNo} expires on {validUntil}|Your current agreement runs out on {validUntil}]. [We are pleased to offer|Here is our offer for] [a renewal|an extension] [at|for] {amount}[ per year| per month|].",
                                "[As a [valued|existing|long-standing] customer|Because you ordered {good} from us before|Since you are based in {yourCity}], [you qualify for|we can offer you|we would like to give you] {pct}% [off|discount on] {item}.")
                        .core(
                                "[[This offer|The price] is|These conditions are] valid [until {validUntil}|for orders placed before {validUntil}|for the next {days} days].",
                                "[To accept|To take up the offer|To book], [reply to this e-mail|sign the enclosed form|call {me} on {myPhone}] [before {validUntil}|].",
                                "[The package includes|Included:|You get] [{service}, support and reporting|installation and a year of maintenance|free delivery and setup|a dedicated account manager].",
                                "[Compared to your current provider|Compared with what you pay today], [you could save|this saves you|the saving is about] {smallAmount} [a year|per year|annually].",
                                "[The quoted price|Our price] [is fixed for|is guaranteed for|will not change for] [12|24|36] months.")
                        .details(
                                "[We have attached|Attached is|Please see] [a brochure|the price list|a detailed breakdown|the terms and conditions].",
                                "[If you have any questions|Should you wish to discuss the offer], [I am available|please call me|I'd be happy to set up a call] [on {weekday}|any time this week|at your convenience].")
                        .mixed(
                                "[No purchase order is needed until you accept|Once accepted, we will need your purchase order number for our invoice].",
                                "[We know last year's service had some issues|We are aware of the complaint you raised in {month}]; [this offer|the new package] [includes|comes with] [a better SLA|faster response times|a dedicated contact].")
                        .closers(
                                "[We look forward to hearing from you.|We hope to continue working with you.|I look forward to your reply.]")
                        .shorts(
                                "[{pct}% off|Special price on] {item} [for {yourCompany}|for you] until {validUntil}: {amount} per {unit}. [Reply to book.|Interested?|Call {myPhone}.]",
                                "[Renewal offer|Your renewal]: {service} for {amount}/year, fixed for 24 months, if signed by {validUntil}.")
                        .titles("SPECIAL OFFER", "Renewal offer", "OFFER", "Proposal")
                        .fields(
                                "[Offer valid until|Valid until]: {validUntil}",
                                "[Price|Your price]: {amount}",
                                "[Offer ref.|Ref]: {quoteNo}")
                        .layouts(weights(1.4, 0.8, 0.4, 0, 0.3, 0)),
                kind(Label.OFFER, "tender")
                        .subjects(
                                "[Tender|Bid|RFP response|Our bid] [for|:] [{service}|lot {qty}|reference {digits4}]",
                                "[Response to your|Submission for] [request for proposal|tender|invitation to tender] [{digits4}|for {service}]")
                        .openers(
                                "[In response to|Further to] your [invitation to tender|request for proposal|tender notice] [ref. {digits4}|of {earlier}|for {service}], [we are pleased to submit our bid|please find our proposal below|we submit the following offer].",
                                "{myCompany} [is pleased to|would like to] [submit a proposal|tender] for [the provision of {service}|{service} at {location}|lot {qty}].")
                        .core(
                                "[1. Scope:|Scope of work:|Scope -] [{service} as described in the specification|all items in the bill of quantities|the full service for {days} months].",
                                "[2. Price:|Price:|Our price:] {amount} [for the full term|per year|fixed, excluding VAT|net].",
                                "[3. Timeline:|Schedule:|Timeline -] [mobilisation within {days} days|start on {later}|completion by {validUntil}].",
                                "[Our bid|The proposal|This tender] [is valid|remains binding|holds] for [90|120|60] days [from submission|after the closing date].",
                                "[We confirm|We hereby confirm] [compliance with all mandatory requirements|that we accept the contract conditions|our ISO 9001 certification].",
                                "[References|Case studies] from [{qty}|three|five] [comparable|similar] projects are [enclosed|in annex B].")
                        .details(
                                "[Our team|The project team] [would be led by|is headed by] {me}, {myTitle}.",
                                "[We are happy to|We would welcome the chance to] [present our proposal|answer questions] [in person|at a clarification meeting].")
                        .mixed(
                                "[Upon award|If awarded], [we would expect a purchase order|we will invoice monthly in arrears|invoicing would follow the milestone plan].")
                        .closers(
                                "[We look forward to the outcome of the evaluation.|Thank you for the opportunity to tender.]")
                        .titles("TENDER SUBMISSION", "Proposal", "Bid")
                        .fields(
                                "[Tender ref.|RFP no.]: {digits4}",
                                "[Bidder|Company]: {myCompany}",
                                "[Total price|Bid price]: {amount}",
                                "[Validity|Bid valid until]: {validUntil}")
                        .layouts(weights(0.6, 1.4, 1, 0, 0, 0)));
    }
}

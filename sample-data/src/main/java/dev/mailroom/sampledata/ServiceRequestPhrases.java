package dev.mailroom.sampledata;

import static dev.mailroom.sampledata.Kind.weights;
import static dev.mailroom.sampledata.Phrasebook.kind;
import static dev.mailroom.sampledata.Phrasebook.list;

import dev.mailroom.contracts.Label;
import java.util.List;

/** Service requests: repairs, maintenance bookings, IT access, account and admin changes. */
final class ServiceRequestPhrases {

    private ServiceRequestPhrases() {}

    static List<Kind> kinds() {
        return list(
                kind(Label.SERVICE_REQUEST, "repair")
                        .subjects(
                                "[Service request|Repair request|Maintenance request|Call-out request|Request for service] [- {asset}|: {asset}|for {location}|]",
                                "[{asset}|The {asset}] [{fault}|not working|needs attention|needs a check]",
                                "[Please send a technician for|Technician needed for|Can someone come and look at] [the {asset}|the {asset} in {location}][ - {weekday}|]",
                                "[New ticket|Ticket {ticketNo}]: {asset}")
                        .openers(
                                "[Could you please|Please|Would you be able to|We would like you to|Can you] [send a technician|arrange a visit|schedule an engineer|have someone look at] [for|to check|to repair|to inspect] the {asset} [at|in] {location}.",
                                "[The|Our] {asset} [at|in] {location} {fault}[ since {earlier}| since this morning| since {weekday}|].",
                                "[We need|We would like to book|Please schedule|I'd like to request] [the [annual|quarterly|routine] maintenance|a service visit|an inspection|a safety check] [of|for] [the|our] {asset} [under contract {contractNo}|at {location}|].")
                        .core(
                                "[The best time|A good time|Access is possible] [would be|is] [{weekday} at {time}|between {time} and 17:00|any weekday morning|on {later}].",
                                "[[Contact on site|On-site contact] [is|:]|Please ask for] {me}, {myPhone}.",
                                "[Priority|Urgency]: [high|medium|normal|low][, as the {asset} is needed for daily operations|, not urgent|, please treat as urgent].",
                                "[Our|The] [service agreement|maintenance contract|contract number] [is|:] {contractNo}[, so the visit should be covered|].",
                                "[The serial number is|Asset tag|Equipment ID]: [{serial}|{digits4}-{qty}|A{digits4}].",
                                "[Please [confirm|let us know] [the appointment|a time slot|when the engineer can come]|Kindly confirm the visit] [by e-mail|by phone|at your earliest convenience|].",
                                "[We have already|I have already|We] [restarted it|checked the fuse|reset the unit|switched it off and on] [but the problem remains|without success|and it worked for an hour].",
                                "[Please bring|The engineer may need] [spare filters|a replacement part|a ladder|the diagnostic tool].")
                        .details(
                                "[Parking is available|Please report to reception|The building code is {digits4}] [behind the building|on arrival|].",
                                "[If a quote is needed for parts|If the repair costs more than {smallAmount}], [please send it before starting|we need approval from {you} first|please call first].",
                                "[The site is open|We are open] [Monday to Friday, 7:00-18:00|from {time}|weekdays only].",
                                "[Error code|The display shows]: [E{qty}|F-{digits4}|ERR {qty}].")
                        .mixed(
                                "[Please invoice the call-out to|The invoice for the visit should go to|Charge the work to] [cost centre {digits4}|our PO {poNo}|accounts payable, quoting {poNo}].",
                                "[The unit was supplied under|It was bought with] [order {orderNo}|PO {poNo}|invoice {invNo}] on {longAgo} [and may still be under warranty|].",
                                "[We are happy with the service so far|No complaints about the last visit]; this is just a [routine|new] request.")
                        .closers(
                                "[Thank you for your help.|Thanks in advance.|Many thanks.|We appreciate your quick response.]")
                        .shorts(
                                "[Hi|Hello], [the|our] {asset} [at|in] {location} {fault}. [Could you send someone [on {weekday}|this week|tomorrow]?|Can you schedule a technician?|Please arrange a repair.] [Thanks,|Cheers,] {meFirst}",
                                "[Request|Service request|Ticket]: {asset} - {fault}. [Location|Site]: {location}. [Priority|Prio]: [high|medium|low]. Contact: {me} {myPhone}.",
                                "[Please book|Can we book|Please schedule] [the annual service|maintenance|an inspection] for the {asset} [in {month}|on {later}|next week]. Contract {contractNo}.")
                        .titles("SERVICE REQUEST", "Service request form", "Maintenance request", "Work order request")
                        .fields(
                                "[Request type|Category|Type]: [repair|maintenance|inspection|call-out]",
                                "[Equipment|Asset|Device]: {asset}",
                                "[Location|Site]: {location}",
                                "[Fault description|Problem|Description]: {fault}",
                                "[Priority|Urgency]: [high|medium|low|normal]",
                                "[Contact|Requested by]: {me}, {myPhone}",
                                "[Preferred date|Requested date]: {later}")
                        .layouts(weights(1.4, 0.6, 0.8, 0, 0.5, 0.9)),
                kind(Label.SERVICE_REQUEST, "admin")
                        .subjects(
                                "[Request|Change request|Please update|Access request|Question] [: |- ][new user account|address change|billing address|password reset|copy of invoice {invNo}|contract change|access card|cancel subscription]",
                                "[Can you|Could you|Please] [update|change|reset|add|remove] [our address|my password|a user|the contact person|the delivery address]",
                                "[Account|Customer no.] {custNo} [- change of details|- request|]")
                        .openers(
                                "[Could you please|Please|Kindly|We would like you to|Can you] [update our [billing|delivery|postal] address to|change the address on our account to] {myStreet}, {myPostcode} {myCity}[ with effect from {later}| from {later}|].",
                                "[Please|Could you please|Can you] [create a [new] user account|set up access|reset the password|issue an access card|activate remote access] for [our new colleague|{you}|{me}|the new starter] [starting on {later}|in {dept}|].",
                                "[We would like to|Please|I want to] [add|remove] [a user|a delivery address|{you} as [a contact|an authorised person]] [to|from] [our account|customer account {custNo}|the contract].",
                                "[Could you [send us|resend|provide]|Please send|We need] [a copy of|a duplicate of|the PDF of] [invoice {invNo}|our contract {contractNo}|the delivery note for order {orderNo}|our account statement] [for our records|for the auditors|as we cannot find it].",
                                "[Please|We would like to] [cancel|pause|upgrade|downgrade] [our subscription|the {service}|contract {contractNo}|the service] [at the end of the current term|from {later}|as of next month].")
                        .core(
                                "[Our|The] [customer number|account number|contract reference] is {custNo}.",
                                "[The change should take effect|Please make the change|This should apply] [from {later}|immediately|from the next billing cycle|as of {month}].",
                                "[Please confirm once [done|completed|the change is made]|A short confirmation by e-mail would be appreciated|Let me know if you need anything else from us].",
                                "[The new contact person is|From now on please contact|Please send everything to] {me}, {myEmail}.",
                                "[Please [grant|give] [read|write|admin] access to|The user needs access to] [the {asset}|the shared drive|the CRM|the customer portal].",
                                "[Is there a form|Do you need a signed form|Do I need to fill in anything] [for this|to make the change]?")
                        .details(
                                "[This is not urgent|No rush|Whenever convenient|Please process by {later} if possible].",
                                "[Our VAT number|The company registration number] [stays the same|has not changed].")
                        .mixed(
                                "[The invoices themselves are fine|There is nothing wrong with the invoices]; [we just need the new address on future ones|only the address needs updating].",
                                "[Future purchase orders|All new orders] will come from {me}[ in {dept}|].",
                                "[We were happy with the service|No complaints], [we just|but we] [no longer need it|are consolidating suppliers].")
                        .closers("[Thank you.|Thanks in advance.|Many thanks for your help.|Best,]")
                        .shorts(
                                "[Please|Pls|Could you] [reset the password for|unlock the account of] {me}[ in {dept}|]. [Thanks!|Thank you.]",
                                "[Hi,|Hello,] [could you resend|please send another copy of] invoice {invNo}? [Our AP team cannot find it.|We need it for the audit.] [Thanks,|Regards,] {meFirst}",
                                "[New address|Address change] from {later}: {myStreet}, {myPostcode} {myCity}. [Account|Customer no.] {custNo}. Please update your records.",
                                "[Please add|Please set up] {you} [as a user|with access to the portal]; starts {later}.")
                        .titles("CHANGE REQUEST", "Request form", "IT request", "Access request")
                        .fields(
                                "[Request|Type]: [address change|new user|password reset|copy request|cancellation]",
                                "[Account|Customer no.]: {custNo}",
                                "[Requested by|Contact]: {me}",
                                "[Effective date|From]: {later}")
                        .layouts(weights(1.6, 0.6, 0.4, 0, 0.7, 0.8)),
                kind(Label.SERVICE_REQUEST, "booking")
                        .subjects(
                                "[Booking request|Request|Can you arrange] [- {location}|: cleaning|: room for {qty} people|: furniture move|: keys for the new starter]",
                                "[Please arrange|Request for] [an extra cleaning|a meeting room|moving boxes|a parking permit|a courier pick-up] [on {later}|for {weekday}|]")
                        .openers(
                                "[Could you please|Please|Can you] [arrange|book|organise] [an extra cleaning of|a deep clean of|a meeting room near|a courier pick-up from] {location} [on {later}|for {weekday}|next week].",
                                "[We need|Please arrange|I would like to request] [{qty} moving boxes|the desks in {location} to be moved|two extra parking permits|a key card for a new colleague] [by {later}|for {weekday}|before the office move].")
                        .core(
                                "[The room should seat|We expect] [{qty}|about 12|up to 20] [people|participants][ and needs a projector|, coffee would be great|].",
                                "[Please charge it to|Cost centre:|Budget code] [{digits4}|CC-{digits4}|our department budget].",
                                "[Contact person:|Please ask for|Contact:] {me}[, {myPhone}|].",
                                "[Time|Preferred time]: [{time}|between {time} and 17:00|any time in the morning].",
                                "[Please confirm the booking|Let me know if this is possible|Confirmation by e-mail is fine].")
                        .details(
                                "[Access via the side entrance|The code for the door is {digits4}|Reception will let you in].")
                        .mixed(
                                "[The last cleaning was fine|No complaints about last time]; [we just need an extra one|this is an additional request].")
                        .closers("[Thanks a lot.|Many thanks.|Thank you!]")
                        .shorts(
                                "[Please book|Can you book] [a room for {qty} people|an extra cleaning|a courier pick-up] [on {later} at {time}|for {weekday}]. [Thanks, {meFirst}|Cost centre {digits4}.]")
                        .titles("BOOKING REQUEST", "Facility request", "Request form")
                        .fields(
                                "[Request|Type]: [room booking|cleaning|courier|furniture move]",
                                "[Date|When]: {later}",
                                "[Location|Where]: {location}",
                                "[Requested by|Contact]: {me}")
                        .layouts(weights(1.6, 0.3, 0.6, 0, 0.6, 0.8)));
    }
}

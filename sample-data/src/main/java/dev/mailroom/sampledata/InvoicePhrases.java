package dev.mailroom.sampledata;

import static dev.mailroom.sampledata.Kind.weights;
import static dev.mailroom.sampledata.Phrasebook.kind;
import static dev.mailroom.sampledata.Phrasebook.list;

import dev.mailroom.contracts.Label;
import java.util.List;

/** Invoices, bills, payment reminders and statements. */
final class InvoicePhrases {

    private InvoicePhrases() {}

    static List<Kind> kinds() {
        return list(
                kind(Label.INVOICE, "standard")
                        .subjects(
                                "[Invoice|INVOICE|Inv.] {invNo}",
                                "[Invoice|Bill] for [{month}|{service}|order {orderNo}|your order]",
                                "{myCompany} [- |]invoice {invNo}",
                                "[Your|New] invoice [from {myCompany}|{invNo}|is ready]",
                                "[Rechnung / Invoice|Tax invoice] {invNo}",
                                "[Billing|Charges] for {month}")
                        .openers(
                                "[Please find [attached|enclosed|below] [our|the] invoice|Attached is [our|the] invoice|Enclosed [you will find|is] [our|the] invoice] [{invNo}|no. {invNo}|number {invNo}] [for {item}|for the {service} [provided|delivered] in {month}|for your order {orderNo}|covering {month}].",
                                "[As agreed|As discussed|Following completion of the work|Following delivery], we [are sending|send|hereby issue] [you|] [our invoice|the invoice|the bill] for {item}.",
                                "[Thank you for your [business|order|custom].|Many thanks for choosing {myCompany}.|] [We hereby invoice|We are invoicing|This invoice covers] the following [goods|services|items|work].",
                                "[Here is|Attached is|This is] the invoice for {month}[, as usual|, as per our agreement|].",
                                "[We have|We've] [charged|billed] the {item} [delivered|carried out|provided] [on {earlier}|last {month}|under contract {contractNo}] as follows.")
                        .core(
                                "[The total [amount|sum|balance] [due|payable|outstanding] is|Total due:|Amount payable:|The amount of] {amount}[, including {vatPct}% VAT| incl. VAT| plus VAT| net|].",
                                "[Payment is due|Please pay|Kindly settle [this invoice|the amount|the balance]|Please transfer the amount] [within {days} days [of the invoice date|of receipt|]|by {due}|no later than {due}|on receipt].",
                                "[Payment terms|Terms]: [net {days} days|{days} days net|due on receipt|{days} days, 2% discount within 10 days].",
                                "[Please [quote|include|use|state] the invoice number [{invNo}|] as [the payment reference|reference|the reference on your transfer]|When paying, please reference {invNo}].",
                                "[Bank transfer to|Please remit to|Our bank details:|Pay to] IBAN {iban}, [BIC|SWIFT] {bic}.",
                                "[Invoice date|Date of invoice]: {date}. [Due date|Payment due|Due]: {due}.",
                                "[The|This] invoice [refers to|relates to|is for] [your purchase order|PO|order] {poNo}[ dated {earlier}|].",
                                "[Delivery|Performance] date: {earlier}. Customer number: {custNo}.",
                                "[A|] {vatPct}% VAT [has been|is] [added|included|charged] [where applicable|on all items|].",
                                "[Late payments|Overdue amounts|Invoices paid after the due date] [may|will] [incur|attract] [interest of|a fee of] [1.5% per month|8% above base rate|{smallAmount}].")
                        .details(
                                "[Hours|Time] [worked|spent] [were|was] [logged|recorded] [in the attached timesheet|per the enclosed report|as agreed with {youFirst}].",
                                "[We|I] [accept|can take] payment by [bank transfer|card|cheque|direct debit|PayPal][ or card| only|].",
                                "[The|All] goods [were|have been] [delivered|shipped] [on {earlier}|to {yourStreet}, {yourCity}|in full].",
                                "[Reverse charge:|Reverse charge applies:] [VAT to be accounted for by the recipient|customer to account for VAT].",
                                "[Our VAT ID|VAT reg. no.|Tax ID]: {vatId}.",
                                "[If you have any questions about this [invoice|bill]|For [billing|invoice] queries|Should anything be unclear], [please contact|reach out to|write to] [accounts@|billing@|finance@]{myEmailDomain}.",
                                "[A copy has also been [sent|uploaded] to your [supplier portal|accounts payable inbox|procurement system].|The PDF copy is for your records.|]",
                                "This [invoice|bill] [was|is] [issued|generated] [electronically|automatically] and is valid without signature.",
                                "[Partial|Interim] [invoice|billing] [2|3] of [4|5|6] [for the project|per the payment schedule|].")
                        .mixed(
                                "[Your|The] [quotation|quote|offer] {quoteNo} [was accepted on {earlier}|is the basis of this invoice|from {longAgo} applies].",
                                "[Apologies for the late delivery last time|We are sorry about the delay with the previous order]; the [amount|invoice] [reflects|includes] a [goodwill|] [discount|reduction] of {pct}%.",
                                "[This invoice closes|This closes] [service request|ticket] {ticketNo} [raised on {earlier}|for the {asset} repair].",
                                "[As requested by|Per] {youFirst} [from|in] {dept}, the invoice [now|] shows [your new address|the correct PO number {poNo}|the cost centre].")
                        .closers(
                                "[Thank you for your [business|prompt payment|order]|We appreciate your business|Thanks for working with us].",
                                "[We look forward to working with you again.|Thank you for your continued custom.|]",
                                "[Kind regards from the|Best wishes from the|Regards,] [accounts|billing|finance] team.")
                        .shorts(
                                "[Hi|Hello] {youFirst}, [attached|please find attached] [is|] [the|our|my] invoice [{invNo}|] for {item} [({amount})|- {amount}|of {amount}]. [Due|Payable] [in {days} days|by {due}]. [Thanks!|Thanks, {meFirst}|Cheers]",
                                "Invoice {invNo} [dated {date}|of {date}]: {amount} [due {due}|payable within {days} days|net {days}]. [Reference: {invNo}|Please quote the invoice number when paying.|]",
                                "[Bill|Invoice] for {month}: {qty} x {good} = {amount}. [Please pay by {due}.|Payment within {days} days please.|Bank details on file.]",
                                "{myCompany} - [invoice|INVOICE] {invNo}\nTotal [due|payable]: {amount}\n[Due date|Due]: {due}",
                                "[Quick note:|FYI:|] [our|the] invoice for the {service} is attached ({amount}). [Let me know if you need it split by cost centre.|Terms as usual.|Please forward to accounts.]")
                        .titles(
                                "INVOICE",
                                "Invoice",
                                "TAX INVOICE",
                                "Rechnung / Invoice",
                                "BILL",
                                "Sales Invoice",
                                "Invoice / Facture")
                        .fields(
                                "[Invoice no.|Invoice number|Invoice #|Inv. No]: {invNo}",
                                "[Invoice date|Date|Issue date]: {date}",
                                "[Due date|Payment due|Due]: {due}",
                                "[Customer no.|Customer ID|Account]: {custNo}",
                                "[Your order|PO number|Your ref.|Order ref.]: {poNo}",
                                "[Terms|Payment terms]: [net {days}|{days} days|due on receipt]",
                                "[Delivery date|Service period]: [{earlier}|{month}]")
                        .totals(
                                "Total due",
                                "Amount due",
                                "Balance due",
                                "TOTAL",
                                "Invoice total",
                                "Total payable",
                                "Grand total")
                        .layouts(weights(0.8, 1, 1.6, 0, 0.3, 0)),
                kind(Label.INVOICE, "reminder")
                        .subjects(
                                "[Payment reminder|Reminder|Overdue invoice|Friendly reminder|Second reminder|Final notice]: [invoice|inv.] {invNo}",
                                "[Outstanding balance|Unpaid invoice|Open item] [on account {custNo}|{invNo}|]",
                                "[Past due|Overdue]: {amount}")
                        .openers(
                                "[Our records show|According to our records|We notice|It appears] that [invoice|our invoice|the invoice] {invNo} [dated {longAgo}|of {longAgo}|issued on {longAgo}] [is still [unpaid|outstanding|open]|has not yet been paid|remains unpaid].",
                                "[This is a [friendly|gentle|polite|final] reminder|We would like to remind you] that [payment of|the amount of] {amount} [was due on {earlier}|is now [{days}|several] days overdue|is past due].",
                                "[May we remind you|We kindly remind you|Please note] that the [balance|amount|sum] of {amount} [on invoice {invNo}|for {item}] [remains outstanding|is overdue].")
                        .core(
                                "[Please [arrange|make] payment|Kindly settle the [balance|amount|invoice]|We ask you to pay] [within [7|10|14] days|by {due}|immediately|at your earliest convenience].",
                                "[If you have already paid|If payment has already been made|Should you have paid in the meantime], please [disregard|ignore] this [reminder|letter|notice][ and accept our thanks|].",
                                "[The outstanding amount|Amount outstanding|Open balance]: {amount}[ plus a reminder fee of {smallAmount}|].",
                                "[Unless we receive payment by {due}|Without payment by {due}|If the invoice remains unpaid], [we will have to|we may] [charge statutory interest|pass the matter to our collection agency|suspend further deliveries|put your account on hold].",
                                "[Invoice|Inv.] {invNo}, [date|dated] {longAgo}, [amount|total] {amount}, [due|due date] {earlier}.",
                                "[Please [quote|use] {invNo} as [payment|] reference|Reference for your transfer: {invNo}].")
                        .details(
                                "[A copy of the [original|] invoice is [attached|enclosed]|We enclose a copy of the invoice] [for your convenience|for reference|].",
                                "[If there is a problem with the invoice|If you dispute any item|If anything is unclear], please [let us know|contact {me}|call us on {myPhone}] [so we can resolve it|straight away|].",
                                "[Your account statement|A statement of your account] [is enclosed|shows {qty} open items|is attached].")
                        .mixed(
                                "[We understand you raised a query about the delivery; |]the invoice [itself|] [is|remains] [correct|due] [and we ask you to pay the undisputed amount|].",
                                "[Your|The] order {poNo} was [delivered in full|completed] on {longAgo} and [signed for|accepted] by {you}.")
                        .closers(
                                "[Thank you for your prompt attention to this matter.|We appreciate your prompt payment.|Thank you in advance.]")
                        .shorts(
                                "[Reminder|Hi {youFirst}, just a reminder]: invoice {invNo} ({amount}) [was due {earlier}|is overdue]. [Could you check?|Please pay asap.|Thanks!]",
                                "[Second reminder|REMINDER]: {amount} outstanding on account {custNo}. Please pay by {due}.")
                        .titles("PAYMENT REMINDER", "Reminder", "STATEMENT OF ACCOUNT", "OVERDUE NOTICE")
                        .fields(
                                "[Invoice no.|Invoice]: {invNo}",
                                "[Invoice date|Dated]: {longAgo}",
                                "[Originally due|Due date]: {earlier}",
                                "[Amount outstanding|Open amount|Balance]: {amount}",
                                "[Customer no.|Account]: {custNo}")
                        .layouts(weights(1, 1, 0.6, 0, 0.4, 0)),
                kind(Label.INVOICE, "utility")
                        .subjects(
                                "[Your|] [{month}|monthly|quarterly] [bill|statement|invoice] [is ready|- account {custNo}|]")
                        .openers(
                                "[Your|The] [{month}|latest|monthly] [bill|invoice] for {service} [is now available|is ready|is attached].",
                                "[Here is your|This is your] [bill|invoice] for the period [{longAgo} to {earlier}|ending {earlier}].")
                        .core(
                                "[Amount due|Total to pay|Please pay]: {amount}[ by {due}|].",
                                "[The amount will be collected by direct debit on|We will collect payment on|Direct debit date:] {due}.",
                                "[Account number|Customer account|Contract]: {custNo}.",
                                "[Usage this period|Consumption]: [{qty} units|{qty} kWh|{qty} GB|{qty} hours].",
                                "[Standing charge|Monthly fee|Base fee]: {smallAmount}.")
                        .details(
                                "[Manage your account and download past bills|View the full breakdown] [online|in the customer portal|in our app].",
                                "[Switching to paperless billing|Paying by direct debit] [saves|can save] you {smallAmount} a year.")
                        .closers("[Thank you for being a customer.|Thanks for staying with us.|]")
                        .shorts(
                                "Your {month} bill: {amount}, due {due}. Account {custNo}. [Pay online or by direct debit.|Thank you.]")
                        .titles("YOUR BILL", "Statement", "Invoice")
                        .fields(
                                "[Account|Customer no.]: {custNo}",
                                "[Bill date|Date]: {date}",
                                "[Amount due|Total]: {amount}",
                                "[Due|Payment date]: {due}")
                        .layouts(weights(1, 0.5, 1, 0, 0.3, 0)),
                kind(Label.INVOICE, "freelancer")
                        .subjects(
                                "[My|] [invoice|bill] [for {month}|- {month}|no. {invNo}|for the {service} work]",
                                "[Invoice|Timesheet and invoice] [{month}|for project {digits4}]")
                        .openers(
                                "[Please find|Here is|Attached is] my invoice [{invNo}|no. {invNo}|] for [the work in {month}|{service} in {month}|the last sprint].",
                                "[As agreed|Per our contract], I [am billing|bill] [{qty} hours|{qty} hours at my usual rate|the fixed fee] for {service}.")
                        .core(
                                "[Hours|Time]: {qty} h [at the agreed rate|as per timesheet|at my usual rate]; [total|amount due|total due] {amount}.",
                                "[Please transfer|Kindly pay|Please send] [the total of|] {amount} to [my account|IBAN {iban}|the account below] [within {days} days|by {due}].",
                                "[I am not VAT registered|No VAT is charged (small business)|VAT is shown separately on the invoice|Reverse charge applies].",
                                "[The timesheet is attached|Hours are listed in the attached timesheet|I have attached the timesheet signed by {youFirst}].",
                                "[Invoice number|Ref]: {invNo}, [dated|date] {date}.")
                        .details(
                                "[If anything needs changing for your accounts team|If you need a PO number on it], [just let me know|tell me and I will reissue it].",
                                "[Thanks again for the|It was a pleasure working on the] [project|assignment].")
                        .mixed(
                                "[The estimate I sent in {month} was {amount}; |]the final [amount|bill] [is within|matches] [the quote|the estimate] {quoteNo}.",
                                "[Your PO|The purchase order] {poNo} [is quoted on the invoice|is on the invoice as requested].")
                        .closers("[Thanks!|Many thanks,|Best,|Cheers,]")
                        .shorts(
                                "[Hi|Hey] {youFirst} - [my invoice for {month}|invoice {invNo}] [is attached|attached]: {qty} hours, {amount}. [Bank details on the invoice.|Thanks!]",
                                "Invoice {invNo}: {service}, {qty} h, total {amount}, [payable within {days} days|due {due}].")
                        .titles("INVOICE", "Invoice", "Freelance invoice")
                        .fields(
                                "[Invoice no.|Invoice #]: {invNo}",
                                "[Date|Invoice date]: {date}",
                                "[Hours|Time]: {qty} h",
                                "[Total|Amount due]: {amount}",
                                "[Due|Payable by]: {due}")
                        .layouts(weights(1.6, 0.5, 0.8, 0, 0.5, 0)));
    }
}

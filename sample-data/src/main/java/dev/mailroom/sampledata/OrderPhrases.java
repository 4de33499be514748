package dev.mailroom.sampledata;

import static dev.mailroom.sampledata.Kind.weights;
import static dev.mailroom.sampledata.Phrasebook.kind;
import static dev.mailroom.sampledata.Phrasebook.list;

import dev.mailroom.contracts.Label;
import java.util.List;

/** Purchase orders: formal POs, e-mail orders, call-offs and re-orders. */
final class OrderPhrases {

    private OrderPhrases() {}

    static List<Kind> kinds() {
        return list(
                kind(Label.PURCHASE_ORDER, "formal")
                        .subjects(
                                "[Purchase order|Purchase Order|PO|Order] {poNo}",
                                "[New|Our] [purchase order|order] [for {item}|{poNo}|from {myCompany}]",
                                "[PO|Order] {poNo} [- {item}|- please confirm|]",
                                "[Bestellung / Purchase order|Order placement] {poNo}")
                        .openers(
                                "[Please [supply|deliver|ship] the following|We hereby order the following|Please accept our order for the following] [goods|items|services|articles][ in accordance with your quotation {quoteNo}| at the agreed prices| under our framework agreement {contractNo}|].",
                                "[We are pleased to place|We would like to place|Please find [attached|below]|This is] our [order|purchase order|PO] [{poNo}|no. {poNo}|] for {qty} [x|units of] {good}.",
                                "[On the basis of|With reference to|Referring to] your [quotation|offer|quote] {quoteNo} [dated {earlier}|of {earlier}|], we [order|place an order for|would like to order] {item}.")
                        .core(
                                "[[Required delivery date|Requested delivery]: {later}|Please deliver [no later than|by|on] {later}|Delivery required by {later}].",
                                "[Deliver to|Ship to|Delivery address]: {myCompany}, [Goods In,|Attn. {me},|] {myStreet}, {myPostcode} {myCity}.",
                                "[Please [quote|show|state] our PO number {poNo} on [all|your] [delivery notes and invoices|invoices|shipping documents]|Invoices without PO number {poNo} cannot be processed].",
                                "[Please confirm [receipt of this order|this order|the delivery date] [by return|within 48 hours|by e-mail]|Kindly send us an order confirmation [with the expected delivery date|by {later}|]].",
                                "[Prices|The price] [as per|according to|agreed in] [your quotation {quoteNo}|our framework contract {contractNo}|your price list of {longAgo}][, total {amount} net|].",
                                "[Partial deliveries|Split shipments] [are|are not] [accepted|permitted][ without prior approval|].",
                                "[Order value|Total order value|Total]: {amount}[ excl. VAT| net|].",
                                "[Payment terms|Terms]: [net {days} days|{days} days after receipt of invoice|as agreed].",
                                "[Incoterms|Delivery terms]: [DAP {myCity}|FCA|EXW|DDP {myCity}].")
                        .details(
                                "[Cost centre|Cost center|Project code]: [{digits4}|CC-{digits4}|P-{digits4}].",
                                "[Goods must be|All items must be|Please ensure items are] [packed on euro pallets|labelled with our part numbers|accompanied by a certificate of conformity|delivered between 7:00 and 15:00].",
                                "[Authorised by|Approved by|Buyer]: {me}[, {myTitle}|].",
                                "[Our general terms of purchase apply|This order is subject to our terms and conditions of purchase|Standard purchasing terms apply].",
                                "[Contact for delivery queries|For questions about this order contact|Delivery contact]: {me}, {myPhone}.")
                        .mixed(
                                "[Please note:|Note:|] [the last delivery (order {orderNo}) was [incomplete|damaged|late]; |]please [double-check|make sure of] [the quantities|the packaging|the delivery date] this time.",
                                "[Send the invoice|Invoices should be sent|Please e-mail your invoice] to [accounts payable|our AP team|invoices@{myEmailDomain}] [quoting this PO|with the PO number].",
                                "[This order follows our meeting|As agreed at our meeting] on {earlier}[ with {you}|].",
                                "[If the goods are not available by {later}|If you cannot meet the date], [please let us know|inform us] [immediately|before shipping] [so we can [adjust the order|cancel the affected items]|].")
                        .closers(
                                "[Thank you for your prompt [confirmation|delivery]|Many thanks in advance|We look forward to receiving the goods].")
                        .shorts(
                                "[Hi|Hello] {youFirst}, [please go ahead and|we'd like to|please] [order|send us|ship] {qty} x {good} [as per your quote {quoteNo}|at {amount}|at the usual price]. [Our PO number is {poNo}.|PO to follow.|PO {poNo}.] [Delivery by {later} please.|Thanks!|Need them by {weekday}.]",
                                "PO {poNo}: {qty} x {good}, [deliver to|ship to] {myStreet}, {myCity}, [by {later}|asap]. [Please confirm.|Confirmation please.]",
                                "[Please|Kindly] [accept|book] our order for {item} [- PO {poNo}|, ref. {poNo}]. [Total {amount} net.|Prices as quoted.]")
                        .titles("PURCHASE ORDER", "Purchase Order", "ORDER", "Bestellung / Purchase Order", "PO")
                        .fields(
                                "[PO number|Purchase order no.|Order no.|PO #]: {poNo}",
                                "[Order date|Date]: {date}",
                                "[Supplier|Vendor|To]: {yourCompany}",
                                "[Delivery date|Required by|Deliver by]: {later}",
                                "[Ship to|Delivery address]: {myStreet}, {myPostcode} {myCity}",
                                "[Your quotation|Quote ref.|Based on offer]: {quoteNo}",
                                "[Buyer|Contact|Ordered by]: {me}")
                        .totals("Order total", "Total", "Total order value", "TOTAL (net)", "PO total")
                        .layouts(weights(0.8, 0.8, 1.8, 0, 0.3, 0)),
                kind(Label.PURCHASE_ORDER, "reorder")
                        .subjects(
                                "[Re-order|Reorder|Repeat order|Call-off] [{poNo}|- {good}|for {month}]",
                                "[Order|Ordering] [more|another batch of] {good}",
                                "[Call-off|Release] [no. {qty}|{poNo}] [against|under] [contract|blanket order] {contractNo}")
                        .openers(
                                "[Please [send|ship|deliver]|We need] [another|a further|the next] [{qty}|batch of {qty}] [x|] {good} [same as last time|as per our last order {orderNo}|under blanket order {contractNo}].",
                                "[This is|Please treat this as] [call-off|release] [no. {qty}|{poNo}] [against|under] [our framework agreement|blanket PO|contract] {contractNo}.",
                                "[Our stock of|We are running low on|We are almost out of] {good}[, so please|, so kindly|. Please|. Kindly] [book|process] [a repeat order|the following order] [for|of] {qty} [units|pieces|].")
                        .core(
                                "[New PO number|PO|Our reference]: {poNo}.",
                                "[Delivery|Please deliver] [to the usual address|to {myStreet}, {myCity}|to our {myCity} warehouse] [by {later}|on {weekday}|next week].",
                                "[Same prices as|Prices per] [the framework agreement|our last order|your current price list].",
                                "[Please confirm the delivery date|Let us know the dispatch date|Send the tracking number] [once shipped|by return|].")
                        .mixed(
                                "[The invoice for the previous delivery (invoice {invNo}) has been paid|Last month's invoice {invNo} was settled on {earlier}].")
                        .closers("[Thanks|Many thanks|Thank you] [as always|in advance|].")
                        .shorts(
                                "[Re-order|Reorder|Repeat order]: {qty} x {good}, PO {poNo}, [deliver {later}|usual address]. [Thx|Thanks], {meFirst}",
                                "Please ship [another|the next] {qty} {good} [under|against] contract {contractNo} (PO {poNo}).")
                        .titles("CALL-OFF ORDER", "REPEAT ORDER", "PURCHASE ORDER")
                        .fields(
                                "[PO|Order no.]: {poNo}",
                                "[Contract|Blanket order]: {contractNo}",
                                "[Deliver|Delivery]: {later}",
                                "[Qty|Quantity]: {qty}")
                        .layouts(weights(1.4, 0.3, 0.8, 0, 0.5, 0)),
                kind(Label.PURCHASE_ORDER, "order-form")
                        .subjects(
                                "[Order form|Order|B2B order|Online order request] [- customer {custNo}|{poNo}|]",
                                "[Please process|New] order [for {yourCompany}|from {myCompany}|]")
                        .openers(
                                "[Customer no.|Customer number|Account] {custNo} [orders the following|would like to order]:",
                                "[We would like to order|Please send us|Order request:] [the following items|{qty} x {good}][ from your catalogue| at list price|].")
                        .core(
                                "[Item|Article] [{digits4}-{qty}|no. {digits4}]: {good}, [quantity|qty] {qty}.",
                                "[Shipping method|Delivery]: [standard|express|pick-up at your warehouse|pallet freight].",
                                "[Payment|Payment method]: [on account|invoice, {days} days|credit card|direct debit].",
                                "[Delivery address|Ship to]: {myStreet}, {myPostcode} {myCity}[, loading ramp 2|, reception|].",
                                "[Order reference|Our order no.|PO]: {poNo}.")
                        .details(
                                "[Please send an order confirmation to|Confirmation to] {myEmail}.",
                                "[Ordered by|Contact]: {me}, {myPhone}.")
                        .mixed(
                                "[Please send the invoice to|Invoice address:] [our accounts payable team|{myStreet}, {myCity}|invoices@{myEmailDomain}].")
                        .closers("[Thank you.|Thanks,|Regards,]")
                        .shorts(
                                "[Order|Please order]: {qty} x {good} (art. {digits4}), customer {custNo}, [express|standard] delivery. PO {poNo}.")
                        .titles("ORDER FORM", "Order", "ORDER")
                        .fields(
                                "[Customer no.|Account]: {custNo}",
                                "[Order no.|PO]: {poNo}",
                                "[Item|Article]: {good}",
                                "[Quantity|Qty]: {qty}",
                                "[Delivery|Shipping]: [standard|express]")
                        .totals("Order total", "Total", "Sum")
                        .layouts(weights(1, 0.3, 1.6, 0, 0.4, 0)));
    }
}

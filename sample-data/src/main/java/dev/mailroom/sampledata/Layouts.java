package dev.mailroom.sampledata;

import java.util.List;
import java.util.Locale;

/** Frames sentences and blocks as an e-mail, a letter, a form, a memo, a note or a ticket. */
final class Layouts {

    private Layouts() {}

    static String render(
            Kind.Layout layout,
            DocumentContext ctx,
            Kind kind,
            String subject,
            List<List<String>> paragraphs,
            List<String> fields,
            List<String> items) {
        StringBuilder b = new StringBuilder(1024);
        Dice dice = ctx.dice;
        switch (layout) {
            case EMAIL -> {
                if (dice.chance(0.35)) {
                    b.append(dice.pick("From: ", "From: ", "Von: "))
                            .append(ctx.slot("me"))
                            .append(" <")
                            .append(ctx.slot("myEmail"))
                            .append(">\n");
                    b.append(dice.pick("Sent: ", "Date: "))
                            .append(ctx.slot("date"))
                            .append('\n');
                    b.append("To: ")
                            .append(dice.chance(0.5) ? ctx.slot("you") : ctx.slot("dept"))
                            .append('\n');
                    b.append("Subject: ").append(subject).append("\n\n");
                }
                if (dice.chance(0.75)) {
                    b.append(greeting(ctx)).append("\n\n");
                }
                body(b, dice, paragraphs, fields, items);
                signOff(b, ctx, false);
                if (dice.chance(0.12)) {
                    b.append("\n\n")
                            .append(
                                    dice.pick(
                                            "This e-mail and any attachments are confidential and intended solely for the addressee.",
                                            "Please consider the environment before printing this e-mail.",
                                            "Sent from my iPhone",
                                            "Sent from Outlook for Android",
                                            "CONFIDENTIALITY NOTICE: If you received this message in error, please delete it."));
                }
            }
            case LETTER -> {
                if (dice.chance(0.85)) {
                    if (!ctx.privateSender) {
                        b.append(ctx.slot("myCompany")).append('\n');
                    } else {
                        b.append(ctx.slot("me")).append('\n');
                    }
                    b.append(ctx.slot("myStreet"))
                            .append('\n')
                            .append(ctx.slot("myPostcode"))
                            .append(' ')
                            .append(ctx.slot("myCity"))
                            .append('\n');
                    if (dice.chance(0.3)) {
                        b.append(ctx.slot("myCountry")).append('\n');
                    }
                    b.append('\n');
                }
                if (dice.chance(0.8)) {
                    b.append(ctx.slot("yourCompany")).append('\n');
                    if (dice.chance(0.6)) {
                        b.append(dice.pick("Attn. ", "Attn: ", "FAO ", ""))
                                .append(dice.chance(0.5) ? ctx.slot("you") : ctx.slot("dept"))
                                .append('\n');
                    }
                    b.append(ctx.slot("yourStreet"))
                            .append('\n')
                            .append(ctx.slot("yourPostcode"))
                            .append(' ')
                            .append(ctx.slot("yourCity"))
                            .append("\n\n");
                }
                b.append(dice.pick(
                                ctx.slot("myCity") + ", " + ctx.slot("date"),
                                ctx.slot("date"),
                                "Date: " + ctx.slot("date")))
                        .append("\n\n");
                if (!subject.isEmpty()) {
                    b.append(dice.pick("Re: ", "Subject: ", "RE: ", "", "Our ref.: " + ctx.slot("digits4") + " - "))
                            .append(dice.chance(0.2) ? subject.toUpperCase(Locale.ROOT) : subject)
                            .append("\n\n");
                }
                b.append(dice.pick(
                                "Dear Sir or Madam,",
                                "Dear " + ctx.slot("you") + ",",
                                "Dear Mr " + ctx.slot("youLast") + ",",
                                "Dear Ms " + ctx.slot("youLast") + ",",
                                "To whom it may concern,",
                                "Dear colleagues,",
                                "Dear " + ctx.slot("youFirst") + ","))
                        .append("\n\n");
                body(b, dice, paragraphs, fields, items);
                signOff(b, ctx, true);
                if (!ctx.privateSender && dice.chance(0.3)) {
                    b.append("\n\n").append(footer(ctx));
                }
            }
            case FORM -> {
                String title = kind.titles().isEmpty() ? subject.toUpperCase(Locale.ROOT) : dice.pick(kind.titles());
                if (dice.chance(0.6)) {
                    b.append(ctx.privateSender ? ctx.slot("me") : ctx.slot("myCompany"))
                            .append(dice.pick(" | ", " - ", "\n"))
                            .append(ctx.slot("myStreet"))
                            .append(", ")
                            .append(ctx.slot("myPostcode"))
                            .append(' ')
                            .append(ctx.slot("myCity"))
                            .append("\n\n");
                }
                b.append(title).append("\n\n");
                for (String f : fields) {
                    b.append(f).append('\n');
                }
                if (!fields.isEmpty()) {
                    b.append('\n');
                }
                for (String line : items) {
                    b.append(line).append('\n');
                }
                if (!items.isEmpty()) {
                    b.append('\n');
                }
                if (!paragraphs.isEmpty() && dice.chance(0.35)) {
                    b.append(dice.pick("Notes:", "Remarks:", "Comments:", "Note:"))
                            .append(' ');
                }
                paragraphsOnly(b, paragraphs, dice);
                if (!ctx.privateSender && dice.chance(0.4)) {
                    b.append("\n\n").append(footer(ctx));
                }
            }
            case MEMO -> {
                b.append(dice.pick("MEMO\n", "MEMORANDUM\n", "Internal memo\n", "", "NOTES\n"));
                b.append("To: ")
                        .append(dice.chance(0.5) ? ctx.slot("dept") : ctx.slot("you"))
                        .append('\n');
                b.append("From: ").append(ctx.slot("me")).append('\n');
                b.append("Date: ").append(ctx.slot("date")).append('\n');
                b.append(dice.pick("Re: ", "Subject: ", "Topic: "))
                        .append(subject)
                        .append("\n\n");
                if (dice.chance(0.5)) {
                    String bullet = dice.pick("- ", "* ", "• ", "o ");
                    String trailer = "";
                    for (List<String> p : paragraphs) {
                        for (String s : p) {
                            if (s.endsWith(",")) {
                                trailer = s; // a sign-off, not an item
                            } else {
                                b.append(bullet).append(s).append('\n');
                            }
                        }
                    }
                    if (!trailer.isEmpty()) {
                        b.append('\n').append(trailer).append('\n').append(ctx.slot("meFirst"));
                    }
                } else {
                    paragraphsOnly(b, paragraphs, dice);
                }
            }
            case NOTE -> {
                body(b, dice, paragraphs, fields, items);
                if (dice.chance(0.6)) {
                    b.append("\n\n").append(dice.chance(0.5) ? ctx.slot("meFirst") : ctx.slot("me"));
                }
            }
            case TICKET -> {
                b.append(dice.pick("Ticket ", "Case ", "Request ", "Incident "))
                        .append(dice.chance(0.5) ? ctx.slot("ticketNo") : ctx.slot("caseNo"))
                        .append('\n');
                b.append("Status: ")
                        .append(dice.pick("New", "Open", "Received", "Unassigned"))
                        .append(dice.pick(" | ", "\n"))
                        .append("Channel: ")
                        .append(dice.pick("Web form", "E-mail", "Phone", "Portal"))
                        .append('\n');
                b.append(dice.pick("Customer: ", "Reported by: ", "Contact: ")).append(ctx.slot("me"));
                if (!ctx.privateSender) {
                    b.append(" (").append(ctx.slot("myCompany")).append(')');
                }
                b.append('\n');
                b.append("Subject: ").append(subject).append('\n');
                for (String f : fields) {
                    b.append(f).append('\n');
                }
                b.append(dice.pick("Description:", "Details:", "Message:")).append('\n');
                paragraphsOnly(b, paragraphs, dice);
            }
        }
        return b.toString().strip();
    }

    static String greeting(DocumentContext ctx) {
        Dice dice = ctx.dice;
        return dice.pick(
                "Hi " + ctx.slot("youFirst") + ",",
                "Hello " + ctx.slot("youFirst") + ",",
                "Dear " + ctx.slot("you") + ",",
                "Dear Mr " + ctx.slot("youLast") + ",",
                "Dear Ms " + ctx.slot("youLast") + ",",
                "Dear Sir or Madam,",
                "Good morning,",
                "Good afternoon,",
                "Hello,",
                "Hi all,",
                "Hello team,",
                "Dear " + ctx.slot("dept") + " team,",
                "To whom it may concern,",
                ctx.slot("youFirst") + ",");
    }

    private static void body(
            StringBuilder b, Dice dice, List<List<String>> paragraphs, List<String> fields, List<String> items) {
        int blockAfter = paragraphs.isEmpty() ? 0 : Math.min(paragraphs.size(), 1 + dice.below(2));
        for (int i = 0; i < paragraphs.size(); i++) {
            b.append(String.join(" ", paragraphs.get(i))).append("\n\n");
            if (i + 1 == blockAfter) {
                blocks(b, fields, items);
            }
        }
        if (paragraphs.isEmpty()) {
            blocks(b, fields, items);
        }
    }

    private static void blocks(StringBuilder b, List<String> fields, List<String> items) {
        for (String f : fields) {
            b.append(f).append('\n');
        }
        if (!fields.isEmpty()) {
            b.append('\n');
        }
        for (String line : items) {
            b.append(line).append('\n');
        }
        if (!items.isEmpty()) {
            b.append('\n');
        }
    }

    private static void paragraphsOnly(StringBuilder b, List<List<String>> paragraphs, Dice dice) {
        for (List<String> p : paragraphs) {
            b.append(String.join(dice.chance(0.15) ? "\n" : " ", p)).append("\n\n");
        }
    }

    private static void signOff(StringBuilder b, DocumentContext ctx, boolean formal) {
        Dice dice = ctx.dice;
        if (!formal && dice.chance(0.15)) {
            return;
        }
        String closing = formal
                ? dice.pick(
                        "Yours faithfully,",
                        "Yours sincerely,",
                        "Kind regards,",
                        "Sincerely,",
                        "Best regards,",
                        "With kind regards,",
                        "Mit freundlichen Grüßen / Kind regards,",
                        "Respectfully,")
                : dice.pick(
                        "Best regards,",
                        "Kind regards,",
                        "Thanks,",
                        "Best,",
                        "Cheers,",
                        "Regards,",
                        "Many thanks,",
                        "Thank you,",
                        "BR,",
                        "All the best,",
                        "Warm regards,");
        b.append(closing).append('\n');
        b.append(dice.chance(0.3) && !formal ? ctx.slot("meFirst") : ctx.slot("me"));
        if (!ctx.privateSender && dice.chance(formal ? 0.8 : 0.5)) {
            b.append('\n').append(ctx.slot("myTitle")).append('\n').append(ctx.slot("myCompany"));
            if (dice.chance(0.5)) {
                b.append('\n')
                        .append(dice.pick("Tel. ", "Phone: ", "T: ", "Mobile: "))
                        .append(ctx.slot("myPhone"));
            }
        } else if (ctx.privateSender && dice.chance(0.4)) {
            b.append('\n').append(ctx.slot("myPhone"));
        }
    }

    private static String footer(DocumentContext ctx) {
        Dice dice = ctx.dice;
        return dice.pick(
                ctx.slot("myCompany") + " | " + ctx.slot("myStreet") + " | " + ctx.slot("myPostcode") + " "
                        + ctx.slot("myCity") + " | VAT ID " + ctx.slot("vatId"),
                "Registered office: " + ctx.slot("myCity") + " - Company no. " + ctx.slot("regNo") + " - IBAN "
                        + ctx.slot("iban"),
                "Tel " + ctx.slot("myPhone") + " · " + ctx.slot("myEmail") + " · " + ctx.slot("myCity"),
                "Bank: IBAN " + ctx.slot("iban") + ", BIC " + ctx.slot("bic") + " | Managing director: "
                        + ctx.slot("meFirst") + " " + ctx.slot("youLast"));
    }
}

package dev.mailroom.sampledata;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The facts of one document (parties, dates, numbers, goods) as template slots, drawn lazily and then fixed. */
final class DocumentContext {

    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    final Dice dice;
    final Vocabulary.Industry industry;
    final Vocabulary.City myCity;
    final Vocabulary.City yourCity;
    final Money.Style money;
    final DateStyle dates;
    final LocalDate date;
    final boolean privateSender;
    private final Map<String, String> values = new HashMap<>();

    DocumentContext(Dice dice, boolean privateSender) {
        this.dice = dice;
        this.privateSender = privateSender;
        this.industry = dice.pick(Vocabulary.INDUSTRIES);
        this.myCity = dice.pick(Vocabulary.CITIES);
        this.yourCity = dice.chance(0.6) ? sameCountry(myCity) : dice.pick(Vocabulary.CITIES);
        Money.Currency currency = dice.chance(0.8) ? myCity.currency() : dice.pick(Money.Currency.values());
        this.money = Money.style(currency, dice);
        this.dates = DateStyle.random(dice);
        this.date = EPOCH.plusDays(dice.between(0, 1000));
    }

    private Vocabulary.City sameCountry(Vocabulary.City city) {
        for (int i = 0; i < 8; i++) {
            Vocabulary.City c = dice.pick(Vocabulary.CITIES);
            if (c.country().equals(city.country())) {
                return c;
            }
        }
        return city;
    }

    /** Sets a slot explicitly (e.g. a total computed from line items). */
    void put(String slot, String value) {
        values.put(slot, value);
    }

    boolean has(String slot) {
        return values.containsKey(slot);
    }

    String slot(String name) {
        String v = values.get(name);
        if (v == null) {
            v = draw(name);
            values.put(name, v);
        }
        return v;
    }

    String expand(String template) {
        return Template.expand(template, dice, this::slot);
    }

    String amount(double euroLike) {
        return money.format(euroLike * money.currency().scale());
    }

    private String draw(String name) {
        return switch (name) {
            case "meFirst" -> dice.pick(Vocabulary.FIRST_NAMES);
            case "meLast" -> dice.pick(Vocabulary.LAST_NAMES);
            case "me" -> slot("meFirst") + " " + slot("meLast");
            case "myTitle" ->
                dice.pick(
                        "Accounts Manager",
                        "Sales Manager",
                        "Office Manager",
                        "Operations Lead",
                        "Managing Director",
                        "Customer Success",
                        "Head of Procurement",
                        "Project Coordinator",
                        "Purchasing",
                        "Finance Team",
                        "Team Assistant",
                        "Director",
                        "Owner",
                        "Facilities",
                        "Key Account Manager",
                        "Administrator");
            case "myCompany" -> company(myCity);
            case "myEmail" -> email(slot("meFirst"), slot("meLast"), privateSender ? null : slot("myCompany"));
            case "myPhone" -> phone();
            case "myStreet" -> street(myCity);
            case "myPostcode" -> postcode(myCity);
            case "myCity" -> myCity.name();
            case "myCountry" -> myCity.country();
            case "youFirst" -> dice.pick(Vocabulary.FIRST_NAMES);
            case "youLast" -> dice.pick(Vocabulary.LAST_NAMES);
            case "you" -> slot("youFirst") + " " + slot("youLast");
            case "yourCompany" -> company(yourCity);
            case "yourStreet" -> street(yourCity);
            case "yourPostcode" -> postcode(yourCity);
            case "yourCity" -> yourCity.name();
            case "yourCountry" -> yourCity.country();
            case "dept" ->
                dice.pick(
                        "Accounts Payable",
                        "Purchasing",
                        "Customer Service",
                        "Human Resources",
                        "Facilities",
                        "Sales",
                        "Finance",
                        "Operations",
                        "Reception",
                        "IT Helpdesk",
                        "Procurement");
            case "date" -> dates.format(date);
            case "due" -> dates.format(date.plusDays(dice.pick(7, 10, 14, 21, 30, 45, 60)));
            case "later" -> dates.format(date.plusDays(dice.between(3, 40)));
            case "earlier" -> dates.format(date.minusDays(dice.between(2, 60)));
            case "longAgo" -> dates.format(date.minusDays(dice.between(60, 400)));
            case "validUntil" -> dates.format(date.plusDays(dice.pick(14, 30, 30, 60, 90)));
            case "month" ->
                date.minusMonths(dice.between(0, 1)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "weekday" -> DayOfWeek.of(dice.between(1, 5)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "time" ->
                dice.pick("8:30", "9:00", "10:15", "11:00", "13:30", "14:00", "15:45", "16:30", "9 am", "2 pm");
            case "days" -> String.valueOf(dice.pick(7, 10, 14, 14, 30, 30, 45, 60));
            case "pct" -> String.valueOf(dice.pick(3, 5, 5, 8, 10, 10, 12, 15, 20, 25));
            case "vatPct" -> String.valueOf(dice.pick(7, 10, 19, 20, 21, 22, 25, 8, 13));
            case "qty" -> String.valueOf(dice.pick(2, 3, 4, 5, 6, 10, 12, 20, 24, 25, 40, 50, 100, 120, 200, 500));
            case "good" -> item(industry.goods());
            case "service" -> item(industry.services());
            case "unit" -> slot("good").isEmpty() ? "unit" : values.getOrDefault("unit", "unit");
            case "currency" -> money.currency().name();
            case "iban" ->
                dice.pick("DE", "GB", "FR", "NL", "IE", "AT", "ES", "IT") + digits(2) + " " + digits(4) + " "
                        + digits(4) + " " + digits(4) + " " + digits(4) + " " + digits(2);
            case "bic" ->
                dice.pick("COBADEFFXXX", "BARCGB22", "BNPAFRPP", "INGBNL2A", "AIBKIE2D", "DEUTDEMM", "UNCRITMM");
            case "vatId" -> dice.pick("DE", "GB", "FR", "NL", "IE", "ATU", "ES") + digits(9);
            case "digits4" -> digits(4);
            case "serial" -> dice.pick("SN-", "S/N ", "", "SN") + digits(4) + "-" + digits(4);
            case "regNo" -> digits(8);
            case "myEmailDomain" -> slot("myEmail").substring(slot("myEmail").indexOf('@') + 1);
            case "exclaim" -> dice.pick("!", ".", "!!", "!", " :)");
            case "sig" -> dice.pick("", "", " " + slot("meFirst"), " -- " + slot("me"), "\n" + slot("meFirst"));
            case "subjectEcho" ->
                dice.pick(
                        "Invoice " + slot("invNo"),
                        "Order " + slot("poNo"),
                        "Quote request",
                        "Meeting on " + slot("weekday"),
                        "Question",
                        "Re: " + slot("topic"),
                        "Complaint " + slot("caseNo"),
                        "Application",
                        "Ticket " + slot("ticketNo"),
                        "Your message");
            case "item" -> dice.chance(0.5) ? slot("good") : slot("service");
            case "amount" -> amount(roundish(Math.exp(Math.log(25) + dice.unit() * (Math.log(40000) - Math.log(25)))));
            case "salary" -> amount(dice.between(24, 95) * 1000.0);
            case "smallAmount" -> amount(roundish(dice.between(9, 400)));
            case "industry" -> industry.name();
            case "invNo" -> invoiceNumber();
            case "poNo" ->
                dice.pick(
                        "PO-" + digits(5),
                        "45000" + digits(5),
                        date.getYear() + "/" + digits(3),
                        "P" + digits(6),
                        digits(6),
                        "B" + digits(2) + "-" + digits(5));
            case "quoteNo" ->
                dice.pick(
                        "Q-" + date.getYear() + "-" + digits(3),
                        "QT-" + digits(5),
                        "Q" + digits(6),
                        digits(3) + "/" + (date.getYear() % 100),
                        "EST-" + digits(4),
                        "OFF-" + digits(5));
            case "orderNo" ->
                dice.pick("#" + digits(6), "ORD-" + digits(7), digits(9), "WEB" + digits(6), "SO-" + digits(5));
            case "ticketNo" ->
                dice.pick("#" + digits(5), "INC" + digits(7), "SR-" + digits(5), "REQ-" + digits(4), "T" + digits(6));
            case "caseNo" ->
                dice.pick("CASE-" + digits(5), "C-" + date.getYear() + "-" + digits(3), digits(8), "CR" + digits(6));
            case "custNo" ->
                dice.pick("C" + digits(5), "KD-" + digits(6), digits(7), "CUST-" + digits(4), "AC" + digits(6));
            case "contractNo" ->
                dice.pick(
                        "SLA-" + digits(4),
                        "CT-" + date.getYear() + "-" + digits(2),
                        digits(6) + "/" + digits(2),
                        "MSA-" + digits(3));
            case "trackNo" ->
                dice.pick("1Z" + digits(6) + "X" + digits(8), "JD0" + digits(15), digits(12), "CX" + digits(9) + "DE");
            case "asset" -> dice.pick(industry.equipment());
            case "fault" -> dice.pick(industry.faults());
            case "location" ->
                dice.pick(
                        "our " + slot("myCity") + " office",
                        "building B",
                        "the warehouse",
                        "the second floor",
                        "the main reception",
                        "our site at " + slot("myStreet"),
                        "room 2.14",
                        "the ground floor kitchen",
                        "the loading bay",
                        "our branch in " + slot("myCity"));
            case "role" ->
                dice.chance(0.75)
                        ? dice.pick(industry.roles())
                        : dice.pick(Vocabulary.INDUSTRIES).roles().get(0);
            case "years" ->
                dice.pick(
                        "two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "3", "5", "8", "15");
            case "uni" -> dice.pick(Vocabulary.UNIVERSITIES);
            case "board" -> dice.pick(Vocabulary.JOB_BOARDS);
            case "prevCompany" -> company(dice.pick(Vocabulary.CITIES));
            case "notice" -> dice.pick("one month", "four weeks", "six weeks", "three months", "two weeks", "30 days");
            case "skill" ->
                dice.pick(
                        "Excel",
                        "SAP",
                        "customer service",
                        "project coordination",
                        "Python",
                        "team leadership",
                        "stock control",
                        "bookkeeping",
                        "negotiation",
                        "scheduling",
                        "German and English",
                        "health and safety",
                        "Salesforce",
                        "technical drawing",
                        "conflict resolution",
                        "data entry");
            case "skill2" ->
                dice.pick(
                        "attention to detail",
                        "a calm manner under pressure",
                        "a forklift licence",
                        "a clean driving licence",
                        "strong written communication",
                        "fluent Spanish",
                        "first aid certification",
                        "experience with ERP systems",
                        "good organisational skills",
                        "a background in quality management",
                        "a customer-first attitude");
            case "product" -> dice.pick(Vocabulary.INDUSTRIES.get(12).goods()).name();
            case "topic" ->
                dice.pick(
                        "the Q3 roadmap",
                        "the office move",
                        "our new travel policy",
                        "the summer party",
                        "the sustainability report",
                        "the new CRM rollout",
                        "next year's budget",
                        "the trade fair in " + slot("yourCity"),
                        "the customer survey results",
                        "health and safety week",
                        "the holiday rota");
            case "event" ->
                dice.pick(
                        "our annual customer day",
                        "a webinar on " + industry.name() + " trends",
                        "the open house",
                        "our summer barbecue",
                        "the partner conference",
                        "a breakfast briefing",
                        "the product launch");
            default -> throw new IllegalArgumentException("unknown template slot {" + name + "}");
        };
    }

    private String invoiceNumber() {
        return dice.pick(
                "INV-" + date.getYear() + "-" + digits(5),
                date.getYear() + "-" + digits(4),
                "RE-" + digits(5),
                digits(6),
                "F" + date.getYear() + "/" + digits(3),
                "SI-" + digits(6),
                "#" + digits(5),
                "IN" + digits(7));
    }

    String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        b.append((char) ('1' + dice.below(9)));
        for (int i = 1; i < n; i++) {
            b.append((char) ('0' + dice.below(10)));
        }
        return b.toString();
    }

    private String item(List<Vocabulary.Item> items) {
        Vocabulary.Item item = dice.pick(items);
        values.putIfAbsent("unit", item.unit());
        return item.name();
    }

    double roundish(double v) {
        return dice.chance(0.4) ? Math.round(v / 10.0) * 10.0 : v + dice.below(100) / 100.0;
    }

    String company(Vocabulary.City city) {
        String word = dice.pick(industry.companyWords());
        String legal = dice.pick(Vocabulary.LEGAL_FORMS);
        String name =
                switch (dice.below(4)) {
                    case 0 -> dice.pick(Vocabulary.LAST_NAMES) + " & " + dice.pick(Vocabulary.LAST_NAMES);
                    case 1 -> dice.pick(Vocabulary.LAST_NAMES) + " " + word;
                    default -> dice.pick(Vocabulary.COMPANY_PREFIXES) + " " + word;
                };
        return legal.isEmpty() ? name : name + " " + legal;
    }

    private String email(String first, String last, String companyName) {
        String f = ascii(first).toLowerCase(Locale.ROOT);
        String l = ascii(last).toLowerCase(Locale.ROOT).replace(" ", "").replace("'", "");
        String local = dice.pick(f + "." + l, f.charAt(0) + l, f, f + "_" + l + dice.between(1, 99), l + "." + f);
        if (companyName == null) {
            return local + "@" + dice.pick(Vocabulary.MAIL_DOMAINS);
        }
        String domain = ascii(companyName)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9 ]", "")
                .trim();
        String[] words = domain.split(" +");
        String host = words.length > 1 ? words[0] + "-" + words[1] : words[0];
        return local + "@" + host + dice.pick(".com", ".de", ".co.uk", ".eu", ".net", ".fr", ".io");
    }

    static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ø", "o")
                .replace("ß", "ss");
    }

    private String phone() {
        return dice.pick(
                "+49 89 " + digits(7),
                "+44 20 " + digits(4) + " " + digits(4),
                "(" + digits(3) + ") " + digits(3) + "-" + digits(4),
                "+33 4 " + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2),
                "0" + digits(3) + " " + digits(6),
                "+1 " + digits(3) + " " + digits(3) + " " + digits(4),
                "+46 8 " + digits(3) + " " + digits(3) + " " + digits(2));
    }

    private String street(Vocabulary.City city) {
        String s = dice.pick(Vocabulary.STREETS);
        int n = dice.between(1, 240);
        return city.numberFirst() ? n + " " + s : s + " " + n;
    }

    private String postcode(Vocabulary.City city) {
        StringBuilder b = new StringBuilder();
        for (char c : city.postcode().toCharArray()) {
            if (c == '#') {
                b.append((char) ('0' + dice.below(10)));
            } else if (c == 'A') {
                b.append((char) ('A' + dice.below(26)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

package dev.mailroom.sampledata;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Currency amounts written the many ways invoices and letters write them. */
final class Money {

    private Money() {}

    /** The currencies the generator writes, each with its decimal count and usual symbols. */
    enum Currency {
        EUR("€", 2),
        USD("$", 2),
        GBP("£", 2),
        CHF("CHF", 2),
        SEK("kr", 2),
        DKK("kr.", 2),
        NOK("kr", 2),
        PLN("PLN", 2),
        CAD("CA$", 2),
        AUD("A$", 2),
        INR("Rs.", 2),
        JPY("¥", 0),
        SGD("S$", 2);

        final String symbol;
        final int decimals;

        Currency(String symbol, int decimals) {
            this.symbol = symbol;
            this.decimals = decimals;
        }

        /** Rough multiplier from euro-like price levels to this currency's units. */
        double scale() {
            return switch (this) {
                case SEK, NOK, DKK -> this == DKK ? 7.4 : 11.0;
                case PLN -> 4.3;
                case INR -> 90.0;
                case JPY -> 160.0;
                case CAD, AUD, SGD -> 1.5;
                default -> 1.0;
            };
        }
    }

    /** Separators and symbol placement of one written style. */
    record Style(Currency currency, char group, char decimal, int pattern) {

        String format(double value) {
            BigDecimal amount = BigDecimal.valueOf(value).setScale(currency.decimals, RoundingMode.HALF_UP);
            String number = number(amount);
            return switch (pattern) {
                case 0 -> currency.symbol + number;
                case 1 -> currency.symbol + " " + number;
                case 2 -> number + " " + currency.symbol;
                case 3 -> currency.name() + " " + number;
                default -> number + " " + currency.name();
            };
        }

        private String number(BigDecimal amount) {
            String plain = amount.abs().toPlainString();
            String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
            String fraction = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
            StringBuilder grouped = new StringBuilder();
            boolean indian = currency == Currency.INR && group == ',';
            int len = whole.length();
            for (int i = 0; i < len; i++) {
                int fromRight = len - i;
                grouped.append(whole.charAt(i));
                boolean boundary = indian
                        ? (fromRight == 4 || (fromRight > 4 && (fromRight - 4) % 2 == 0))
                        : (fromRight > 1 && (fromRight - 1) % 3 == 0);
                if (boundary && fromRight > 1 && group != 0) {
                    grouped.append(group);
                }
            }
            String sign = amount.signum() < 0 ? "-" : "";
            return fraction.isEmpty() ? sign + grouped : sign + grouped + decimal + fraction;
        }
    }

    static Style style(Currency currency, Dice dice) {
        return switch (currency) {
            case EUR ->
                dice.pick(
                        new Style(currency, '.', ',', 2),
                        new Style(currency, ',', '.', 0),
                        new Style(currency, '.', ',', 4),
                        new Style(currency, ',', '.', 3),
                        new Style(currency, ' ', ',', 2),
                        new Style(currency, '.', ',', 1));
            case USD, CAD, AUD, SGD ->
                dice.pick(
                        new Style(currency, ',', '.', 0),
                        new Style(currency, ',', '.', 3),
                        new Style(currency, ',', '.', 4));
            case GBP -> dice.pick(new Style(currency, ',', '.', 0), new Style(currency, ',', '.', 3));
            case CHF ->
                dice.pick(
                        new Style(currency, '\'', '.', 1),
                        new Style(currency, '\'', '.', 4),
                        new Style(currency, ',', '.', 1));
            case SEK, NOK, DKK ->
                dice.pick(
                        new Style(currency, ' ', ',', 2),
                        new Style(currency, '.', ',', 3),
                        new Style(currency, ' ', ',', 4));
            case PLN -> dice.pick(new Style(currency, ' ', ',', 1), new Style(currency, ' ', ',', 4));
            case INR -> dice.pick(new Style(currency, ',', '.', 1), new Style(currency, ',', '.', 3));
            case JPY -> dice.pick(new Style(currency, ',', '.', 0), new Style(currency, ',', '.', 3));
        };
    }
}

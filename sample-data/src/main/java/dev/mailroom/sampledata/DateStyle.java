package dev.mailroom.sampledata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The date spellings found in business mail. */
final class DateStyle {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("d.M.yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT),
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT),
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE MMM d, yyyy", Locale.ENGLISH));

    private final DateTimeFormatter formatter;

    private DateStyle(DateTimeFormatter formatter) {
        this.formatter = formatter;
    }

    static DateStyle random(Dice dice) {
        return new DateStyle(dice.pick(FORMATS));
    }

    String format(LocalDate date) {
        return formatter.format(date);
    }
}

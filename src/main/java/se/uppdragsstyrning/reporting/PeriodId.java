package se.uppdragsstyrning.reporting;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.uppdragsstyrning.system.InvalidInputException;

/** A period as written in URLs and the API: {@code 2025-INTERIM_AUGUST}. */
public record PeriodId(int year, PeriodKind kind) implements Comparable<PeriodId> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-([A-Za-z_]+)");

    public static PeriodId parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.trim());
        if (matcher == null || !matcher.matches()) {
            throw new InvalidInputException("Perioden ska skrivas som år-typ, t.ex. 2025-INTERIM_AUGUST: " + text);
        }
        try {
            return new PeriodId(Integer.parseInt(matcher.group(1)),
                    PeriodKind.valueOf(matcher.group(2).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Okänd periodtyp: " + matcher.group(2)
                    + " (giltiga: INTERIM_APRIL, INTERIM_AUGUST, ANNUAL)");
        }
    }

    /** "Delårsuppföljning per augusti 2025". */
    public String label() {
        return kind.label() + " " + year;
    }

    /** The last day the period speaks of (30 April, 31 August, 31 December): e.g. what names held then. */
    public LocalDate lastDay() {
        return switch (kind) {
            case INTERIM_APRIL -> LocalDate.of(year, 4, 30);
            case INTERIM_AUGUST -> LocalDate.of(year, 8, 31);
            case ANNUAL -> LocalDate.of(year, 12, 31);
        };
    }

    @Override
    public int compareTo(PeriodId other) {
        return year != other.year ? Integer.compare(year, other.year) : kind.compareTo(other.kind);
    }

    @Override
    public String toString() {
        return year + "-" + kind.name();
    }
}

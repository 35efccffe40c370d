package se.uppdragsstyrning.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes a goal's period summary in Swedish from the numbers, in the municipality's style: "Av
 * kommunfullmäktiges totalt 23 uppdrag inom fokusmålet pågår 22 enligt plan och ett är slutfört. Av de 22
 * pågående uppdragen bedöms åtta bli färdigställda under 2025, tio under 2026 och fyra under 2027."
 *
 * <p>Rules: numbers 1–12 are written in words ("ett", since uppdrag is neuter), larger ones in digits, years
 * always in digits; a status nobody has is left out; singular and plural agree ("ett är slutfört", "två är
 * slutförda"); the first clause after "Av …" puts the verb first, the following ones the number first.
 */
final class SummaryWriter {

    private static final String[] WORDS = {"noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
        "tio", "elva", "tolv"};

    private SummaryWriter() {
    }

    /** The number as the summary writes it: in words up to twelve, digits above. */
    static String number(int n) {
        return n >= 0 && n < WORDS.length ? WORDS[n] : Integer.toString(n);
    }

    static String write(StatusCounts counts, SortedMap<Integer, Integer> ongoingByEndYear,
            int ongoingWithoutEndYear) {
        String statuses = statusSentence(counts);
        String endYears = endYearSentence(counts.ongoing(), ongoingByEndYear, ongoingWithoutEndYear);
        return endYears.isEmpty() ? statuses : statuses + " " + endYears;
    }

    /** The parts of the goal's assignments, one per status that someone has, in the legend's order. */
    private enum Part {
        ON_TRACK("pågår enligt plan", "pågår %s enligt plan", "pågår %s enligt plan", "%s pågår enligt plan",
                "%s pågår enligt plan"),
        DELAYED("är försenat", "är %s försenat", "är %s försenade", "%s är försenat", "%s är försenade"),
        DONE("är slutfört", "är %s slutfört", "är %s slutförda", "%s är slutfört", "%s är slutförda"),
        NOT_CARRIED_OUT("genomförs inte", "genomförs %s inte", "genomförs %s inte", "%s genomförs inte",
                "%s genomförs inte"),
        NOT_ASSESSED("har ännu inte bedömts", "har %s ännu inte bedömts", "har %s ännu inte bedömts",
                "%s har ännu inte bedömts", "%s har ännu inte bedömts");

        private final String only;
        private final String firstSingular;
        private final String firstPlural;
        private final String nextSingular;
        private final String nextPlural;

        Part(String only, String firstSingular, String firstPlural, String nextSingular, String nextPlural) {
            this.only = only;
            this.firstSingular = firstSingular;
            this.firstPlural = firstPlural;
            this.nextSingular = nextSingular;
            this.nextPlural = nextPlural;
        }

        String clause(int n, boolean first) {
            String pattern = first ? (n == 1 ? firstSingular : firstPlural) : (n == 1 ? nextSingular : nextPlural);
            return pattern.formatted(number(n));
        }

        int of(StatusCounts counts) {
            return switch (this) {
                case ON_TRACK -> counts.onTrack();
                case DELAYED -> counts.delayed();
                case DONE -> counts.done();
                case NOT_CARRIED_OUT -> counts.notCarriedOut();
                case NOT_ASSESSED -> counts.notAssessed();
            };
        }
    }

    private static String statusSentence(StatusCounts counts) {
        if (counts.total() == 1) {
            for (Part part : Part.values()) {
                if (part.of(counts) == 1) {
                    return "Kommunfullmäktiges enda uppdrag inom fokusmålet " + part.only + ".";
                }
            }
        }
        List<String> clauses = new ArrayList<>();
        for (Part part : Part.values()) {
            int n = part.of(counts);
            if (n > 0) {
                clauses.add(part.clause(n, clauses.isEmpty()));
            }
        }
        return "Av kommunfullmäktiges totalt " + number(counts.total()) + " uppdrag inom fokusmålet "
                + enumerate(clauses) + ".";
    }

    private static String endYearSentence(int ongoing, SortedMap<Integer, Integer> byEndYear, int withoutEndYear) {
        if (ongoing == 0) {
            return "";
        }
        List<String> years = new ArrayList<>();
        for (Map.Entry<Integer, Integer> year : byEndYear.entrySet()) {
            int n = year.getValue();
            if (n <= 0) {
                continue;
            }
            if (!years.isEmpty()) {
                years.add(number(n) + " under " + year.getKey());
            } else if (ongoing == 1) {
                years.add("bli färdigställt under " + year.getKey());
            } else {
                years.add(number(n) + (n == 1 ? " bli färdigställt" : " bli färdigställda") + " under "
                        + year.getKey());
            }
        }
        if (ongoing == 1) {
            return years.isEmpty() ? "Det pågående uppdraget saknar beräknat slutår."
                    : "Det pågående uppdraget bedöms " + years.get(0) + ".";
        }
        if (years.isEmpty()) {
            return "Inget av de " + number(ongoing) + " pågående uppdragen har något beräknat slutår.";
        }
        String sentence = "Av de " + number(ongoing) + " pågående uppdragen bedöms " + enumerate(years) + ".";
        if (withoutEndYear > 0) {
            sentence += " För " + number(withoutEndYear) + " av dem saknas beräknat slutår.";
        }
        return sentence;
    }

    /** "a", "a och b", "a, b och c". */
    private static String enumerate(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
    }
}

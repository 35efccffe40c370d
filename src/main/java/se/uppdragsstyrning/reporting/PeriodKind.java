package se.uppdragsstyrning.reporting;

/** The follow-up rounds of a year. */
public enum PeriodKind {
    INTERIM_APRIL("Delårsuppföljning per april", "april"),
    INTERIM_AUGUST("Delårsuppföljning per augusti", "augusti"),
    ANNUAL("Årsredovisning", null);

    private final String label;
    private final String month;

    PeriodKind(String label, String month) {
        this.label = label;
        this.month = month;
    }

    public String label() {
        return label;
    }

    /** "Rapportering augusti 2025", "Rapportering 2025": how a report of this round is cited. */
    public String reportedAs(int year) {
        return month == null ? "Rapportering " + year : "Rapportering " + month + " " + year;
    }
}

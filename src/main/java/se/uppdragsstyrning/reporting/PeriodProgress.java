package se.uppdragsstyrning.reporting;

/**
 * How far a period's reporting has come: tasks expected when it opened, board reports created so far (one per
 * reporting task), submitted, still open, and open past the due date.
 */
public record PeriodProgress(int expected, int created, int submitted, int open, int overdue) {

    /** Whole percent of the expected tasks that exist, for the opening progress bar. */
    public int createdPercent() {
        return expected == 0 ? 100 : Math.min(100, created * 100 / expected);
    }

    public int submittedPercent() {
        return expected == 0 ? 100 : Math.min(100, submitted * 100 / expected);
    }

    public boolean allCreated() {
        return created >= expected;
    }
}

package se.uppdragsstyrning.reporting;

import java.util.Collection;

/**
 * How far a period's reporting has come: tasks expected when it opened, board reports created so far (one per
 * reporting task), submitted, still open, and open past the due date. The one definition of reporting progress:
 * the period pages, the API and the status read model's progress per organisation all count with {@link #of}.
 */
public record PeriodProgress(int expected, int created, int submitted, int open, int overdue) {

    /**
     * Counts board reports: submitted when {@link ReportState#isSubmitted() submitted or approved}, otherwise open;
     * every open one is overdue when the period's reports are past due.
     */
    static PeriodProgress of(int expected, Collection<BoardReport> reports, boolean pastDue) {
        int submitted = (int) reports.stream().filter(r -> r.getState().isSubmitted()).count();
        int open = reports.size() - submitted;
        return new PeriodProgress(expected, reports.size(), submitted, open, pastDue ? open : 0);
    }

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

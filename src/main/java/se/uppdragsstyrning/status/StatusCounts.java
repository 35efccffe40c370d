package se.uppdragsstyrning.status;

import java.util.EnumMap;
import java.util.Map;

import se.uppdragsstyrning.reporting.ReportStatus;

/**
 * How many of a goal's assignments in a period have each status. {@code notAssessed} counts the assignments
 * that take part in the period (they have a reporting task) but have no combined assessment yet.
 */
public record StatusCounts(int done, int onTrack, int delayed, int notCarriedOut, int notAssessed) {

    /** Every assignment taking part in the period, assessed or not. */
    public int total() {
        return assessed() + notAssessed;
    }

    public int assessed() {
        return done + onTrack + delayed + notCarriedOut;
    }

    /** Still going on: on track or delayed (they make up the end-year distribution). */
    public int ongoing() {
        return onTrack + delayed;
    }

    public int count(ReportStatus status) {
        return switch (status) {
            case GREEN_DONE -> done;
            case GREEN_ON_TRACK -> onTrack;
            case YELLOW -> delayed;
            case RED -> notCarriedOut;
        };
    }

    /** All four statuses in the legend's order, zeros included. */
    public Map<ReportStatus, Integer> byStatus() {
        Map<ReportStatus, Integer> counts = new EnumMap<>(ReportStatus.class);
        for (ReportStatus status : ReportStatus.values()) {
            counts.put(status, count(status));
        }
        return counts;
    }
}

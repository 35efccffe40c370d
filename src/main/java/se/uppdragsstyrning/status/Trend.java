package se.uppdragsstyrning.status;

/**
 * How a goal's proposed status moved since the previous period in which the goal had assignments:
 * better or worse by the order of {@link GoalStatus} (GREEN &gt; YELLOW &gt; RED), otherwise unchanged.
 */
public enum Trend {
    UNCHANGED("oförändrad"), IMPROVED("förbättrad"), WORSENED("försämrad");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    /** The Swedish word, as the API and the pages write it. */
    public String label() {
        return label;
    }

    /** The trend from the previous status to the current one; null when either is unknown. */
    public static Trend between(GoalStatus previous, GoalStatus current) {
        if (previous == null || current == null) {
            return null;
        }
        if (current.isBetterThan(previous)) {
            return IMPROVED;
        }
        return previous.isBetterThan(current) ? WORSENED : UNCHANGED;
    }
}

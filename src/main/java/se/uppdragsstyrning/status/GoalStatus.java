package se.uppdragsstyrning.status;

/**
 * A goal's status in a period, as the municipality publishes it ("Status för inriktningsmålet är Grön.").
 * Declared from best to worst: GREEN is better than YELLOW, YELLOW better than RED; the trend between two
 * periods follows this order.
 */
public enum GoalStatus {
    GREEN("Grön"), YELLOW("Gul"), RED("Röd");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isBetterThan(GoalStatus other) {
        return ordinal() < other.ordinal();
    }
}

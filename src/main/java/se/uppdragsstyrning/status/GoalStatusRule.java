package se.uppdragsstyrning.status;

/**
 * Proposes a goal's status from its assignments' statuses in a period. This is the decision the DMN table
 * {@code goal-status} (bpmn/goal-status.dmn) makes, with the inputs {@code total}, {@code done},
 * {@code onTrack}, {@code delayed} and {@code notCarriedOut} and the output {@code GREEN | YELLOW | RED}.
 *
 * <p>The status aggregation asks the rule only for goals with at least one assessed assignment and passes the
 * counts of the assessed ones ({@link StatusCounts#assessed()} is the {@code total} input): assignments not yet
 * assessed neither raise nor lower a goal's status.
 *
 * <p>The workflow module, the only one that may talk to the engine, implements it by evaluating the deployed
 * DMN table. A stored rollup computed under another {@link #version()} is recomputed when its period's inputs
 * next change or at the period's aggregate step (never by a read), so a newly deployed table takes effect
 * before kommunstyrelsen sees the period. An imported (historical) period keeps the version it was first
 * computed with, and a period approved here is not recomputed: a new table changes open periods only.
 */
public interface GoalStatusRule {

    /** The proposed status; {@code counts.assessed()} is greater than zero. */
    GoalStatus propose(StatusCounts counts);

    /**
     * The status the rule of an earlier {@link #version()} proposes, so that a decided period is computed again
     * with the table it was decided with; the current rule when that version is no longer known (e.g. an
     * in-memory engine that was restarted).
     */
    GoalStatus propose(StatusCounts counts, String version);

    /**
     * Identifies the rule and its settings (e.g. the thresholds, or the DMN decision's key and version); a
     * different value makes every stored rollup stale.
     */
    String version();
}

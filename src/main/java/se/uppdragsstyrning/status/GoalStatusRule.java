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
 * before kommunstyrelsen sees the period.
 */
public interface GoalStatusRule {

    /** The proposed status; {@code counts.assessed()} is greater than zero. */
    GoalStatus propose(StatusCounts counts);

    /**
     * Identifies the rule and its settings (e.g. the thresholds, or the DMN decision's key and version); a
     * different value makes every stored rollup stale.
     */
    String version();
}

package se.uppdragsstyrning.reporting;

import java.util.Map;

/**
 * Where an assignment's lifecycle or a period's process stands according to the database, so that the workflow
 * can restore it on an engine that lost its state.
 *
 * @param step      where it stands
 * @param variables the process variables it has at that step (the models' names, see docs/processes.md)
 */
public record ProcessStep(Step step, Map<String, Object> variables) {

    public enum Step {
        /** lifecycle: waits for the next period; period: not started yet (opening) */
        START,
        /** lifecycle: its organisations report in a period (some may have submitted already) */
        REPORTING,
        /** lifecycle: its assessment is recorded and waits for kommunstyrelsen's decision */
        AWAITING_DECISION,
        /** period: waits for every assignment's assessment */
        AWAITING_REPORTS,
        /** period: every assessment is in; the rollup and kommunstyrelsen's task come next */
        AGGREGATING,
        /** period: approved; the decision goes out to the assignments and the period is published */
        APPROVING,
        /** finished: nothing to restore */
        FINISHED
    }
}

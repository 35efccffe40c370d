package se.uppdragsstyrning.tasks;

import java.util.Map;

/**
 * Published when a user task has been completed here, inside the completing transaction; the engine hears of it
 * after the commit ({@link EngineCompletions}). What a completion means is for the module that owns the task's form
 * to decide, with an {@code @ApplicationModuleListener} (after the commit, delivered again until it has run): reporting
 * stores a submitted board report, approval kommunstyrelsen's decision.
 *
 * @param taskId           the inbox row's id
 * @param formId           the form that was filled in, e.g. {@code board-report}
 * @param variables        the submitted, validated values (numbers as Integer/Long/BigDecimal, checkboxes as
 *                         Boolean, checklists as lists; group paths as nested maps), as sent to the engine
 * @param completedBy      the user name of the person who completed it
 * @param organisationCode the organisation the task belonged to, or null for central tasks
 * @param periodId         the task's period, e.g. {@code 2026-INTERIM_AUGUST}, or null
 * @param assignmentRef    the task's assignment, e.g. {@code 2025-34}, or null
 */
public record TaskCompleted(
        long taskId,
        String formId,
        Map<String, Object> variables,
        String completedBy,
        String organisationCode,
        String periodId,
        String assignmentRef) {
}

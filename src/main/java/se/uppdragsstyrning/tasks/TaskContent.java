package se.uppdragsstyrning.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the inbox shows of what its tasks are about, supplied by the module whose processes create them
 * (reporting: the assignment, its earlier reports, the period). The inbox itself knows a task's period, assignment
 * and organisation only as the keys the engine gave it; without an implementation it shows the tasks alone.
 */
public interface TaskContent {

    /** Nothing is known of what the tasks are about. */
    TaskContent NONE = new TaskContent() {
    };

    /**
     * A task as the content is asked about it.
     *
     * @param periodId      e.g. {@code 2026-INTERIM_AUGUST}, or null
     * @param assignmentRef e.g. {@code 2025-34}, or null
     * @param variables     the task's process variables as the engine gave them
     */
    record Task(long id, String formId, String periodId, String assignmentRef, String organisationCode,
            Map<String, Object> variables) {
    }

    /** What the list says a task is about: e.g. "Uppdrag 34", the assignment's title, its goal's number. */
    record Subject(String label, String title, Integer goalNumber) {
    }

    /** A choice in the list's filters: the parameter's value and what it is called. */
    record Option(String value, String label) {
    }

    /**
     * What a task's page shows about what the task is about.
     *
     * @param heading  after the task's kind in the page's heading, e.g. "Uppdrag 34"; null for none
     * @param template the template with the fragments {@code about(parts)} (shown before the form) and
     *                 {@code after(parts)} (shown after it)
     * @param parts    what the fragments show, by name; the API returns each part beside the task
     */
    record Page(String heading, String template, Map<String, Object> parts) {
    }

    /**
     * A period as a parameter names it, written as tasks carry it.
     *
     * @throws IllegalArgumentException with a Swedish message when it is not written as a period
     */
    default String periodId(String text) {
        return text == null ? null : text.trim();
    }

    /** What a period is called, e.g. "Delårsuppföljning per augusti 2025"; null when the task has none. */
    default String periodLabel(String periodId) {
        return periodId;
    }

    /** The periods the list can be filtered by, newest first. */
    default List<Option> periods() {
        return List.of();
    }

    /** The goals the list can be filtered by, by number. */
    default List<Option> goals() {
        return List.of();
    }

    /** The assignments of a goal, for the list's filter. */
    default Set<String> assignmentsOfGoal(int goal) {
        return Set.of();
    }

    /** What the tasks of these assignments are about, by assignment; asked once for a page of the list. */
    default Map<String, Subject> subjects(Collection<String> assignmentRefs) {
        return Map.of();
    }

    /** What the task's page shows about it; empty for nothing. */
    default Optional<Page> page(Task task) {
        return Optional.empty();
    }

    /** Variables the task's form texts use beside the process variables (e.g. {@code periodLabel}). */
    default Map<String, Object> formVariables(Task task) {
        return Map.of();
    }

    /** How many reporting tasks a period's opening expected; 0 when unknown. */
    default int expectedTasks(String periodId) {
        return 0;
    }
}

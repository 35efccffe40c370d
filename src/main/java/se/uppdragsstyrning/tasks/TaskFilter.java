package se.uppdragsstyrning.tasks;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the task list shows: a section and optional filters.
 *
 * @param periodId  only tasks of this period, e.g. {@code 2025-INTERIM_AUGUST}
 * @param goal      only tasks whose assignment belongs to this goal number
 * @param state     only tasks in this state (default: open ones, except in the completed section)
 * @param dueBefore only tasks due on this date or earlier
 */
public record TaskFilter(TaskListView view, String periodId, Integer goal, TaskState state, LocalDate dueBefore) {

    /**
     * From request parameters; blank ones are no filter. The period is read as {@code content} writes periods.
     *
     * @throws IllegalArgumentException with a Swedish message naming the bad parameter
     */
    static TaskFilter of(String view, String period, String goal, String state, String dueBefore,
            TaskContent content) {
        return new TaskFilter(TaskListView.parse(view),
                blank(period) ? null : content.periodId(period),
                blank(goal) ? null : goal(goal),
                blank(state) ? null : state(state),
                blank(dueBefore) ? null : date(dueBefore));
    }

    /** The same filters in another section (for the tabs). */
    public TaskFilter in(TaskListView other) {
        return new TaskFilter(other, periodId, goal, state, dueBefore);
    }

    /** The list's address with these filters, in the given section and page. */
    public String link(TaskListView section, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/uppgifter").queryParam("view", section.param());
        if (periodId != null) {
            link.queryParam("period", periodId);
        }
        if (goal != null) {
            link.queryParam("goal", goal);
        }
        if (state != null) {
            link.queryParam("state", state.name());
        }
        if (dueBefore != null) {
            link.queryParam("dueBefore", dueBefore.toString());
        }
        if (page > 0) {
            link.queryParam("page", page);
        }
        return link.encode().build().toUriString();
    }

    /** The period as a request parameter ("" for none), for the filter form. */
    public String periodParam() {
        return periodId == null ? "" : periodId;
    }

    /** The goal as a request parameter ("" for none), for the filter form. */
    public String goalParam() {
        return goal == null ? "" : goal.toString();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Integer goal(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Målet ska anges med sitt nummer, t.ex. 4: " + text);
        }
    }

    private static TaskState state(String text) {
        try {
            return TaskState.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Okänd status: " + text + " (giltiga: ACTIVE, COMPLETED, CANCELLED)");
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Datumet ska skrivas ÅÅÅÅ-MM-DD: " + text);
        }
    }
}

package se.uppdragsstyrning.tasks;

import java.util.Locale;

/** The sections of the task list. */
public enum TaskListView {
    /** Open tasks assigned to me. */
    MINE,
    /** Open tasks of my organisation (or central role) that nobody has taken. */
    ORGANISATION,
    /** Tasks of my organisation (or central role) that are done or no longer active. */
    COMPLETED;

    /** "mine", "organisation" or "completed"; the first when nothing is given. */
    static TaskListView parse(String text) {
        if (text == null || text.isBlank()) {
            return MINE;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Okänd vy: " + text + " (giltiga: mine, organisation, completed)");
        }
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}

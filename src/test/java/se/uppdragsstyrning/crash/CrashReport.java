package se.uppdragsstyrning.crash;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The block a crash test prints: the counts at each moment side by side, then what the test itself saw. */
final class CrashReport {

    private final String title;
    private final Map<String, CrashDatabase.Counts> columns = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    CrashReport(String title) {
        this.title = title;
    }

    void snapshot(String label, CrashDatabase.Counts counts) {
        columns.put(label, counts);
        System.out.printf("[crash] %s: %s%n", label, counts);
    }

    void note(String format, Object... arguments) {
        String line = String.format(format, arguments);
        notes.add(line);
        System.out.println("[crash] " + line);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("\n==================== ").append(title).append(" ====================\n");
        out.append(String.format("%-50s", ""));
        columns.keySet().forEach(label -> out.append(String.format("%16s", label)));
        out.append('\n');
        row(out, "board-report tasks: rows (all states)", c -> c.boardTaskRows());
        row(out, "  distinct (assignment, organisation, period)", c -> c.boardTasksDistinct());
        row(out, "  duplicate task rows (not cancelled)", c -> c.boardTaskDuplicates());
        row(out, "  active / completed / cancelled", c -> c.boardTasksActive() + "/" + c.boardTasksCompleted() + "/"
                + c.boardTasksCancelled());
        row(out, "board reports submitted (of rows)", c -> c.reportsSubmitted() + " (" + c.reportRows() + ")");
        row(out, "  duplicate board-report rows", c -> c.reportDuplicates());
        row(out, "  open or done tasks without a board-report row", c -> c.tasksWithoutReport());
        row(out, "compilation tasks: rows / distinct / completed", c -> c.compilationRows() + "/"
                + c.compilationsDistinct() + "/" + c.compilationsCompleted());
        row(out, "  duplicate compilation rows", c -> c.compilationDuplicates());
        row(out, "KS approval tasks: rows / active", c -> c.ksTaskRows() + "/" + c.ksTasksActive());
        row(out, "combined assessments / participants", c -> c.assessments() + "/" + c.participants());
        row(out, "reminder notices", c -> c.reminders());
        row(out, "  same person reminded twice of a task", c -> c.remindedTwice());
        row(out, "  reminders for a task not in the inbox", c -> c.remindersWithoutTask());
        row(out, "  reminders after the report was submitted", c -> c.remindersAfterSubmission());
        row(out, "notices per (dedupe key, recipient) > 1", c -> c.duplicateNotices());
        row(out, "period state", c -> c.periodState());
        notes.forEach(note -> out.append("  ").append(note).append('\n'));
        out.append("=".repeat(42 + title.length())).append('\n');
        return out.toString();
    }

    void print() {
        System.out.println(render());
    }

    private void row(StringBuilder out, String label, Function<CrashDatabase.Counts, Object> value) {
        out.append(String.format("%-50s", label));
        columns.values().forEach(c -> out.append(String.format("%16s", value.apply(c))));
        out.append('\n');
    }
}

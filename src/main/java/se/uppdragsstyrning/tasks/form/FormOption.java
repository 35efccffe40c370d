package se.uppdragsstyrning.tasks.form;

/** One choice of a select, radio group or checklist. */
public record FormOption(String label, String value) {
}

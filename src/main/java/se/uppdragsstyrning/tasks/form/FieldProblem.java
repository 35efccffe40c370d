package se.uppdragsstyrning.tasks.form;

/** Something wrong with what was entered: the field's path and a Swedish message that names the field. */
public record FieldProblem(String path, String message) {
}

package se.uppdragsstyrning.workflow;

/**
 * One difference between two versions of a file: an element (a BPMN element, a decision table's input, output or
 * rule, a form component) added, removed or changed.
 *
 * @param what the element's kind as the file names it ({@code serviceTask}, {@code rule}, {@code textfield})
 * @param name its name, label or (for a rule) description; may be empty
 */
public record ModelChange(Change change, String id, String what, String name) {

    public enum Change {
        ADDED, REMOVED, CHANGED
    }
}

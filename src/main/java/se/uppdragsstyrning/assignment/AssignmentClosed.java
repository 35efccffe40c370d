package se.uppdragsstyrning.assignment;

/**
 * Published when the coordinator closes an assignment outside a period's approval; the workflow ends its lifecycle
 * and cancels its open tasks, telling their holders.
 */
public record AssignmentClosed(String ref, AssignmentState state, String reason, String closedBy) {
}

package se.uppdragsstyrning.assignment;

/** Published when an assignment enters the register; the workflow starts its lifecycle on it. */
public record AssignmentRegistered(String ref, int goalNumber) {
}

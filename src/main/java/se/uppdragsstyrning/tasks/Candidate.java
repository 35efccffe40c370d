package se.uppdragsstyrning.tasks;

/** A person a task can be given to. */
public record Candidate(String username, String displayName) {
}

package se.uppdragsstyrning.tasks;

/** How many tasks are open at one element of one process instance (for the process owner's catalogue). */
public record OpenTaskCount(String processId, String elementId, long processInstanceKey, long count) {
}

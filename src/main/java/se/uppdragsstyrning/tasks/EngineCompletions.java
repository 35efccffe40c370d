package se.uppdragsstyrning.tasks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the engine of a completion once it is committed here: the database first, then the engine. When the engine
 * does not take it (unreachable, a crash on the way), the event publication stays incomplete and is delivered
 * again; a job the engine no longer knows is a completion it already has (or a task it cancelled), which is fine.
 */
@Component
class EngineCompletions {

    private static final Logger log = LoggerFactory.getLogger(EngineCompletions.class);

    private final TaskInbox inbox;
    private final TaskEngine engine;

    EngineCompletions(TaskInbox inbox, TaskEngine engine) {
        this.inbox = inbox;
        this.engine = engine;
    }

    @ApplicationModuleListener
    void on(TaskCompleted completed) {
        inbox.engineCompletion(completed.taskId()).ifPresentOrElse(completion -> {
            try {
                engine.complete(completion.jobKey(), completion.values());
            } catch (TaskGoneException alreadyThere) {
                log.info("Task {}: the engine no longer has job {} (completed before, or cancelled)",
                        completed.taskId(), completion.jobKey());
            }
        }, () -> log.info("Task {}: completed here; its restored job is completed when the engine hands it out",
                completed.taskId()));
    }
}

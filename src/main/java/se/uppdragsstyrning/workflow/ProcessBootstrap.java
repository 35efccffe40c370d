package se.uppdragsstyrning.workflow;

import java.util.Map;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;

/**
 * At start-up, before anything else talks to the engine: deploy the models, then make sure every active
 * assignment has its lifecycle instance (after an engine was replaced, or for assignments registered while the
 * engine was away).
 */
@Component
class ProcessBootstrap {

    private final ProcessDeployment deployment;
    private final Processes processes;
    private final AssignmentService assignments;

    ProcessBootstrap(ProcessDeployment deployment, Processes processes, AssignmentService assignments) {
        this.deployment = deployment;
        this.processes = processes;
        this.assignments = assignments;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void start() {
        deployment.deployAll();
        for (Assignment assignment : assignments.activeAssignments()) {
            processes.startOnce(Processes.LIFECYCLE, assignment.getRef(),
                    Map.of("assignmentRef", assignment.getRef(), "goalNumber", assignment.getGoal().getNumber()));
        }
    }
}

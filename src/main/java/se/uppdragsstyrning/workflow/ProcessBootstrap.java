package se.uppdragsstyrning.workflow;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.reporting.PeriodService;

/**
 * At start-up, before anything else talks to the engine: deploy the models, then make sure every active
 * assignment has its lifecycle instance and every opened period its process (after an engine was replaced, or
 * for what was registered or opened while the engine was away).
 */
@Component
class ProcessBootstrap {

    private final ProcessDeployment deployment;
    private final Processes processes;
    private final AssignmentService assignments;
    private final PeriodService periods;

    ProcessBootstrap(ProcessDeployment deployment, Processes processes, AssignmentService assignments,
            PeriodService periods) {
        this.deployment = deployment;
        this.processes = processes;
        this.assignments = assignments;
        this.periods = periods;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void start() {
        deployment.deployAll();
        for (Assignment assignment : assignments.activeAssignments()) {
            processes.startLifecycle(assignment.getRef(), assignment.getGoal().getNumber());
        }
        periods.opening().forEach(period -> processes.startPeriod(periods.announcement(period)));
    }
}

package se.uppdragsstyrning.workflow;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;

import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.tasks.TaskInbox;

/**
 * What the lifecycle's transfer step means for the register and the inbox. (What a completed task means is for the
 * module that owns it: reporting stores a submitted board report, approval kommunstyrelsen's decision.)
 */
@Component
public class TaskOutcomes {

    private final PeriodCycle cycle;
    private final TaskInbox inbox;

    TaskOutcomes(PeriodCycle cycle, TaskInbox inbox) {
        this.cycle = cycle;
        this.inbox = inbox;
    }

    /** Responsibility moved: the old organisation's open tasks and unsubmitted reports move to the new one. */
    @JobWorker(type = "assignment.transfer")
    public void transfer(@Variable String assignmentRef, @Variable String fromOrganisation,
            @Variable String toOrganisation) {
        inbox.transfer(assignmentRef, fromOrganisation, toOrganisation);
        cycle.responsibilityMoved(assignmentRef, fromOrganisation, toOrganisation);
    }
}

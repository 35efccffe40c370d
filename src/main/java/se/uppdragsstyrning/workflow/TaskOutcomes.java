package se.uppdragsstyrning.workflow;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;

import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.tasks.TaskCompleted;
import se.uppdragsstyrning.tasks.TaskInbox;

/** What completed tasks and the lifecycle's transfer step mean for the register and the inbox. */
@Component
public class TaskOutcomes {

    private final PeriodCycle cycle;
    private final TaskInbox inbox;

    TaskOutcomes(PeriodCycle cycle, TaskInbox inbox) {
        this.cycle = cycle;
        this.inbox = inbox;
    }

    /**
     * A submitted board report is stored as the organisation's report once the task's completion is committed
     * (delivered again until it is stored; storing the same report twice keeps one).
     */
    @ApplicationModuleListener
    void on(TaskCompleted completed) {
        if (!UserTaskGateway.BOARD_REPORT.equals(completed.formId())) {
            return;
        }
        Map<String, Object> values = completed.variables();
        Object endYear = values.get("estimatedEndYear");
        cycle.submitted(completed.assignmentRef(), completed.organisationCode(), PeriodId.parse(completed.periodId()),
                ReportStatus.valueOf((String) values.get("status")), (String) values.get("assessment"),
                endYear == null ? null : ((Number) endYear).intValue(), (String) values.get("comment"),
                completed.completedBy());
    }

    /** Responsibility moved: the old organisation's open tasks and unsubmitted reports move to the new one. */
    @JobWorker(type = "assignment.transfer")
    public void transfer(@Variable String assignmentRef, @Variable String fromOrganisation,
            @Variable String toOrganisation) {
        inbox.transfer(assignmentRef, fromOrganisation, toOrganisation);
        cycle.responsibilityMoved(assignmentRef, fromOrganisation, toOrganisation);
    }
}

package se.uppdragsstyrning.reporting;

import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.tasks.TaskCompleted;

/**
 * A board report submitted through its task is stored as the organisation's report once the task's completion is
 * committed (the event publication registry delivers it again until it is stored; storing the same report twice
 * keeps one).
 */
@Component
class BoardReportSubmissions {

    /** The form of the organisations' reporting tasks. */
    static final String FORM = "board-report";

    private final PeriodCycle cycle;

    BoardReportSubmissions(PeriodCycle cycle) {
        this.cycle = cycle;
    }

    @ApplicationModuleListener
    void on(TaskCompleted completed) {
        if (!FORM.equals(completed.formId())) {
            return;
        }
        Map<String, Object> values = completed.variables();
        Object endYear = values.get("estimatedEndYear");
        cycle.submitted(completed.assignmentRef(), completed.organisationCode(), PeriodId.parse(completed.periodId()),
                ReportStatus.valueOf((String) values.get("status")), (String) values.get("assessment"),
                endYear == null ? null : ((Number) endYear).intValue(), (String) values.get("comment"),
                completed.completedBy());
    }
}

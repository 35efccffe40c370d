package se.uppdragsstyrning.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.uppdragsstyrning.workflow.DeployedProcesses.USER_TASK_JOB;
import static se.uppdragsstyrning.workflow.DeployedProcesses.inDays;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of {@code bpmn/reporting-period.bpmn}; the test plays the application and KS. */
class ReportingPeriodProcessTest {

    private static final String PERIOD = "2025-INTERIM_AUGUST";
    private static final List<Map<String, String>> PERIOD_ASSIGNMENTS = List.of(
            Map.of("value", "2025-34", "label", "Uppdrag 34. Motverka segregation"),
            Map.of("value", "2025-35", "label", "Uppdrag 35. Trygghetsvandringar"));

    private DeployedProcesses processes;
    private String reportDueAt;
    private String compilationDueAt;
    private String ksDueAt;

    @BeforeEach
    void deploy() {
        processes = DeployedProcesses.start();
        reportDueAt = inDays(10);
        compilationDueAt = inDays(20);
        ksDueAt = inDays(30);
    }

    @AfterEach
    void stop() {
        processes.close();
    }

    @Test
    void approvedPeriodIsApprovedAndPublished() {
        ProcessInstanceEvent instance = openPeriod();
        processes.publish("reports-complete", PERIOD, Map.of());
        aggregate();

        ActivatedJob approval = processes.onlyJob(USER_TASK_JOB);
        processes.assertUserTask(approval, "Task_KsApproval", "ks-approval", "[\"KS_APPROVER\"]", ksDueAt);
        assertThat(approval.getVariablesAsMap())
                .containsEntry("periodId", PERIOD)
                .containsEntry("periodAssignments", PERIOD_ASSIGNMENTS)
                .containsEntry("decision", null)
                .containsEntry("returnedAssignments", List.of());
        processes.complete(approval, Map.of("decision", "APPROVE", "comment", "Godkänd utan synpunkter.",
                "reviewed", true));

        ActivatedJob approve = processes.onlyJob("period.approve");
        assertThat(approve.getVariablesAsMap())
                .containsEntry("periodId", PERIOD)
                .containsEntry("decision", "APPROVE")
                .containsEntry("returnedAssignments", List.of())
                .containsEntry("comment", "Godkänd utan synpunkter.");
        processes.complete(approve);

        ActivatedJob publish = processes.onlyJob("period.publish");
        assertThat(publish.getVariablesAsMap()).containsEntry("periodId", PERIOD);
        assertThat(instance).isNotCompleted();
        processes.complete(publish);

        assertThat(instance)
                .hasPassedElementsInOrder("Task_RequestReports", "Task_AwaitReports", "Task_AggregateStatus",
                        "Task_KsApproval", "Task_ApprovePeriod", "Task_PublishPeriod", "End_PeriodPublished")
                .hasNotPassedElement("Task_ReturnAssignments")
                .hasNotPassedElement("Task_EscalateCompilation")
                .isCompleted();
    }

    @Test
    void returnedAssignmentsAreReworkedAndThePeriodComesBackToKs() {
        ProcessInstanceEvent instance = openPeriod();
        processes.publish("reports-complete", PERIOD, Map.of());
        aggregate();
        processes.complete(processes.onlyJob(USER_TASK_JOB), Map.of("decision", "RETURN",
                "returnedAssignments", List.of("2025-35"), "comment", "Uppdrag 35 saknar slutår.", "reviewed", true));

        ActivatedJob returning = processes.onlyJob("period.return");
        assertThat(returning.getElementId()).isEqualTo("Task_ReturnAssignments");
        assertThat(returning.getVariablesAsMap())
                .containsEntry("returnedAssignments", List.of("2025-35"))
                .containsEntry("comment", "Uppdrag 35 saknar slutår.");
        String reworkCompilationDueAt = inDays(40);
        processes.complete(returning, Map.of("compilationDueAt", reworkCompilationDueAt));
        assertThat(instance).isWaitingAtElements("Task_AwaitReports").hasPassedElement("Task_AwaitReports", 1);

        processes.passTime(Duration.ofDays(25));
        assertThat(processes.activate("period.escalate")).as("the rework has its own due date").isEmpty();

        processes.publish("reports-complete", PERIOD, Map.of());
        aggregate();
        ActivatedJob secondApproval = processes.onlyJob(USER_TASK_JOB);
        assertThat(secondApproval.getVariablesAsMap())
                .as("KS decides afresh")
                .containsEntry("decision", null)
                .containsEntry("returnedAssignments", List.of())
                .containsEntry("comment", null)
                .containsEntry("reviewed", false);
        processes.complete(secondApproval, Map.of("decision", "APPROVE", "reviewed", true));

        ActivatedJob approve = processes.onlyJob("period.approve");
        assertThat(approve.getVariablesAsMap()).containsEntry("returnedAssignments", List.of());
        processes.complete(approve);
        processes.complete(processes.onlyJob("period.publish"));

        assertThat(instance)
                .hasPassedElement("Task_AwaitReports", 2)
                .hasPassedElement("Task_AggregateStatus", 2)
                .hasPassedElement("Task_KsApproval", 2)
                .hasPassedElement("Task_ReturnAssignments", 1)
                .hasPassedElement("End_PeriodPublished")
                .isCompleted();
    }

    @Test
    void assignmentsTickedBeforeChoosingApproveAreNotReturned() {
        ProcessInstanceEvent instance = openPeriod();
        processes.publish("reports-complete", PERIOD, Map.of());
        aggregate();
        processes.complete(processes.onlyJob(USER_TASK_JOB), Map.of("decision", "APPROVE",
                "returnedAssignments", List.of("2025-35"), "reviewed", true));

        assertThat(processes.onlyJob("period.approve").getVariablesAsMap())
                .as("assignments ticked before choosing Godkänn are not returned")
                .containsEntry("returnedAssignments", List.of());
        assertThat(instance).hasNoIncidents();
    }

    @Test
    void lateCompilationIsEscalatedWhileThePeriodKeepsWaiting() {
        ProcessInstanceEvent instance = openPeriod();

        processes.passTime(Duration.ofDays(19));
        assertThat(processes.activate("period.escalate")).isEmpty();

        processes.passTime(Duration.ofDays(2));
        ActivatedJob escalate = processes.onlyJob("period.escalate");
        assertThat(escalate.getElementId()).isEqualTo("Task_EscalateCompilation");
        assertThat(escalate.getVariablesAsMap()).containsEntry("periodId", PERIOD);
        processes.complete(escalate);
        assertThat(instance)
                .hasPassedElement("End_CompilationEscalated")
                .isWaitingAtElements("Task_AwaitReports");

        processes.publish("reports-complete", PERIOD, Map.of());
        aggregate();
        assertThat(processes.onlyJob(USER_TASK_JOB).getElementId()).isEqualTo("Task_KsApproval");
        assertThat(instance).hasPassedElement("Event_CompilationOverdue", 1).hasNoIncidents();
    }

    @Test
    void reportsCompleteForAnotherPeriodDoesNotMoveThisOne() {
        ProcessInstanceEvent instance = openPeriod();

        processes.publish("reports-complete", "2025-ANNUAL", Map.of());

        assertThat(processes.activate("period.aggregate")).isEmpty();
        assertThat(instance).isWaitingAtElements("Task_AwaitReports");
    }

    private ProcessInstanceEvent openPeriod() {
        ProcessInstanceEvent instance = processes.startProcess("reporting-period", Map.of("periodId", PERIOD,
                "reportDueAt", reportDueAt, "compilationDueAt", compilationDueAt, "ksDueAt", ksDueAt,
                "reminderDays", 5));
        ActivatedJob open = processes.onlyJob("period.open");
        assertThat(open.getElementId()).isEqualTo("Task_RequestReports");
        assertThat(open.getVariablesAsMap())
                .containsEntry("periodId", PERIOD)
                .containsEntry("reportDueAt", reportDueAt)
                .containsEntry("compilationDueAt", compilationDueAt)
                .containsEntry("reminderDays", 5);
        processes.complete(open);
        assertThat(instance).isWaitingAtElements("Task_AwaitReports");
        return instance;
    }

    private void aggregate() {
        ActivatedJob aggregate = processes.onlyJob("period.aggregate");
        assertThat(aggregate.getVariablesAsMap()).containsEntry("periodId", PERIOD);
        processes.complete(aggregate, Map.of("periodAssignments", PERIOD_ASSIGNMENTS));
    }
}

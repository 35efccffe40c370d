package se.uppdragsstyrning.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.uppdragsstyrning.workflow.DeployedProcesses.USER_TASK_JOB;
import static se.uppdragsstyrning.workflow.DeployedProcesses.inDays;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of {@code bpmn/assignment-lifecycle.bpmn}; the test plays the application and its users. */
class AssignmentLifecycleProcessTest {

    private static final String REF = "2025-34";
    private static final String AUGUST = "2025-INTERIM_AUGUST";
    private static final String ANNUAL = "2025-ANNUAL";

    private DeployedProcesses processes;
    private String reminderAt;
    private String reportDueAt;
    private String compilationDueAt;

    @BeforeEach
    void deploy() {
        processes = DeployedProcesses.start();
        reminderAt = inDays(5);
        reportDueAt = inDays(10);
        compilationDueAt = inDays(20);
    }

    @AfterEach
    void stop() {
        processes.close();
    }

    @Test
    void singleOrganisationsReportBecomesTheAssignmentsAssessment() {
        ProcessInstanceEvent instance = registerAssignment();
        requestReporting(AUGUST, "SCN");

        ActivatedJob task = processes.onlyJob(USER_TASK_JOB);
        processes.assertUserTask(task, "Task_BoardReport", "board-report", "[\"SCN\"]", reportDueAt);
        assertThat(task.getVariablesAsMap())
                .containsEntry("assignmentRef", REF)
                .containsEntry("periodId", AUGUST)
                .containsEntry("organisationCode", "SCN")
                .containsEntry("returnComment", null)
                .containsEntry("status", null)
                .containsEntry("assessment", null);
        processes.complete(task, report("GREEN_ON_TRACK", "Arbetet pågår enligt plan i SCN.", 2026));

        ActivatedJob reported = processes.onlyJob("assignment.reported");
        assertThat(reported.getVariablesAsMap())
                .containsEntry("combinedStatus", "GREEN_ON_TRACK")
                .containsEntry("combinedAssessment", "Arbetet pågår enligt plan i SCN.")
                .containsEntry("combinedEndYear", 2026)
                .containsEntry("reports", List.of(Map.of("organisationCode", "SCN", "status", "GREEN_ON_TRACK",
                        "assessment", "Arbetet pågår enligt plan i SCN.", "estimatedEndYear", 2026,
                        "comment", "Kommentar till samordnaren")));
        processes.complete(reported);

        assertThat(instance)
                .hasPassedElementsInOrder("Task_BoardReport", "Event_SingleReportIsAssessment", "Task_RecordAssessment")
                .hasNotPassedElement("Task_ProposeCombinedStatus")
                .hasNotPassedElement("Task_CompileAssessment")
                .isWaitingAtElements("Event_AssignmentDecided")
                .hasNoIncidents();
    }

    @Test
    void severalOrganisationsGetAProposedCombinedStatusAndTheCoordinatorsCompilation() {
        ProcessInstanceEvent instance = registerAssignment();
        requestReporting(AUGUST, "SCN", "KTN", "UBN");

        Map<String, ActivatedJob> tasks = boardReportTasks(3);
        processes.assertUserTask(tasks.get("KTN"), "Task_BoardReport", "board-report", "[\"KTN\"]", reportDueAt);
        processes.complete(tasks.get("SCN"), report("GREEN_DONE", "SCN har genomfört sin del av uppdraget.", 2025));
        processes.complete(tasks.get("KTN"), report("YELLOW", "KTN har inte hunnit påbörja sin del än.", 2027));
        processes.complete(tasks.get("UBN"), report("GREEN_ON_TRACK", "UBN arbetar enligt plan med sin del.", 2026));

        ActivatedJob compilation = processes.onlyJob(USER_TASK_JOB);
        processes.assertUserTask(compilation, "Task_CompileAssessment", "compilation", "[\"COORDINATOR\"]",
                compilationDueAt);
        assertThat(compilation.getVariablesAsMap())
                .containsEntry("proposedStatus", "YELLOW")
                .containsEntry("combinedStatus", "YELLOW")
                .containsEntry("combinedEndYear", 2027);
        assertThat(reports(compilation)).extracting(report -> report.get("organisationCode") + ":" + report.get("status"))
                .containsExactly("SCN:GREEN_DONE", "KTN:YELLOW", "UBN:GREEN_ON_TRACK");

        processes.complete(compilation, Map.of("combinedStatus", "GREEN_ON_TRACK",
                "combinedAssessment", "Uppdraget går enligt plan; KTN:s del startar under hösten.",
                "combinedEndYear", 2026));

        ActivatedJob reported = processes.onlyJob("assignment.reported");
        assertThat(reported.getVariablesAsMap())
                .containsEntry("combinedStatus", "GREEN_ON_TRACK")
                .containsEntry("combinedAssessment", "Uppdraget går enligt plan; KTN:s del startar under hösten.")
                .containsEntry("combinedEndYear", 2026);
        processes.complete(reported);

        assertThat(instance)
                .hasPassedElement("Task_BoardReport", 3)
                .hasPassedElementsInOrder("SubProcess_Reporting", "Task_ProposeCombinedStatus",
                        "Task_CompileAssessment", "Task_RecordAssessment")
                .hasNotPassedElement("Event_SingleReportIsAssessment")
                .isWaitingAtElements("Event_AssignmentDecided")
                .hasNoIncidents();
    }

    @Test
    void reminderAndEscalationFireOnlyForTheOrganisationThatHasNotReported() {
        ProcessInstanceEvent instance = registerAssignment();
        requestReporting(AUGUST, "SCN", "KTN");
        Map<String, ActivatedJob> tasks = boardReportTasks(2);
        processes.complete(tasks.get("SCN"), report("GREEN_ON_TRACK", "SCN arbetar enligt plan med uppdraget.", 2026));

        processes.passTime(Duration.ofDays(4));
        assertThat(processes.activate("task.remind")).isEmpty();

        processes.passTime(Duration.ofDays(2));
        ActivatedJob reminder = processes.onlyJob("task.remind");
        assertThat(reminder.getElementId()).isEqualTo("Task_SendReminder");
        assertThat(reminder.getVariablesAsMap())
                .containsEntry("organisationCode", "KTN")
                .containsEntry("assignmentRef", REF)
                .containsEntry("periodId", AUGUST)
                .containsEntry("reportDueAt", reportDueAt);
        processes.complete(reminder);
        assertThat(processes.activate("task.escalate")).isEmpty();

        processes.passTime(Duration.ofDays(5));
        ActivatedJob escalation = processes.onlyJob("task.escalate");
        assertThat(escalation.getElementId()).isEqualTo("Task_EscalateOverdueReport");
        assertThat(escalation.getVariablesAsMap()).containsEntry("organisationCode", "KTN");
        processes.complete(escalation);
        assertThat(processes.activate("task.remind")).as("one reminder per task").isEmpty();

        assertThat(instance)
                .hasPassedElement("Event_ReportReminder", 1)
                .hasPassedElement("Event_ReportOverdue", 1)
                .isWaitingAtElements("Task_BoardReport");

        processes.complete(tasks.get("KTN"), report("YELLOW", "KTN har inte påbörjat sin del av uppdraget.", 2027));
        assertThat(processes.onlyJob(USER_TASK_JOB).getElementId()).isEqualTo("Task_CompileAssessment");
        assertThat(instance).hasNoIncidents();
    }

    @Test
    void returnedAssignmentIsReportedAgainWithTheCommentAndEachOrganisationsPreviousReport() {
        ProcessInstanceEvent instance = registerAssignment();
        requestReporting(AUGUST, "SCN", "KTN");
        Map<String, ActivatedJob> tasks = boardReportTasks(2);
        processes.complete(tasks.get("SCN"), report("GREEN_ON_TRACK", "SCN:s första bedömning av uppdraget.", 2026));
        processes.complete(tasks.get("KTN"), report("RED", "KTN:s första bedömning av uppdraget.", 2026));
        ActivatedJob compilation = processes.onlyJob(USER_TASK_JOB);
        assertThat(compilation.getVariablesAsMap())
                .as("a red report has no end year, so the proposal takes SCN's")
                .containsEntry("proposedStatus", "RED")
                .containsEntry("combinedEndYear", 2026);
        processes.complete(compilation, Map.of("combinedStatus", "RED",
                "combinedAssessment", "Den första sammanvägda bedömningen.", "combinedEndYear", 2026));
        ActivatedJob firstRecord = processes.onlyJob("assignment.reported");
        assertThat(firstRecord.getVariablesAsMap()).containsEntry("combinedEndYear", null);
        processes.complete(firstRecord);

        String reworkReminderAt = inDays(25);
        String reworkDueAt = inDays(30);
        processes.publish("assignment-decided", REF, Map.of("decision", "RETURNED",
                "comment", "Beskriv varför KTN inte genomför sin del.",
                "reminderAt", reworkReminderAt, "reportDueAt", reworkDueAt));

        Map<String, ActivatedJob> rework = boardReportTasks(2);
        processes.assertUserTask(rework.get("KTN"), "Task_BoardReport", "board-report", "[\"KTN\"]", reworkDueAt);
        assertThat(rework.get("KTN").getVariablesAsMap())
                .containsEntry("returnComment", "Beskriv varför KTN inte genomför sin del.")
                .containsEntry("periodId", AUGUST)
                .containsEntry("status", "RED")
                .containsEntry("assessment", "KTN:s första bedömning av uppdraget.")
                .containsEntry("estimatedEndYear", null)
                .containsEntry("comment", null);
        assertThat(rework.get("SCN").getVariablesAsMap())
                .containsEntry("status", "GREEN_ON_TRACK")
                .containsEntry("assessment", "SCN:s första bedömning av uppdraget.")
                .containsEntry("estimatedEndYear", 2026);

        processes.passTime(Duration.ofDays(12));
        assertThat(processes.activate("task.escalate")).as("the rework has its own due date").isEmpty();

        processes.complete(rework.get("SCN"), report("GREEN_ON_TRACK", "SCN:s bedömning efter återremissen.", 2026));
        processes.complete(rework.get("KTN"), report("YELLOW", "KTN:s bedömning efter återremissen.", 2027));
        ActivatedJob recompilation = processes.onlyJob(USER_TASK_JOB);
        assertThat(recompilation.getVariablesAsMap())
                .containsEntry("combinedStatus", "YELLOW")
                .containsEntry("combinedAssessment", "Den första sammanvägda bedömningen.");
        processes.complete(recompilation, Map.of("combinedStatus", "YELLOW",
                "combinedAssessment", "Den omarbetade sammanvägda bedömningen.", "combinedEndYear", 2027));
        processes.complete(processes.onlyJob("assignment.reported"));

        assertThat(instance)
                .hasPassedElement("SubProcess_Reporting", 2)
                .hasPassedElement("Task_BoardReport", 4)
                .hasPassedElement("Task_CompileAssessment", 2)
                .hasPassedElement("Task_RecordAssessment", 2)
                .isWaitingAtElements("Event_AssignmentDecided")
                .hasNoIncidents();
    }

    @Test
    void approvedDoneAssignmentIsClosedAsDone() {
        ProcessInstanceEvent instance = registerAssignment();
        reportAlone(AUGUST, report("GREEN_DONE", "Uppdraget är genomfört och redovisat.", 2025));

        approve();

        ActivatedJob close = processes.onlyJob("assignment.close");
        assertThat(close.getElementId()).isEqualTo("Task_CloseAsDone");
        assertThat(close.getVariablesAsMap()).containsEntry("closure", "DONE").containsEntry("assignmentRef", REF);
        processes.complete(close);

        assertThat(instance)
                .hasPassedElement("End_AssignmentDone")
                .hasNotPassedElement("End_AssignmentNotCarriedOut")
                .isCompleted();
    }

    @Test
    void approvedRedAssignmentIsClosedAsNotCarriedOutWithItsReason() {
        ProcessInstanceEvent instance = registerAssignment();
        reportAlone(AUGUST, report("RED", "Uppdraget genomförs inte eftersom lagen har ändrats.", 2026));

        approve();

        ActivatedJob close = processes.onlyJob("assignment.close");
        assertThat(close.getElementId()).isEqualTo("Task_CloseAsNotCarriedOut");
        assertThat(close.getVariablesAsMap())
                .containsEntry("closure", "NOT_CARRIED_OUT")
                .containsEntry("closureReason", "Uppdraget genomförs inte eftersom lagen har ändrats.")
                .containsEntry("combinedEndYear", null);
        processes.complete(close);

        assertThat(instance)
                .hasPassedElement("End_AssignmentNotCarriedOut")
                .hasNotPassedElement("End_AssignmentDone")
                .isCompleted();
    }

    @Test
    void approvedOngoingAssignmentWaitsForTheNextPeriod() {
        ProcessInstanceEvent instance = registerAssignment();
        reportAlone(AUGUST, report("YELLOW", "Uppdraget är försenat men påbörjat.", 2027));

        approve();

        assertThat(processes.activate("assignment.close")).isEmpty();
        assertThat(instance).isWaitingAtElements("Event_ReportingRequested").isNotCompleted();

        requestReporting(ANNUAL, "SCN");
        ActivatedJob nextTask = processes.onlyJob(USER_TASK_JOB);
        assertThat(nextTask.getVariablesAsMap())
                .as("a new period starts with an empty report")
                .containsEntry("periodId", ANNUAL)
                .containsEntry("returnComment", null)
                .containsEntry("status", null)
                .containsEntry("assessment", null);
        processes.complete(nextTask, report("GREEN_DONE", "Uppdraget blev klart under hösten.", 2025));
        processes.complete(processes.onlyJob("assignment.reported"));
        approve();
        processes.complete(processes.onlyJob("assignment.close"));

        assertThat(instance)
                .hasPassedElement("Event_ReportingRequested", 2)
                .hasPassedElement("Task_BoardReport", 2)
                .hasPassedElement("Gateway_AwaitPeriod", 2)
                .hasPassedElement("End_AssignmentDone")
                .isCompleted();
    }

    @Test
    void transferredResponsibilityMovesTheOpenTasksAndTheRework() {
        ProcessInstanceEvent instance = registerAssignment();
        requestReporting(AUGUST, "SCN", "KTN");
        Map<String, ActivatedJob> tasks = boardReportTasks(2);

        processes.publish("responsibility-transferred", REF, Map.of("fromOrganisation", "SCN", "toOrganisation", "KS"));

        ActivatedJob transfer = processes.onlyJob("assignment.transfer");
        assertThat(transfer.getElementId()).isEqualTo("Task_TransferOpenTasks");
        assertThat(transfer.getVariablesAsMap())
                .containsEntry("fromOrganisation", "SCN")
                .containsEntry("toOrganisation", "KS")
                .containsEntry("assignmentRef", REF);
        processes.complete(transfer);
        assertThat(instance)
                .hasPassedElement("End_TasksTransferred")
                .hasVariableWithValue("organisations", List.of("KS", "KTN"))
                .isWaitingAtElements("Task_BoardReport");

        processes.complete(tasks.get("SCN"), report("GREEN_ON_TRACK", "Rapporterad innan flytten syntes.", 2026));
        processes.complete(tasks.get("KTN"), report("GREEN_ON_TRACK", "KTN arbetar enligt plan.", 2026));
        processes.complete(processes.onlyJob(USER_TASK_JOB), Map.of("combinedStatus", "GREEN_ON_TRACK",
                "combinedAssessment", "Båda delarna går enligt plan.", "combinedEndYear", 2026));
        processes.complete(processes.onlyJob("assignment.reported"));
        processes.publish("assignment-decided", REF, Map.of("decision", "RETURNED", "comment", "Komplettera."));

        assertThat(boardReportTasks(2)).as("the rework goes to the new organisation").containsOnlyKeys("KS", "KTN");
        assertThat(instance).hasNoIncidents();
    }

    @Test
    void reportingRequestWithoutReminderDateStopsAtAnIncidentOnTheTask() {
        ProcessInstanceEvent instance = registerAssignment();

        processes.publish("reporting-requested", REF, Map.of("periodId", AUGUST, "organisations", List.of("SCN"),
                "reportDueAt", reportDueAt, "compilationDueAt", compilationDueAt));

        assertThat(processes.activate(USER_TASK_JOB)).isEmpty();
        assertThat(instance).extractingLatestIncident()
                .hasErrorMessage("Expected result of the expression 'reminderAt' to be one of '[DATE_TIME, STRING]', "
                        + "but was 'NULL'.")
                .occurredOnElement("Task_BoardReport")
                .isUnresolved();
    }

    private ProcessInstanceEvent registerAssignment() {
        return processes.startProcess("assignment-lifecycle", Map.of("assignmentRef", REF, "goalNumber", 4));
    }

    private void requestReporting(String periodId, String... organisations) {
        processes.publish("reporting-requested", REF, Map.of("periodId", periodId,
                "organisations", List.of(organisations), "reportDueAt", reportDueAt, "reminderAt", reminderAt,
                "compilationDueAt", compilationDueAt));
    }

    private void approve() {
        processes.publish("assignment-decided", REF, Map.of("decision", "APPROVED", "comment", "Godkänt."));
    }

    /** One organisation reports and the application records it; the instance then waits for KS. */
    private void reportAlone(String periodId, Map<String, Object> report) {
        requestReporting(periodId, "SCN");
        processes.complete(processes.onlyJob(USER_TASK_JOB), report);
        processes.complete(processes.onlyJob("assignment.reported"));
    }

    private Map<String, ActivatedJob> boardReportTasks(int expected) {
        List<ActivatedJob> jobs = processes.activate(USER_TASK_JOB);
        assertThat(jobs).hasSize(expected).allSatisfy(job -> assertThat(job.getElementId()).isEqualTo("Task_BoardReport"));
        return jobs.stream().collect(Collectors.toMap(
                job -> (String) job.getVariablesAsMap().get("organisationCode"), Function.identity()));
    }

    /** What the board-report form submits; a red report may still carry a year, which the model drops. */
    private static Map<String, Object> report(String status, String assessment, int estimatedEndYear) {
        Map<String, Object> report = new HashMap<>();
        report.put("status", status);
        report.put("assessment", assessment);
        report.put("estimatedEndYear", estimatedEndYear);
        report.put("comment", "Kommentar till samordnaren");
        return report;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> reports(ActivatedJob job) {
        return (List<Map<String, Object>>) job.getVariablesAsMap().get("reports");
    }
}

package se.uppdragsstyrning.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the application depends on in the process owner's files: docs/processes.md as checked constants. A new
 * version of a model, decision table or form must keep all of it, or the application breaks at run time.
 */
final class ModelContract {

    private ModelContract() {
    }

    /** The processes the application starts, with every element id docs/processes.md names. */
    static final Map<String, Set<String>> PROCESS_ELEMENTS = Map.of(
            Processes.PERIOD, Set.of("StartEvent_PeriodOpened", "Task_RequestReports", "Task_AwaitReports",
                    "Event_CompilationOverdue", "Task_EscalateCompilation", "Task_AggregateStatus", "Task_KsApproval",
                    "Gateway_KsDecision", "Task_ReturnAssignments", "Task_ApprovePeriod", "Task_PublishPeriod",
                    "End_PeriodPublished"),
            Processes.LIFECYCLE, Set.of("StartEvent_AssignmentRegistered", "Event_ReportingRequested",
                    "SubProcess_Reporting", "SubProcess_BoardReport", "Task_BoardReport", "Event_ReportReminder",
                    "Task_SendReminder", "Event_ReportOverdue", "Task_EscalateOverdueReport",
                    "Gateway_SeveralOrganisations", "Task_ProposeCombinedStatus", "Task_CompileAssessment",
                    "Event_SingleReportIsAssessment", "Task_RecordAssessment", "Event_AssignmentDecided",
                    "Gateway_Decision", "Gateway_ApprovedStatus", "Task_CloseAsDone", "End_AssignmentDone",
                    "Task_CloseAsNotCarriedOut", "End_AssignmentNotCarriedOut",
                    "SubProcess_ResponsibilityTransferred", "Task_TransferOpenTasks"));

    /** Variables the application reads, with the element that must set them (an output, a result, a collection). */
    static final Map<String, Map<String, List<String>>> PROCESS_VARIABLES = Map.of(
            Processes.PERIOD, Map.of(
                    "Task_KsApproval", List.of("decision", "returnedAssignments", "comment")),
            Processes.LIFECYCLE, Map.of(
                    "SubProcess_BoardReport", List.of("organisationCode", "reports"),
                    "Task_BoardReport", List.of("status", "assessment", "estimatedEndYear", "comment"),
                    "Task_ProposeCombinedStatus", List.of("proposedStatus"),
                    "Task_CompileAssessment", List.of("combinedStatus", "combinedAssessment", "combinedEndYear"),
                    "Event_SingleReportIsAssessment",
                    List.of("combinedStatus", "combinedAssessment", "combinedEndYear")));

    /** The messages the application publishes, with the correlation key it publishes them with. */
    static final Map<String, String> MESSAGES = Map.of(
            "reports-complete", "=periodId",
            "reporting-requested", "=assignmentRef",
            "assignment-decided", "=assignmentRef",
            "responsibility-transferred", "=assignmentRef");

    /** A decision table's inputs (the variables the application passes) and its output (what it reads). */
    record DecisionContract(Map<String, Object> sampleInputs, String output, Set<String> outputValues) {
    }

    static final Map<String, DecisionContract> DECISIONS = Map.of(
            DmnGoalStatusRule.DECISION, new DecisionContract(
                    Map.of("total", 4, "done", 1, "onTrack", 1, "delayed", 1, "notCarriedOut", 1), "goalStatus",
                    Set.of("GREEN", "YELLOW", "RED")),
            "combined-status", new DecisionContract(
                    Map.of("reports", List.of(Map.of("status", "GREEN_ON_TRACK"), Map.of("status", "YELLOW"))),
                    "proposedStatus", Set.of("GREEN_DONE", "GREEN_ON_TRACK", "YELLOW", "RED")));

    /** The keys of the forms the application reads when a task is completed. */
    static final Map<String, Set<String>> FORM_KEYS = Map.of(
            "board-report", Set.of("status", "assessment", "estimatedEndYear", "comment"),
            "compilation", Set.of("combinedStatus", "combinedAssessment", "combinedEndYear"),
            "ks-approval", Set.of("decision", "returnedAssignments", "comment", "reviewed"));
}

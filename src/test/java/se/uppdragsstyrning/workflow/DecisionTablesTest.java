package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import io.camunda.zeebe.client.api.response.EvaluatedDecision;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of {@code bpmn/combined-status.dmn} and {@code bpmn/goal-status.dmn}, evaluated by the engine
 * the way the business rule task and the status aggregation evaluate them.
 */
class DecisionTablesTest {

    private static DeployedProcesses processes;

    @BeforeAll
    static void deploy() {
        processes = DeployedProcesses.start();
    }

    @AfterAll
    static void stop() {
        processes.close();
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            GREEN_DONE RED                 | RED            | Rule_AnyRed
            YELLOW RED GREEN_ON_TRACK      | RED            | Rule_AnyRed
            RED                            | RED            | Rule_AnyRed
            GREEN_ON_TRACK YELLOW          | YELLOW         | Rule_AnyYellow
            GREEN_DONE YELLOW GREEN_DONE   | YELLOW         | Rule_AnyYellow
            GREEN_DONE GREEN_DONE          | GREEN_DONE     | Rule_AllDone
            GREEN_DONE GREEN_ON_TRACK      | GREEN_ON_TRACK | Rule_OnTrack
            GREEN_ON_TRACK GREEN_ON_TRACK  | GREEN_ON_TRACK | Rule_OnTrack
            """)
    void combinedStatusProposesTheWorstReportedStatus(String statuses, String proposed, String rule) {
        List<Map<String, Object>> reports = Arrays.stream(statuses.split(" "))
                .map(status -> Map.<String, Object>of("organisationCode", "ORG-" + status, "status", status))
                .toList();

        EvaluatedDecision decision = evaluate("combined-status", Map.of("reports", reports));

        assertThat(decision.getDecisionOutput()).isEqualTo("\"" + proposed + "\"");
        assertThat(decision.getMatchedRules()).first().extracting(matched -> matched.getRuleId()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "total {0}, done {1}, on track {2}, delayed {3}, not carried out {4} → {5}")
    @CsvSource(delimiter = '|', textBlock = """
            8  | 2 | 4  | 0 | 2 | RED    | Rule_ManyNotCarriedOut
            10 | 0 | 4  | 5 | 1 | RED    | Rule_MostlyDelayed
            10 | 0 | 5  | 5 | 0 | RED    | Rule_MostlyDelayed
            23 | 1 | 22 | 0 | 0 | GREEN  | Rule_MostlyGreen
            10 | 3 | 5  | 1 | 1 | GREEN  | Rule_MostlyGreen
            10 | 2 | 5  | 3 | 0 | YELLOW | Rule_PartlyDelayed
            10 | 0 | 6  | 2 | 2 | YELLOW | Rule_PartlyDelayed
            """)
    void goalStatusFollowsTheSharesOfTheGoalsAssignments(int total, int done, int onTrack, int delayed,
            int notCarriedOut, String expected, String rule) {
        EvaluatedDecision decision = evaluate("goal-status", Map.of("total", total, "done", done,
                "onTrack", onTrack, "delayed", delayed, "notCarriedOut", notCarriedOut));

        assertThat(decision.getDecisionOutput()).isEqualTo("\"" + expected + "\"");
        assertThat(decision.getMatchedRules()).first().extracting(matched -> matched.getRuleId()).isEqualTo(rule);
    }

    @Test
    void goalWithoutAssignmentsInThePeriodGetsNoProposal() {
        EvaluatedDecision decision = evaluate("goal-status", Map.of("total", 0, "done", 0, "onTrack", 0,
                "delayed", 0, "notCarriedOut", 0));

        assertThat(decision.getDecisionOutput()).isEqualTo("null");
        assertThat(decision.getMatchedRules()).isEmpty();
    }

    private static EvaluatedDecision evaluate(String decisionId, Map<String, Object> variables) {
        EvaluateDecisionResponse response = processes.client().newEvaluateDecisionCommand().decisionId(decisionId)
                .variables(variables).send().join();
        assertThat(response.getFailureMessage()).as("evaluation failure").isEmpty();
        return response.getEvaluatedDecisions().get(0);
    }
}

package se.uppdragsstyrning.workflow;

import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.response.EvaluateDecisionResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.status.GoalStatus;
import se.uppdragsstyrning.status.GoalStatusRule;
import se.uppdragsstyrning.status.StatusCounts;

/**
 * The goal status proposal is the process owner's decision table {@code goal-status} (bpmn/goal-status.dmn),
 * evaluated by the engine: changing the table changes the proposal without a new release. The version is the
 * deployed decision's key, so rollups computed with an older table are recomputed.
 */
@Component
class DmnGoalStatusRule implements GoalStatusRule {

    static final String DECISION = "goal-status";
    private static final Logger log = LoggerFactory.getLogger(DmnGoalStatusRule.class);

    private final CamundaClient client;
    private final ProcessDeployment deployment;
    private final ObjectMapper json;

    DmnGoalStatusRule(CamundaClient client, ProcessDeployment deployment, ObjectMapper json) {
        this.client = client;
        this.deployment = deployment;
        this.json = json;
    }

    @Override
    public GoalStatus propose(StatusCounts counts) {
        return status(evaluate(counts, null));
    }

    @Override
    public GoalStatus propose(StatusCounts counts, String version) {
        Long key = key(version);
        if (key != null) {
            try {
                return status(evaluate(counts, key));
            } catch (ClientException e) {
                log.warn("The decision {} is not known to the engine ({}); the current table is used", version,
                        e.getMessage());
            }
        }
        return propose(counts);
    }

    /** The decision key in a {@link #version()}, null when it is not one. */
    static Long key(String version) {
        if (version == null || !version.startsWith(DECISION + "@")) {
            return null;
        }
        try {
            return Long.valueOf(version.substring(DECISION.length() + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private GoalStatus status(EvaluateDecisionResponse result) {
        try {
            JsonNode output = json.readTree(result.getDecisionOutput());
            return output == null || output.isNull() ? null : GoalStatus.valueOf(output.asText());
        } catch (Exception e) {
            throw new IllegalStateException("Beslutstabellen " + DECISION + " gav ett oväntat svar: "
                    + result.getDecisionOutput(), e);
        }
    }

    @Override
    public String version() {
        Long key = deployment.decisionKey(DECISION);
        return DECISION + "@" + (key != null ? key : evaluate(new StatusCounts(1, 0, 0, 0, 0), null).getDecisionKey());
    }

    private EvaluateDecisionResponse evaluate(StatusCounts counts, Long key) {
        var command = client.newEvaluateDecisionCommand();
        return (key != null ? command.decisionKey(key) : command.decisionId(DECISION))
                .variables(variables(counts))
                .send().join();
    }

    /** What the {@code goal-status} table is given: the goal's assessed assignments counted by status. */
    static Map<String, Object> variables(StatusCounts counts) {
        return Map.of("total", counts.assessed(), "done", counts.done(), "onTrack", counts.onTrack(),
                "delayed", counts.delayed(), "notCarriedOut", counts.notCarriedOut());
    }
}

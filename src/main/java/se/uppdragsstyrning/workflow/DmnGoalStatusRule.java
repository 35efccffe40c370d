package se.uppdragsstyrning.workflow;

import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;

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
        EvaluateDecisionResponse result = evaluate(counts);
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
        return DECISION + "@" + (key != null ? key : evaluate(new StatusCounts(1, 0, 0, 0, 0)).getDecisionKey());
    }

    private EvaluateDecisionResponse evaluate(StatusCounts counts) {
        return client.newEvaluateDecisionCommand().decisionId(DECISION)
                .variables(Map.of("total", counts.assessed(), "done", counts.done(), "onTrack", counts.onTrack(),
                        "delayed", counts.delayed(), "notCarriedOut", counts.notCarriedOut()))
                .send().join();
    }
}

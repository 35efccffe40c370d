package se.uppdragsstyrning.workflow;

import java.time.Duration;
import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;

import org.springframework.stereotype.Component;

import io.grpc.Status;

import se.uppdragsstyrning.tasks.TaskEngine;
import se.uppdragsstyrning.tasks.TaskGoneException;

/** Completes user-task jobs for the inbox; a job the engine no longer knows is a task that is gone. */
@Component
class ZeebeTaskEngine implements TaskEngine {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);

    private final CamundaClient client;

    ZeebeTaskEngine(CamundaClient client) {
        this.client = client;
    }

    @Override
    public boolean isReachable() {
        try {
            client.newTopologyRequest().requestTimeout(ANSWER_WITHIN).send().join();
            return true;
        } catch (RuntimeException unanswered) {
            return false;
        }
    }

    @Override
    public void complete(long jobKey, Map<String, Object> variables) throws TaskGoneException {
        try {
            client.newCompleteCommand(jobKey).variables(variables).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                throw new TaskGoneException(jobKey, e);
            }
            throw e;
        }
    }
}

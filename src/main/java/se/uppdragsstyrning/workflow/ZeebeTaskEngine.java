package se.uppdragsstyrning.workflow;

import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import io.grpc.Status.Code;

import se.uppdragsstyrning.tasks.TaskEngine;
import se.uppdragsstyrning.tasks.TaskGoneException;

/**
 * Completes user-task jobs for the inbox; a job the engine no longer knows is a task that is gone. Whether the
 * engine answers is the one check of the health component {@code zeebe} (the pages' notice reads the same one,
 * cached, through system's EngineStatus); a submission asks it afresh.
 */
@Component
class ZeebeTaskEngine implements TaskEngine {

    private final CamundaClient client;
    private final HealthIndicator health;

    ZeebeTaskEngine(CamundaClient client, @Qualifier("zeebe") HealthIndicator health) {
        this.client = client;
        this.health = health;
    }

    @Override
    public boolean isReachable() {
        return Status.UP.equals(health.health().getStatus());
    }

    @Override
    public void complete(long jobKey, Map<String, Object> variables) throws TaskGoneException {
        try {
            client.newCompleteCommand(jobKey).variables(variables).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() == Code.NOT_FOUND) {
                throw new TaskGoneException(jobKey, e);
            }
            throw e;
        }
    }
}

package se.uppdragsstyrning.workflow;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.grpc.Status;

import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.tasks.NewTask;
import se.uppdragsstyrning.tasks.ReceivedTask;
import se.uppdragsstyrning.tasks.TaskInbox;

/**
 * The task gateway: user tasks are job-based (the in-memory engine cannot complete Camunda user tasks), so the
 * engine hands each one out as a job of type {@code io.camunda.zeebe:userTask}.
 *
 * <p>No job is held hostage by a process that dies: the gateway activates a task's job for a short lease only
 * ({@link #LEASE}) and, once the task is committed to the inbox, tells the engine to keep the job for as long as a
 * period lasts ({@link #HOLD}). A job handed to an instance that died before it stored the task comes back to any
 * instance when the lease runs out. Stored tasks are completed by job key by whichever instance the person uses.
 *
 * <p>Each task carries its identity ({@link #taskKey}): a task handed out again under a new job (its instance was
 * restored on a new engine) keeps its inbox row, and one already completed here is completed at once with the
 * values stored then.
 */
@Component
public class UserTaskGateway {

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    /** How long a job handed to this process waits for it to store the task before the engine hands it out again. */
    static final long LEASE_MS = 2L * 60 * 1000;
    static final Duration LEASE = Duration.ofMillis(LEASE_MS);
    /** A stored task stays with the application until it is done; a period never runs for more than a year. */
    static final Duration HOLD = Duration.ofDays(400);
    static final String BOARD_REPORT = "board-report";

    private static final Logger log = LoggerFactory.getLogger(UserTaskGateway.class);

    private final TaskInbox inbox;
    private final PeriodCycle cycle;
    private final ProcessDeployment deployment;
    private final CamundaClient client;
    private final ObjectMapper json;

    UserTaskGateway(TaskInbox inbox, PeriodCycle cycle, ProcessDeployment deployment, CamundaClient client,
            ObjectMapper json) {
        this.inbox = inbox;
        this.cycle = cycle;
        this.deployment = deployment;
        this.client = client;
        this.json = json;
    }

    @JobWorker(type = USER_TASK, autoComplete = false, timeout = LEASE_MS, fetchAllVariables = true)
    public void userTask(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        String formId = formId(headers.get("io.camunda.zeebe:formKey"));
        String dueDate = headers.get("io.camunda.zeebe:dueDate");
        ReceivedTask received = inbox.receive(new NewTask(job.getKey(), job.getProcessInstanceKey(),
                job.getElementId(), job.getBpmnProcessId(), formId,
                candidateGroup(headers.get("io.camunda.zeebe:candidateGroups")),
                headers.get("io.camunda.zeebe:assignee"), dueDate == null ? null : OffsetDateTime.parse(dueDate),
                variables, taskKey(job, variables)));
        if (!received.isOpen()) {
            completeWithStoredResult(job, received);
            return;
        }
        if (BOARD_REPORT.equals(formId)) {
            cycle.taskCreated((String) variables.get("assignmentRef"), (String) variables.get("organisationCode"),
                    PeriodId.parse((String) variables.get("periodId")));
        }
        client.newUpdateTimeoutCommand(job.getKey()).timeout(HOLD).send().join();
    }

    /**
     * What a user task is, whichever engine run hands it out: process, element, period, assignment, the
     * organisation the engine made it for, and the period's rework round (a returned assignment's tasks are new
     * tasks).
     */
    String taskKey(ActivatedJob job, Map<String, Object> variables) {
        Object periodId = variables.get("periodId");
        int round = periodId == null ? 0 : cycle.period(PeriodId.parse(periodId.toString())).getReworkRound();
        return String.join("/", job.getBpmnProcessId(), job.getElementId(), text(periodId),
                text(variables.get("assignmentRef")), text(variables.get("organisationCode")), "r" + round);
    }

    private void completeWithStoredResult(ActivatedJob job, ReceivedTask received) {
        try {
            client.newCompleteCommand(job.getKey()).variables(received.result()).send().join();
            log.info("Task {} was completed here before the engine handed it out again (job {}): completed with"
                    + " the stored values", received.taskId(), job.getKey());
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "-" : value.toString();
    }

    private String formId(String formKey) {
        if (formKey == null) {
            return null;
        }
        String formId = deployment.formId(Long.parseLong(formKey));
        if (formId == null) {
            log.warn("Formulär med nyckel {} är inte driftsatt av denna applikation; uppgiften visas utan formulär",
                    formKey);
        }
        return formId;
    }

    private String candidateGroup(String header) {
        if (header == null) {
            return null;
        }
        try {
            List<String> groups = json.readValue(header, new TypeReference<List<String>>() { });
            return groups.isEmpty() ? null : groups.get(0);
        } catch (Exception e) {
            return header;
        }
    }
}

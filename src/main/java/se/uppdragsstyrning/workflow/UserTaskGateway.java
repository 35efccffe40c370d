package se.uppdragsstyrning.workflow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.tasks.NewTask;
import se.uppdragsstyrning.tasks.TaskInbox;

/**
 * The task gateway: user tasks are job-based (the in-memory engine cannot complete Camunda user tasks), so the
 * engine hands each one out as a job of type {@code io.camunda.zeebe:userTask}. The gateway activates it with a
 * long timeout and keeps it in the inbox (one row per job, however often it is delivered); the inbox completes
 * it by job key when the person submits the form. A board report task also creates its board report row, so
 * that a period's progress counts it.
 */
@Component
public class UserTaskGateway {

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    /** A task stays with us until it is done; a period never runs for more than a year. */
    static final long TASK_TIMEOUT_MS = 400L * 24 * 60 * 60 * 1000;
    static final String BOARD_REPORT = "board-report";

    private static final Logger log = LoggerFactory.getLogger(UserTaskGateway.class);

    private final TaskInbox inbox;
    private final PeriodCycle cycle;
    private final ProcessDeployment deployment;
    private final ObjectMapper json;

    UserTaskGateway(TaskInbox inbox, PeriodCycle cycle, ProcessDeployment deployment, ObjectMapper json) {
        this.inbox = inbox;
        this.cycle = cycle;
        this.deployment = deployment;
        this.json = json;
    }

    @JobWorker(type = USER_TASK, autoComplete = false, timeout = TASK_TIMEOUT_MS, fetchAllVariables = true)
    public void userTask(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        String formId = formId(headers.get("io.camunda.zeebe:formKey"));
        String dueDate = headers.get("io.camunda.zeebe:dueDate");
        inbox.receive(new NewTask(job.getKey(), job.getProcessInstanceKey(), job.getElementId(),
                job.getBpmnProcessId(), formId, candidateGroup(headers.get("io.camunda.zeebe:candidateGroups")),
                headers.get("io.camunda.zeebe:assignee"), dueDate == null ? null : OffsetDateTime.parse(dueDate),
                variables));
        if (BOARD_REPORT.equals(formId)) {
            cycle.taskCreated((String) variables.get("assignmentRef"), (String) variables.get("organisationCode"),
                    PeriodId.parse((String) variables.get("periodId")));
        }
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

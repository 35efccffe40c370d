package se.uppdragsstyrning.workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.CreateProcessInstanceCommandStep1.CreateProcessInstanceCommandStep3;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.grpc.Status;

import se.uppdragsstyrning.reporting.PeriodOpened;

/**
 * Starts the application's process instances (at most one per assignment or period, remembered in
 * {@link ProcessLink}) and publishes the messages that drive them.
 */
@Component
class Processes {

    static final String LIFECYCLE = "assignment-lifecycle";
    static final String PERIOD = "reporting-period";
    /** Long enough for an instance that is still on its way to the waiting point to pick the message up. */
    static final Duration MESSAGE_TTL = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(Processes.class);

    private final CamundaClient client;
    private final ProcessLinkRepository links;
    private final Clock clock;

    Processes(CamundaClient client, ProcessLinkRepository links, Clock clock) {
        this.client = client;
        this.links = links;
        this.clock = clock;
    }

    /** Starts the process for the business reference unless one was started already; returns whether it did. */
    private boolean startOnce(String processId, String businessRef, Map<String, Object> variables) {
        if (links.existsByProcessIdAndBusinessRef(processId, businessRef)) {
            return false;
        }
        Created created = create(processId, variables, null);
        long key = created.instanceKey();
        try {
            links.saveAndFlush(new ProcessLink(processId, businessRef, key, created.definitionKey(), clock.instant()));
        } catch (DataIntegrityViolationException startedMeanwhile) {
            // the same start delivered twice at the same moment (two instances): one instance is enough; the
            // delivery fails and, delivered again, finds the other's link
            client.newCancelInstanceCommand(key).send().join();
            log.info("{} för {} startades samtidigt av en annan leverans; instans {} avbröts", processId,
                    businessRef, key);
            throw startedMeanwhile;
        }
        log.info("Startade {} för {} (instans {})", processId, businessRef, key);
        return true;
    }

    /**
     * Creates an instance of the process's latest version with the variables, at its start event or, with
     * {@code startBefore}, right before that element (start instructions: a restored instance resumes there).
     */
    Created create(String processId, Map<String, Object> variables, String startBefore) {
        CreateProcessInstanceCommandStep3 command = client.newCreateInstanceCommand().bpmnProcessId(processId)
                .latestVersion().variables(variables);
        if (startBefore != null) {
            command = command.startBeforeElement(startBefore);
        }
        var event = command.send().join();
        return new Created(event.getProcessInstanceKey(), event.getProcessDefinitionKey());
    }

    /** A new instance and the deployed version (process definition) it runs on. */
    record Created(long instanceKey, long definitionKey) {
    }

    /** Starts the assignment's lifecycle unless it runs already. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean startLifecycle(String assignmentRef, int goalNumber) {
        return startOnce(LIFECYCLE, assignmentRef, Map.of("assignmentRef", assignmentRef, "goalNumber", goalNumber));
    }

    /** Starts the period's process with its due dates (ISO date-times with offset, as the models read them). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean startPeriod(PeriodOpened opened) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("periodId", opened.period().toString());
        variables.put("reportDueAt", opened.reportDueAt().toString());
        variables.put("reminderAt", opened.reminderAt().toString());
        variables.put("compilationDueAt", opened.compilationDueAt().toString());
        variables.put("ksDueAt", opened.ksDueAt().toString());
        variables.put("reminderDays", opened.reminderDays());
        return startOnce(PERIOD, opened.period().toString(), variables);
    }

    /**
     * Cancels the running instance for the business reference (an assignment closed outside a period) and marks
     * its link ended. An instance the engine no longer knows is taken as cancelled; called again it does nothing.
     */
    @Transactional
    public void cancel(String processId, String businessRef) {
        var link = links.findByProcessIdAndBusinessRef(processId, businessRef).filter(l -> l.getEndedAt() == null);
        if (link.isEmpty()) {
            return;
        }
        try {
            client.newCancelInstanceCommand(link.get().getProcessInstanceKey()).send().join();
            log.info("Avbröt {} för {} (instans {})", processId, businessRef, link.get().getProcessInstanceKey());
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
            log.info("{} för {}: instansen {} fanns inte längre", processId, businessRef,
                    link.get().getProcessInstanceKey());
        }
        links.ended(processId, businessRef, clock.instant());
    }

    /** The instance for the business reference has reached its end (idempotent). */
    @Transactional
    public void ended(String processId, String businessRef) {
        links.ended(processId, businessRef, clock.instant());
    }

    /**
     * Publishes a message. The message id makes a repeated publication (a job delivered twice) one message while
     * the first one is alive: the engine answers ALREADY_EXISTS, which is what a repeated job wants.
     */
    public void publish(String name, String correlationKey, String messageId, Map<String, Object> variables) {
        try {
            client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey).messageId(messageId)
                    .timeToLive(MESSAGE_TTL).variables(variables).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
            log.debug("Message {} was published already", messageId);
        }
    }
}

package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.DeploymentEvent;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.filters.RecordStream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Zeebe's in-memory engine with every model, decision table and form from {@code classpath:bpmn/} and
 * {@code classpath:forms/} deployed in one deployment, as the application deploys them. Tests play the
 * application's part: they publish its messages and work its jobs, including the job-based user tasks.
 */
final class DeployedProcesses implements AutoCloseable {

    static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";
    static final String FORM_KEY_HEADER = "io.camunda.zeebe:formKey";
    static final String CANDIDATE_GROUPS_HEADER = "io.camunda.zeebe:candidateGroups";
    static final String DUE_DATE_HEADER = "io.camunda.zeebe:dueDate";

    static final String[] RESOURCE_PATTERNS = {"classpath:bpmn/*.bpmn", "classpath:bpmn/*.dmn",
            "classpath:forms/*.form"};

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final ZeebeTestEngine engine;
    private final ZeebeClient client;
    private final DeploymentEvent deployment;

    private DeployedProcesses() {
        engine = EngineFactory.create();
        engine.start();
        client = engine.createClient();
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
        deployment = deployAll();
    }

    static DeployedProcesses start() {
        return new DeployedProcesses();
    }

    static List<Resource> resources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        try {
            for (String pattern : RESOURCE_PATTERNS) {
                resources.addAll(List.of(resolver.getResources(pattern)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resources;
    }

    private DeploymentEvent deployAll() {
        List<Resource> resources = resources();
        DeployResourceCommandStep2 command = null;
        for (Resource resource : resources) {
            try (InputStream content = resource.getInputStream()) {
                command = command == null
                        ? client.newDeployResourceCommand().addResourceStream(content, resource.getFilename())
                        : command.addResourceStream(content, resource.getFilename());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(command).as("resources on the classpath").isNotNull();
        DeploymentEvent event = command.send().join();
        idle();
        return event;
    }

    DeploymentEvent deployment() {
        return deployment;
    }

    /**
     * Checks what the task gateway reads from a job-based user task: the element, the deployed form's key (a
     * number, not the form id), the candidate groups as a JSON array and the due date.
     */
    void assertUserTask(ActivatedJob job, String elementId, String formId, String candidateGroupsJson,
            String dueAt) {
        assertThat(job.getType()).isEqualTo(USER_TASK_JOB);
        assertThat(job.getElementId()).isEqualTo(elementId);
        long formKey = deployment.getForm().stream().filter(form -> form.getFormId().equals(formId)).findFirst()
                .orElseThrow(() -> new AssertionError("form " + formId + " not deployed")).getFormKey();
        assertThat(job.getCustomHeaders())
                .containsEntry(FORM_KEY_HEADER, String.valueOf(formKey))
                .containsEntry(CANDIDATE_GROUPS_HEADER, candidateGroupsJson)
                .containsKey(DUE_DATE_HEADER);
        assertThat(OffsetDateTime.parse(job.getCustomHeaders().get(DUE_DATE_HEADER)).toInstant())
                .as("due date").isEqualTo(OffsetDateTime.parse(dueAt).toInstant());
    }

    ZeebeClient client() {
        return client;
    }

    ProcessInstanceEvent startProcess(String bpmnProcessId, Map<String, Object> variables) {
        ProcessInstanceEvent instance = client.newCreateInstanceCommand().bpmnProcessId(bpmnProcessId).latestVersion()
                .variables(variables).send().join();
        idle();
        return instance;
    }

    void publish(String messageName, String correlationKey, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(messageName).correlationKey(correlationKey)
                .variables(variables).send().join();
        idle();
    }

    /** Jobs of this type that nobody has activated yet, held for a year as the task gateway holds user tasks. */
    List<ActivatedJob> activate(String jobType) {
        return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(100)
                .timeout(Duration.ofDays(365)).workerName("process-test").send().join().getJobs();
    }

    /** The one new job of this type; fails when there is none or more than one. */
    ActivatedJob onlyJob(String jobType) {
        List<ActivatedJob> jobs = activate(jobType);
        assertThat(jobs).as("new jobs of type %s", jobType).hasSize(1);
        return jobs.get(0);
    }

    void complete(ActivatedJob job, Map<String, Object> variables) {
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
        idle();
    }

    void complete(ActivatedJob job) {
        complete(job, Map.of());
    }

    /** Moves the engine's clock so that due timers fire. */
    void passTime(Duration duration) {
        engine.increaseTime(duration);
        idle();
    }

    /** A date-time the way the application writes due dates: ISO-8601 with Stockholm's offset. */
    static String inDays(int days) {
        return OffsetDateTime.ofInstant(Instant.now().plus(days, ChronoUnit.DAYS), STOCKHOLM)
                .truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private void idle() {
        try {
            engine.waitForIdleState(IDLE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The engine did not become idle", e);
        }
    }

    @Override
    public void close() {
        BpmnAssert.resetRecordStream();
        client.close();
        engine.stop();
    }
}

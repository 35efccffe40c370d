package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * What operators read in /actuator/prometheus about the engine: a worker that fails is counted per job type,
 * first as a retry and, with no retries left, as an incident; every command to the engine is timed by method.
 * Only administrators and the metrics account may read it.
 */
@SpringBootTest(properties = {"uppdrag.demo.enabled=false", "uppdrag.metrics.username=prometheus",
    "uppdrag.metrics.password=skrapa-lösen"})
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class EngineMetricsTest {

    private static final String PROBE = "metrics.probe";

    /** A worker that always fails, as one does while the system it calls is down. */
    public static class FailingWorker {

        @JobWorker(type = PROBE)
        public void work() {
            throw new IllegalStateException("tjänsten svarar inte");
        }
    }

    @TestConfiguration
    static class Worker {

        @Bean
        FailingWorker failingWorker() {
            return new FailingWorker();
        }
    }

    @Autowired
    CamundaClient client;
    @Autowired
    MeterRegistry registry;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;

    @Test
    void aFailingWorkerIsCountedAsRetryThenIncidentAndEngineCommandsAreTimed() throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("metrics-probe").startEvent()
                .serviceTask("probe", task -> task.zeebeJobType(PROBE).zeebeJobRetries("2")).endEvent().done();
        client.newDeployResourceCommand().addProcessModel(model, "metrics-probe.bpmn").send().join();
        client.newCreateInstanceCommand().bpmnProcessId("metrics-probe").latestVersion().send().join();

        await().atMost(Duration.ofSeconds(20)).until(() -> failures("incident") == 1);
        assertThat(failures("retry")).isEqualTo(1);

        users.createIfMissing("drift", "drift-lösen", "Drift", "drift@kommun.example", null, Set.of(Role.ADMIN));
        String scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", "skrapa-lösen")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(scrape)
                .contains("uppdrag_job_failures_total{application=\"uppdragsstyrning\",outcome=\"retry\","
                        + "type=\"metrics.probe\"} 1.0")
                .contains("uppdrag_job_failures_total{application=\"uppdragsstyrning\",outcome=\"incident\","
                        + "type=\"metrics.probe\"} 1.0")
                .contains("camunda_job_invocations_total{action=\"failed\",application=\"uppdragsstyrning\","
                        + "type=\"metrics.probe\"} 2.0")
                .contains("uppdrag_engine_commands_seconds_count{application=\"uppdragsstyrning\","
                        + "method=\"CreateProcessInstance\",status=\"OK\"}")
                .contains("uppdrag_engine_commands_seconds_bucket{application=\"uppdragsstyrning\","
                        + "method=\"DeployResource\",status=\"OK\",le=\"0.005\"}")
                .doesNotContain("le=\"0.001048576\"");
        mvc.perform(get("/actuator/prometheus").with(httpBasic("drift", "drift-lösen")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("uppdrag_engine_commands_seconds")));
    }

    @Test
    void onlyAdministratorsAndTheMetricsAccountMayReadTheMetrics() throws Exception {
        users.createIfMissing("samordnare", "samordnare-lösen", "Samordnare", "samordnare@kommun.example", null,
                Set.of(Role.COORDINATOR));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", "fel-lösen")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("samordnare", "samordnare-lösen")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator").with(httpBasic("prometheus", "skrapa-lösen")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/admin/event-publications").with(httpBasic("prometheus", "skrapa-lösen")))
                .andExpect(status().isUnauthorized());
    }

    private double failures(String outcome) {
        Counter counter = registry.find(JobFailureMetrics.METRIC).tag("type", PROBE).tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}

package se.uppdragsstyrning.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.DeploymentIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import se.uppdragsstyrning.interchange.FollowUpImported;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.status.GoalRollup;
import se.uppdragsstyrning.status.GoalStatus;
import se.uppdragsstyrning.status.StatusAggregation;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.support.FollowUpFixture;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;
import se.uppdragsstyrning.workflow.ModelFile;
import se.uppdragsstyrning.workflow.ModelValidatorTest;

/**
 * The process owner's whole cycle on the in-memory engine: a valid upload of each kind is deployed and listed with
 * its changes, invalid uploads deploy nothing (neither in the engine nor in the database), an earlier version is
 * deployed again as the newest, and a job that failed its retries is an incident that is retried once its cause
 * is fixed, after which the instance goes on.
 */
@SpringBootTest(properties = "uppdrag.demo.enabled=false")
@AutoConfigureMockMvc
@Import({ProcessOwnerFlowTest.FlakyWorker.class, FollowUpFixture.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessOwnerFlowTest {

    /** A worker whose cause of failure the test fixes. */
    @TestConfiguration
    public static class FlakyWorker {
        static final AtomicBoolean BROKEN = new AtomicBoolean(true);
        static final AtomicInteger CALLS = new AtomicInteger();

        @JobWorker(type = "test.flaky")
        public void work() {
            CALLS.incrementAndGet();
            if (BROKEN.get()) {
                throw new IllegalStateException("Tjänsten svarar inte");
            }
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamundaClient client;
    @Autowired
    ZeebeTestEngine embeddedZeebeEngine;
    @Autowired
    FollowUpFixture fixture;
    @Autowired
    StatusAggregation aggregation;
    @Autowired
    ReportingService reporting;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @BeforeEach
    void processOwner() {
        users.createIfMissing("processagare", "demo", "Processägare", null, null, Set.of(Role.PROCESS_OWNER));
        users.createIfMissing("samordnare", "demo", "Samordnare", null, null, Set.of(Role.COORDINATOR));
    }

    private static MockMultipartHttpServletRequestBuilder upload(String path, ModelFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(path);
        for (ModelFile file : files) {
            request.file(new MockMultipartFile("files", file.fileName(), "application/octet-stream", file.content()));
        }
        return request;
    }

    private long deployments() {
        return StreamSupport.stream(embeddedZeebeEngine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.DEPLOYMENT && r.getIntent() == DeploymentIntent.CREATED)
                .count();
    }

    private int recordedVersions() {
        return jdbc.queryForObject("select count(*) from model_version", Integer.class);
    }

    @Test
    @Order(1)
    void theApplicationsOwnFilesAreListedAsVersionOne() throws Exception {
        mvc.perform(get("/api/processes").with(httpBasic("processagare", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.resourceId == 'goal-status')].current.version").value(1))
                .andExpect(jsonPath("$[?(@.resourceId == 'goal-status')].current.origin").value("BUNDLED"))
                .andExpect(jsonPath("$[?(@.resourceId == 'reporting-period')].current.deployedBy")
                        .value("applikationen"))
                .andExpect(jsonPath("$[*].resourceId").value(hasItem("ks-approval")));
        mvc.perform(get("/api/processes").with(httpBasic("samordnare", "demo"))).andExpect(status().isForbidden());
    }

    @Test
    @Order(2)
    void aValidUploadOfEachKindIsDeployedAndListedWithItsChanges() throws Exception {
        ModelFile table = ModelValidatorTest.changed("goal-status.dmn",
                t -> t.replace("<text>&gt;= 0.8</text>", "<text>&gt;= 0.9</text>"));
        ModelFile form = ModelValidatorTest.changed("board-report.form",
                t -> t.replaceFirst("\"label\": \"([^\"]*)\"", "\"label\": \"$1 (ny)\""));
        ModelFile process = ModelValidatorTest.changed("reporting-period.bpmn",
                t -> t.replace("name=\"Publicera", "name=\"Publicera nu"));
        long before = deployments();
        mvc.perform(upload("/api/processes/validate", table, form, process).with(httpBasic("processagare", "demo")))
                .andExpect(status().isOk());
        assertThat(deployments()).as("validating deploys nothing").isEqualTo(before);

        mvc.perform(upload("/api/processes/deploy", table, form, process).with(httpBasic("processagare", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.version.resourceId == 'goal-status')].version.version").value(2))
                .andExpect(jsonPath("$[?(@.version.resourceId == 'goal-status')].changes[0].id")
                        .value("Rule_MostlyGreen"))
                .andExpect(jsonPath("$[?(@.version.resourceId == 'goal-status')].changes[0].change")
                        .value("CHANGED"))
                .andExpect(jsonPath("$[?(@.version.resourceId == 'reporting-period')].changes[0].id")
                        .value("Task_PublishPeriod"));
        assertThat(deployments()).isEqualTo(before + 1);

        mvc.perform(get("/api/processes").with(httpBasic("processagare", "demo")))
                .andExpect(jsonPath("$[?(@.resourceId == 'goal-status')].current.version").value(2))
                .andExpect(jsonPath("$[?(@.resourceId == 'goal-status')].current.origin").value("UPLOADED"))
                .andExpect(jsonPath("$[?(@.resourceId == 'board-report')].current.deployedBy").value("processagare"))
                .andExpect(jsonPath("$[?(@.resourceId == 'reporting-period')].current.version").value(2));
        mvc.perform(get("/processer/DECISION/goal-status").with(user("processagare").roles("PROCESS_OWNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ändrat: rule Rule_MostlyGreen")));
        mvc.perform(get("/processer/PROCESS/reporting-period").with(user("processagare").roles("PROCESS_OWNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Task_KsApproval")));
    }

    static List<org.junit.jupiter.params.provider.Arguments> invalidUploads() {
        return ModelValidatorTest.invalidUploads();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUploads")
    @Order(3)
    void anInvalidUploadDeploysNothing(String what, ModelFile file, String expected, Integer line) throws Exception {
        long engineBefore = deployments();
        int recordedBefore = recordedVersions();
        mvc.perform(upload("/api/processes/deploy", file).with(httpBasic("processagare", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.problems[*].message").value(hasItem(containsString(expected))));
        assertThat(deployments()).isEqualTo(engineBefore);
        assertThat(recordedVersions()).isEqualTo(recordedBefore);
    }

    @Test
    @Order(4)
    void anEarlierVersionIsDeployedAgainAsTheNewest() throws Exception {
        String original = jdbc.queryForObject("select content from model_version where resource_id = 'goal-status'"
                + " and version = 1", String.class);
        mvc.perform(post("/api/processes/DECISION/goal-status/versions/1/rollback")
                .with(httpBasic("processagare", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version.version").value(3))
                .andExpect(jsonPath("$.version.origin").value("ROLLBACK"))
                .andExpect(jsonPath("$.version.restoredFrom").value(1))
                .andExpect(jsonPath("$.changes[0].id").value("Rule_MostlyGreen"));
        assertThat(jdbc.queryForObject("select content from model_version where resource_id = 'goal-status'"
                + " and version = 3", String.class)).isEqualTo(original);
        mvc.perform(post("/api/processes/DECISION/goal-status/versions/1/rollback")
                .with(httpBasic("processagare", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("densamma som den gällande")));
    }

    @Test
    @Order(5)
    void aJobThatFailedItsRetriesIsAnIncidentRetriedAfterTheFix() throws Exception {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("test-flaky").startEvent()
                .serviceTask("Task_Flaky", task -> task.zeebeJobType("test.flaky").zeebeJobRetries("3"))
                .endEvent().done(), "test-flaky.bpmn").send().join();
        fixture.period(PeriodId.parse("2027-INTERIM_APRIL"), PeriodState.REPORTING, LocalDate.of(2027, 4, 20));
        long instance = client.newCreateInstanceCommand().bpmnProcessId("test-flaky").latestVersion()
                .variables(Map.of("periodId", "2027-INTERIM_APRIL")).send().join().getProcessInstanceKey();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            embeddedZeebeEngine.increaseTime(Duration.ofMinutes(5));
            return jdbc.queryForObject("select count(*) from job_failure where job_type = 'test.flaky'"
                    + " and retries_left = 0", Integer.class) == 1;
        });
        assertThat(FlakyWorker.CALLS.get()).isEqualTo(3);
        long incident = jdbc.queryForObject("select id from job_failure where job_type = 'test.flaky'"
                + " and retries_left = 0", Long.class);

        mvc.perform(get("/api/processes/incidents").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$[?(@.id == " + incident + ")].elementId").value("Task_Flaky"))
                .andExpect(jsonPath("$[?(@.id == " + incident + ")].message").value("Tjänsten svarar inte"));
        mvc.perform(get("/processer").with(user("processagare").roles("PROCESS_OWNER")))
                .andExpect(content().string(containsString("Task_Flaky")))
                .andExpect(content().string(containsString("Tjänsten svarar inte")));
        String periodPage = mvc.perform(get("/perioder/2027-INTERIM_APRIL").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(periodPage).contains("Task_Flaky", "Tjänsten svarar inte", "Försök igen");

        FlakyWorker.BROKEN.set(false);
        mvc.perform(post("/processer/incidenter/{id}/forsok-igen", incident).param("back", "/perioder/2027-INTERIM_APRIL")
                .with(user("samordnare").roles("COORDINATOR")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(30)).until(() -> completed(instance));
        assertThat(FlakyWorker.CALLS.get()).isEqualTo(4);
        mvc.perform(get("/api/processes/incidents").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$[?(@.id == " + incident + ")]").isEmpty());
    }

    /**
     * Issue 8, "a decided period never changes afterwards": a stricter goal-status table (every goal red) changes
     * the open period's proposal, while the imported 2025 period (decided and published) keeps its statuses and
     * its public pages byte for byte, even after an import's full refresh recomputed the periods.
     */
    @Test
    @Order(6)
    void aStricterGoalStatusTableChangesOpenPeriodsOnly() throws Exception {
        fixture.demo();
        PeriodId open = PeriodId.parse("2027-INTERIM_APRIL");
        fixture.period(open, PeriodState.REPORTING, LocalDate.of(2027, 4, 20));
        fixture.assessed("2025-T10", open, ReportStatus.GREEN_ON_TRACK, 2027);
        await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled);
        assertThat(proposals(open)).containsExactly(GoalStatus.GREEN);
        assertThat(proposals(FollowUpFixture.DEMO_PERIOD)).as("the demo period has goals the table could turn red")
                .isNotEmpty().doesNotContain(GoalStatus.RED);
        String rowsBefore = decidedRows();
        List<String> pagesBefore = publicPages();

        ModelFile stricter = ModelValidatorTest.changed("goal-status.dmn",
                t -> t.replace("<text>\"GREEN\"</text></outputEntry>", "<text>\"RED\"</text></outputEntry>")
                        .replace("<text>\"YELLOW\"</text></outputEntry>", "<text>\"RED\"</text></outputEntry>"));
        try {
            mvc.perform(upload("/api/processes/deploy", stricter).with(httpBasic("processagare", "demo")))
                    .andExpect(status().isCreated());
            // a full refresh (as after an import) and an event in the open period
            transactions.executeWithoutResult(s -> events.publishEvent(
                    new FollowUpImported(FollowUpFixture.DEMO_PERIOD)));
            fixture.assessed("2025-T10", open, ReportStatus.GREEN_ON_TRACK, 2028);
            await().atMost(Duration.ofSeconds(60)).until(() -> eventsHandled()
                    && proposals(open).equals(List.of(GoalStatus.RED)));

            assertThat(proposals(FollowUpFixture.DEMO_PERIOD)).doesNotContain(GoalStatus.RED);
            assertThat(decidedRows()).isEqualTo(rowsBefore);
            assertThat(publicPages()).isEqualTo(pagesBefore);
        } finally {
            int version = jdbc.queryForObject("select max(version) from model_version where resource_id = 'goal-status'",
                    Integer.class);
            if (version > 3) {
                mvc.perform(post("/api/processes/DECISION/goal-status/versions/1/rollback")
                        .with(httpBasic("processagare", "demo"))).andExpect(status().isCreated());
            }
        }
    }

    /**
     * The dry run of a stricter goal-status table shows which goals of the last closed period (the imported 2025
     * period) would change status, on a throw-away engine: the live engine and the database see nothing of it.
     */
    @Test
    @Order(7)
    void aDryRunOfAStricterTableShowsWhichGoalsChangeAndDeploysNothing() throws Exception {
        fixture.demo();
        ModelFile stricter = ModelValidatorTest.changed("goal-status.dmn",
                t -> t.replace("<text>\"GREEN\"</text></outputEntry>", "<text>\"RED\"</text></outputEntry>")
                        .replace("<text>\"YELLOW\"</text></outputEntry>", "<text>\"RED\"</text></outputEntry>"));
        long engineBefore = deployments();
        int recordedBefore = recordedVersions();
        int eventsBefore = jdbc.queryForObject("select count(*) from event_publication", Integer.class);
        String current = proposals(FollowUpFixture.DEMO_PERIOD).get(0).name();

        mvc.perform(upload("/api/processes/dry-run", stricter).with(httpBasic("processagare", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2025-INTERIM_AUGUST"))
                .andExpect(jsonPath("$.tables[0].decisionId").value("goal-status"))
                .andExpect(jsonPath("$.tables[0].goals[0].number").value(4))
                .andExpect(jsonPath("$.tables[0].goals[0].current").value(current))
                .andExpect(jsonPath("$.tables[0].goals[0].candidate").value("RED"))
                .andExpect(jsonPath("$.tables[0].goals[0].changed").value(true))
                .andExpect(jsonPath("$.tables[0].changes").value(1));
        String page = mvc.perform(multipart("/processer").file(new MockMultipartFile("files", stricter.fileName(),
                        "application/octet-stream", stricter.content())).param("action", "dry-run")
                        .with(user("processagare").roles("PROCESS_OWNER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Provkörning mot 2025-INTERIM_AUGUST", "1 förslag ändras", current, "RED");

        mvc.perform(upload("/api/processes/dry-run", ModelValidatorTest.bundled("board-report.form"))
                .with(httpBasic("processagare", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("bara beslutstabellerna")));
        mvc.perform(upload("/api/processes/dry-run", stricter).with(httpBasic("samordnare", "demo")))
                .andExpect(status().isForbidden());

        assertThat(deployments()).as("nothing deployed on the live engine").isEqualTo(engineBefore);
        assertThat(recordedVersions()).as("no version recorded").isEqualTo(recordedBefore);
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Integer.class))
                .as("no event published").isEqualTo(eventsBefore);
        assertThat(proposals(FollowUpFixture.DEMO_PERIOD).get(0).name()).isEqualTo(current);
    }

    /**
     * Issue 8's acceptance: the lifecycle without its reminder timer, dry-run over the imported 2025 period next to
     * the current version, shows the reminders the current version sends and the candidate does not; the
     * candidate breaks the contract, so it runs with warnings, while deploying it is still refused. Nothing of the
     * dry run reaches the live engine or the database: deployments, model versions, event publications, tasks,
     * notices and process links are the same before and after.
     */
    @Test
    @Order(8)
    void aDryRunOfTheLifecycleWithoutTheReminderShowsNoRemindersNextToTheCurrentVersion() throws Exception {
        fixture.demo();
        ModelFile withoutReminder = ModelValidatorTest.changed("assignment-lifecycle.bpmn",
                ProcessOwnerFlowTest::withoutReminderTimer);
        await().atMost(Duration.ofSeconds(60)).until(this::eventsHandled); // the demo's lifecycles have started
        long engineBefore = deployments();
        Map<String, Integer> rowsBefore = liveRows();

        mvc.perform(upload("/api/processes/dry-run", withoutReminder).with(httpBasic("processagare", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2025-INTERIM_AUGUST"))
                .andExpect(jsonPath("$.candidateFiles[0]").value("assignment-lifecycle.bpmn"))
                .andExpect(jsonPath("$.assignments").value(23))
                .andExpect(jsonPath("$.warnings[*].message").value(hasItem(containsString("Event_ReportReminder"))))
                .andExpect(jsonPath("$.reminders.current").value(org.hamcrest.Matchers.greaterThanOrEqualTo(23)))
                .andExpect(jsonPath("$.reminders.candidate").value(0))
                .andExpect(jsonPath("$.reminders.changed").value(true))
                .andExpect(jsonPath("$.escalations.changed").value(false))
                .andExpect(jsonPath("$.incidents.current").value(0))
                .andExpect(jsonPath("$.incidents.candidate").value(0))
                .andExpect(jsonPath("$.userTasks[?(@.elementId == 'Task_BoardReport')].changed").value(false))
                .andExpect(jsonPath("$.serviceTasks[?(@.elementId == 'Task_SendReminder')].candidate").value(0))
                .andExpect(jsonPath("$.userTasks[?(@.elementId == 'Task_KsApproval')].current").value(1))
                .andExpect(jsonPath("$.userTasks[?(@.elementId == 'Task_KsApproval')].candidate").value(1))
                .andExpect(jsonPath("$.endings[?(@.processId == 'reporting-period')].ending")
                        .value(hasItem(containsString("End_PeriodPublished"))));

        String page = mvc.perform(multipart("/processer").file(new MockMultipartFile("files",
                        withoutReminder.fileName(), "application/octet-stream", withoutReminder.content()))
                        .param("action", "dry-run").with(user("processagare").roles("PROCESS_OWNER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Provkörning av assignment-lifecycle.bpmn mot 2025-INTERIM_AUGUST",
                "Påminnelser skickade", "Påminn organisationen (assignment-lifecycle Task_SendReminder)",
                "en driftsättning skulle stoppas", "Avslutad: Uppföljningen publicerad (End_PeriodPublished)");

        mvc.perform(upload("/api/processes/deploy", withoutReminder).with(httpBasic("processagare", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].message").value(hasItem(containsString("Event_ReportReminder"))));

        assertThat(deployments()).as("nothing deployed on the live engine").isEqualTo(engineBefore);
        assertThat(liveRows()).as("nothing written to the database").isEqualTo(rowsBefore);
    }

    /** The lifecycle without the reminder timer on the board report and what it leads to. */
    static String withoutReminderTimer(String bpmn) {
        String result = bpmn;
        for (String element : List.of("boundaryEvent", "serviceTask", "endEvent")) {
            result = result.replaceAll("(?s)\\s*<bpmn:" + element + " id=\"(Event_ReportReminder|Task_SendReminder"
                    + "|End_ReminderSent)\".*?</bpmn:" + element + ">", "");
        }
        result = result.replaceAll("\\s*<bpmn:sequenceFlow id=\"Flow_Reminder(Due|Sent)\"[^>]*/>", "");
        result = result.replaceAll("(?s)\\s*<bpmndi:BPMN(Shape|Edge) id=\"[^\"]*\" bpmnElement=\""
                + "(Event_ReportReminder|Task_SendReminder|End_ReminderSent|Flow_ReminderDue|Flow_ReminderSent)\""
                + ".*?</bpmndi:BPMN(Shape|Edge)>", "");
        assertThat(result).doesNotContain("Reminder");
        return result;
    }

    private Map<String, Integer> liveRows() {
        Map<String, Integer> rows = new java.util.TreeMap<>();
        for (String table : List.of("model_version", "event_publication", "user_task", "notice", "process_link",
                "job_failure")) {
            rows.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return rows;
    }

    private boolean eventsHandled() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Integer.class) == 0;
    }

    private List<GoalStatus> proposals(PeriodId period) {
        return aggregation.rollup(period).orElseThrow().goals().stream().map(GoalRollup::proposedStatus).toList();
    }

    /** The imported period's stored rollup, every column, as text. */
    private String decidedRows() {
        long period = reporting.period(FollowUpFixture.DEMO_PERIOD).orElseThrow().getId();
        return jdbc.queryForList("select * from period_rollup where period_id = ?", period)
                + "" + jdbc.queryForList("select * from goal_rollup where period_rollup_id in (select id from"
                        + " period_rollup where period_id = ?) order by goal_id", period);
    }

    private List<String> publicPages() throws Exception {
        List<String> pages = new java.util.ArrayList<>();
        for (String path : List.of("/rapport/2025/interim_august", "/rapport/2025/interim_august/mal/4",
                "/api/public/rollups/2025/interim_august.json", "/api/public/rollups/2025/interim_august.csv")) {
            pages.add(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString());
        }
        return pages;
    }

    private boolean completed(long instance) {
        return StreamSupport.stream(embeddedZeebeEngine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.PROCESS_INSTANCE
                        && r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .map(r -> (ProcessInstanceRecordValue) r.getValue())
                .anyMatch(v -> v.getProcessInstanceKey() == instance && v.getBpmnElementType() == BpmnElementType.PROCESS);
    }
}

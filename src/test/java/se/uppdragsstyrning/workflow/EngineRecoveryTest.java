package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.camunda.client.CamundaClient;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.support.CycleApi;

/**
 * The engine loses every instance in the middle of a period (as an in-memory engine does when it restarts, or a
 * cluster restored from an old backup): the application restores each lifecycle and the period at the step the
 * database says, the open tasks stay under their old ids and are completable, the reports submitted before stay
 * submitted once, and the cycle goes on to kommunstyrelsen.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class EngineRecoveryTest {

    static final String PERIOD = "2026-INTERIM_AUGUST";
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    CamundaClient client;
    @Autowired
    ProcessLinkRepository links;
    @Autowired
    EngineRecovery recovery;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPeriodWhoseInstancesTheEngineLostIsRestoredAndFinishedUnderTheSameTaskIds() throws Exception {
        CycleApi api = new CycleApi(mvc, json);
        int expected = api.openPeriodAndAwaitTasks(2026, "INTERIM_AUGUST", PATIENCE);

        // half of the organisations report before the engine loses its state
        List<String> organisations = jdbc.queryForList(
                "select distinct organisation_code from user_task where organisation_code is not null"
                        + " order by organisation_code", String.class);
        Set<String> early = Set.copyOf(organisations.subList(0, organisations.size() / 2));
        int reportedBefore = 0;
        for (String code : early) {
            for (JsonNode task : api.tasks(CycleApi.secretary(code), "organisation")) {
                api.complete(CycleApi.secretary(code), task.get("id").asLong(),
                        CycleApi.boardReport("GREEN_ON_TRACK", code), status().isOk());
                reportedBefore++;
            }
        }
        final int submitted = reportedBefore;
        await().atMost(PATIENCE).until(() -> count("select count(*) from board_report br join reporting_period p"
                + " on p.id = br.period_id where p.period_year = 2026 and br.state = 'SUBMITTED'") == submitted);
        await().atMost(PATIENCE).until(() -> outstandingEvents() == 0);
        Map<Long, Long> openBefore = openTasks();
        String runBefore = jdbc.queryForObject("select id from engine_run order by started_at desc limit 1",
                String.class);

        links.findByEndedAtIsNullOrderByStartedAtDesc()
                .forEach(link -> client.newCancelInstanceCommand(link.getProcessInstanceKey()).send().join());
        int restored = recovery.check();

        long lifecycles = count("select count(*) from process_link where process_id = 'assignment-lifecycle'"
                + " and ended_at is null");
        assertThat(restored).isEqualTo(lifecycles + 1);
        System.out.printf("Återställning: %d instanser återställda, %d rapporter inlämnade före, %d uppgifter öppna%n",
                restored, submitted, openBefore.size());
        assertThat(jdbc.queryForObject("select id from engine_run order by started_at desc limit 1", String.class))
                .isNotEqualTo(runBefore);

        // every open task comes back to its own row under a new job of the new run: same ids, no new rows
        await().atMost(PATIENCE).until(() -> openTasks().entrySet().stream()
                .allMatch(task -> !task.getValue().equals(openBefore.get(task.getKey()))));
        assertThat(openTasks().keySet()).isEqualTo(openBefore.keySet());
        assertThat(count("select count(*) from user_task where state = 'ACTIVE' and engine_generation <> ?",
                currentRun())).isZero();
        assertThat(count("select count(*) from (select task_key from user_task group by task_key"
                + " having count(*) > 1) d")).isZero();
        assertThat(count("select count(*) from board_report br join reporting_period p on p.id = br.period_id"
                + " where p.period_year = 2026 and br.state = 'SUBMITTED'")).isEqualTo(submitted);

        // the rest report under the task ids they had before the loss, then the coordinator compiles
        for (String code : organisations) {
            if (early.contains(code)) {
                continue;
            }
            for (JsonNode task : api.tasks(CycleApi.secretary(code), "organisation")) {
                assertThat(openBefore).containsKey(task.get("id").asLong());
                api.complete(CycleApi.secretary(code), task.get("id").asLong(),
                        CycleApi.boardReport("GREEN_ON_TRACK", code), status().isOk());
            }
        }
        long compilations = count("select count(*) from (select assignment_ref from user_task"
                + " where form_id = 'board-report' group by assignment_ref having count(*) > 1) c");
        await().atMost(PATIENCE).until(() -> api.tasks("samordnare", "organisation").size() == compilations);
        for (JsonNode task : api.tasks("samordnare", "organisation")) {
            Map<String, Object> values = new HashMap<>();
            values.put("combinedStatus", "GREEN_ON_TRACK");
            values.put("combinedAssessment", "Sammanvägd bedömning av nämndernas och bolagens rapporter.");
            values.put("combinedEndYear", 2027);
            api.complete("samordnare", task.get("id").asLong(), values, status().isOk());
        }
        await().atMost(PATIENCE).until(() -> "KS_APPROVAL".equals(api.period(PERIOD).get("state").asText()));
        await().atMost(PATIENCE).until(() -> api.tasks("ks", "organisation").size() == 1);
        assertThat(count("select count(*) from board_report br join reporting_period p on p.id = br.period_id"
                + " where p.period_year = 2026 and br.state = 'SUBMITTED'")).isEqualTo(expected);
        assertThat(count("select count(*) from (select assignment_id, organisation_id, period_id from board_report"
                + " group by assignment_id, organisation_id, period_id having count(*) > 1) d")).isZero();
        assertThat(count("select count(*) from process_restoration")).isEqualTo(restored);
    }

    /** Open tasks by id, with their job keys. */
    private Map<Long, Long> openTasks() {
        return jdbc.queryForList("select id, job_key from user_task where state = 'ACTIVE'").stream()
                .collect(Collectors.toMap(row -> ((Number) row.get("id")).longValue(),
                        row -> row.get("job_key") == null ? -1L : ((Number) row.get("job_key")).longValue()));
    }

    private String currentRun() {
        return jdbc.queryForObject("select id from engine_run order by started_at desc limit 1", String.class);
    }

    private long outstandingEvents() {
        return count("select count(*) from event_publication where completion_date is null");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}

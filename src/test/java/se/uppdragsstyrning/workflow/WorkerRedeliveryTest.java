package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * Zeebe hands a job out at least once: every job type delivered a second time has one effect. The engine runs the
 * period as usual; the test delivers each job again, as a worker that crashed after doing its work and before the
 * engine heard of it would get it again, and counts what the job leaves behind.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class WorkerRedeliveryTest {

    static final String PERIOD = "2026-INTERIM_AUGUST";
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeriodWorkers periodWorkers;
    @Autowired
    AssignmentWorkers assignmentWorkers;
    @Autowired
    TaskOutcomes taskOutcomes;

    @Test
    void everyJobTypeDeliveredTwiceHasOneEffect() throws Exception {
        CycleApi api = new CycleApi(mvc, json);
        int expected = api.openPeriodAndAwaitTasks(2026, "INTERIM_AUGUST", PATIENCE);
        JsonNode period = api.period(PERIOD);
        String due = "2026-12-22T16:00+01:00";

        // period.open again: no second request reaches the lifecycles, no task twice
        periodWorkers.open(PERIOD, due, "2026-12-17T08:00+01:00", "2026-12-29T16:00+01:00");
        await().during(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> count("select count(*) from user_task")
                == expected);
        assertThat(count("select count(*) from (select task_key from user_task group by task_key"
                + " having count(*) > 1) d")).isZero();

        // task.remind and task.escalate: one notice per person
        for (int delivery = 0; delivery < 2; delivery++) {
            assignmentWorkers.remind("2025-34", PERIOD, "SCN", due);
            assignmentWorkers.escalate("2025-34", PERIOD, "SCN", due);
            periodWorkers.escalateCompilation(PERIOD);
        }
        assertThat(duplicates("notice", "dedupe_key, recipient")).isZero();
        assertThat(count("select count(*) from notice where dedupe_key like 'remind:2025-34@%'")).isPositive();
        assertThat(count("select count(*) from notice where dedupe_key like 'overdue:2025-34@%'")).isPositive();
        assertThat(count("select count(*) from notice where dedupe_key like 'compilation-overdue:%'")).isPositive();

        // assignment.transfer: the open task moves once
        long scnOpen = count("select count(*) from user_task where assignment_ref = '2025-34'"
                + " and organisation_code = 'SCN' and state = 'ACTIVE'");
        taskOutcomes.transfer("2025-34", "SCN", "KS");
        taskOutcomes.transfer("2025-34", "SCN", "KS");
        assertThat(count("select count(*) from user_task where assignment_ref = '2025-34'"
                + " and organisation_code = 'SCN' and state = 'ACTIVE'")).isZero();
        assertThat(count("select count(*) from user_task where assignment_ref = '2025-34'"
                + " and organisation_code = 'KS' and state = 'ACTIVE'")).isGreaterThanOrEqualTo(scnOpen);
        assertThat(duplicates("board_report", "assignment_id, organisation_id, period_id")).isZero();

        // assignment.reported: one assessment, not rewritten by the second delivery
        for (int delivery = 0; delivery < 2; delivery++) {
            assignmentWorkers.reported("2025-T1", PERIOD, List.of(Map.of("organisationCode", "KS")),
                    "GREEN_ON_TRACK", "Arbetet följer planen och beräknas bli klart 2027.", 2027);
        }
        assertThat(count("select count(*) from assignment_assessment a join assignment s on s.id = a.assignment_id"
                + " join reporting_period p on p.id = a.period_id where s.ref = '2025-T1' and p.period_year = 2026"))
                .isOne();
        assertThat(count("select a.version from assignment_assessment a join assignment s on s.id = a.assignment_id"
                + " join reporting_period p on p.id = a.period_id where s.ref = '2025-T1' and p.period_year = 2026"))
                .isZero();

        // period.aggregate, period.return, period.approve, period.publish: one state change, one rework round
        Map<String, Object> first = periodWorkers.aggregate(PERIOD);
        assertThat(periodWorkers.aggregate(PERIOD)).isEqualTo(first);
        Map<String, Object> returned = periodWorkers.returnAssignments(PERIOD, List.of("2025-T1"), "Komplettera.");
        assertThat(periodWorkers.returnAssignments(PERIOD, List.of("2025-T1"), "Komplettera.")).isEqualTo(returned);
        assertThat(count("select rework_round from reporting_period where period_year = 2026")).isOne();
        periodWorkers.approve(PERIOD, null);
        periodWorkers.approve(PERIOD, null);
        assertThat(jdbc.queryForObject("select state from reporting_period where period_year = 2026", String.class))
                .isEqualTo("APPROVED");
        periodWorkers.publish(PERIOD);
        periodWorkers.publish(PERIOD);
        assertThat(jdbc.queryForObject("select state from reporting_period where period_year = 2026", String.class))
                .isEqualTo("PUBLISHED");
        assertThat(count("select count(*) from process_link where process_id = 'reporting-period'"
                + " and ended_at is not null")).isOne();

        // assignment.close: closed once, one line of history
        assignmentWorkers.close("2025-T1", "DONE", null);
        assignmentWorkers.close("2025-T1", "DONE", null);
        assertThat(jdbc.queryForObject("select state from assignment where ref = '2025-T1'", String.class))
                .isEqualTo("CLOSED_DONE");
        assertThat(count("select count(*) from register_change where entity_ref = '2025-T1' and field = 'state'"))
                .isOne();
        assertThat(period.get("state").asText()).isEqualTo("REPORTING");
    }

    private long duplicates(String table, String columns) {
        return count("select count(*) from (select " + columns + " from " + table + " group by " + columns
                + " having count(*) > 1) d");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}

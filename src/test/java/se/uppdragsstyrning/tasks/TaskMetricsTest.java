package se.uppdragsstyrning.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox gauges an operator watches: open and overdue tasks per period and organisation. */
@TaskTest
class TaskMetricsTest {

    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TaskMetrics metrics;
    @Autowired
    MeterRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyInbox() {
        fixtures.reset();
    }

    @Test
    void openAndOverdueTasksAreCountedPerPeriodAndOrganisation() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        fixtures.task(TaskFixtures.FORM, "SCN", "2025-34", now.minusDays(1), Map.of());
        fixtures.task(TaskFixtures.FORM, "SCN", "2025-35", now.plusDays(7), Map.of());
        UserTask done = fixtures.task(TaskFixtures.FORM, "SCN", "2025-35", now.minusDays(2), Map.of());
        fixtures.task(TaskFixtures.FORM, "AMN", "2025-50", now.minusHours(1), Map.of());
        fixtures.task(TaskFixtures.FORM, "COORDINATOR", "2025-34", now.plusDays(3), Map.of());
        jdbc.update("update user_task set state = 'COMPLETED' where id = ?", done.getId());

        metrics.refresh();

        assertThat(gauge("uppdrag.tasks.open", "SCN")).isEqualTo(2);
        assertThat(gauge("uppdrag.tasks.overdue", "SCN")).isEqualTo(1);
        assertThat(gauge("uppdrag.tasks.open", "AMN")).isEqualTo(1);
        assertThat(gauge("uppdrag.tasks.overdue", "AMN")).isEqualTo(1);
        assertThat(gauge("uppdrag.tasks.open", "COORDINATOR")).as("a central task counts under its group")
                .isEqualTo(1);
        assertThat(gauge("uppdrag.tasks.overdue", "COORDINATOR")).isZero();
    }

    @Test
    void anOrganisationWithNothingLeftToDoDropsOutAtTheNextRefresh() {
        UserTask amn = fixtures.task(TaskFixtures.FORM, "AMN", "2025-50", OffsetDateTime.now(ZoneOffset.UTC),
                Map.of());
        metrics.refresh();
        assertThat(gauge("uppdrag.tasks.open", "AMN")).isEqualTo(1);

        jdbc.update("update user_task set state = 'CANCELLED' where id = ?", amn.getId());
        assertThat(gauge("uppdrag.tasks.open", "AMN")).as("a scrape reads the last refresh").isEqualTo(1);
        metrics.refresh();
        assertThat(registry.find("uppdrag.tasks.open").tag("organisation", "AMN").gauge()).isNull();
    }

    private double gauge(String name, String organisation) {
        return registry.get(name).tag("period", TaskFixtures.PERIOD).tag("organisation", organisation).gauge()
                .value();
    }
}

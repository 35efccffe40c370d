package se.uppdragsstyrning.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauges of the task inbox for operators: {@code uppdrag.tasks.open} (active tasks) and
 * {@code uppdrag.tasks.overdue} (active tasks past their due time), tagged {@code period} (e.g.
 * 2026-INTERIM_AUGUST, {@code none} for tasks outside a period) and {@code organisation} (the organisation
 * code, or the central group such as COORDINATOR or KS_APPROVER for tasks that belong to no organisation).
 * One grouped, read-only query every {@code uppdrag.metrics.task-gauges-refresh} (15 s): a scrape reads the
 * values of the last run and never touches the database. A period whose tasks are all done drops out.
 */
@Component
class TaskMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(TaskMetrics.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private MultiGauge open;
    private MultiGauge overdue;

    TaskMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Open and overdue tasks of one period and organisation. */
    record Count(String period, String organisation, long open, long overdue) {

        Tags tags() {
            return Tags.of("period", period, "organisation", organisation);
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        open = MultiGauge.builder("uppdrag.tasks.open")
                .description("Open tasks in the inbox, by period and organisation")
                .register(registry);
        overdue = MultiGauge.builder("uppdrag.tasks.overdue")
                .description("Open tasks past their due time, by period and organisation")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${uppdrag.metrics.task-gauges-refresh:PT15S}")
    void refresh() {
        if (open == null) {
            return;
        }
        try {
            List<Count> counts = counts(clock.instant());
            open.register(counts.stream().map(c -> MultiGauge.Row.of(c.tags(), c.open())).toList(), true);
            overdue.register(counts.stream().map(c -> MultiGauge.Row.of(c.tags(), c.overdue())).toList(), true);
        } catch (RuntimeException e) {
            log.warn("Uppgiftsmåtten kunde inte läsas: {}", e.getMessage());
        }
    }

    /** One query over the inbox: the active tasks grouped by period and organisation. */
    List<Count> counts(Instant now) {
        return jdbc.sql("""
                select coalesce(period_id, 'none') as period,
                       coalesce(organisation_code, candidate_group) as organisation,
                       count(*) as open_tasks,
                       sum(case when due_at < :now then 1 else 0 end) as overdue_tasks
                from user_task
                where state = 'ACTIVE'
                group by coalesce(period_id, 'none'), coalesce(organisation_code, candidate_group)
                order by 1, 2""")
                .param("now", Timestamp.from(now))
                .query((row, n) -> new Count(row.getString("period"), row.getString("organisation"),
                        row.getLong("open_tasks"), row.getLong("overdue_tasks")))
                .list();
    }
}

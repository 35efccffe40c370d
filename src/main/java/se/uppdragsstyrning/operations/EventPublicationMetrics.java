package se.uppdragsstyrning.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of the event publication registry: {@code uppdrag.events.incomplete} (publications whose listener has
 * not completed) and {@code uppdrag.events.incomplete.oldest} (seconds since the oldest of them was published,
 * 0 when there is none). One query, kept for 10 seconds, however often Prometheus scrapes.
 */
@Component
class EventPublicationMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMetrics.class);
    private static final Duration KEEP = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Snapshot last = new Snapshot(0, null, Instant.EPOCH);

    EventPublicationMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the registry held when it was last read. */
    record Snapshot(long incomplete, Instant oldest, Instant readAt) {

        double oldestAgeSeconds(Instant now) {
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("uppdrag.events.incomplete", this, metrics -> metrics.snapshot().incomplete())
                .description("Event publications whose listener has not completed (see /admin/handelser)")
                .register(registry);
        Gauge.builder("uppdrag.events.incomplete.oldest", this,
                metrics -> metrics.snapshot().oldestAgeSeconds(clock.instant()))
                .description("Seconds since the oldest incomplete event publication was published")
                .baseUnit("seconds")
                .register(registry);
    }

    Snapshot snapshot() {
        Snapshot snapshot = last;
        Instant now = clock.instant();
        if (Duration.between(snapshot.readAt(), now).compareTo(KEEP) < 0) {
            return snapshot;
        }
        try {
            snapshot = jdbc.sql("""
                    select count(*) as incomplete, min(publication_date) as oldest
                    from event_publication where completion_date is null""")
                    .query((row, n) -> {
                        OffsetDateTime oldest = row.getObject("oldest", OffsetDateTime.class);
                        return new Snapshot(row.getLong("incomplete"), oldest == null ? null : oldest.toInstant(),
                                now);
                    })
                    .single();
            last = snapshot;
        } catch (RuntimeException e) {
            log.warn("Händelseregistret kunde inte läsas för mätvärdena: {}", e.getMessage());
        }
        return snapshot;
    }
}

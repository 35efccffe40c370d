package se.uppdragsstyrning.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The event publications the registry holds as incomplete, for administrators: listed from the registry's table
 * (so that an event whose class no longer reads back still shows) and resubmitted through Spring Modulith's
 * {@link IncompleteEventPublications}. A resubmitted publication is delivered to its listener again; listeners
 * are idempotent, so one that had in fact done its work does nothing the second time.
 */
@Service
class EventPublications {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final Clock clock;

    EventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete, Clock clock) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.clock = clock;
    }

    /** Every incomplete publication, the oldest first. */
    @PreAuthorize("hasRole('ADMIN')")
    List<IncompletePublication> incomplete() {
        Instant now = clock.instant();
        return jdbc.sql("""
                select id, listener_id, event_type, publication_date from event_publication
                where completion_date is null order by publication_date, id""")
                .query((row, n) -> IncompletePublication.of(row.getObject("id", UUID.class),
                        row.getString("listener_id"), row.getString("event_type"),
                        instant(row.getObject("publication_date", OffsetDateTime.class)), now))
                .list();
    }

    /**
     * Resubmits every publication that is incomplete now.
     *
     * @return how many were handed to their listeners again
     */
    @PreAuthorize("hasRole('ADMIN')")
    int resubmitAll() {
        return resubmit(incomplete().stream().map(IncompletePublication::id).collect(Collectors.toSet()));
    }

    /**
     * Resubmits one publication, if it is still incomplete.
     *
     * @return 1 when it was handed to its listener again, 0 when it had completed meanwhile or is unknown
     */
    @PreAuthorize("hasRole('ADMIN')")
    int resubmit(UUID id) {
        boolean open = incomplete().stream().anyMatch(p -> p.id().equals(id));
        return open ? resubmit(Set.of(id)) : 0;
    }

    private int resubmit(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        log.info("En administratör skickar {} ofullbordade händelser igen", ids.size());
        incomplete.resubmitIncompletePublications(publication -> ids.contains(publication.getIdentifier()));
        return ids.size();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

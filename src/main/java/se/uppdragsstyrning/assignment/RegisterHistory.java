package se.uppdragsstyrning.assignment;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the history of changed register texts: every module records its changes here. */
@Component
public class RegisterHistory {

    private final RegisterChangeRepository changes;
    private final Clock clock;

    RegisterHistory(RegisterChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** Records the change when the value differs; returns whether it did. */
    @Transactional
    public boolean record(String entityType, String entityRef, String field, Object before, Object after,
            String source, String user) {
        String old = before == null ? null : before.toString();
        String now = after == null ? null : after.toString();
        if (Objects.equals(old, now)) {
            return false;
        }
        changes.save(new RegisterChange(entityType, entityRef, field, old, now, source, user, clock.instant()));
        return true;
    }

    @Transactional(readOnly = true)
    public List<RegisterChange> of(String entityType, String entityRef) {
        return changes.findByEntityTypeAndEntityRefOrderByChangedAtAscIdAsc(entityType, entityRef);
    }

    /** How many changes of the entry are recorded: a save that raised it changed something. */
    @Transactional(readOnly = true)
    public long count(String entityType, String entityRef) {
        return changes.countByEntityTypeAndEntityRef(entityType, entityRef);
    }
}

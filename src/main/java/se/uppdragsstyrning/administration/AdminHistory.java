package se.uppdragsstyrning.administration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/** Writes and reads the administration history; a field that did not change is not written. */
@Component
class AdminHistory {

    /** A change as pages and the API show it. */
    record Entry(Instant at, String by, String action, String before, String after) {
    }

    private final AdminChangeRepository changes;
    private final Clock clock;

    AdminHistory(AdminChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /** Records the change unless before and after are the same. */
    void record(String actor, AdminChange.Subject kind, String subject, String action, Object before, Object after) {
        String from = text(before);
        String to = text(after);
        if (!Objects.equals(from, to)) {
            changes.save(new AdminChange(clock.instant(), actor, kind, subject, action, from, to));
        }
    }

    List<Entry> of(AdminChange.Subject kind, String subject) {
        return changes.findBySubjectKindAndSubjectOrderByChangedAtDescIdDesc(kind, subject).stream()
                .map(c -> new Entry(c.getChangedAt(), c.getChangedBy(), c.getAction(), c.getBeforeValue(),
                        c.getAfterValue()))
                .toList();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Iterable<?> items
                ? String.join(", ", java.util.stream.StreamSupport.stream(items.spliterator(), false)
                        .map(String::valueOf).sorted().toList())
                : String.valueOf(value);
        return text.isEmpty() ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}

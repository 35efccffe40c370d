package se.uppdragsstyrning.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An event publication that its listener has not completed.
 *
 * @param id the publication's identifier in the registry
 * @param listener the listener's identifier as the registry stores it (class, method and parameter types)
 * @param eventType the event's class
 * @param publishedAt when the event was published (with the transaction that raised it)
 * @param ageSeconds how long ago, at the time of reading
 */
record IncompletePublication(UUID id, String listener, String eventType, Instant publishedAt, long ageSeconds) {

    static IncompletePublication of(UUID id, String listener, String eventType, Instant publishedAt, Instant now) {
        return new IncompletePublication(id, listener, eventType, publishedAt,
                Math.max(0, Duration.between(publishedAt, now).toSeconds()));
    }

    /** The listener as people read it: {@code NoticeDelivery.on}. */
    public String listenerName() {
        String withoutParameters = listener.contains("(") ? listener.substring(0, listener.indexOf('(')) : listener;
        int method = withoutParameters.lastIndexOf('.');
        int type = method > 0 ? withoutParameters.lastIndexOf('.', method - 1) : -1;
        return withoutParameters.substring(type + 1);
    }

    /** The event's class without its package: {@code NoticeCreated}. */
    public String eventName() {
        return eventType.substring(eventType.lastIndexOf('.') + 1);
    }

    public Age age() {
        return new Age(ageSeconds);
    }
}

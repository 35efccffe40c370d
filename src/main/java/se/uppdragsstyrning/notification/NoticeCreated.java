package se.uppdragsstyrning.notification;

/**
 * A notice was stored. Published in the storing transaction and kept by the event publication registry until
 * {@link NoticeDelivery} has mailed or logged the notice after the commit.
 */
record NoticeCreated(long noticeId) {
}

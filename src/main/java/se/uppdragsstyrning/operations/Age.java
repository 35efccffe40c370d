package se.uppdragsstyrning.operations;

import java.time.Duration;

/**
 * A span of time written as people read it on the page: the message key ({@code events.age.*}) and its
 * arguments, e.g. "3 min" or "2 h 5 min".
 */
record Age(long seconds) {

    static Age of(Duration duration) {
        return new Age(Math.max(0, duration.toSeconds()));
    }

    public String key() {
        if (seconds < 60) {
            return "events.age.seconds";
        }
        if (seconds < 3600) {
            return "events.age.minutes";
        }
        return seconds < 86400 ? "events.age.hours" : "events.age.days";
    }

    public Object[] args() {
        if (seconds < 60) {
            return new Object[] {seconds};
        }
        if (seconds < 3600) {
            return new Object[] {seconds / 60};
        }
        return seconds < 86400 ? new Object[] {seconds / 3600, seconds % 3600 / 60}
                : new Object[] {seconds / 86400, seconds % 86400 / 3600};
    }
}

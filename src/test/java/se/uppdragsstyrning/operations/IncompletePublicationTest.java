package se.uppdragsstyrning.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How the page names a publication's listener and event, and writes its age. */
class IncompletePublicationTest {

    @Test
    void listenerAndEventAreNamedWithoutPackages() {
        Instant now = Instant.parse("2026-09-10T10:00:00Z");
        IncompletePublication p = IncompletePublication.of(UUID.randomUUID(),
                "se.uppdragsstyrning.notification.NoticeDelivery.on(se.uppdragsstyrning.notification.NoticeCreated)",
                "se.uppdragsstyrning.notification.NoticeCreated", now.minusSeconds(125), now);
        assertThat(p.listenerName()).isEqualTo("NoticeDelivery.on");
        assertThat(p.eventName()).isEqualTo("NoticeCreated");
        assertThat(p.ageSeconds()).isEqualTo(125);
        assertThat(p.age().key()).isEqualTo("events.age.minutes");
        assertThat(p.age().args()).containsExactly(2L);
    }

    @Test
    void ageIsWrittenInTheLargestUnitThatFits() {
        assertThat(Age.of(Duration.ofSeconds(45)).args()).containsExactly(45L);
        assertThat(Age.of(Duration.ofSeconds(45)).key()).isEqualTo("events.age.seconds");
        assertThat(Age.of(Duration.ofMinutes(185)).key()).isEqualTo("events.age.hours");
        assertThat(Age.of(Duration.ofMinutes(185)).args()).containsExactly(3L, 5L);
        assertThat(Age.of(Duration.ofHours(50)).key()).isEqualTo("events.age.days");
        assertThat(Age.of(Duration.ofHours(50)).args()).containsExactly(2L, 2L);
        assertThat(Age.of(Duration.ofSeconds(-5)).args()).as("a clock a little ahead").containsExactly(0L);
    }
}

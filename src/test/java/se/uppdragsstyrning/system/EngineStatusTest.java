package se.uppdragsstyrning.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.DefaultHealthContributorRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The cached engine check behind the pages' notice: what counts as down, and how often it asks. */
class EngineStatusTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicReference<Supplier<Health>> answer = new AtomicReference<>(() -> Health.up().build());
    private EngineStatus status;

    @AfterEach
    void stop() {
        status.destroy();
    }

    @Test
    void downAndOutOfServiceAndAFailingCheckCountAsUnreachableButUnknownDoesNot() {
        status = status(Duration.ZERO);
        assertAfterCheck(Health.down().build(), true);
        assertAfterCheck(Health.up().build(), false);
        assertAfterCheck(Health.outOfService().build(), true);
        assertAfterCheck(Health.unknown().build(), false);
        answer.set(() -> {
            throw new IllegalStateException("ingen förbindelse");
        });
        int before = checks.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> status.unreachable() && checks.get() > before);
    }

    @Test
    void withinTheCacheTimeTheEngineIsAskedOnce() {
        status = status(Duration.ofHours(1));
        answer.set(() -> Health.down().build());
        await().atMost(Duration.ofSeconds(5)).until(status::unreachable);
        for (int i = 0; i < 50; i++) {
            assertThat(status.unreachable()).isTrue();
        }
        assertThat(checks.get()).isEqualTo(1);
    }

    private void assertAfterCheck(Health health, boolean unreachable) {
        answer.set(() -> health);
        int before = checks.get();
        await().atMost(Duration.ofSeconds(5)).until(() -> status.unreachable() == unreachable
                && checks.get() > before + 1);
    }

    private EngineStatus status(Duration cacheFor) {
        HealthIndicator indicator = () -> {
            checks.incrementAndGet();
            return answer.get().get();
        };
        return new EngineStatus(new DefaultHealthContributorRegistry(Map.<String, HealthContributor>of("zeebe",
                indicator)), "zeebe", cacheFor);
    }
}

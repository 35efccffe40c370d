package se.uppdragsstyrning.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.web.servlet.MockMvc;

import se.uppdragsstyrning.system.UserAccounts;

/**
 * Ready means ready: {@code /actuator/health/readiness} says OUT_OF_SERVICE while the demo data is read in, and the
 * application turns ready (ACCEPTING_TRAFFIC) only once the register and the demo users are in, so a load balancer
 * or {@code docker compose} never sends {@code samordnare} to an application that does not know her yet.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DemoReadinessTest.Watch.class)
class DemoReadinessTest {

    /** What start-up looked like at the moments that matter. */
    @TestConfiguration
    static class Watch {

        volatile Status readinessBeforeTheDemo;
        volatile Boolean coordinatorKnownWhenReady;
        volatile Boolean registerInWhenReady;

        @Bean
        Listener readinessListener(HealthEndpoint health, UserAccounts users) {
            return new Listener(this, health, users);
        }
    }

    static class Listener {
        private final Watch watch;
        private final HealthEndpoint health;
        private final UserAccounts users;

        Listener(Watch watch, HealthEndpoint health, UserAccounts users) {
            this.watch = watch;
            this.health = health;
            this.users = users;
        }

        /** Before the demo's own listener (which has the default, lowest order). */
        @EventListener(ApplicationReadyEvent.class)
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void beforeTheDemo() {
            watch.readinessBeforeTheDemo = health.healthForPath("readiness").getStatus();
        }

        @EventListener
        void readiness(AvailabilityChangeEvent<ReadinessState> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                watch.coordinatorKnownWhenReady = users.find("samordnare").isPresent();
                watch.registerInWhenReady = !users.all().isEmpty() && users.find("sekr-scn").isPresent();
            }
        }
    }

    @Autowired
    Watch watch;
    @Autowired
    MockMvc mvc;

    @Test
    void readinessIsUpOnlyOnceTheDemoDataAndItsUsersAreIn() throws Exception {
        assertThat(watch.readinessBeforeTheDemo).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(watch.coordinatorKnownWhenReady).isTrue();
        assertThat(watch.registerInWhenReady).isTrue();
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }
}

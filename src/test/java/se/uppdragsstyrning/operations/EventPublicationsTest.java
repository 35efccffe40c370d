package se.uppdragsstyrning.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event whose listener failed stays in the registry: administrators see it on /admin/handelser and under
 * /api/admin/event-publications, "Skicka igen" delivers it again, and so does the scheduled resubmission once
 * it is old enough. The probe listener runs synchronously after the commit, so that each step can be checked
 * as soon as it returns.
 */
@SpringBootTest(properties = {"uppdrag.demo.enabled=false", "uppdrag.events.resubmission.interval=PT1H"})
@AutoConfigureMockMvc
class EventPublicationsTest {

    /** The test's own event; the registry stores it as JSON and reads it back for a resubmission. */
    record Probe(String name) {
    }

    /** Fails while told to; remembers what it received. (A proxy stands for it: only methods reach it.) */
    static class ProbeListener {

        private volatile boolean failing = true;
        private final List<String> received = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(Probe probe) {
            received.add(probe.name());
            if (failing) {
                throw new IllegalStateException("mottagaren är borta");
            }
        }

        void failing(boolean failing) {
            this.failing = failing;
        }

        List<String> received() {
            return received;
        }
    }

    @TestConfiguration
    static class Listener {

        @Bean
        ProbeListener probeListener() {
            return new ProbeListener();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ProbeListener listener;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    EventPublications publications;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        listener.failing(true);
        listener.received().clear();
        jdbc.sql("delete from event_publication").update();
    }

    @Test
    void aFailedListenerIsShownToAdministratorsAndSentAgainWithTheButton() throws Exception {
        publish("kvartal-1");
        assertThat(listener.received()).containsExactly("kvartal-1");

        mvc.perform(get("/admin/handelser").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ProbeListener.on")))
                .andExpect(content().string(containsString("EventPublicationsTest$Probe")))
                .andExpect(content().string(containsString("Skicka igen alla (1)")))
                .andExpect(content().string(containsString(" s</td>")));
        mvc.perform(get("/api/admin/event-publications").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].listener", containsString("ProbeListener.on")))
                .andExpect(jsonPath("$[0].eventType").value(Probe.class.getName()))
                .andExpect(jsonPath("$[0].publishedAt").isNotEmpty());

        listener.failing(false);
        mvc.perform(post("/admin/handelser/skicka-igen").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(redirectedUrl("/admin/handelser"))
                .andExpect(flash().attribute("resubmitted", 1));
        assertThat(listener.received()).containsExactly("kvartal-1", "kvartal-1");
        mvc.perform(get("/admin/handelser").with(user("admin").roles("ADMIN")))
                .andExpect(content().string(containsString("Inga ofullbordade händelser")));
        mvc.perform(get("/api/admin/event-publications").with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void oneCanBeSentAgainAloneAndTheApiSaysHowMany() throws Exception {
        publish("a");
        publish("b");
        UUID first = publications("a");
        listener.failing(false);

        mvc.perform(post("/api/admin/event-publications/" + first + "/resubmit").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resubmitted").value(1));
        assertThat(listener.received()).containsExactly("a", "b", "a");
        mvc.perform(get("/api/admin/event-publications").with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[*].id", not(hasItem(first.toString()))));
        // already completed: nothing to send
        mvc.perform(post("/api/admin/event-publications/" + first + "/resubmit").with(user("admin").roles("ADMIN")))
                .andExpect(jsonPath("$.resubmitted").value(0));
        mvc.perform(post("/api/admin/event-publications/inte-ett-id/resubmit").with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("UUID")));
        mvc.perform(post("/admin/handelser/inte-ett-id/skicka-igen").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyAdministratorsSeeOrResubmitAndTheFormNeedsItsCsrfToken() throws Exception {
        publish("c");
        mvc.perform(get("/admin/handelser").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/event-publications").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/admin/event-publications/resubmit").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/event-publications")).andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/handelser/skicka-igen").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
        assertThat(listener.received()).containsExactly("c");
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void theServiceItselfRefusesOthersThanAdministrators() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publications.incomplete())
                .isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publications.resubmitAll())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theScheduleSendsAgainOnlyWhatIsOlderThanConfigured() {
        publish("d");
        listener.failing(false);

        new EventResubmission(incomplete, new EventResubmissionProperties(true, Duration.ofMinutes(1),
                Duration.ofHours(1))).resubmitOld();
        assertThat(listener.received()).as("younger than an hour: left alone").containsExactly("d");

        new EventResubmission(incomplete, new EventResubmissionProperties(false, Duration.ofMinutes(1),
                Duration.ZERO)).resubmitOld();
        assertThat(listener.received()).as("switched off").containsExactly("d");

        new EventResubmission(incomplete, new EventResubmissionProperties(true, Duration.ofMinutes(1),
                Duration.ZERO)).resubmitOld();
        assertThat(listener.received()).containsExactly("d", "d");
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theGaugesCountTheIncompleteAndAgeTheOldest() {
        assertThat(new EventPublicationMetrics(jdbc, java.time.Clock.systemUTC()).snapshot().incomplete()).isZero();
        publish("e");
        publish("f");
        EventPublicationMetrics.Snapshot snapshot = new EventPublicationMetrics(jdbc, java.time.Clock.systemUTC()).snapshot();
        assertThat(snapshot.incomplete()).isEqualTo(2);
        assertThat(snapshot.oldestAgeSeconds(java.time.Instant.now().plusSeconds(90))).isBetween(89.0, 120.0);

        listener.failing(false);
        incomplete.resubmitIncompletePublications(p -> true);
        assertThat(new EventPublicationMetrics(jdbc, java.time.Clock.systemUTC()).snapshot().incomplete()).isZero();
        assertThat(new EventPublicationMetrics(jdbc, java.time.Clock.systemUTC()).snapshot().oldestAgeSeconds(java.time.Instant.now())).isZero();
    }

    private void publish(String name) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new Probe(name)));
    }

    private UUID publications(String name) {
        return jdbc.sql("select id from event_publication where serialized_event like :name")
                .param("name", "%\"" + name + "\"%").query(UUID.class).single();
    }
}

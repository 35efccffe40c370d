package se.uppdragsstyrning.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When the engine's health component says it is down, the pages still open and say so in Swedish; once it
 * answers again the notice goes. The health component stands in for the engine here.
 */
@SpringBootTest(properties = {"uppdrag.demo.enabled=false", "uppdrag.engine.status-cache=PT0.1S"})
@AutoConfigureMockMvc
class EngineUnavailablePageTest {

    private static final String NOTICE = "Processmotorn svarar inte just nu.";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @MockitoBean(name = "zeebe")
    HealthIndicator engine;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void engineAnswers() {
        when(engine.health()).thenReturn(Health.up().build());
    }

    @Test
    void pagesSayTheEngineDoesNotAnswerAndStopSayingItWhenItAnswersAgain() throws Exception {
        mvc.perform(get("/notiser").with(user("sekr-scn").roles("SECRETARY")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(NOTICE))));

        when(engine.health()).thenReturn(Health.down().withDetail("error", "UNAVAILABLE").build());
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/notiser").with(user("sekr-scn").roles("SECRETARY")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(NOTICE)))
                .andExpect(content().string(containsString("Det du sparar finns kvar"))));
        mvc.perform(get("/mal").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(NOTICE)));
        mvc.perform(get("/rapport")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(NOTICE))));

        when(engine.health()).thenReturn(Health.up().build());
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/notiser").with(user("sekr-scn").roles("SECRETARY")))
                .andExpect(content().string(not(containsString(NOTICE)))));
    }
}

package se.uppdragsstyrning.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.notification.Notice;
import se.uppdragsstyrning.notification.NotificationService;
import se.uppdragsstyrning.reporting.Participant;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodService;
import se.uppdragsstyrning.support.CycleApi;

/**
 * The register's decisions with the engine, on the demo data (August 2025): an older follow-up (August 2023, made up
 * for the test: 20 budget assignments, 137 tasks if they still reported) read in after the newer one leaves a 2026
 * period with exactly the demo's 155 tasks; an assignment registered while that period reports is not in it until
 * the coordinator adds it, and then its tasks arrive at once; closing it cancels its open tasks, ends its lifecycle
 * and tells the organisations that held them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class RegisterCycleTest {

    static final String PERIOD = "2026-INTERIM_APRIL";
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    PeriodService periods;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOlderFollowUpDoesNotReportAgainAndARegisteredAssignmentJoinsAPeriodOnlyWhenAddedAndLeavesItWhenClosed()
            throws Exception {
        CycleApi api = new CycleApi(mvc, json);
        byte[] older = new ClassPathResource("followups/test-fokusmal4-2023-08.json").getContentAsByteArray();
        mvc.perform(post("/api/import").with(httpBasic("samordnare", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(older))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.assignments.created").value(20));

        assertThat(api.openPeriodAndAwaitTasks(2026, "INTERIM_APRIL", PATIENCE))
                .as("the demo's 155 tasks; the 2023 assignments end with 2024").isEqualTo(155);
        assertThat(jdbc.queryForObject("select count(*) from user_task where period_id = ? and assignment_ref like"
                + " '2023-%'", Integer.class, PERIOD)).isZero();

        String ref = json.readTree(mvc.perform(post("/api/assignments").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"goal": 4, "origin": "ADDITIONAL", "title": "Trygga skolvägar i alla stadsdelar",
                                 "responsible": ["KS", "SCN"],
                                 "decision": {"caseNumber": "KSN-2026-00412", "body": "KF", "date": "2026-01-26",
                                              "paragraph": "§12"}}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("ref").asText();
        assertThat(api.period(PERIOD).at("/progress/expected").asInt()).as("not in the period already reporting")
                .isEqualTo(155);
        assertThat(periods.participants(PeriodId.parse("2026-INTERIM_AUGUST")))
                .as("it takes part in the next period").filteredOn(p -> p.assignmentRef().equals(ref))
                .singleElement().extracting(Participant::organisationCodes).isEqualTo(List.of("KS", "SCN"));

        mvc.perform(post("/api/periods/" + PERIOD + "/assignments").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ref\": \"" + ref + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasksExpected").value(157));
        await().atMost(PATIENCE).until(() -> api.period(PERIOD).at("/progress/created").asInt() == 157);
        assertThat(tasksOf(api, "sekr-scn", ref)).hasSize(1);
        assertThat(tasksOf(api, "sekr-ks", ref)).hasSize(1);
        // added twice: refused, nothing more expected
        mvc.perform(post("/api/periods/" + PERIOD + "/assignments").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ref\": \"" + ref + "\"}"))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/api/assignments/" + ref + "/closure").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"NOT_CARRIED_OUT\", \"reason\": \"Uppdraget ingår i ett annat.\"}"))
                .andExpect(status().isOk());
        await().atMost(PATIENCE).until(() -> tasksOf(api, "sekr-scn", ref).isEmpty()
                && tasksOf(api, "sekr-ks", ref).isEmpty());
        assertThat(jdbc.queryForObject("select count(*) from user_task where assignment_ref = ? and state ="
                + " 'CANCELLED'", Integer.class, ref)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from process_link where business_ref = ? and ended_at is"
                + " not null", Integer.class, ref)).isEqualTo(1);
        assertThat(notifications.inbox("sekr-scn")).extracting(Notice::getSubject)
                .contains("Uppgiften för " + ref + " är avslutad");
        assertThat(periods.participants(PeriodId.parse("2026-INTERIM_AUGUST")))
                .noneMatch(p -> p.assignmentRef().equals(ref));
    }

    private static List<JsonNode> tasksOf(CycleApi api, String user, String ref) throws Exception {
        return api.tasks(user, "organisation").stream().filter(t -> t.get("assignmentRef").asText().equals(ref))
                .toList();
    }
}

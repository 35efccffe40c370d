package se.uppdragsstyrning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.support.CycleApi;

/**
 * The whole reporting cycle on the demo data, through the JSON API only, as the people would do it: the
 * coordinator opens "Delårsuppföljning per augusti 2026", every secretary reports on her organisation's tasks,
 * the coordinator compiles the assignments several organisations report on, kommunstyrelsen returns one
 * assignment, it is reworked, kommunstyrelsen approves, and the published follow-up shows what was reported.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingCycleEndToEndTest {

    static final String PERIOD = "2026-INTERIM_AUGUST";
    static final Duration PATIENCE = Duration.ofSeconds(120);
    /** What the boards report that differs from "on track, done in 2027". */
    static final Map<String, String> SPECIAL = Map.of("2025-T8", "YELLOW", "2025-T9", "YELLOW",
            "2025-T10", "GREEN_DONE");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    se.uppdragsstyrning.system.UserAccounts users;

    @Test
    @Order(1)
    void openingCreatesOneTaskPerActiveAssignmentAndResponsibleOrganisationAndReportingDrivesItToKs()
            throws Exception {
        JsonNode demo = json.readTree(new ClassPathResource("demo/uppsala-fokusmal4-2025-08.json").getInputStream());
        int organisations = demo.get("organisations").size();
        Map<String, Integer> expectedPerOrganisation = new LinkedHashMap<>();
        int expected = 0;
        int compilations = 0;
        StringBuilder how = new StringBuilder();
        for (JsonNode assignment : demo.get("assignments")) {
            String status = assignment.at("/report/status").asText();
            if (status.equals("GREEN_DONE") || status.equals("RED")) {
                continue; // closed by the approved 2025 report: leaves the task list
            }
            List<String> reporters = new ArrayList<>();
            assignment.get("responsible").forEach(r -> reporters.add(r.asText()));
            if (reporters.equals(List.of("ALL"))) {
                reporters.clear();
                demo.get("organisations").forEach(o -> reporters.add(o.get("code").asText()));
            }
            reporters.forEach(code -> expectedPerOrganisation.merge(code, 1, Integer::sum));
            expected += reporters.size();
            compilations += reporters.size() > 1 ? 1 : 0;
            how.append(assignment.get("ref").asText()).append('=').append(reporters.size()).append(' ');
        }
        System.out.printf("Förväntat: %d rapporteringsuppgifter (aktiva uppdrag × ansvariga; ALL = %d organisationer): %s%n",
                expected, organisations, how.toString().trim());

        LocalDate due = LocalDate.now().plusDays(20);
        long start = System.nanoTime();
        mvc.perform(post("/api/periods").with(httpBasic("samordnare", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year": 2026, "kind": "INTERIM_AUGUST", "reportDue": "%s", "compilationDue": "%s",
                                 "ksDue": "%s", "reminderDays": 5}""".formatted(due, due.plusDays(7), due.plusDays(14))))
                .andExpect(status().isCreated());
        final int expectedTasks = expected;
        JsonNode period = await("alla uppgifter skapade", () -> {
            JsonNode p = getJson("samordnare", "/api/periods/" + PERIOD);
            return p.at("/progress/created").asInt() == expectedTasks ? p : null;
        });
        long opened = System.nanoTime();
        assertThat(period.at("/progress/expected").asInt()).isEqualTo(expected);
        System.out.printf("Öppning: %d uppgifter skapade på %d ms%n", expected, (opened - start) / 1_000_000);

        // each secretary sees exactly her organisation's tasks
        for (Map.Entry<String, Integer> entry : expectedPerOrganisation.entrySet()) {
            List<JsonNode> tasks = tasks(secretary(entry.getKey()), "organisation");
            assertThat(tasks).as(entry.getKey()).hasSize(entry.getValue())
                    .allSatisfy(t -> assertThat(t.get("organisationCode").asText()).isEqualTo(entry.getKey()));
        }

        int reported = 0;
        for (String code : expectedPerOrganisation.keySet()) {
            for (JsonNode task : tasks(secretary(code), "organisation")) {
                String ref = task.get("assignmentRef").asText();
                complete(secretary(code), task, boardReport(SPECIAL.getOrDefault(ref, "GREEN_ON_TRACK"), code));
                reported++;
            }
        }
        assertThat(reported).isEqualTo(expected);
        final int compilationTasks = compilations;
        List<JsonNode> compilationsToDo = await("sammanställningsuppgifter", () -> {
            List<JsonNode> tasks = tasks("samordnare", "organisation");
            return tasks.size() == compilationTasks ? tasks : null;
        });
        for (JsonNode task : compilationsToDo) {
            JsonNode detail = getJson("samordnare", "/api/tasks/" + task.get("id").asLong());
            complete("samordnare", task, Map.of("combinedStatus", detail.at("/values/combinedStatus").asText(),
                    "combinedAssessment", "Sammanvägd bedömning av nämndernas och bolagens rapporter.",
                    "combinedEndYear", 2027));
        }
        await("perioden hos kommunstyrelsen", () -> "KS_APPROVAL".equals(
                getJson("samordnare", "/api/periods/" + PERIOD).get("state").asText()) ? true : null);
        await("KS-uppgiften", () -> tasks("ks", "organisation").size() == 1 ? true : null);
        System.out.printf("Rapportering: %d rapporter och %d sammanställningar på %d ms%n", reported,
                compilationTasks, (System.nanoTime() - opened) / 1_000_000);
    }

    @Test
    @Order(2)
    void kommunstyrelsenReturnsOneAssignmentThenApprovesAndTheFollowUpIsPublished() throws Exception {
        JsonNode rollup = getJson("ks", "/api/rollups?period=" + PERIOD).at("/goals/0");
        assertThat(rollup.get("total").asInt()).isEqualTo(22);
        assertThat(rollup.at("/byStatus/YELLOW").asInt()).isEqualTo(2);
        assertThat(rollup.at("/byStatus/GREEN_DONE").asInt()).isEqualTo(1);

        // the coordinator's analysis follows the computed summary on the published page; counts are refused
        mvc.perform(put("/api/periods/" + PERIOD + "/goals/4/analysis").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Arbetet går bra.\\n\\nElva uppdrag blir klara 2026.\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.startsWith(
                        "Stycke 2 anger antal uppdrag.")));
        mvc.perform(put("/api/periods/" + PERIOD + "/goals/4/analysis").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Trygghetsarbetet bedrivs i bred samverkan med polisen.\"}"))
                .andExpect(status().isNoContent());

        // kommunstyrelsen's page shows the rollup and every assignment; a return without choices is refused
        String ksPage = mvc.perform(get("/ks/" + PERIOD).with(user(ks()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(ksPage).contains("Av kommunfullmäktiges totalt 22 uppdrag").contains("value=\"2025-T9\"");
        assertThat(mvc.perform(post("/ks/" + PERIOD).with(user(ks())).with(csrf()).param("decision", "RETURN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Det finns 2 fel att rätta").contains("Välj de uppdrag som ska återremitteras.");

        decide("""
                {"decision": "RETURN", "assignments": ["2025-T9"], "comment": "Beskriv vad som försenar utredningen."}""",
                status().isAccepted());
        JsonNode rework = await("återremitterad uppgift", () -> {
            List<JsonNode> tasks = tasks("sekr-ks", "organisation");
            return tasks.size() == 1 ? tasks.get(0) : null;
        });
        assertThat(rework.get("assignmentRef").asText()).isEqualTo("2025-T9");
        JsonNode reworkDetail = getJson("sekr-ks", "/api/tasks/" + rework.get("id").asLong());
        assertThat(reworkDetail.get("returnComment").asText()).isEqualTo("Beskriv vad som försenar utredningen.");
        assertThat(reworkDetail.at("/values/status").asText()).isEqualTo("YELLOW");
        String reworkPage = mvc.perform(get("/uppgifter/" + rework.get("id").asLong())
                        .with(user(users.loadUserByUsername("sekr-ks"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reworkPage).contains("ert bolag (KS) i Delårsuppföljning per augusti 2026.")
                .contains("Beskriv vad som försenar utredningen.");
        complete("sekr-ks", rework, boardReport("GREEN_ON_TRACK", "KS"));

        await("KS-uppgiften igen", () -> tasks("ks", "organisation").size() == 1 ? true : null);
        decide("""
                {"decision": "APPROVE", "assignments": [], "comment": "Godkänd."}""", status().isAccepted());
        await("publicerad", () -> "PUBLISHED".equals(
                getJson("samordnare", "/api/periods/" + PERIOD).get("state").asText()) ? true : null);

        JsonNode decisions = getJson("ks", "/api/periods/" + PERIOD + "/decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("decision").asText()).isEqualTo("RETURN");
        assertThat(decisions.get(0).get("decidedBy").asText()).isEqualTo("ks");
        assertThat(decisions.get(0).get("assessedVersions").asText()).contains("2025-T9=");
        assertThat(decisions.get(1).get("decision").asText()).isEqualTo("APPROVE");
        assertThat(decisions.get(1).get("sourceVersion").asText())
                .isNotEqualTo(decisions.get(0).get("sourceVersion").asText());

        JsonNode published = json.readTree(mvc.perform(get("/api/public/rollups/2026/INTERIM_AUGUST.json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        System.out.println("Publicerat: " + published.toString().substring(0, Math.min(600, published.toString().length())));
        String page = mvc.perform(get("/rapport/2026/INTERIM_AUGUST/mal/4")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Gul. Försenat/inte påbörjat.")
                .contains("Av kommunfullmäktiges totalt 22 uppdrag inom fokusmålet pågår 20 enligt plan, ett är försenat"
                        + " och ett är slutfört.");
        assertThat(page).contains("Trygghetsarbetet bedrivs i bred samverkan med polisen.");
        mvc.perform(put("/api/periods/" + PERIOD + "/goals/4/analysis").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Ändrad i efterhand.\"}"))
                .andExpect(status().isBadRequest());
        JsonNode approved = getJson("ks", "/api/rollups?period=" + PERIOD).at("/goals/0");
        assertThat(approved.at("/byStatus/YELLOW").asInt()).isEqualTo(1);
        assertThat(approved.at("/byStatus/GREEN_ON_TRACK").asInt()).isEqualTo(20);
        assertThat(approved.at("/byStatus/GREEN_DONE").asInt()).isEqualTo(1);
        assertThat(approved.get("trend").asText()).isEqualTo("oförändrad");

        // the done assignment is closed by its lifecycle and leaves later periods
        await("uppdraget avslutat", () -> "CLOSED_DONE".equals(
                getJson("samordnare", "/api/assignments/2025-T10").get("state").asText()) ? true : null);
    }

    private org.springframework.security.core.userdetails.UserDetails ks() {
        return users.loadUserByUsername("ks");
    }

    private void decide(String body, ResultMatcher expected) throws Exception {
        api().decide(PERIOD, body, expected);
    }

    private static Map<String, Object> boardReport(String status, String code) {
        return CycleApi.boardReport(status, code);
    }

    private void complete(String user, JsonNode task, Map<String, Object> values) throws Exception {
        api().complete(user, task.get("id").asLong(), values, status().isOk());
    }

    private List<JsonNode> tasks(String user, String view) throws Exception {
        return api().tasks(user, view);
    }

    private JsonNode getJson(String user, String path) throws Exception {
        return api().getJson(user, path);
    }

    private CycleApi api() {
        return new CycleApi(mvc, json);
    }

    static String secretary(String code) {
        return CycleApi.secretary(code);
    }

    interface Check<T> {
        T get() throws Exception;
    }

    private static <T> T await(String what, Check<T> check) {
        AtomicReference<T> result = new AtomicReference<>();
        Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> {
            result.set(check.get());
            return result.get() != null;
        });
        return result.get();
    }
}

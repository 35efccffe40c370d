package se.uppdragsstyrning.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.Participant;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodKind;
import se.uppdragsstyrning.reporting.PeriodService;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * The coordinator keeps the register from decisions: registering (API and page, the import's checks for one
 * assignment), changing with history, closing, budget years with carried-over, renewed and ended assignments, and
 * decision links. Without the engine's part (that is {@code RegisterCycleTest}). Each test runs in a transaction that
 * is rolled back, so that the register the other tests of this context build is left as they made it.
 */
@SpringBootTest(properties = "uppdrag.demo.enabled=false")
@AutoConfigureMockMvc
@Transactional
class RegisterDecisionsTest {

    static final int GOAL = 7;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AssignmentService assignments;
    @Autowired
    PeriodService periods;
    @Autowired
    ReportingService reporting;
    @Autowired
    UserAccounts users;

    @BeforeEach
    void register() {
        organisations.upsert("KS", "Kommunstyrelsen", OrganisationKind.BOARD);
        organisations.upsert("SCN", "Socialnämnden", OrganisationKind.BOARD);
        organisations.upsert("UHEM", "Uppsalahem AB", OrganisationKind.COMPANY);
        if (assignments.goal(GOAL).isEmpty()) {
            assignments.saveGoal(GOAL, "Ett testmål för registreringen", List.of(), "TEST", "test");
        }
        users.createIfMissing("samordnare", "demo", "Samordnare", null, null, Set.of(Role.COORDINATOR));
        users.createIfMissing("sekr-scn", "demo", "Sekreterare", null, "SCN", Set.of(Role.SECRETARY));
        users.createIfMissing("admin", "demo", "Admin", null, null, Set.of(Role.ADMIN));
    }

    static String additional(String title) {
        return """
                {"goal": %d, "origin": "ADDITIONAL", "title": "%s", "responsible": ["KS", "SCN"],
                 "concerned": ["UHEM"],
                 "decision": {"caseNumber": "KSN-2026-00412", "body": "KF", "date": "2026-03-02",
                              "paragraph": "§41", "title": "Svar på motion om trygga skolvägar"}}"""
                .formatted(GOAL, title);
    }

    JsonNode send(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        String body = mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString();
        return body.isEmpty() ? null : json.readTree(body);
    }

    String registered(String body) throws Exception {
        return send(post("/api/assignments").with(httpBasic("samordnare", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body), 201).get("ref").asText();
    }

    @Test
    void anAssignmentRegisteredFromADecisionAnswers201WithItsAddressAndTakesPartInTheNextPeriod() throws Exception {
        var result = mvc.perform(post("/api/assignments").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(additional("Trygga skolvägar i alla stadsdelar")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.origin").value("ADDITIONAL"))
                .andExpect(jsonPath("$.budgetYear").value(2026))
                .andReturn();
        String ref = json.readTree(result.getResponse().getContentAsString()).get("ref").asText();
        assertThat(ref).matches("2026-T\\d+");
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/assignments/" + ref);

        mvc.perform(get("/api/assignments/" + ref).with(httpBasic("samordnare", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responsible", containsInAnyOrder("KS", "SCN")))
                .andExpect(jsonPath("$.concerned", containsInAnyOrder("UHEM")))
                .andExpect(jsonPath("$.decision.caseNumber").value("KSN-2026-00412"));
        // the next period of its year expects a task for each responsible organisation
        assertThat(periods.participants(new PeriodId(2026, PeriodKind.ANNUAL)))
                .filteredOn(p -> p.assignmentRef().equals(ref)).singleElement()
                .extracting(Participant::organisationCodes).asList().containsExactlyInAnyOrder("KS", "SCN");
        // but not in a period of a year before its decision
        assertThat(periods.participants(new PeriodId(2025, PeriodKind.ANNUAL)))
                .noneMatch(p -> p.assignmentRef().equals(ref));
    }

    @Test
    void aRegistrationWithSixMistakesIsRefusedListingAllSixAndStoresNothing() throws Exception {
        int before = assignments.assignments().size();
        String body = """
                {"goal": 999, "number": 0, "origin": "BUDGT", "title": "",
                 "responsible": ["XYZ"],
                 "decision": {"caseNumber": "KSN-2026-1", "body": "KF", "date": "2026-13-01", "paragraph": "§1"}}""";
        mvc.perform(post("/api/assignments").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.problems", hasSize(6)))
                .andExpect(jsonPath("$.problems[*].path", containsInAnyOrder("$.goal", "$.number", "$.origin",
                        "$.title", "$.responsible[0]", "$.decision.date")))
                .andExpect(jsonPath("$.problems[?(@.path == '$.goal')].message").value("Mål 999 finns varken i"
                        + " filens mål eller i registret."));
        assertThat(assignments.assignments()).hasSize(before);
    }

    @Test
    void aDecisionsOwnFactsAreRequiredAndARefIsNotTakenTwice() throws Exception {
        String ref = registered(additional("Ett uppdrag som bara får registreras en gång"));
        mvc.perform(post("/api/assignments").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"ref": "%s", "goal": %d, "origin": "BUDGET", "title": "Utan år och nummer",
                                 "responsible": ["ALL"], "report": {"status": "YELLOW"}}""".formatted(ref, GOAL)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].path", containsInAnyOrder("$.ref", "$.budgetYear", "$.number",
                        "$.report")));
        mvc.perform(post("/api/assignments").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"goal": %d, "origin": "ADDITIONAL", "title": "Utan beslut",
                                 "responsible": ["KS"]}""".formatted(GOAL)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].path", containsInAnyOrder("$.decision.caseNumber",
                        "$.decision.body", "$.decision.date", "$.decision.paragraph")));
    }

    @Test
    void onlyTheCoordinatorRegisters() throws Exception {
        mvc.perform(post("/api/assignments").with(httpBasic("sekr-scn", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(additional("Får inte registreras")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aChangeIsKeptInTheHistoryWithWhoWhenBeforeAndAfterAndShownOnThePage() throws Exception {
        String ref = registered(additional("Trygga skolvägar"));
        mvc.perform(put("/api/assignments/" + ref).with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(additional("Trygga och upplysta skolvägar")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Trygga och upplysta skolvägar"));
        mvc.perform(get("/api/assignments/" + ref).with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$.history", hasSize(1)))
                .andExpect(jsonPath("$.history[0].field").value("title"))
                .andExpect(jsonPath("$.history[0].oldValue").value("Trygga skolvägar"))
                .andExpect(jsonPath("$.history[0].newValue").value("Trygga och upplysta skolvägar"))
                .andExpect(jsonPath("$.history[0].changedBy").value("samordnare"))
                .andExpect(jsonPath("$.history[0].source").value("REGISTER"))
                .andExpect(jsonPath("$.history[0].changedAt").isNotEmpty());
        mvc.perform(get("/uppdrag/" + ref).with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trygga och upplysta skolvägar")))
                .andExpect(content().string(containsString("<td>Trygga skolvägar</td>")))
                .andExpect(content().string(containsString("<td>Titel</td>")))
                .andExpect(content().string(not(containsString("<td>title</td>"))));
        // a change that names another ref is refused
        mvc.perform(put("/api/assignments/" + ref).with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(additional("x").replace("{\"goal\"", "{\"ref\": \"annat\", \"goal\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("$.ref"));
    }

    @Test
    void closingAsNotCarriedOutNeedsItsReasonAndClosesOnce() throws Exception {
        String ref = registered(additional("Ett uppdrag som inte genomförs"));
        mvc.perform(post("/api/assignments/" + ref + "/closure").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"NOT_CARRIED_OUT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("reason"));
        mvc.perform(post("/api/assignments/" + ref + "/closure").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"NOT_CARRIED_OUT\", \"reason\": \"Motionen drogs tillbaka.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CLOSED_NOT_CARRIED_OUT"))
                .andExpect(jsonPath("$.closedReason").value("Motionen drogs tillbaka."));
        mvc.perform(post("/api/assignments/" + ref + "/closure").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"DONE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("Uppdraget är redan avslutat."));
        assertThat(periods.participants(new PeriodId(2026, PeriodKind.ANNUAL)))
                .noneMatch(p -> p.assignmentRef().equals(ref));
        assertThat(assignments.assignment(ref)).isPresent(); // closed, never deleted
    }

    @Test
    void theRegistrationPageShowsEveryProblemBesideItsFieldAndStoresNothing() throws Exception {
        int before = assignments.assignments().size();
        mvc.perform(post("/uppdrag/ny").with(user("samordnare").roles("COORDINATOR")).with(csrf())
                        .param("goal", String.valueOf(GOAL)).param("origin", "ADDITIONAL").param("title", "")
                        .param("responsible", "KS").param("decisionDate", "2026-02-30")
                        .param("number", "tolv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-fel\"")))
                .andExpect(content().string(containsString("id=\"number-fel\"")))
                .andExpect(content().string(containsString("id=\"decisionDate-fel\"")))
                .andExpect(content().string(containsString("id=\"decisionCaseNumber-fel\"")))
                .andExpect(content().string(containsString("Ange en titel.")))
                .andExpect(content().string(containsString("Nummer i budgeten: skriv ett heltal, till exempel 12.")))
                .andExpect(content().string(containsString("Beslutsdatum: Ogiltigt datum ”2026-02-30”")))
                .andExpect(content().string(containsString("Diarienummer: Ange beslutets diarienummer")))
                .andExpect(content().string(containsString("href=\"#decisionDate\"")))
                .andExpect(content().string(not(containsString("Fältet"))))
                .andExpect(content().string(containsString("value=\"tolv\"")));
        assertThat(assignments.assignments()).hasSize(before);

        mvc.perform(post("/uppdrag/ny").with(user("samordnare").roles("COORDINATOR")).with(csrf())
                        .param("goal", String.valueOf(GOAL)).param("origin", "BUDGET").param("budgetYear", "2027")
                        .param("number", "12").param("title", "Ett budgetuppdrag från sidan")
                        .param("responsibleAll", "true"))
                .andExpect(redirectedUrl("/uppdrag/2027-12"));
        assertThat(assignments.assignment("2027-12")).get().extracting(Assignment::isResponsibleAll)
                .isEqualTo(true);
    }

    /**
     * A new budget year: one assignment carried over, one renewed under a new number, one ended, the rest carried
     * over. A period of the new year expects exactly the tasks those decisions leave, and the renewed assignment's
     * page shows the reports of both years.
     */
    @Test
    void aNewBudgetYearCarriesOverRenewsAndEndsAndTheNextPeriodExpectsExactlyWhatThatImplies() throws Exception {
        int year = 2040;
        String carried = registered(budget(year - 1, 901, "[\"KS\", \"SCN\"]"));
        String renewed = registered(budget(year - 1, 902, "[\"SCN\", \"UHEM\"]"));
        String ended = registered(budget(year - 1, 903, "[\"ALL\"]"));
        PeriodId next = new PeriodId(year, PeriodKind.INTERIM_APRIL);
        int expectedBefore = tasks(periods.participants(next));
        int all = organisations.active().size();

        reporting.recordHistoricalAssessment(assignments.assignment(renewed).orElseThrow(),
                reporting.historicalPeriod(new PeriodId(year - 1, PeriodKind.ANNUAL)).orElseThrow(),
                ReportStatus.YELLOW, "Försenat men på väg: arbetet fortsätter nästa år.", year, "Årsredovisning");

        List<String> decisions = new ArrayList<>();
        for (Assignment a : assignments.unfinishedBefore(year)) {
            String decision = a.getRef().equals(renewed) ? "RENEWED" : a.getRef().equals(ended) ? "ENDED"
                    : "CARRIED_OVER";
            decisions.add("{\"ref\": \"%s\", \"decision\": \"%s\"%s}".formatted(a.getRef(), decision,
                    decision.equals("RENEWED") ? ", \"newNumber\": 34" : ""));
        }
        mvc.perform(post("/api/budget-years").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": %d, \"decisions\": [%s]}".formatted(year, String.join(",", decisions))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.year").value(year))
                .andExpect(jsonPath("$.decisions[?(@.ref == '" + renewed + "')].newRef").value(year + "-34"));

        String newRef = year + "-34";
        List<Participant> after = periods.participants(next);
        assertThat(after).extracting(Participant::assignmentRef).contains(carried, newRef)
                .doesNotContain(renewed, ended);
        assertThat(tasks(after)).as("the ended one's %d tasks leave; the renewed one's move to its new ref", all)
                .isEqualTo(expectedBefore - all);
        assertThat(assignments.assignment(carried).orElseThrow().getOrigin().name()).isEqualTo("CARRIED_OVER");
        assertThat(assignments.assignment(newRef).orElseThrow().getContinuesRef()).isEqualTo(renewed);
        // the earlier year still has its assignments
        assertThat(periods.participants(new PeriodId(year - 1, PeriodKind.ANNUAL))).extracting(
                Participant::assignmentRef).contains(carried, renewed, ended).doesNotContain(newRef);

        reporting.recordHistoricalAssessment(assignments.assignment(newRef).orElseThrow(),
                reporting.historicalPeriod(new PeriodId(year, PeriodKind.INTERIM_AUGUST)).orElseThrow(),
                ReportStatus.GREEN_ON_TRACK, "Enligt plan under det nya numret.", year + 1, "Delår augusti");
        mvc.perform(get("/uppdrag/" + newRef).with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Uppdraget över åren")))
                .andExpect(content().string(containsString("Årsredovisning " + (year - 1))))
                .andExpect(content().string(containsString("Delårsuppföljning per augusti " + year)))
                .andExpect(content().string(containsString("/uppdrag/" + renewed)));
        mvc.perform(get("/uppdrag/" + renewed).with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("<td>Förnyat som</td>")))
                .andExpect(content().string(not(containsString("<td>renewedAs</td>"))));

        // a budget year that leaves one out, or repeats itself, is refused with every problem
        mvc.perform(post("/api/budget-years").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\": %d, \"decisions\": []}"
                                .formatted(year)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("Budgetåret " + year + " är redan registrerat."));
    }

    @Test
    void aBudgetYearWithoutADecisionForEveryUnfinishedAssignmentIsRefused() throws Exception {
        String ref = registered(budget(2049, 1, "[\"KS\"]"));
        String undecided = registered(budget(2049, 2, "[\"SCN\"]"));
        mvc.perform(post("/api/budget-years").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"year": 2050, "decisions": [{"ref": "%s", "decision": "RENEWED"},
                                 {"ref": "finns-inte", "decision": "ENDED"}]}""".formatted(ref)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[?(@.path == 'decisions[0].newNumber')]").exists())
                .andExpect(jsonPath("$.problems[?(@.path == 'decisions[1].ref')].message")
                        .value("Uppdraget finns-inte finns inte."))
                .andExpect(jsonPath("$.problems[?(@.path == 'decisions')].message", org.hamcrest.Matchers.hasItem(
                        "Beslut saknas för Uppdrag 2 (" + undecided + "): Uppdrag 2 i budget 2049")));
        assertThat(assignments.budgetYears()).noneMatch(b -> b.getYear() == 2050);
    }

    @Test
    void aDecisionReferenceBecomesALinkWhenItsPrefixHasAPattern() throws Exception {
        String ref = registered(additional("Ett uppdrag med en länk till beslutet"));
        mvc.perform(get("/uppdrag/" + ref).with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(not(containsString("Öppna ärendet"))));
        mvc.perform(post("/admin/beslutslankar").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("prefix", "KSN-", "DIA-").param("urlPattern", "https://diarium.kommun.example/arende/{nummer}",
                                "ftp://fel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"urlPattern1-fel\"")));
        mvc.perform(post("/admin/beslutslankar").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("prefix", "KSN-").param("urlPattern", "https://diarium.kommun.example/arende/{nummer}"))
                .andExpect(redirectedUrl("/admin/beslutslankar"));
        mvc.perform(get("/uppdrag/" + ref).with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString(
                        "href=\"https://diarium.kommun.example/arende/KSN-2026-00412\"")));
        mvc.perform(get("/admin/beslutslankar").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
    }

    /**
     * The import takes {@code continues}: a later year's assignment under a new number ends the one it continues and
     * its page shows both; an older year's follow-up read afterwards does not make its assignments report later.
     */
    @Test
    void anImportedAssignmentContinuesAnEarlierOneAndAnOlderFileReadLaterEndsBeforeTheNewerYear() throws Exception {
        importFile(2044, """
                {"ref": "2044-1", "goal": %d, "number": 1, "origin": "BUDGET", "title": "Trygga parker",
                 "responsible": ["KS"], "report": {"status": "YELLOW", "assessment": "Försenat.",
                 "estimatedEndYear": 2046}}""".formatted(GOAL));
        importFile(2045, """
                {"ref": "2045-9", "goal": %d, "number": 9, "origin": "BUDGET", "title": "Trygga parker och torg",
                 "continues": "2044-1", "responsible": ["KS"], "report": {"status": "GREEN_ON_TRACK",
                 "assessment": "Enligt plan.", "estimatedEndYear": 2046}}""".formatted(GOAL));
        assertThat(assignments.assignment("2044-1").orElseThrow().getLastYear()).isEqualTo(2044);
        mvc.perform(get("/uppdrag/2045-9").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("Årsredovisning 2044")))
                .andExpect(content().string(containsString("Årsredovisning 2045")));

        importFile(2043, """
                {"ref": "2043-7", "goal": %d, "number": 7, "origin": "BUDGET", "title": "Ett äldre uppdrag",
                 "responsible": ["SCN"], "report": {"status": "GREEN_ON_TRACK", "assessment": "Enligt plan.",
                 "estimatedEndYear": 2047}}""".formatted(GOAL));
        assertThat(periods.participants(new PeriodId(2046, PeriodKind.INTERIM_APRIL)))
                .extracting(Participant::assignmentRef).contains("2045-9").doesNotContain("2044-1", "2043-7");
    }

    void importFile(int year, String assignment) throws Exception {
        mvc.perform(post("/api/import").with(httpBasic("samordnare", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"schemaVersion": 1, "period": {"year": %d, "kind": "ANNUAL"},
                                 "assignments": [%s]}""".formatted(year, assignment)))
                .andExpect(status().isOk());
    }

    static String budget(int year, int number, String responsible) {
        return """
                {"goal": %d, "origin": "BUDGET", "budgetYear": %d, "number": %d,
                 "title": "Uppdrag %d i budget %d", "responsible": %s}""".formatted(GOAL, year, number, number, year,
                responsible);
    }

    static int tasks(List<Participant> participants) {
        return participants.stream().mapToInt(p -> p.organisationCodes().size()).sum();
    }
}

package se.uppdragsstyrning.register;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.uppdragsstyrning.assignment.AssignmentData;
import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.assignment.GoalSection;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodKind;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/** The register's pages and JSON API over a small register built through the services. */
@SpringBootTest(properties = "uppdrag.demo.enabled=false")
@AutoConfigureMockMvc
class RegisterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReportingService reporting;
    @Autowired
    UserAccounts users;

    @BeforeEach
    void register() {
        if (assignments.assignment("2025-34").isPresent()) {
            return;
        }
        Organisation ks = organisations.upsert("KS", "Kommunstyrelsen", OrganisationKind.BOARD);
        Organisation scn = organisations.upsert("SCN", "Socialnämnden", OrganisationKind.BOARD);
        organisations.upsert("UHEM", "Uppsalahem AB", OrganisationKind.COMPANY);
        assignments.saveGoal(4, "Uppsala ska bli tryggare med jämlika livsvillkor",
                List.of(new GoalSection("Tryggheten och jämlikheten", "Trygghet är en rättighet.")), "TEST", "test");
        assignments.saveAssignment(new AssignmentData("2025-34", 4, 34, AssignmentOrigin.BUDGET,
                "Förebygg ungdomsbrottslighet", null, true, List.of(), List.of(), null), "TEST", "test");
        assignments.saveAssignment(new AssignmentData("2025-T1", 4, null, AssignmentOrigin.ADDITIONAL,
                "Handlingsplaner mot våld i nära relationer", "Ur programmet", false, List.of(scn), List.of(),
                new DecisionReference("KSN-2022-01332", "KF", LocalDate.of(2022, 9, 19), "§320",
                        "Revidering av program mot våld i nära relationer")), "TEST", "test");
        assignments.saveAssignment(new AssignmentData("2025-T2", 4, null, AssignmentOrigin.ADDITIONAL,
                "Trygghetscentral", null, false, List.of(ks), List.of(), null), "TEST", "test");
        assignments.transfer("2025-T1", scn, ks, LocalDate.of(2025, 3, 1), "KSN-2025-00001",
                "Kommunstyrelsen tar över ansvaret", "samordnare");
        ReportingPeriod august = reporting.historicalPeriod(new PeriodId(2025, PeriodKind.INTERIM_AUGUST)).orElseThrow();
        reporting.recordHistoricalAssessment(assignments.assignment("2025-34").orElseThrow(), august,
                ReportStatus.GREEN_ON_TRACK, "Uppdraget pågår. <script>alert(1)</script>", 2027,
                "Rapportering augusti 2025");
        reporting.recordHistoricalAssessment(assignments.assignment("2025-T1").orElseThrow(), august,
                ReportStatus.GREEN_DONE, "Uppdraget är färdigt.", 2025, "Rapportering augusti 2025");
        users.createIfMissing("samordnare", "demo", "Samordnare", null, null, Set.of(Role.COORDINATOR));
    }

    @Test
    void assignmentsApiFiltersByOrganisationStatusAndPeriod() throws Exception {
        mvc.perform(get("/api/assignments").with(httpBasic("samordnare", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.ref=='2025-34')].responsible[0]").value("ALL"));
        // T1 moved from SCN to KS: SCN is no longer involved, but "all" still includes SCN
        mvc.perform(get("/api/assignments?organisation=SCN").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$[*].ref").value(contains("2025-34")));
        mvc.perform(get("/api/assignments?organisation=KS&status=GREEN_DONE&period=2025-INTERIM_AUGUST")
                        .with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$[*].ref").value(contains("2025-T1")))
                .andExpect(jsonPath("$[0].latest.estimatedEndYear").value(2025));
    }

    @Test
    void badFiltersGetSwedishMessages() throws Exception {
        mvc.perform(get("/api/assignments?status=BLUE").with(httpBasic("samordnare", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("Okänd status")));
        mvc.perform(get("/api/assignments?period=2025-SUMMER").with(httpBasic("samordnare", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("Okänd periodtyp")));
        mvc.perform(get("/api/assignments/2099-1").with(httpBasic("samordnare", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.problems[0].message").value("Uppdraget 2099-1 finns inte"));
    }

    @Test
    void assignmentDetailKeepsTransferAsHistory() throws Exception {
        mvc.perform(get("/api/assignments/2025-T1").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$.responsible").value(contains("KS")))
                .andExpect(jsonPath("$.decision.caseNumber").value("KSN-2022-01332"))
                .andExpect(jsonPath("$.transfers[0].from").value("SCN"))
                .andExpect(jsonPath("$.transfers[0].to").value("KS"))
                .andExpect(jsonPath("$.assessments[0].statusText").value("Grön. Uppdraget är slutfört."));
    }

    @Test
    void goalsAndOrganisationsApi() throws Exception {
        mvc.perform(get("/api/goals").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$[0].number").value(4))
                .andExpect(jsonPath("$[0].assignments").value(3))
                .andExpect(jsonPath("$[0].description[0].heading").value("Tryggheten och jämlikheten"));
        mvc.perform(get("/api/organisations").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.code=='UHEM')].kind").value("COMPANY"));
    }

    @Test
    void transferIsCheckedAndKeptAsHistory() throws Exception {
        mvc.perform(post("/api/assignments/2025-T1/transfers").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"from": "SCN", "to": "XYZ"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.length()").value(3))
                .andExpect(jsonPath("$.problems[*].message").value(containsInAnyOrder(
                        "Okänd organisation: XYZ", "Socialnämnden är inte ansvarig för uppdraget.",
                        "Ange från vilket datum den nya organisationen är ansvarig.")));
        mvc.perform(post("/api/assignments/2025-T1/transfers").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].path").value(contains("from", "to", "effectiveDate")))
                .andExpect(jsonPath("$.problems[*].message").value(contains(
                        "Ange vilken organisation som lämnar ansvaret.", "Ange vilken organisation som tar över ansvaret.",
                        "Ange från vilket datum den nya organisationen är ansvarig.")));
        mvc.perform(post("/api/assignments/2025-34/transfers").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"from": "KS", "to": "SCN", "effectiveDate": "2025-06-01"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("Alla nämnder och bolag")));
        mvc.perform(post("/api/assignments/2025-T2/transfers").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"from": "KS", "to": "UHEM", "effectiveDate": "2025-10-01", "note": "Bolaget tar över"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.from").value("KS"))
                .andExpect(jsonPath("$.to").value("UHEM"));
        mvc.perform(get("/api/assignments/2025-T2").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$.responsible").value(contains("UHEM")))
                .andExpect(jsonPath("$.transfers.length()").value(1));
    }

    @Test
    void onlyCoordinatorsMoveResponsibility() throws Exception {
        users.createIfMissing("sekr-ks", "demo", "Sekreterare KS", null, "KS", Set.of(Role.SECRETARY));
        mvc.perform(post("/api/assignments/2025-T1/transfers").with(httpBasic("sekr-ks", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void apiNeedsLogin() throws Exception {
        mvc.perform(get("/api/assignments")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/assignments").with(httpBasic("samordnare", "fel"))).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesShowGoalAssignmentAndOrganisationWithEscapedText() throws Exception {
        mvc.perform(get("/mal").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fokusmål 4. Uppsala ska bli tryggare")))
                .andExpect(content().string(containsString("3 uppdrag")));
        mvc.perform(get("/mal/4").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("Alla nämnder och bolag")))
                .andExpect(content().string(containsString("status-GREEN_DONE")));
        mvc.perform(get("/uppdrag/2025-34").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/uppdrag/2025-T1").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("från Socialnämnden till Kommunstyrelsen")))
                .andExpect(content().string(containsString("KSN-2022-01332")));
        mvc.perform(get("/organisationer/KS").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("Tillkommande uppdrag")));
        mvc.perform(get("/uppdrag/2099-1").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Sidan finns inte")));
    }

    @Test
    void pagesNeedLogin() throws Exception {
        mvc.perform(get("/mal")).andExpect(status().is3xxRedirection());
    }
}

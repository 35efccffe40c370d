package se.uppdragsstyrning.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.AssignmentData;
import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/** Opening a period: who must report, every mistake listed, and the announcement the workflow starts on. */
@SpringBootTest(properties = "uppdrag.demo.enabled=false")
@AutoConfigureMockMvc
@RecordApplicationEvents
@Transactional
class PeriodOpeningTest {

    static final LocalDate DUE = LocalDate.now().plusDays(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    PeriodService periods;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AssignmentService assignments;
    @Autowired
    UserAccounts users;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void register() {
        Organisation ks = organisations.upsert("KS", "Kommunstyrelsen", OrganisationKind.BOARD);
        Organisation scn = organisations.upsert("SCN", "Socialnämnden", OrganisationKind.BOARD);
        Organisation uhem = organisations.upsert("UHEM", "Uppsalahem AB", OrganisationKind.COMPANY);
        organisations.upsert("OSN", "Omsorgsnämnden", OrganisationKind.BOARD);
        organisations.setActive("OSN", false);
        assignments.saveGoal(4, "Tryggare", List.of(), "TEST", "test");
        // all active organisations: KS, SCN, UHEM (OSN is inactive) → 3 tasks
        assignments.saveAssignment(data("2025-34", true, List.of(), null), "TEST", "test");
        // two named → 2 tasks
        assignments.saveAssignment(data("2025-37", false, List.of(ks, uhem), null), "TEST", "test");
        // decided in November 2026: after August 2026, so it does not take part
        assignments.saveAssignment(data("2026-T1", false, List.of(scn),
                new DecisionReference("KSN-2026-1", "KF", LocalDate.of(2026, 11, 2), null, "Motion")), "TEST", "test");
        // closed: leaves the task list
        assignments.saveAssignment(data("2025-T5", false, List.of(ks), null), "TEST", "test");
        assignments.close("2025-T5", se.uppdragsstyrning.assignment.AssignmentState.CLOSED_DONE, null, "test");
        users.createIfMissing("samordnare", "demo", "Samordnare", null, null, Set.of(Role.COORDINATOR));
        users.createIfMissing("sekr-scn", "demo", "Sekreterare SCN", null, "SCN", Set.of(Role.SECRETARY));
    }

    private static AssignmentData data(String ref, boolean all, List<Organisation> responsible,
            DecisionReference decision) {
        return new AssignmentData(ref, 4, null, AssignmentOrigin.BUDGET, "Uppdrag " + ref, null, all, responsible,
                List.of(), decision);
    }

    @Test
    void participantsAreActiveAssignmentsDecidedBeforeThePeriodWithTheirReportingOrganisations() {
        List<Participant> participants = periods.participants(new PeriodId(2026, PeriodKind.INTERIM_AUGUST));
        assertThat(participants).extracting(Participant::assignmentRef).containsExactly("2025-34", "2025-37");
        assertThat(participants.get(0).organisationCodes()).containsExactlyInAnyOrder("KS", "SCN", "UHEM");
        assertThat(periods.participants(new PeriodId(2026, PeriodKind.ANNUAL)))
                .extracting(Participant::assignmentRef).contains("2026-T1");
    }

    @Test
    void openingStoresThePeriodAndAnnouncesItWithStaggeredDueTimes() {
        ReportingPeriod period = periods.open(new OpenPeriodRequest(2026, "INTERIM_AUGUST", DUE, DUE.plusDays(7),
                DUE.plusDays(14), 5), "samordnare");
        assertThat(period.getTasksExpected()).isEqualTo(5);
        assertThat(period.getState()).isEqualTo(PeriodState.OPENING);
        PeriodOpened opened = events.stream(PeriodOpened.class).findFirst().orElseThrow();
        assertThat(opened.period()).isEqualTo(new PeriodId(2026, PeriodKind.INTERIM_AUGUST));
        assertThat(opened.reportDueAt().toLocalDate()).isEqualTo(DUE);
        assertThat(opened.reportDueAt().getHour()).isEqualTo(16);
        assertThat(opened.reminderAt().toLocalDate()).isEqualTo(DUE.minusDays(5));
        assertThat(opened.reminderAt().getHour()).isEqualTo(8);
        assertThat(opened.compilationDueAt()).isAfter(opened.reportDueAt());
        assertThat(opened.ksDueAt()).isAfter(opened.compilationDueAt());
    }

    @Test
    void everyMistakeIsListedAndNothingIsOpened() throws Exception {
        mvc.perform(post("/api/periods").with(httpBasic("samordnare", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year": 1999, "kind": "SUMMER", "reportDue": "2020-01-01",
                                 "compilationDue": "2019-12-01", "reminderDays": 90}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.length()").value(6))
                .andExpect(jsonPath("$.problems[?(@.path=='kind')].message").value(
                        org.hamcrest.Matchers.contains(containsString("Okänd periodtyp"))))
                .andExpect(jsonPath("$.problems[?(@.path=='ksDue')].message").value(
                        org.hamcrest.Matchers.contains("Ange dag för kommunstyrelsens beslut.")));
        assertThat(events.stream(PeriodOpened.class)).isEmpty();
        mvc.perform(get("/api/periods").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theSamePeriodCannotBeOpenedTwice() {
        OpenPeriodRequest request = new OpenPeriodRequest(2026, "INTERIM_AUGUST", DUE, DUE.plusDays(7),
                DUE.plusDays(14), 5);
        periods.open(request, "samordnare");
        try {
            periods.open(request, "samordnare");
        } catch (ProblemsException e) {
            assertThat(e.problems()).extracting(p -> p.message())
                    .containsExactly("Delårsuppföljning per augusti 2026 finns redan.");
            return;
        }
        throw new AssertionError("opened twice");
    }

    @Test
    void aPeriodCannotOpenWhileItsAssignmentsStillReportInAnEarlierOne() {
        periods.open(new OpenPeriodRequest(2026, "INTERIM_APRIL", DUE, DUE.plusDays(7), DUE.plusDays(14), 5),
                "samordnare");

        assertThatThrownBy(() -> periods.open(new OpenPeriodRequest(2026, "INTERIM_AUGUST", DUE, DUE.plusDays(7),
                DUE.plusDays(14), 5), "samordnare"))
                .isInstanceOfSatisfying(ProblemsException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.message()).containsExactly("Delårsuppföljning per augusti 2026 kan inte"
                                + " öppnas medan Delårsuppföljning per april 2026 pågår: uppdragen rapporteras där"
                                + " fortfarande. Öppna perioden när kommunstyrelsen har godkänt Delårsuppföljning per"
                                + " april 2026."));
        assertThat(events.stream(PeriodOpened.class)).hasSize(1);
    }

    @Test
    void theTasksThatHaveNotArrivedAreListedAndCanBeAskedForAgain() {
        ReportingPeriod period = periods.open(new OpenPeriodRequest(2026, "INTERIM_AUGUST", DUE, DUE.plusDays(7),
                DUE.plusDays(14), 5), "samordnare");
        assertThat(periods.missingTasks(period)).as("while opening nothing is missing yet").isEmpty();
        period.moveTo(PeriodState.REPORTING);

        assertThat(periods.missingTasks(period)).extracting(m -> m.assignmentRef() + "/" + m.organisationCode())
                .containsExactly("2025-34/KS", "2025-34/SCN", "2025-34/UHEM", "2025-37/KS", "2025-37/UHEM");
        assertThat(periods.repair(period.periodId(), "samordnare")).isEqualTo(5);
        assertThat(events.stream(PeriodRepairRequested.class)).containsExactly(new PeriodRepairRequested(
                "2026-INTERIM_AUGUST", List.of("2025-34", "2025-37"), "samordnare"));
    }

    @Test
    void apiOpensForCoordinatorsOnlyAndShowsProgress() throws Exception {
        String body = """
                {"year": 2026, "kind": "INTERIM_AUGUST", "reportDue": "%s", "compilationDue": "%s",
                 "ksDue": "%s", "reminderDays": 3}""".formatted(DUE, DUE.plusDays(7), DUE.plusDays(14));
        mvc.perform(post("/api/periods").with(httpBasic("sekr-scn", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/periods").with(httpBasic("samordnare", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("2026-INTERIM_AUGUST"))
                .andExpect(jsonPath("$.progress.expected").value(5))
                .andExpect(jsonPath("$.progress.created").value(0));
        mvc.perform(get("/api/periods/2026-INTERIM_AUGUST").with(httpBasic("samordnare", "demo")))
                .andExpect(jsonPath("$.reminderDays").value(3));
    }

    @Test
    void formShowsEveryErrorAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/perioder/ny").with(user("samordnare").roles("COORDINATOR")).with(csrf())
                        .param("year", "2026").param("kind", "INTERIM_AUGUST")
                        .param("reportDue", DUE.toString()).param("compilationDue", DUE.minusDays(1).toString())
                        .param("ksDue", "").param("reminderDays", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Det finns 2 fel att rätta")))
                .andExpect(content().string(containsString("Sammanställningen ska vara klar efter")))
                .andExpect(content().string(containsString("id=\"compilationDue-fel\"")))
                .andExpect(content().string(containsString("value=\"" + DUE + "\"")));
        mvc.perform(post("/perioder/ny").with(user("samordnare").roles("COORDINATOR")).with(csrf())
                        .param("year", "2026").param("kind", "INTERIM_AUGUST")
                        .param("reportDue", DUE.toString()).param("compilationDue", DUE.plusDays(7).toString())
                        .param("ksDue", DUE.plusDays(14).toString()).param("reminderDays", "5"))
                .andExpect(redirectedUrl("/perioder/2026-INTERIM_AUGUST"));
        mvc.perform(get("/perioder/2026-INTERIM_AUGUST").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("0 av 5 rapporteringsuppgifter skapade")))
                .andExpect(content().string(containsString("http-equiv=\"refresh\"")))
                .andExpect(content().string(containsString("Analys per mål")))
                .andExpect(content().string(containsString("id=\"analysis-4\"")));
    }

    @Test
    void formNeedsCsrfToken() throws Exception {
        mvc.perform(post("/perioder/ny").with(user("samordnare").roles("COORDINATOR")).param("year", "2026"))
                .andExpect(status().isForbidden());
    }
}

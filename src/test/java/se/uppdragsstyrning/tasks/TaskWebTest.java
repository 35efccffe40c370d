package se.uppdragsstyrning.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.uppdragsstyrning.system.CurrentUser;

/** The Swedish task list and task page as a secretary uses them. */
@TaskTest
class TaskWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskFixtures fixtures;

    @Autowired
    TaskCommands commands;

    @Autowired
    FakeTaskEngine engine;

    CurrentUser sara;

    @BeforeEach
    void emptyInbox() {
        fixtures.reset();
        sara = fixtures.user("sekr-scn");
    }

    @Test
    void theListHasItsThreeSectionsAndMarksOverdueTasksInWords() throws Exception {
        UserTask overdue = fixtures.task(TaskFixtures.FORM, "SCN", "2025-35", OffsetDateTime.now().minusDays(1), Map.of());
        UserTask mine = fixtures.boardReport("SCN", "2025-34");
        commands.claim(sara, mine.getId());

        mvc.perform(get("/uppgifter").param("view", "organisation").with(user(sara)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Mina uppgifter"), containsString("Min organisations otilldelade uppgifter"),
                        containsString("Slutförda"), containsString("href=\"/uppgifter/" + overdue.getId() + "\""),
                        containsString("class=\"overdue\""), containsString("Försenad"),
                        containsString("Öka tryggheten i stadsdelarna"), containsString("Delårsuppföljning per augusti 2025"),
                        not(containsString("href=\"/uppgifter/" + mine.getId() + "\"")))));
        mvc.perform(get("/uppgifter").with(user(sara)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/uppgifter/" + mine.getId() + "\""),
                        containsString("Sara Sekreterare"), containsString("Minska antalet unga"),
                        not(containsString("href=\"/uppgifter/" + overdue.getId() + "\"")))));
    }

    @Test
    void filtersNarrowTheListAndABadFilterIsExplained() throws Exception {
        UserTask goal4 = fixtures.task(TaskFixtures.FORM, "SCN", "2025-34", OffsetDateTime.now().plusDays(30), Map.of());
        UserTask goal5 = fixtures.task(TaskFixtures.FORM, "SCN", "2025-50", OffsetDateTime.now().plusDays(2), Map.of());
        String link4 = "href=\"/uppgifter/" + goal4.getId() + "\"";
        String link5 = "href=\"/uppgifter/" + goal5.getId() + "\"";

        mvc.perform(get("/uppgifter").param("view", "organisation").param("goal", "5").with(user(sara)))
                .andExpect(content().string(allOf(containsString(link5), not(containsString(link4)))));
        mvc.perform(get("/uppgifter").param("view", "organisation")
                        .param("dueBefore", OffsetDateTime.now().plusDays(5).toLocalDate().toString()).with(user(sara)))
                .andExpect(content().string(allOf(containsString(link5), not(containsString(link4)))));
        mvc.perform(get("/uppgifter").param("view", "organisation").param("period", "2025-ANNUAL").with(user(sara)))
                .andExpect(content().string(allOf(containsString("Det finns inga uppgifter här."),
                        not(containsString(link4)))));
        mvc.perform(get("/uppgifter").param("view", "organisation").param("period", TaskFixtures.PERIOD)
                        .param("state", "ACTIVE").with(user(sara)))
                .andExpect(content().string(allOf(containsString(link4), containsString(link5))));
        mvc.perform(get("/uppgifter").param("goal", "fyra").with(user(sara)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Målet ska anges med sitt nummer, t.ex. 4: fyra")));
    }

    @Test
    void theTaskPageShowsTheAssignmentItsEarlierAssessmentTheReturnCommentAndTheForm() throws Exception {
        UserTask task = fixtures.task(TaskFixtures.FORM, "SCN", "2025-34", OffsetDateTime.now().plusDays(7),
                Map.of("returnComment", "Bedömningen behöver kompletteras med tidplan."));

        mvc.perform(get("/uppgifter/" + task.getId()).with(user(sara)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Minska antalet unga som dras in i kriminalitet"),
                        containsString("Fokusmål 4. Uppsala ska bli tryggare med jämlika livsvillkor"),
                        containsString("Socialnämnden, Arbetsmarknadsnämnden"),
                        containsString("KSN-2024-00001 KF 2024-06-17 § 12"),
                        containsString("Arbetet har påbörjats men är försenat."),
                        containsString("Delårsuppföljning per april 2025"),
                        containsString("<td>Arbetsmarknadsnämnden</td>"),
                        containsString("Feriejobb för unga har startat."),
                        containsString("Bedömningen behöver kompletteras med tidplan."),
                        containsString("Rapportering av uppdrag 2025-34"),
                        containsString("<label for=\"f-status\"><span>Status</span>"),
                        containsString("(obligatoriskt)"),
                        containsString("Hur går arbetet med uppdraget?"),
                        containsString("<option value=\"YELLOW\">Gul – försenat/inte påbörjat</option>"),
                        containsString("<p class=\"readonly-label\">Organisation</p>"),
                        not(containsString("name=\"f.organisationCode\"")),
                        containsString("Spara utkast"), containsString("Skicka in"))));
    }

    @Test
    void theProcessesBoardReportFormIsRenderedAndARedReportNeedsNoEndYear() throws Exception {
        UserTask task = fixtures.task("board-report", "SCN", "2025-34", OffsetDateTime.now().plusDays(7),
                Map.of("returnComment", "Beskriv varför uppdraget inte genomförs."));

        mvc.perform(get("/uppgifter/" + task.getId()).with(user(sara)))
                .andExpect(content().string(allOf(containsString("<h1>\n    <span>Rapportering</span>"),
                        containsString("Rapportera uppdraget 2025-34"),
                        containsString("Kommunstyrelsen har återremitterat rapporteringen: Beskriv varför"),
                        containsString("<legend><span>Status</span>"),
                        containsString("type=\"radio\" id=\"f-status-3\""),
                        containsString("name=\"f.estimatedEndYear\""))));
        mvc.perform(submit(task, "complete").param("f.status", "RED")
                        .param("f.assessment", "Uppdraget genomförs inte eftersom medel saknas."))
                .andExpect(flash().attribute("success", "Tack! Uppgiften är inskickad och slutförd."));
        await().untilAsserted(() -> assertThat(engine.completed.get(task.getJobKey())).containsEntry("status", "RED")
                .containsEntry("comment", null).doesNotContainKey("estimatedEndYear"));
        mvc.perform(get("/uppgifter/" + task.getId()).with(user(sara)))
                .andExpect(content().string(allOf(containsString("Röd – genomförs inte"),
                        containsString("<h3>Rapportera uppdraget 2025-34</h3>"),
                        not(containsString("<p class=\"readonly-label\">Beräknat slutår</p>")))));
    }

    @Test
    void anInvalidSubmissionShowsEveryErrorAtTheTopAndByItsFieldAndKeepsWhatWasEntered() throws Exception {
        UserTask task = fixtures.boardReport("SCN", "2025-34");

        mvc.perform(submit(task, "complete").param("f.status", "").param("f.assessment", "Kort")
                        .param("f.estimatedEndYear", "2050").param("f.comment", "<b>Viktigt</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Det finns 3 fel att rätta"),
                        containsString("”Status” måste fyllas i."),
                        containsString("”Bedömning” måste ha minst 10 tecken (nu 4)."),
                        containsString("”Beräknat slutår” får inte vara större än 2040."),
                        containsString("id=\"f-assessment-error\""),
                        containsString("aria-invalid=\"true\""),
                        containsString(">Kort</textarea>"),
                        containsString("value=\"2050\""),
                        containsString("&lt;b&gt;Viktigt&lt;/b&gt;</textarea>"),
                        not(containsString("<b>Viktigt</b>")))));
        assertThat(engine.calls).hasValue(0);
        assertThat(fixtures.row(task.getId())).containsEntry("state", "ACTIVE");
    }

    @Test
    void aDraftIsSavedWithoutRequiredFieldsAndTheCompletedTaskIsShownReadOnly() throws Exception {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        String page = "/uppgifter/" + task.getId();

        mvc.perform(submit(task, "draft").param("f.assessment", "Ett första utkast"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "Utkastet är sparat. Uppgiften är inte inskickad än."));
        mvc.perform(get(page).with(user(sara)))
                .andExpect(content().string(containsString(">Ett första utkast</textarea>")));

        mvc.perform(submit(task, "complete").param("f.status", "YELLOW").param("f.assessment", "Arbetet är försenat.")
                        .param("f.estimatedEndYear", "2027"))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("success", "Tack! Uppgiften är inskickad och slutförd."));
        mvc.perform(get(page).with(user(sara)))
                .andExpect(content().string(allOf(containsString("Inskickade uppgifter"),
                        containsString("Gul – försenat/inte påbörjat"), containsString("Arbetet är försenat."),
                        containsString("Slutförd av Sara Sekreterare"), not(containsString("Skicka in")),
                        not(containsString("name=\"f.status\"")))));
        await().untilAsserted(() -> assertThat(engine.completed.get(task.getJobKey())).containsEntry("estimatedEndYear", 2027));
    }

    @Test
    void whenTheEngineDoesNotAnswerThePersonIsToldWithoutAnErrorPageAndKeepsWhatSheWrote() throws Exception {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        engine.failure = new IllegalStateException("UNAVAILABLE: io exception");

        mvc.perform(submit(task, "complete").param("f.status", "RED").param("f.assessment", "Genomförs inte alls.")
                        .param("f.estimatedEndYear", "2025"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("warning", startsWith("Processmotorn kunde inte ta emot uppgiften")));
        mvc.perform(get("/uppgifter/" + task.getId()).with(user(sara)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Genomförs inte alls."),
                        containsString("Skicka in"))));

        engine.failure = null;
        mvc.perform(submit(task, "complete").param("f.status", "RED").param("f.assessment", "Genomförs inte alls.")
                        .param("f.estimatedEndYear", "2025"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/uppgifter/" + task.getId()).with(user(sara)))
                .andExpect(content().string(not(containsString("Skicka in"))));
    }

    @Test
    void takingGivingAndReturningATask() throws Exception {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        String page = "/uppgifter/" + task.getId();

        mvc.perform(post(page + "/ta").with(user(sara)).with(csrf()))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("success", "Uppgiften är nu din."));
        mvc.perform(get(page).with(user(sara)))
                .andExpect(content().string(allOf(containsString("Lämna tillbaka uppgiften"),
                        containsString("<option value=\"sekr-scn2\">Sven Sekreterare</option>"),
                        not(containsString("sekr-amn")))));
        mvc.perform(post(page + "/tilldela").param("username", "sekr-scn2").with(user(sara)).with(csrf()))
                .andExpect(flash().attribute("success", "Uppgiften är tilldelad Sven Sekreterare."));
        mvc.perform(post(page + "/lamna").with(user(sara)).with(csrf()))
                .andExpect(flash().attribute("warning", "Uppgiften är inte tilldelad dig."));
        mvc.perform(get(page).with(user(sara)))
                .andExpect(content().string(containsString(
                        "Uppgiften är tilldelad Sven Sekreterare. Du ser formuläret men kan inte ändra det.")));
        mvc.perform(post(page + "/lamna").with(user(fixtures.user("sekr-scn2"))).with(csrf()))
                .andExpect(flash().attribute("success",
                        "Uppgiften finns nu bland organisationens otilldelade uppgifter."));
        assertThat(fixtures.row(task.getId())).containsEntry("assignee", null);
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        UserTask task = fixtures.boardReport("SCN", "2025-34");

        mvc.perform(post("/uppgifter/" + task.getId() + "/ta").with(user(sara)))
                .andExpect(status().isForbidden());
        assertThat(fixtures.row(task.getId())).containsEntry("assignee", null);
    }

    private MockHttpServletRequestBuilder submit(UserTask task, String action) {
        return post("/uppgifter/" + task.getId()).param("action", action).with(user(sara)).with(csrf());
    }
}

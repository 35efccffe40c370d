package se.uppdragsstyrning.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The task inbox's JSON API with HTTP Basic: lists, a task with its form and what it is about, actions, progress,
 * and its refusals as problem details (RFC 9457) with the Swedish problem list, like the rest of the API.
 */
@TaskTest
class TaskApiTest {

    static final String VALID = "{\"status\":\"YELLOW\",\"assessment\":\"Arbetet är försenat.\",\"estimatedEndYear\":2027}";

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskFixtures fixtures;

    @Autowired
    FakeTaskEngine engine;

    UserTask task;

    @BeforeEach
    void aBoardReportTask() {
        fixtures.reset();
        task = fixtures.boardReport("SCN", "2025-34");
    }

    @Test
    void listsTheTasksOfASectionWithWhatTheyAreAbout() throws Exception {
        mvc.perform(as("sekr-scn", get("/api/tasks").param("view", "organisation").param("goal", "4")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.tasks[0].id").value(task.getId()))
                .andExpect(jsonPath("$.tasks[0].assignmentTitle").value("Minska antalet unga som dras in i kriminalitet"))
                .andExpect(jsonPath("$.tasks[0].goalNumber").value(4))
                .andExpect(jsonPath("$.tasks[0].periodLabel").value("Delårsuppföljning per augusti 2025"))
                .andExpect(jsonPath("$.tasks[0].state").value("ACTIVE"))
                .andExpect(jsonPath("$.tasks[0].overdue").value(false));
        mvc.perform(as("sekr-scn", get("/api/tasks").param("view", "mine")))
                .andExpect(jsonPath("$.total").value(0));
        problem(mvc.perform(as("sekr-scn", get("/api/tasks").param("view", "alla").param("dueBefore", "15/9"))),
                        400, "Felaktig begäran")
                .andExpect(jsonPath("$.problems[0].message").value(
                        "Okänd vy: alla (giltiga: mine, organisation, completed)"));
    }

    @Test
    void aTaskComesWithItsFormAndTheValuesItOpensWith() throws Exception {
        mvc.perform(as("sekr-scn", get("/api/tasks/" + task.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.formId").value(TaskFixtures.FORM))
                .andExpect(jsonPath("$.form.id").value(TaskFixtures.FORM))
                .andExpect(jsonPath("$.form.components[2].key").value("status"))
                .andExpect(jsonPath("$.values.organisationCode").value("SCN"))
                .andExpect(jsonPath("$.variables.assignmentRef").value("2025-34"))
                .andExpect(jsonPath("$.assignment.title").value("Minska antalet unga som dras in i kriminalitet"))
                .andExpect(jsonPath("$.assignment.responsible[1]").value("Arbetsmarknadsnämnden"))
                .andExpect(jsonPath("$.assessments[0].period").value("Delårsuppföljning per april 2025"))
                .andExpect(jsonPath("$.assessments[0].status").value("YELLOW"))
                .andExpect(jsonPath("$.boardReports[0].organisation").value("Arbetsmarknadsnämnden"))
                .andExpect(jsonPath("$.boardReports[0].note").value("Inskickad"))
                .andExpect(jsonPath("$.about").doesNotExist())
                .andExpect(jsonPath("$.parts").doesNotExist())
                .andExpect(jsonPath("$.mayClaim").value(true))
                .andExpect(jsonPath("$.mayWork").value(true));
    }

    @Test
    void anInvalidCompletionIsA400ListingEachFieldsProblem() throws Exception {
        problem(mvc.perform(as("sekr-scn", post("/api/tasks/" + task.getId() + "/complete"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"PURPLE\",\"assessment\":\"Kort\"}")), 400, "Felaktig begäran")
                .andExpect(jsonPath("$.detail").value(startsWith("Begäran har 3 fel")))
                .andExpect(jsonPath("$.problems.length()").value(3))
                .andExpect(jsonPath("$.problems[0].path").value("status"))
                .andExpect(jsonPath("$.problems[0].message").value("Välj bland de alternativ som finns för ”Status”."))
                .andExpect(jsonPath("$.problems[1].path").value("assessment"))
                .andExpect(jsonPath("$.problems[1].message").value("”Bedömning” måste ha minst 10 tecken (nu 4)."))
                .andExpect(jsonPath("$.problems[2].path").value("estimatedEndYear"))
                .andExpect(jsonPath("$.problems[2].message").value("”Beräknat slutår” måste fyllas i."));
        problem(mvc.perform(as("sekr-scn", post("/api/tasks/" + task.getId() + "/complete"))
                        .contentType(MediaType.APPLICATION_JSON).content("[1, 2")), 400, "Felaktig begäran")
                .andExpect(jsonPath("$.problems[0].message").value("Innehållet kunde inte läsas: skicka giltig JSON."));
        assertThat(engine.calls).hasValue(0);
    }

    @Test
    void completingTwiceIsA409WithASwedishMessage() throws Exception {
        mvc.perform(as("sekr-scn", post("/api/tasks/" + task.getId() + "/complete"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.task.state").value("COMPLETED"))
                .andExpect(jsonPath("$.task.completedBy").value("sekr-scn"))
                .andExpect(jsonPath("$.values.estimatedEndYear").value(2027));
        problem(mvc.perform(as("sekr-scn", post("/api/tasks/" + task.getId() + "/complete"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID)), 409, "Konflikt")
                .andExpect(jsonPath("$.detail").value(
                        "Uppgiften är redan slutförd eller har avbrutits, så den kan inte ändras."))
                .andExpect(jsonPath("$.problems[0].message").value(
                        "Uppgiften är redan slutförd eller har avbrutits, så den kan inte ändras."));
        await().untilAsserted(() -> assertThat(engine.completed.get(task.getJobKey())).containsEntry("status", "YELLOW"));
    }

    @Test
    void aSecondCompletionIsA409AndTheFirstIsKept() throws Exception {
        mvc.perform(as("sekr-scn", post("/api/tasks/" + task.getId() + "/complete"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isOk());
        mvc.perform(as("sekr-scn", post("/api/tasks/" + task.getId() + "/complete"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.problems[0].message").value(startsWith("Uppgiften är redan slutförd eller har avbrutits")));
    }

    @Test
    void claimUnclaimAssignAndDraft() throws Exception {
        String path = "/api/tasks/" + task.getId();
        mvc.perform(as("sekr-scn", post(path + "/claim")))
                .andExpect(jsonPath("$.task.assignee").value("sekr-scn"))
                .andExpect(jsonPath("$.mayUnclaim").value(true));
        mvc.perform(as("sekr-scn", post(path + "/draft")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessment\":\"Utkast\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.assessment").value("Utkast"))
                .andExpect(jsonPath("$.task.state").value("ACTIVE"));
        mvc.perform(as("sekr-scn", post(path + "/assign")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sekr-amn\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as("sekr-scn", post(path + "/assign")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"sekr-scn2\"}"))
                .andExpect(jsonPath("$.task.assignee").value("sekr-scn2"))
                .andExpect(jsonPath("$.task.assigneeName").value("Sven Sekreterare"));
        problem(mvc.perform(as("sekr-scn", post(path + "/unclaim"))), 409, "Konflikt")
                .andExpect(jsonPath("$.problems[0].message").value("Uppgiften är inte tilldelad dig."));
        mvc.perform(as("sekr-scn2", post(path + "/unclaim")))
                .andExpect(jsonPath("$.task.assignee").doesNotExist());
    }

    @Test
    void progressOfAPeriodForTheCoordinator() throws Exception {
        fixtures.task(TaskFixtures.FORM, "AMN", "2025-34", OffsetDateTime.now().minusHours(1), Map.of());

        mvc.perform(as("samordnare", get("/api/tasks/progress").param("period", TaskFixtures.PERIOD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expected").value(3))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.completed").value(0))
                .andExpect(jsonPath("$.open").value(2))
                .andExpect(jsonPath("$.overdue").value(1));
        problem(mvc.perform(as("samordnare", get("/api/tasks/progress").param("period", "augusti"))),
                        400, "Felaktig begäran")
                .andExpect(jsonPath("$.problems[0].message").value(startsWith("Perioden ska skrivas som år-typ")));
        problem(mvc.perform(as("sekr-scn", get("/api/tasks/progress").param("period", TaskFixtures.PERIOD))),
                403, "Ingen behörighet");
    }

    @Test
    void anotherOrganisationsTaskIsA404AndAnEngineThatDoesNotAnswerA503KeepingTheDraft() throws Exception {
        problem(mvc.perform(as("sekr-amn", get("/api/tasks/" + task.getId()))), 404, "Finns inte")
                .andExpect(jsonPath("$.problems[0].message").value(
                        "Uppgiften finns inte, eller hör till en annan organisation eller roll än din."));
        engine.failure = new IllegalStateException("UNAVAILABLE: io exception");

        problem(mvc.perform(as("sekr-scn", post("/api/tasks/" + task.getId() + "/complete"))
                        .contentType(MediaType.APPLICATION_JSON).content(VALID)), 503, "Tjänsten är inte tillgänglig")
                .andExpect(jsonPath("$.problems[0].message").value(
                        startsWith("Processmotorn kunde inte ta emot uppgiften just nu.")));
        engine.failure = null;
        mvc.perform(as("sekr-scn", get("/api/tasks/" + task.getId())))
                .andExpect(jsonPath("$.task.state").value("ACTIVE"))
                .andExpect(jsonPath("$.values.assessment").value("Arbetet är försenat."));
        assertThat(engine.calls).hasValue(0);
    }

    private static ResultActions problem(ResultActions response, int status, String title) throws Exception {
        return response.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.problems").isArray());
    }

    private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(username, TaskFixtures.PASSWORD));
    }
}

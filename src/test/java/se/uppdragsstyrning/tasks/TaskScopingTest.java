package se.uppdragsstyrning.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import se.uppdragsstyrning.system.CurrentUser;

/**
 * Who sees which tasks, enforced in the service and therefore in both the web UI and the API: a secretary only
 * her own organisation's, a coordinator the COORDINATOR tasks, a KS approver the KS_APPROVER tasks.
 */
@TaskTest
class TaskScopingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskQueries queries;

    @Autowired
    TaskPages pages;

    @Autowired
    TaskCommands commands;

    @Autowired
    TaskFixtures fixtures;

    @Autowired
    FakeTaskEngine engine;

    CurrentUser sara;
    UserTask amnTask;

    @BeforeEach
    void tasksOfTwoBoards() {
        fixtures.reset();
        sara = fixtures.user("sekr-scn");
        amnTask = fixtures.boardReport("AMN", "2025-34");
    }

    @Test
    void aSecretaryNeitherSeesNorActsOnAnotherOrganisationsTaskInTheService() {
        UserTask scnTask = fixtures.boardReport("SCN", "2025-34");
        long id = amnTask.getId();

        assertThat(queries.list(sara, queries.filter("organisation", null, null, null, null), 0).getContent())
                .extracting(TaskRow::id).containsExactly(scnTask.getId());
        assertThatThrownBy(() -> pages.open(sara, id)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> commands.claim(sara, id)).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> commands.assign(sara, id, "sekr-scn")).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> commands.saveDraft(sara, id, TaskCompletionTest.json(TaskCompletionTest.VALID)))
                .isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> commands.complete(sara, id, TaskCompletionTest.json(TaskCompletionTest.VALID)))
                .isInstanceOf(TaskNotFoundException.class);
        assertThat(fixtures.row(id)).containsEntry("state", "ACTIVE").containsEntry("assignee", null)
                .containsEntry("draft_json", null);
        assertThat(engine.calls).hasValue(0);
    }

    @Test
    void aSecretaryCannotOpenClaimOrCompleteAnotherOrganisationsTaskInTheWebUi() throws Exception {
        String page = "/uppgifter/" + amnTask.getId();

        mvc.perform(get(page).with(user(sara))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/ta").with(user(sara)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(page).param("action", "complete").param("f.status", "RED").param("f.assessment",
                "Genomförs inte alls.").param("f.estimatedEndYear", "2025").with(user(sara)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(page).with(user(fixtures.user("sekr-amn")))).andExpect(status().isOk());
        assertThat(fixtures.row(amnTask.getId())).containsEntry("state", "ACTIVE").containsEntry("assignee", null);
        assertThat(engine.calls).hasValue(0);
    }

    @Test
    void aSecretaryCannotReadClaimOrCompleteAnotherOrganisationsTaskThroughTheApi() throws Exception {
        String task = "/api/tasks/" + amnTask.getId();

        mvc.perform(get(task).with(httpBasic("sekr-scn", TaskFixtures.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.problems[0].message").value(
                        "Uppgiften finns inte, eller hör till en annan organisation eller roll än din."));
        mvc.perform(post(task + "/claim").with(httpBasic("sekr-scn", TaskFixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post(task + "/complete").with(httpBasic("sekr-scn", TaskFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"RED\",\"assessment\":\"Genomförs inte alls.\",\"estimatedEndYear\":2025}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tasks").param("view", "organisation").with(httpBasic("sekr-scn", TaskFixtures.PASSWORD)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/tasks").param("view", "organisation").with(httpBasic("sekr-amn", TaskFixtures.PASSWORD)))
                .andExpect(jsonPath("$.tasks[0].id").value(amnTask.getId()));
        assertThat(engine.calls).hasValue(0);
    }

    @Test
    void coordinatorsAndKsApproversSeeTheTasksOfTheirRoleOnly() {
        UserTask compilation = fixtures.task("compilation", "COORDINATOR", "2025-34", null, Map.of());
        UserTask approval = fixtures.task("ks-approval", "KS_APPROVER", null, null, Map.of());
        TaskFilter open = queries.filter("organisation", null, null, null, null);
        CurrentUser coordinator = fixtures.user("samordnare");
        CurrentUser ks = fixtures.user("ks");

        assertThat(queries.list(coordinator, open, 0).getContent()).extracting(TaskRow::id)
                .containsExactly(compilation.getId());
        assertThat(queries.list(ks, open, 0).getContent()).extracting(TaskRow::id).containsExactly(approval.getId());
        assertThat(queries.list(sara, open, 0).getContent()).isEmpty();
        assertThatThrownBy(() -> pages.open(coordinator, amnTask.getId())).isInstanceOf(TaskNotFoundException.class);
        assertThatThrownBy(() -> pages.open(ks, compilation.getId())).isInstanceOf(TaskNotFoundException.class);
        assertThat(pages.open(coordinator, compilation.getId()).candidates())
                .containsExactly(new Candidate("samordnare", "Cecilia Samordnare"));
    }

    @Test
    void aTaskIsGivenOnlyToPeopleOfItsOrganisation() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");

        assertThat(pages.open(sara, task.getId()).candidates()).containsExactly(
                new Candidate("sekr-scn", "Sara Sekreterare"), new Candidate("sekr-scn2", "Sven Sekreterare"));
        assertThatThrownBy(() -> commands.assign(sara, task.getId(), "sekr-amn"))
                .isInstanceOf(TaskConflictException.class)
                .hasMessage("Uppgiften kan inte ges till sekr-amn: bara personer i uppgiftens organisation kan få den.");
        assertThatThrownBy(() -> commands.assign(sara, task.getId(), "samordnare"))
                .isInstanceOf(TaskConflictException.class);
        commands.assign(sara, task.getId(), "sekr-scn2");
        assertThat(fixtures.row(task.getId())).containsEntry("assignee", "sekr-scn2");
    }

    @Test
    void rolesWithoutTasksAndAnonymousVisitorsAreKeptOut() throws Exception {
        mvc.perform(get("/uppgifter").with(user(fixtures.user("processagare")))).andExpect(status().isForbidden());
        mvc.perform(get("/api/tasks").with(httpBasic("processagare", TaskFixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/uppgifter")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
    }
}

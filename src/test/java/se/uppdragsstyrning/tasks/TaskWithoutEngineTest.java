package se.uppdragsstyrning.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Until the workflow module provides a TaskEngine the application starts, shows tasks and keeps what is entered. */
@SpringBootTest(properties = {"uppdrag.demo.enabled=false", TaskFixtures.TEST_FORMS})
@AutoConfigureMockMvc
@Import(TaskFixtures.class)
class TaskWithoutEngineTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TaskFixtures fixtures;

    UserTask task;

    @BeforeEach
    void aBoardReportTask() {
        fixtures.reset();
        task = fixtures.boardReport("SCN", "2025-34");
    }

    @Test
    void submittingSaysNoEngineIsConnectedAndKeepsTheValuesAsADraft() throws Exception {
        mvc.perform(post("/uppgifter/" + task.getId()).param("action", "complete").param("f.status", "YELLOW")
                        .param("f.assessment", "Arbetet är försenat.").param("f.estimatedEndYear", "2027")
                        .with(user(fixtures.user("sekr-scn"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("warning", startsWith(
                        "Uppgiften kan inte skickas in just nu eftersom ingen processmotor är ansluten.")));
        assertThat(fixtures.row(task.getId())).containsEntry("state", "ACTIVE");
        assertThat((String) fixtures.row(task.getId()).get("draft_json")).contains("\"estimatedEndYear\":2027");

        mvc.perform(post("/api/tasks/" + task.getId() + "/complete").with(httpBasic("sekr-scn", TaskFixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"YELLOW\",\"assessment\":\"Arbetet är försenat.\",\"estimatedEndYear\":2027}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.problems[0].message").value(startsWith("Uppgiften kan inte skickas in just nu")));
    }
}

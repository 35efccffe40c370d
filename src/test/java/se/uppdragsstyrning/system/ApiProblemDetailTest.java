package se.uppdragsstyrning.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every refusal of the JSON API is a problem detail (RFC 9457) with a Swedish title and detail and the problems
 * listed beside their place, also when Spring MVC or the login refuses the request before a controller runs.
 */
@SpringBootTest(properties = "uppdrag.demo.enabled=false")
@AutoConfigureMockMvc
class ApiProblemDetailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;

    @BeforeEach
    void users() {
        users.createIfMissing("samordnare", "demo", "Samordnare", null, null, Set.of(Role.COORDINATOR));
        users.createIfMissing("ks", "demo", "Kommunstyrelsen", null, null, Set.of(Role.KS_APPROVER));
    }

    @Test
    void aRefusalListsEveryProblemBesideItsField() throws Exception {
        problem(mvc.perform(post("/api/periods").with(httpBasic("samordnare", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"SUMMER\"}")), 400, "Felaktig begäran")
                .andExpect(jsonPath("$.detail").value(startsWith("Begäran har 5 fel")))
                .andExpect(jsonPath("$.problems[0].path").value("kind"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("Okänd periodtyp")));
    }

    @Test
    void malformedJsonAndWrongTypesAreRefusedInSwedish() throws Exception {
        problem(openPeriod("{\"year\": 2026,"), 400, "Felaktig begäran")
                .andExpect(jsonPath("$.detail").value("Innehållet kunde inte läsas: skicka giltig JSON."));
        problem(openPeriod("{\"year\": \"tjugotjugosex\"}"), 400, "Felaktig begäran")
                .andExpect(jsonPath("$.problems[0].path").value("year"))
                .andExpect(jsonPath("$.detail").value("Fältet year ska vara ett heltal."));
        problem(openPeriod("{\"reportDue\": \"31/12\"}"), 400, "Felaktig begäran")
                .andExpect(jsonPath("$.detail").value("Fältet reportDue ska vara ett datum som ÅÅÅÅ-MM-DD."));
        problem(mvc.perform(put("/api/periods/2026-INTERIM_AUGUST/goals/fyra/analysis")
                .with(httpBasic("samordnare", "demo")).contentType(MediaType.APPLICATION_JSON).content("{}")),
                400, "Felaktig begäran")
                .andExpect(jsonPath("$.detail").value("Ogiltigt värde för parametern number: fyra"));
    }

    @Test
    void addressesMethodsAndContentTypesTheApiDoesNotHaveAreRefusedInSwedish() throws Exception {
        problem(mvc.perform(get("/api/finns-inte").with(httpBasic("samordnare", "demo"))), 404, "Finns inte")
                .andExpect(jsonPath("$.detail").value("Det finns inget på den här adressen."));
        problem(mvc.perform(delete("/api/periods").with(httpBasic("samordnare", "demo"))), 405, "Metoden stöds inte")
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(jsonPath("$.detail").value(startsWith("Metoden DELETE går inte att använda")));
        problem(mvc.perform(post("/api/periods").with(httpBasic("samordnare", "demo"))
                .contentType(MediaType.TEXT_PLAIN).content("år 2026")), 415, "Innehållstypen stöds inte")
                .andExpect(jsonPath("$.detail").value(startsWith("Innehållstypen text/plain")));
    }

    @Test
    void noLoginAWrongPasswordAndAMissingRoleAreRefusedInSwedish() throws Exception {
        problem(mvc.perform(get("/api/periods")), 401, "Inloggning krävs")
                .andExpect(jsonPath("$.detail").value(startsWith("Logga in")));
        problem(mvc.perform(get("/api/periods").with(httpBasic("samordnare", "fel"))), 401, "Inloggning krävs")
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"Uppdragsstyrning\""));
        problem(openPeriod("{}", "ks"), 403, "Ingen behörighet")
                .andExpect(jsonPath("$.detail").value("Du har inte behörighet att göra detta."));
    }

    @Test
    void pagesLeaveTheirRefusalsToTheErrorPage() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/finns-inte").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isNotFound()).andReturn().getResponse();

        assertThat(page.getErrorMessage()).as("sent to the error page").isNotNull();
        assertThat(page.getContentAsString()).isEmpty();
    }

    private ResultActions openPeriod(String body) throws Exception {
        return openPeriod(body, "samordnare");
    }

    private ResultActions openPeriod(String body, String username) throws Exception {
        return mvc.perform(post("/api/periods").with(httpBasic(username, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions problem(ResultActions response, int status, String title) throws Exception {
        return response.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.problems").isArray());
    }
}

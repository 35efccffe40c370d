package se.uppdragsstyrning.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.support.CycleApi;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * The administrator at work on the demo: she creates a secretary who then logs in and sees her organisation's
 * tasks, disables her (no more logins, her session ends), cannot take the last administrator away, gets every
 * mistake of a form listed with nothing stored, and renames an organisation from a date.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class AdministrationTest {

    static final String PASSWORD = "hemligt-lösen-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationService organisations;
    @Autowired
    UserAccounts accounts;

    @Test
    void aSecretaryTheAdministratorCreatesSeesHerOrganisationsTasksUntilSheIsDisabled() throws Exception {
        mvc.perform(post("/api/admin/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "anna-scn", "displayName": "Anna Andersson", "email": "anna@kommun.example",
                                 "organisationCode": "SCN", "roles": ["SECRETARY"], "password": "%s"}""".formatted(PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/admin/users/anna-scn"))
                .andExpect(jsonPath("$.organisationName").value("Socialnämnden"));
        new CycleApi(mvc, json).openPeriodAndAwaitTasks(2026, "INTERIM_AUGUST", Duration.ofSeconds(120));

        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("anna-scn").password(PASSWORD))
                .andExpect(authenticated().withUsername("anna-scn")).andExpect(redirectedUrl("/start"))
                .andReturn().getRequest().getSession();
        List<JsonNode> tasks = tasks("anna-scn");
        assertThat(tasks).isNotEmpty().allSatisfy(task -> assertThat(task.get("organisationCode").asText())
                .isEqualTo("SCN"));
        assertThat(tasks).hasSize(jdbc.queryForObject(
                "select count(*) from user_task where organisation_code = 'SCN' and state = 'ACTIVE'",
                Integer.class));
        mvc.perform(get("/uppgifter").param("view", "organisation").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        HtmlUtils.htmlEscape(tasks.get(0).get("assignmentTitle").asText(), "UTF-8"))));

        mvc.perform(post("/api/admin/users/anna-scn/disable").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(formLogin("/login").user("anna-scn").password(PASSWORD)).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/tasks").with(httpBasic("anna-scn", PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/uppgifter").session(session)).andExpect(redirectedUrl("/login?avslutad"));

        mvc.perform(get("/api/admin/users/anna-scn").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.history[0].action").value("enabled"))
                .andExpect(jsonPath("$.history[0].by").value("admin"))
                .andExpect(jsonPath("$.history[0].before").value("Aktiv"))
                .andExpect(jsonPath("$.history[0].after").value("Inaktiverad"))
                .andExpect(jsonPath("$.history[1].action").value("created"));
        mvc.perform(get("/admin/anvandare/anna-scn").with(page("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Inaktiverad")))
                .andExpect(content().string(Matchers.containsString("Användaren är inaktiverad")));

        mvc.perform(post("/api/admin/users/anna-scn/enable").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/tasks").param("view", "organisation").with(httpBasic("anna-scn", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrLoseTheRole() throws Exception {
        mvc.perform(post("/api/admin/users/admin/disable").with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Konflikt"))
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.startsWith("admin är den sista aktiva")));
        mvc.perform(put("/api/admin/users/admin").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \"Admin\", \"roles\": [\"COORDINATOR\"]}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/anvandare/admin/inaktivera").with(page("admin")).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("admin är den sista aktiva administratören")));
        assertThat(jdbc.queryForObject("select enabled from app_user where username = 'admin'", Boolean.class))
                .isTrue();
        mvc.perform(get("/api/admin/users").with(httpBasic("admin", "demo"))).andExpect(status().isOk());

        // with a second administrator, the first may go
        mvc.perform(post("/api/admin/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"username": "admin2", "displayName": "Andra administratören", "roles": ["ADMIN"],
                         "password": "%s"}""".formatted(PASSWORD))).andExpect(status().isCreated());
        mvc.perform(post("/api/admin/users/admin/disable").with(httpBasic("admin2", PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/admin/users/admin2/disable").with(httpBasic("admin2", PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/admin/users/admin/enable").with(httpBasic("admin2", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void everyMistakeIsListedAndNothingIsStored() throws Exception {
        long usersBefore = count("app_user");
        long changesBefore = count("admin_change");
        mvc.perform(post("/api/admin/users").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username": "Anna Andersson", "displayName": " ", "email": "anna-at-kommun",
                                 "organisationCode": "XYZ", "roles": ["SEKRETERARE"], "password": "kort"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.length()").value(6))
                .andExpect(jsonPath("$.problems[*].path").value(Matchers.containsInAnyOrder("username", "displayName",
                        "email", "organisationCode", "roles", "password")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("6")));
        mvc.perform(post("/admin/anvandare/ny").with(page("admin")).with(csrf())
                        .param("username", "sekr-scn").param("displayName", "").param("roles", "SECRETARY")
                        .param("password", PASSWORD))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Användarnamnet sekr-scn finns redan.")))
                .andExpect(content().string(Matchers.containsString("Namn måste anges.")))
                .andExpect(content().string(Matchers.containsString(
                        "Nämndsekreterare och nämndens godkännare måste höra till en organisation.")));
        assertThat(count("app_user")).isEqualTo(usersBefore);

        long organisationsBefore = count("organisation");
        mvc.perform(post("/api/admin/organisations").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"code": "SCN", "name": "", "kind": "NÄMND", "aliases": ["%s"],
                                 "activeFrom": "2026-01-01", "activeTo": "2025-12-31"}""".formatted("N".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].path").value(Matchers.containsInAnyOrder("code", "name", "kind",
                        "aliases", "activeTo")));
        assertThat(count("organisation")).isEqualTo(organisationsBefore);
        assertThat(count("admin_change")).isEqualTo(changesBefore);
    }

    @Test
    void anOrganisationRenamedFromADateKeepsItsEarlierNameForEarlierDays() throws Exception {
        LocalDate from = LocalDate.now().minusDays(10);
        mvc.perform(put("/api/admin/organisations/KTN").with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name": "Kultur- och fritidsnämnden", "nameFrom": "%s", "kind": "BOARD",
                                 "aliases": ["KFN"], "active": true}""".formatted(from)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Kultur- och fritidsnämnden"));

        assertThat(organisations.nameOn("KTN", LocalDate.of(2025, 8, 31))).contains("Kulturnämnden");
        assertThat(organisations.nameOn("KTN", from)).contains("Kultur- och fritidsnämnden");
        assertThat(organisations.resolve("kfn")).map(o -> o.getCode()).contains("KTN");
        mvc.perform(get("/admin/organisationer/KTN").with(page("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kulturnämnden")))
                .andExpect(content().string(Matchers.containsString("Kultur- och fritidsnämnden (från " + from + ")")));
        mvc.perform(get("/rapport/2025/INTERIM_AUGUST/mal/4")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kulturnämnden")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Kultur- och fritidsnämnden"))));
    }

    @Test
    void onlyAdministratorsAdminister() throws Exception {
        mvc.perform(get("/api/admin/users").with(httpBasic("samordnare", "demo"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Ingen behörighet"));
        mvc.perform(get("/admin/anvandare").with(page("samordnare"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/roles").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.role == 'SECRETARY')].name").value("Nämndsekreterare"))
                .andExpect(jsonPath("$.length()").value(6));
        mvc.perform(get("/admin/roller").with(page("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Godkänner periodens sammanställning eller skickar tillbaka valda uppdrag med en kommentar.")));
    }

    @Test
    void everyRoleHasAStartPageThatLeadsToItsWork() throws Exception {
        mvc.perform(get("/start").with(page("admin"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"/admin/anvandare\""),
                        Matchers.containsString("href=\"/admin/organisationer\""),
                        Matchers.containsString("href=\"/admin/roller\""),
                        Matchers.containsString("href=\"/admin/handelser\""),
                        Matchers.containsString("href=\"/processmotor\""))));
        MvcResult owner = mvc.perform(get("/start").with(page("processagare")))
                .andExpect(status().isOk()).andReturn();
        String page = owner.getResponse().getContentAsString();
        assertThat(page).contains("Driftsatta modeller", "assignment-lifecycle", "Beslutstabell", "Formulär")
                .doesNotContain("href=\"/admin/anvandare\"");
        mvc.perform(get("/start").with(page("samordnare"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Driftsatta modeller"))));
    }

    /** Logged in to the web pages as the demo user. */
    private RequestPostProcessor page(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private List<JsonNode> tasks(String user) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = json.readTree(mvc.perform(get("/api/tasks").param("view", "organisation")
                    .param("page", String.valueOf(page)).with(httpBasic(user, PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            list.get("tasks").forEach(all::add);
            if (page + 1 >= list.get("totalPages").asInt()) {
                return all;
            }
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}

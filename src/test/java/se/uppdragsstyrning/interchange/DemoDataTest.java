package se.uppdragsstyrning.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/** With the demo on (the default), the demo file and one user per role are there at start-up, once. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void demoFileIsImportedAtStartUp() {
        assertThat(count("assignment")).isEqualTo(23);
        assertThat(count("organisation")).isEqualTo(16);
        assertThat(count("assignment_assessment")).isEqualTo(23);
        assertThat(count("goal_period_text")).isEqualTo(1);
    }

    @Test
    void centralUsersHaveTheirRoles() {
        assertThat(user("samordnare").getRoles()).containsExactly(Role.COORDINATOR);
        assertThat(user("ks").getRoles()).containsExactly(Role.KS_APPROVER);
        assertThat(user("processagare").getRoles()).containsExactly(Role.PROCESS_OWNER);
        assertThat(user("admin").getRoles()).containsExactly(Role.ADMIN);
        assertThat(user("samordnare").getOrganisationCode()).isNull();
        assertThat(user("samordnare").getEmail()).isEqualTo("samordnare@kommun.example");
    }

    @Test
    void everyOrganisationHasASecretaryAndSocialnamndenAnApprover() {
        List<String> codes = jdbc.queryForList("select code from organisation", String.class);
        for (String code : codes) {
            AppUser secretary = user("sekr-" + DemoData.usernamePart(code));
            assertThat(secretary.getRoles()).containsExactly(Role.SECRETARY);
            assertThat(secretary.getOrganisationCode()).isEqualTo(code);
        }
        AppUser elderly = user("sekr-aln");
        assertThat(elderly.getOrganisationCode()).isEqualTo("ÄLN");
        assertThat(elderly.getDisplayName()).isEqualTo("Sekreterare Äldrenämnden");
        assertThat(elderly.getEmail()).isEqualTo("sekr-aln@kommun.example");
        assertThat(user("sekr-uhem").getDisplayName()).isEqualTo("Sekreterare Uppsalahem AB");
        AppUser approver = user("godk-scn");
        assertThat(approver.getRoles()).containsExactly(Role.BOARD_APPROVER);
        assertThat(approver.getOrganisationCode()).isEqualTo("SCN");
        assertThat(approver.getDisplayName()).isEqualTo("Godkännare Socialnämnden");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'sekr-%'", Long.class))
                .isEqualTo(codes.size());
    }

    @Test
    void demoPasswordLetsTheUsersIn() throws Exception {
        for (String username : Set.of("samordnare", "sekr-aln", "godk-scn")) {
            mvc.perform(get("/api/export").param("period", "2025-INTERIM_AUGUST").with(httpBasic(username, "demo")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/export").param("period", "2025-INTERIM_AUGUST").with(httpBasic("ks", "fel")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        long users = count("app_user");
        long changes = count("register_change");

        demoData.load();

        assertThat(count("app_user")).isEqualTo(users);
        assertThat(count("assignment")).isEqualTo(23);
        assertThat(count("organisation")).isEqualTo(16);
        assertThat(count("register_change")).isEqualTo(changes);
    }

    @Test
    void usernamesWriteSwedishLettersPlain() {
        assertThat(DemoData.usernamePart("ÄLN")).isEqualTo("aln");
        assertThat(DemoData.usernamePart("UHEM")).isEqualTo("uhem");
        assertThat(DemoData.usernamePart("ÅÖN")).isEqualTo("aon");
    }

    private AppUser user(String username) {
        return users.find(username).orElseThrow(() -> new AssertionError("no demo user " + username));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}

package se.uppdragsstyrning.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The first start of a production installation: profile {@code prod}, an empty database and
 * {@code UPPDRAG_ADMIN_USERNAME}/{@code UPPDRAG_ADMIN_PASSWORD} → that administrator can log in, and only she
 * exists (no demo users). The engine is the in-memory one here ({@code uppdrag.engine.embedded}); everything else
 * is the production configuration.
 */
@SpringBootTest(properties = {"UPPDRAG_DB_URL=jdbc:h2:mem:first-admin-${random.uuid};DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "UPPDRAG_DB_USER=sa", "UPPDRAG_DB_PASSWORD=",
    "UPPDRAG_ZEEBE_GRPC_ADDRESS=http://127.0.0.1:1", "uppdrag.engine.embedded=true",
    "UPPDRAG_ADMIN_USERNAME=drift", "UPPDRAG_ADMIN_PASSWORD=" + FirstAdministratorTest.PASSWORD})
@ActiveProfiles("prod")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    static final String PASSWORD = "första-lösenordet";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FirstAdministrator firstAdministrator;

    @Test
    void theAdministratorFromTheVariablesCanLogInAndIsTheOnlyUser() throws Exception {
        mvc.perform(get("/api/admin/users").with(httpBasic("drift", PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].username").value("drift"))
                .andExpect(jsonPath("$[0].roles[0]").value("ADMIN"));
        mvc.perform(formLogin("/login").user("drift").password(PASSWORD)).andExpect(authenticated());
        mvc.perform(get("/api/admin/users").with(httpBasic("drift", "fel-lösenord")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void onceAnAdministratorExistsTheVariablesAreIgnored(CapturedOutput output) {
        String hashBefore = jdbc.queryForObject("select password_hash from app_user where username = 'drift'",
                String.class);

        firstAdministrator.createIfNone();

        assertThat(output).contains("an administrator exists already");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isOne();
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'drift'", String.class))
                .isEqualTo(hashBefore);
    }
}

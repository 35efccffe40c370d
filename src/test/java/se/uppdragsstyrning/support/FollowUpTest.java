package se.uppdragsstyrning.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * Base of the status and publication tests: one application context on a database of its own (so that the
 * follow-up data built here does not meet other tests' registers), the demo follow-up loaded, and users for
 * each role that reads rollups (password "demo"). The rollups are stored after the data changed, by the status
 * module's listeners: {@link #awaitRollups()} waits for them.
 */
@SpringBootTest(properties = {"uppdrag.demo.enabled=false",
    "spring.datasource.url=jdbc:h2:mem:followup;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH"})
@AutoConfigureMockMvc
@Import(FollowUpFixture.class)
public abstract class FollowUpTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected FollowUpFixture fixture;
    @Autowired
    private UserAccounts users;
    @Autowired
    private JdbcTemplate jdbcTemplate;

    @BeforeEach
    void demoFollowUp() {
        fixture.demo();
        users.createIfMissing("samordnare", "demo", "Samordnare", null, null, Set.of(Role.COORDINATOR));
        users.createIfMissing("ks", "demo", "Kommunstyrelsen", null, null, Set.of(Role.KS_APPROVER));
        users.createIfMissing("sekr-scn", "demo", "Sekreterare", null, "SCN", Set.of(Role.SECRETARY));
        awaitRollups();
    }

    /** Waits until the status module has handled every event that changed a period's inputs (rollups stored). */
    protected void awaitRollups() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbcTemplate.queryForObject("select count(*) from"
                + " event_publication where completion_date is null and listener_id like '%RollupUpdates%'",
                Integer.class) == 0);
    }
}

package se.uppdragsstyrning.support;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * Base of the status and publication tests: one application context on a database of its own (so that the
 * follow-up data built here does not meet other tests' registers), the demo follow-up loaded, and users for
 * each role that reads rollups (password "demo").
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

    @BeforeEach
    void demoFollowUp() {
        fixture.demo();
        users.createIfMissing("samordnare", "demo", "Samordnare", null, null, Set.of(Role.COORDINATOR));
        users.createIfMissing("ks", "demo", "Kommunstyrelsen", null, null, Set.of(Role.KS_APPROVER));
        users.createIfMissing("sekr-scn", "demo", "Sekreterare", null, "SCN", Set.of(Role.SECRETARY));
    }
}

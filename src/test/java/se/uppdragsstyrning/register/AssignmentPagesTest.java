package se.uppdragsstyrning.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.support.CycleApi;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * Issue 7 item 8: with a period open, every assignment page of the demo answers for every role and shows the
 * periods it was reported in (the open period's board reports, the imported follow-up's assessment). It answered
 * HTTP 500 for the assignments with board reports in the open period (a lazy-loading error in the template).
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class AssignmentPagesTest {

    static final PeriodId OPEN = PeriodId.parse("2026-INTERIM_AUGUST");
    static final PeriodId IMPORTED = PeriodId.parse("2025-INTERIM_AUGUST");
    /** One demo user per role, signed in as the demo data created them. */
    static final List<String> USERS = List.of("samordnare", "ks", "processagare", "admin", "sekr-scn", "godk-scn");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserAccounts accounts;

    @Test
    void everyAssignmentPageAnswersForEveryRoleWithAPeriodOpen() throws Exception {
        new CycleApi(mvc, json).openPeriodAndAwaitTasks(OPEN.year(), OPEN.kind().name(), Duration.ofSeconds(120));
        JsonNode demo = json.readTree(new ClassPathResource("demo/uppsala-fokusmal4-2025-08.json").getInputStream());
        List<String> refs = new ArrayList<>();
        Set<String> takingPart = new HashSet<>();
        for (JsonNode assignment : demo.get("assignments")) {
            String ref = assignment.get("ref").asText();
            refs.add(ref);
            String status = assignment.at("/report/status").asText();
            if (!status.equals("GREEN_DONE") && !status.equals("RED")) {
                takingPart.add(ref); // still active after the imported follow-up: it reports in the open period
            }
        }
        assertThat(refs).contains("2025-T1", "2025-T8");
        assertThat(takingPart).isNotEmpty();

        SoftAssertions soft = new SoftAssertions();
        for (String user : USERS) {
            for (String ref : refs) {
                MvcResult page = mvc.perform(get("/uppdrag/" + ref).with(user(accounts.loadUserByUsername(user))))
                        .andReturn();
                String body = page.getResponse().getContentAsString();
                soft.assertThat(page.getResponse().getStatus()).as(user + " " + ref).isEqualTo(200);
                soft.assertThat(body).as(user + " " + ref + ": the imported follow-up").contains(IMPORTED.label());
                if (takingPart.contains(ref)) {
                    soft.assertThat(body).as(user + " " + ref + ": the open period's board reports")
                            .contains(OPEN.label());
                }
            }
        }
        soft.assertAll();
    }
}

package se.uppdragsstyrning.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.uppdragsstyrning.notification.NotificationService.Message;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/** Reminders reach the organisation's people by e-mail and in their inbox, once, and only them. */
@SpringBootTest(properties = {"uppdrag.demo.enabled=false", "spring.mail.host=localhost",
    "spring.mail.port=3025"})
@AutoConfigureMockMvc
class NotificationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    NotificationService notifications;
    @Autowired
    UserAccounts users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void people() {
        organisations.upsert("SCN", "Socialnämnden", OrganisationKind.BOARD);
        organisations.upsert("AMN", "Arbetsmarknadsnämnden", OrganisationKind.BOARD);
        users.createIfMissing("sekr-scn", "demo", "Sekreterare SCN", "sekr-scn@kommun.example", "SCN",
                Set.of(Role.SECRETARY));
        users.createIfMissing("sekr-amn", "demo", "Sekreterare AMN", "sekr-amn@kommun.example", "AMN",
                Set.of(Role.SECRETARY));
        users.createIfMissing("samordnare", "demo", "Samordnare", "samordnare@kommun.example", null,
                Set.of(Role.COORDINATOR));
    }

    @Test
    void reminderIsMailedToTheOrganisationOnceAndShownInItsInbox() throws Exception {
        Message reminder = new Message(NoticeKind.REMINDER, "task-42-REMINDER",
                "Påminnelse: rapportera Uppdrag 34", "Sista dag är 2026-09-15.", "/uppgifter/42");
        assertThat(notifications.notifyOrganisation("SCN", reminder)).isEqualTo(1);
        assertThat(notifications.notifyOrganisation("SCN", reminder)).isZero();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("sekr-scn@kommun.example");
        assertThat(mails[0].getSubject()).isEqualTo("Påminnelse: rapportera Uppdrag 34");
        assertThat((String) mails[0].getContent()).contains("http://localhost:8080/uppgifter/42");

        assertThat(notifications.inbox("sekr-scn")).extracting(Notice::getDelivery).containsExactly(Delivery.EMAIL);
        assertThat(notifications.inbox("sekr-amn")).isEmpty();
        mvc.perform(get("/notiser").with(user("sekr-scn").roles("SECRETARY")))
                .andExpect(content().string(containsString("Påminnelse: rapportera Uppdrag 34")));
    }

    @Test
    void escalationGoesToTheCoordinatorsAndTheLogIsTheirsAlone() throws Exception {
        notifications.notifyRole(Role.COORDINATOR, new Message(NoticeKind.ESCALATION, "task-43-ESCALATION",
                "Försenad rapport från Arbetsmarknadsnämnden", "Uppdrag 35 är inte rapporterat.", "/uppgifter/43"));
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .contains("samordnare@kommun.example");
        mvc.perform(get("/notiser/logg").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("Försenad rapport från Arbetsmarknadsnämnden")))
                .andExpect(content().string(containsString("E-post skickad")));
        mvc.perform(get("/notiser/logg").with(user("sekr-scn").roles("SECRETARY")))
                .andExpect(status().isForbidden());
    }
}

package se.uppdragsstyrning.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.uppdragsstyrning.notification.NotificationService.Message;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * Reminders reach the organisation's people by e-mail and in their inbox, once, and only them. The mail goes
 * out after the transaction that stored the notice has committed, on another thread, so the checks wait for it.
 */
@SpringBootTest(properties = {"uppdrag.demo.enabled=false", "spring.mail.host=localhost",
    "spring.mail.port=3025"})
@AutoConfigureMockMvc
class NotificationTest {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    NotificationService notifications;
    @Autowired
    NoticeDelivery delivery;
    @Autowired
    NoticeRepository notices;
    @Autowired
    UserAccounts users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void people() {
        organisations.upsert("SCN", "Socialnämnden", OrganisationKind.BOARD);
        organisations.upsert("AMN", "Arbetsmarknadsnämnden", OrganisationKind.BOARD);
        organisations.upsert("GSN", "Gatu- och samhällsmiljönämnden", OrganisationKind.BOARD);
        users.createIfMissing("sekr-scn", "demo", "Sekreterare SCN", "sekr-scn@kommun.example", "SCN",
                Set.of(Role.SECRETARY));
        users.createIfMissing("sekr-amn", "demo", "Sekreterare AMN", "sekr-amn@kommun.example", "AMN",
                Set.of(Role.SECRETARY));
        users.createIfMissing("sekr-gsn", "demo", "Sekreterare GSN", "sekr-gsn@kommun.example", "GSN",
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

        await().atMost(MAIL_WAIT).until(() -> smtp.getReceivedMessages().length >= 1);
        await().atMost(MAIL_WAIT).until(() -> !notice("sekr-scn", reminder.subject()).isPending());
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("sekr-scn@kommun.example");
        assertThat(mails[0].getSubject()).isEqualTo("Påminnelse: rapportera Uppdrag 34");
        assertThat((String) mails[0].getContent()).contains("http://localhost:8080/uppgifter/42");

        assertThat(notice("sekr-scn", reminder.subject()).getDelivery()).isEqualTo(Delivery.EMAIL);
        assertThat(notifications.inbox("sekr-amn")).extracting(Notice::getSubject)
                .doesNotContain(reminder.subject());
        mvc.perform(get("/notiser").with(user("sekr-scn").roles("SECRETARY")))
                .andExpect(content().string(containsString("Påminnelse: rapportera Uppdrag 34")));
    }

    @Test
    void theMailLeavesOnlyAfterTheNoticeIsCommittedAndNotAtAllWhenItIsRolledBack() throws Exception {
        Message reminder = new Message(NoticeKind.REMINDER, "task-44-REMINDER", "Påminnelse: Uppdrag 36",
                "Sista dag är 2026-09-15.", "/uppgifter/44");
        transactions.executeWithoutResult(tx -> {
            assertThat(notifications.notifyOrganisation("AMN", reminder)).isEqualTo(1);
            assertThat(smtp.getReceivedMessages()).as("no mail inside the transaction").isEmpty();
        });
        await().atMost(MAIL_WAIT).until(() -> smtp.getReceivedMessages().length == 1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Påminnelse: Uppdrag 36");

        Message rolledBack = new Message(NoticeKind.REMINDER, "task-45-REMINDER", "Påminnelse: Uppdrag 37",
                "Sista dag är 2026-09-15.", "/uppgifter/45");
        transactions.executeWithoutResult(tx -> {
            notifications.notifyOrganisation("GSN", rolledBack);
            tx.setRollbackOnly();
        });
        assertThat(notifications.inbox("sekr-gsn")).extracting(Notice::getSubject)
                .doesNotContain("Påminnelse: Uppdrag 37");
        // the next notice's mail comes after the rolled-back one would have: none came for Uppdrag 37
        notifications.notifyOrganisation("GSN", new Message(NoticeKind.REMINDER, "task-46-REMINDER",
                "Påminnelse: Uppdrag 38", "Sista dag är 2026-09-15.", "/uppgifter/46"));
        await().atMost(MAIL_WAIT).until(() -> smtp.getReceivedMessages().length == 2);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).isEqualTo("Påminnelse: Uppdrag 38");
    }

    @Test
    void aNoticeAlreadyDeliveredIsNotMailedAgainWhenItsEventComesTwice() {
        notifications.notifyOrganisation("SCN", new Message(NoticeKind.REMINDER, "task-47-REMINDER",
                "Påminnelse: Uppdrag 39", "Sista dag är 2026-09-15.", "/uppgifter/47"));
        await().atMost(MAIL_WAIT).until(() -> !notice("sekr-scn", "Påminnelse: Uppdrag 39").isPending());
        long id = notice("sekr-scn", "Påminnelse: Uppdrag 39").getId();

        // a publication resubmitted after a crash between the mail and the registry's completion
        NoticeDelivery listener = AopTestUtils.getTargetObject(delivery);
        transactions.executeWithoutResult(tx -> listener.on(new NoticeCreated(id)));
        transactions.executeWithoutResult(tx -> listener.on(new NoticeCreated(id)));

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notice("sekr-scn", "Påminnelse: Uppdrag 39").getDelivery()).isEqualTo(Delivery.EMAIL);
    }

    @Test
    void twoDeliveriesOfOnePendingNoticeAtOnceSendOneMail() throws Exception {
        Notice pending = notices.save(new Notice(NoticeKind.REMINDER, "task-49-REMINDER", "sekr-gsn",
                "sekr-gsn@kommun.example", "Påminnelse: Uppdrag 41", "Sista dag är 2026-09-15.", "/uppgifter/49",
                java.time.Instant.now()));
        NoticeDelivery listener = AopTestUtils.getTargetObject(delivery);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> deliveries = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deliveries.add(pool.submit(() -> transactions.executeWithoutResult(
                        tx -> listener.on(new NoticeCreated(pending.getId())))));
            }
            for (Future<?> one : deliveries) {
                try {
                    one.get();
                } catch (ExecutionException e) {
                    // the one that waited too long for the row lock gives up; its publication would be resubmitted
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notice("sekr-gsn", "Påminnelse: Uppdrag 41").getDelivery()).isEqualTo(Delivery.EMAIL);
    }

    @Test
    void aMailTheServerDoesNotTakeIsRecordedAsFailed() throws Exception {
        smtp.stop();
        notifications.notifyOrganisation("AMN", new Message(NoticeKind.REMINDER, "task-48-REMINDER",
                "Påminnelse: Uppdrag 40", "Sista dag är 2026-09-15.", "/uppgifter/48"));
        await().atMost(MAIL_WAIT).until(() -> !notice("sekr-amn", "Påminnelse: Uppdrag 40").isPending());
        Notice notice = notice("sekr-amn", "Påminnelse: Uppdrag 40");
        assertThat(notice.getDelivery()).isEqualTo(Delivery.FAILED);
        assertThat(notice.getDeliveryError()).isNotBlank();
        mvc.perform(get("/notiser/logg").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("E-post misslyckades")));
    }

    @Test
    void escalationGoesToTheCoordinatorsAndTheLogIsTheirsAlone() throws Exception {
        notifications.notifyRole(Role.COORDINATOR, new Message(NoticeKind.ESCALATION, "task-43-ESCALATION",
                "Försenad rapport från Arbetsmarknadsnämnden", "Uppdrag 35 är inte rapporterat.", "/uppgifter/43"));
        await().atMost(MAIL_WAIT).untilAsserted(() -> assertThat(smtp.getReceivedMessages())
                .extracting(m -> m.getAllRecipients()[0].toString()).contains("samordnare@kommun.example"));
        await().atMost(MAIL_WAIT)
                .until(() -> !notice("samordnare", "Försenad rapport från Arbetsmarknadsnämnden").isPending());
        mvc.perform(get("/notiser/logg").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(content().string(containsString("Försenad rapport från Arbetsmarknadsnämnden")))
                .andExpect(content().string(containsString("E-post skickad")));
        mvc.perform(get("/notiser/logg").with(user("sekr-scn").roles("SECRETARY")))
                .andExpect(status().isForbidden());
    }

    private Notice notice(String username, String subject) {
        return notifications.inbox(username).stream().filter(n -> n.getSubject().equals(subject)).findFirst()
                .orElseThrow();
    }
}

package se.uppdragsstyrning.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import se.uppdragsstyrning.notification.NotificationService.Message;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/** Without a mail server (the embedded default) notices are logged, after the commit, and still reach the inbox. */
@SpringBootTest(properties = "uppdrag.demo.enabled=false")
class LoggedNotificationTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    UserAccounts users;
    @Autowired
    OrganisationService organisations;

    @Test
    void withoutMailServerTheNoticeIsLogged() {
        organisations.upsert("KS", "Kommunstyrelsen", OrganisationKind.BOARD);
        users.createIfMissing("sekr-ks", "demo", "Sekreterare KS", "sekr-ks@kommun.example", "KS",
                Set.of(Role.SECRETARY));
        notifications.notifyOrganisation("KS", new Message(NoticeKind.REMINDER, "task-1-REMINDER", "Påminnelse",
                "Rapportera senast fredag.", null));
        await().atMost(Duration.ofSeconds(10)).until(() -> !notifications.log().get(0).isPending());
        assertThat(notifications.log()).extracting(Notice::getDelivery).containsExactly(Delivery.LOGGED);
        assertThat(notifications.inbox("sekr-ks")).singleElement().extracting(Notice::getReadAt).isNull();
    }
}

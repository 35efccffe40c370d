package se.uppdragsstyrning.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * Sends notices to the people of an organisation or of a role: each gets one in her inbox and, where a mail
 * server is configured (spring.mail.host), an e-mail. Without one the notice is logged instead. The notice is
 * stored in the caller's transaction; the mail goes out after that transaction has committed
 * ({@link NoticeDelivery}). Sending the same notice again (same dedupe key) does nothing, because jobs are
 * delivered at least once.
 */
@Service
@Transactional
public class NotificationService {

    private final NoticeRepository notices;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NoticeRepository notices, UserAccounts users, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** What to say: the subject, the text and a path in the application to act on it. */
    public record Message(NoticeKind kind, String dedupeKey, String subject, String body, String link) {
    }

    /**
     * Notifies every enabled person of the organisation (its secretaries and approvers).
     *
     * @return how many new notices were stored; each is mailed or logged after the commit
     */
    public int notifyOrganisation(String organisationCode, Message message) {
        return send(users.ofOrganisation(organisationCode), message);
    }

    /** Notifies every enabled person with the role. */
    public int notifyRole(Role role, Message message) {
        return send(users.withRole(role), message);
    }

    @Transactional(readOnly = true)
    public List<Notice> inbox(String username) {
        return notices.findByRecipientOrderByCreatedAtDesc(username);
    }

    /** The latest notices to anyone: the delivery log. */
    @Transactional(readOnly = true)
    public List<Notice> log() {
        return notices.findTop200ByOrderByCreatedAtDesc();
    }

    public void markAllRead(String username) {
        Instant now = clock.instant();
        notices.findByRecipientOrderByCreatedAtDesc(username).forEach(notice -> notice.markRead(now));
    }

    private int send(List<AppUser> recipients, Message message) {
        int sent = 0;
        for (AppUser recipient : recipients) {
            if (notices.existsByDedupeKeyAndRecipient(message.dedupeKey(), recipient.getUsername())) {
                continue;
            }
            Notice notice = notices.save(new Notice(message.kind(), message.dedupeKey(), recipient.getUsername(),
                    recipient.getEmail(), message.subject(), message.body(), message.link(), clock.instant()));
            events.publishEvent(new NoticeCreated(notice.getId()));
            sent++;
        }
        return sent;
    }
}

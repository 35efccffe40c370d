package se.uppdragsstyrning.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UppdragProperties;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * Sends notices to the people of an organisation or of a role: each gets one in her inbox and, where a mail
 * server is configured (spring.mail.host), an e-mail. Without one the notice is logged instead. Sending the
 * same notice again (same dedupe key) does nothing, because jobs are delivered at least once.
 */
@Service
@Transactional
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NoticeRepository notices;
    private final UserAccounts users;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String baseUrl;
    private final Clock clock;

    NotificationService(NoticeRepository notices, UserAccounts users, ObjectProvider<JavaMailSender> mailSender,
            MailProperties mail, UppdragProperties settings, Clock clock) {
        this.notices = notices;
        this.users = users;
        this.mailSender = mailSender;
        this.from = mail.from();
        this.baseUrl = settings.baseUrl().toString();
        this.clock = clock;
    }

    /** What to say: the subject, the text and a path in the application to act on it. */
    public record Message(NoticeKind kind, String dedupeKey, String subject, String body, String link) {
    }

    /** Notifies every enabled person of the organisation (its secretaries and approvers). */
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
            deliver(notice);
            sent++;
        }
        return sent;
    }

    private void deliver(Notice notice) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || notice.getRecipientEmail() == null) {
            log.info("Notis till {} ({}): {} – {}", notice.getRecipient(), notice.getKind(), notice.getSubject(),
                    notice.getBody());
            notice.delivered(Delivery.LOGGED, null);
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(notice.getRecipientEmail());
        mail.setSubject(notice.getSubject());
        mail.setText(notice.getBody() + (notice.getLink() == null ? "" : "\n\n" + baseUrl + notice.getLink()));
        try {
            sender.send(mail);
            notice.delivered(Delivery.EMAIL, null);
        } catch (MailException e) {
            log.warn("E-post till {} kunde inte skickas: {}", notice.getRecipientEmail(), e.getMessage());
            notice.delivered(Delivery.FAILED, e.getMessage());
        }
    }
}

package se.uppdragsstyrning.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.system.UppdragProperties;

/**
 * Sends a stored notice after the transaction that stored it has committed, never inside it: by e-mail where a
 * mail server is configured (spring.mail.host), otherwise into the log. The event publication registry keeps
 * the {@link NoticeCreated} until this listener has run, so a notice stored just before a crash is sent at the
 * next start (or when an administrator resubmits it). A notice already delivered is not sent again, even by two
 * deliveries at once ({@link NoticeRepository#claim}); a mail the server refuses is recorded as
 * {@link Delivery#FAILED} and not retried. A crash after the mail has left but before the commit sends it once
 * more at the next start: at least once, as mail is.
 */
@Component
class NoticeDelivery {

    private static final Logger log = LoggerFactory.getLogger(NoticeDelivery.class);

    private final NoticeRepository notices;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String baseUrl;
    private final Clock clock;

    NoticeDelivery(NoticeRepository notices, ObjectProvider<JavaMailSender> mailSender, MailProperties mail,
            UppdragProperties settings, Clock clock) {
        this.notices = notices;
        this.mailSender = mailSender;
        this.from = mail.from();
        this.baseUrl = settings.baseUrl().toString();
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(NoticeCreated created) {
        if (notices.claim(created.noticeId(), clock.instant()) == 1) {
            notices.findById(created.noticeId()).ifPresent(this::deliver);
        }
    }

    private void deliver(Notice notice) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || notice.getRecipientEmail() == null) {
            log.info("Notis till {} ({}): {} – {}", notice.getRecipient(), notice.getKind(), notice.getSubject(),
                    notice.getBody());
            notice.delivered(Delivery.LOGGED, null, clock.instant());
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(notice.getRecipientEmail());
        mail.setSubject(notice.getSubject());
        mail.setText(notice.getBody() + (notice.getLink() == null ? "" : "\n\n" + baseUrl + notice.getLink()));
        try {
            sender.send(mail);
            notice.delivered(Delivery.EMAIL, null, clock.instant());
        } catch (MailException e) {
            log.warn("E-post till {} kunde inte skickas: {}", notice.getRecipientEmail(), e.getMessage());
            notice.delivered(Delivery.FAILED, e.getMessage(), clock.instant());
        }
    }
}

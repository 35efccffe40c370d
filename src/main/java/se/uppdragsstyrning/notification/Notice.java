package se.uppdragsstyrning.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One notice to one person: in her inbox, and sent by e-mail where a mail server is configured. */
@Entity
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    /** Identifies what the notice is about (e.g. the task and the kind), so that a repeated job sends nothing new. */
    private String dedupeKey;

    private String recipient;

    private String recipientEmail;

    private String subject;

    private String body;

    private String link;

    @Enumerated(EnumType.STRING)
    private Delivery delivery;

    private String deliveryError;

    /** When the mail was sent or the notice logged; null while it waits for the commit that stored it. */
    private Instant deliveredAt;

    private Instant createdAt;

    private Instant readAt;

    protected Notice() {
    }

    Notice(NoticeKind kind, String dedupeKey, String recipient, String recipientEmail, String subject, String body,
            String link, Instant createdAt) {
        this.kind = kind;
        this.dedupeKey = dedupeKey;
        this.recipient = recipient;
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.delivery = Delivery.LOGGED;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public String getDeliveryError() {
        return deliveryError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    /** Stored, but not yet mailed or logged. */
    public boolean isPending() {
        return deliveredAt == null;
    }

    void delivered(Delivery delivery, String error, Instant at) {
        this.delivery = delivery;
        this.deliveryError = error;
        this.deliveredAt = at;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}

package se.uppdragsstyrning.administration;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One change an administrator made: who, when, to which user or organisation, what it was before and after. */
@Entity
class AdminChange {

    enum Subject {
        USER, ORGANISATION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant changedAt;

    private String changedBy;

    @Enumerated(EnumType.STRING)
    private Subject subjectKind;

    private String subject;

    private String action;

    private String beforeValue;

    private String afterValue;

    protected AdminChange() {
    }

    AdminChange(Instant changedAt, String changedBy, Subject subjectKind, String subject, String action,
            String beforeValue, String afterValue) {
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.subjectKind = subjectKind;
        this.subject = subject;
        this.action = action;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getAction() {
        return action;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }
}

package se.uppdragsstyrning.assignment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One changed field of a register entry: what it was, what it became, who changed it and how. */
@Entity
public class RegisterChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String entityType;

    private String entityRef;

    private String field;

    private String oldValue;

    private String newValue;

    private String source;

    private String changedBy;

    private Instant changedAt;

    protected RegisterChange() {
    }

    public RegisterChange(String entityType, String entityRef, String field, String oldValue, String newValue,
            String source, String changedBy, Instant changedAt) {
        this.entityType = entityType;
        this.entityRef = entityRef;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.source = source;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityRef() {
        return entityRef;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getSource() {
        return source;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}

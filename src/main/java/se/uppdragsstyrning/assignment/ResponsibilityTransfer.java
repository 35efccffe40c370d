package se.uppdragsstyrning.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import se.uppdragsstyrning.organisation.Organisation;

/** A dated move of responsibility for an assignment from one organisation to another. History, never overwritten. */
@Entity
public class ResponsibilityTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @ManyToOne
    @JoinColumn(name = "from_organisation_id")
    private Organisation from;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_organisation_id")
    private Organisation to;

    private LocalDate effectiveDate;

    private String decisionReference;

    private String note;

    private String recordedBy;

    private Instant recordedAt;

    protected ResponsibilityTransfer() {
    }

    ResponsibilityTransfer(Assignment assignment, Organisation from, Organisation to, LocalDate effectiveDate,
            String decisionReference, String note, String recordedBy, Instant recordedAt) {
        this.assignment = assignment;
        this.from = from;
        this.to = to;
        this.effectiveDate = effectiveDate;
        this.decisionReference = decisionReference;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Organisation getFrom() {
        return from;
    }

    public Organisation getTo() {
        return to;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

package se.uppdragsstyrning.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A dated move of responsibility for an assignment from one organisation to another. History, never overwritten.
 * The organisations are referred to by id (they belong to the organisation module); ask
 * {@code OrganisationService.byIds} for their codes and names.
 */
@Entity
public class ResponsibilityTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    /** Null: nobody was responsible before. */
    @Column(name = "from_organisation_id")
    private Long fromOrganisationId;

    @Column(name = "to_organisation_id", nullable = false)
    private Long toOrganisationId;

    private LocalDate effectiveDate;

    private String decisionReference;

    private String note;

    private String recordedBy;

    private Instant recordedAt;

    protected ResponsibilityTransfer() {
    }

    ResponsibilityTransfer(Assignment assignment, Long fromOrganisationId, Long toOrganisationId,
            LocalDate effectiveDate, String decisionReference, String note, String recordedBy, Instant recordedAt) {
        this.assignment = assignment;
        this.fromOrganisationId = fromOrganisationId;
        this.toOrganisationId = toOrganisationId;
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

    /** The organisation that was responsible before; null when nobody was. */
    public Long getFromOrganisationId() {
        return fromOrganisationId;
    }

    public Long getToOrganisationId() {
        return toOrganisationId;
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

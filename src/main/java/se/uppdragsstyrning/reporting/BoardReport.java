package se.uppdragsstyrning.reporting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.organisation.Organisation;

/** One organisation's report on one assignment in one period. */
@Entity
public class BoardReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The assignment (the assignment module's) by id. */
    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    /** The reporting organisation (the organisation module's) by id. */
    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private String assessment;

    private Integer estimatedEndYear;

    private String comment;

    @Enumerated(EnumType.STRING)
    private ReportState state = ReportState.DRAFT;

    private String submittedBy;

    private Instant submittedAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected BoardReport() {
    }

    /** @param createdAt when it is created (the service's clock) */
    public BoardReport(Assignment assignment, Organisation organisation, ReportingPeriod period, Instant createdAt) {
        this.assignmentId = assignment.getId();
        this.organisationId = organisation.getId();
        this.period = period;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getAssessment() {
        return assessment;
    }

    public Integer getEstimatedEndYear() {
        return estimatedEndYear;
    }

    public String getComment() {
        return comment;
    }

    public ReportState getState() {
        return state;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }

    void fill(ReportStatus status, String assessment, Integer estimatedEndYear, String comment, Instant at) {
        this.status = status;
        this.assessment = assessment;
        this.estimatedEndYear = estimatedEndYear;
        this.comment = comment;
        this.updatedAt = at;
    }

    void submit(String user, Instant at) {
        this.state = ReportState.SUBMITTED;
        this.submittedBy = user;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    void moveTo(ReportState state, Instant at) {
        this.state = state;
        this.updatedAt = at;
    }

    /** Responsibility moved before the report was submitted: the new organisation reports instead. */
    void reassignTo(Organisation organisation, Instant at) {
        this.organisationId = organisation.getId();
        this.updatedAt = at;
    }
}

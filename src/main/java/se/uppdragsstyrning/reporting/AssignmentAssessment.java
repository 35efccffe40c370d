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

/**
 * An assignment's combined assessment in one period: status, assessment text and estimated end year. This is
 * what rollups count and what is published.
 */
@Entity
public class AssignmentAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The assignment (the assignment module's) by id. */
    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private String assessment;

    private Integer estimatedEndYear;

    private String reportedAs;

    @Enumerated(EnumType.STRING)
    private AssessmentSource source;

    private boolean approved;

    private boolean awaitingRework;

    private Instant updatedAt;

    @Version
    private long version;

    protected AssignmentAssessment() {
    }

    /** @param createdAt when it is created (the service's clock) */
    public AssignmentAssessment(Assignment assignment, ReportingPeriod period, Instant createdAt) {
        this.assignmentId = assignment.getId();
        this.period = period;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
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

    public String getReportedAs() {
        return reportedAs;
    }

    public AssessmentSource getSource() {
        return source;
    }

    public boolean isApproved() {
        return approved;
    }

    public long getVersion() {
        return version;
    }

    void record(ReportStatus status, String assessment, Integer estimatedEndYear, String reportedAs,
            AssessmentSource source, Instant at) {
        this.status = status;
        this.assessment = assessment;
        this.estimatedEndYear = estimatedEndYear;
        this.reportedAs = reportedAs;
        this.source = source;
        this.awaitingRework = false;
        this.updatedAt = at;
    }

    void setApproved(boolean approved) {
        this.approved = approved;
    }

    public boolean isAwaitingRework() {
        return awaitingRework;
    }

    /** Kommunstyrelsen returned it: it no longer counts as reported until the organisations have redone it. */
    void returnForRework() {
        this.awaitingRework = true;
        this.approved = false;
    }
}

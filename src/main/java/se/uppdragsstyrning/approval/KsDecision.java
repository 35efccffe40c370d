package se.uppdragsstyrning.approval;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;


/**
 * One decision of kommunstyrelsen on a period's rollup: approve, or return chosen assignments with a comment.
 * It keeps exactly what was decided on: the rollup's source version and each assessment's version.
 */
@Entity
public class KsDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The period (reporting's) by id. */
    @Column(name = "period_id", nullable = false)
    private Long periodId;

    /** 0 for the first decision on the period, 1 after the first rework, … */
    private int round;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String comment;

    private String returnedRefs;

    private String decidedBy;

    private Instant decidedAt;

    private String sourceVersion;

    /** "2025-34=12@3, 2025-35=13@1, …": assignment = assessment id @ version, as the rollup counted them. */
    private String assessedVersions;

    /** The KS approval task the decision was taken in. */
    private Long taskId;

    protected KsDecision() {
    }

    KsDecision(long taskId, Long periodId, int round, Decision decision, String comment,
            List<String> returnedRefs, String decidedBy, Instant decidedAt, String sourceVersion,
            String assessedVersions) {
        this.taskId = taskId;
        this.periodId = periodId;
        this.round = round;
        this.decision = decision;
        this.comment = comment;
        this.returnedRefs = returnedRefs.isEmpty() ? null : String.join(",", returnedRefs);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.sourceVersion = sourceVersion;
        this.assessedVersions = assessedVersions;
    }

    public int getRound() {
        return round;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public List<String> getReturnedRefs() {
        return returnedRefs == null ? List.of() : Arrays.asList(returnedRefs.split(","));
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSourceVersion() {
        return sourceVersion;
    }

    public String getAssessedVersions() {
        return assessedVersions;
    }
}

package se.uppdragsstyrning.status;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One assessment a rollup counted, in the version it had then. A KS decision that records the rollup's
 * {@code sourceVersion} (or these rows) states exactly what it approved.
 */
@Embeddable
public record AssessmentVersion(
        @Column(name = "assessment_id") long assessmentId,
        @Column(name = "assignment_ref") String assignmentRef,
        @Column(name = "assessment_version") long version) {

    /** The line the source version hash is computed over. */
    String line() {
        return assignmentRef + "=" + assessmentId + "@" + version;
    }
}

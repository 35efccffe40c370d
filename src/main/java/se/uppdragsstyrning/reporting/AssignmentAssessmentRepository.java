package se.uppdragsstyrning.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.uppdragsstyrning.assignment.Assignment;

public interface AssignmentAssessmentRepository extends JpaRepository<AssignmentAssessment, Long> {

    Optional<AssignmentAssessment> findByAssignmentIdAndPeriod(Long assignmentId, ReportingPeriod period);

    default Optional<AssignmentAssessment> findByAssignmentAndPeriod(Assignment assignment, ReportingPeriod period) {
        return findByAssignmentIdAndPeriod(assignment.getId(), period);
    }

    List<AssignmentAssessment> findByPeriod(ReportingPeriod period);

    /** Row count, id sum and version sum of the periods' assessments (one row). */
    @Query("select count(x), coalesce(sum(x.id), 0), coalesce(sum(x.version), 0) from AssignmentAssessment x"
            + " where x.period.id in ?1")
    List<Object[]> versionSummary(Collection<Long> periodIds);

    @Query("select a from AssignmentAssessment a join fetch a.period where a.assignmentId = ?1")
    List<AssignmentAssessment> findByAssignmentId(Long assignmentId);
}

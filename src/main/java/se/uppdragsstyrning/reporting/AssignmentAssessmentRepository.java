package se.uppdragsstyrning.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.uppdragsstyrning.assignment.Assignment;

public interface AssignmentAssessmentRepository extends JpaRepository<AssignmentAssessment, Long> {

    Optional<AssignmentAssessment> findByAssignmentAndPeriod(Assignment assignment, ReportingPeriod period);

    @Query("select a from AssignmentAssessment a join fetch a.assignment s join fetch s.goal where a.period = ?1")
    List<AssignmentAssessment> findByPeriod(ReportingPeriod period);

    @Query("select a from AssignmentAssessment a join fetch a.period where a.assignment = ?1")
    List<AssignmentAssessment> findByAssignment(Assignment assignment);
}

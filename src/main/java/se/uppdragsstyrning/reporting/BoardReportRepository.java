package se.uppdragsstyrning.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.organisation.Organisation;

public interface BoardReportRepository extends JpaRepository<BoardReport, Long> {

    Optional<BoardReport> findByAssignmentAndOrganisationAndPeriod(Assignment assignment, Organisation organisation,
            ReportingPeriod period);

    List<BoardReport> findByPeriod(ReportingPeriod period);

    List<BoardReport> findByAssignment(Assignment assignment);
}

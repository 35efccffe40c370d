package se.uppdragsstyrning.reporting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BoardReportRepository extends JpaRepository<BoardReport, Long> {

    Optional<BoardReport> findByAssignmentIdAndOrganisationIdAndPeriod(Long assignmentId, Long organisationId,
            ReportingPeriod period);

    List<BoardReport> findByPeriod(ReportingPeriod period);

    /** Row count, id sum and version sum of the periods' board reports (one row). */
    @Query("select count(x), coalesce(sum(x.id), 0), coalesce(sum(x.version), 0) from BoardReport x"
            + " where x.period.id in ?1")
    List<Object[]> versionSummary(Collection<Long> periodIds);

    @Query("select r from BoardReport r join fetch r.period where r.assignmentId = ?1")
    List<BoardReport> findByAssignmentId(Long assignmentId);
}

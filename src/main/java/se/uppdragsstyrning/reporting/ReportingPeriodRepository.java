package se.uppdragsstyrning.reporting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByYearAndKind(int year, PeriodKind kind);
}

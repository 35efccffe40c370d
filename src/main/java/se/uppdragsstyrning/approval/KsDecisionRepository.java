package se.uppdragsstyrning.approval;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import se.uppdragsstyrning.reporting.ReportingPeriod;

interface KsDecisionRepository extends JpaRepository<KsDecision, Long> {

    List<KsDecision> findByPeriodOrderByRound(ReportingPeriod period);

    int countByPeriod(ReportingPeriod period);

    boolean existsByTaskId(long taskId);
}

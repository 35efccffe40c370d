package se.uppdragsstyrning.approval;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;


interface KsDecisionRepository extends JpaRepository<KsDecision, Long> {

    List<KsDecision> findByPeriodIdOrderByRound(Long periodId);

    int countByPeriodId(Long periodId);

    boolean existsByTaskId(long taskId);
}

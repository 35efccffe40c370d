package se.uppdragsstyrning.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GoalPeriodTextRepository extends JpaRepository<GoalPeriodText, Long> {

    Optional<GoalPeriodText> findByGoalIdAndPeriod(Long goalId, ReportingPeriod period);

    List<GoalPeriodText> findByPeriod(ReportingPeriod period);
}

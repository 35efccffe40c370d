package se.uppdragsstyrning.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.uppdragsstyrning.assignment.Goal;

public interface GoalPeriodTextRepository extends JpaRepository<GoalPeriodText, Long> {

    Optional<GoalPeriodText> findByGoalAndPeriod(Goal goal, ReportingPeriod period);

    List<GoalPeriodText> findByPeriod(ReportingPeriod period);
}

package se.uppdragsstyrning.assignment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetYearDecisionRepository extends JpaRepository<BudgetYearDecision, Long> {

    List<BudgetYearDecision> findByYearOrderById(int year);
}

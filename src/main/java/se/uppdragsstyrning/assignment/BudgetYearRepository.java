package se.uppdragsstyrning.assignment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BudgetYearRepository extends JpaRepository<BudgetYear, Integer> {

    List<BudgetYear> findAllByOrderByYearDesc();
}

package se.uppdragsstyrning.assignment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalRepository extends JpaRepository<Goal, Long> {

    Optional<Goal> findByNumber(int number);

    List<Goal> findAllByOrderByNumber();
}

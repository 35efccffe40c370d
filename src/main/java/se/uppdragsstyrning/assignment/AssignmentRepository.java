package se.uppdragsstyrning.assignment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByRef(String ref);

    List<Assignment> findByContinuesRef(String continuesRef);

    @Query("select a from Assignment a join fetch a.goal")
    List<Assignment> findAllWithGoal();

    @Query("select count(a), coalesce(sum(a.version), 0) from Assignment a")
    List<Object[]> versionSummary();

    @Query("select a from Assignment a join fetch a.goal where a.id in ?1")
    List<Assignment> findWithGoalByIdIn(Collection<Long> ids);

    @Query("select a from Assignment a join fetch a.goal"
            + " where a.state = se.uppdragsstyrning.assignment.AssignmentState.ACTIVE")
    List<Assignment> findActiveWithGoal();
}

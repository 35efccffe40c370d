package se.uppdragsstyrning.assignment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterChangeRepository extends JpaRepository<RegisterChange, Long> {

    List<RegisterChange> findByEntityTypeAndEntityRefOrderByChangedAtAscIdAsc(String entityType, String entityRef);

    long countByEntityTypeAndEntityRef(String entityType, String entityRef);
}

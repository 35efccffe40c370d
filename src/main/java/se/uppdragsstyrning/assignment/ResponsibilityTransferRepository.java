package se.uppdragsstyrning.assignment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponsibilityTransferRepository extends JpaRepository<ResponsibilityTransfer, Long> {

    List<ResponsibilityTransfer> findByAssignmentOrderByEffectiveDateAscIdAsc(Assignment assignment);
}

package se.uppdragsstyrning.workflow;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessLinkRepository extends JpaRepository<ProcessLink, Long> {

    Optional<ProcessLink> findByProcessIdAndBusinessRef(String processId, String businessRef);

    boolean existsByProcessIdAndBusinessRef(String processId, String businessRef);
}

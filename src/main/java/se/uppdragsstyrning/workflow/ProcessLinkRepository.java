package se.uppdragsstyrning.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProcessLinkRepository extends JpaRepository<ProcessLink, Long> {

    Optional<ProcessLink> findByProcessIdAndBusinessRef(String processId, String businessRef);

    boolean existsByProcessIdAndBusinessRef(String processId, String businessRef);

    List<ProcessLink> findByEndedAtIsNullOrderByStartedAtDesc();

    /**
     * Points the link at its restored instance, unless another instance of the application restored it first
     * (then the key is no longer the lost one and nothing changes). Returns the rows changed.
     */
    @Modifying
    @Query("update ProcessLink l set l.processInstanceKey = ?3, l.processDefinitionKey = ?4, l.restoredAt = ?5"
            + " where l.id = ?1 and l.processInstanceKey = ?2")
    int restored(long id, long lostKey, long newKey, long definitionKey, Instant at);

    @Modifying
    @Query("update ProcessLink l set l.endedAt = ?3 where l.processId = ?1 and l.businessRef = ?2"
            + " and l.endedAt is null")
    int ended(String processId, String businessRef, Instant at);
}

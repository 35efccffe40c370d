package se.uppdragsstyrning.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    boolean existsByDedupeKeyAndRecipient(String dedupeKey, String recipient);

    List<Notice> findByRecipientOrderByCreatedAtDesc(String recipient);

    List<Notice> findTop200ByOrderByCreatedAtDesc();

    /**
     * Marks a pending notice as being delivered now, in the delivering transaction: 1 for the one delivery that
     * may send it, 0 when it is already delivered. The row stays locked until that transaction ends, so a
     * second delivery of the same notice (a resubmission, another instance) waits and then finds it delivered.
     */
    @Modifying
    @Query("update Notice n set n.deliveredAt = :now where n.id = :id and n.deliveredAt is null")
    int claim(@Param("id") long id, @Param("now") Instant now);
}

package se.uppdragsstyrning.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    boolean existsByDedupeKeyAndRecipient(String dedupeKey, String recipient);

    List<Notice> findByRecipientOrderByCreatedAtDesc(String recipient);

    List<Notice> findTop200ByOrderByCreatedAtDesc();
}

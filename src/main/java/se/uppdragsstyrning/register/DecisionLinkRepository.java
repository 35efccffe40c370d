package se.uppdragsstyrning.register;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionLinkRepository extends JpaRepository<DecisionLink, Long> {

    List<DecisionLink> findAllByOrderByPrefix();
}
